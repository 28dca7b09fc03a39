//! `tumbuh plan add | done | edit | rm`: the year's trainings, changed from the shell.

use chrono::{Datelike, NaiveDate};
use clap::{Args, Subcommand};

use super::flags::{self, clearable, trimmed};
use super::lists::plan_list;
use super::{Environment, Failure, Globals, Output, Session, unknown_form_warning};
use crate::describe;
use crate::i18n::Msg;
use crate::model::{Competency, Jp, Kind, Place, ProblemKind, Status, Training, UnknownKeys};
use crate::ops::{self, OnLinked, OpError};
use crate::printable::printable;
use crate::progress::summarize;
use crate::report;
use crate::store::StoreError;

/// Plan the year's trainings: add, list, done, edit, rm, suggest
#[derive(Subcommand, Debug)]
pub enum PlanCommand {
    /// Add a training to the year of --start (else --year, else this year)
    Add(TrainingArgs),
    /// The year's trainings: dates, JP planned and logged, status, form, title
    List {
        /// A JSON array instead of the table
        #[arg(long)]
        json: bool,
    },
    /// Mark a training done (then log its JP and reflect on it)
    Done {
        /// The training, e.g. t3
        id: String,
    },
    /// Change some fields of a training; a blank value clears an optional field (--form "")
    Edit {
        /// The training, e.g. t3
        id: String,
        #[command(flatten)]
        flags: TrainingArgs,
    },
    /// When the year is at risk: a catch-up plan of forms, JP and working days that closes the
    /// gap within every form's caps
    Suggest {
        /// A JSON array of the items (form, jp, days, title, why) instead of the text
        #[arg(long)]
        json: bool,
        /// Add the items to the plan as planned trainings
        #[arg(long)]
        add: bool,
    },
    /// Delete a training; refused while log entries or reflections point at it, unless
    /// --unlink or --cascade says what to do with them
    Rm {
        /// The training, e.g. t3
        id: String,
        /// Keep its log entries and reflections, without the link
        #[arg(long, conflicts_with = "cascade")]
        unlink: bool,
        /// Delete its log entries and reflections too
        #[arg(long)]
        cascade: bool,
    },
}

/// The training flags of `plan add` and `plan edit`, as typed: the command checks each value
/// itself, so that a refusal is said in the profile's language, which clap cannot know, and a
/// blank value can clear a field.
#[derive(Args, Debug)]
pub struct TrainingArgs {
    /// The training's name (needed for add)
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// Planned JP, e.g. 24 or 2,5 (needed for add)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub jp: Option<String>,
    /// Form of development, a key from `tumbuh forms` (e.g. pelatihan-teknis, seminar, coaching)
    #[arg(long, value_name = "F")]
    pub form: Option<String>,
    /// Competency type: teknis, manajerial, sosial-kultural or pemerintahan
    #[arg(long, value_name = "C")]
    pub competency: Option<String>,
    /// First day, e.g. 2026-03-10; the training belongs to its year
    #[arg(long, value_name = "D")]
    pub start: Option<String>,
    /// Last day
    #[arg(long, value_name = "D")]
    pub end: Option<String>,
    /// Who runs it
    #[arg(long, value_name = "P")]
    pub provider: Option<String>,
    /// The real problem at work it answers
    #[arg(long, value_name = "W")]
    pub why: Option<String>,
    /// planned, registered, ongoing, done or cancelled (default for add: planned)
    #[arg(long, value_name = "S")]
    pub status: Option<String>,
}

/// Runs the `plan` subcommand given.
pub fn plan(globals: &Globals, env: &Environment, command: &PlanCommand) -> Result<Output, Failure> {
    match command {
        PlanCommand::Add(flags) => plan_add(globals, env, flags),
        PlanCommand::List { json } => plan_list(globals, env, *json),
        PlanCommand::Done { id } => plan_done(globals, env, id),
        PlanCommand::Edit { id, flags } => plan_edit(globals, env, id, flags),
        PlanCommand::Suggest { json, add } => super::suggest::plan_suggest(globals, env, *json, *add),
        PlanCommand::Rm { id, unlink, cascade } => {
            let linked = match (unlink, cascade) {
                (true, _) => OnLinked::Unlink,
                (_, true) => OnLinked::Cascade,
                _ => OnLinked::Refuse,
            };
            plan_remove(globals, env, id, linked)
        }
    }
}

