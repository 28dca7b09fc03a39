//! Add or edit a training: title first, then planned JP.

use chrono::{Datelike, NaiveDate};

use super::fields::{Reader, date_text, jp_text};
use super::form::{Base, Choice, Field, FieldId, Form};
use crate::catalog::Catalog;
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Competency, ProblemKind, Status, Training};

/// The catalog as picker options, with "none" first.
pub fn form_choices(catalog: &Catalog, lang: Lang) -> Vec<Choice> {
    let mut choices = vec![Choice::new("", lang.t(Msg::FieldNone))];
    choices.extend(catalog.forms().iter().map(|f| Choice::new(f.key.clone(), f.label(lang))));
    choices
}

pub fn open(existing: Option<&Training>, catalog: &Catalog, lang: Lang) -> Form {
    let competencies = std::iter::once(Choice::new("", lang.t(Msg::FieldNone)))
        .chain(Competency::ALL.iter().map(|c| Choice::new(c.key(), describe::domain::competency(*c, lang))))
        .collect();
    let statuses =
        Status::ALL.iter().map(|s| Choice::new(s.key(), describe::domain::status(*s, lang))).collect();
    let title = if existing.is_some() { Msg::FormEditTraining } else { Msg::FormNewTraining };
    let mut form = Form::new(
        lang.t(title),
        vec![
            Field::line(FieldId::Title, lang.t(Msg::FieldTitle), existing.map_or("", |t| &t.title)),
            Field::line(
                FieldId::PlannedJp,
                lang.t(Msg::FieldPlannedJp),
                &jp_text(existing.map(|t| t.planned_jp), lang),
            ),
            Field::picker(
                FieldId::Form,
                lang.t(Msg::FieldForm),
                form_choices(catalog, lang),
                existing.and_then(|t| t.form.as_deref()).unwrap_or(""),
            ),
            Field::picker(
                FieldId::Competency,
                lang.t(Msg::FieldCompetency),
                competencies,
                existing.and_then(|t| t.competency).map_or("", |c| c.key()),
            ),
            Field::line(FieldId::Start, lang.t(Msg::FieldStart), &date_text(existing.and_then(|t| t.start))),
            Field::line(FieldId::End, lang.t(Msg::FieldEnd), &date_text(existing.and_then(|t| t.end))),
            Field::line(FieldId::Provider, lang.t(Msg::FieldProvider), existing.map_or("", |t| &t.provider)),
            Field::choice(
                FieldId::Status,
                lang.t(Msg::FieldStatus),
                statuses,
                existing.map_or(Status::Planned, |t| t.status).key(),
            ),
            Field::line(FieldId::Why, lang.t(Msg::FieldWhy), existing.map_or("", |t| &t.why)),
        ],
    );
    form.base = existing.cloned().map(|t| Box::new(Base::Training(t)));
    form
}

/// The training the form describes; its year is the start's, else `year`.
pub fn read(
    form: &Form,
    lang: Lang,
    today: NaiveDate,
    year: i32,
    existing: Option<&Training>,
) -> Result<Training, Vec<(FieldId, String)>> {
    let mut reader = Reader::new(form, lang, today);
    let title = reader.required_text(FieldId::Title);
    let planned_jp = reader.required_jp(FieldId::PlannedJp);
    let start = reader.date(FieldId::Start);
    let end = reader.date(FieldId::End);
    if let (Some(start), Some(end)) = (start, end)
        && end < start
    {
        reader.problem(FieldId::End, ProblemKind::EndBeforeStart);
    }
    let competency_text = reader.text(FieldId::Competency);
    let competency = Competency::from_key(&competency_text);
    if competency.is_none() && !competency_text.is_empty() {
        reader.problem(FieldId::Competency, ProblemKind::NotOneOf(Competency::KEYS));
    }
    let training = Training {
        id: existing.map(|t| t.id.clone()).unwrap_or_default(),
        year: start.map_or(existing.map_or(year, |t| t.year), |s| s.year()),
        title,
        provider: reader.text(FieldId::Provider),
        form: reader.optional(FieldId::Form),
        competency,
        start,
        end,
        planned_jp: planned_jp.unwrap_or_default(),
        status: Status::from_key(&reader.text(FieldId::Status)).unwrap_or(Status::Planned),
        why: reader.text(FieldId::Why),
        extra: existing.map(|t| t.extra.clone()).unwrap_or_default(),
    };
    reader.finish(training)
}
