//! Domain values in words, in the chosen language: statuses, competency types, forms' rules,
//! where a record is. Used by the reports and the screen; it knows nothing of files or errors.

use crate::catalog::{Cap, Counted, Form, Group, Method, Mix, Unit};
use crate::i18n::{Lang, Msg};
use crate::model::{Applied, Competency, Place, Status, format_hundredths};
use crate::printable::printable;

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

/// A form's counting rule in a few words, for `tumbuh forms`.
pub fn form_rule(form: &Form, lang: Lang) -> String {
    let mut parts = Vec::new();
    match form.jp_per_unit {
        Some(per) => {
            let one = unit(form.unit, 100, lang);
            parts.push(tr!(lang, Msg::CountPerUnit, per = per.format(lang), unit = one));
            if let Some(international) = form.jp_per_unit_international.filter(|i| *i != per) {
                parts.push(tr!(lang, Msg::CountInternational, per = international.format(lang)));
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
        parts.push(tr!(lang, Msg::CountMonthlyCap, max = max, unit = units));
    }
    if form.international_bonus_percent > 0 {
        parts.push(tr!(lang, Msg::CountBonus, bonus = form.international_bonus_percent));
    }
    parts.join("; ")
}
