//! What each subcommand does, with the arguments it takes (clap's `Args` next to the code that
//! reads them); `main.rs` parses the command line and dispatches.

pub mod cli;
mod export;
mod flags;
mod forms;
pub mod help_text;
mod import;
mod interactive;
mod lists;
mod log;
pub mod man;
mod plan;
mod profile;
mod reflect;
mod siasn;
mod status;
mod suggest;
mod team;

use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};

pub use export::{ExportArgs, ExportFormat, export};
pub use forms::{FormsArgs, forms};
pub use import::{ImportArgs, import};
pub use interactive::{TuiOptions, interactive, open_app};
pub use lists::ListOnly;
pub use log::{LogArgs, LogCommand, log};
pub use plan::{PlanCommand, TrainingArgs, plan};
pub use profile::{ProfileArgs, profile};
pub use reflect::{ReflectArgs, ReflectCommand, reflect};
pub use siasn::{SiasnCommand, SiasnDone, find_certificate_files, siasn};
pub use status::{StatusArgs, status};
pub use team::{TeamArgs, TeamFormat, open_team, read_member, read_unit, team};

use crate::catalog::Catalog;
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Plan, ProblemKind, parse_date};
use crate::store::{Store, StoreError, default_path};

/// Flags every subcommand accepts.
#[derive(Clone, Debug, Default)]
pub struct Globals {
    pub file: Option<PathBuf>,
    pub lang: Option<String>,
    pub year: Option<i32>,
}

/// The environment variables the program reads, passed in so tests can set them.
#[derive(Clone, Debug, Default)]
pub struct Environment {
    pub file: Option<PathBuf>,
    pub lang: Option<String>,
    pub today: Option<String>,
}

impl Environment {
    pub fn from_process() -> Environment {
        let var = |name| std::env::var(name).ok().filter(|v: &String| !v.trim().is_empty());
        Environment {
            file: var("TUMBUH_FILE").map(PathBuf::from),
            lang: var("TUMBUH_LANG"),
            today: var("TUMBUH_TODAY"),
        }
    }
}

/// What a command printed: the answer, and any warnings for standard error.
#[derive(Debug, Default)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
}

/// A command that did not do its job; the message is already in `lang`.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub lang: Lang,
}

impl Failure {
    fn new(message: impl Into<String>, lang: Lang) -> Failure {
        Failure { message: message.into(), lang }
    }

    /// For a bad flag or variable: names it and says the problem.
    fn flag(flag: &str, kind: &ProblemKind, lang: Lang) -> Failure {
        Failure::new(describe::errors::flag_problem(flag, kind, lang), lang)
    }

    /// Names the flag and says the problem in the command's own words.
    fn flag_says(flag: &str, problem: &str, lang: Lang) -> Failure {
        Failure::new(tr!(lang, Msg::FlagProblem, flag = flag, problem = problem), lang)
    }

    fn store(error: &StoreError, lang: Lang) -> Failure {
        Failure::new(describe::errors::store_error_with_line(error, lang), lang)
    }

    /// A refused change; problems in the fields `flags` maps (`planned_jp` → `--jp`) are told
    /// by the flag the person typed rather than by the file's field name.
    fn change(error: &StoreError, flags: &[(&str, &str)], lang: Lang) -> Failure {
        let StoreError::Rejected(problems) = error else {
            return Failure::store(error, lang);
        };
        let by_flag: Option<Vec<String>> = problems
            .iter()
            .map(|p| {
                let flag = flags.iter().find(|(field, _)| *field == p.field)?.1;
                Some(describe::errors::flag_problem(flag, &p.kind, lang))
            })
            .collect();
        match by_flag {
            Some(lines) if !lines.is_empty() => Failure::new(lines.join("\n"), lang),
            _ => Failure::store(error, lang),
        }
    }

    /// The whole message; after a refused change it also says the file is as it was.
    pub fn render(&self, was_a_change: bool) -> String {
        let prefix = self.lang.t(Msg::ErrorPrefix);
        if was_a_change {
            format!("{prefix}: {}\n{}", self.message, self.lang.t(Msg::FileUnchanged))
        } else {
            format!("{prefix}: {}", self.message)
        }
    }
}

/// The language asked for before the file is read: `--lang`, then `TUMBUH_LANG`.
pub fn requested_lang(globals: &Globals, env: &Environment) -> Result<Option<Lang>, Failure> {
    let pick = |name: &str, value: &Option<String>| match value {
        None => Ok(None),
        Some(text) => Lang::from_key(text)
            .map(Some)
            .ok_or_else(|| Failure::flag(name, &ProblemKind::NotOneOf(Lang::KEYS), Lang::default())),
    };
    Ok(pick("--lang", &globals.lang)?.or(pick("TUMBUH_LANG", &env.lang)?))
}

/// The language of the command line itself, before clap has read it (for `--help` and for a
/// mistake in the flags): a `--lang` among the words, then `TUMBUH_LANG`, then the profile's
/// language when the data file says it near its start, then Indonesian.
pub fn lang_of_args(args: impl Iterator<Item = String>, env: &Environment) -> Lang {
    let args: Vec<String> = args.collect();
    let flag = |name: &str| {
        args.iter().enumerate().find_map(|(i, arg)| match arg.strip_prefix(name) {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(String::from),
            None => None,
        })
    };
    flag("--lang")
        .as_deref()
        .and_then(Lang::from_key)
        .or(env.lang.as_deref().and_then(Lang::from_key))
        .or_else(|| {
            let path =
                flag("--file").map(PathBuf::from).or_else(|| env.file.clone()).or_else(default_path)?;
            profile_language(&path)
        })
        .unwrap_or_default()
}

