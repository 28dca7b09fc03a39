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

/// One form of development with its counting rule.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Form {
    pub key: String,
    pub group: Group,
    pub mix: Mix,
    #[serde(rename = "id")]
    label_id: String,
    #[serde(rename = "en")]
    label_en: String,
    pub unit: Unit,
    pub jp_per_unit: Option<Jp>,
    pub jp_per_unit_international: Option<Jp>,
    pub daily_cap: Option<Jp>,
    pub daily_cap_international: Option<Jp>,
    pub max_units_per_month: Option<u32>,
    #[serde(default)]
    pub international_bonus_percent: u32,
}

impl Form {
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.label_id,
            Lang::En => &self.label_en,
        }
    }

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

/// The international figure when asked and known, else the national one.
fn pick(national: Option<Jp>, international: Option<Jp>, want_international: bool) -> Option<Jp> {
    if want_international { international.or(national) } else { national }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    forms: Vec<Form>,
}

#[derive(Deserialize)]
struct CatalogFile {
    form: Vec<Form>,
}

impl Catalog {
    /// The catalog shipped with the program.
    pub fn builtin() -> &'static Catalog {
        static BUILTIN: OnceLock<Catalog> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let file: CatalogFile = toml::from_str(include_str!("../assets/forms.toml"))
                .expect("assets/forms.toml is checked by the catalog's tests");
            Catalog { forms: file.form }
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

    /// The label to show for a stored form value: the catalog's, else the value as written.
    pub fn label<'a>(&'a self, key: &'a str, lang: Lang) -> &'a str {
        self.get(key).map_or(key, |form| form.label(lang))
    }
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
    let jp = Jp::from_ratio(minutes * i64::from(100 + bonus), i64::from(minutes_per_jp) * 100);
    let method = Method::ByTime { minutes_hundredths: minutes, minutes_per_jp, bonus_percent: bonus };
    match form.and_then(|f| f.cap_per_day(international)) {
        Some(cap) if jp > cap => Counted { jp: cap, method, capped: Some(Cap::PerDay(cap)) },
        _ => Counted { jp, method, capped: None },
    }
}

fn count_units(form: &Form, units: i64, international: bool) -> Result<Counted, CountError> {
    // A form counted by time but capped per day ("at most 3 JP a day") counts days at the cap.
    let (unit, per_unit) = match (form.per_unit(international), form.cap_per_day(international)) {
        (Some(per_unit), _) => (form.unit, per_unit),
        (None, Some(cap)) => (Unit::Day, cap),
        (None, None) => return Err(CountError::NoUnitRule),
    };
    let (units, capped) = match form.max_units_per_month {
        Some(max) if units > i64::from(max) * 100 => (i64::from(max) * 100, Some(Cap::UnitsPerMonth(max))),
        _ => (units, None),
    };
    Ok(Counted {
        jp: per_unit.times(units),
        method: Method::PerUnit { units_hundredths: units, unit, per_unit },
        capped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(key: &str) -> &'static Form {
        Catalog::builtin().get(key).unwrap()
    }

    #[test]
    fn the_catalog_holds_every_form_of_the_design() {
        let keys = [
            "tugas-belajar",
            "pelatihan-kepemimpinan",
            "pelatihan-manajerial",
            "pelatihan-teknis",
            "pelatihan-fungsional",
            "pelatihan-sosial-kultural",
            "seminar",
            "workshop",
            "kursus",
            "penataran",
            "bimtek",
            "sosialisasi",
            "klasikal-lainnya",
            "coaching",
            "mentoring",
            "e-learning",
            "pelatihan-jarak-jauh",
            "detasering",
            "alam-terbuka",
            "patok-banding",
            "pertukaran",
            "belajar-mandiri",
            "komunitas-belajar",
            "bimbingan-di-tempat-kerja",
            "magang",
            "nonklasikal-lainnya",
            "lainnya",
        ];
        let catalog = Catalog::builtin();
        let found: Vec<&str> = catalog.forms().iter().map(|f| f.key.as_str()).collect();
        assert_eq!(found, keys);
        for form in catalog.forms() {
            assert!(!form.label(Lang::Id).is_empty() && !form.label(Lang::En).is_empty());
            if form.unit != Unit::Hour {
                assert!(form.jp_per_unit.is_some(), "{} counts by unit without a rule", form.key);
            }
        }
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
