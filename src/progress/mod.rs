//! The progress math (docs/progress.md): pure, with `today` passed in.

mod calendar;
mod caps;
mod catch_up;

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};

pub use calendar::{contract_year, day_in_view, is_workday, quarter_end_ahead, workdays_after};
pub use caps::{
    CapUsage, DayLimit, DayOverCap, Fit, MonthLimit, MonthOverCap, days_of_units, first_of_month, span_start,
    spread,
};
pub use catch_up::{ALONE, BY_THE_DAY, CatchUp, CatchUpItem, How, SESSIONS, catch_up};

use crate::catalog::{Catalog, Group, Mix};
use crate::model::{
    Applied, Competency, EmployeeType, Jp, Plan, Reflection, Status, Training, TrainingIndex,
};

/// Where the year stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Done reaches the target.
    Achieved,
    /// Not yet, but done plus the remaining plan reaches it.
    OnPlan,
    /// Even the whole plan falls short.
    AtRisk,
    /// The year has ended short of the target.
    NotAchieved,
}

impl State {
    pub fn key(self) -> &'static str {
        match self {
            State::Achieved => "achieved",
            State::OnPlan => "on_plan",
            State::AtRisk => "at_risk",
            State::NotAchieved => "not_achieved",
        }
    }
}

/// JP done and still planned in one month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MonthJp {
    pub done: Jp,
    /// What the plan still brings in this month; only for months that have not passed.
    pub planned: Jp,
}

/// The open to-dos, each as the IDs it concerns.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Todos {
    /// Open trainings whose last day has passed: did they happen?
    pub overdue: Vec<String>,
    pub done_without_reflection: Vec<String>,
    /// Trainings marked done with no JP logged against them: the JP still have to be logged.
    pub done_without_jp: Vec<String>,
    /// Reflections of any year whose follow-up date has come with `applied = "unknown"`.
    pub follow_ups_due: Vec<String>,
    pub logs_without_certificate: Vec<String>,
    pub logs_not_in_siasn: Vec<String>,
    pub trainings_without_why: Vec<String>,
    pub days_over_cap: Vec<DayOverCap>,
    pub months_over_cap: Vec<MonthOverCap>,
}

/// Earlier in the year: what to plan by the end of a quarter to be on the year's pace then.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PacePlan {
    /// The quarter's last day (`calendar::quarter_end_ahead`).
    pub by: NaiveDate,
    /// What the pace asks for by then, less done and less what the plan brings by then, in
    /// whole JP rounded up.
    pub jp: Jp,
}

/// The window a ceiling is checked over, and what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CeilingCheck {
    pub ceiling: Jp,
    /// The PPPK contract year, when a contract start is known; else the calendar year.
    pub window: Option<(NaiveDate, NaiveDate)>,
    /// Done and still planned in the window.
    pub projected: Jp,
    pub over: Jp,
}

/// Everything the header, `status` and the summary show for one year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub year: i32,
    /// Whether the year has ended (seen from `today`).
    pub closed: bool,
    pub target: Jp,
    pub ceiling: Option<CeilingCheck>,
    pub done: Jp,
    /// JP of the year's entries already in SIASN: what the official record holds.
    pub siasn: Jp,
    /// What the open trainings that are not overdue still bring.
    pub remaining_plan: Jp,
    /// What the overdue trainings would have brought; never part of the projection.
    pub overdue_plan: Jp,
    pub projected: Jp,
    pub gap: Jp,
    pub expected: Jp,
    pub pace_delta: Jp,
    pub days_left: i64,
    pub workdays_left: i64,
    /// At risk: what each working day left must bring for the gap the plan leaves.
    pub needed_per_workday: Option<Jp>,
    /// The current year before its last quarter, when the plan falls behind the pace by then.
    pub pace_plan: Option<PacePlan>,
    pub state: State,
    pub trainings_planned: usize,
    pub trainings_overdue: usize,
    pub trainings_done: usize,
    /// Done JP by competency type; `None` for entries without one.
    pub by_competency: BTreeMap<Option<Competency>, Jp>,
    /// Done JP by form group; entries without a known form count as `Lainnya`.
    pub by_group: BTreeMap<Group, Jp>,
    /// Done JP by the 10:20:70 model; `None` for entries without a known form.
    pub by_mix: BTreeMap<Option<Mix>, Jp>,
    pub by_month: [MonthJp; 12],
    /// Remaining plan JP of trainings without a start date.
    pub planned_unscheduled: Jp,
    pub todos: Todos,
}

