//! Command-line parsing and dispatch. What each command does lives in `tumbuh::commands`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand};
use clap_complete::Shell;
use tumbuh::commands::{
    self, Environment, ExportArgs, Failure, FormsArgs, Globals, ImportArgs, LogArgs, Output, PlanCommand,
    ReflectArgs, StatusArgs, TuiOptions,
};
use tumbuh::i18n::Msg;

/// tumbuh: plan, log and reflect on your yearly 20 JP of competency development.
#[derive(Parser)]
#[command(name = "tumbuh", version, about, long_about = None, after_help = TOP_EXAMPLES)]
struct Cli {
    /// The data file to use (default: your data folder; or TUMBUH_FILE)
    #[arg(long, global = true, value_name = "PATH", help_heading = "Global options")]
    file: Option<PathBuf>,
    /// Language: id (Indonesian) or en (English); or TUMBUH_LANG, or the profile's
    #[arg(long, global = true, value_name = "id|en", help_heading = "Global options")]
    lang: Option<String>,
    /// The year to show (default: this year)
    #[arg(long, global = true, value_name = "YYYY", help_heading = "Global options")]
    year: Option<i32>,
    /// Leave the mouse to the terminal (for text selection)
    #[arg(long, global = true, help_heading = "Global options")]
    no_mouse: bool,
    /// Open the planner on a copy of a sample year; your own file is not touched
    #[arg(long)]
    demo: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

const TOP_EXAMPLES: &str = "\
The year in four steps:
  tumbuh plan add --title \"Pelatihan Analisis Kebijakan\" --jp 24 --start 2026-09-08 --why \"…\"
  tumbuh plan done t3
  tumbuh log --training t3 --jp 24 --certificate 123/LAN/2026
  tumbuh reflect --training t3 --changed \"…\" --follow-up 2026-10-15

Dates: 2026-03-12, 12/3/2026, \"12 Mar 2026\", \"12 Mei 2026\", today / hari ini.
JP: 2, 2,5 or 2.5. Environment: TUMBUH_FILE, TUMBUH_LANG, TUMBUH_TODAY (YYYY-MM-DD).";

// A command with arguments takes its help from its arguments type's doc comment, beside the code.
#[derive(Subcommand)]
enum Command {
    Status(StatusArgs),
    #[command(subcommand)]
    Plan(Box<PlanCommand>),
    /// Log JP earned (give exactly one of --jp, --minutes, --hours, --units), or `log list`
    #[command(after_help = LOG_EXAMPLES)]
    Log(Box<LogCommand>),
    /// Write down the one thing that changed after a course, or answer its follow-up; or `reflect list`
    #[command(after_help = REFLECT_EXAMPLES)]
    Reflect(Box<ReflectCommand>),
    Export(ExportArgs),
    Import(ImportArgs),
    /// Print the path of the data file in use
    Path,
    Forms(FormsArgs),
    /// Shell completions: tumbuh completions bash > ~/.local/share/bash-completion/completions/tumbuh
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
}

const LOG_EXAMPLES: &str = "\
Examples:
  tumbuh log --jp 2,5 --title \"Webinar Satu Data\" --certificate 77/SDI/2026 --in-siasn
  tumbuh log --minutes 90 --training t5
  tumbuh log --units 2 --form seminar --title \"Rakornas\"   (2 days × 4 JP)
  tumbuh log list [--json]";

const REFLECT_EXAMPLES: &str = "\
Examples:
  tumbuh reflect --training t3 --changed \"Sebelum rapat saya menulis ringkasan satu halaman\" \\
      --usefulness 4 --follow-up 2026-10-15
  tumbuh reflect --id r2 --applied partly
  tumbuh reflect --id r2 --follow-up 2026-11-01
  tumbuh reflect list [--json]      (follow-ups that are due come first)";

/// `log list` and `reflect list`: the only subcommand of a command that otherwise writes.
#[derive(Subcommand)]
enum ListOnly {
    /// The year's entries
    List {
        /// A JSON array instead of the table
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
struct LogCommand {
    #[command(subcommand)]
    list: Option<ListOnly>,
    #[command(flatten)]
    flags: LogFlags,
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
struct ReflectCommand {
    #[command(subcommand)]
    list: Option<ListOnly>,
    #[command(flatten)]
    flags: ReflectFlags,
}

#[derive(Args)]
#[command(group = clap::ArgGroup::new("follow_up_answer").args(["applied", "follow_up"]).multiple(true))]
struct ReflectFlags {
    /// The training it is about, e.g. t3
    #[arg(long, value_name = "ID", conflicts_with = "log")]
    training: Option<String>,
    /// Or the log entry it is about (for an entry without a training), e.g. l7
    #[arg(long, value_name = "ID")]
    log: Option<String>,
    /// The one thing that changes in your work (needed)
    #[arg(long, value_name = "TEXT")]
    changed: Option<String>,
    /// What you learned
    #[arg(long, value_name = "TEXT")]
    learned: Option<String>,
    /// Your next step
    #[arg(long, value_name = "TEXT")]
    next: Option<String>,
    /// How useful it was, 1 to 5
    #[arg(long, value_name = "1-5")]
    usefulness: Option<String>,
    /// When to check whether the change stuck, e.g. 2026-10-15
    #[arg(long, value_name = "D")]
    follow_up: Option<String>,
    /// The day of the reflection (default: today)
    #[arg(long, value_name = "D")]
    date: Option<String>,
    /// An existing reflection, e.g. r2: give --applied at its follow-up, or --follow-up to set the day
    #[arg(
        long,
        value_name = "R",
        requires = "follow_up_answer",
        conflicts_with_all = ["training", "log", "changed", "learned", "next", "usefulness", "date"]
    )]
    id: Option<String>,
    /// Did the change stick? yes, partly or no (with --id)
    #[arg(long, value_name = "yes|partly|no", requires = "id")]
    applied: Option<String>,
}

impl From<ReflectFlags> for ReflectArgs {
    fn from(flags: ReflectFlags) -> ReflectArgs {
        ReflectArgs {
            training: flags.training,
            log: flags.log,
            changed: flags.changed,
            learned: flags.learned,
            next: flags.next,
            usefulness: flags.usefulness,
            follow_up: flags.follow_up,
            date: flags.date,
            id: flags.id,
            applied: flags.applied,
        }
    }
}

#[derive(Args)]
#[command(group = clap::ArgGroup::new("amount").required(true).multiple(false))]
struct LogFlags {
    /// JP earned, e.g. 2 or 2,5
    #[arg(long, group = "amount", value_name = "N", allow_negative_numbers = true)]
    jp: Option<String>,
    /// Minutes of learning, turned into JP (45 minutes = 1 JP by default)
    #[arg(long, group = "amount", value_name = "M", allow_negative_numbers = true)]
    minutes: Option<String>,
    /// Hours of learning, turned into JP
    #[arg(long, group = "amount", value_name = "H", allow_negative_numbers = true)]
    hours: Option<String>,
    /// Days, sessions or times, counted by the form's rule (see `tumbuh forms`)
    #[arg(long, group = "amount", value_name = "N", allow_negative_numbers = true)]
    units: Option<String>,
    /// What you attended (needed unless --training is given)
    #[arg(long, value_name = "T")]
    title: Option<String>,
    /// The planned training this entry belongs to, e.g. t3
    #[arg(long, value_name = "ID")]
    training: Option<String>,
    /// Form of development, a key from `tumbuh forms` (default: the training's)
    #[arg(long, value_name = "F")]
    form: Option<String>,
    /// The day, e.g. 2026-03-12, 12/3/2026, "12 Mar 2026" or today (default: today)
    #[arg(long, value_name = "D")]
    date: Option<String>,
    /// Who ran it (default: the training's provider)
    #[arg(long, value_name = "P")]
    provider: Option<String>,
    /// Certificate number
    #[arg(long, value_name = "NO")]
    certificate: Option<String>,
    /// Where the certificate file is kept
    #[arg(long, value_name = "PATH")]
    certificate_file: Option<String>,
    /// Already entered into SIASN
    #[arg(long)]
    in_siasn: bool,
    /// An international event (counts by the international rule)
    #[arg(long)]
    international: bool,
}

impl From<LogFlags> for LogArgs {
    fn from(flags: LogFlags) -> LogArgs {
        LogArgs {
            jp: flags.jp,
            minutes: flags.minutes,
            hours: flags.hours,
            units: flags.units,
            title: flags.title,
            training: flags.training,
            form: flags.form,
            date: flags.date,
            provider: flags.provider,
            certificate: flags.certificate,
            certificate_file: flags.certificate_file,
            in_siasn: flags.in_siasn,
            international: flags.international,
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage_error(error),
    };
    let env = Environment::from_process();
    let globals = Globals { file: cli.file, lang: cli.lang, year: cli.year };
    let changes_the_file = match &cli.command {
        Some(Command::Plan(plan)) => !matches!(**plan, PlanCommand::List { .. }),
        Some(Command::Log(log)) => log.list.is_none(),
        Some(Command::Reflect(reflect)) => reflect.list.is_none(),
        Some(Command::Import(_)) => true,
        _ => false,
    };
    let result = match cli.command {
        Some(Command::Status(args)) => commands::status(&globals, &env, &args),
        Some(Command::Plan(plan)) => commands::plan(&globals, &env, &plan),
        Some(Command::Log(log)) => match log.list {
            Some(ListOnly::List { json }) => commands::log_list(&globals, &env, json),
            None => commands::log(&globals, &env, &log.flags.into()),
        },
        Some(Command::Reflect(reflect)) => match reflect.list {
            Some(ListOnly::List { json }) => commands::reflect_list(&globals, &env, json),
            None => commands::reflect(&globals, &env, &reflect.flags.into()),
        },
        Some(Command::Export(args)) => commands::export(&globals, &env, &args),
        Some(Command::Import(args)) => commands::import(&globals, &env, &args),
        Some(Command::Path) => commands::path(&globals, &env),
        Some(Command::Forms(args)) => commands::forms(&globals, &env, &args),
        Some(Command::Completions { shell }) => Ok(completions(shell)),
        None => commands::interactive(&globals, &env, TuiOptions { demo: cli.demo, no_mouse: cli.no_mouse }),
    };
    finish(result, changes_the_file)
}

fn completions(shell: Shell) -> Output {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "tumbuh", &mut script);
    Output { stdout: String::from_utf8_lossy(&script).into_owned(), stderr: String::new() }
}

fn finish(result: Result<Output, Failure>, changes_the_file: bool) -> ExitCode {
    match result {
        Ok(output) => {
            // A closed pipe (`tumbuh status | head -1`) is not an error worth a message.
            let _ = std::io::stdout().write_all(output.stdout.as_bytes());
            let _ = std::io::stderr().write_all(output.stderr.as_bytes());
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("{}", failure.render(changes_the_file));
            ExitCode::FAILURE
        }
    }
}

/// Clap's own help and version go out as they are; a mistake in the command line is said in
/// the person's language, naming the flag, with clap's English as the fallback.
fn usage_error(error: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let show_as_is = matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if show_as_is {
        error.exit();
    }
    let lang = commands::lang_of_args(std::env::args(), &Environment::from_process());
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        Some(ContextValue::Strings(texts)) => texts.join(", "),
        _ => String::new(),
    };
    let message = match error.kind() {
        ErrorKind::UnknownArgument => {
            Some(lang.f(Msg::UsageUnknown, &[("arg", &text(ContextKind::InvalidArg))]))
        }
        ErrorKind::InvalidSubcommand => {
            Some(lang.f(Msg::UsageUnknownCommand, &[("command", &text(ContextKind::InvalidSubcommand))]))
        }
        ErrorKind::InvalidValue => Some(lang.f(
            Msg::UsageInvalidValue,
            &[
                ("arg", &text(ContextKind::InvalidArg)),
                ("value", &text(ContextKind::InvalidValue)),
                ("valid", &text(ContextKind::ValidValue)),
            ],
        )),
        ErrorKind::MissingRequiredArgument => {
            Some(lang.f(Msg::UsageMissing, &[("args", &text(ContextKind::InvalidArg))]))
        }
        ErrorKind::ArgumentConflict => Some(lang.f(
            Msg::UsageConflict,
            &[("arg", &text(ContextKind::InvalidArg)), ("other", &text(ContextKind::PriorArg))],
        )),
        _ => None,
    };
    let suggestion =
        [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue]
            .into_iter()
            .map(text)
            .find(|s| !s.is_empty())
            .map(|s| format!(" ({})", lang.f(Msg::UsageDidYouMean, &[("suggestion", &s)])))
            .unwrap_or_default();
    match message {
        Some(message) => {
            let prefix = lang.t(Msg::ErrorPrefix);
            eprintln!("{prefix}: {message}{suggestion}\n{}", lang.t(Msg::UsageSeeHelp));
            ExitCode::from(2)
        }
        None => error.exit(),
    }
}
