//! The forms' daily and monthly caps, checked over all the entries of a form on one day or in
//! one month; an entry that spans several days spreads its JP evenly over them.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::catalog::Catalog;
use crate::model::{Jp, Log, Plan, TrainingIndex};

/// A day on which one form's JP exceed its daily cap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayOverCap {
    pub date: NaiveDate,
    pub form: String,
    pub jp: Jp,
    pub cap: Jp,
}

/// A month in which one form's sessions (or days, or times) exceed its monthly cap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthOverCap {
    /// The first day of the month.
    pub month: NaiveDate,
    pub form: String,
    /// Units used, as a decimal (`Jp` is the exact two-place decimal the program keeps).
    pub units: Jp,
    pub cap: u32,
}

/// An entry's JP spread evenly over its days, exactly: the hundredths that do not divide go to
/// the first days.
pub fn spread(log: &Log) -> Vec<(NaiveDate, Jp)> {
    let days: Vec<NaiveDate> = log.days().collect();
    let count = days.len().max(1) as i64;
    let (share, rest) = (log.jp.hundredths() / count, log.jp.hundredths() % count);
    days.into_iter()
        .enumerate()
        .map(|(i, day)| (day, Jp::from_hundredths(share + i64::from((i as i64) < rest))))
        .collect()
}

/// What the log already uses of each form's caps: JP per day, units per month.
#[derive(Debug, Default)]
pub struct CapUsage {
    /// JP per (day, form), and whether any of that day's entries was international.
    per_day: BTreeMap<(NaiveDate, String), (Jp, bool)>,
    /// Hundredths of units per (first day of the month, form).
    per_month: BTreeMap<(NaiveDate, String), i64>,
}

impl CapUsage {
    /// The usage of every entry in `plan` whose form has a cap.
    pub fn of(plan: &Plan, catalog: &Catalog) -> CapUsage {
        let index = plan.training_index();
        let mut usage = CapUsage::default();
        for log in &plan.logs {
            usage.add(log, &index, catalog);
        }
        usage
    }

    fn add(&mut self, log: &Log, index: &TrainingIndex<'_>, catalog: &Catalog) {
        let Some(form) = index.log_form(log).and_then(|key| catalog.get(key)) else { return };
        let daily = form.cap_per_day(log.international).is_some();
        let per_unit = form.per_unit(log.international).filter(|_| form.max_units_per_month.is_some());
        if !daily && per_unit.is_none() {
            return;
        }
        for (day, jp) in spread(log) {
            if daily {
                let slot = self.per_day.entry((day, form.key.clone())).or_insert((Jp::ZERO, false));
                slot.0 += jp;
                slot.1 |= log.international;
            }
            if let Some(per_unit) = per_unit.filter(|p| p.is_positive()) {
                let units = jp.hundredths() * 100 / per_unit.hundredths();
                *self.per_month.entry((first_of_month(day), form.key.clone())).or_default() += units;
            }
        }
    }

    /// JP of `form` already logged on `day`.
    pub fn jp_on(&self, day: NaiveDate, form: &str) -> Jp {
        self.per_day.get(&(day, form.to_string())).map_or(Jp::ZERO, |(jp, _)| *jp)
    }

    /// Units of `form` already logged in the month of `day`, in hundredths.
    pub fn units_in_month(&self, day: NaiveDate, form: &str) -> i64 {
        self.per_month.get(&(first_of_month(day), form.to_string())).copied().unwrap_or(0)
    }

    /// The days of `year` on which a form's JP exceed its daily cap. A day with an
    /// international entry is held to the international cap (the higher one).
    pub fn days_over_cap(&self, catalog: &Catalog, year: i32) -> Vec<DayOverCap> {
        self.per_day
            .iter()
            .filter(|((day, _), _)| day.year() == year)
            .filter_map(|((date, form), (jp, international))| {
                let cap = catalog.get(form)?.cap_per_day(*international)?;
                (*jp > cap).then(|| DayOverCap { date: *date, form: form.clone(), jp: *jp, cap })
            })
            .collect()
    }

    /// The months of `year` in which a form's units exceed its monthly cap.
    pub fn months_over_cap(&self, catalog: &Catalog, year: i32) -> Vec<MonthOverCap> {
        self.per_month
            .iter()
            .filter(|((month, _), _)| month.year() == year)
            .filter_map(|((month, form), units)| {
                let cap = catalog.get(form)?.max_units_per_month?;
                (*units > i64::from(cap) * 100).then(|| MonthOverCap {
                    month: *month,
                    form: form.clone(),
                    units: Jp::from_hundredths(*units),
                    cap,
                })
            })
            .collect()
    }
}

pub fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn entry(id: &str, form: &str, start: Option<NaiveDate>, on: NaiveDate, jp: &str) -> Log {
        Log {
            id: id.into(),
            form: Some(form.into()),
            start,
            ..Log::new(on, Jp::parse(jp).unwrap(), "Belajar")
        }
    }

    fn usage(logs: Vec<Log>) -> CapUsage {
        let plan = Plan { logs, ..Plan::default() };
        CapUsage::of(&plan, Catalog::builtin())
    }

    #[test]
    fn an_entry_spreads_its_jp_exactly_over_its_days() {
        let log = entry("l1", "e-learning", Some(date(3, 1)), date(3, 3), "10");
        let parts = spread(&log);
        assert_eq!(parts.iter().map(|(_, jp)| *jp).sum::<Jp>(), Jp::whole(10));
        assert_eq!(parts[0], (date(3, 1), Jp::parse("3.34").unwrap()));
        assert_eq!(parts[2], (date(3, 3), Jp::parse("3.33").unwrap()));
    }

    #[test]
    fn a_daily_cap_counts_every_entry_of_the_form_on_the_day() {
        // E-learning: at most 3 JP a day. Two entries of 2 JP on 5 May make 4.
        let used = usage(vec![
            entry("l1", "e-learning", None, date(5, 5), "2"),
            entry("l2", "e-learning", None, date(5, 5), "2"),
            entry("l3", "e-learning", Some(date(5, 6)), date(5, 7), "6"),
        ]);
        let over = used.days_over_cap(Catalog::builtin(), 2026);
        assert_eq!(over.len(), 1, "6 JP over two days is 3 a day: within the cap");
        assert_eq!((over[0].date, over[0].jp, over[0].cap), (date(5, 5), Jp::whole(4), Jp::whole(3)));
        assert_eq!(used.jp_on(date(5, 6), "e-learning"), Jp::whole(3));
    }

    #[test]
    fn a_monthly_cap_counts_sessions_across_entries_and_not_across_months() {
        // Coaching: 2 JP a session, at most 2 sessions a month.
        let used = usage(vec![
            entry("l1", "coaching", None, date(3, 2), "2"),
            entry("l2", "coaching", None, date(3, 16), "2"),
            entry("l3", "coaching", None, date(3, 31), "2"),
            entry("l4", "coaching", None, date(4, 1), "2"),
        ]);
        let over = used.months_over_cap(Catalog::builtin(), 2026);
        assert_eq!(over.len(), 1);
        assert_eq!((over[0].month, over[0].units, over[0].cap), (date(3, 1), Jp::whole(3), 2));
        assert_eq!(used.units_in_month(date(4, 20), "coaching"), 100);
    }
}
