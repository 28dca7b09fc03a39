//! The year's figures and records put into words and files: the status text, the lists the
//! shell commands print, and the csv / md / json / ics exports. Each is a pure function of the
//! plan, its summary and the language, so the TUI can show the same words.

pub mod catch_up;
pub mod csv;
pub mod defuse;
pub mod ics;
pub mod json;
pub mod lists;
pub mod md;
pub mod share;
pub mod siasn;
mod status;
mod table;
pub mod team;
mod todos;

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

pub use json::status_json;
pub use status::*;
pub use todos::{Todo, TodoKind, todo_list};

use crate::i18n::Lang;
use crate::model::{Log, Plan, Reflection, Training, TrainingIndex, format_day_month, short_month_name};

/// Where one year's records are in the plan, in the order every list shows them: the one rule
/// for "the year's records", shared by the reports and the screen.
#[derive(Debug, Default)]
pub struct YearRows {
    /// The year's trainings by start date (undated ones last), then as in the file.
    pub trainings: Vec<usize>,
    /// Log entries dated in the year, by date, then as in the file.
    pub logs: Vec<usize>,
    /// Reflections that belong to the year (see `progress::reflection_year`), by date.
    pub reflections: Vec<usize>,
}

impl YearRows {
    pub fn of(plan: &Plan, year: i32) -> YearRows {
        // Stable sorts keep the file's order among equals.
        let mut trainings: Vec<usize> =
            (0..plan.trainings.len()).filter(|&i| plan.trainings[i].year == year).collect();
        trainings.sort_by_key(|&i| (plan.trainings[i].start.is_none(), plan.trainings[i].start));
        let mut logs: Vec<usize> =
            (0..plan.logs.len()).filter(|&i| plan.logs[i].date.year() == year).collect();
        logs.sort_by_key(|&i| plan.logs[i].date);
        let index = plan.training_index();
        let log_years: HashMap<&str, i32> =
            plan.logs.iter().map(|l| (l.id.as_str(), l.date.year())).collect();
        let mut reflections: Vec<usize> = (0..plan.reflections.len())
            .filter(|&i| {
                let reflection = &plan.reflections[i];
                crate::progress::reflection_year(reflection, &index, |id| log_years.get(id).copied()) == year
            })
            .collect();
        reflections.sort_by_key(|&i| plan.reflections[i].date);
        YearRows { trainings, logs, reflections }
    }
}

/// The records that belong to one year, in the order of `YearRows`.
pub struct YearRecords<'a> {
    pub trainings: Vec<&'a Training>,
    pub logs: Vec<&'a Log>,
    pub reflections: Vec<&'a Reflection>,
}

impl<'a> YearRecords<'a> {
    pub fn of(plan: &'a Plan, year: i32) -> YearRecords<'a> {
        let rows = YearRows::of(plan, year);
        YearRecords {
            trainings: rows.trainings.iter().map(|&i| &plan.trainings[i]).collect(),
            logs: rows.logs.iter().map(|&i| &plan.logs[i]).collect(),
            reflections: rows.reflections.iter().map(|&i| &plan.reflections[i]).collect(),
        }
    }
}

/// Finds what log entries and reflections are about, in constant time per lookup.
pub struct Titles<'a> {
    pub trainings: TrainingIndex<'a>,
    logs: HashMap<&'a str, &'a Log>,
}

impl<'a> Titles<'a> {
    pub fn of(plan: &'a Plan) -> Titles<'a> {
        Titles {
            trainings: plan.training_index(),
            logs: plan.logs.iter().map(|l| (l.id.as_str(), l)).collect(),
        }
    }

    /// A log entry's own title, else its training's.
    pub fn log(&self, log: &'a Log) -> &'a str {
        log.shown_title(self.trainings.of_log(log))
    }

    /// The training a reflection is about, else the log entry it is about.
    pub fn reflection(&self, reflection: &Reflection) -> Option<&'a str> {
        let training = reflection.training.as_deref().and_then(|id| self.trainings.get(id));
        match training {
            Some(training) => Some(&training.title),
            None => reflection.log.as_deref().and_then(|id| self.logs.get(id)).map(|log| self.log(log)),
        }
    }
}

/// The one way a span of days is written, in lists and in detail alike: `10–12 Mar`,
/// `17 Jun–21 Okt`, `9 Nov`, or `—` without a start; the year is the report's. An en dash
/// without spaces means "s.d." (PUEBI).
pub fn date_span(start: Option<NaiveDate>, end: Option<NaiveDate>, lang: Lang) -> String {
    match (start, end) {
        (None, _) => "—".to_string(),
        (Some(start), Some(end)) if end != start => {
            if (start.year(), start.month()) == (end.year(), end.month()) {
                format!("{}–{} {}", start.day(), end.day(), short_month_name(end.month(), lang))
            } else {
                format!("{}–{}", format_day_month(start, lang), format_day_month(end, lang))
            }
        }
        (Some(start), _) => format_day_month(start, lang),
    }
}

/// `date_span` with the year, for a line that stands alone: `8–10 Sep 2026`, `9 Nov 2026`.
pub fn date_span_in(start: Option<NaiveDate>, end: Option<NaiveDate>, year: i32, lang: Lang) -> String {
    match start {
        Some(_) => format!("{} {year}", date_span(start, end, lang)),
        None => year.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, m, d)
    }

    #[test]
    fn date_spans_read_short() {
        assert_eq!(date_span(day(3, 10), day(3, 12), Lang::Id), "10–12 Mar");
        assert_eq!(date_span(day(2, 10), day(3, 2), Lang::En), "10 Feb–2 Mar");
        assert_eq!(date_span_in(day(2, 10), day(3, 2), 2026, Lang::Id), "10 Feb–2 Mar 2026");
        assert_eq!(date_span_in(None, None, 2026, Lang::Id), "2026");
        assert_eq!(date_span(day(8, 17), day(8, 17), Lang::Id), "17 Agu");
        assert_eq!(date_span(day(11, 9), None, Lang::Id), "9 Nov");
        assert_eq!(date_span(None, day(1, 1), Lang::Id), "—");
    }
}
