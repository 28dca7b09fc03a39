//! The rules a plan must satisfy before it is written. Each problem names its place and field.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::{DateError, Jp, JpError, Plan};

/// Where in the plan a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The top of the file (`schema`, or the file as a whole).
    File,
    Profile,
    Year(i32),
    Form(String),
    Ids,
    /// `index` counts the `[[training]]` tables from 0; `id` is empty when unreadable.
    Training {
        index: usize,
        id: String,
    },
    Log {
        index: usize,
        id: String,
    },
    Reflection {
        index: usize,
        id: String,
    },
}

/// The kinds of value a field can expect, for "wrong type" messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    Number,
    WholeNumber,
    Date,
    Bool,
    Table,
    List,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    Missing,
    Empty,
    WrongType {
        expected: Expected,
        found: String,
    },
    Jp(JpError),
    JpNotPositive,
    JpNegative,
    JpTooLarge,
    Date(DateError),
    NotOneOf(&'static [&'static str]),
    OutOfRange {
        min: i64,
        max: i64,
    },
    EndBeforeStart,
    StartOutsideYear(i32),
    UnknownTraining(String),
    UnknownLog(String),
    DuplicateId(String),
    BadId,
    NoTitleOrTraining,
    SchemaTooNew(i64),
    /// A number in a key the program does not know, too large to keep exactly.
    TooLargeToKeep,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub field: &'static str,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(place: Place, field: &'static str, kind: ProblemKind) -> Problem {
        Problem { place, field, kind }
    }
}

/// Years a training may belong to: anything a person could mean, nothing absurd.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

/// Every problem in the plan, in file order; empty when the plan may be saved.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut problems = Vec::new();
    validate_settings(plan, &mut problems);
    validate_trainings(plan, &mut problems);
    validate_logs(plan, &mut problems);
    validate_reflections(plan, &mut problems);
    problems
}

fn validate_settings(plan: &Plan, out: &mut Vec<Problem>) {
    let profile = &plan.profile;
    check_target(Place::Profile, "target_jp", profile.target_jp, out);
    check_dates(|| Place::Profile, &[("contract_start", profile.contract_start)], out);
    if let Some(ceiling) = profile.ceiling_jp {
        check_entry_jp(Place::Profile, "ceiling_jp", ceiling, out);
    }
    if !(1..=600).contains(&profile.minutes_per_jp) {
        let kind = ProblemKind::OutOfRange { min: 1, max: 600 };
        out.push(Problem::new(Place::Profile, "minutes_per_jp", kind));
    }
    for (year, settings) in &plan.years {
        if !YEARS.contains(year) {
            let kind = range_problem(&YEARS);
            out.push(Problem::new(Place::Year(*year), "year", kind));
        }
        if let Some(target) = settings.target_jp {
            check_target(Place::Year(*year), "target_jp", target, out);
        }
        if let Some(ceiling) = settings.ceiling_jp {
            check_entry_jp(Place::Year(*year), "ceiling_jp", ceiling, out);
        }
    }
    for (key, rule) in &plan.forms {
        let place = || Place::Form(key.clone());
        let amounts = [
            ("jp_per_unit", rule.jp_per_unit),
            ("jp_per_unit_international", rule.jp_per_unit_international),
            ("daily_cap", rule.daily_cap),
            ("daily_cap_international", rule.daily_cap_international),
        ];
        for (field, amount) in amounts {
            if let Some(amount) = amount {
                check_entry_jp(place(), field, amount, out);
            }
        }
        if rule.max_units_per_month.is_some_and(|max| !(1..=1000).contains(&max)) {
            let kind = ProblemKind::OutOfRange { min: 1, max: 1000 };
            out.push(Problem::new(place(), "max_units_per_month", kind));
        }
    }
}

fn validate_trainings(plan: &Plan, out: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for (index, training) in plan.trainings.iter().enumerate() {
        let place = || Place::Training { index, id: training.id.clone() };
        check_id(place(), &training.id, &mut seen, out);
        if !YEARS.contains(&training.year) {
            out.push(Problem::new(place(), "year", range_problem(&YEARS)));
        }
        check_required_text(place(), "title", &training.title, out);
        check_entry_jp(place(), "planned_jp", training.planned_jp, out);
        if let (Some(start), Some(end)) = (training.start, training.end)
            && end < start
        {
            out.push(Problem::new(place(), "end", ProblemKind::EndBeforeStart));
        }
        check_dates(place, &[("start", training.start), ("end", training.end)], out);
        if let Some(start) = training.start
            && chrono::Datelike::year(&start) != training.year
        {
            let kind = ProblemKind::StartOutsideYear(training.year);
            out.push(Problem::new(place(), "start", kind));
        }
    }
}

