//! `tumbuh siasn`: the year's courses as the records SIASN asks for, and `siasn done ID` to mark
//! one entered.

use std::path::{Path, PathBuf};

use chrono::Datelike;
use clap::{Args, Subcommand};

use super::{Environment, Failure, Globals, Output, Session};
use crate::ops;
use crate::printable::printable;
use crate::progress::summarize;
use crate::report::json::pretty;
use crate::report::siasn::{json_records, list, pending, year_records};
use crate::siasn::{SiasnRecord, look_for_files};

/// The year's courses not yet in SIASN, each as the record MyASN asks for, in its order
#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SiasnCommand {
    #[command(subcommand)]
    pub done: Option<SiasnDone>,
    /// Every course of the year, those already in SIASN too
    #[arg(long)]
    pub all: bool,
    /// A JSON array of the records instead of the text
    #[arg(long)]
    pub json: bool,
}

/// `siasn done ID`: the one subcommand, the one that writes.
#[derive(Subcommand, Debug)]
pub enum SiasnDone {
    /// Mark a course as entered into SIASN: every log entry of the training, or the one entry
    Done {
        /// The training or log entry, e.g. t4 or l10 (an entry of a training marks the training)
        id: String,
    },
}

pub fn siasn(globals: &Globals, env: &Environment, command: &SiasnCommand) -> Result<Output, Failure> {
    match &command.done {
        Some(SiasnDone::Done { id }) => siasn_done(globals, env, id),
        None => siasn_list(globals, env, command.all, command.json),
    }
}

/// The home folder, for a certificate file written as `~/…`.
pub fn home_folder() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf())
}

/// Looks on disk for each record's certificate file, from the data file's folder.
pub fn find_certificate_files(records: &mut [SiasnRecord], data_file: &Path) {
    let folder = data_file.parent().unwrap_or(Path::new("."));
    look_for_files(records, home_folder().as_deref(), folder, Path::is_file);
}

fn siasn_list(globals: &Globals, env: &Environment, all: bool, json: bool) -> Result<Output, Failure> {
    let session = Session::open(globals, env)?;
    let (lang, year) = (session.lang, session.year);
    let courses = year_records(session.plan(), &session.catalog(), year);
    let none_at_all = courses.is_empty();
    let mut records = if all { courses } else { pending(courses) };
    find_certificate_files(&mut records, session.store.path());
    let stdout = if json {
        pretty(&json_records(&records))
    } else if none_at_all {
        tr!(lang, Msg::NoLogs, year = year) + "\n"
    } else {
        list(&records, all, year, lang)
    };
    Ok(Output { stdout, stderr: session.warnings() })
}

/// `tumbuh siasn done ID`: every entry of the course, through the store. Nothing is written
/// when there is nothing to mark.
fn siasn_done(globals: &Globals, env: &Environment, id: &str) -> Result<Output, Failure> {
    let mut session = Session::open(globals, env)?;
    let lang = session.lang;
    let id = id.trim();
    let Some(course) = session.plan().course(id) else {
        return Err(Failure::new(tr!(lang, Msg::SiasnNoCourse, id = printable(id)), lang));
    };
    let course_id = course.id().to_string();
    if course.logs.is_empty() {
        return Err(Failure::new(tr!(lang, Msg::SiasnNothingLogged, id = printable(&course_id)), lang));
    }
    if course.logs.iter().all(|l| l.in_siasn) {
        let stdout = tr!(lang, Msg::SiasnAlready, id = printable(&course_id)) + "\n";
        return Ok(Output { stdout, stderr: String::new() });
    }
    let logs = session
        .store
        .apply(|plan| Ok(ops::mark_in_siasn(plan, &course_id)?))
        .map_err(|error| Failure::store(&error, lang))?;
    let plan = session.plan();
    let course = plan.course(&course_id).expect("just marked");
    let (title, year) = match course.training {
        Some(training) => (training.title.as_str(), training.year),
        None => (course.logs[0].title.as_str(), course.logs[0].date.year()),
    };
    let mut stdout =
        tr!(lang, Msg::SiasnMarked, id = course_id, title = printable(title), logs = logs.join(", ")) + "\n";
    let summary = summarize(plan, &session.catalog(), year, session.today);
    let words =
        tr!(lang, Msg::SiasnWords, siasn = summary.siasn.format(lang), done = summary.done.format(lang));
    stdout.push_str(&format!("{year}: {words}\n"));
    Ok(Output { stdout, stderr: String::new() })
}
