//! `tumbuh log`: record JP earned, from the shell, in one command.

use clap::Args;

use super::flags::{self, trimmed};
use super::lists::{ListOnly, log_list};
use super::{Environment, Failure, Globals, Output, Session, unknown_form_warning};
use crate::catalog::{Amount, CountError, count};
use crate::describe;
use crate::i18n::Msg;
use crate::model::{Jp, Log, Place, ProblemKind, UnknownKeys, format_date, parse_hundredths};
use crate::ops;
use crate::printable::printable;
use crate::progress::summarize;
use crate::report;

/// Log JP earned (give exactly one of --jp, --minutes, --hours, --units), or `log list`
#[derive(Args, Debug)]
#[command(
    after_help = LOG_EXAMPLES,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct LogCommand {
    #[command(subcommand)]
    pub list: Option<ListOnly>,
    #[command(flatten)]
    pub args: LogArgs,
}

const LOG_EXAMPLES: &str = "\
Examples:
  tumbuh log --jp 2,5 --title \"Webinar Satu Data\" --certificate 77/SDI/2026 --in-siasn
  tumbuh log --minutes 90 --training t5
  tumbuh log --units 2 --form seminar --title \"Rakornas\"   (2 days × 4 JP)
  tumbuh log list [--json]";

/// `tumbuh log`'s flags, as typed: the command checks each value itself, so that a refusal is
/// said in the profile's language, which clap cannot know.
#[derive(Args, Debug)]
#[command(group = clap::ArgGroup::new("amount").required(true).multiple(false))]
pub struct LogArgs {
    /// JP earned, e.g. 2 or 2,5
    #[arg(long, group = "amount", value_name = "N", allow_negative_numbers = true)]
    pub jp: Option<String>,
    /// Minutes of learning, turned into JP (45 minutes = 1 JP by default)
    #[arg(long, group = "amount", value_name = "M", allow_negative_numbers = true)]
    pub minutes: Option<String>,
    /// Hours of learning, turned into JP
    #[arg(long, group = "amount", value_name = "H", allow_negative_numbers = true)]
    pub hours: Option<String>,
    /// Days, sessions or times, counted by the form's rule (see `tumbuh forms`)
    #[arg(long, group = "amount", value_name = "N", allow_negative_numbers = true)]
    pub units: Option<String>,
    /// What you attended (needed unless --training is given)
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// The planned training this entry belongs to, e.g. t3
    #[arg(long, value_name = "ID")]
    pub training: Option<String>,
    /// Form of development, a key from `tumbuh forms` (default: the training's)
    #[arg(long, value_name = "F")]
    pub form: Option<String>,
    /// The day, e.g. 2026-03-12, 12/3/2026, "12 Mar 2026" or today (default: today)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Who ran it (default: the training's provider)
    #[arg(long, value_name = "P")]
    pub provider: Option<String>,
    /// Certificate number
    #[arg(long, value_name = "NO")]
    pub certificate: Option<String>,
    /// Where the certificate file is kept
    #[arg(long, value_name = "PATH")]
    pub certificate_file: Option<String>,
    /// Already entered into SIASN
    #[arg(long)]
    pub in_siasn: bool,
    /// An international event (counts by the international rule)
    #[arg(long)]
    pub international: bool,
}

/// `tumbuh log …` adds an entry; `tumbuh log list` shows the year's.
pub fn log(globals: &Globals, env: &Environment, command: &LogCommand) -> Result<Output, Failure> {
    match command.list {
        Some(ListOnly::List { json }) => log_list(globals, env, json),
        None => add_entry(globals, env, &command.args),
    }
}

