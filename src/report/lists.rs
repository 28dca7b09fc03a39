//! `plan list`, `log list` and `reflect list`: one year's records as text for the terminal.

use chrono::NaiveDate;

use super::table::{Align, render};
use super::{Titles, YearRecords, date_span};
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Applied, Jp, Plan, Reflection, format_date, format_day_month};
use crate::printable::printable;
use crate::progress::{follow_up_due, logged_by_training};

/// The year's trainings: dates, JP planned and logged, status, form and title.
pub fn plan_list(plan: &Plan, year: i32, lang: Lang) -> String {
    let records = YearRecords::of(plan, year);
    if records.trainings.is_empty() {
        return tr!(lang, Msg::NoTrainings, year = year) + "\n";
    }
    let logged = logged_by_training(plan);
    let rows: Vec<Vec<String>> = records
        .trainings
        .iter()
        .map(|t| {
            vec![
                t.id.clone(),
                date_span(t.start, t.end, lang),
                t.planned_jp.format(lang),
                logged.get(t.id.as_str()).copied().unwrap_or_default().format(lang),
                describe::domain::status(t.status, lang).to_string(),
                t.form.clone().unwrap_or_default(),
                t.title.clone(),
            ]
        })
        .collect();
    let columns = [
        (lang.t(Msg::ColId), Align::Left),
        (lang.t(Msg::ColDates), Align::Left),
        (lang.t(Msg::ColPlanned), Align::Right),
        (lang.t(Msg::ColLogged), Align::Right),
        (lang.t(Msg::ColStatus), Align::Left),
        (lang.t(Msg::ColForm), Align::Left),
        (lang.t(Msg::ColTitle), Align::Left),
    ];
    render(&columns, &rows)
}

/// The year's log entries, then their total.
pub fn log_list(plan: &Plan, year: i32, lang: Lang) -> String {
    let records = YearRecords::of(plan, year);
    if records.logs.is_empty() {
        return tr!(lang, Msg::NoLogs, year = year) + "\n";
    }
    let names = Titles::of(plan);
    let rows: Vec<Vec<String>> = records
        .logs
        .iter()
        .map(|l| {
            let certificate = if l.certificate.trim().is_empty() { "—" } else { &l.certificate };
            let siasn = if l.in_siasn { Msg::InSiasnYes } else { Msg::InSiasnNo };
            vec![
                l.id.clone(),
                format_day_month(l.date, lang),
                l.jp.format(lang),
                names.trainings.log_form(l).unwrap_or_default().to_string(),
                certificate.to_string(),
                lang.t(siasn).to_string(),
                names.log(l).to_string(),
            ]
        })
        .collect();
    let columns = [
        (lang.t(Msg::ColId), Align::Left),
        (lang.t(Msg::ColDate), Align::Left),
        (lang.t(Msg::ColJp), Align::Right),
        (lang.t(Msg::ColForm), Align::Left),
        (lang.t(Msg::ColCertificate), Align::Left),
        (lang.t(Msg::ColSiasn), Align::Left),
        (lang.t(Msg::ColActivity), Align::Left),
    ];
    let total: Jp = records.logs.iter().map(|l| l.jp).sum();
    let mut out = render(&columns, &rows);
    out.push_str(&tr!(lang, Msg::LogTotal, jp = total.format(lang), n = records.logs.len()));
    out.push('\n');
    out
}

/// The reflections `reflect list` shows for `year`: due follow-ups first (of any year, oldest
/// first), then the year's others by date.
pub fn reflections_in_view(plan: &Plan, year: i32, today: NaiveDate) -> Vec<&Reflection> {
    let mut due: Vec<&Reflection> = plan.reflections.iter().filter(|r| follow_up_due(r, today)).collect();
    due.sort_by_key(|r| r.follow_up);
    let rest = YearRecords::of(plan, year).reflections.into_iter().filter(|r| !follow_up_due(r, today));
    due.into_iter().chain(rest).collect()
}

/// Each reflection as a short block: what it is about, the one change, and its follow-up.
pub fn reflection_list(plan: &Plan, year: i32, today: NaiveDate, lang: Lang) -> String {
    let shown = reflections_in_view(plan, year, today);
    if shown.is_empty() {
        return tr!(lang, Msg::NoReflections, year = year) + "\n";
    }
    let names = Titles::of(plan);
    let mut out = String::new();
    for reflection in shown {
        let subject = names.reflection(reflection).unwrap_or(lang.t(Msg::NotLinked));
        let link = reflection.training.as_deref().or(reflection.log.as_deref());
        let link = link.map(|id| format!(" ({id})")).unwrap_or_default();
        out.push_str(&format!(
            "{}  {}  {}{link}\n",
            reflection.id,
            format_date(reflection.date, lang),
            printable(subject)
        ));
        let changed = printable(&reflection.changed);
        out.push_str(&format!("    {}\n", tr!(lang, Msg::ReflectionChanged, text = changed)));
        let mut details = Vec::new();
        if let Some(n) = reflection.usefulness {
            details.push(tr!(lang, Msg::ReflectionUsefulness, n = n));
        }
        if let Some(words) = follow_up_words(reflection, today, lang) {
            details.push(words);
        }
        if !details.is_empty() {
            out.push_str(&format!("    {}\n", details.join(" · ")));
        }
    }
    out
}

/// Where the reflection's follow-up stands, if it has one; a due one says how to answer it.
pub fn follow_up_words(reflection: &Reflection, today: NaiveDate, lang: Lang) -> Option<String> {
    let date = format_date(reflection.follow_up?, lang);
    if follow_up_due(reflection, today) {
        Some(tr!(lang, Msg::FollowUpDue, date = date, id = reflection.id))
    } else {
        follow_up_state(reflection, lang)
    }
}

/// The follow-up's date, and the answer once there is one.
pub fn follow_up_state(reflection: &Reflection, lang: Lang) -> Option<String> {
    let date = format_date(reflection.follow_up?, lang);
    Some(match reflection.applied {
        Applied::Unknown => tr!(lang, Msg::FollowUpLater, date = date),
        applied => {
            tr!(lang, Msg::FollowUpAnswered, date = date, answer = describe::domain::applied(applied, lang))
        }
    })
}