impl Summary {
    /// What the ceiling leaves over, or zero.
    pub fn over_ceiling(&self) -> Jp {
        self.ceiling.map_or(Jp::ZERO, |c| c.over)
    }
}

/// A training's last day: its end, else its start.
pub fn last_day(training: &Training) -> Option<NaiveDate> {
    training.end.or(training.start)
}

/// An open training that can no longer happen as planned: its last day has passed, or its
/// year has ended. It is a question ("did it happen?"), not a plan.
pub fn is_overdue(training: &Training, today: NaiveDate) -> bool {
    training.status.is_open()
        && (training.year < today.year() || last_day(training).is_some_and(|day| day < today))
}

/// Computes the year's figures. `catalog` should be `Catalog::for_plan(plan)`.
pub fn summarize(plan: &Plan, catalog: &Catalog, year: i32, today: NaiveDate) -> Summary {
    let target = plan.target_for(year);
    let closed = year < today.year();
    let logs_of_year: Vec<_> = plan.logs.iter().filter(|l| l.date.year() == year).collect();
    let index = plan.training_index();
    let logged_by_training = logged_by_training(plan);
    let remaining_of = |t: &Training| {
        (t.planned_jp - logged_by_training.get(t.id.as_str()).copied().unwrap_or_default()).at_least_zero()
    };

    let mut by_month = [MonthJp::default(); 12];
    let mut by_competency = BTreeMap::new();
    let mut by_group = BTreeMap::new();
    let mut by_mix = BTreeMap::new();
    let (mut done, mut siasn) = (Jp::ZERO, Jp::ZERO);
    for log in &logs_of_year {
        done += log.jp;
        if log.in_siasn {
            siasn += log.jp;
        }
        by_month[log.date.month0() as usize].done += log.jp;
        let form = index.log_form(log).and_then(|key| catalog.get(key));
        let competency = index.of_log(log).and_then(|t| t.competency);
        *by_competency.entry(competency).or_insert(Jp::ZERO) += log.jp;
        *by_group.entry(form.map_or(Group::Lainnya, |f| f.group)).or_insert(Jp::ZERO) += log.jp;
        *by_mix.entry(form.map(|f| f.mix)).or_insert(Jp::ZERO) += log.jp;
    }

    let trainings_of_year: Vec<_> = plan.trainings.iter().filter(|t| t.year == year).collect();
    let (planned, overdue): (Vec<&Training>, Vec<&Training>) =
        trainings_of_year.iter().filter(|t| t.status.is_open()).partition(|t| !is_overdue(t, today));
    let remaining_plan: Jp = planned.iter().map(|t| remaining_of(t)).sum();
    let overdue_plan: Jp = overdue.iter().map(|t| remaining_of(t)).sum();
    // The plan goes into the month it is dated in, or the current month when it began earlier
    // and is still running: the chart shows what is still ahead.
    let first_month_ahead = if year == today.year() { today.month0() } else { 0 };
    let mut planned_unscheduled = Jp::ZERO;
    for training in &planned {
        match training.start.filter(|start| start.year() == year) {
            Some(start) => {
                by_month[start.month0().max(first_month_ahead) as usize].planned += remaining_of(training)
            }
            None => planned_unscheduled += remaining_of(training),
        }
    }

    let projected = done + remaining_plan;
    let gap = (target - done).at_least_zero();
    let state = match () {
        _ if done >= target => State::Achieved,
        _ if closed => State::NotAchieved,
        _ if projected >= target => State::OnPlan,
        _ => State::AtRisk,
    };
    let workdays_left = workdays_after(year, today).count() as i64;
    let needed_per_workday = (state == State::AtRisk && workdays_left > 0)
        .then(|| Jp::from_ratio((gap - remaining_plan).hundredths(), workdays_left));
    let usage = CapUsage::of(plan, catalog);
    let mut todos = todos(plan, &index, today, &logs_of_year, &trainings_of_year);
    todos.overdue = overdue.iter().map(|t| t.id.clone()).collect();
    todos.done_without_jp = trainings_of_year
        .iter()
        .filter(|t| t.status == Status::Done && !logged_by_training.contains_key(t.id.as_str()))
        .map(|t| t.id.clone())
        .collect();
    todos.days_over_cap = usage.days_over_cap(catalog, year);
    todos.months_over_cap = usage.months_over_cap(catalog, year);
    let expected = calendar::expected_by(target, year, today);
    let pace_plan = pace_plan(target, year, today, done, &planned, remaining_of);

    Summary {
        year,
        closed,
        target,
        ceiling: ceiling_check(plan, year, today, projected, &planned, remaining_of),
        done,
        siasn,
        remaining_plan,
        overdue_plan,
        projected,
        gap,
        expected,
        pace_delta: done - expected,
        days_left: calendar::days_left(year, today),
        workdays_left,
        needed_per_workday,
        pace_plan,
        state,
        trainings_planned: planned.len(),
        trainings_overdue: overdue.len(),
        trainings_done: trainings_of_year.iter().filter(|t| t.status == Status::Done).count(),
        by_competency,
        by_group,
        by_mix,
        by_month,
        planned_unscheduled,
        todos,
    }
}

