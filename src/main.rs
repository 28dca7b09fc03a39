//! Command-line parsing and dispatch. What each command does lives in `tumbuh::commands`.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::FromArgMatches;
use clap_complete::Shell;
use tumbuh::commands::cli::{self, Cli, Command};
use tumbuh::commands::{self, Environment, Failure, Globals, Output, PlanCommand, TuiOptions};
use tumbuh::i18n::{Lang, Msg};
use tumbuh::tr;

fn main() -> ExitCode {
    // As the system gives them: an argument that is not UTF-8 is a usage error, not a panic.
    let args: Vec<OsString> = std::env::args_os().collect();
    let env = Environment::from_process();
    // The help and any mistake in the command line are said in the person's language: --lang,
    // TUMBUH_LANG, else the profile's, read cheaply before clap knows the flags.
    let words = args.iter().map(|arg| arg.to_string_lossy().into_owned());
    let lang = commands::lang_of_args(words, &env);
    let parsed =
        cli::command(lang).try_get_matches_from(&args).and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => return usage_error(error, &args, lang),
    };
    let globals = Globals { file: cli.file, lang: cli.lang, year: cli.year };
    let changes_the_file = match &cli.command {
        Some(Command::Plan(plan)) => {
            !matches!(**plan, PlanCommand::List { .. } | PlanCommand::Suggest { add: false, .. })
        }
        Some(Command::Log(log)) => log.list.is_none(),
        Some(Command::Reflect(reflect)) => reflect.list.is_none(),
        Some(Command::Import(_)) => true,
        Some(Command::Siasn(siasn)) => siasn.done.is_some(),
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
        Some(Command::Siasn(siasn)) => commands::siasn(&globals, &env, &siasn),
        Some(Command::Team(args)) => commands::team(&globals, &env, &args),
        Some(Command::Profile(args)) => commands::profile(&globals, &env, &args),
        Some(Command::Path) => commands::path(&globals, &env),
        Some(Command::Forms(args)) => commands::forms(&globals, &env, &args),
        Some(Command::Completions { shell }) => Ok(completions(shell, lang)),
        Some(Command::Man { command }) => commands::man::page(&command, lang),
        None => commands::interactive(&globals, &env, TuiOptions { demo: cli.demo, no_mouse: cli.no_mouse }),
    };
    finish(result, changes_the_file)
}

fn completions(shell: Shell, lang: Lang) -> Output {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cli::command(lang), "tumbuh", &mut script);
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

/// The help and version go out as clap writes them (the help already in `lang`); a mistake in
/// the command line is said in `lang`, naming the flag, with clap's English as the fallback.
fn usage_error(error: clap::Error, args: &[OsString], lang: Lang) -> ExitCode {
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
        ErrorKind::InvalidValue if text(ContextKind::InvalidValue).is_empty() => {
            Some(tr!(lang, Msg::UsageNeedsValue, arg = text(ContextKind::InvalidArg)))
        }
        ErrorKind::InvalidValue => Some(tr!(
            lang,
            Msg::UsageInvalidValue,
            arg = text(ContextKind::InvalidArg),
            value = text(ContextKind::InvalidValue),
            valid = text(ContextKind::ValidValue)
        )),
        ErrorKind::ValueValidation => Some(tr!(
            lang,
            Msg::UsageBadValue,
            arg = text(ContextKind::InvalidArg),
            value = text(ContextKind::InvalidValue)
        )),
        ErrorKind::MissingRequiredArgument => {
            Some(tr!(lang, Msg::UsageMissing, args = text(ContextKind::InvalidArg)))
        }
        ErrorKind::InvalidUtf8 => {
            let arg = args.iter().find(|arg| arg.to_str().is_none()).map(|arg| arg.to_string_lossy());
            Some(tr!(lang, Msg::UsageNotUtf8, arg = arg.unwrap_or_default()))
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
