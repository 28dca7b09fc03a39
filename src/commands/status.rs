//! `tumbuh status`: the year at a glance.

use super::{Environment, Failure, Globals, Output, Session};
use crate::progress::summarize;
use crate::report;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusFormat {
    Text,
    Json,
    Short,
}

pub fn status(globals: &Globals, env: &Environment, format: StatusFormat) -> Result<Output, Failure> {
    let session = Session::open(globals, env)?;
    let summary = summarize(session.plan(), &session.catalog(), session.year, session.today);
    let lang = session.lang;
    Ok(match format {
        StatusFormat::Json => {
            Output { stdout: format!("{}\n", report::status_json(&summary)), stderr: String::new() }
        }
        StatusFormat::Short => {
            Output { stdout: format!("{}\n", report::status_short(&summary, lang)), stderr: String::new() }
        }
        StatusFormat::Text => Output {
            stdout: report::status_text(&summary, &session.plan().profile, lang),
            stderr: session.warnings(),
        },
    })
}
