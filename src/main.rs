//! Command-line parsing and dispatch. What each command does lives in `tumbuh::commands`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};
use clap_complete::Shell;
use tumbuh::commands::{
    self, Environment, ExportArgs, Failure, FormsArgs, Globals, ImportArgs, LogCommand, Output, PlanCommand,
    ProfileArgs, ReflectCommand, StatusArgs, TuiOptions,
};
use tumbuh::i18n::Msg;
use tumbuh::tr;

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
    Log(Box<LogCommand>),
    Reflect(Box<ReflectCommand>),
    Export(ExportArgs),
    Import(ImportArgs),
    /// Print the path of the data file in use
    Path,
    Forms(FormsArgs),
    Profile(ProfileArgs),
    /// Shell completions: tumbuh completions bash > ~/.local/share/bash-completion/completions/tumbuh
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
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
        Some(Command::Profile(args)) => args.changes(),
        _ => false,
    };
    let result = match cli.command {
        Some(Command::Status(args)) => commands::status(&globals, &env, &args),
        Some(Command::Plan(plan)) => commands::plan(&globals, &env, &plan),
        Some(Command::Log(log)) => commands::log(&globals, &env, &log),
        Some(Command::Reflect(reflect)) => commands::reflect(&globals, &env, &reflect),
        Some(Command::Export(args)) => commands::export(&globals, &env, &args),
        Some(Command::Import(args)) => commands::import(&globals, &env, &args),
        Some(Command::Path) => commands::path(&globals, &env),
        Some(Command::Forms(args)) => commands::forms(&globals, &env, &args),
        Some(Command::Profile(args)) => commands::profile(&globals, &env, &args),
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
        ErrorKind::UnknownArgument => Some(tr!(lang, Msg::UsageUnknown, arg = text(ContextKind::InvalidArg))),
        ErrorKind::InvalidSubcommand => {
            Some(tr!(lang, Msg::UsageUnknownCommand, command = text(ContextKind::InvalidSubcommand)))
        }
        ErrorKind::InvalidValue => Some(tr!(
            lang,
            Msg::UsageInvalidValue,
            arg = text(ContextKind::InvalidArg),
            value = text(ContextKind::InvalidValue),
            valid = text(ContextKind::ValidValue)
        )),
        ErrorKind::MissingRequiredArgument => {
            Some(tr!(lang, Msg::UsageMissing, args = text(ContextKind::InvalidArg)))
        }
        ErrorKind::ArgumentConflict => Some(tr!(
            lang,
            Msg::UsageConflict,
            arg = text(ContextKind::InvalidArg),
            other = text(ContextKind::PriorArg)
        )),
        _ => None,
    };
    let suggestion =
        [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue]
            .into_iter()
            .map(text)
            .find(|s| !s.is_empty())
            .map(|s| format!(" ({})", tr!(lang, Msg::UsageDidYouMean, suggestion = s)))
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
