//! The catch-up plan: when the year is at risk, which forms, how many JP and which working days
//! close the gap the plan leaves, within every form's daily and monthly caps and around what the
//! log and the plan already hold on those days. Pure: the plan, the catalog (with the person's
//! own rules), the year and `today` go in; nothing is read or written.
//!
//! The rules (docs/progress.md, "The catch-up plan"):
//! - Only the working days (Monday to Friday) of the year after `today` are used.
//! - A day holds learning alone (e-learning and self-study, each within its daily cap, beside
//!   what the day already holds of them) or one event counted by the day (a workshop, a
//!   seminar) on a day that holds nothing else. The fewest days are used: the days that bring
//!   the most first, and on a tie learning alone, which needs no one else and no event.
//! - Only when those cannot close the gap in the days left come sessions with a coach or a
//!   mentor, at most one a day, within the month's cap less what the month already has.
//! - A training or log entry of another form that lasts up to two weeks (a course, a seminar,
//!   a session) takes its days; a longer one (a community that meets now and then, a study
//!   permit) only counts against the caps.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{
    CapUsage, Fit, State, first_of_month, is_overdue, last_day, logged_by_training, summarize, workdays_after,
};
use crate::catalog::{Catalog, Form, Unit};
use crate::model::{Jp, Log, Plan};

/// Forms a person can do alone, at any hour, within a daily cap; the first fills a day first.
pub const ALONE: [&str; 2] = ["e-learning", "belajar-mandiri"];
/// Forms counted by the day, a whole day of one event; the one that counts more a day first.
pub const BY_THE_DAY: [&str; 2] = ["workshop", "seminar"];
/// Forms held in sessions with someone else, within a monthly cap: the last resort.
pub const SESSIONS: [&str; 2] = ["coaching", "mentoring"];

/// A record of another form that lasts longer than this many days leaves its days open.
const LONGEST_BUSY_SPAN: i64 = 14;

/// How an item is done: what decides the days it may take, and the words for why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// Alone, at any hour: at most `cap` JP of the form count on one day.
    Alone { cap: Jp },
    /// One whole-day event a day, counted `per_day` JP.
    ByTheDay { per_day: Jp },
    /// Sessions of `per_session` JP, at most `cap` a month; `left` is what the item's month
    /// still had before this plan.
    Sessions { per_session: Jp, cap: u32, left: u32 },
}

/// One form in one month: its working days, each with the JP it brings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatchUpItem {
    /// The catalog key.
    pub form: String,
    pub how: How,
    /// In date order, never empty, all in one month.
    pub days: Vec<(NaiveDate, Jp)>,
}

impl CatchUpItem {
    pub fn jp(&self) -> Jp {
        self.days.iter().map(|(_, jp)| *jp).sum()
    }

    pub fn first_day(&self) -> NaiveDate {
        self.days.first().map(|(day, _)| *day).unwrap_or_default()
    }

    pub fn last_day(&self) -> NaiveDate {
        self.days.last().map(|(day, _)| *day).unwrap_or_default()
    }

    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.days.iter().map(|(day, _)| *day)
    }
}

/// The catch-up plan for a year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatchUp {
    pub year: i32,
    pub state: State,
    pub target: Jp,
    /// Done plus the plan still ahead, before the catch-up.
    pub projected: Jp,
    /// What the plan leaves of the gap when the year is at risk (target − projected); else 0.
    pub need: Jp,
    /// The working days of the year after `today`.
    pub workdays_left: usize,
    /// Learning alone first, then by the day, then sessions; each form by month.
    pub items: Vec<CatchUpItem>,
}

