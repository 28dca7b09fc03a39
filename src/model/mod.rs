//! The plan as the program holds it: types, IDs, exact JP and validation. No I/O.

mod date;
mod jp;
mod keys;
pub mod merge;
mod validate;

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;

use crate::i18n::Lang;

pub use date::{
    DateError, days_in_year, format_date, format_day_month, month_name, parse_date, short_month_name,
};
pub use jp::{Jp, JpError, format_hundredths, parse_hundredths};
pub use keys::{Applied, Competency, EmployeeType, Kind, Status, Typed};
pub use validate::{Expected, Place, Problem, ProblemKind, YEARS, entry_jp, target_jp, validate};

/// Keys the program does not know, kept exactly so a save never drops them.
pub type UnknownKeys = toml::Table;

/// The data file's schema version this program reads and writes.
pub const SCHEMA: i64 = 1;

/// The whole data file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub profile: Profile,
    pub years: BTreeMap<i32, YearSettings>,
    /// `[forms.KEY]`: the person's agency's own counting rules.
    pub forms: BTreeMap<String, FormOverride>,
    pub ids: IdCounters,
    pub trainings: Vec<Training>,
    pub logs: Vec<Log>,
    pub reflections: Vec<Reflection>,
    pub extra: UnknownKeys,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub name: String,
    pub employee_type: EmployeeType,
    pub target_jp: Jp,
    /// `None`: the employee type's default (24 JP for PPPK, none for PNS).
    pub ceiling_jp: Option<Jp>,
    pub minutes_per_jp: u32,
    /// `None`: decided by `--lang`, `TUMBUH_LANG`, or Indonesian.
    pub language: Option<Lang>,
    /// `None`: mouse capture on.
    pub mouse: Option<bool>,
    /// PPPK: the first day of the work contract; the ceiling counts per contract year from it.
    pub contract_start: Option<NaiveDate>,
    /// NIP and unit: optional, for a unit's roll-up.
    pub nip: String,
    pub unit: String,
    pub extra: UnknownKeys,
}

pub const DEFAULT_TARGET: Jp = Jp::whole(20);
pub const PPPK_CEILING: Jp = Jp::whole(24);
pub const DEFAULT_MINUTES_PER_JP: u32 = 45;

impl Default for Profile {
    fn default() -> Self {
        Profile {
            name: String::new(),
            employee_type: EmployeeType::Pns,
            target_jp: DEFAULT_TARGET,
            ceiling_jp: None,
            minutes_per_jp: DEFAULT_MINUTES_PER_JP,
            language: None,
            mouse: None,
            contract_start: None,
            nip: String::new(),
            unit: String::new(),
            extra: UnknownKeys::new(),
        }
    }
}

/// `[years.YYYY]`: overrides for one year.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct YearSettings {
    pub target_jp: Option<Jp>,
    pub ceiling_jp: Option<Jp>,
    pub extra: UnknownKeys,
}

/// `[forms.KEY]`: one counting rule changed by the person's agency table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormOverride {
    pub jp_per_unit: Option<Jp>,
    pub jp_per_unit_international: Option<Jp>,
    pub daily_cap: Option<Jp>,
    pub daily_cap_international: Option<Jp>,
    pub max_units_per_month: Option<u32>,
    pub extra: UnknownKeys,
}

/// `[ids]`: the highest number ever given to each kind, so a deleted ID is never reused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IdCounters {
    pub training: u32,
    pub log: u32,
    pub reflection: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Training {
    pub id: String,
    pub year: i32,
    pub title: String,
    pub provider: String,
    /// A catalog key, or any text the person wrote (kept and shown as written).
    pub form: Option<String>,
    pub competency: Option<Competency>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub planned_jp: Jp,
    pub status: Status,
    /// The real work problem this training answers.
    pub why: String,
    pub extra: UnknownKeys,
}

