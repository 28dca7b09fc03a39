//! The year's figures and records put into words and files: the status text, the lists the
//! shell commands print, and the csv / md / json / ics exports. Each is a pure function of the
//! plan, its summary and the language, so the TUI can show the same words.

pub mod csv;
pub mod ics;
pub mod json;
pub mod lists;
pub mod md;
mod status;
mod table;

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

pub use json::status_json;
pub use status::*;

use crate::i18n::Lang;
use crate::model::{Log, Plan, Reflection, Training, TrainingIndex, format_day_month, short_month_name};

/// The records that belong to one year, in the order the reports show them.
pub struct YearRecords<'a> {
    /// The year's trainings by start date (undated ones last), then as in the file.
    pub trainings: Vec<&'a Training>,
    /// Log entries dated in the year, by date, then as in the file.
    pub logs: Vec<&'a Log>,
    /// Reflections dated in the year, by date.
    pub reflections: Vec<&'a Reflection>,
}

impl<'a> YearRecords<'a> {
    pub fn of(plan: &'a Plan, year: i32) -> YearRecords<'a> {
        let mut trainings: Vec<&Training> = plan.trainings.iter().filter(|t| t.year == year).collect();
        // Stable sorts keep the file's order among equals.
        trainings.sort_by_key(|t| (t.start.is_none(), t.start));
        let mut logs: Vec<&Log> = plan.logs.iter().filter(|l| l.date.year() == year).collect();
        logs.sort_by_key(|l| l.date);
        let index = plan.training_index();
        let log_years: HashMap<&str, i32> =
            plan.logs.iter().map(|l| (l.id.as_str(), l.date.year())).collect();
        let mut reflections: Vec<&Reflection> = plan
            .reflections
            .iter()
            .filter(|r| crate::progress::reflection_year(r, &index, |id| log_years.get(id).copied()) == year)
            .collect();
        reflections.sort_by_key(|r| r.date);
        YearRecords { trainings, logs, reflections }
    }
}

/// Finds what log entries and reflections are about, in constant time per lookup.
pub struct Names<'a> {
    pub trainings: TrainingIndex<'a>,
    logs: HashMap<&'a str, &'a Log>,
}

impl<'a> Names<'a> {
    pub fn of(plan: &'a Plan) -> Names<'a> {
        Names {
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

/// `10–12 Mar`, `10 Feb – 24 Feb`, `9 Nov`, or `—` without a start; the year is the report's.
pub fn date_span(start: Option<NaiveDate>, end: Option<NaiveDate>, lang: Lang) -> String {
    match (start, end) {
        (None, _) => "—".to_string(),
        (Some(start), Some(end)) if end != start => {
            if (start.year(), start.month()) == (end.year(), end.month()) {
                format!("{}–{} {}", start.day(), end.day(), short_month_name(end.month(), lang))
            } else {
                format!("{} – {}", format_day_month(start, lang), format_day_month(end, lang))
            }
        }
        (Some(start), _) => format_day_month(start, lang),
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
        assert_eq!(date_span(day(2, 10), day(3, 2), Lang::En), "10 Feb – 2 Mar");
        assert_eq!(date_span(day(8, 17), day(8, 17), Lang::Id), "17 Agu");
        assert_eq!(date_span(day(11, 9), None, Lang::Id), "9 Nov");
        assert_eq!(date_span(None, day(1, 1), Lang::Id), "—");
    }
}
