//! `tumbuh reflect`: the one thing that changed after a course, and later whether it stuck.

use chrono::{Days, NaiveDate};
use clap::Args;

use super::flags::{self, trimmed};
use super::lists::{ListOnly, reflect_list};
use super::{Environment, Failure, Globals, Output, Session};
use crate::i18n::{Lang, Msg};
use crate::model::{Applied, Kind, ProblemKind, Reflection, UnknownKeys, format_date};
use crate::ops::{self, OpError};
use crate::printable::printable;
use crate::report::Titles;

/// Write down the one thing that changed after a course, or answer its follow-up; or `reflect list`
#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ReflectCommand {
    #[command(subcommand)]
    pub list: Option<ListOnly>,
    #[command(flatten)]
    pub args: ReflectArgs,
}

/// `tumbuh reflect`'s flags, as typed (checked by the command, like `LogArgs`). With `id`, only
/// `applied` and `follow_up` are read.
#[derive(Args, Debug)]
#[command(group = clap::ArgGroup::new("follow_up_answer").args(["applied", "follow_up"]).multiple(true))]
pub struct ReflectArgs {
    /// The training it is about, e.g. t3
    #[arg(long, value_name = "ID", conflicts_with = "log")]
    pub training: Option<String>,
    /// Or the log entry it is about (for an entry without a training), e.g. l7
    #[arg(long, value_name = "ID")]
    pub log: Option<String>,
    /// The one thing that changes in your work (needed)
    #[arg(long, value_name = "TEXT")]
    pub changed: Option<String>,
    /// What you learned
    #[arg(long, value_name = "TEXT")]
    pub learned: Option<String>,
    /// Your next step
    #[arg(long, value_name = "TEXT")]
    pub next: Option<String>,
    /// How useful it was, 1 to 5
    #[arg(long, value_name = "1-5")]
    pub usefulness: Option<String>,
    /// When to check whether the change stuck, e.g. 2026-10-15
    #[arg(long, value_name = "D")]
    pub follow_up: Option<String>,
    /// The day of the reflection (default: today)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// An existing reflection, e.g. r2: give --applied at its follow-up, or --follow-up to set the day
    #[arg(
        long,
        value_name = "ID",
        requires = "follow_up_answer",
        conflicts_with_all = ["training", "log", "changed", "learned", "next", "usefulness", "date"]
    )]
    pub id: Option<String>,
    /// Did the change stick? yes, partly or no (with --id)
    #[arg(long, value_name = "yes|partly|no", requires = "id")]
    pub applied: Option<String>,
}

/// The file's field each flag sets, so a refused change names the flag that was typed.
const FIELD_FLAGS: &[(&str, &str)] =
    &[("changed", "--changed"), ("usefulness", "--usefulness"), ("training", "--training"), ("log", "--log")];

/// `tumbuh reflect …` writes a reflection or its follow-up; `tumbuh reflect list` shows the year's.
pub fn reflect(globals: &Globals, env: &Environment, command: &ReflectCommand) -> Result<Output, Failure> {
    match command.list {
        Some(ListOnly::List { json }) => reflect_list(globals, env, json),
        None => record(globals, env, &command.args),
    }
}

fn record(globals: &Globals, env: &Environment, args: &ReflectArgs) -> Result<Output, Failure> {
    let session = Session::open(globals, env)?;
    match trimmed(&args.id) {
        Some(id) => follow_up(session, &id, args),
        None => new_reflection(session, args),
    }
}

