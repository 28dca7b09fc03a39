//! `export --format md`: the year's report, for a person to hand to their superior (*atasan*).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use chrono::NaiveDate;

use super::defuse::md_text;
use super::lists::follow_up_state;
use super::{
    Titles, YearRecords, date_span, employee_word, percent_words, share_words, status_rows, todo_list,
};
use crate::catalog::{Catalog, Mix};
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Competency, Jp, Log, Plan, format_date};
use crate::progress::Summary;

/// The report in `lang`, as of `today`.
pub fn export(plan: &Plan, summary: &Summary, today: NaiveDate, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", tr!(lang, Msg::ReportTitle, year = summary.year));
    let mut byline = Vec::new();
    if !plan.profile.name.trim().is_empty() {
        byline.push(format!("**{}**", md_text(&plan.profile.name)));
    }
    byline.push(employee_word(plan.profile.employee_type).to_string());
    byline.push(tr!(lang, Msg::ReportAsOf, date = format_date(today, lang)));
    let _ = writeln!(out, "{}\n", byline.join(" · "));

    let _ = writeln!(out, "## {}\n", lang.t(Msg::ReportSummary));
    for (label, value) in status_rows(summary, lang) {
        let _ = writeln!(out, "- **{label}:** {value}");
    }
    out.push('\n');

    let records = YearRecords::of(plan, summary.year);
    let names = Titles::of(plan);
    let catalog = Catalog::for_plan(plan);
    earned(&mut out, &records, &names, &catalog, summary.done, lang);
    still_planned(&mut out, &records, &catalog, lang);
    changed(&mut out, &records, &names, lang);
    mix(&mut out, summary, lang);

    let _ = writeln!(out, "## {}\n", lang.t(Msg::LabelTodos));
    let todos = todo_list(plan, summary, &catalog, lang);
    if todos.is_empty() {
        let _ = writeln!(out, "{}", lang.t(Msg::TodoNothing));
    }
    for todo in todos {
        let _ = writeln!(out, "- {} ({})", md_text(&todo.text).replace('|', "\\|"), todo.id);
    }
    out.push('\n');
    let courses = super::siasn::year_records(plan, &catalog, summary.year);
    super::siasn::md_section(&mut out, &courses, summary.year, lang);
    out
}

/// A table cell: one line, no control or format characters, no tag, and no `|` to split it.
pub(super) fn cell(text: &str) -> String {
    md_text(text).replace('|', "\\|")
}

pub(super) fn table(out: &mut String, header: &[&str], right: &[usize], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let rule: Vec<&str> = (0..header.len()).map(|c| if right.contains(&c) { "--:" } else { "---" }).collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out.push('\n');
}

/// One row per training with JP this year (its entries summed, their certificates listed),
/// and one per entry not tied to a training; in the order they were earned.
fn earned(
    out: &mut String,
    records: &YearRecords<'_>,
    names: &Titles<'_>,
    catalog: &Catalog,
    done: Jp,
    lang: Lang,
) {
    let _ = writeln!(out, "## {}\n", lang.t(Msg::ReportEarned));
    if records.logs.is_empty() {
        let _ = writeln!(out, "{}\n", lang.t(Msg::ReportNone));
        return;
    }
    // Entries of one training make one row; the logs come by date, so rows do too.
    let mut groups: Vec<Vec<&Log>> = Vec::new();
    let mut slot_of: HashMap<&str, usize> = HashMap::new();
    for log in &records.logs {
        let key = match names.trainings.of_log(log) {
            Some(training) => training.id.as_str(),
            None => log.id.as_str(),
        };
        let slot = *slot_of.entry(key).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[slot].push(log);
    }
    let mut rows = Vec::new();
    for logs in &groups {
        // The days the JP were earned: the entries' own, from the first one's first day.
        let first = logs.iter().map(|l| l.first_day()).min();
        let span = date_span(first, logs.last().map(|l| l.date), lang);
        let mut certificates: Vec<&str> = Vec::new();
        for log in logs {
            let number = log.certificate.trim();
            if !number.is_empty() && !certificates.contains(&number) {
                certificates.push(number);
            }
        }
        let form = names.trainings.log_form(logs[0]).map_or("", |key| catalog.label(key, lang));
        let jp: Jp = logs.iter().map(|l| l.jp).sum();
        rows.push(vec![
            span,
            cell(names.log(logs[0])),
            cell(form),
            jp.format(lang),
            if certificates.is_empty() { "—".to_string() } else { cell(&certificates.join("; ")) },
        ]);
    }
    rows.push(vec![
        String::new(),
        format!("**{}**", lang.t(Msg::Total)),
        String::new(),
        format!("**{}**", done.format(lang)),
        String::new(),
    ]);
    let header = [
        lang.t(Msg::ColDates),
        lang.t(Msg::ColActivity),
        lang.t(Msg::ColForm),
        lang.t(Msg::ColJp),
        lang.t(Msg::ColCertificate),
    ];
    table(out, &header, &[3], &rows);
}