/// The ceiling, checked over the calendar year, or for a PPPK with a contract start over the
/// contract year that contains the day in view: done in it, plus what the plan still brings
/// in it (an undated training counts in the year it belongs to).
fn ceiling_check(
    plan: &Plan,
    year: i32,
    today: NaiveDate,
    projected_in_year: Jp,
    planned: &[&Training],
    remaining_of: impl Fn(&Training) -> Jp,
) -> Option<CeilingCheck> {
    let ceiling = plan.ceiling_for(year)?;
    let contract = plan.profile.contract_start.filter(|_| plan.profile.employee_type == EmployeeType::Pppk);
    let window = contract.and_then(|start| contract_year(start, day_in_view(year, today)));
    let projected = match window {
        None => projected_in_year,
        Some((first, last)) => {
            let within = |day: NaiveDate| first <= day && day <= last;
            let done: Jp = plan.logs.iter().filter(|l| within(l.date)).map(|l| l.jp).sum();
            let still: Jp = plan
                .trainings
                .iter()
                .filter(|t| t.status.is_open() && !is_overdue(t, today))
                .filter(|t| match t.start {
                    Some(start) => within(start),
                    None => planned.iter().any(|p| p.id == t.id),
                })
                .map(&remaining_of)
                .sum();
            done + still
        }
    };
    Some(CeilingCheck { ceiling, window, projected, over: (projected - ceiling).at_least_zero() })
}

/// What to plan by the end of the quarter ahead to be on the year's pace then: the current year
/// only, and not in its last quarter (where the catch-up plan speaks). A planned training counts
/// by its last day.
fn pace_plan(
    target: Jp,
    year: i32,
    today: NaiveDate,
    done: Jp,
    planned: &[&Training],
    remaining_of: impl Fn(&Training) -> Jp,
) -> Option<PacePlan> {
    let by = calendar::quarter_end_ahead(today).filter(|by| by.year() == year && by.month() < 12)?;
    if today.year() != year || done >= target {
        return None;
    }
    let by_then: Jp =
        planned.iter().filter(|t| last_day(t).is_some_and(|last| last <= by)).map(|t| remaining_of(t)).sum();
    let missing = calendar::expected_by(target, year, by) - done - by_then;
    missing.is_positive().then(|| PacePlan { by, jp: Jp::whole((missing.hundredths() + 99) / 100) })
}

/// JP logged against each training, whatever the entries' year.
pub fn logged_by_training(plan: &Plan) -> HashMap<&str, Jp> {
    let mut logged: HashMap<&str, Jp> = HashMap::new();
    for log in &plan.logs {
        if let Some(id) = &log.training {
            *logged.entry(id.as_str()).or_default() += log.jp;
        }
    }
    logged
}

/// A reflection whose follow-up date has come and whose change is not yet known to have stuck.
pub fn follow_up_due(reflection: &Reflection, today: NaiveDate) -> bool {
    reflection.applied == Applied::Unknown && reflection.follow_up.is_some_and(|d| d <= today)
}