/// `--id R --applied yes|partly|no` records whether the change stuck; `--id R --follow-up D`
/// sets (or moves) the day to check.
fn follow_up(mut session: Session, id: &str, args: &ReflectArgs) -> Result<Output, Failure> {
    let lang = session.lang;
    let applied =
        trimmed(&args.applied).map(|text| flags::choice::<Applied>("--applied", &text, lang)).transpose()?;
    let follow_up = trimmed(&args.follow_up)
        .map(|text| flags::date("--follow-up", &text, session.today, lang))
        .transpose()?;
    // Only the fields given are saved, onto the reflection as it is under the lock.
    let base = session
        .plan()
        .reflection(id)
        .cloned()
        .ok_or_else(|| Failure::store(&OpError::not_found(Kind::Reflection, id).into(), lang))?;
    let mine = Reflection {
        applied: applied.unwrap_or(base.applied),
        follow_up: follow_up.or(base.follow_up),
        ..base.clone()
    };
    session
        .store
        .apply(|plan| Ok(ops::edit(plan, id, &base, &mine)?))
        .map_err(|error| Failure::store(&error, lang))?;
    let mut stdout = String::new();
    if let Some(applied) = applied {
        let answer = crate::describe::domain::applied(applied, lang);
        stdout.push_str(&tr!(lang, Msg::AppliedRecorded, id = id, answer = answer));
        stdout.push('\n');
    }
    if let Some(day) = follow_up {
        stdout.push_str(&tr!(lang, Msg::FollowUpOn, date = format_date(day, lang)));
        stdout.push('\n');
    }
    Ok(Output { stdout, stderr: String::new() })
}

fn new_reflection(mut session: Session, args: &ReflectArgs) -> Result<Output, Failure> {
    let lang = session.lang;
    let today = session.today;
    let plan = session.plan();
    let training = trimmed(&args.training);
    let log = trimmed(&args.log);
    if let Some(id) = &training
        && plan.training(id).is_none()
    {
        return Err(Failure::flag("--training", &ProblemKind::UnknownTraining(id.clone()), lang));
    }
    if let Some(id) = &log
        && plan.log(id).is_none()
    {
        return Err(Failure::flag("--log", &ProblemKind::UnknownLog(id.clone()), lang));
    }
    if training.is_none() && log.is_none() {
        return Err(Failure::flag_says("--training", lang.t(Msg::NeedSubject), lang));
    }
    let changed =
        trimmed(&args.changed).ok_or_else(|| Failure::flag("--changed", &ProblemKind::Missing, lang))?;
    let usefulness = match trimmed(&args.usefulness) {
        None => None,
        Some(text) => Some(text.parse::<u8>().ok().filter(|n| (1..=5).contains(n)).ok_or_else(|| {
            Failure::flag("--usefulness", &ProblemKind::OutOfRange { min: 1, max: 5 }, lang)
        })?),
    };
    let optional_date = |flag, value: &Option<String>| {
        trimmed(value).map(|text| flags::date(flag, &text, today, lang)).transpose()
    };
    let date = optional_date("--date", &args.date)?.unwrap_or(today);
    let follow_up = optional_date("--follow-up", &args.follow_up)?;

    let reflection = Reflection {
        id: String::new(),
        training,
        log,
        date,
        usefulness,
        learned: trimmed(&args.learned).unwrap_or_default(),
        changed,
        next_step: trimmed(&args.next).unwrap_or_default(),
        follow_up,
        applied: Applied::Unknown,
        extra: UnknownKeys::new(),
    };
    let id = session
        .store
        .apply(|plan| Ok(ops::add_reflection(plan, reflection)))
        .map_err(|error| Failure::change(&error, FIELD_FLAGS, lang))?;

    let plan = session.plan();
    let saved = plan.reflections.iter().find(|r| r.id == id).expect("just added");
    let subject = Titles::of(plan).reflection(saved).unwrap_or_default().to_string();
    let mut stdout =
        tr!(lang, Msg::Reflected, id = id, subject = printable(&subject), date = format_date(date, lang))
            + "\n";
    let mut stderr = String::new();
    match follow_up {
        Some(day) => {
            stdout.push_str(&tr!(lang, Msg::FollowUpOn, date = format_date(day, lang)));
            stdout.push('\n');
        }
        None => stderr = follow_up_hint(&id, date, lang),
    }
    Ok(Output { stdout, stderr })
}

/// A nudge, not an error: the change only counts if it sticks, so suggest checking in a month.
fn follow_up_hint(id: &str, date: NaiveDate, lang: Lang) -> String {
    let month_later = date.checked_add_days(Days::new(30)).unwrap_or(date);
    let hint = tr!(lang, Msg::HintFollowUp, id = id, date = month_later);
    format!("{}: {hint}\n", lang.t(Msg::HintPrefix))
}
