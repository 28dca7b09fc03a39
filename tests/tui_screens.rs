//! Whole screens rendered with ratatui's `TestBackend` and kept as `insta` snapshots,
//! at 80×24 and 120×40, in Indonesian and English, with the day pinned.

mod common;

use common::DataFile;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tumbuh::commands::{Environment, Globals, open_app};
use tumbuh::tui::app::App;
use tumbuh::tui::theme::Theme;
use tumbuh::tui::view;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [&str; 2] = ["id", "en"];

fn app_on(file: &DataFile, lang: &str, size: (u16, u16)) -> App {
    let env = Environment { today: Some(common::TODAY.into()), ..Environment::default() };
    let globals = Globals { lang: Some(lang.into()), ..Globals::default() };
    let mut app = open_app(&globals, &env, file.path.clone()).unwrap();
    app.resize(size.0, size.1);
    app
}

fn render(app: &App, size: (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    terminal.draw(|frame| view::draw(frame, app, &Theme::new(false))).unwrap();
    // TestBackend cannot print a zero-width buffer; drawing it is what is being tested.
    if size.0 == 0 { String::new() } else { terminal.backend().to_string() }
}

fn keys(app: &mut App, keys: &[KeyCode]) {
    for code in keys {
        app.handle_key(KeyEvent::new(*code, KeyModifiers::NONE));
    }
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        keys(app, &[KeyCode::Char(c)]);
    }
}

/// Renders `scenario` on `text` for every size and language and checks each snapshot.
fn check(name: &str, text: &str, scenario: impl Fn(&mut App)) {
    for size in SIZES {
        for lang in LANGS {
            let file = DataFile::with(text);
            let mut app = app_on(&file, lang, size);
            scenario(&mut app);
            // The temporary folder's random name would make the read-only screen differ each run.
            let folder = file.dir().file_name().unwrap().to_string_lossy().into_owned();
            let screen = render(&app, size).replace(&folder, &"x".repeat(folder.len()));
            insta::assert_snapshot!(format!("{name}_{lang}_{}x{}", size.0, size.1), screen);
        }
    }
}

#[test]
fn main_screen_on_the_sample_year() {
    check("main", common::SAMPLE, |_| {});
}

#[test]
fn each_pane_on_the_sample_year() {
    check("log_pane", common::SAMPLE, |app| keys(app, &[KeyCode::Char('2'), KeyCode::Char('G')]));
    check("reflections_pane", common::SAMPLE, |app| keys(app, &[KeyCode::Char('3')]));
}

#[test]
fn empty_first_run() {
    check("empty", "", |_| {});
}

#[test]
fn demo_header() {
    check("demo", common::SAMPLE, |app| app.demo = true);
}

#[test]
fn training_form() {
    check("training_form", common::SAMPLE, |app| {
        keys(app, &[KeyCode::Char('a')]);
        typed(app, "Kursus Statistik Terapan");
    });
}

#[test]
fn training_form_with_a_validation_error() {
    check("training_form_error", common::SAMPLE, |app| {
        keys(app, &[KeyCode::Char('a'), KeyCode::Tab]);
        typed(app, "2,345");
        app.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    });
}

#[test]
fn log_form_after_x_with_the_calculator() {
    check("log_form", common::SAMPLE, |app| {
        keys(app, &[KeyCode::Char('G'), KeyCode::Up, KeyCode::Up, KeyCode::Up, KeyCode::Char('x')]);
        keys(app, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
        typed(app, "2 hari");
    });
}

#[test]
fn reflection_form() {
    check("reflection_form", common::SAMPLE, |app| {
        keys(app, &[KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Char('r')]);
        typed(app, "Saya menyiapkan bukti dukung tiap bulan.");
    });
}

#[test]
fn profile_form() {
    check("profile_form", common::SAMPLE, |app| keys(app, &[KeyCode::Char('p')]));
}

#[test]
fn help() {
    check("help", common::SAMPLE, |app| keys(app, &[KeyCode::Char('?')]));
}

#[test]
fn summary() {
    check("summary", common::SAMPLE, |app| keys(app, &[KeyCode::Char('s'), KeyCode::Down]));
}

#[test]
fn delete_confirmation() {
    check("delete", common::SAMPLE, |app| keys(app, &[KeyCode::Char('d')]));
}

#[test]
fn read_only_error() {
    check("read_only", include_str!("fixtures/corrupt.toml"), |_| {});
}

#[test]
fn tiny_and_odd_sizes_never_panic() {
    let file = DataFile::sample();
    for popup in [None, Some('a'), Some('s'), Some('?'), Some('d'), Some('x'), Some('p')] {
        for (width, height) in [(0, 0), (1, 1), (20, 5), (39, 11), (40, 12), (41, 30), (119, 12), (300, 100)]
        {
            let mut app = app_on(&file, "id", (width, height));
            if let Some(key) = popup {
                keys(&mut app, &[KeyCode::Char(key)]);
            }
            let screen = render(&app, (width, height));
            if (width, height) == (20, 5) {
                assert!(screen.contains("Terminal"), "{screen}");
            }
        }
    }
}