impl CatchUp {
    /// The JP that `items` bring.
    pub fn jp_of<'a>(items: impl IntoIterator<Item = &'a CatchUpItem>) -> Jp {
        items.into_iter().map(CatchUpItem::jp).sum()
    }

    /// How many working days `items` take between them.
    pub fn days_of<'a>(items: impl IntoIterator<Item = &'a CatchUpItem>) -> usize {
        items.into_iter().flat_map(CatchUpItem::dates).collect::<BTreeSet<_>>().len()
    }

    /// What the whole plan brings.
    pub fn reached(&self) -> Jp {
        CatchUp::jp_of(&self.items)
    }

    /// What the days left cannot bring, or zero when the plan closes the gap.
    pub fn short(&self) -> Jp {
        (self.need - self.reached()).at_least_zero()
    }
}

/// The catch-up plan for `year` seen on `today`. `catalog` should be `Catalog::for_plan(plan)`.
/// Empty unless the year is at risk with working days left.
pub fn catch_up(plan: &Plan, catalog: &Catalog, year: i32, today: NaiveDate) -> CatchUp {
    let summary = summarize(plan, catalog, year, today);
    let days: Vec<NaiveDate> = workdays_after(year, today).collect();
    let need = match summary.state {
        State::AtRisk => (summary.target - summary.projected).at_least_zero(),
        _ => Jp::ZERO,
    };
    let mut catch_up = CatchUp {
        year,
        state: summary.state,
        target: summary.target,
        projected: summary.projected,
        need,
        workdays_left: days.len(),
        items: Vec::new(),
    };
    if need.is_positive() && !days.is_empty() {
        let mut ahead = Ahead::of(plan, catalog, today);
        let placed = ahead.place(catalog, &days, need);
        catch_up.items = items_of(placed);
    }
    catch_up
}

/// One day of one form in the plan.
struct Placed {
    form: String,
    how: How,
    /// Alone forms, then by the day, then sessions, each in its list's order.
    rank: usize,
    day: NaiveDate,
    jp: Jp,
}

/// What the days ahead already hold.
struct Ahead {
    /// The caps' usage of every log entry and of the plan still ahead; the catch-up's own
    /// items are added as they are placed.
    usage: CapUsage,
    /// Days a course, event or session of another form takes: nothing more goes there.
    busy: BTreeSet<NaiveDate>,
    /// Days that hold any learning at all: no event goes there.
    held: BTreeSet<NaiveDate>,
}

impl Ahead {
    fn of(plan: &Plan, catalog: &Catalog, today: NaiveDate) -> Ahead {
        let mut ahead =
            Ahead { usage: CapUsage::of(plan, catalog), busy: BTreeSet::new(), held: BTreeSet::new() };
        let index = plan.training_index();
        for log in plan.logs.iter().filter(|log| log.date > today) {
            ahead.hold(index.log_form(log), log, today);
        }
        let logged = logged_by_training(plan);
        for training in plan.trainings.iter().filter(|t| t.status.is_open() && !is_overdue(t, today)) {
            let Some(last) = last_day(training) else { continue };
            let logged = logged.get(training.id.as_str()).copied().unwrap_or_default();
            let remaining = (training.planned_jp - logged).at_least_zero();
            if !remaining.is_positive() {
                continue;
            }
            // What the training still brings, spread over its days as a log entry would be.
            let first = training.start.unwrap_or(last).min(last);
            let entry = Log {
                start: (first < last).then_some(first),
                form: training.form.clone(),
                ..Log::new(last, remaining, "")
            };
            if let Some(form) = training.form.as_deref().and_then(|key| catalog.get(key)) {
                ahead.usage.add_entry(form, &entry);
            }
            ahead.hold(training.form.as_deref(), &entry, today);
        }
        ahead
    }

    /// Marks the days after `today` that a record of `form` spanning `entry`'s days holds.
    fn hold(&mut self, form: Option<&str>, entry: &Log, today: NaiveDate) {
        let span = (entry.date - entry.first_day().min(entry.date)).num_days() + 1;
        if span > LONGEST_BUSY_SPAN {
            return;
        }
        let alone = form.is_some_and(|form| ALONE.contains(&form));
        for day in entry.days().filter(|day| *day > today) {
            self.held.insert(day);
            if !alone {
                self.busy.insert(day);
            }
        }
    }

