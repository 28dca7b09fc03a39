//! The forms' daily and monthly caps, checked over all the entries of a form on one day or in
//! one month; an entry that spans several days spreads its JP evenly over them.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::catalog::{Catalog, Form};
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
        CapUsage::without(plan, catalog, None)
    }

    /// The usage of every entry but `except` (the one being edited, which its new figures replace).
    pub fn without(plan: &Plan, catalog: &Catalog, except: Option<&str>) -> CapUsage {
        let index = plan.training_index();
        let mut usage = CapUsage::default();
        for log in plan.logs.iter().filter(|l| Some(l.id.as_str()) != except) {
            usage.add(log, &index, catalog);
        }
        usage
    }

    fn add(&mut self, log: &Log, index: &TrainingIndex<'_>, catalog: &Catalog) {
        if let Some(form) = index.log_form(log).and_then(|key| catalog.get(key)) {
            self.add_entry(form, log);
        }
    }

    /// Counts one entry of `form`: a log entry, or what a plan still expects on some days (the
    /// catch-up plan counts planned trainings and its own items this way).
    pub fn add_entry(&mut self, form: &Form, log: &Log) {
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
                let units = units_of(jp, per_unit);
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
            .filter_map(|(key, used)| day_over(catalog, key, used))
            .collect()
    }

    /// The months of `year` in which a form's units exceed its monthly cap.
    pub fn months_over_cap(&self, catalog: &Catalog, year: i32) -> Vec<MonthOverCap> {
        self.per_month
            .iter()
            .filter(|((month, _), _)| month.year() == year)
            .filter_map(|(key, units)| month_over(catalog, key, *units))
            .collect()
    }

    /// The days of `log` and their months in which `form` is over a cap, for a usage that
    /// already holds `log`: what a typed amount went beyond.
    pub fn overs_of(&self, catalog: &Catalog, form: &str, log: &Log) -> (Vec<DayOverCap>, Vec<MonthOverCap>) {
        let days = log
            .days()
            .filter_map(|day| {
                let key = (day, form.to_string());
                day_over(catalog, &key, self.per_day.get(&key)?)
            })
            .collect();
        let mut months: Vec<NaiveDate> = log.days().map(first_of_month).collect();
        months.dedup();
        let months = months
            .into_iter()
            .filter_map(|month| {
                let key = (month, form.to_string());
                month_over(catalog, &key, *self.per_month.get(&key)?)
            })
            .collect();
        (days, months)
    }

    /// A new entry of `form` against the form's caps over what the log already holds. The
    /// entry's `jp` is its amount as counted, before any cap; a multi-day entry is spread
    /// evenly over its days, as the caps are checked. Units beyond a monthly cap are refused,
    /// never lowered: the person records an agency's own count with a typed JP instead.
    pub fn fit(&self, form: &Form, entry: &Log) -> Fit {
        if let Some(limit) = self.month_limit(form, entry) {
            return Fit::MonthFull(limit);
        }
        let Some(own_cap) = form.cap_per_day(entry.international) else {
            return Fit::Whole(entry.jp);
        };
        let limits = entry.days().map(|day| {
            let (had, abroad) = self.per_day.get(&(day, form.key.clone())).copied().unwrap_or_default();
            let cap = form.cap_per_day(entry.international || abroad).unwrap_or(own_cap);
            DayLimit { day, had, cap }
        });
        // The fullest day bounds the whole entry, since its JP are spread evenly.
        let Some(tightest) = limits.min_by_key(|limit| limit.cap - limit.had) else {
            return Fit::Whole(entry.jp);
        };
        let room = (tightest.cap - tightest.had).at_least_zero();
        let most = Jp::from_hundredths(room.hundredths() * entry.days().count() as i64);
        if entry.jp <= most {
            Fit::Whole(entry.jp)
        } else if most.is_positive() {
            Fit::Lowered(most, tightest)
        } else {
            Fit::DayFull(tightest)
        }
    }

    /// The first month in which `entry`'s units would pass its form's monthly cap.
    fn month_limit(&self, form: &Form, entry: &Log) -> Option<MonthLimit> {
        let cap = form.max_units_per_month?;
        let per_unit = form.per_unit(entry.international).filter(|p| p.is_positive())?;
        let mut asked: BTreeMap<NaiveDate, i64> = BTreeMap::new();
        for (day, jp) in spread(entry) {
            *asked.entry(first_of_month(day)).or_default() += units_of(jp, per_unit);
        }
        asked.into_iter().find_map(|(month, asked)| {
            let had = self.units_in_month(month, &form.key);
            (had + asked > i64::from(cap) * 100).then_some(MonthLimit { month, had, asked, cap })
        })
    }
}