fn validate_logs(plan: &Plan, out: &mut Vec<Problem>) {
    let trainings: HashSet<&str> = plan.trainings.iter().map(|t| t.id.as_str()).collect();
    let mut seen = HashSet::new();
    for (index, log) in plan.logs.iter().enumerate() {
        let place = || Place::Log { index, id: log.id.clone() };
        check_id(place(), &log.id, &mut seen, out);
        check_entry_jp(place(), "jp", log.jp, out);
        check_dates(place, &[("date", Some(log.date)), ("start", log.start)], out);
        if log.start.is_some_and(|start| start > log.date) {
            out.push(Problem::new(place(), "start", ProblemKind::EndBeforeStart));
        }
        match &log.training {
            Some(id) if !trainings.contains(id.as_str()) => {
                let kind = ProblemKind::UnknownTraining(id.clone());
                out.push(Problem::new(place(), "training", kind));
            }
            None if log.title.trim().is_empty() => {
                out.push(Problem::new(place(), "title", ProblemKind::NoTitleOrTraining));
            }
            _ => {}
        }
    }
}

fn validate_reflections(plan: &Plan, out: &mut Vec<Problem>) {
    let trainings: HashSet<&str> = plan.trainings.iter().map(|t| t.id.as_str()).collect();
    let logs: HashSet<&str> = plan.logs.iter().map(|l| l.id.as_str()).collect();
    let mut seen = HashSet::new();
    for (index, reflection) in plan.reflections.iter().enumerate() {
        let place = || Place::Reflection { index, id: reflection.id.clone() };
        check_id(place(), &reflection.id, &mut seen, out);
        check_required_text(place(), "changed", &reflection.changed, out);
        check_dates(place, &[("date", Some(reflection.date)), ("follow_up", reflection.follow_up)], out);
        if let Some(usefulness) = reflection.usefulness
            && !(1..=5).contains(&usefulness)
        {
            let kind = ProblemKind::OutOfRange { min: 1, max: 5 };
            out.push(Problem::new(place(), "usefulness", kind));
        }
        if let Some(id) = &reflection.training
            && !trainings.contains(id.as_str())
        {
            let kind = ProblemKind::UnknownTraining(id.clone());
            out.push(Problem::new(place(), "training", kind));
        }
        if let Some(id) = &reflection.log
            && !logs.contains(id.as_str())
        {
            out.push(Problem::new(place(), "log", ProblemKind::UnknownLog(id.clone())));
        }
    }
}

/// IDs are short and typable: letters, digits, `-` and `_`, at most 32; unique per kind.
fn check_id<'a>(place: Place, id: &'a str, seen: &mut HashSet<&'a str>, out: &mut Vec<Problem>) {
    let typable = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if id.is_empty() {
        out.push(Problem::new(place, "id", ProblemKind::Missing));
    } else if id.len() > 32 || !id.chars().all(typable) {
        out.push(Problem::new(place, "id", ProblemKind::BadId));
    } else if !seen.insert(id) {
        out.push(Problem::new(place, "id", ProblemKind::DuplicateId(id.to_string())));
    }
}

