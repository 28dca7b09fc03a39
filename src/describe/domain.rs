//! Domain values in words, in the chosen language: statuses, competency types, forms' rules,
//! where a record is. Used by the reports and the screen; it knows nothing of files or errors.

use crate::catalog::{Cap, Catalog, Counted, Form, Group, Method, Mix, SiasnHistory, Unit};
use crate::i18n::{Lang, Msg};
use chrono::{Datelike, NaiveDate};

use crate::model::{Applied, Competency, Place, Status, format_date, format_hundredths, month_name};
use crate::printable::printable;
use crate::progress::{DayLimit, MonthLimit};

/// Where a problem is, in words. IDs and keys come from the file, so they are defused.
pub fn place(place: &Place, lang: Lang) -> String {
    match place {
        Place::File => lang.t(Msg::PlaceFile).to_string(),
        Place::Profile => lang.t(Msg::PlaceProfile).to_string(),
        Place::Ids => lang.t(Msg::PlaceIds).to_string(),
        Place::Year(year) => tr!(lang, Msg::PlaceYear, year = year),
        Place::Form(key) => tr!(lang, Msg::PlaceForm, key = printable(key)),
        // A record without an ID is named by its position.
        Place::Training { index, id } if id.is_empty() => tr!(lang, Msg::PlaceTrainingNth, n = index + 1),
        Place::Training { id, .. } => tr!(lang, Msg::PlaceTraining, id = printable(id)),
        Place::Log { index, id } if id.is_empty() => tr!(lang, Msg::PlaceLogNth, n = index + 1),
        Place::Log { id, .. } => tr!(lang, Msg::PlaceLog, id = printable(id)),
        Place::Reflection { index, id } if id.is_empty() => tr!(lang, Msg::PlaceReflectionNth, n = index + 1),
        Place::Reflection { id, .. } => tr!(lang, Msg::PlaceReflection, id = printable(id)),
    }
}

pub fn status(status: Status, lang: Lang) -> &'static str {
    lang.t(match status {
        Status::Planned => Msg::StatusPlanned,
        Status::Registered => Msg::StatusRegistered,
        Status::Ongoing => Msg::StatusOngoing,
        Status::Done => Msg::StatusDone,
        Status::Cancelled => Msg::StatusCancelled,
    })
}

pub fn competency(competency: Competency, lang: Lang) -> &'static str {
    lang.t(match competency {
        Competency::Teknis => Msg::CompetencyTeknis,
        Competency::Manajerial => Msg::CompetencyManajerial,
        Competency::SosialKultural => Msg::CompetencySosialKultural,
        Competency::Pemerintahan => Msg::CompetencyPemerintahan,
    })
}

pub fn applied(applied: Applied, lang: Lang) -> &'static str {
    lang.t(match applied {
        Applied::Unknown => Msg::AppliedUnknown,
        Applied::Yes => Msg::AppliedYes,
        Applied::Partly => Msg::AppliedPartly,
        Applied::No => Msg::AppliedNo,
    })
}

pub fn group(group: Group, lang: Lang) -> &'static str {
    lang.t(match group {
        Group::Pendidikan => Msg::GroupPendidikan,
        Group::Klasikal => Msg::GroupKlasikal,
        Group::Nonklasikal => Msg::GroupNonklasikal,
        Group::Lainnya => Msg::GroupLainnya,
    })
}

pub fn mix(mix: Mix, lang: Lang) -> &'static str {
    lang.t(match mix {
        Mix::Structured => Msg::MixStructured,
        Mix::Social => Msg::MixSocial,
        Mix::OnTheJob => Msg::MixOnTheJob,
    })
}

/// A unit's name, singular for exactly one.
pub fn unit(unit: Unit, hundredths: i64, lang: Lang) -> &'static str {
    let one = hundredths == 100;
    lang.t(match (unit, one) {
        (Unit::Hour, true) => Msg::UnitHour,
        (Unit::Hour, false) => Msg::UnitHours,
        (Unit::Day, true) => Msg::UnitDay,
        (Unit::Day, false) => Msg::UnitDays,
        (Unit::Session, true) => Msg::UnitSession,
        (Unit::Session, false) => Msg::UnitSessions,
        (Unit::Time, true) => Msg::UnitTime,
        (Unit::Time, false) => Msg::UnitTimes,
        (Unit::Semester, true) => Msg::UnitSemester,
        (Unit::Semester, false) => Msg::UnitSemesters,
    })
}