/// A day of a form over its daily cap, if it is.
fn day_over(
    catalog: &Catalog,
    (date, form): &(NaiveDate, String),
    (jp, international): &(Jp, bool),
) -> Option<DayOverCap> {
    let cap = catalog.get(form)?.cap_per_day(*international)?;
    (*jp > cap).then(|| DayOverCap { date: *date, form: form.clone(), jp: *jp, cap })
}

/// A month of a form over its monthly cap, if it is.
fn month_over(catalog: &Catalog, (month, form): &(NaiveDate, String), units: i64) -> Option<MonthOverCap> {
    let cap = catalog.get(form)?.max_units_per_month?;
    (units > i64::from(cap) * 100).then(|| MonthOverCap {
        month: *month,
        form: form.clone(),
        units: Jp::from_hundredths(units),
        cap,
    })
}

/// Hundredths of units that `jp` make at `per_unit` JP a unit.
fn units_of(jp: Jp, per_unit: Jp) -> i64 {
    jp.hundredths() * 100 / per_unit.hundredths()
}

/// The days an amount of `units` (hundredths) of a form counted by the day spans: a part of a
/// day is a day.
pub fn days_of_units(units_hundredths: i64) -> i64 {
    (units_hundredths.max(1) + 99) / 100
}

/// The first day of an entry of `units_hundredths` days that ends on `date`; `None` for a single
/// day. (A span far out of the years a file may hold is refused later, by validation.)
pub fn span_start(date: NaiveDate, units_hundredths: i64) -> Option<NaiveDate> {
    let back = u64::try_from(days_of_units(units_hundredths) - 1).ok().filter(|back| *back > 0)?;
    date.checked_sub_days(chrono::Days::new(back))
}

/// A day that bounds a new entry of a form with a daily cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayLimit {
    pub day: NaiveDate,
    /// The form's JP the log already holds on the day.
    pub had: Jp,
    pub cap: Jp,
}

/// A month whose cap a new entry's units would pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthLimit {
    /// The first day of the month.
    pub month: NaiveDate,
    /// Hundredths of units the log already holds in the month.
    pub had: i64,
    /// Hundredths of units the new entry would add.
    pub asked: i64,
    pub cap: u32,
}