/// Every date must fall in a year a person could mean, so the file can always be written.
fn check_dates(
    place: impl Fn() -> Place,
    dates: &[(&'static str, Option<NaiveDate>)],
    out: &mut Vec<Problem>,
) {
    for (field, date) in dates {
        if let Some(date) = date
            && !YEARS.contains(&chrono::Datelike::year(date))
        {
            out.push(Problem::new(place(), field, range_problem(&YEARS)));
        }
    }
}

fn check_required_text(place: Place, field: &'static str, text: &str, out: &mut Vec<Problem>) {
    if text.trim().is_empty() {
        out.push(Problem::new(place, field, ProblemKind::Empty));
    }
}

/// The rule for the JP of one training or log entry (and a ceiling): more than 0, at most
/// `Jp::MAX_ENTRY`. Every reader of a JP amount (file, form, flag, spreadsheet) asks this.
pub fn entry_jp(jp: Jp) -> Result<Jp, ProblemKind> {
    if !jp.is_positive() {
        Err(ProblemKind::JpNotPositive)
    } else if jp > Jp::MAX_ENTRY {
        Err(ProblemKind::JpTooLarge)
    } else {
        Ok(jp)
    }
}

/// The rule for a target: 0 is allowed (nothing required), a negative one is not.
pub fn target_jp(jp: Jp) -> Result<Jp, ProblemKind> {
    if jp < Jp::ZERO {
        Err(ProblemKind::JpNegative)
    } else if jp > Jp::MAX_ENTRY {
        Err(ProblemKind::JpTooLarge)
    } else {
        Ok(jp)
    }
}

fn check_entry_jp(place: Place, field: &'static str, jp: Jp, out: &mut Vec<Problem>) {
    if let Err(kind) = entry_jp(jp) {
        out.push(Problem::new(place, field, kind));
    }
}

fn check_target(place: Place, field: &'static str, jp: Jp, out: &mut Vec<Problem>) {
    if let Err(kind) = target_jp(jp) {
        out.push(Problem::new(place, field, kind));
    }
}

fn range_problem(range: &std::ops::RangeInclusive<i32>) -> ProblemKind {
    ProblemKind::OutOfRange { min: i64::from(*range.start()), max: i64::from(*range.end()) }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::super::{Log, Reflection, Status, Training, UnknownKeys};
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn training(id: &str) -> Training {
        Training {
            id: id.into(),
            year: 2026,
            title: "Pelatihan Analisis Kebijakan".into(),
            provider: "LAN RI".into(),
            form: Some("pelatihan-teknis".into()),
            competency: None,
            start: Some(date(2026, 3, 10)),
            end: Some(date(2026, 3, 12)),
            planned_jp: Jp::whole(24),
            status: Status::Planned,
            why: String::new(),
            extra: UnknownKeys::new(),
        }
    }

    fn log(id: &str, training: Option<&str>) -> Log {
        Log {
            id: id.into(),
            training: training.map(Into::into),
            ..Log::new(date(2026, 3, 12), Jp::whole(2), "")
        }
    }

    fn reflection(id: &str) -> Reflection {
        Reflection {
            id: id.into(),
            training: Some("t1".into()),
            usefulness: Some(4),
            ..Reflection::new(date(2026, 3, 20), "Ringkasan satu halaman sebelum rapat")
        }
    }

    fn valid_plan() -> Plan {
        Plan {
            trainings: vec![training("t1")],
            logs: vec![log("l1", Some("t1"))],
            reflections: vec![reflection("r1")],
            ..Plan::default()
        }
    }

    fn kinds(plan: &Plan) -> Vec<(&'static str, ProblemKind)> {
        validate(plan).into_iter().map(|p| (p.field, p.kind)).collect()
    }

    #[test]
    fn a_sound_plan_has_no_problems() {
        assert_eq!(validate(&valid_plan()), vec![]);
    }

    #[test]
    fn names_each_broken_training_field() {
        let mut plan = valid_plan();
        let t = &mut plan.trainings[0];
        t.title = "  ".into();
        t.planned_jp = Jp::ZERO;
        t.end = Some(date(2026, 3, 1));
        assert_eq!(
            kinds(&plan),
            vec![
                ("title", ProblemKind::Empty),
                ("planned_jp", ProblemKind::JpNotPositive),
                ("end", ProblemKind::EndBeforeStart),
            ]
        );
    }

    #[test]
    fn start_must_lie_in_the_trainings_year() {
        let mut plan = valid_plan();
        plan.trainings[0].year = 2027;
        plan.trainings[0].end = None;
        assert_eq!(kinds(&plan), vec![("start", ProblemKind::StartOutsideYear(2027))]);
    }

    #[test]
    fn jp_has_bounds() {
        let mut plan = valid_plan();
        plan.logs[0].jp = Jp::whole(1001);
        plan.trainings[0].planned_jp = Jp::whole(-3);
        assert_eq!(
            kinds(&plan),
            vec![("planned_jp", ProblemKind::JpNotPositive), ("jp", ProblemKind::JpTooLarge)]
        );
    }

    #[test]
    fn references_must_exist() {
        let mut plan = valid_plan();
        plan.logs[0].training = Some("t9".into());
        plan.reflections[0].log = Some("l4".into());
        assert_eq!(
            kinds(&plan),
            vec![
                ("training", ProblemKind::UnknownTraining("t9".into())),
                ("log", ProblemKind::UnknownLog("l4".into())),
            ]
        );
    }

    #[test]
    fn ids_are_unique_and_typable() {
        let mut plan = valid_plan();
        plan.trainings.push(training("t1"));
        plan.logs.push(log("l 2", Some("t1")));
        plan.reflections[0].id = String::new();
        assert_eq!(
            kinds(&plan),
            vec![
                ("id", ProblemKind::DuplicateId("t1".into())),
                ("id", ProblemKind::BadId),
                ("id", ProblemKind::Missing),
            ]
        );
    }

    #[test]
    fn an_ad_hoc_log_needs_a_title_and_a_reflection_needs_its_change() {
        let mut plan = valid_plan();
        plan.logs[0].training = None;
        plan.reflections[0].changed = String::new();
        plan.reflections[0].usefulness = Some(6);
        assert_eq!(
            kinds(&plan),
            vec![
                ("title", ProblemKind::NoTitleOrTraining),
                ("changed", ProblemKind::Empty),
                ("usefulness", ProblemKind::OutOfRange { min: 1, max: 5 }),
            ]
        );
    }

    #[test]
    fn profile_settings_have_bounds() {
        let mut plan = valid_plan();
        plan.profile.minutes_per_jp = 0;
        plan.profile.target_jp = Jp::whole(-1);
        plan.profile.ceiling_jp = Some(Jp::ZERO);
        assert_eq!(
            kinds(&plan),
            vec![
                ("target_jp", ProblemKind::JpNegative),
                ("ceiling_jp", ProblemKind::JpNotPositive),
                ("minutes_per_jp", ProblemKind::OutOfRange { min: 1, max: 600 }),
            ]
        );
    }
}
