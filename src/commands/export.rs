//! `tumbuh export`: the year as csv, md, json or ics, to standard output or a file.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::{Environment, Failure, Globals, Output, Session};
use crate::i18n::Msg;
use crate::progress::summarize;
use crate::report;

/// The year (--year) as csv, md, json or ics, on standard output or in a file
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// csv: one row per log entry (SIASN's fields); md: a report for your superior;
    /// json: the whole year; ics: the dated trainings for a calendar
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: ExportFormat,
    /// Write to this file instead of standard output
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// With --format json: only what you share with your unit (tumbuh team): profile, figures,
    /// plan and log, without certificate files or reflections
    #[arg(long)]
    pub share: bool,
    /// With --share: add each reflection's one change (nothing else of it)
    #[arg(long, requires = "share")]
    pub with_reflections: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Md,
    Json,
    Ics,
}

pub fn export(globals: &Globals, env: &Environment, args: &ExportArgs) -> Result<Output, Failure> {
    let session = Session::open(globals, env)?;
    let (plan, lang, year, today) = (session.plan(), session.lang, session.year, session.today);
    if args.share && args.format != ExportFormat::Json {
        return Err(Failure::flag_says("--share", lang.t(Msg::ShareNeedsJson), lang));
    }
    let summary = summarize(plan, &session.catalog(), year, today);
    let text = match args.format {
        ExportFormat::Csv => report::csv::export(plan, year),
        ExportFormat::Md => report::md::export(plan, &summary, today, lang),
        ExportFormat::Json if args.share => {
            report::share::export(plan, &summary, today, args.with_reflections)
        }
        ExportFormat::Json => report::json::export(plan, &summary),
        ExportFormat::Ics => report::ics::export(plan, year, today, lang),
    };
    let stderr = session.warnings();
    let Some(path) = args.output.as_deref() else {
        return Ok(Output { stdout: text, stderr });
    };
    // Never over the data file itself, whether or not it exists yet; written like it,
    // atomically and private to its owner.
    if same_file(path, session.store.path()) {
        let problem = lang.t(Msg::OutputIsDataFile);
        return Err(Failure::flag_says("--output", problem, lang));
    }
    crate::store::write_atomically(path, text.as_bytes()).map_err(|error| {
        let problem = match error {
            crate::store::PathError::Refused(path, why) => {
                crate::describe::errors::refusal(&path, &why, lang)
            }
            crate::store::PathError::Io(path, error) => {
                tr!(lang, Msg::ErrWrite, path = path.display(), error = error)
            }
        };
        Failure::flag_says("--output", &problem, lang)
    })?;
    let stdout = tr!(lang, Msg::Written, path = path.display()) + "\n";
    Ok(Output { stdout, stderr })
}

/// Whether two paths name the same file: the same canonical file (through links), or, for a file
/// not there yet, the same file name in the same canonical folder.
fn same_file(a: &Path, b: &Path) -> bool {
    let real = |p: &Path| p.canonicalize().ok();
    let by_folder = |p: &Path| {
        let parent = p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        Some(parent.canonicalize().ok()?.join(p.file_name()?))
    };
    let same = |x: Option<PathBuf>, y: Option<PathBuf>| x.zip(y).is_some_and(|(x, y)| x == y);
    same(real(a), real(b)) || same(by_folder(a), by_folder(b))
}
