//! The forms of development and how each counts JP, from `assets/forms.toml`.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::Lang;
use crate::model::{FormOverride, Jp, Plan};

/// *Pendidikan*, *pelatihan klasikal*, *pelatihan nonklasikal*, or other.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Pendidikan,
    Klasikal,
    Nonklasikal,
    Lainnya,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::Pendidikan, Group::Klasikal, Group::Nonklasikal, Group::Lainnya];
}

/// Where a form sits in the 10:20:70 learning model.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(try_from = "u8")]
pub enum Mix {
    /// 10 %: structured learning (classroom, courses, e-learning).
    Structured,
    /// 20 %: learning from others (coaching, mentoring, communities).
    Social,
    /// 70 %: learning on the job.
    OnTheJob,
}

impl Mix {
    pub const ALL: [Mix; 3] = [Mix::Structured, Mix::Social, Mix::OnTheJob];

    /// The model's share for this part, in percent.
    pub fn model_percent(self) -> u8 {
        match self {
            Mix::Structured => 10,
            Mix::Social => 20,
            Mix::OnTheJob => 70,
        }
    }
}

impl TryFrom<u8> for Mix {
    type Error = String;
    fn try_from(percent: u8) -> Result<Mix, String> {
        Mix::ALL
            .into_iter()
            .find(|mix| mix.model_percent() == percent)
            .ok_or_else(|| format!("mix must be 10, 20 or 70, not {percent}"))
    }
}

/// What one unit of a form is.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Counted by actual time.
    Hour,
    Day,
    Session,
    /// One occurrence (a secondment, a benchmarking visit).
    Time,
    Semester,
}

/// Which of SIASN's histories keeps a course of a form.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum SiasnHistory {
    /// *Riwayat kursus*: most forms, each with its `jenisDiklatId`.
    Kursus,
    /// *Riwayat diklat*: structural (leadership) training, by its level.
    Diklat,
    /// *Riwayat pendidikan*: study assignments and permits.
    Pendidikan,
}

impl SiasnHistory {
    /// The key `forms --json` and `siasn --json` write.
    pub fn key(self) -> &'static str {
        match self {
            SiasnHistory::Kursus => "kursus",
            SiasnHistory::Diklat => "diklat",
            SiasnHistory::Pendidikan => "pendidikan",
        }
    }
}

/// One entry of SIASN's reference list of course types (`jenisDiklatId`).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct JenisDiklat {
    pub id: u32,
    /// As MyASN offers it to choose.
    pub name: String,
}

/// One form of development with its counting rule.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Form {
    pub key: String,
    pub group: Group,
    pub mix: Mix,
    #[serde(rename = "id")]
    label_id: String,
    #[serde(rename = "en")]
    label_en: String,
    /// More words that find the form when typed (`webinar` finds `seminar`).
    #[serde(default)]
    words: Vec<String>,
    /// The rule's row in the agency table (`BPS B-031/2019 C3`); empty when it has none.
    source: String,
    pub unit: Unit,
    /// The unit abroad when it differs (coaching: a session at home, a day abroad).
    pub unit_international: Option<Unit>,
    pub jp_per_unit: Option<Jp>,
    pub jp_per_unit_international: Option<Jp>,
    pub daily_cap: Option<Jp>,
    pub daily_cap_international: Option<Jp>,
    pub max_units_per_month: Option<u32>,
    #[serde(default)]
    pub international_bonus_percent: u32,
    /// Where SIASN keeps a course of this form; `None` (`lainnya`): the person chooses.
    pub siasn_history: Option<SiasnHistory>,
    /// Its `jenisDiklatId` in riwayat kursus (for riwayat diklat, the fallback 1).
    pub siasn_jenis_diklat_id: Option<u32>,
}