/// How a JP figure was counted: `90 menit ÷ 45 menit per JP`, `2 hari × 4 JP, …`.
pub fn counted(counted: &Counted, lang: Lang) -> String {
    let mut text = match counted.method {
        Method::ByTime { minutes_hundredths, minutes_per_jp, bonus_percent } => {
            let minutes = format_hundredths(minutes_hundredths, lang);
            let mut text = tr!(lang, Msg::RuleByTime, minutes = minutes, per = minutes_per_jp);
            if bonus_percent > 0 {
                text.push_str(&tr!(lang, Msg::RuleBonus, bonus = bonus_percent));
            }
            text
        }
        Method::PerUnit { units_hundredths, unit: counted_unit, per_unit } => tr!(
            lang,
            Msg::RulePerUnit,
            units = format_hundredths(units_hundredths, lang),
            unit = unit(counted_unit, units_hundredths, lang),
            per = per_unit.format(lang)
        ),
    };
    let cap = match (counted.capped, counted.method) {
        (Some(Cap::PerDay(cap)), _) => Some(tr!(lang, Msg::CapPerDay, cap = cap.format(lang))),
        (Some(Cap::UnitsPerMonth(max)), Method::PerUnit { unit: counted_unit, .. }) => Some(tr!(
            lang,
            Msg::CapPerMonth,
            max = max,
            unit = unit(counted_unit, i64::from(max) * 100, lang)
        )),
        _ => None,
    };
    if let Some(cap) = cap {
        text.push_str(", ");
        text.push_str(&cap);
    }
    text
}

/// A form's counting rule in a few words, for `tumbuh forms`: national first, then what
/// differs abroad (`2 JP per sesi; internasional 4 JP per hari; …`).
pub fn form_rule(form: &Form, lang: Lang) -> String {
    let mut parts = Vec::new();
    let abroad = form.unit_for(true);
    match form.jp_per_unit {
        Some(per) => {
            let one = unit(form.unit, 100, lang);
            parts.push(tr!(lang, Msg::CountPerUnit, per = per.format(lang), unit = one));
            let international = form.per_unit(true).unwrap_or(per);
            if abroad != form.unit {
                let one = unit(abroad, 100, lang);
                parts.push(tr!(
                    lang,
                    Msg::CountInternationalPerUnit,
                    per = international.format(lang),
                    unit = one
                ));
            } else if international != per {
                parts.push(tr!(lang, Msg::CountInternational, per = international.format(lang)));
            } else if form.jp_per_unit_international.is_some() {
                parts.push(lang.t(Msg::CountInternationalSame).to_string());
            }
        }
        None => parts.push(lang.t(Msg::CountHourly).to_string()),
    }
    if let Some(cap) = form.cap_per_day(false) {
        let international = form.cap_per_day(true).filter(|i| *i != cap);
        parts.push(match international {
            Some(international) => tr!(
                lang,
                Msg::CountDailyCapInternational,
                cap = cap.format(lang),
                international = international.format(lang)
            ),
            None => tr!(lang, Msg::CountDailyCap, cap = cap.format(lang)),
        });
    }
    if let Some(max) = form.max_units_per_month {
        let units = unit(form.unit, i64::from(max) * 100, lang);
        parts.push(if abroad != form.unit {
            let international = unit(abroad, i64::from(max) * 100, lang);
            tr!(
                lang,
                Msg::CountMonthlyCapInternational,
                max = max,
                unit = units,
                international = international
            )
        } else {
            tr!(lang, Msg::CountMonthlyCap, max = max, unit = units)
        });
    }
    if form.international_bonus_percent > 0 {
        parts.push(tr!(lang, Msg::CountBonus, bonus = form.international_bonus_percent));
    } else if form.source().is_some() && !form.has_international_rule() {
        parts.push(lang.t(Msg::CountNoInternational).to_string());
    }
    parts.join("; ")
}

/// Where a form's rule comes from, for `tumbuh forms`: its row in the agency table, that the
/// person's own rule changed it, or that the table has no row for it.
pub fn form_source(form: &Form, overridden: bool, lang: Lang) -> String {
    match (form.source(), overridden) {
        (Some(source), false) => tr!(lang, Msg::FormsSource, source = source),
        (Some(source), true) => tr!(lang, Msg::FormsSourceChanged, source = source),
        (None, false) => lang.t(Msg::FormsSourceNone).to_string(),
        (None, true) => lang.t(Msg::FormsSourceAgency).to_string(),
    }
}

/// Where SIASN keeps a course of the form, for `tumbuh forms`: `SIASN: riwayat kursus, jenis
/// diklat 9 (Seminar)`.
pub fn siasn_place(form: &Form, catalog: &Catalog, lang: Lang) -> String {
    let jenis = form.siasn_jenis_diklat_id.and_then(|id| catalog.jenis_diklat(id));
    match (form.siasn_history, jenis) {
        (Some(SiasnHistory::Kursus), Some(jenis)) => {
            tr!(lang, Msg::FormsSiasnKursus, id = jenis.id, name = jenis.name)
        }
        (Some(SiasnHistory::Diklat), Some(jenis)) => {
            tr!(lang, Msg::FormsSiasnDiklat, id = jenis.id, name = jenis.name)
        }
        (Some(SiasnHistory::Pendidikan), _) => lang.t(Msg::FormsSiasnPendidikan).to_string(),
        _ => lang.t(Msg::FormsSiasnNone).to_string(),
    }
}