/// What a form's caps make of a new entry's counted JP (see [`CapUsage::fit`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Within every cap: the JP as counted.
    Whole(Jp),
    /// Lowered to what the entry's fullest day still allows, on each of its days.
    Lowered(Jp, DayLimit),
    /// Nothing can be counted: a day of the entry is already at the cap.
    DayFull(DayLimit),
    /// More units than the month still allows.
    MonthFull(MonthLimit),
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

    fn form(key: &str) -> &'static Form {
        Catalog::builtin().get(key).unwrap()
    }

    #[test]
    fn a_new_entry_within_the_caps_keeps_its_jp() {
        let used = usage(vec![entry("l1", "e-learning", None, date(5, 4), "3")]);
        // Two days of e-learning ending on 6 May: 3 JP on each of 5 and 6 May.
        let new = entry("", "e-learning", Some(date(5, 5)), date(5, 6), "6");
        assert_eq!(used.fit(form("e-learning"), &new), Fit::Whole(Jp::whole(6)));
        assert_eq!(days_of_units(200), 2);
        assert_eq!(days_of_units(150), 2, "a part of a day is a day");
        assert_eq!(days_of_units(100), 1);
    }

    #[test]
    fn a_daily_cap_lowers_a_new_entry_to_what_its_fullest_day_allows() {
        let used = usage(vec![entry("l1", "e-learning", None, date(5, 6), "2")]);
        let one_day = entry("", "e-learning", None, date(5, 6), "3");
        let limit = DayLimit { day: date(5, 6), had: Jp::whole(2), cap: Jp::whole(3) };
        assert_eq!(used.fit(form("e-learning"), &one_day), Fit::Lowered(Jp::whole(1), limit));
        // Spread evenly, two days can hold only 1 JP each, since 6 May already has 2.
        let two_days = entry("", "e-learning", Some(date(5, 5)), date(5, 6), "6");
        assert_eq!(used.fit(form("e-learning"), &two_days), Fit::Lowered(Jp::whole(2), limit));
        // The entry's own amount beyond its days' caps is lowered too, with nothing had before.
        let long = entry("", "e-learning", None, date(5, 20), "5");
        let own = DayLimit { day: date(5, 20), had: Jp::ZERO, cap: Jp::whole(3) };
        assert_eq!(used.fit(form("e-learning"), &long), Fit::Lowered(Jp::whole(3), own));
    }

    #[test]
    fn a_day_at_its_cap_takes_nothing_more() {
        let used = usage(vec![entry("l1", "belajar-mandiri", None, date(5, 6), "2")]);
        let new = entry("", "belajar-mandiri", None, date(5, 6), "1");
        let limit = DayLimit { day: date(5, 6), had: Jp::whole(2), cap: Jp::whole(2) };
        assert_eq!(used.fit(form("belajar-mandiri"), &new), Fit::DayFull(limit));
    }

    #[test]
    fn an_international_entry_is_held_to_the_international_cap() {
        let used = usage(vec![entry("l1", "e-learning", None, date(5, 6), "3")]);
        let abroad = Log { international: true, ..entry("", "e-learning", None, date(5, 6), "4") };
        let limit = DayLimit { day: date(5, 6), had: Jp::whole(3), cap: Jp::whole(4) };
        assert_eq!(used.fit(form("e-learning"), &abroad), Fit::Lowered(Jp::whole(1), limit));
    }

    #[test]
    fn units_beyond_a_monthly_cap_are_refused_and_name_the_month() {
        let used = usage(vec![
            entry("l1", "coaching", None, date(3, 2), "2"),
            entry("l2", "coaching", None, date(3, 16), "2"),
            entry("l3", "mentoring", None, date(4, 6), "2"),
        ]);
        let third = entry("", "coaching", None, date(3, 30), "2");
        let full = MonthLimit { month: date(3, 1), had: 200, asked: 100, cap: 2 };
        assert_eq!(used.fit(form("coaching"), &third), Fit::MonthFull(full));
        let next_month = entry("", "coaching", None, date(4, 1), "4");
        assert_eq!(used.fit(form("coaching"), &next_month), Fit::Whole(Jp::whole(4)));
        let two_more = entry("", "mentoring", None, date(4, 20), "4");
        let left_one = MonthLimit { month: date(4, 1), had: 100, asked: 200, cap: 2 };
        assert_eq!(used.fit(form("mentoring"), &two_more), Fit::MonthFull(left_one));
        let alone = entry("", "coaching", None, date(6, 1), "6");
        let over = MonthLimit { month: date(6, 1), had: 0, asked: 300, cap: 2 };
        assert_eq!(used.fit(form("coaching"), &alone), Fit::MonthFull(over));
    }

    #[test]
    fn a_typed_amount_over_a_cap_is_found_on_its_own_days() {
        let typed = entry("l2", "e-learning", Some(date(5, 5)), date(5, 6), "8");
        let other = entry("l1", "e-learning", None, date(5, 9), "5");
        let used = usage(vec![other, typed.clone()]);
        let (days, months) = used.overs_of(Catalog::builtin(), "e-learning", &typed);
        assert_eq!(
            days.iter().map(|d| (d.date, d.jp)).collect::<Vec<_>>(),
            [(date(5, 5), Jp::whole(4)), (date(5, 6), Jp::whole(4))]
        );
        assert!(months.is_empty());
        let coaching = entry("l3", "coaching", None, date(3, 2), "6");
        let used = usage(vec![coaching.clone()]);
        let (days, months) = used.overs_of(Catalog::builtin(), "coaching", &coaching);
        assert!(days.is_empty());
        assert_eq!((months[0].month, months[0].units), (date(3, 1), Jp::whole(3)));
    }
}
