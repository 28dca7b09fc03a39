//! `tumbuh status`: the year at a glance.

use clap::Args;

use super::{Environment, Failure, Globals, Output, Session};
use crate::progress::summarize;
use crate::report;

/// The year at a glance: done, target, gap, pace and projection
#[derive(Args, Debug)]
pub struct StatusArgs {
    /// One JSON object with every figure
    #[arg(long, conflicts_with = "short")]
    pub json: bool,
    /// One line, for a shell prompt
    #[arg(long)]
    pub short: bool,
}

pub fn status(globals: &Globals, env: &Environment, args: &StatusArgs) -> Result<Output, Failure> {
    let session = Session::open(globals, env)?;
    let summary = summarize(session.plan(), &session.catalog(), session.year, session.today);
    let lang = session.lang;
    Ok(if args.json {
        Output { stdout: format!("{}\n", report::status_json(&summary)), stderr: String::new() }
    } else if args.short {
        Output { stdout: format!("{}\n", report::status_short(&summary, lang)), stderr: String::new() }
    } else {
        Output {
            stdout: report::status_text(&summary, &session.plan().profile, lang),
            stderr: session.warnings(),
        }
    })
}
