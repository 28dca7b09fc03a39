//! `plan list`, `log list` and `reflect list`: the year's records as a table, or as JSON.

use clap::Subcommand;

use super::{Environment, Failure, Globals, Output, Session};
use crate::report::json::{log_records, pretty, reflection_records, training_records};
use crate::report::{YearRecords, lists};

/// `log list` and `reflect list`: the only subcommand of a command that otherwise writes.
#[derive(Subcommand, Debug)]
pub enum ListOnly {
    /// The year's entries
    List {
        /// A JSON array instead of the table
        #[arg(long)]
        json: bool,
    },
}

/// Opens the file and prints what `show` makes of it, with the file's warnings.
fn list(
    globals: &Globals,
    env: &Environment,
    show: impl FnOnce(&Session) -> String,
) -> Result<Output, Failure> {
    let session = Session::open(globals, env)?;
    Ok(Output { stdout: show(&session), stderr: session.warnings() })
}

pub fn plan_list(globals: &Globals, env: &Environment, json: bool) -> Result<Output, Failure> {
    list(globals, env, |session| {
        let (plan, year) = (session.plan(), session.year);
        match json {
            true => pretty(&training_records(plan, &YearRecords::of(plan, year).trainings)),
            false => lists::plan_list(plan, year, session.lang),
        }
    })
}

pub fn log_list(globals: &Globals, env: &Environment, json: bool) -> Result<Output, Failure> {
    list(globals, env, |session| {
        let (plan, year) = (session.plan(), session.year);
        match json {
            true => pretty(&log_records(plan, &YearRecords::of(plan, year).logs)),
            false => lists::log_list(plan, year, session.lang),
        }
    })
}

/// Due follow-ups come first, in the table and in the JSON alike.
pub fn reflect_list(globals: &Globals, env: &Environment, json: bool) -> Result<Output, Failure> {
    list(globals, env, |session| {
        let (plan, year, today) = (session.plan(), session.year, session.today);
        match json {
            true => pretty(&reflection_records(&lists::reflections_in_view(plan, year, today))),
            false => lists::reflection_list(plan, year, today, session.lang),
        }
    })
}