    /// The JP a form's daily cap still leaves on `day`.
    fn room(&self, form: &Form, cap: Jp, day: NaiveDate) -> Jp {
        match self.usage.fit(form, &one_day(form, day, cap)) {
            Fit::Whole(jp) | Fit::Lowered(jp, _) => jp,
            Fit::DayFull(_) | Fit::MonthFull(_) => Jp::ZERO,
        }
    }

    /// Places `need` JP on `days`: learning alone or one event a day, fewest days first, then
    /// sessions when that is not enough.
    fn place(&mut self, catalog: &Catalog, days: &[NaiveDate], need: Jp) -> Vec<Placed> {
        let alone: Vec<(&Form, Jp)> = ALONE
            .iter()
            .filter_map(|key| catalog.get(key))
            .filter_map(|form| form.cap_per_day(false).filter(|cap| cap.is_positive()).map(|cap| (form, cap)))
            .collect();
        let events: Vec<(&Form, Jp)> = BY_THE_DAY
            .iter()
            .filter_map(|key| catalog.get(key))
            .filter_map(|f| day_jp(f).map(|jp| (f, jp)))
            .collect();

        // What each open day could bring: learning alone (each form's room), or an event.
        struct DayChoice<'c> {
            day: NaiveDate,
            rooms: Vec<Jp>,
            alone: Jp,
            event: Option<(usize, &'c Form, Jp)>,
        }
        let mut options: Vec<DayChoice> = days
            .iter()
            .filter(|day| !self.busy.contains(day))
            .map(|&day| {
                let rooms: Vec<Jp> = alone.iter().map(|(form, cap)| self.room(form, *cap, day)).collect();
                let event = if self.held.contains(&day) {
                    None
                } else {
                    // The event that counts most a day, the first listed on a tie.
                    events
                        .iter()
                        .enumerate()
                        .filter(|(_, (form, jp))| {
                            matches!(self.usage.fit(form, &one_day(form, day, *jp)), Fit::Whole(_))
                        })
                        .fold(None, |best: Option<(usize, &Form, Jp)>, (i, (form, jp))| match best {
                            Some((_, _, most)) if most >= *jp => best,
                            _ => Some((i, *form, *jp)),
                        })
                };
                DayChoice { day, alone: rooms.iter().copied().sum(), rooms, event }
            })
            .collect();
        let value = |o: &DayChoice| o.event.map_or(o.alone, |(_, _, jp)| jp.max(o.alone));
        // The days that bring most first; on a tie learning alone, then the earlier day.
        options.sort_by(|a, b| {
            value(b)
                .cmp(&value(a))
                .then_with(|| (a.alone < value(a)).cmp(&(b.alone < value(b))))
                .then(a.day.cmp(&b.day))
        });

        let mut placed = Vec::new();
        let mut left = need;
        let mut alone_days: Vec<&DayChoice> = Vec::new();
        let mut alone_need = Jp::ZERO;
        let mut event_days = BTreeSet::new();
        for option in &options {
            if !left.is_positive() {
                break;
            }
            // Learning alone when it finishes the gap or brings at least as much as an event.
            // An event's month may have filled since (an agency's own monthly cap).
            let event = option.event.filter(|(_, form, jp)| {
                option.alone < left
                    && *jp > option.alone
                    && matches!(self.usage.fit(form, &one_day(form, option.day, *jp)), Fit::Whole(_))
            });
            match event {
                Some((rank, form, jp)) => {
                    self.usage.add_entry(form, &one_day(form, option.day, jp));
                    event_days.insert(option.day);
                    placed.push(Placed {
                        form: form.key.clone(),
                        how: How::ByTheDay { per_day: jp },
                        rank: ALONE.len() + rank,
                        day: option.day,
                        jp,
                    });
                    left = left - jp;
                }
                None if option.alone.is_positive() => {
                    let taken = option.alone.min(left);
                    alone_days.push(option);
                    alone_need += taken;
                    left = left - taken;
                }
                None => {}
            }
        }

        // Each form in turn over the chosen days, in date order: the first fills its room first.
        alone_days.sort_by_key(|option| option.day);
        for (rank, (form, cap)) in alone.iter().enumerate() {
            for option in &alone_days {
                let jp = option.rooms[rank].min(alone_need);
                if !jp.is_positive() {
                    continue;
                }
                self.usage.add_entry(form, &one_day(form, option.day, jp));
                alone_need = alone_need - jp;
                let how = How::Alone { cap: *cap };
                placed.push(Placed { form: form.key.clone(), how, rank, day: option.day, jp });
            }
        }

        if left.is_positive() {
            let open: Vec<NaiveDate> =
                options.iter().map(|o| o.day).filter(|day| !event_days.contains(day)).collect();
            self.place_sessions(catalog, open, &mut left, &mut placed);
        }
        placed
    }