/// One entry of JP earned.
#[derive(Clone, Debug, PartialEq)]
pub struct Log {
    pub id: String,
    /// The day the JP were earned: the last day of a course.
    pub date: NaiveDate,
    /// The first day, when the entry spans several days (on or before `date`).
    pub start: Option<NaiveDate>,
    pub jp: Jp,
    pub training: Option<String>,
    /// Required when there is no training link.
    pub title: String,
    /// `None`: the linked training's form.
    pub form: Option<String>,
    pub provider: String,
    pub certificate: String,
    pub certificate_file: String,
    pub in_siasn: bool,
    /// Abroad or international: the forms' international rules apply.
    pub international: bool,
    pub extra: UnknownKeys,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Reflection {
    pub id: String,
    pub training: Option<String>,
    pub log: Option<String>,
    pub date: NaiveDate,
    /// 1 to 5.
    pub usefulness: Option<u8>,
    pub learned: String,
    /// The one thing that changes in my work. Required.
    pub changed: String,
    pub next_step: String,
    pub follow_up: Option<NaiveDate>,
    pub applied: Applied,
    pub extra: UnknownKeys,
}

impl Plan {
    /// Gives the next ID of a kind and records it, so it is never given again.
    pub fn next_id(&mut self, kind: Kind) -> String {
        let highest_in_use =
            self.ids_of(kind).filter_map(|id| numeric_suffix(id, kind.prefix())).max().unwrap_or(0);
        let counter = self.ids.counter_mut(kind);
        // Saturating: at the very end of the range a duplicate is refused by validation.
        *counter = (*counter).max(highest_in_use).saturating_add(1);
        format!("{}{}", kind.prefix(), counter)
    }

    fn ids_of(&self, kind: Kind) -> Box<dyn Iterator<Item = &str> + '_> {
        match kind {
            Kind::Training => Box::new(self.trainings.iter().map(|t| t.id.as_str())),
            Kind::Log => Box::new(self.logs.iter().map(|l| l.id.as_str())),
            Kind::Reflection => Box::new(self.reflections.iter().map(|r| r.id.as_str())),
        }
    }

    pub fn training(&self, id: &str) -> Option<&Training> {
        self.trainings.iter().find(|t| t.id == id)
    }

    pub fn training_mut(&mut self, id: &str) -> Option<&mut Training> {
        self.trainings.iter_mut().find(|t| t.id == id)
    }

    pub fn log(&self, id: &str) -> Option<&Log> {
        self.logs.iter().find(|l| l.id == id)
    }

    pub fn reflection(&self, id: &str) -> Option<&Reflection> {
        self.reflections.iter().find(|r| r.id == id)
    }

    pub fn reflection_mut(&mut self, id: &str) -> Option<&mut Reflection> {
        self.reflections.iter_mut().find(|r| r.id == id)
    }

    /// The log entries linked to a training.
    pub fn logs_of_training<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Log> + 'a {
        self.logs.iter().filter(move |l| l.training.as_deref() == Some(id))
    }

    /// The reflections on a training: those that name it, and those on one of its log entries.
    /// `reflected_trainings` applies the same rule to every training at once.
    pub fn reflections_of_training<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Reflection> + 'a {
        let logs: HashSet<&str> = self.logs_of_training(id).map(|l| l.id.as_str()).collect();
        self.reflections.iter().filter(move |r| {
            r.training.as_deref() == Some(id) || r.log.as_deref().is_some_and(|l| logs.contains(l))
        })
    }

    /// Every training that has a reflection, by the rule of `reflections_of_training`, in one
    /// pass over the plan (for the year's to-dos and the screen's marks).
    pub fn reflected_trainings(&self) -> HashSet<&str> {
        let reflected_logs: HashSet<&str> =
            self.reflections.iter().filter_map(|r| r.log.as_deref()).collect();
        let via_logs = self
            .logs
            .iter()
            .filter(|l| reflected_logs.contains(l.id.as_str()))
            .filter_map(|l| l.training.as_deref());
        self.reflections.iter().filter_map(|r| r.training.as_deref()).chain(via_logs).collect()
    }

    /// The course an ID stands for, as SIASN records it: a training with all its log entries,
    /// or a log entry without a training. A log entry of a training stands for that training's
    /// course. `None` when the ID is neither a training nor a log entry.
    pub fn course(&self, id: &str) -> Option<Course<'_>> {
        let training = match self.training(id) {
            Some(training) => training,
            None => {
                let log = self.log(id)?;
                match log.training.as_deref().and_then(|t| self.training(t)) {
                    Some(training) => training,
                    None => return Some(Course { training: None, logs: vec![log] }),
                }
            }
        };
        Some(Course { training: Some(training), logs: self.logs_of_training(&training.id).collect() })
    }

    /// The minimum to reach in `year`: the year's override, else the profile's.
    pub fn target_for(&self, year: i32) -> Jp {
        self.years.get(&year).and_then(|y| y.target_jp).unwrap_or(self.profile.target_jp)
    }

    /// The maximum the plan should not exceed in `year`, if any.
    pub fn ceiling_for(&self, year: i32) -> Option<Jp> {
        self.years.get(&year).and_then(|y| y.ceiling_jp).or(self.profile.ceiling_jp).or(
            match self.profile.employee_type {
                EmployeeType::Pppk => Some(PPPK_CEILING),
                EmployeeType::Pns => None,
            },
        )
    }

    /// The trainings by ID, for lookups in a loop over many entries.
    pub fn training_index(&self) -> TrainingIndex<'_> {
        TrainingIndex(self.trainings.iter().map(|t| (t.id.as_str(), t)).collect())
    }
}

