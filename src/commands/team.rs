//! `tumbuh team PATH…`: a unit's year from its members' data files and shared years, read in
//! parallel; as JSON, an md report, a csv, or the unit's screen.

use std::collections::HashSet;
use std::fs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use clap::{Args, ValueEnum};
use rayon::prelude::*;

use super::{Environment, Failure, Globals, Output, data_path, requested_lang, today};
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Plan, ProblemKind};
use crate::report;
use crate::report::share::{ShareError, looks_like_json};
use crate::store::{Store, StoreError, decode_bytes, read_regular};
use crate::team::{Member, Team, Unreadable, Why, roll_up};
use crate::tui::team::TeamScreen;

/// A unit's year from its members' data files or shared years (export --format json --share)
#[derive(Args, Debug)]
#[command(after_help = TEAM_HELP)]
pub struct TeamArgs {
    /// Members' data files (.toml), shared years (.json), or folders of them
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// Read the folders' subfolders too (backups/ and hidden ones are skipped)
    #[arg(long)]
    pub recursive: bool,
    /// One JSON object: members, unreadable files, summary and training needs
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// md: a report for the head of the unit; csv: one row per member
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<TeamFormat>,
}

const TEAM_HELP: &str = "\
A folder is read whole (its .toml and .json files), not its subfolders unless --recursive. A file
that cannot be read is listed with its problem and the others are still counted. Without --json
or --format the unit's screen opens: Enter shows a member's year, read-only.
Examples:
  tumbuh team /mnt/bersama/bidang-perencanaan --format md > laporan-unit.md
  tumbuh export --format json --share --output sari-2026.json     (what a member sends)
  tumbuh team sari-2026.json budi.toml --year 2026 --json";

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TeamFormat {
    Md,
    Csv,
}

/// What to read, and the paths that could not even be listed.
struct Found {
    files: Vec<PathBuf>,
    problems: Vec<Unreadable>,
}

fn problem(file: &Path, words: String) -> Unreadable {
    Unreadable { file: file.to_path_buf(), why: Why::Problem(words) }
}

/// The files the paths stand for: a file as given; a folder's `.toml` and `.json` files (not
/// hidden ones), and with `recursive` its subfolders' too, except `backups/` and hidden ones. A
/// link to a folder is not followed (no loops). Each file once, in the order found.
fn find_files(paths: &[PathBuf], recursive: bool, lang: Lang) -> Found {
    let mut found = Found { files: Vec::new(), problems: Vec::new() };
    let mut seen = HashSet::new();
    for path in paths {
        match fs::metadata(path) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                found.problems.push(problem(path, lang.t(Msg::TeamNotFound).to_string()));
            }
            Err(error) => {
                found
                    .problems
                    .push(problem(path, tr!(lang, Msg::ErrRead, path = path.display(), error = error)));
            }
            Ok(meta) if meta.is_dir() => {
                let before = found.files.len();
                walk(path, recursive, lang, &mut found, &mut seen);
                if found.files.len() == before {
                    found.problems.push(problem(path, lang.t(Msg::TeamNoFilesInFolder).to_string()));
                }
            }
            // Anything else given by name is read, and refused there if it is no regular file.
            Ok(_) => add(path.clone(), &mut found, &mut seen),
        }
    }
    found
}

fn add(path: PathBuf, found: &mut Found, seen: &mut HashSet<PathBuf>) {
    let key = path.canonicalize().unwrap_or_else(|_| path.clone());
    if seen.insert(key) {
        found.files.push(path);
    }
}

fn walk(dir: &Path, recursive: bool, lang: Lang, found: &mut Found, seen: &mut HashSet<PathBuf>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            found.problems.push(problem(dir, tr!(lang, Msg::ErrRead, path = dir.display(), error = error)));
            return;
        }
    };
    let mut entries: Vec<fs::DirEntry> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            if recursive && name != "backups" {
                walk(&path, recursive, lang, found, seen);
            }
            continue;
        }
        let wanted = path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("toml") || ext.eq_ignore_ascii_case("json"));
        // A link to a folder is not followed. Anything else of the name is taken, and what is
        // no regular file (a FIFO, a dangling link) is refused by the reading, with its reason.
        if wanted && !(kind.is_symlink() && path.is_dir()) {
            add(path, found, seen);
        }
    }
}

fn share_words(error: &ShareError, lang: Lang) -> String {
    match error {
        ShareError::Json(detail) => tr!(lang, Msg::TeamShareJson, detail = detail),
        ShareError::NotShared => lang.t(Msg::TeamNotShared).to_string(),
        ShareError::Newer(version) => tr!(lang, Msg::TeamShareNewer, version = version),
        ShareError::UnknownKey { field, value } => {
            tr!(lang, Msg::TeamShareKey, field = field, value = crate::printable::printable(value))
        }
        ShareError::Invalid(problems) => {
            problems.iter().map(|p| describe::errors::problem(p, lang)).collect::<Vec<_>>().join("; ")
        }
    }
}