/// The file's field each flag sets, so a refused change names the flag that was typed.
const FIELD_FLAGS: &[(&str, &str)] = &[
    ("title", "--title"),
    ("planned_jp", "--jp"),
    ("start", "--start"),
    ("year", "--start"),
    ("end", "--end"),
];

/// The changes the flags ask for, read and checked. `None` leaves a field as it is; for the
/// optional fields `Some(None)` clears it (the flag was given blank).
struct Changes {
    title: Option<String>,
    planned_jp: Option<Jp>,
    form: Option<Option<String>>,
    competency: Option<Option<Competency>>,
    start: Option<Option<NaiveDate>>,
    end: Option<Option<NaiveDate>>,
    provider: Option<String>,
    why: Option<String>,
    status: Option<Status>,
}

impl Changes {
    fn read(args: &TrainingArgs, session: &Session) -> Result<Changes, Failure> {
        let (today, lang, catalog) = (session.today, session.lang, session.catalog());
        let date = |flag, value: &Option<String>| -> Result<Option<Option<NaiveDate>>, Failure> {
            clearable(value)
                .map(|text| text.map(|text| flags::date(flag, &text, today, lang)).transpose())
                .transpose()
        };
        let text = |value: &Option<String>| value.as_deref().map(|v| v.trim().to_string());
        Ok(Changes {
            title: text(&args.title),
            planned_jp: args.jp.as_deref().map(|text| flags::jp("--jp", text, lang)).transpose()?,
            form: clearable(&args.form).map(|form| form.map(|text| flags::form(&text, &catalog))),
            competency: clearable(&args.competency)
                .map(|text| {
                    text.map(|text| flags::choice::<Competency>("--competency", &text, lang)).transpose()
                })
                .transpose()?,
            start: date("--start", &args.start)?,
            end: date("--end", &args.end)?,
            provider: text(&args.provider),
            why: text(&args.why),
            status: trimmed(&args.status)
                .map(|text| flags::choice::<Status>("--status", &text, lang))
                .transpose()?,
        })
    }

    fn is_empty(&self) -> bool {
        let Changes { title, planned_jp, form, competency, start, end, provider, why, status } = self;
        title.is_none()
            && planned_jp.is_none()
            && form.is_none()
            && competency.is_none()
            && start.is_none()
            && end.is_none()
            && provider.is_none()
            && why.is_none()
            && status.is_none()
    }

    /// Sets what changed; a new start date also moves the training to that date's year.
    fn apply_to(self, training: &mut Training) {
        let Changes { title, planned_jp, form, competency, start, end, provider, why, status } = self;
        if let Some(Some(start)) = start {
            training.year = start.year();
        }
        set(&mut training.title, title);
        set(&mut training.planned_jp, planned_jp);
        set(&mut training.form, form);
        set(&mut training.competency, competency);
        set(&mut training.start, start);
        set(&mut training.end, end);
        set(&mut training.provider, provider);
        set(&mut training.why, why);
        set(&mut training.status, status);
    }
}

fn set<T>(field: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *field = value;
    }
}

/// `2026: sisa rencana …`: whether the year's plan closes the gap, after a change.
fn plan_line(session: &Session, year: i32) -> String {
    let summary = summarize(session.plan(), &session.catalog(), year, session.today);
    let words = report::plan_words(&summary, session.lang);
    tr!(session.lang, Msg::PlanYearWords, year = year, words = words) + "\n"
}

/// A warning when the year's plan now exceeds its ceiling (PPPK).
pub(super) fn ceiling_warning(session: &Session, year: i32) -> String {
    let lang = session.lang;
    let summary = summarize(session.plan(), &session.catalog(), year, session.today);
    match &summary.ceiling {
        Some(check) if check.over.is_positive() => {
            let words = report::ceiling_words(check, lang);
            format!("{}: {year}: {words}\n", lang.t(Msg::WarningPrefix))
        }
        _ => String::new(),
    }
}

