//! Command-line parsing and dispatch. What each command does lives in `tumbuh::commands`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use tumbuh::commands::{self, Environment, Failure, Globals, LogArgs, Output, StatusFormat, TuiOptions};

/// tumbuh: plan, log and reflect on your yearly 20 JP of competency development.
#[derive(Parser)]
#[command(name = "tumbuh", version, about, long_about = None)]
struct Cli {
    /// The data file to use (default: your data folder; or TUMBUH_FILE)
    #[arg(long, global = true, value_name = "PATH")]
    file: Option<PathBuf>,
    /// Language: id (Indonesian) or en (English); or TUMBUH_LANG, or the profile's
    #[arg(long, global = true, value_name = "id|en")]
    lang: Option<String>,
    /// The year to show (default: this year)
    #[arg(long, global = true, value_name = "YYYY")]
    year: Option<i32>,
    /// Leave the mouse to the terminal (for text selection)
    #[arg(long, global = true)]
    no_mouse: bool,
    /// Open the planner on a copy of a sample year; your own file is not touched
    #[arg(long)]
    demo: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// The year at a glance: done, target, gap, pace and projection
    Status {
        /// One JSON object with every figure
        #[arg(long, conflicts_with = "short")]
        json: bool,
        /// One line, for a shell prompt
        #[arg(long)]
        short: bool,
    },
    /// Log JP earned (give exactly one of --jp, --minutes, --hours, --units)
    Log(Box<LogFlags>),
    /// Print the path of the data file in use
    Path,
    /// The catalog of forms of development and how each counts JP
    Forms,
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
    let cli = Cli::parse();
    let env = Environment::from_process();
    let globals = Globals { file: cli.file, lang: cli.lang, year: cli.year };
    let changes_the_file = matches!(cli.command, Some(Command::Log(_)));
    let result = match cli.command {
        Some(Command::Status { json, short }) => {
            let format = match (json, short) {
                (true, _) => StatusFormat::Json,
                (_, true) => StatusFormat::Short,
                _ => StatusFormat::Text,
            };
            commands::status(&globals, &env, format)
        }
        Some(Command::Log(flags)) => commands::log(&globals, &env, &(*flags).into()),
        Some(Command::Path) => commands::path(&globals, &env),
        Some(Command::Forms) => commands::forms(&globals, &env),
        None => commands::interactive(&globals, &env, TuiOptions { demo: cli.demo, no_mouse: cli.no_mouse }),
    };
    finish(result, changes_the_file)
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