/// `12 Mei 2026 sudah ada 3 JP e-learning; batas hariannya 3 JP`.
pub fn day_limit_words(limit: DayLimit, form: &str, lang: Lang) -> String {
    tr!(
        lang,
        Msg::CapDayHas,
        date = format_date(limit.day, lang),
        had = limit.had.format(lang),
        form = printable(form),
        cap = limit.cap.format(lang)
    )
}

/// `Maret 2026 sudah ada 2 sesi coaching; batasnya 2 sesi sebulan`, and its kin.
pub fn month_limit_words(limit: MonthLimit, form: &str, unit: Unit, lang: Lang) -> String {
    let words = |hundredths: i64| units_words(hundredths, unit, lang);
    let (month, form, cap) =
        (month_words(limit.month, lang), printable(form), words(i64::from(limit.cap) * 100));
    let left = i64::from(limit.cap) * 100 - limit.had;
    if limit.had == 0 {
        tr!(lang, Msg::CapMonthOver, asked = words(limit.asked), form = form, cap = cap)
    } else if left > 0 {
        tr!(
            lang,
            Msg::CapMonthHasLeft,
            month = month,
            had = words(limit.had),
            form = form,
            cap = cap,
            left = words(left)
        )
    } else {
        tr!(lang, Msg::CapMonthHas, month = month, had = words(limit.had), form = form, cap = cap)
    }
}

pub fn month_words(month: NaiveDate, lang: Lang) -> String {
    format!("{} {}", month_name(month.month(), lang), month.year())
}

/// `2 sesi`, `1 session`.
pub fn units_words(hundredths: i64, unit: Unit, lang: Lang) -> String {
    format!("{} {}", format_hundredths(hundredths, lang), self::unit(unit, hundredths, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn rule(key: &str, lang: Lang) -> String {
        form_rule(Catalog::builtin().get(key).unwrap(), lang)
    }

    #[test]
    fn each_rule_reads_as_the_bps_table_says_it() {
        let cases = [
            ("tugas-belajar", "20 JP per semester; sama bila internasional"),
            ("pelatihan-kepemimpinan", "menurut jam pelajaran sebenarnya; tanpa tambahan bila internasional"),
            ("pelatihan-teknis", "menurut jam pelajaran sebenarnya; +20% bila internasional"),
            ("seminar", "4 JP per hari; internasional 6 JP"),
            (
                "coaching",
                "2 JP per sesi; internasional 4 JP per hari; paling banyak 2 sesi per bulan (internasional 2 hari)",
            ),
            ("e-learning", "menurut jam pelajaran sebenarnya; paling banyak 3 JP per hari (internasional 4)"),
            (
                "belajar-mandiri",
                "menurut jam pelajaran sebenarnya; paling banyak 2 JP per hari (internasional 2,4)",
            ),
            ("lainnya", "menurut jam pelajaran sebenarnya"),
        ];
        for (key, expected) in cases {
            assert_eq!(rule(key, Lang::Id), expected, "{key}");
        }
        assert_eq!(
            rule("mentoring", Lang::En),
            "2 JP per session; international 4 JP per day; at most 2 sessions a month (international 2 days)"
        );
        assert_eq!(
            rule("pelatihan-kepemimpinan", Lang::En),
            "by actual learning hours; no extra if international"
        );
    }

    #[test]
    fn each_source_is_named_or_its_absence_explained() {
        let catalog = Catalog::builtin();
        let source = |key: &str, overridden: bool, lang: Lang| {
            form_source(catalog.get(key).unwrap(), overridden, lang)
        };
        assert_eq!(source("e-learning", false, Lang::Id), "sumber: BPS B-031/2019 C3");
        assert_eq!(
            source("e-learning", true, Lang::En),
            "source: BPS B-031/2019 C3, changed by your agency's rule"
        );
        assert_eq!(source("lainnya", false, Lang::Id), "sumber: tidak ada dalam tabel BPS");
        assert_eq!(source("lainnya", true, Lang::En), "source: your agency's rule");
    }

    #[test]
    fn each_form_says_where_siasn_keeps_it() {
        let catalog = Catalog::builtin();
        let place = |key: &str, lang: Lang| siasn_place(catalog.get(key).unwrap(), catalog, lang);
        assert_eq!(place("seminar", Lang::Id), "SIASN: riwayat kursus, jenis diklat 9 (Seminar)");
        assert_eq!(
            place("pelatihan-kepemimpinan", Lang::Id),
            "SIASN: riwayat diklat; bila harus di riwayat kursus, jenis diklat 1 (Diklat Struktural)"
        );
        assert_eq!(place("izin-belajar", Lang::En), "SIASN: riwayat pendidikan (education history)");
        assert_eq!(
            place("lainnya", Lang::En),
            "SIASN: no fixed place; choose the history and course type yourself in MyASN"
        );
    }
}