/// The profile's `language`, read cheaply: the first 64 KiB of a regular file, line by line,
/// without parsing the whole plan (which `Session::open` does, with every check, later).
fn profile_language(path: &std::path::Path) -> Option<Lang> {
    use std::io::Read;
    // Never open a FIFO or a device to look: that could wait for ever.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let file = std::fs::File::open(path).ok()?;
    let mut head = Vec::new();
    file.take(64 * 1024).read_to_end(&mut head).ok()?;
    let text = String::from_utf8_lossy(&head);
    let mut in_profile = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_profile = line.trim_end_matches(|c: char| c != ']').trim() == "[profile]";
            continue;
        }
        let Some((key, value)) = line.split_once('=') else { continue };
        if in_profile && key.trim() == "language" {
            let value = value.split('#').next().unwrap_or_default().trim().trim_matches(['"', '\'']);
            return Lang::from_key(value);
        }
    }
    None
}

/// `TUMBUH_TODAY`, else the local date. A pinned day in a year no plan can have is blamed on
/// `TUMBUH_TODAY`, not on the `--year` the person never typed.
pub fn today(env: &Environment, lang: Lang) -> Result<NaiveDate, Failure> {
    let local = chrono::Local::now().date_naive();
    match &env.today {
        None => Ok(local),
        Some(text) => {
            let day = parse_date(text, local)
                .map_err(|error| Failure::flag("TUMBUH_TODAY", &ProblemKind::Date(error), lang))?;
            if !crate::model::YEARS.contains(&day.year()) {
                let (min, max) = (*crate::model::YEARS.start(), *crate::model::YEARS.end());
                let problem = tr!(lang, Msg::TodayYearOutOfRange, min = min, max = max);
                return Err(Failure::flag_says("TUMBUH_TODAY", &problem, lang));
            }
            Ok(day)
        }
    }
}

/// The data file: `--file`, then `TUMBUH_FILE`, then the user's data folder.
pub fn data_path(globals: &Globals, env: &Environment, lang: Lang) -> Result<PathBuf, Failure> {
    globals
        .file
        .clone()
        .or_else(|| env.file.clone())
        .or_else(default_path)
        .ok_or_else(|| Failure::new(lang.t(Msg::ErrNoDataDir), lang))
}

/// Everything a command needs: the open file, the language, the day and the year in view.
pub struct Session {
    pub store: Store,
    pub lang: Lang,
    pub today: NaiveDate,
    pub year: i32,
}

impl Session {
    pub fn open(globals: &Globals, env: &Environment) -> Result<Session, Failure> {
        let requested = requested_lang(globals, env)?;
        let early_lang = requested.unwrap_or_default();
        let today = today(env, early_lang)?;
        let path = data_path(globals, env, early_lang)?;
        let store = Store::open(path, today).map_err(|error| Failure::store(&error, early_lang))?;
        let lang = requested.or(store.plan().profile.language).unwrap_or_default();
        let year = globals.year.unwrap_or(today.year());
        if !crate::model::YEARS.contains(&year) {
            let kind = ProblemKind::OutOfRange {
                min: (*crate::model::YEARS.start()).into(),
                max: (*crate::model::YEARS.end()).into(),
            };
            return Err(Failure::flag("--year", &kind, lang));
        }
        Ok(Session { store, lang, today, year })
    }

    pub fn plan(&self) -> &Plan {
        self.store.plan()
    }

    pub fn catalog(&self) -> Catalog {
        Catalog::for_plan(self.plan())
    }

    /// What a command that only reads says about the file itself: that a newer program wrote
    /// it and it is read-only. A form the catalog does not know is said when it is written
    /// (`tumbuh log`, `plan add`, `plan edit`), not again by every read.
    /// Keys that look misspelt (`planed_jp`) are named here too, each with its line.
    pub fn warnings(&self) -> String {
        let lang = self.lang;
        let mut out = match self.store.newer_schema() {
            Some(schema) => {
                let path = self.store.path().display();
                let text = tr!(lang, Msg::ErrNewerSchema, path = path, schema = schema);
                format!("{}: {text}\n", lang.t(Msg::WarningPrefix))
            }
            None => String::new(),
        };
        for typo in self.store.typos() {
            out.push_str(&format!(
                "{}: {}\n",
                lang.t(Msg::WarningPrefix),
                describe::errors::typo(typo, lang)
            ));
        }
        out
    }
}

/// `peringatan: catatan JP l3: bentuk "x" tidak ada di katalog; …`, one line.
fn unknown_form_warning(place: &crate::model::Place, form: &str, lang: Lang) -> String {
    let text = tr!(
        lang,
        Msg::WarnUnknownForm,
        place = describe::domain::place(place, lang),
        form = crate::printable::printable(form)
    );
    format!("{}: {text}\n", lang.t(Msg::WarningPrefix))
}

/// `tumbuh path`.
pub fn path(globals: &Globals, env: &Environment) -> Result<Output, Failure> {
    let lang = requested_lang(globals, env)?.unwrap_or_default();
    let path = data_path(globals, env, lang)?;
    Ok(Output { stdout: format!("{}\n", path.display()), stderr: String::new() })
}
