//! Figures the screen shows, computed once per change rather than on every frame.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::pane::{Pane, PerPane};
use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::model::{Jp, Plan};
use crate::progress::{CapUsage, Summary, logged_by_training, summarize};
use crate::report::YearRows;

/// The three lists: the year's records in their order, less what a pane's filter hides.
#[derive(Debug, Default)]
pub struct Rows(YearRows);

impl Rows {
    pub fn of(&self, pane: Pane) -> &[usize] {
        match pane {
            Pane::Trainings => &self.0.trainings,
            Pane::Logs => &self.0.logs,
            Pane::Reflections => &self.0.reflections,
        }
    }
}

#[derive(Debug)]
pub struct ScreenCache {
    pub summary: Summary,
    pub rows: Rows,
    /// JP logged against each training, all years.
    pub logged: HashMap<String, Jp>,
    /// Running total of the year's log, aligned with `rows.logs`.
    pub running: Vec<Jp>,
    /// Trainings and log entries that have a reflection.
    pub reflected: HashSet<String>,
    /// Where each training and log entry is in the plan, for lookups while drawing.
    pub training_at: HashMap<String, usize>,
    pub log_at: HashMap<String, usize>,
    pub catalog: Catalog,
    /// What the log already uses of each form's caps, for the log form's calculator.
    pub caps: CapUsage,
}

/// Whether a record matches the pane's filter (any of its texts, case-insensitive).
fn matches(filter: &str, texts: &[&str]) -> bool {
    filter.is_empty() || texts.iter().any(|t| t.to_lowercase().contains(filter))
}

impl ScreenCache {
    pub fn compute(
        plan: &Plan,
        year: i32,
        today: NaiveDate,
        lang: Lang,
        filters: PerPane<&str>,
    ) -> ScreenCache {
        let catalog = Catalog::for_plan(plan);
        let summary = summarize(plan, &catalog, year, today);
        let filters = PerPane(filters.0.map(|f| f.trim().to_lowercase()));
        let index = plan.training_index();

        let mut rows = YearRows::of(plan, year);
        rows.trainings.retain(|&i| {
            let t = &plan.trainings[i];
            let form = t.form.as_deref().unwrap_or_default();
            let texts = [&t.title, &t.provider, form, catalog.label(form, lang), &t.why, &t.id];
            matches(&filters[Pane::Trainings], &texts)
        });
        rows.logs.retain(|&i| {
            let l = &plan.logs[i];
            let training_title = index.of_log(l).map_or("", |t| t.title.as_str());
            matches(&filters[Pane::Logs], &[&l.title, training_title, &l.provider, &l.certificate, &l.id])
        });
        rows.reflections.retain(|&i| {
            let r = &plan.reflections[i];
            matches(&filters[Pane::Reflections], &[&r.changed, &r.learned, &r.next_step, &r.id])
        });
        let mut total = Jp::ZERO;
        let running = rows
            .logs
            .iter()
            .map(|&i| {
                total += plan.logs[i].jp;
                total
            })
            .collect();

        let logged = logged_by_training(plan).into_iter().map(|(id, jp)| (id.to_string(), jp)).collect();
        // Trainings and log entries with a reflection, by the same rule as the year's to-dos.
        let reflected: HashSet<String> = plan
            .reflected_trainings()
            .into_iter()
            .chain(plan.reflections.iter().filter_map(|r| r.log.as_deref()))
            .map(String::from)
            .collect();
        let training_at = plan.trainings.iter().enumerate().map(|(i, t)| (t.id.clone(), i)).collect();
        let log_at = plan.logs.iter().enumerate().map(|(i, l)| (l.id.clone(), i)).collect();
        let caps = CapUsage::of(plan, &catalog);
        ScreenCache {
            summary,
            rows: Rows(rows),
            logged,
            running,
            reflected,
            training_at,
            log_at,
            catalog,
            caps,
        }
    }
}