impl Form {
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.label_id,
            Lang::En => &self.label_en,
        }
    }

    /// The words besides the key and labels that find this form.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Where the rule comes from (`BPS B-031/2019 C3`), or `None` when the agency table has no
    /// row for this form: it is then counted by actual JP.
    pub fn source(&self) -> Option<&str> {
        Some(self.source.as_str()).filter(|source| !source.is_empty())
    }

    /// What one unit is, at home or abroad.
    pub fn unit_for(&self, international: bool) -> Unit {
        match self.unit_international {
            Some(unit) if international => unit,
            _ => self.unit,
        }
    }

    /// Whether the rule says anything of its own about the international version (B1, leadership
    /// training, does not: it counts the same abroad).
    pub fn has_international_rule(&self) -> bool {
        self.jp_per_unit_international.is_some()
            || self.daily_cap_international.is_some()
            || self.unit_international.is_some()
            || self.international_bonus_percent > 0
    }

    /// Whether typed text finds this form: in its key, either label or one of its words, with
    /// case, spaces and punctuation ignored (`e learning`, `E-Learning` and `elearning` agree).
    /// Empty text finds every form; punctuation alone is looked for as typed.
    pub fn matches(&self, typed: &str) -> bool {
        let texts = || {
            [self.key.as_str(), &self.label_id, &self.label_en]
                .into_iter()
                .chain(self.words.iter().map(String::as_str))
        };
        let folded = fold(typed);
        if folded.is_empty() {
            let typed = typed.trim().to_lowercase();
            return typed.is_empty() || texts().any(|text| text.to_lowercase().contains(&typed));
        }
        texts().any(|text| fold(text).contains(&folded))
    }

    /// The JP of one unit, at home or abroad; `None` for a form counted by time.
    pub fn per_unit(&self, international: bool) -> Option<Jp> {
        pick(self.jp_per_unit, self.jp_per_unit_international, international)
    }

    pub fn cap_per_day(&self, international: bool) -> Option<Jp> {
        pick(self.daily_cap, self.daily_cap_international, international)
    }

    fn apply(&mut self, rule: &FormOverride) {
        let fields = [
            (&mut self.jp_per_unit, rule.jp_per_unit),
            (&mut self.jp_per_unit_international, rule.jp_per_unit_international),
            (&mut self.daily_cap, rule.daily_cap),
            (&mut self.daily_cap_international, rule.daily_cap_international),
        ];
        for (field, value) in fields {
            if value.is_some() {
                *field = value;
            }
        }
        if rule.max_units_per_month.is_some() {
            self.max_units_per_month = rule.max_units_per_month;
        }
    }
}

/// Text as it is compared when searching: lower case, letters and digits only.
fn fold(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The international figure when asked and known, else the national one.
fn pick(national: Option<Jp>, international: Option<Jp>, want_international: bool) -> Option<Jp> {
    if want_international { international.or(national) } else { national }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    forms: Vec<Form>,
    jenis_diklat: Vec<JenisDiklat>,
}

#[derive(Deserialize)]
struct CatalogFile {
    form: Vec<Form>,
    siasn_jenis_diklat: Vec<JenisDiklat>,
}

impl Catalog {
    /// The catalog shipped with the program.
    pub fn builtin() -> &'static Catalog {
        static BUILTIN: OnceLock<Catalog> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let file: CatalogFile = toml::from_str(include_str!("../assets/forms.toml"))
                .expect("assets/forms.toml is checked by the catalog's tests");
            Catalog { forms: file.form, jenis_diklat: file.siasn_jenis_diklat }
        })
    }

    /// The shipped catalog with the person's `[forms.KEY]` rules applied.
    pub fn for_plan(plan: &Plan) -> Catalog {
        let mut catalog = Catalog::builtin().clone();
        for (key, rule) in &plan.forms {
            if let Some(form) = catalog.forms.iter_mut().find(|f| &f.key == key) {
                form.apply(rule);
            }
        }
        catalog
    }

    pub fn forms(&self) -> &[Form] {
        &self.forms
    }

    pub fn get(&self, key: &str) -> Option<&Form> {
        self.forms.iter().find(|f| f.key == key)
    }

    /// The forms that typed text finds (see [`Form::matches`]), in catalog order, so a search
    /// lists them as the catalog does: typing `daring` finds the seminar first.
    pub fn search(&self, typed: &str) -> Vec<&Form> {
        self.forms.iter().filter(|form| form.matches(typed)).collect()
    }

    /// The form a person means by `text` where one form is asked for (a spreadsheet's column):
    /// its key, or its label in either language, with case, spaces and punctuation ignored, so
    /// `Seminar / konferensi / sarasehan` as an older version wrote it is still the seminar.
    /// Search words do not count here: `daring` is not a name of the seminar.
    pub fn find(&self, text: &str) -> Option<&Form> {
        self.get(text.trim()).or_else(|| {
            let text = fold(text);
            if text.is_empty() {
                return None;
            }
            self.forms.iter().find(|form| Lang::ALL.iter().any(|lang| fold(form.label(*lang)) == text))
        })
    }

    /// SIASN's course type with this `jenisDiklatId`.
    pub fn jenis_diklat(&self, id: u32) -> Option<&JenisDiklat> {
        self.jenis_diklat.iter().find(|jenis| jenis.id == id)
    }

    /// The form SIASN means by a course type, given by its `jenisDiklatId` (`9`) or by its name
    /// as MyASN writes it (`Bimbingan Teknis`), with case, spaces and punctuation ignored.
    pub fn find_by_jenis_diklat(&self, text: &str) -> Option<&Form> {
        let id = match text.trim().parse::<u32>() {
            Ok(id) => Some(id),
            Err(_) => {
                let text = fold(text);
                self.jenis_diklat
                    .iter()
                    .find(|jenis| !text.is_empty() && fold(&jenis.name) == text)
                    .map(|j| j.id)
            }
        }?;
        self.forms.iter().find(|form| form.siasn_jenis_diklat_id == Some(id))
    }

    /// The label to show for a stored form value: the catalog's, else the value as written.
    pub fn label<'a>(&'a self, key: &'a str, lang: Lang) -> &'a str {
        self.get(key).map_or(key, |form| form.label(lang))
    }
}