fn add_entry(globals: &Globals, env: &Environment, args: &LogArgs) -> Result<Output, Failure> {
    let mut session = Session::open(globals, env)?;
    let lang = session.lang;
    let plan = session.plan();
    let catalog = session.catalog();

    let training =
        match trimmed(&args.training) {
            Some(id) => Some(plan.training(&id).ok_or_else(|| {
                Failure::flag("--training", &ProblemKind::UnknownTraining(id.clone()), lang)
            })?),
            None => None,
        };
    let title = trimmed(&args.title).unwrap_or_default();
    if training.is_none() && title.is_empty() {
        return Err(Failure::flag("--title", &ProblemKind::NoTitleOrTraining, lang));
    }
    let form_key = trimmed(&args.form).or_else(|| training.and_then(|t| t.form.clone()));
    let form = form_key.as_deref().and_then(|key| catalog.get(key));
    let date = match trimmed(&args.date) {
        Some(text) => flags::date("--date", &text, session.today, lang)?,
        None => session.today,
    };

    let (flag, amount) = typed_amount(args).map_err(|(flag, kind)| Failure::flag(flag, &kind, lang))?;
    let (jp, counted) = match amount {
        Typed::Jp(jp) => (jp, None),
        Typed::Counted(amount) => {
            match count(form, amount, args.international, plan.profile.minutes_per_jp) {
                Ok(counted) => (counted.jp, Some(counted)),
                Err(CountError::NotPositive) => {
                    return Err(Failure::flag(flag, &ProblemKind::JpNotPositive, lang));
                }
                Err(CountError::NoUnitRule) => {
                    let why = match &form_key {
                        None => lang.t(Msg::UnitsNeedForm).to_string(),
                        Some(key) => tr!(lang, Msg::UnitsNeedRule, form = printable(key)),
                    };
                    return Err(Failure::flag_says(flag, &why, lang));
                }
            }
        }
    };
    let jp = flags::entry_jp(flag, jp, lang)?;

    let entry = Log {
        id: String::new(),
        date,
        start: None,
        jp,
        training: training.map(|t| t.id.clone()),
        title,
        form: trimmed(&args.form),
        provider: trimmed(&args.provider)
            .or_else(|| training.map(|t| t.provider.clone()))
            .unwrap_or_default(),
        certificate: trimmed(&args.certificate).unwrap_or_default(),
        certificate_file: trimmed(&args.certificate_file).unwrap_or_default(),
        in_siasn: args.in_siasn,
        international: args.international,
        extra: UnknownKeys::new(),
    };
    let shown_title = entry.shown_title(training).to_string();
    let unknown_form = form_key.as_ref().filter(|key| catalog.get(key).is_none()).cloned();

    let id = session
        .store
        .apply(|plan| Ok(ops::add_log(plan, entry)))
        .map_err(|error| Failure::store(&error, lang))?;

    let mut stdout = tr!(
        lang,
        Msg::Logged,
        id = id,
        jp = jp.format(lang),
        title = printable(&shown_title),
        date = format_date(date, lang)
    );
    stdout.push('\n');
    if let Some(counted) = counted {
        stdout.push_str(&tr!(lang, Msg::CountedBy, rule = describe::domain::counted(&counted, lang)));
        stdout.push('\n');
    }
    let summary = summarize(session.plan(), &session.catalog(), session.year, session.today);
    stdout.push_str(&report::status_short(&summary, lang));
    stdout.push('\n');
    let place = Place::Log { index: session.plan().logs.len() - 1, id };
    let stderr = unknown_form.map(|form| unknown_form_warning(&place, &form, lang)).unwrap_or_default();
    Ok(Output { stdout, stderr })
}

/// The amount as typed: JP directly, or time or units still to be counted.
enum Typed {
    Jp(Jp),
    Counted(Amount),
}

/// Reads whichever amount flag was given; clap makes sure it is exactly one.
fn typed_amount(args: &LogArgs) -> Result<(&'static str, Typed), (&'static str, ProblemKind)> {
    let decimal =
        |flag: &'static str, text: &str| parse_hundredths(text).map_err(|e| (flag, ProblemKind::Jp(e)));
    if let Some(text) = &args.jp {
        return Jp::parse(text).map(|jp| ("--jp", Typed::Jp(jp))).map_err(|e| ("--jp", ProblemKind::Jp(e)));
    }
    if let Some(text) = &args.minutes {
        let minutes = decimal("--minutes", text)?;
        return Ok(("--minutes", Typed::Counted(Amount::MinutesHundredths(minutes))));
    }
    if let Some(text) = &args.hours {
        let hours = decimal("--hours", text)?;
        return Ok(("--hours", Typed::Counted(Amount::MinutesHundredths(hours.saturating_mul(60)))));
    }
    let text = args.units.as_deref().unwrap_or_default();
    let units = decimal("--units", text)?;
    Ok(("--units", Typed::Counted(Amount::UnitsHundredths(units))))
}
