//! `tumbuh` with no subcommand: the interactive planner, on the data file or on a demo copy.

use std::fs;
use std::io::IsTerminal;

use chrono::Datelike;

use super::{Environment, Failure, Globals, Output, data_path, requested_lang, today};
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::Plan;
use crate::store::{Store, StoreError};
use crate::tui::app::{App, Source};

const SAMPLE: &str = include_str!("../../assets/sample.toml");

pub struct TuiOptions {
    pub demo: bool,
    pub no_mouse: bool,
}

/// Builds the screen's state: a file that does not read opens read-only with its error.
pub fn open_app(globals: &Globals, env: &Environment, path: std::path::PathBuf) -> Result<App, Failure> {
    let requested = requested_lang(globals, env)?;
    let early = requested.unwrap_or_default();
    let today = today(env, early)?;
    let (source, profile_lang) = match Store::open(&path, today) {
        Ok(store) => {
            let lang = store.plan().profile.language;
            (Source::Store(Box::new(store)), lang)
        }
        Err(error @ StoreError::Decode { .. }) => {
            let message = describe::errors::store_error(&error, early);
            (
                Source::Unreadable { error: message, empty: Box::new(Plan::default()), path: path.clone() },
                None,
            )
        }
        Err(error) => return Err(Failure::store(&error, early)),
    };
    let lang: Lang = requested.or(profile_lang).unwrap_or_default();
    let year = globals.year.unwrap_or(today.year());
    let mut app = App::new(source, lang, today, year);
    if let Source::Store(store) = &app.source
        && let Some(note) = describe::errors::typos_note(store.typos(), lang)
    {
        app.note = Some(crate::tui::app::Note::Info(note));
    }
    app.lang_forced = requested.is_some();
    app.pinned_today = env.today.is_some();
    Ok(app)
}

pub fn interactive(globals: &Globals, env: &Environment, options: TuiOptions) -> Result<Output, Failure> {
    let lang = requested_lang(globals, env)?.unwrap_or_default();
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::new(lang.t(Msg::TuiNeedsTerminal), lang));
    }
    // The demo works on a copy in a temporary folder, removed on exit; the real file is untouched.
    let demo_dir = if options.demo {
        Some(tempfile::tempdir().map_err(|e| Failure::new(e.to_string(), lang))?)
    } else {
        None
    };
    let path = match &demo_dir {
        Some(dir) => {
            let path = dir.path().join("tumbuh.toml");
            fs::write(&path, SAMPLE).map_err(|e| Failure::new(e.to_string(), lang))?;
            path
        }
        None => data_path(globals, env, lang)?,
    };
    let mut app = open_app(globals, env, path)?;
    app.demo = options.demo;
    app.no_mouse = options.no_mouse;
    app.mouse = !options.no_mouse && app.plan().profile.mouse != Some(false);
    crate::tui::run(app).map_err(|e| Failure::new(e.to_string(), lang))?;
    Ok(Output::default())
}
