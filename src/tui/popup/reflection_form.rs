//! Write the reflection: the one change first, then what was learned and the follow-up.

use chrono::{Days, NaiveDate};

use super::fields::{Reader, date_text};
use super::form::{Base, Choice, Field, FieldId, Form};
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Applied, Reflection};

/// Days after the reflection when the follow-up is suggested.
const FOLLOW_UP_DAYS: u64 = 30;

pub fn open(existing: Option<&Reflection>, about: &str, lang: Lang, today: NaiveDate) -> Form {
    let usefulness = std::iter::once(Choice::new("", lang.t(Msg::FieldNotRated)))
        .chain(
            (1..=5).map(|n: u8| Choice::new(n.to_string(), format!("{n} · {}", lang.t(usefulness_word(n))))),
        )
        .collect();
    let applied =
        Applied::ALL.iter().map(|a| Choice::new(a.key(), describe::domain::applied(*a, lang))).collect();
    let follow_up = existing.map_or(today.checked_add_days(Days::new(FOLLOW_UP_DAYS)), |r| r.follow_up);
    let title = tr!(lang, Msg::FormReflection, title = crate::printable::printable(about));
    let mut form = Form::new(
        title,
        vec![
            Field::lines(FieldId::Changed, lang.t(Msg::FieldChanged), existing.map_or("", |r| &r.changed)),
            Field::lines(FieldId::Learned, lang.t(Msg::FieldLearned), existing.map_or("", |r| &r.learned)),
            Field::choice(
                FieldId::Usefulness,
                lang.t(Msg::FieldUsefulness),
                usefulness,
                &existing.and_then(|r| r.usefulness).map(|u| u.to_string()).unwrap_or_default(),
            ),
            Field::line(FieldId::NextStep, lang.t(Msg::FieldNextStep), existing.map_or("", |r| &r.next_step)),
            Field::line(FieldId::FollowUp, lang.t(Msg::FieldFollowUp), &date_text(follow_up)),
            Field::choice(
                FieldId::Applied,
                lang.t(Msg::FieldApplied),
                applied,
                existing.map_or(Applied::Unknown, |r| r.applied).key(),
            ),
        ],
    );
    form.base = existing.cloned().map(|r| Box::new(Base::Reflection(r)));
    form
}

fn usefulness_word(n: u8) -> Msg {
    match n {
        1 => Msg::Useful1,
        2 => Msg::Useful2,
        3 => Msg::Useful3,
        4 => Msg::Useful4,
        _ => Msg::Useful5,
    }
}

/// The reflection the form describes, linked as `existing` was or to `training` / `log`.
pub fn read(
    form: &Form,
    lang: Lang,
    today: NaiveDate,
    existing: Option<&Reflection>,
    link: (Option<String>, Option<String>),
) -> Result<Reflection, Vec<(FieldId, String)>> {
    let mut reader = Reader::new(form, lang, today);
    let changed = reader.required_text(FieldId::Changed);
    let follow_up = reader.date(FieldId::FollowUp);
    let (training, log) = match existing {
        Some(r) => (r.training.clone(), r.log.clone()),
        None => link,
    };
    let reflection = Reflection {
        id: existing.map(|r| r.id.clone()).unwrap_or_default(),
        training,
        log,
        date: existing.map_or(today, |r| r.date),
        usefulness: reader.text(FieldId::Usefulness).parse().ok(),
        learned: form.value(FieldId::Learned).trim().to_string(),
        changed,
        next_step: reader.text(FieldId::NextStep),
        follow_up,
        applied: Applied::from_key(&reader.text(FieldId::Applied)).unwrap_or(Applied::Unknown),
        extra: existing.map(|r| r.extra.clone()).unwrap_or_default(),
    };
    reader.finish(reflection)
}
