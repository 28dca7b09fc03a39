//! Figures the screen shows, computed once per change rather than on every frame.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate};

use super::pane::{Pane, PerPane};
use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::model::{Jp, Plan};
use crate::progress::{Summary, logged_by_training, reflection_year, summarize};

/// The three lists, as indices into the plan, in the order shown.
#[derive(Debug, Default)]
pub struct Rows {
    pub trainings: Vec<usize>,
    pub logs: Vec<usize>,
    pub reflections: Vec<usize>,
}

impl Rows {
    pub fn of(&self, pane: Pane) -> &[usize] {
        match pane {
            Pane::Trainings => &self.trainings,
            Pane::Logs => &self.logs,
            Pane::Reflections => &self.reflections,
        }
    }
}

#[derive(Debug)]
pub struct Derived {
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
}

/// Whether a record matches the pane's filter (any of its texts, case-insensitive).
fn matches(filter: &str, texts: &[&str]) -> bool {
    filter.is_empty() || texts.iter().any(|t| t.to_lowercase().contains(filter))
}

impl Derived {
    pub fn compute(plan: &Plan, year: i32, today: NaiveDate, lang: Lang, filters: PerPane<&str>) -> Derived {
        let catalog = Catalog::for_plan(plan);
        let summary = summarize(plan, &catalog, year, today);
        let filters = PerPane(filters.0.map(|f| f.trim().to_lowercase()));
        let index = plan.training_index();

        let mut trainings: Vec<usize> = (0..plan.trainings.len())
            .filter(|&i| plan.trainings[i].year == year)
            .filter(|&i| {
                let t = &plan.trainings[i];
                let form = t.form.as_deref().unwrap_or_default();
                matches(
                    &filters[Pane::Trainings],
                    &[&t.title, &t.provider, form, catalog.label(form, lang), &t.why, &t.id],
                )
            })
            .collect();
        trainings.sort_by_key(|&i| (plan.trainings[i].start.is_none(), plan.trainings[i].start));

        let mut logs: Vec<usize> = (0..plan.logs.len())
            .filter(|&i| plan.logs[i].date.year() == year)
            .filter(|&i| {
                let l = &plan.logs[i];
                let training_title = index.of_log(l).map_or("", |t| t.title.as_str());
                matches(&filters[Pane::Logs], &[&l.title, training_title, &l.provider, &l.certificate, &l.id])
            })
            .collect();
        logs.sort_by_key(|&i| plan.logs[i].date);
        let mut total = Jp::ZERO;
        let running = logs
            .iter()
            .map(|&i| {
                total += plan.logs[i].jp;
                total
            })
            .collect();

        let log_years: HashMap<&str, i32> =
            plan.logs.iter().map(|l| (l.id.as_str(), l.date.year())).collect();
        let mut reflections: Vec<usize> = (0..plan.reflections.len())
            .filter(|&i| {
                reflection_year(&plan.reflections[i], &index, |id| log_years.get(id).copied()) == year
            })
            .filter(|&i| {
                let r = &plan.reflections[i];
                matches(&filters[Pane::Reflections], &[&r.changed, &r.learned, &r.next_step, &r.id])
            })
            .collect();
        reflections.sort_by_key(|&i| plan.reflections[i].date);

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
        Derived {
            summary,
            rows: Rows { trainings, logs, reflections },
            logged,
            running,
            reflected,
            training_at,
            log_at,
            catalog,
        }
    }
}
