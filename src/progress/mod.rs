//! The progress math (docs/progress.md): pure, with `today` passed in.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};

use crate::catalog::{Catalog, Group, Mix};
use crate::model::{Applied, Competency, Jp, Plan, Reflection, Status, TrainingIndex, days_in_year};

/// Where the year stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Done reaches the target.
    Achieved,
    /// Not yet, but done plus the remaining plan reaches it.
    OnPlan,
    /// Even the whole plan falls short.
    AtRisk,
}

impl State {
    pub fn key(self) -> &'static str {
        match self {
            State::Achieved => "achieved",
            State::OnPlan => "on_plan",
            State::AtRisk => "at_risk",
        }
    }
}

/// JP done and still planned in one month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MonthJp {
    pub done: Jp,
    pub planned: Jp,
}

/// A day on which one form's logged JP exceed its daily cap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayOverCap {
    pub date: NaiveDate,
    pub form: String,
    pub jp: Jp,
    pub cap: Jp,
}

/// The open to-dos, each as the IDs it concerns.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Todos {
    pub done_without_reflection: Vec<String>,
    /// Reflections of any year whose follow-up date has come with `applied = "unknown"`.
    pub follow_ups_due: Vec<String>,
    pub logs_without_certificate: Vec<String>,
    pub logs_not_in_siasn: Vec<String>,
    pub trainings_without_why: Vec<String>,
    pub days_over_cap: Vec<DayOverCap>,
}

/// Everything the header, `status` and the summary show for one year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub year: i32,
    pub target: Jp,
    pub ceiling: Option<Jp>,
    pub done: Jp,
    pub remaining_plan: Jp,
    pub projected: Jp,
    pub gap: Jp,
    pub expected: Jp,
    pub pace_delta: Jp,
    pub days_left: i64,
    pub state: State,
    pub over_ceiling: Jp,
    pub trainings_planned: usize,
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

/// Computes the year's figures. `catalog` should be `Catalog::for_plan(plan)`.
pub fn summarize(plan: &Plan, catalog: &Catalog, year: i32, today: NaiveDate) -> Summary {
    let target = plan.target_for(year);
    let ceiling = plan.ceiling_for(year);
    let logs_of_year: Vec<_> = plan.logs.iter().filter(|l| l.date.year() == year).collect();
    let index = plan.training_index();

    let logged_by_training = logged_by_training(plan);

    let mut by_month = [MonthJp::default(); 12];
    let mut by_competency = BTreeMap::new();
    let mut by_group = BTreeMap::new();
    let mut by_mix = BTreeMap::new();
    let mut done = Jp::ZERO;
    for log in &logs_of_year {
        done += log.jp;
        by_month[log.date.month0() as usize].done += log.jp;
        let form = index.log_form(log).and_then(|key| catalog.get(key));
        let competency = index.of_log(log).and_then(|t| t.competency);
        *by_competency.entry(competency).or_insert(Jp::ZERO) += log.jp;
        *by_group.entry(form.map_or(Group::Lainnya, |f| f.group)).or_insert(Jp::ZERO) += log.jp;
        *by_mix.entry(form.map(|f| f.mix)).or_insert(Jp::ZERO) += log.jp;
    }

    let trainings_of_year: Vec<_> = plan.trainings.iter().filter(|t| t.year == year).collect();
    let mut remaining_plan = Jp::ZERO;
    let mut planned_unscheduled = Jp::ZERO;
    for training in trainings_of_year.iter().filter(|t| t.status.is_open()) {
        let logged = logged_by_training.get(training.id.as_str()).copied().unwrap_or_default();
        let remaining = (training.planned_jp - logged).at_least_zero();
        remaining_plan += remaining;
        match training.start {
            Some(start) if start.year() == year => by_month[start.month0() as usize].planned += remaining,
            _ => planned_unscheduled += remaining,
        }
    }

    let projected = done + remaining_plan;
    let expected = expected_by(target, year, today);
    let state = if done >= target {
        State::Achieved
    } else if projected >= target {
        State::OnPlan
    } else {
        State::AtRisk
    };
    let todos = todos(plan, &index, catalog, today, &logs_of_year, &trainings_of_year);

    Summary {
        year,
        target,
        ceiling,
        done,
        remaining_plan,
        projected,
        gap: (target - done).at_least_zero(),
        expected,
        pace_delta: done - expected,
        days_left: days_left(year, today),
        state,
        over_ceiling: ceiling.map_or(Jp::ZERO, |c| (projected - c).at_least_zero()),
        trainings_planned: trainings_of_year.iter().filter(|t| t.status.is_open()).count(),
        trainings_done: trainings_of_year.iter().filter(|t| t.status == Status::Done).count(),
        by_competency,
        by_group,
        by_mix,
        by_month,
        planned_unscheduled,
        todos,
    }
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

/// The JP the year's pace asks for by `today`: `target × elapsed / days in year`.
fn expected_by(target: Jp, year: i32, today: NaiveDate) -> Jp {
    let total = days_in_year(year);
    let elapsed = match today.year().cmp(&year) {
        std::cmp::Ordering::Less => 0,
        std::cmp::Ordering::Equal => i64::from(today.ordinal()),
        std::cmp::Ordering::Greater => total,
    };
    Jp::from_ratio(target.hundredths() * elapsed, total)
}

/// Days after `today` until 31 December; a future year has all its days left.
fn days_left(year: i32, today: NaiveDate) -> i64 {
    match today.year().cmp(&year) {
        std::cmp::Ordering::Less => days_in_year(year),
        std::cmp::Ordering::Equal => days_in_year(year) - i64::from(today.ordinal()),
        std::cmp::Ordering::Greater => 0,
    }
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
    index: &TrainingIndex<'_>,
    catalog: &Catalog,
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
        days_over_cap: days_over_cap(index, catalog, logs_of_year),
    }
}

fn days_over_cap(
    index: &TrainingIndex<'_>,
    catalog: &Catalog,
    logs_of_year: &[&crate::model::Log],
) -> Vec<DayOverCap> {
    let mut per_day: BTreeMap<(NaiveDate, &str), Jp> = BTreeMap::new();
    for log in logs_of_year {
        if let Some(form) = index.log_form(log) {
            *per_day.entry((log.date, form)).or_default() += log.jp;
        }
    }
    per_day
        .into_iter()
        .filter_map(|((date, form), jp)| {
            let cap = catalog.get(form)?.cap_per_day(false)?;
            (jp > cap).then(|| DayOverCap { date, form: form.to_string(), jp, cap })
        })
        .collect()
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
        assert_eq!(s.over_ceiling, Jp::ZERO);
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
                training("t3", "12", Status::Ongoing, Some(date(2026, 6, 1))),
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
        assert_eq!((s.ceiling, s.over_ceiling), (Some(Jp::whole(24)), Jp::whole(3)));
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
            (s.target, s.ceiling, s.gap, s.state),
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
    fn follow_ups_count_across_years() {
        let mut plan = Plan::default();
        let mut old = reflection("r1", None, None);
        old.follow_up = Some(date(2025, 8, 1));
        plan.reflections = vec![old];
        assert_eq!(summary(&plan, 2026, date(2026, 1, 5)).todos.follow_ups_due, ["r1"]);
    }
}