/// A training dated in the past is not a plan but a question: say so when it is written.
fn past_warning(session: &Session, id: &str) -> String {
    let lang = session.lang;
    match session.plan().training(id) {
        Some(training) if crate::progress::is_overdue(training, session.today) => {
            format!("{}: {}\n", lang.t(Msg::WarningPrefix), tr!(lang, Msg::PlanPastDate, id = id))
        }
        _ => String::new(),
    }
}

/// The warning for a form the catalog does not know, if the training has one.
fn form_warning(session: &Session, id: &str) -> String {
    let plan = session.plan();
    let Some((index, training)) = plan.trainings.iter().enumerate().find(|(_, t)| t.id == id) else {
        return String::new();
    };
    match &training.form {
        Some(form) if session.catalog().get(form).is_none() => {
            unknown_form_warning(&Place::Training { index, id: id.to_string() }, form, session.lang)
        }
        _ => String::new(),
    }
}

/// `tumbuh plan add`.
fn plan_add(globals: &Globals, env: &Environment, args: &TrainingArgs) -> Result<Output, Failure> {
    let mut session = Session::open(globals, env)?;
    let lang = session.lang;
    let changes = Changes::read(args, &session)?;
    if trimmed(&args.title).is_none() {
        return Err(Failure::flag("--title", &ProblemKind::Missing, lang));
    }
    if changes.planned_jp.is_none() {
        return Err(Failure::flag("--jp", &ProblemKind::Missing, lang));
    }
    let mut training = Training {
        id: String::new(),
        year: session.year,
        title: String::new(),
        provider: String::new(),
        form: None,
        competency: None,
        start: None,
        end: None,
        planned_jp: Jp::ZERO,
        status: Status::Planned,
        why: String::new(),
        extra: UnknownKeys::new(),
    };
    changes.apply_to(&mut training);
    let (year, title, jp, start, end) =
        (training.year, training.title.clone(), training.planned_jp, training.start, training.end);
    let no_why = training.why.is_empty();
    let id = session
        .store
        .apply(|plan| Ok(ops::add_training(plan, training)))
        .map_err(|error| Failure::change(&error, FIELD_FLAGS, lang))?;

    let when = report::date_span_in(start, end, year, lang);
    let mut stdout =
        tr!(lang, Msg::Planned, id = id, title = printable(&title), jp = jp.format(lang), when = when);
    stdout.push('\n');
    stdout.push_str(&plan_line(&session, year));
    let mut stderr =
        form_warning(&session, &id) + &ceiling_warning(&session, year) + &past_warning(&session, &id);
    if no_why {
        // Not an error: the article's point is that a training tied to a real problem is worth more.
        stderr.push_str(&format!("{}: {}\n", lang.t(Msg::HintPrefix), tr!(lang, Msg::HintWhy, id = id)));
    }
    Ok(Output { stdout, stderr })
}

/// `tumbuh plan done ID`: marks it done and says what closes the course (its JP, a reflection).
fn plan_done(globals: &Globals, env: &Environment, id: &str) -> Result<Output, Failure> {
    let mut session = Session::open(globals, env)?;
    let lang = session.lang;
    let id = id.trim();
    session
        .store
        .apply(|plan| Ok(ops::set_status(plan, id, Status::Done)?))
        .map_err(|error| Failure::store(&error, lang))?;
    let plan = session.plan();
    let training = plan.training(id).expect("just marked done");
    let summary = summarize(plan, &session.catalog(), training.year, session.today);
    let logged = crate::progress::logged_by_training(plan).get(id).copied().unwrap_or_default();

    let mut stdout = tr!(lang, Msg::MarkedDone, id = id, title = printable(&training.title)) + "\n";
    let unlogged = training.planned_jp - logged;
    if unlogged.is_positive() {
        stdout.push_str(&tr!(lang, Msg::NextLog, id = id, jp = unlogged.format(lang)));
        stdout.push('\n');
    }
    if summary.todos.done_without_reflection.iter().any(|t| t == id) {
        stdout.push_str(&tr!(lang, Msg::NextReflect, id = id));
        stdout.push('\n');
    }
    stdout.push_str(&report::status_short(&summary, lang));
    stdout.push('\n');
    Ok(Output { stdout, stderr: String::new() })
}

