//! The planner driven without a terminal: opened on a data file, fed keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tumbuh::commands::{Environment, Globals, open_app};
use tumbuh::tui::app::App;

use super::{DataFile, TODAY};

/// The planner on `file` at 80×24, on the pinned day.
pub fn app_on(file: &DataFile) -> App {
    app_on_day(file, TODAY)
}

/// The planner on `file` at 80×24, seen on `today` (`YYYY-MM-DD`).
pub fn app_on_day(file: &DataFile, today: &str) -> App {
    let env = Environment { today: Some(today.into()), ..Environment::default() };
    let mut app = open_app(&Globals::default(), &env, file.path.clone()).unwrap();
    app.resize(80, 24);
    app
}

pub fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

pub fn ctrl(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

/// Each character as its own key press.
pub fn type_text(app: &mut App, text: &str) {
    text.chars().for_each(|c| press(app, KeyCode::Char(c)));
}