/// One member's plan, read through the store's own read path (a regular file, or a link to one,
/// within the store's size cap; refused at once otherwise): a data file, or a shared year of
/// `year`. The problem is in words when it cannot be used.
pub fn read_member(path: &Path, year: i32, _today: NaiveDate, lang: Lang) -> Result<Plan, String> {
    let bytes = match read_regular(path) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Err(lang.t(Msg::TeamNotFound).to_string()),
        Err(error) => return Err(describe::errors::path_error(&error, lang)),
    };
    if looks_like_json(&bytes) {
        let shared = report::share::read(&bytes).map_err(|e| share_words(&e, lang))?;
        if shared.year != year {
            return Err(tr!(lang, Msg::TeamShareYear, shared = shared.year, year = year));
        }
        return shared.plan().map_err(|e| share_words(&e, lang));
    }
    decode_bytes(&bytes).map(|decoded| decoded.plan).map_err(|error| {
        describe::errors::store_error(&StoreError::Decode { path: path.to_path_buf(), error }, lang)
    })
}

/// Reads every file in parallel and keeps only each member's summary; a file that cannot be read
/// is listed with its problem. Pure apart from the reading.
pub fn read_unit(
    files: &[PathBuf],
    year: i32,
    today: NaiveDate,
    lang: Lang,
) -> (Vec<Member>, Vec<Unreadable>) {
    let read: Vec<Result<Member, Unreadable>> = files
        .par_iter()
        .map(|path| match read_member(path, year, today, lang) {
            Ok(plan) => Ok(Member::of(path, &plan, year, today)),
            Err(words) => Err(problem(path, words)),
        })
        .collect();
    let mut members = Vec::with_capacity(read.len());
    let mut unreadable = Vec::new();
    for result in read {
        match result {
            Ok(member) => members.push(member),
            Err(bad) => unreadable.push(bad),
        }
    }
    (members, unreadable)
}

/// The language: `--lang`, `TUMBUH_LANG`, then the profile of the person's own data file (when
/// it reads), then Indonesian.
fn team_lang(globals: &Globals, env: &Environment, today: NaiveDate) -> Result<Lang, Failure> {
    let requested = requested_lang(globals, env)?;
    Ok(requested
        .or_else(|| {
            let path = data_path(globals, env, Lang::default()).ok()?;
            Store::open(path, today).ok()?.plan().profile.language
        })
        .unwrap_or_default())
}

/// The unit's roll-up for the command line's paths and year, and the language and day to say it in.
fn roll(globals: &Globals, env: &Environment, args: &TeamArgs) -> Result<(Team, Lang, NaiveDate), Failure> {
    let early = requested_lang(globals, env)?.unwrap_or_default();
    let today = today(env, early)?;
    let lang = team_lang(globals, env, today)?;
    let year = globals.year.unwrap_or(today.year());
    if !crate::model::YEARS.contains(&year) {
        let kind = ProblemKind::OutOfRange {
            min: (*crate::model::YEARS.start()).into(),
            max: (*crate::model::YEARS.end()).into(),
        };
        return Err(Failure::flag("--year", &kind, lang));
    }
    let found = find_files(&args.paths, args.recursive, lang);
    let (members, mut unreadable) = read_unit(&found.files, year, today, lang);
    unreadable.extend(found.problems);
    Ok((roll_up(year, members, unreadable), lang, today))
}

/// The unit's screen for the command line's paths, ready to run (or to draw in a test).
pub fn open_team(globals: &Globals, env: &Environment, args: &TeamArgs) -> Result<TeamScreen, Failure> {
    let (team, lang, today) = roll(globals, env, args)?;
    Ok(TeamScreen::new(team, lang, today, read_member))
}

pub fn team(globals: &Globals, env: &Environment, args: &TeamArgs) -> Result<Output, Failure> {
    let interactive = !args.json && args.format.is_none();
    if interactive && (!std::io::stdout().is_terminal() || !std::io::stdin().is_terminal()) {
        let lang = requested_lang(globals, env)?.unwrap_or_default();
        return Err(Failure::new(lang.t(Msg::TuiNeedsTerminal), lang));
    }
    let (team, lang, today) = roll(globals, env, args)?;
    let warnings = || {
        team.unreadable
            .iter()
            .map(|u| {
                let text = tr!(
                    lang,
                    Msg::TeamWarnUnreadable,
                    file = u.file.display(),
                    problem = report::team::why_words(u, lang).replace('\n', " · ")
                );
                format!("{}: {text}\n", lang.t(Msg::WarningPrefix))
            })
            .collect::<String>()
    };
    Ok(match (args.json, args.format) {
        (true, _) => Output { stdout: report::team::json(&team, lang), stderr: String::new() },
        (false, Some(TeamFormat::Md)) => {
            Output { stdout: report::team::md(&team, today, lang), stderr: warnings() }
        }
        (false, Some(TeamFormat::Csv)) => Output { stdout: report::team::csv(&team), stderr: warnings() },
        (false, None) => {
            let screen = TeamScreen::new(team, lang, today, read_member);
            crate::tui::team::run(screen).map_err(|e| Failure::new(e.to_string(), lang))?;
            Output::default()
        }
    })
}