    /// Sessions with a coach or a mentor on `open` days, one a day, within each month's cap.
    fn place_sessions(
        &mut self,
        catalog: &Catalog,
        mut open: Vec<NaiveDate>,
        left: &mut Jp,
        placed: &mut Vec<Placed>,
    ) {
        open.sort();
        let mut taken = BTreeSet::new();
        for (rank, key) in SESSIONS.iter().enumerate() {
            let Some(form) = catalog.get(key) else { continue };
            let (Some(per_session), Some(cap)) = (form.per_unit(false), form.max_units_per_month) else {
                continue;
            };
            if form.unit_for(false) != Unit::Session || !per_session.is_positive() {
                continue;
            }
            // What each month still had before this plan, for the words.
            let had = |usage: &CapUsage, day| {
                let free = i64::from(cap) * 100 - usage.units_in_month(day, key);
                u32::try_from(free.max(0) / 100).unwrap_or(0)
            };
            let before: Vec<(NaiveDate, u32)> =
                open.iter().map(|day| (first_of_month(*day), had(&self.usage, *day))).collect();
            for (day, (_, month_left)) in open.iter().zip(before) {
                if !left.is_positive() {
                    return;
                }
                let entry = one_day(form, *day, per_session);
                if taken.contains(day) || !matches!(self.usage.fit(form, &entry), Fit::Whole(_)) {
                    continue;
                }
                self.usage.add_entry(form, &entry);
                taken.insert(*day);
                *left = *left - per_session;
                let how = How::Sessions { per_session, cap, left: month_left };
                let rank = ALONE.len() + BY_THE_DAY.len() + rank;
                placed.push(Placed { form: form.key.clone(), how, rank, day: *day, jp: per_session });
            }
        }
    }
}

/// A one-day entry of `form`: how a day of the plan is checked against the caps.
fn one_day(form: &Form, day: NaiveDate, jp: Jp) -> Log {
    Log { form: Some(form.key.clone()), ..Log::new(day, jp, "") }
}

/// What a form counted by the day brings in one day, within its own daily cap if it has one.
fn day_jp(form: &Form) -> Option<Jp> {
    if form.unit_for(false) != Unit::Day {
        return None;
    }
    let per_day = form.per_unit(false).filter(|jp| jp.is_positive())?;
    Some(form.cap_per_day(false).map_or(per_day, |cap| cap.min(per_day)))
}