/// One course: a training with its log entries (none yet, perhaps), or one log entry of its own.
#[derive(Clone, Debug, PartialEq)]
pub struct Course<'a> {
    pub training: Option<&'a Training>,
    /// In file order.
    pub logs: Vec<&'a Log>,
}

impl Course<'_> {
    /// The training's ID, else the entry's.
    pub fn id(&self) -> &str {
        match self.training {
            Some(training) => &training.id,
            None => self.logs.first().map_or("", |log| &log.id),
        }
    }
}

/// Trainings found by ID in constant time.
pub struct TrainingIndex<'a>(std::collections::HashMap<&'a str, &'a Training>);

impl<'a> TrainingIndex<'a> {
    pub fn get(&self, id: &str) -> Option<&'a Training> {
        self.0.get(id).copied()
    }

    /// The training a log entry is linked to, if it exists.
    pub fn of_log(&self, log: &Log) -> Option<&'a Training> {
        log.training.as_deref().and_then(|id| self.get(id))
    }

    /// A log entry's form: its own, else its training's.
    pub fn log_form(&self, log: &'a Log) -> Option<&'a str> {
        log.form.as_deref().or_else(|| self.of_log(log).and_then(|t| t.form.as_deref()))
    }
}

impl Log {
    /// An entry of `jp` on `date`, with nothing else filled in yet (no ID, link or certificate).
    pub fn new(date: NaiveDate, jp: Jp, title: impl Into<String>) -> Log {
        Log {
            id: String::new(),
            date,
            start: None,
            jp,
            training: None,
            title: title.into(),
            form: None,
            provider: String::new(),
            certificate: String::new(),
            certificate_file: String::new(),
            in_siasn: false,
            international: false,
            extra: UnknownKeys::new(),
        }
    }

    /// The first day of the entry: its `start`, else its `date`.
    pub fn first_day(&self) -> NaiveDate {
        self.start.unwrap_or(self.date)
    }

    /// The days the entry spans, from its first day to `date`; its JP spread evenly over them.
    pub fn days(&self) -> impl Iterator<Item = NaiveDate> + use<> {
        let first = self.first_day().min(self.date);
        first.iter_days().take_while({
            let last = self.date;
            move |day| *day <= last
        })
    }

    /// What a log entry is called: its own title, else its training's.
    pub fn shown_title<'a>(&'a self, training: Option<&'a Training>) -> &'a str {
        match training {
            Some(training) if self.title.trim().is_empty() => &training.title,
            _ => &self.title,
        }
    }
}

impl Reflection {
    /// A reflection written on `date` whose one change is `changed`, not yet linked or followed up.
    pub fn new(date: NaiveDate, changed: impl Into<String>) -> Reflection {
        Reflection {
            id: String::new(),
            training: None,
            log: None,
            date,
            usefulness: None,
            learned: String::new(),
            changed: changed.into(),
            next_step: String::new(),
            follow_up: None,
            applied: Applied::Unknown,
            extra: UnknownKeys::new(),
        }
    }
}