/// The trainings still to come, each with the problem at work it answers.
fn still_planned(out: &mut String, records: &YearRecords<'_>, catalog: &Catalog, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.t(Msg::ReportStillPlanned));
    let open: Vec<_> = records.trainings.iter().filter(|t| t.status.is_open()).collect();
    if open.is_empty() {
        let _ = writeln!(out, "{}\n", lang.t(Msg::ReportNone));
        return;
    }
    let rows: Vec<Vec<String>> = open
        .iter()
        .map(|t| {
            vec![
                date_span(t.start, t.end, lang),
                cell(&t.title),
                cell(t.form.as_deref().map_or("", |key| catalog.label(key, lang))),
                t.planned_jp.format(lang),
                describe::domain::status(t.status, lang).to_string(),
                if t.why.trim().is_empty() { "—".to_string() } else { cell(&t.why) },
            ]
        })
        .collect();
    let header = [
        lang.t(Msg::ColDates),
        lang.t(Msg::ColTitle),
        lang.t(Msg::ColForm),
        lang.t(Msg::ColPlanned),
        lang.t(Msg::ColStatus),
        lang.t(Msg::ColWhy),
    ];
    table(out, &header, &[3], &rows);
}

/// Each reflection: what it was about, the one change, and whether it stuck.
fn changed(out: &mut String, records: &YearRecords<'_>, names: &Titles<'_>, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.t(Msg::ReportChanged));
    if records.reflections.is_empty() {
        let _ = writeln!(out, "{}\n", lang.t(Msg::ReportNone));
        return;
    }
    for reflection in &records.reflections {
        let subject = names.reflection(reflection).unwrap_or(lang.t(Msg::NotLinked));
        let _ = writeln!(out, "### {}\n", md_text(subject));
        let mut when = vec![format_date(reflection.date, lang)];
        if let Some(n) = reflection.usefulness {
            when.push(tr!(lang, Msg::ReflectionUsefulness, n = n));
        }
        let _ = writeln!(out, "*{}*\n", when.join(" · "));
        let _ = writeln!(out, "{}\n", md_text(&reflection.changed));
        let mut details = Vec::new();
        for (label, text) in
            [(Msg::ReportLearned, &reflection.learned), (Msg::ReportNextStep, &reflection.next_step)]
        {
            if !text.trim().is_empty() {
                details.push(format!("{}: {}", lang.t(label), md_text(text)));
            }
        }
        details.extend(follow_up_state(reflection, lang).map(|words| capitalized(&words)));
        for detail in &details {
            let _ = writeln!(out, "- {detail}");
        }
        if !details.is_empty() {
            out.push('\n');
        }
    }
}

/// The words with a capital first letter, to start a list item like its neighbours.
fn capitalized(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Done JP by competency type, and against the 10:20:70 model.
fn mix(out: &mut String, summary: &Summary, lang: Lang) {
    mix_tables(out, &summary.by_competency, &summary.by_mix, summary.done, lang);
}

/// Done JP by competency type and against the 10:20:70 model: one person's year or a unit's.
pub(super) fn mix_tables(
    out: &mut String,
    by_competency: &BTreeMap<Option<Competency>, Jp>,
    by_mix: &BTreeMap<Option<Mix>, Jp>,
    done: Jp,
    lang: Lang,
) {
    let _ = writeln!(out, "## {}\n", lang.t(Msg::ReportMix));
    let _ = writeln!(out, "### {}\n", lang.t(Msg::ReportByCompetency));
    // Entries without a competency type come last: they are the remainder, not a kind.
    let (given, not_given): (Vec<_>, Vec<_>) = by_competency.iter().partition(|(c, _)| c.is_some());
    let rows: Vec<Vec<String>> = given
        .into_iter()
        .chain(not_given)
        .map(|(competency, jp)| {
            let name =
                competency.map_or(lang.t(Msg::CompetencyNotGiven), |c| describe::domain::competency(c, lang));
            vec![name.to_string(), jp.format(lang), share_words(*jp, done, lang)]
        })
        .collect();
    if rows.is_empty() {
        let _ = writeln!(out, "{}\n", lang.t(Msg::ReportNone));
    } else {
        let header = [lang.t(Msg::ColCompetency), lang.t(Msg::ColJp), lang.t(Msg::ColShare)];
        table(out, &header, &[1, 2], &rows);
    }

    let _ = writeln!(out, "### {}\n", lang.t(Msg::ReportByMix));
    let mut parts: Vec<Option<Mix>> = Mix::ALL.into_iter().map(Some).collect();
    if by_mix.contains_key(&None) {
        parts.push(None);
    }
    let rows: Vec<Vec<String>> = parts
        .into_iter()
        .map(|part| {
            let jp = by_mix.get(&part).copied().unwrap_or_default();
            let (name, model) = match part {
                Some(mix) => {
                    (describe::domain::mix(mix, lang), percent_words(mix.model_percent().into(), lang))
                }
                None => (lang.t(Msg::MixNotKnown), String::new()),
            };
            vec![name.to_string(), jp.format(lang), share_words(jp, done, lang), model]
        })
        .collect();
    let header = [lang.t(Msg::ColMix), lang.t(Msg::ColJp), lang.t(Msg::ColShare), lang.t(Msg::ColModel)];
    table(out, &header, &[1, 2, 3], &rows);
}
