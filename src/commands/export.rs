//! `tumbuh export`: the year as csv, md, json or ics, to standard output or a file.

use std::path::Path;

use super::{Environment, Failure, Globals, Output, Session};
use crate::i18n::Msg;
use crate::progress::summarize;
use crate::report;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Md,
    Json,
    Ics,
}

pub fn export(
    globals: &Globals,
    env: &Environment,
    format: ExportFormat,
    output: Option<&Path>,
) -> Result<Output, Failure> {
    let session = Session::open(globals, env)?;
    let (plan, lang, year, today) = (session.plan(), session.lang, session.year, session.today);
    let summary = summarize(plan, &session.catalog(), year, today);
    let text = match format {
        ExportFormat::Csv => report::csv::export(plan, year),
        ExportFormat::Md => report::md::export(plan, &summary, today, lang),
        ExportFormat::Json => report::json::export(plan, &summary),
        ExportFormat::Ics => report::ics::export(plan, year, today, lang),
    };
    let stderr = session.warnings();
    let Some(path) = output else {
        return Ok(Output { stdout: text, stderr });
    };
    // Never over the data file itself; written like it, atomically and private to its owner.
    let same =
        |a: &Path, b: &Path| a.canonicalize().ok().zip(b.canonicalize().ok()).is_some_and(|(a, b)| a == b);
    if same(path, session.store.path()) {
        let problem = lang.t(Msg::OutputIsDataFile);
        return Err(Failure::flag_says("--output", problem, lang));
    }
    crate::store::write_atomically(path, text.as_bytes()).map_err(|error| {
        let problem = lang.f(Msg::ErrWrite, &[("path", &path.display()), ("error", &error)]);
        Failure::flag_says("--output", &problem, lang)
    })?;
    let stdout = lang.f(Msg::Written, &[("path", &path.display())]) + "\n";
    Ok(Output { stdout, stderr })
}