impl IdCounters {
    pub fn counter_mut(&mut self, kind: Kind) -> &mut u32 {
        match kind {
            Kind::Training => &mut self.training,
            Kind::Log => &mut self.log,
            Kind::Reflection => &mut self.reflection,
        }
    }

    pub fn get(&self, kind: Kind) -> u32 {
        match kind {
            Kind::Training => self.training,
            Kind::Log => self.log,
            Kind::Reflection => self.reflection,
        }
    }
}

/// `t12` → 12 for prefix `t`; anything else (a hand-written `intro`) → `None`.
fn numeric_suffix(id: &str, prefix: char) -> Option<u32> {
    id.strip_prefix(prefix)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn training(id: &str) -> Training {
        Training {
            id: id.into(),
            year: 2026,
            title: "Pelatihan".into(),
            provider: String::new(),
            form: None,
            competency: None,
            start: None,
            end: None,
            planned_jp: Jp::whole(8),
            status: Status::Planned,
            why: String::new(),
            extra: UnknownKeys::new(),
        }
    }

    #[test]
    fn ids_are_never_reused() {
        let mut plan = Plan::default();
        assert_eq!(plan.next_id(Kind::Training), "t1");
        plan.trainings.push(training("t1"));
        assert_eq!(plan.next_id(Kind::Training), "t2");
        plan.trainings.clear();
        assert_eq!(plan.next_id(Kind::Training), "t3");
        assert_eq!(plan.next_id(Kind::Log), "l1");
    }

    #[test]
    fn ids_follow_hand_written_ones() {
        let mut plan = Plan::default();
        plan.trainings.push(training("t9"));
        plan.trainings.push(training("pengantar"));
        assert_eq!(plan.next_id(Kind::Training), "t10");
    }

    #[test]
    fn year_overrides_win_over_the_profile() {
        let mut plan = Plan::default();
        assert_eq!(plan.target_for(2026), Jp::whole(20));
        assert_eq!(plan.ceiling_for(2026), None);
        plan.profile.employee_type = EmployeeType::Pppk;
        assert_eq!(plan.ceiling_for(2026), Some(Jp::whole(24)));
        plan.years.insert(
            2027,
            YearSettings {
                target_jp: Some(Jp::whole(24)),
                ceiling_jp: Some(Jp::whole(30)),
                extra: UnknownKeys::new(),
            },
        );
        assert_eq!(plan.target_for(2027), Jp::whole(24));
        assert_eq!(plan.ceiling_for(2027), Some(Jp::whole(30)));
        assert_eq!(plan.target_for(2026), Jp::whole(20));
    }

    #[test]
    fn a_trainings_reflections_are_the_same_one_at_a_time_and_all_at_once() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 12).unwrap();
        let training = |id: &str| Training {
            id: id.into(),
            year: 2026,
            title: id.into(),
            provider: String::new(),
            form: None,
            competency: None,
            start: None,
            end: None,
            planned_jp: Jp::whole(4),
            status: Status::Done,
            why: String::new(),
            extra: UnknownKeys::new(),
        };
        let log = |id: &str, training: &str| Log {
            id: id.into(),
            training: Some(training.into()),
            ..Log::new(day, Jp::whole(2), "")
        };
        let reflection = |id: &str, training: Option<&str>, log: Option<&str>| Reflection {
            id: id.into(),
            training: training.map(Into::into),
            log: log.map(Into::into),
            ..Reflection::new(day, "Ringkasan")
        };
        let plan = Plan {
            trainings: vec![training("t1"), training("t2"), training("t3")],
            logs: vec![log("l1", "t1"), log("l2", "t2")],
            reflections: vec![reflection("r1", Some("t1"), None), reflection("r2", None, Some("l2"))],
            ..Plan::default()
        };
        let all = plan.reflected_trainings();
        for t in ["t1", "t2", "t3"] {
            assert_eq!(plan.reflections_of_training(t).next().is_some(), all.contains(t), "{t}");
        }
        let on_t2: Vec<&str> = plan.reflections_of_training("t2").map(|r| r.id.as_str()).collect();
        assert_eq!(on_t2, ["r2"], "through its log entry");
    }
}
