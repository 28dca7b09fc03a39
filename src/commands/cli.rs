//! The command line as clap types: the top of it here, each command's own arguments beside the
//! code that reads them (`commands::*`). Every text a person reads in `--help` (about, headings,
//! each flag, the examples) comes from the message table in their language: see `help_text`,
//! and build the parser with [`command`], not `Cli::command()`.

use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};
use clap_complete::Shell;

use super::{
    ExportArgs, FormsArgs, ImportArgs, LogCommand, PlanCommand, ProfileArgs, ReflectCommand, SiasnCommand,
    StatusArgs, TeamArgs,
};
use crate::i18n::Lang;

/// tumbuh: plan, log and reflect on your yearly 20 JP of competency development.
#[derive(Parser, Debug)]
#[command(name = "tumbuh", version)]
pub struct Cli {
    // The planner on a copy of the sample year. First, so that "Options" comes before the
    // global options in the top's help.
    #[arg(long)]
    pub demo: bool,
    #[arg(long, global = true, value_name = "PATH")]
    pub file: Option<PathBuf>,
    #[arg(long, global = true, value_name = "id|en")]
    pub lang: Option<String>,
    #[arg(long, global = true, value_name = "YYYY")]
    pub year: Option<i32>,
    #[arg(long, global = true)]
    pub no_mouse: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Status(StatusArgs),
    #[command(subcommand)]
    Plan(Box<PlanCommand>),
    Log(Box<LogCommand>),
    Reflect(Box<ReflectCommand>),
    Export(ExportArgs),
    Import(ImportArgs),
    Siasn(SiasnCommand),
    Team(TeamArgs),
    Profile(ProfileArgs),
    /// The path of the data file in use.
    Path,
    Forms(FormsArgs),
    /// Shell completions.
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
    /// The manual page of tumbuh, or of one of its commands.
    Man {
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
    },
}

/// The command line in `lang`: clap's parser with every text a person reads in their language.
pub fn command(lang: Lang) -> clap::Command {
    super::help_text::localize(Cli::command(), lang)
}