/// Whether `key` is a form of the shipped catalog that typed text finds by its key, labels or
/// words: for a picker whose options carry only a key and one label.
pub fn key_matches(key: &str, typed: &str) -> bool {
    Catalog::builtin().get(key).is_some_and(|form| form.matches(typed))
}

/// What a person typed to say how much they learned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    /// Hundredths of a minute (`--hours 1,5` is 9 000).
    MinutesHundredths(i64),
    /// Hundredths of a unit: days, sessions, times or semesters by the form's rule.
    UnitsHundredths(i64),
}

/// How a JP figure was reached, so the person can check it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    ByTime { minutes_hundredths: i64, minutes_per_jp: u32, bonus_percent: u32 },
    PerUnit { units_hundredths: i64, unit: Unit, per_unit: Jp },
}

impl Method {
    /// The JP this way of counting comes to, before any cap.
    pub fn jp(self) -> Jp {
        match self {
            Method::ByTime { minutes_hundredths, minutes_per_jp, bonus_percent } => Jp::from_ratio(
                minutes_hundredths * i64::from(100 + bonus_percent),
                i64::from(minutes_per_jp) * 100,
            ),
            Method::PerUnit { units_hundredths, per_unit, .. } => per_unit.times(units_hundredths),
        }
    }
}

/// A limit of the form's rule that lowered the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cap {
    PerDay(Jp),
    UnitsPerMonth(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub jp: Jp,
    pub method: Method,
    pub capped: Option<Cap>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountError {
    NotPositive,
    /// Units were given but the form is counted by time (or no form was given).
    NoUnitRule,
}

/// Turns time or units into JP by the form's rule (by plain time when there is no form).
pub fn count(
    form: Option<&Form>,
    amount: Amount,
    international: bool,
    minutes_per_jp: u32,
) -> Result<Counted, CountError> {
    match amount {
        Amount::MinutesHundredths(minutes) if minutes > 0 => {
            Ok(count_time(form, minutes, international, minutes_per_jp))
        }
        Amount::UnitsHundredths(units) if units > 0 => {
            let form = form.ok_or(CountError::NoUnitRule)?;
            count_units(form, units, international)
        }
        _ => Err(CountError::NotPositive),
    }
}

fn count_time(form: Option<&Form>, minutes: i64, international: bool, minutes_per_jp: u32) -> Counted {
    let bonus = match form {
        Some(form) if international => form.international_bonus_percent,
        _ => 0,
    };
    let method = Method::ByTime { minutes_hundredths: minutes, minutes_per_jp, bonus_percent: bonus };
    let jp = method.jp();
    match form.and_then(|f| f.cap_per_day(international)) {
        Some(cap) if jp > cap => Counted { jp: cap, method, capped: Some(Cap::PerDay(cap)) },
        _ => Counted { jp, method, capped: None },
    }
}

fn count_units(form: &Form, units: i64, international: bool) -> Result<Counted, CountError> {
    // A form counted by time but capped per day ("at most 3 JP a day") counts days at the cap.
    let (unit, per_unit) = match (form.per_unit(international), form.cap_per_day(international)) {
        (Some(per_unit), _) => (form.unit_for(international), per_unit),
        (None, Some(cap)) => (Unit::Day, cap),
        (None, None) => return Err(CountError::NoUnitRule),
    };
    let (units, capped) = match form.max_units_per_month {
        Some(max) if units > i64::from(max) * 100 => (i64::from(max) * 100, Some(Cap::UnitsPerMonth(max))),
        _ => (units, None),
    };
    let method = Method::PerUnit { units_hundredths: units, unit, per_unit };
    Ok(Counted { jp: method.jp(), method, capped })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(key: &str) -> &'static Form {
        Catalog::builtin().get(key).unwrap()
    }

    /// Every catalog key of the design, in catalog order, with its group.
    const DESIGN_KEYS: [(&str, Group); 28] = [
        ("tugas-belajar", Group::Pendidikan),
        ("izin-belajar", Group::Pendidikan),
        ("pelatihan-kepemimpinan", Group::Klasikal),
        ("pelatihan-manajerial", Group::Klasikal),
        ("pelatihan-teknis", Group::Klasikal),
        ("pelatihan-fungsional", Group::Klasikal),
        ("pelatihan-sosial-kultural", Group::Klasikal),
        ("seminar", Group::Klasikal),
        ("workshop", Group::Klasikal),
        ("kursus", Group::Klasikal),
        ("penataran", Group::Klasikal),
        ("bimtek", Group::Klasikal),
        ("sosialisasi", Group::Klasikal),
        ("klasikal-lainnya", Group::Klasikal),
        ("coaching", Group::Nonklasikal),
        ("mentoring", Group::Nonklasikal),
        ("e-learning", Group::Nonklasikal),
        ("pelatihan-jarak-jauh", Group::Nonklasikal),
        ("detasering", Group::Nonklasikal),
        ("alam-terbuka", Group::Nonklasikal),
        ("patok-banding", Group::Nonklasikal),
        ("pertukaran", Group::Nonklasikal),
        ("belajar-mandiri", Group::Nonklasikal),
        ("komunitas-belajar", Group::Nonklasikal),
        ("bimbingan-di-tempat-kerja", Group::Nonklasikal),
        ("magang", Group::Nonklasikal),
        ("nonklasikal-lainnya", Group::Nonklasikal),
        ("lainnya", Group::Lainnya),
    ];

    #[test]
    fn the_catalog_holds_every_form_of_the_design() {
        let catalog = Catalog::builtin();
        let found: Vec<(&str, Group)> = catalog.forms().iter().map(|f| (f.key.as_str(), f.group)).collect();
        assert_eq!(found, DESIGN_KEYS);
        for form in catalog.forms() {
            assert!(!form.label(Lang::Id).is_empty() && !form.label(Lang::En).is_empty());
            if form.unit != Unit::Hour {
                assert!(form.jp_per_unit.is_some(), "{} counts by unit without a rule", form.key);
            }
        }
    }

    /// One row of the BPS table (Lampiran Surat Sestama B-031/BPS/2600/02/2019) as the design
    /// transcribes it. `per_unit` and `cap` are (national, international); `None` where the row
    /// has no such figure. `bonus` is the extra percent for the international version of a form
    /// counted by actual JP.
    struct Row {
        code: &'static str,
        key: &'static str,
        unit: (Unit, Unit),
        per_unit: (Option<&'static str>, Option<&'static str>),
        cap: (Option<&'static str>, Option<&'static str>),
        per_month: Option<u32>,
        bonus: u32,
    }

    const fn actual(code: &'static str, key: &'static str, bonus: u32) -> Row {
        Row {
            code,
            key,
            unit: (Unit::Hour, Unit::Hour),
            per_unit: (None, None),
            cap: (None, None),
            per_month: None,
            bonus,
        }
    }

    const fn per(
        code: &'static str,
        key: &'static str,
        unit: Unit,
        national: &'static str,
        international: &'static str,
    ) -> Row {
        Row {
            code,
            key,
            unit: (unit, unit),
            per_unit: (Some(national), Some(international)),
            cap: (None, None),
            per_month: None,
            bonus: 0,
        }
    }

    const fn capped(
        code: &'static str,
        key: &'static str,
        national: &'static str,
        international: &'static str,
    ) -> Row {
        Row {
            code,
            key,
            unit: (Unit::Hour, Unit::Hour),
            per_unit: (None, None),
            cap: (Some(national), Some(international)),
            per_month: None,
            bonus: 0,
        }
    }

    const fn coaching(code: &'static str, key: &'static str) -> Row {
        Row {
            code,
            key,
            unit: (Unit::Session, Unit::Day),
            per_unit: (Some("2"), Some("4")),
            cap: (None, None),
            per_month: Some(2),
            bonus: 0,
        }
    }

    const BPS_TABLE: [Row; 24] = [
        per("A1", "tugas-belajar", Unit::Semester, "20", "20"),
        per("A2", "izin-belajar", Unit::Semester, "20", "20"),
        actual("B1", "pelatihan-kepemimpinan", 0),
        actual("B2", "pelatihan-manajerial", 20),
        actual("B3", "pelatihan-teknis", 20),
        actual("B4", "pelatihan-fungsional", 20),
        actual("B5", "pelatihan-sosial-kultural", 20),
        per("B6", "seminar", Unit::Day, "4", "6"),
        per("B7", "workshop", Unit::Day, "5", "7"),
        actual("B8", "kursus", 20),
        actual("B9", "penataran", 20),
        actual("B10", "bimtek", 20),
        per("B11", "sosialisasi", Unit::Day, "4", "6"),
        coaching("C1", "coaching"),
        coaching("C2", "mentoring"),
        capped("C3", "e-learning", "3", "4"),
        actual("C4", "pelatihan-jarak-jauh", 20),
        per("C5", "detasering", Unit::Time, "20", "24"),
        actual("C6", "alam-terbuka", 20),
        per("C7", "patok-banding", Unit::Time, "10", "20"),
        per("C8", "pertukaran", Unit::Time, "20", "24"),
        capped("C9", "belajar-mandiri", "2", "2.4"),
        capped("C10", "komunitas-belajar", "2", "2.4"),
        per("C11", "magang", Unit::Time, "20", "24"),
    ];

    fn jp(text: Option<&str>) -> Option<Jp> {
        text.map(|t| Jp::parse(t).unwrap())
    }

    #[test]
    fn every_rule_is_the_bps_table_as_written() {
        for row in &BPS_TABLE {
            let form = form(row.key);
            let code = row.code;
            assert_eq!(form.source(), Some(format!("BPS B-031/2019 {code}").as_str()), "{code}");
            assert_eq!((form.unit_for(false), form.unit_for(true)), row.unit, "{code} unit");
            assert_eq!(
                (form.per_unit(false), form.per_unit(true)),
                (jp(row.per_unit.0), jp(row.per_unit.1)),
                "{code} JP per unit"
            );
            assert_eq!(
                (form.cap_per_day(false), form.cap_per_day(true)),
                (jp(row.cap.0), jp(row.cap.1)),
                "{code} cap"
            );
            assert_eq!(form.max_units_per_month, row.per_month, "{code} units a month");
            assert_eq!(form.international_bonus_percent, row.bonus, "{code} bonus");
        }
    }

    #[test]
    fn counting_follows_every_row_of_the_bps_table() {
        let one_unit = Amount::UnitsHundredths(100);
        let ten_hours = Amount::MinutesHundredths(45 * 10 * 100);
        for row in &BPS_TABLE {
            let form = Some(form(row.key));
            let code = row.code;
            for (international, per_unit, cap, unit) in [
                (false, row.per_unit.0, row.cap.0, row.unit.0),
                (true, row.per_unit.1, row.cap.1, row.unit.1),
            ] {
                let by_time = count(form, ten_hours, international, 45).unwrap();
                let by_unit = count(form, one_unit, international, 45);
                match (per_unit, cap) {
                    (Some(per_unit), _) => {
                        let counted = by_unit.unwrap();
                        assert_eq!(counted.jp, jp(Some(per_unit)).unwrap(), "{code} {international}");
                        assert!(
                            matches!(counted.method, Method::PerUnit { unit: u, .. } if u == unit),
                            "{code} {international}: {counted:?}"
                        );
                    }
                    (None, Some(cap)) => {
                        let cap = jp(Some(cap)).unwrap();
                        assert_eq!(by_time.jp, cap, "{code} {international}: ten hours are capped");
                        assert_eq!(by_time.capped, Some(Cap::PerDay(cap)));
                        assert_eq!(by_unit.unwrap().jp, cap, "{code}: a day counts at the cap");
                    }
                    (None, None) => {
                        let bonus = if international { row.bonus } else { 0 };
                        let expected = Jp::whole(10).times(i64::from(100 + bonus));
                        assert_eq!(by_time.jp, expected, "{code} {international}: actual JP");
                        assert_eq!(by_unit, Err(CountError::NoUnitRule), "{code}");
                    }
                }
            }
        }
    }

    #[test]
    fn forms_outside_the_bps_table_have_no_rule_and_say_so() {
        let covered: Vec<&str> = BPS_TABLE.iter().map(|row| row.key).collect();
        let rest: Vec<&str> =
            DESIGN_KEYS.iter().map(|(key, _)| *key).filter(|key| !covered.contains(key)).collect();
        assert_eq!(rest, ["klasikal-lainnya", "bimbingan-di-tempat-kerja", "nonklasikal-lainnya", "lainnya"]);
        for key in rest {
            let form = form(key);
            assert_eq!(form.source(), None, "{key}");
            assert_eq!(
                (form.unit, form.jp_per_unit, form.cap_per_day(true)),
                (Unit::Hour, None, None),
                "{key}"
            );
            assert!(!form.has_international_rule(), "{key}");
        }
        let leadership = form("pelatihan-kepemimpinan");
        assert!(leadership.source().is_some() && !leadership.has_international_rule());
    }

    /// Where SIASN keeps each form, as DESIGN.md's table of `jenisDiklatId` says: riwayat
    /// kursus with its id, leadership training in riwayat diklat (1 "Diklat Struktural" as the
    /// fallback in riwayat kursus), study in riwayat pendidikan, and `lainnya` left to the person.
    const SIASN_PLACES: [(&str, Option<SiasnHistory>, Option<u32>); 28] = {
        use SiasnHistory::{Diklat, Kursus, Pendidikan};
        [
            ("tugas-belajar", Some(Pendidikan), None),
            ("izin-belajar", Some(Pendidikan), None),
            ("pelatihan-kepemimpinan", Some(Diklat), Some(1)),
            ("pelatihan-manajerial", Some(Kursus), Some(5)),
            ("pelatihan-teknis", Some(Kursus), Some(3)),
            ("pelatihan-fungsional", Some(Kursus), Some(2)),
            ("pelatihan-sosial-kultural", Some(Kursus), Some(6)),
            ("seminar", Some(Kursus), Some(9)),
            ("workshop", Some(Kursus), Some(4)),
            ("kursus", Some(Kursus), Some(11)),
            ("penataran", Some(Kursus), Some(12)),
            ("bimtek", Some(Kursus), Some(8)),
            ("sosialisasi", Some(Kursus), Some(7)),
            ("klasikal-lainnya", Some(Kursus), Some(13)),
            ("coaching", Some(Kursus), Some(14)),
            ("mentoring", Some(Kursus), Some(15)),
            ("e-learning", Some(Kursus), Some(16)),
            ("pelatihan-jarak-jauh", Some(Kursus), Some(17)),
            ("detasering", Some(Kursus), Some(18)),
            ("alam-terbuka", Some(Kursus), Some(19)),
            ("patok-banding", Some(Kursus), Some(20)),
            ("pertukaran", Some(Kursus), Some(21)),
            ("belajar-mandiri", Some(Kursus), Some(22)),
            ("komunitas-belajar", Some(Kursus), Some(23)),
            ("bimbingan-di-tempat-kerja", Some(Kursus), Some(24)),
            ("magang", Some(Kursus), Some(10)),
            ("nonklasikal-lainnya", Some(Kursus), Some(25)),
            ("lainnya", None, None),
        ]
    };

    #[test]
    fn every_form_has_its_siasn_place_from_the_design() {
        let catalog = Catalog::builtin();
        let found: Vec<(&str, Option<SiasnHistory>, Option<u32>)> = catalog
            .forms()
            .iter()
            .map(|f| (f.key.as_str(), f.siasn_history, f.siasn_jenis_diklat_id))
            .collect();
        assert_eq!(found, SIASN_PLACES);
        // Each id is SIASN's, named, and used by one form only, so an import can find the form.
        for (key, _, id) in SIASN_PLACES {
            let Some(id) = id else { continue };
            assert!(catalog.jenis_diklat(id).is_some_and(|j| !j.name.is_empty()), "{key}: {id}");
            assert_eq!(catalog.find_by_jenis_diklat(&id.to_string()).map(|f| f.key.as_str()), Some(key));
        }
        assert_eq!(catalog.jenis_diklat(9).map(|j| j.name.as_str()), Some("Seminar"));
        assert_eq!(catalog.jenis_diklat(26), None);
    }

    #[test]
    fn a_course_type_is_found_by_its_siasn_name_too() {
        let catalog = Catalog::builtin();
        let key = |text: &str| catalog.find_by_jenis_diklat(text).map(|f| f.key.as_str());
        assert_eq!(key("Bimbingan Teknis"), Some("bimtek"));
        assert_eq!(key(" e-learning "), Some("e-learning"));
        assert_eq!(key("Diklat Struktural"), Some("pelatihan-kepemimpinan"));
        assert_eq!(key(" 16 "), Some("e-learning"));
        assert_eq!(key("Webinar"), None);
        assert_eq!(key(""), None);
    }

    #[test]
    fn indonesian_labels_write_slashes_without_spaces() {
        for form in Catalog::builtin().forms() {
            let label = form.label(Lang::Id);
            assert!(!label.contains(" /") && !label.contains("/ "), "{label}");
        }
        assert_eq!(form("seminar").label(Lang::Id), "Seminar/konferensi/sarasehan");
        assert_eq!(form("workshop").label(Lang::Id), "Workshop/lokakarya");
        assert_eq!(form("pertukaran").label(Lang::Id), "Pertukaran PNS dengan pegawai swasta/BUMN/BUMD");
    }

    #[test]
    fn webinar_and_daring_find_the_seminar_first() {
        let catalog = Catalog::builtin();
        for typed in ["webinar", "Daring", " WEBINAR ", "konferensi", "sarasehan"] {
            let found = catalog.search(typed);
            assert_eq!(found.first().map(|f| f.key.as_str()), Some("seminar"), "{typed}");
        }
        assert!(key_matches("seminar", "webinar"));
        assert!(!key_matches("e-learning", "webinar"));
        assert!(!key_matches("t3", "webinar"), "a training ID is not a form");
    }

    #[test]
    fn search_words_labels_and_keys_all_find_a_form() {
        let catalog = Catalog::builtin();
        let first = |typed: &str| catalog.search(typed).first().map(|f| f.key.clone());
        assert_eq!(first("bimtek").as_deref(), Some("bimtek"));
        assert_eq!(first("bimbingan teknis").as_deref(), Some("bimtek"));
        assert_eq!(first("elearning").as_deref(), Some("e-learning"));
        assert_eq!(first("e learning").as_deref(), Some("e-learning"));
        assert_eq!(first("kursus daring").as_deref(), Some("e-learning"));
        assert_eq!(first("outbound").as_deref(), Some("alam-terbuka"));
        assert_eq!(first("studi banding").as_deref(), Some("patok-banding"));
        assert_eq!(first("tubel").as_deref(), Some("tugas-belajar"));
        assert_eq!(first("izin").as_deref(), Some("izin-belajar"));
        assert_eq!(first("Self-study").as_deref(), Some("belajar-mandiri"), "English labels count too");
        assert_eq!(catalog.search("").len(), catalog.forms().len());
        assert!(catalog.search("zzz-tidak-ada").is_empty());
        assert!(catalog.search("///").is_empty(), "punctuation alone finds nothing");
        let daring: Vec<&str> = catalog.search("daring").iter().map(|f| f.key.as_str()).collect();
        assert_eq!(daring, ["seminar", "e-learning", "pelatihan-jarak-jauh"]);
    }

    #[test]
    fn a_label_as_an_older_version_wrote_it_is_still_the_form() {
        let catalog = Catalog::builtin();
        let key = |text: &str| catalog.find(text).map(|f| f.key.as_str());
        assert_eq!(key("Seminar / konferensi / sarasehan"), Some("seminar"));
        assert_eq!(key("seminar/conference/symposium"), Some("seminar"));
        assert_eq!(key(" magang "), Some("magang"));
        assert_eq!(key("Magang / praktik kerja"), Some("magang"));
        assert_eq!(key("webinar"), None, "a search word is not a name");
        assert_eq!(key(""), None);
    }

    #[test]
    fn time_becomes_jp_at_the_profile_rate() {
        let counted =
            count(Some(form("pelatihan-teknis")), Amount::MinutesHundredths(9000), false, 45).unwrap();
        assert_eq!(counted.jp, Jp::whole(2));
        assert_eq!(counted.capped, None);
        let counted = count(None, Amount::MinutesHundredths(10_000), false, 45).unwrap();
        assert_eq!(counted.jp, Jp::from_hundredths(222));
        let counted = count(None, Amount::MinutesHundredths(9000), false, 60).unwrap();
        assert_eq!(counted.jp, Jp::from_hundredths(150));
    }

    #[test]
    fn international_classroom_training_earns_a_fifth_more() {
        let counted =
            count(Some(form("pelatihan-teknis")), Amount::MinutesHundredths(45 * 100 * 10), true, 45)
                .unwrap();
        assert_eq!(counted.jp, Jp::whole(12));
    }

    #[test]
    fn units_follow_the_agency_table() {
        let seminar = form("seminar");
        assert_eq!(count(Some(seminar), Amount::UnitsHundredths(200), false, 45).unwrap().jp, Jp::whole(8));
        assert_eq!(count(Some(seminar), Amount::UnitsHundredths(100), true, 45).unwrap().jp, Jp::whole(6));
        let workshop = form("workshop");
        assert_eq!(
            count(Some(workshop), Amount::UnitsHundredths(150), false, 45).unwrap().jp,
            Jp::from_hundredths(750)
        );
        let patok = form("patok-banding");
        assert_eq!(count(Some(patok), Amount::UnitsHundredths(100), true, 45).unwrap().jp, Jp::whole(20));
    }

    #[test]
    fn caps_lower_the_figure_and_say_so() {
        let elearning = form("e-learning");
        let counted = count(Some(elearning), Amount::MinutesHundredths(300 * 100), false, 45).unwrap();
        assert_eq!((counted.jp, counted.capped), (Jp::whole(3), Some(Cap::PerDay(Jp::whole(3)))));
        let counted = count(Some(elearning), Amount::MinutesHundredths(300 * 100), true, 45).unwrap();
        assert_eq!(counted.jp, Jp::whole(4));
        let counted = count(Some(elearning), Amount::UnitsHundredths(200), false, 45).unwrap();
        assert_eq!(counted.jp, Jp::whole(6));
        let coaching = form("coaching");
        let counted = count(Some(coaching), Amount::UnitsHundredths(300), false, 45).unwrap();
        assert_eq!((counted.jp, counted.capped), (Jp::whole(4), Some(Cap::UnitsPerMonth(2))));
        let counted = count(Some(coaching), Amount::UnitsHundredths(300), true, 45).unwrap();
        assert_eq!((counted.jp, counted.capped), (Jp::whole(8), Some(Cap::UnitsPerMonth(2))));
        let counted =
            count(Some(form("belajar-mandiri")), Amount::MinutesHundredths(300 * 100), true, 45).unwrap();
        assert_eq!(counted.jp, Jp::from_hundredths(240));
    }

    #[test]
    fn leadership_training_abroad_counts_as_at_home() {
        let leadership = Some(form("pelatihan-kepemimpinan"));
        let counted = count(leadership, Amount::MinutesHundredths(45 * 100 * 10), true, 45).unwrap();
        assert_eq!(counted.jp, Jp::whole(10));
        assert!(matches!(counted.method, Method::ByTime { bonus_percent: 0, .. }));
    }

    #[test]
    fn units_need_a_rule() {
        assert_eq!(
            count(Some(form("pelatihan-teknis")), Amount::UnitsHundredths(100), false, 45),
            Err(CountError::NoUnitRule)
        );
        assert_eq!(count(None, Amount::UnitsHundredths(100), false, 45), Err(CountError::NoUnitRule));
        assert_eq!(count(None, Amount::MinutesHundredths(0), false, 45), Err(CountError::NotPositive));
    }

    #[test]
    fn the_persons_agency_table_overrides_the_rule() {
        let mut plan = Plan::default();
        plan.forms.insert(
            "seminar".into(),
            FormOverride { jp_per_unit: Some(Jp::whole(3)), ..FormOverride::default() },
        );
        let catalog = Catalog::for_plan(&plan);
        let seminar = catalog.get("seminar").unwrap();
        assert_eq!(count(Some(seminar), Amount::UnitsHundredths(100), false, 45).unwrap().jp, Jp::whole(3));
        assert_eq!(count(Some(seminar), Amount::UnitsHundredths(100), true, 45).unwrap().jp, Jp::whole(6));
    }

    #[test]
    fn unknown_keys_are_shown_as_written() {
        assert_eq!(Catalog::builtin().label("diskusi-publik", Lang::Id), "diskusi-publik");
        assert_eq!(Catalog::builtin().label("bimtek", Lang::En), "Technical guidance");
    }
}
