//! The year's open to-dos, each naming its record: the summary on screen and the md report
//! list the same ones, in the same words.

use super::Titles;
use crate::catalog::Catalog;
use crate::i18n::Lang;
use chrono::Datelike;

use crate::model::{Kind, Plan, format_day_month, month_name};
use crate::printable::printable;
use crate::progress::Summary;

/// What kind of to-do it is, so a screen can offer the form that settles it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TodoKind {
    /// An open training whose dates have passed: done, cancelled, or new dates?
    Overdue,
    /// Done, with no JP logged: log them.
    DoneWithoutJp,
    NoReflection,
    FollowUp,
    NoCertificate,
    NotInSiasn,
    NoWhy,
    DayOverCap,
    MonthOverCap,
}

/// One to-do: its kind, the record that settles it, and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Todo {
    pub kind: TodoKind,
    pub record: Kind,
    pub id: String,
    pub text: String,
}

/// The to-dos of `summary`'s year, in the order the summary lists them.
pub fn todo_list(plan: &Plan, summary: &Summary, catalog: &Catalog, lang: Lang) -> Vec<Todo> {
    let titles = Titles::of(plan);
    let todos = &summary.todos;
    let training = |id: &str| printable(titles.trainings.get(id).map_or("", |t| &t.title)).into_owned();
    let log = |id: &str| printable(plan.log(id).map_or("", |l| titles.log(l))).into_owned();
    let form = |key: &str| printable(catalog.label(key, lang)).into_owned();
    let mut list = Vec::new();
    let mut add = |kind, record, id: &str, text| list.push(Todo { kind, record, id: id.to_string(), text });
    for id in &todos.overdue {
        add(TodoKind::Overdue, Kind::Training, id, tr!(lang, Msg::TodoItemOverdue, title = training(id)));
    }
    for id in &todos.done_without_jp {
        add(
            TodoKind::DoneWithoutJp,
            Kind::Training,
            id,
            tr!(lang, Msg::TodoItemDoneWithoutJp, title = training(id)),
        );
    }
    for id in &todos.done_without_reflection {
        add(
            TodoKind::NoReflection,
            Kind::Training,
            id,
            tr!(lang, Msg::TodoItemNoReflection, title = training(id)),
        );
    }
    for id in &todos.follow_ups_due {
        let about = plan.reflection(id).and_then(|r| titles.reflection(r)).unwrap_or_default();
        add(
            TodoKind::FollowUp,
            Kind::Reflection,
            id,
            tr!(lang, Msg::TodoItemFollowUp, title = printable(about)),
        );
    }
    for id in &todos.logs_without_certificate {
        add(TodoKind::NoCertificate, Kind::Log, id, tr!(lang, Msg::TodoItemNoCertificate, title = log(id)));
    }
    for id in &todos.logs_not_in_siasn {
        add(TodoKind::NotInSiasn, Kind::Log, id, tr!(lang, Msg::TodoItemNotInSiasn, title = log(id)));
    }
    for id in &todos.trainings_without_why {
        add(TodoKind::NoWhy, Kind::Training, id, tr!(lang, Msg::TodoItemNoWhy, title = training(id)));
    }
    // An over-cap day or month is settled on one of its entries: the first that counts there.
    let index = plan.training_index();
    let entry_of = |form: &str, on: &dyn Fn(&crate::model::Log) -> bool| {
        plan.logs.iter().find(|l| index.log_form(l) == Some(form) && on(l)).map(|l| l.id.clone())
    };
    for day in &todos.days_over_cap {
        if let Some(id) = entry_of(&day.form, &|l| l.days().any(|d| d == day.date)) {
            let text = tr!(
                lang,
                Msg::TodoItemOverCap,
                date = format_day_month(day.date, lang),
                jp = day.jp.format(lang),
                cap = day.cap.format(lang),
                form = form(&day.form)
            );
            add(TodoKind::DayOverCap, Kind::Log, &id, text);
        }
    }
    for month in &todos.months_over_cap {
        let in_month =
            |l: &crate::model::Log| l.days().any(|d| crate::progress::first_of_month(d) == month.month);
        if let Some(id) = entry_of(&month.form, &in_month) {
            let text = tr!(
                lang,
                Msg::TodoItemMonthOverCap,
                month = format!("{} {}", month_name(month.month.month(), lang), month.month.year()),
                units = month.units.format(lang),
                cap = month.cap,
                form = form(&month.form)
            );
            add(TodoKind::MonthOverCap, Kind::Log, &id, text);
        }
    }
    list
}