/// The year a reflection belongs to: its training's, else its log entry's, else its own date's
/// (a reflection written in January on a December course belongs to December's year).
pub fn reflection_year(
    reflection: &crate::model::Reflection,
    trainings: &TrainingIndex<'_>,
    log_year: impl Fn(&str) -> Option<i32>,
) -> i32 {
    reflection
        .training
        .as_deref()
        .and_then(|id| trainings.get(id))
        .map(|t| t.year)
        .or_else(|| reflection.log.as_deref().and_then(log_year))
        .unwrap_or(reflection.date.year())
}

fn todos(
    plan: &Plan,
    _index: &TrainingIndex<'_>,
    today: NaiveDate,
    logs_of_year: &[&crate::model::Log],
    trainings_of_year: &[&crate::model::Training],
) -> Todos {
    let reflected = plan.reflected_trainings();
    let ids = |items: &mut dyn Iterator<Item = &String>| items.cloned().collect::<Vec<_>>();
    Todos {
        done_without_reflection: ids(&mut trainings_of_year
            .iter()
            .filter(|t| t.status == Status::Done)
            .filter(|t| !reflected.contains(t.id.as_str()))
            .map(|t| &t.id)),
        follow_ups_due: ids(&mut plan.reflections.iter().filter(|r| follow_up_due(r, today)).map(|r| &r.id)),
        logs_without_certificate: ids(&mut logs_of_year
            .iter()
            .filter(|l| l.certificate.trim().is_empty())
            .map(|l| &l.id)),
        logs_not_in_siasn: ids(&mut logs_of_year.iter().filter(|l| !l.in_siasn).map(|l| &l.id)),
        trainings_without_why: ids(&mut trainings_of_year
            .iter()
            .filter(|t| t.status.is_open() && t.why.trim().is_empty())
            .map(|t| &t.id)),
        ..Todos::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EmployeeType, Log, Reflection, Training, UnknownKeys, YearSettings};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn jp(text: &str) -> Jp {
        Jp::parse(text).unwrap()
    }

    fn training(id: &str, planned: &str, status: Status, start: Option<NaiveDate>) -> Training {
        Training {
            id: id.into(),
            year: start.map_or(2026, |d| d.year()),
            title: format!("Pelatihan {id}"),
            provider: String::new(),
            form: Some("pelatihan-teknis".into()),
            competency: Some(Competency::Teknis),
            start,
            end: None,
            planned_jp: jp(planned),
            status,
            why: "Masalah nyata".into(),
            extra: UnknownKeys::new(),
        }
    }

    fn log(id: &str, on: NaiveDate, amount: &str, training: Option<&str>) -> Log {
        let title = if training.is_none() { "Webinar" } else { "" };
        Log {
            id: id.into(),
            training: training.map(Into::into),
            certificate: "001/2026".into(),
            in_siasn: true,
            ..Log::new(on, jp(amount), title)
        }
    }

    fn reflection(id: &str, training: Option<&str>, log: Option<&str>) -> Reflection {
        Reflection {
            id: id.into(),
            training: training.map(Into::into),
            log: log.map(Into::into),
            usefulness: Some(4),
            ..Reflection::new(date(2026, 3, 20), "Ringkasan satu halaman")
        }
    }

    fn summary(plan: &Plan, year: i32, today: NaiveDate) -> Summary {
        summarize(plan, &Catalog::for_plan(plan), year, today)
    }

    #[test]
    fn an_empty_year_is_all_gap() {
        let s = summary(&Plan::default(), 2026, date(2026, 6, 30));
        assert_eq!((s.done, s.remaining_plan, s.projected), (Jp::ZERO, Jp::ZERO, Jp::ZERO));
        assert_eq!(s.gap, Jp::whole(20));
        assert_eq!(s.state, State::AtRisk);
        assert_eq!(s.trainings_planned, 0);
        assert_eq!(s.ceiling, None);
        assert_eq!(s.over_ceiling(), Jp::ZERO);
        // 181 of 365 days elapsed on 30 June: 20 × 181 / 365 = 9,917… → 9,92.
        assert_eq!(s.expected, jp("9.92"));
        assert_eq!(s.pace_delta, jp("-9.92"));
        assert_eq!(s.days_left, 184);
    }

    #[test]
    fn pace_counts_today_and_leap_days() {
        let plan = Plan::default();
        let first = summary(&plan, 2024, date(2024, 1, 1));
        assert_eq!(first.expected, Jp::from_ratio(2000, 366)); // 0,05
        assert_eq!(first.days_left, 365);
        let leap_day = summary(&plan, 2024, date(2024, 2, 29));
        assert_eq!(leap_day.expected, Jp::from_ratio(2000 * 60, 366)); // 3,28
        assert_eq!(leap_day.expected, jp("3.28"));
        let last = summary(&plan, 2024, date(2024, 12, 31));
        assert_eq!((last.expected, last.days_left), (Jp::whole(20), 0));
        let last_common = summary(&plan, 2026, date(2026, 12, 31));
        assert_eq!((last_common.expected, last_common.days_left), (Jp::whole(20), 0));
        assert_eq!(summary(&plan, 2026, date(2026, 1, 1)).days_left, 364);
    }

    #[test]
    fn past_and_future_years() {
        let plan = Plan::default();
        let past = summary(&plan, 2025, date(2026, 6, 30));
        assert_eq!((past.expected, past.days_left), (Jp::whole(20), 0));
        let future = summary(&plan, 2027, date(2026, 6, 30));
        assert_eq!((future.expected, future.days_left), (Jp::ZERO, 365));
    }

    #[test]
    fn done_plan_and_projection() {
        let plan = Plan {
            trainings: vec![
                training("t1", "24", Status::Done, Some(date(2026, 3, 10))),
                training("t2", "8", Status::Planned, Some(date(2026, 9, 1))),
                Training {
                    end: Some(date(2026, 7, 31)),
                    ..training("t3", "12", Status::Ongoing, Some(date(2026, 6, 1)))
                },
                training("t4", "16", Status::Cancelled, Some(date(2026, 7, 1))),
                training("t5", "4", Status::Registered, None),
            ],
            logs: vec![
                log("l1", date(2026, 3, 12), "6", Some("t1")),
                log("l2", date(2026, 6, 2), "4,5", Some("t3")),
                log("l3", date(2026, 5, 5), "2.25", None),
                log("l4", date(2025, 12, 30), "3", None),
            ],
            ..Plan::default()
        };
        let s = summary(&plan, 2026, date(2026, 6, 30));
        assert_eq!(s.done, jp("12.75"));
        // t2: 8, t3: 12 − 4,5 = 7,5, t5: 4; cancelled t4 and done t1 add nothing.
        assert_eq!(s.remaining_plan, jp("19.5"));
        assert_eq!(s.projected, jp("32.25"));
        assert_eq!(s.gap, jp("7.25"));
        assert_eq!(s.state, State::OnPlan);
        assert_eq!((s.trainings_planned, s.trainings_done), (3, 1));
        assert_eq!(s.by_month[2].done, Jp::whole(6));
        assert_eq!(s.by_month[8].planned, Jp::whole(8));
        assert_eq!(s.by_month[5], MonthJp { done: jp("4.5"), planned: jp("7.5") });
        assert_eq!(s.planned_unscheduled, Jp::whole(4));
        assert_eq!(s.by_competency[&Some(Competency::Teknis)], jp("10.5"));
        assert_eq!(s.by_competency[&None], jp("2.25"));
        assert_eq!(s.by_mix[&Some(Mix::Structured)], jp("10.5"));
        assert_eq!(s.by_group[&Group::Klasikal], jp("10.5"));
        assert_eq!(s.by_group[&Group::Lainnya], jp("2.25"));
    }

    #[test]
    fn logging_more_than_planned_leaves_nothing_remaining() {
        let plan = Plan {
            trainings: vec![training("t1", "8", Status::Ongoing, Some(date(2026, 3, 1)))],
            logs: vec![log("l1", date(2026, 3, 2), "10", Some("t1"))],
            ..Plan::default()
        };
        let s = summary(&plan, 2026, date(2026, 3, 3));
        assert_eq!((s.done, s.remaining_plan, s.projected), (Jp::whole(10), Jp::ZERO, Jp::whole(10)));
    }

    #[test]
    fn over_target_is_achieved_with_no_gap() {
        let plan = Plan { logs: vec![log("l1", date(2026, 2, 1), "26", None)], ..Plan::default() };
        let s = summary(&plan, 2026, date(2026, 2, 1));
        assert_eq!((s.state, s.gap), (State::Achieved, Jp::ZERO));
        assert!(s.pace_delta > Jp::ZERO);
    }

    #[test]
    fn a_target_of_zero_is_achieved_at_once() {
        let mut plan = Plan::default();
        plan.profile.target_jp = Jp::ZERO;
        let s = summary(&plan, 2026, date(2026, 2, 1));
        assert_eq!((s.state, s.gap, s.expected), (State::Achieved, Jp::ZERO, Jp::ZERO));
    }

    #[test]
    fn pppk_ceiling_warns_when_the_plan_exceeds_it() {
        let mut plan = Plan::default();
        plan.profile.employee_type = EmployeeType::Pppk;
        plan.trainings = vec![training("t1", "20", Status::Planned, Some(date(2026, 8, 1)))];
        plan.logs = vec![log("l1", date(2026, 2, 1), "7", None)];
        let s = summary(&plan, 2026, date(2026, 6, 30));
        assert_eq!((s.ceiling.map(|c| c.ceiling), s.over_ceiling()), (Some(Jp::whole(24)), Jp::whole(3)));
    }

    #[test]
    fn a_years_override_changes_target_and_ceiling() {
        let mut plan = Plan::default();
        let settings = YearSettings {
            target_jp: Some(Jp::whole(24)),
            ceiling_jp: Some(Jp::whole(30)),
            extra: UnknownKeys::new(),
        };
        plan.years.insert(2027, settings);
        plan.logs = vec![log("l1", date(2027, 2, 1), "20", None)];
        let s = summary(&plan, 2027, date(2027, 6, 30));
        assert_eq!(
            (s.target, s.ceiling.map(|c| c.ceiling), s.gap, s.state),
            (Jp::whole(24), Some(Jp::whole(30)), Jp::whole(4), State::AtRisk)
        );
        assert_eq!(summary(&plan, 2026, date(2026, 6, 30)).target, Jp::whole(20));
    }

    #[test]
    fn todos_name_what_needs_doing() {
        let mut plan = Plan::default();
        let mut no_why = training("t3", "4", Status::Planned, Some(date(2026, 10, 1)));
        no_why.why = String::new();
        plan.trainings = vec![
            training("t1", "6", Status::Done, Some(date(2026, 3, 10))),
            training("t2", "6", Status::Done, Some(date(2026, 4, 10))),
            no_why,
            training("t4", "6", Status::Done, Some(date(2026, 5, 10))),
        ];
        let mut uncertified = log("l2", date(2026, 4, 11), "6", Some("t2"));
        uncertified.certificate = " ".into();
        uncertified.in_siasn = false;
        let mut elearning = log("l3", date(2026, 5, 5), "2", None);
        elearning.form = Some("e-learning".into());
        let mut elearning_again = elearning.clone();
        elearning_again.id = "l4".into();
        plan.logs =
            vec![log("l1", date(2026, 3, 11), "6", Some("t1")), uncertified, elearning, elearning_again];
        let mut due = reflection("r1", Some("t1"), None);
        due.follow_up = Some(date(2026, 6, 30));
        let mut later = reflection("r2", None, Some("l2"));
        later.follow_up = Some(date(2026, 7, 1));
        let mut settled = reflection("r3", None, Some("l3"));
        settled.follow_up = Some(date(2026, 1, 1));
        settled.applied = Applied::Yes;
        plan.reflections = vec![due, later, settled];

        let s = summary(&plan, 2026, date(2026, 6, 30));
        let todos = &s.todos;
        // t2 is reflected through its log l2; t4 has no reflection at all.
        assert_eq!(todos.done_without_reflection, ["t4"]);
        assert_eq!(todos.follow_ups_due, ["r1"]);
        assert_eq!(todos.logs_without_certificate, ["l2"]);
        assert_eq!(todos.logs_not_in_siasn, ["l2"]);
        assert_eq!(todos.trainings_without_why, ["t3"]);
        assert_eq!(
            todos.days_over_cap,
            [DayOverCap {
                date: date(2026, 5, 5),
                form: "e-learning".into(),
                jp: Jp::whole(4),
                cap: Jp::whole(3)
            }]
        );
    }

    #[test]
    fn a_training_whose_dates_have_passed_is_a_question_not_a_plan() {
        // 20 December: 8 JP done, and a September training still "registered".
        let plan = Plan {
            trainings: vec![
                training("t1", "16", Status::Registered, Some(date(2026, 9, 8))),
                Training {
                    end: Some(date(2026, 12, 22)),
                    ..training("t2", "3", Status::Planned, Some(date(2026, 12, 21)))
                },
            ],
            logs: vec![log("l1", date(2026, 3, 2), "8", None)],
            ..Plan::default()
        };
        let s = summary(&plan, 2026, date(2026, 12, 20));
        assert_eq!((s.remaining_plan, s.overdue_plan), (Jp::whole(3), Jp::whole(16)));
        assert_eq!((s.trainings_planned, s.trainings_overdue), (1, 1));
        assert_eq!(s.projected, Jp::whole(11));
        assert_eq!(s.state, State::AtRisk, "a plan that did not happen does not make the year on plan");
        assert_eq!(s.todos.overdue, ["t1"]);
        // Working days after Sunday 20 December: 21–25 and 28–31 (holidays are not the program's to know).
        assert_eq!(s.workdays_left, 9);
        // (20 − 8 − 3) / 9 = 1 JP a working day.
        assert_eq!(s.needed_per_workday, Some(Jp::whole(1)));
        // On its last day a training is not yet overdue.
        let on_the_day = summary(&plan, 2026, date(2026, 9, 8));
        assert_eq!((on_the_day.trainings_overdue, on_the_day.state), (0, State::OnPlan));
    }

    #[test]
    fn a_training_marked_done_with_no_jp_logged_is_a_to_do() {
        let plan = Plan {
            trainings: vec![
                training("t1", "16", Status::Done, Some(date(2026, 7, 7))),
                training("t2", "4", Status::Done, Some(date(2026, 3, 2))),
            ],
            logs: vec![log("l1", date(2026, 3, 2), "4", Some("t2"))],
            ..Plan::default()
        };
        let s = summary(&plan, 2026, date(2026, 6, 30));
        assert_eq!(s.todos.done_without_jp, ["t1"]);
        assert_eq!(s.remaining_plan, Jp::ZERO, "a done training is no longer plan");
    }

    #[test]
    fn a_year_that_has_ended_is_achieved_or_not() {
        let plan = Plan {
            trainings: vec![training("t1", "16", Status::Planned, Some(date(2025, 11, 3)))],
            logs: vec![log("l1", date(2025, 3, 2), "8", None)],
            ..Plan::default()
        };
        let s = summary(&plan, 2025, date(2026, 1, 1));
        assert!(s.closed);
        assert_eq!(s.state, State::NotAchieved);
        assert_eq!((s.trainings_overdue, s.remaining_plan, s.needed_per_workday), (1, Jp::ZERO, None));
        assert_eq!(s.state.key(), "not_achieved");
        let mut done = plan.clone();
        done.logs.push(log("l2", date(2025, 12, 31), "12", None));
        assert_eq!(summary(&done, 2025, date(2026, 1, 1)).state, State::Achieved);
        // 31 December is still the year: nothing after it, but not ended.
        let last_day = summary(&plan, 2025, date(2025, 12, 31));
        assert!(!last_day.closed);
        assert_eq!(
            (last_day.state, last_day.workdays_left, last_day.needed_per_workday),
            (State::AtRisk, 0, None)
        );
    }

    #[test]
    fn the_month_chart_shows_plan_only_for_months_ahead() {
        let plan = Plan {
            trainings: vec![
                Training {
                    end: Some(date(2026, 8, 30)),
                    ..training("t1", "10", Status::Ongoing, Some(date(2026, 4, 1)))
                },
                training("t2", "4", Status::Planned, Some(date(2026, 9, 1))),
            ],
            ..Plan::default()
        };
        let s = summary(&plan, 2026, date(2026, 6, 15));
        assert_eq!(s.by_month[3].planned, Jp::ZERO, "April has passed");
        assert_eq!(s.by_month[5].planned, Jp::whole(10), "a running training's rest is ahead, from June");
        assert_eq!(s.by_month[8].planned, Jp::whole(4));
    }

    #[test]
    fn siasn_counts_only_entries_already_entered() {
        let mut entered = log("l1", date(2026, 2, 1), "6", None);
        entered.in_siasn = true;
        let mut not_yet = log("l2", date(2026, 3, 1), "2,5", None);
        not_yet.in_siasn = false;
        let plan = Plan { logs: vec![entered, not_yet], ..Plan::default() };
        assert_eq!(summary(&plan, 2026, date(2026, 6, 1)).siasn, Jp::whole(6));
    }

    #[test]
    fn a_pppk_ceiling_counts_over_the_contract_year_across_new_year() {
        // Contract from 1 April 2025; on 10 February 2026 the contract year is 1 Apr 2025 – 31 Mar 2026.
        let mut plan = Plan::default();
        plan.profile.employee_type = EmployeeType::Pppk;
        plan.profile.contract_start = Some(date(2025, 4, 1));
        plan.logs = vec![
            log("l1", date(2025, 10, 1), "20", None),
            log("l2", date(2026, 1, 20), "2", None),
            log("l3", date(2025, 3, 31), "9", None),
        ];
        plan.trainings = vec![
            training("t1", "6", Status::Planned, Some(date(2026, 3, 10))),
            training("t2", "8", Status::Planned, Some(date(2026, 5, 4))),
        ];
        let s = summary(&plan, 2026, date(2026, 2, 10));
        let check = s.ceiling.unwrap();
        assert_eq!(check.window, Some((date(2025, 4, 1), date(2026, 3, 31))));
        // 20 + 2 done in the window, 6 still planned in it; the May training is next year's.
        assert_eq!((check.projected, check.over), (Jp::whole(28), Jp::whole(4)));
        // Without a contract start, the calendar year: 2 done + 14 planned.
        plan.profile.contract_start = None;
        let calendar = summary(&plan, 2026, date(2026, 2, 10)).ceiling.unwrap();
        assert_eq!((calendar.window, calendar.projected, calendar.over), (None, Jp::whole(16), Jp::ZERO));
    }

    #[test]
    fn follow_ups_count_across_years() {
        let mut plan = Plan::default();
        let mut old = reflection("r1", None, None);
        old.follow_up = Some(date(2025, 8, 1));
        plan.reflections = vec![old];
        assert_eq!(summary(&plan, 2026, date(2026, 1, 5)).todos.follow_ups_due, ["r1"]);
    }

    #[test]
    fn earlier_in_the_year_the_pace_asks_for_a_plan_by_the_quarters_end() {
        // 1 March 2026 with a target of 24 and nothing yet: the pace asks 24 × 90 / 365 = 5,92 JP
        // by 31 March, so about 6 JP.
        let mut plan = Plan::default();
        plan.profile.target_jp = Jp::whole(24);
        let s = summary(&plan, 2026, date(2026, 3, 1));
        assert_eq!(s.pace_plan, Some(PacePlan { by: date(2026, 3, 31), jp: Jp::whole(6) }));
        // A training whose last day is by then counts; one in April does not.
        plan.trainings.push(training("t1", "3", Status::Planned, Some(date(2026, 3, 20))));
        plan.trainings.push(training("t2", "10", Status::Planned, Some(date(2026, 4, 6))));
        let s = summary(&plan, 2026, date(2026, 3, 1));
        assert_eq!(s.pace_plan.map(|p| p.jp), Some(Jp::whole(3)));
        plan.trainings[0].planned_jp = Jp::whole(6);
        assert_eq!(summary(&plan, 2026, date(2026, 3, 1)).pace_plan, None, "the plan covers it");
        // Within a month of March's end the next quarter counts: 24 × 181 / 365 = 11,9 by 30
        // June, less the 6 and 10 planned.
        let s = summary(&plan, 2026, date(2026, 3, 15));
        assert_eq!(s.pace_plan, None);
        plan.trainings[1].start = Some(date(2026, 7, 6));
        let s = summary(&plan, 2026, date(2026, 3, 15));
        assert_eq!(s.pace_plan, Some(PacePlan { by: date(2026, 6, 30), jp: Jp::whole(6) }));
        // From September the catch-up plan speaks; a past or future year has no such line.
        assert_eq!(summary(&Plan::default(), 2026, date(2026, 9, 1)).pace_plan, None);
        assert!(summary(&Plan::default(), 2026, date(2026, 8, 31)).pace_plan.is_some());
        assert_eq!(summary(&Plan::default(), 2027, date(2026, 3, 1)).pace_plan, None);
        assert_eq!(summary(&Plan::default(), 2025, date(2026, 3, 1)).pace_plan, None);
    }
}