/// One item per form and month, in the order of the forms, then by month.
fn items_of(mut placed: Vec<Placed>) -> Vec<CatchUpItem> {
    placed.sort_by_key(|p| (p.rank, first_of_month(p.day), p.day));
    let mut items: Vec<CatchUpItem> = Vec::new();
    for p in placed {
        match items.last_mut() {
            Some(item)
                if item.form == p.form && first_of_month(item.first_day()) == first_of_month(p.day) =>
            {
                item.days.push((p.day, p.jp));
            }
            _ => items.push(CatchUpItem { form: p.form, how: p.how, days: vec![(p.day, p.jp)] }),
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use chrono::Datelike;

    use super::*;
    use crate::model::{FormOverride, Status, Training, UnknownKeys};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn dec(d: u32) -> NaiveDate {
        date(2026, 12, d)
    }

    fn log(id: &str, form: &str, on: NaiveDate, jp: i64) -> Log {
        Log { id: id.into(), form: Some(form.into()), ..Log::new(on, Jp::whole(jp), "Belajar") }
    }

    fn training(id: &str, form: &str, start: NaiveDate, end: NaiveDate, jp: i64) -> Training {
        Training {
            id: id.into(),
            year: start.year(),
            title: format!("Pelatihan {id}"),
            provider: String::new(),
            form: Some(form.into()),
            competency: None,
            start: Some(start),
            end: Some(end),
            planned_jp: Jp::whole(jp),
            status: Status::Planned,
            why: String::new(),
            extra: UnknownKeys::new(),
        }
    }

    /// A year with `done` JP of a classroom course in March, and a target of `target`.
    fn plan(target: i64, done: i64) -> Plan {
        let mut plan = Plan::default();
        plan.profile.target_jp = Jp::whole(target);
        if done > 0 {
            plan.logs.push(log("l1", "pelatihan-teknis", date(2026, 3, 10), done));
        }
        plan
    }

    fn run(plan: &Plan, today: NaiveDate) -> CatchUp {
        catch_up(plan, &Catalog::for_plan(plan), 2026, today)
    }

    /// Each item as (form, [(day of month, JP)]), to compare with a hand-worked plan.
    fn shape(catch_up: &CatchUp) -> Vec<(&str, Vec<(u32, i64)>)> {
        catch_up
            .items
            .iter()
            .map(|item| {
                let days = item.days.iter().map(|(day, jp)| (day.day(), jp.hundredths() / 100)).collect();
                (item.form.as_str(), days)
            })
            .collect()
    }

    #[test]
    fn december_with_thirteen_working_days_left_is_closed_in_three_days() {
        // Monday 14 December 2026, 8 of 20 JP, nothing planned: 12 JP to find in 15–31 December.
        let catch_up = run(&plan(20, 8), dec(14));
        assert_eq!((catch_up.need, catch_up.workdays_left), (Jp::whole(12), 13));
        // A day holds e-learning (at most 3 JP) and self-study (at most 2): 5 JP. The fewest
        // days are three; e-learning fills each of them first, self-study brings the rest.
        assert_eq!(
            shape(&catch_up),
            [("e-learning", vec![(15, 3), (16, 3), (17, 3)]), ("belajar-mandiri", vec![(15, 2), (16, 1)])]
        );
        assert_eq!(catch_up.items[0].how, How::Alone { cap: Jp::whole(3) });
        assert_eq!(catch_up.items[1].how, How::Alone { cap: Jp::whole(2) });
        assert_eq!((catch_up.reached(), catch_up.short()), (Jp::whole(12), Jp::ZERO));
        assert_eq!(CatchUp::days_of(&catch_up.items), 3);
    }

    #[test]
    fn a_month_whose_coaching_sessions_are_used_up_gets_none() {
        // Thursday 26 November 2026 with a target of 150: the 25 working days left (27 and 30
        // November, 23 in December) hold 125 JP of learning alone, short of the 142 to find.
        let mut plan = plan(150, 4);
        plan.logs.push(log("l2", "coaching", date(2026, 11, 3), 2));
        plan.logs.push(log("l3", "coaching", date(2026, 11, 17), 2));
        let catch_up = run(&plan, date(2026, 11, 26));
        assert_eq!((catch_up.need, catch_up.workdays_left), (Jp::whole(142), 25));
        let sessions: Vec<(&str, u32, Vec<u32>)> = catch_up
            .items
            .iter()
            .filter(|item| matches!(item.how, How::Sessions { .. }))
            .map(|item| {
                (item.form.as_str(), item.first_day().month(), item.dates().map(|d| d.day()).collect())
            })
            .collect();
        // November's two coaching sessions are used: coaching only in December, two at most;
        // mentoring in both months, one session a day.
        assert_eq!(
            sessions,
            [("coaching", 12, vec![1, 2]), ("mentoring", 11, vec![27, 30]), ("mentoring", 12, vec![3, 4])]
        );
        let left = |form: &str, month: u32| {
            catch_up.items.iter().find(|i| i.form == form && i.first_day().month() == month).map(|i| i.how)
        };
        let session = |left| Some(How::Sessions { per_session: Jp::whole(2), cap: 2, left });
        assert_eq!(left("coaching", 12), session(2));
        assert_eq!(left("mentoring", 11), session(2));
        assert_eq!((catch_up.reached(), catch_up.short()), (Jp::whole(137), Jp::whole(5)));
        // E-learning and self-study come per month, every working day left.
        assert_eq!(shape(&catch_up)[0], ("e-learning", vec![(27, 3), (30, 3)]));
        assert_eq!(CatchUp::days_of(&catch_up.items), 25);
    }

    #[test]
    fn days_that_already_hold_e_learning_or_a_course_give_way_to_emptier_days() {
        // 14 December 2026, a target of 34: 8 done, 18 still planned, 8 to find.
        let mut plan = plan(34, 6);
        // Logged ahead: 2 JP of e-learning on the 17th leave room for 1 more that day.
        plan.logs.push(log("l2", "e-learning", dec(17), 2));
        // Planned: e-learning at its cap on 15 and 16 December, a course on 21–23 December.
        plan.trainings.push(training("t1", "e-learning", dec(15), dec(16), 6));
        plan.trainings.push(training("t2", "pelatihan-teknis", dec(21), dec(23), 12));
        let catch_up = run(&plan, dec(14));
        assert_eq!(catch_up.need, Jp::whole(8));
        // The 18th and the 24th are empty and hold 5 JP each: two days. The days with e-learning
        // would hold less, and the course's days are taken.
        assert_eq!(
            shape(&catch_up),
            [("e-learning", vec![(18, 3), (24, 3)]), ("belajar-mandiri", vec![(18, 2)])]
        );

        // Monday 28 December: e-learning is planned at its cap on every day left, so self-study
        // fills those days beside it.
        let mut plan = self::plan(20, 8);
        plan.trainings.push(training("t1", "e-learning", dec(29), dec(31), 9));
        let catch_up = run(&plan, dec(28));
        assert_eq!(catch_up.need, Jp::whole(3));
        assert_eq!(shape(&catch_up), [("belajar-mandiri", vec![(29, 2), (30, 1)])]);
    }

    #[test]
    fn a_gap_too_large_for_the_days_left_says_how_far_the_plan_gets() {
        // Monday 21 December 2026, a target of 60 and 8 done: 52 to find in 8 working days.
        let catch_up = run(&plan(60, 8), dec(21));
        assert_eq!((catch_up.need, catch_up.workdays_left), (Jp::whole(52), 8));
        // Learning alone every day brings 40; then one session a day, two a month of each.
        let forms: Vec<(&str, Jp)> = catch_up.items.iter().map(|i| (i.form.as_str(), i.jp())).collect();
        assert_eq!(
            forms,
            [
                ("e-learning", Jp::whole(24)),
                ("belajar-mandiri", Jp::whole(16)),
                ("coaching", Jp::whole(4)),
                ("mentoring", Jp::whole(4)),
            ]
        );
        assert_eq!(catch_up.items[2].dates().map(|d| d.day()).collect::<Vec<_>>(), [22, 23]);
        assert_eq!(catch_up.items[3].dates().map(|d| d.day()).collect::<Vec<_>>(), [24, 25]);
        assert_eq!((catch_up.reached(), catch_up.short()), (Jp::whole(48), Jp::whole(4)));
        assert_eq!(catch_up.projected + catch_up.reached(), Jp::whole(56));
    }

    #[test]
    fn the_last_working_day_of_the_year() {
        // On Wednesday 30 December 2026 only Thursday the 31st is left: 5 JP alone and one
        // coaching session, 7 of the 12 JP to find.
        let catch_up = run(&plan(20, 8), dec(30));
        assert_eq!(catch_up.workdays_left, 1);
        assert_eq!(
            shape(&catch_up),
            [("e-learning", vec![(31, 3)]), ("belajar-mandiri", vec![(31, 2)]), ("coaching", vec![(31, 2)])]
        );
        assert_eq!(catch_up.short(), Jp::whole(5));
        // On the 31st itself, the last working day, nothing is left after today.
        let catch_up = run(&plan(20, 8), dec(31));
        assert_eq!((catch_up.workdays_left, catch_up.items.len()), (0, 0));
        assert_eq!((catch_up.need, catch_up.short()), (Jp::whole(12), Jp::whole(12)));
    }

    #[test]
    fn on_the_first_of_january_the_plan_starts_on_the_second() {
        // Thursday 1 January 2026 with nothing done or planned: of the 261 working days of 2026
        // the 1st itself is not after today. 20 JP take the first four: Friday the 2nd, then
        // Monday to Wednesday.
        let catch_up = run(&Plan::default(), date(2026, 1, 1));
        assert_eq!((catch_up.need, catch_up.workdays_left), (Jp::whole(20), 260));
        assert_eq!(
            shape(&catch_up),
            [
                ("e-learning", vec![(2, 3), (5, 3), (6, 3), (7, 3)]),
                ("belajar-mandiri", vec![(2, 2), (5, 2), (6, 2), (7, 2)]),
            ]
        );
        assert!(catch_up.items.iter().all(|item| item.first_day().month() == 1));
    }

    #[test]
    fn an_agency_rule_that_counts_less_alone_makes_a_workshop_day_worth_more() {
        // The person's agency counts at most 1 JP of e-learning a day: a day alone brings 3, a
        // workshop day 5. Two workshop days, and the last 2 JP alone on the third day.
        let mut plan = plan(20, 8);
        let rule = FormOverride { daily_cap: Some(Jp::whole(1)), ..FormOverride::default() };
        plan.forms.insert("e-learning".into(), rule);
        let catch_up = run(&plan, dec(14));
        assert_eq!(
            shape(&catch_up),
            [
                ("e-learning", vec![(17, 1)]),
                ("belajar-mandiri", vec![(17, 1)]),
                ("workshop", vec![(15, 5), (16, 5)])
            ]
        );
        assert_eq!(catch_up.items[2].how, How::ByTheDay { per_day: Jp::whole(5) });
    }

    #[test]
    fn nothing_to_catch_up_when_the_year_is_not_at_risk() {
        // On plan: a course in September brings the rest.
        let mut on_plan = plan(20, 8);
        on_plan.trainings.push(training("t1", "pelatihan-teknis", date(2026, 9, 8), date(2026, 9, 9), 12));
        let catch_up = run(&on_plan, date(2026, 6, 30));
        assert_eq!((catch_up.state, catch_up.need, catch_up.items.len()), (State::OnPlan, Jp::ZERO, 0));
        // Achieved, and a year that has ended.
        assert!(run(&plan(20, 20), dec(14)).items.is_empty());
        let closed = run(&plan(20, 8), date(2027, 1, 4));
        assert_eq!((closed.state, closed.items.len()), (State::NotAchieved, 0));
    }
}