/// `tumbuh plan edit ID --field value…`.
fn plan_edit(globals: &Globals, env: &Environment, id: &str, args: &TrainingArgs) -> Result<Output, Failure> {
    let mut session = Session::open(globals, env)?;
    let lang = session.lang;
    let id = id.trim();
    let changes = Changes::read(args, &session)?;
    if changes.is_empty() {
        return Err(Failure::new(lang.t(Msg::EditNothing), lang));
    }
    // The record as read now; only the fields the flags change are saved onto it as it is
    // under the lock, so a change made elsewhere meanwhile to another field is kept.
    let base = session
        .plan()
        .training(id)
        .cloned()
        .ok_or_else(|| Failure::store(&OpError::not_found(Kind::Training, id).into(), lang))?;
    let mut mine = base.clone();
    changes.apply_to(&mut mine);
    let year = mine.year;
    session
        .store
        .apply(|plan| Ok(ops::edit(plan, id, &base, &mine)?))
        .map_err(|error| Failure::change(&error, FIELD_FLAGS, lang))?;
    let title = printable(&session.plan().training(id).expect("just changed").title).into_owned();
    let mut stdout = tr!(lang, Msg::Edited, id = id, title = title) + "\n";
    stdout.push_str(&plan_line(&session, year));
    let stderr = form_warning(&session, id) + &ceiling_warning(&session, year) + &past_warning(&session, id);
    Ok(Output { stdout, stderr })
}

/// `tumbuh plan rm ID [--unlink | --cascade]`: asks nothing, but refuses to orphan log entries
/// and reflections unless told what to do with them.
fn plan_remove(globals: &Globals, env: &Environment, id: &str, linked: OnLinked) -> Result<Output, Failure> {
    let mut session = Session::open(globals, env)?;
    let lang = session.lang;
    let id = id.trim();
    let (deleted, unlinked_logs, unlinked_reflections) = session
        .store
        .apply(|plan| {
            let linked_to = |training: &Option<String>| training.as_deref() == Some(id);
            let logs: Vec<String> =
                plan.logs.iter().filter(|l| linked_to(&l.training)).map(|l| l.id.clone()).collect();
            let reflections: Vec<String> =
                plan.reflections.iter().filter(|r| linked_to(&r.training)).map(|r| r.id.clone()).collect();
            Ok((ops::delete_training(plan, id, linked)?, logs, reflections))
        })
        .map_err(|error| match error {
            StoreError::Refused(OpError::Linked { .. }) => {
                let message = describe::errors::store_error(&error, lang);
                Failure::new(format!("{message}\n{}", lang.t(Msg::RemoveLinkedHint)), lang)
            }
            error => Failure::store(&error, lang),
        })?;
    let training = &deleted.trainings[0];
    let mut stdout = tr!(lang, Msg::Removed, id = id, title = printable(&training.title)) + "\n";
    let (logs, reflections) = match linked {
        OnLinked::Cascade => (
            deleted.logs.iter().map(|l| l.id.clone()).collect(),
            deleted.reflections.iter().map(|r| r.id.clone()).collect(),
        ),
        _ => (unlinked_logs, unlinked_reflections),
    };
    if !logs.is_empty() || !reflections.is_empty() {
        let items = describe::errors::items(&logs, &reflections, lang);
        stdout.push_str(&if linked == OnLinked::Cascade {
            tr!(lang, Msg::RemovedToo, items = items)
        } else {
            tr!(lang, Msg::KeptUnlinked, items = items)
        });
        stdout.push('\n');
    }
    stdout.push_str(&plan_line(&session, training.year));
    Ok(Output { stdout, stderr: String::new() })
}
