//! The unit's screen (`tumbuh team` with no output flag) drawn on ratatui's `TestBackend` and kept
//! as `insta` snapshots at 80×24 and 160×45, in Indonesian and English, on the generated unit of
//! `team_support` with the day pinned; and its keys, on the state without a terminal.

mod team_support;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use team_support::Unit;
use tumbuh::commands::{Environment, Globals, TeamArgs, open_team};
use tumbuh::tui::team::{Sort, TeamPane, TeamScreen, draw};
use tumbuh::tui::theme::Theme;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 45)];
const LANGS: [&str; 2] = ["id", "en"];

fn screen_on(unit: &Unit, lang: &str, size: (u16, u16)) -> TeamScreen {
    let env = Environment { today: Some("2026-06-30".into()), ..Environment::default() };
    let own = unit.root().join("own.toml");
    let globals = Globals { lang: Some(lang.into()), file: Some(own), ..Globals::default() };
    let args = TeamArgs { paths: vec![unit.path()], recursive: false, json: false, format: None };
    let mut screen = open_team(&globals, &env, &args).unwrap_or_else(|f| panic!("{}", f.message));
    screen.resize(size.0, size.1);
    screen
}

fn render(screen: &TeamScreen, size: (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    terminal.draw(|frame| draw(frame, screen, &Theme::new(false))).unwrap();
    if size.0 == 0 { String::new() } else { terminal.backend().to_string() }
}

fn keys(screen: &mut TeamScreen, keys: &[KeyCode]) {
    for code in keys {
        screen.handle_key(KeyEvent::new(*code, KeyModifiers::NONE));
    }
}

/// Renders `scenario` for every size and language and checks each snapshot; the temporary
/// folder's random name is blotted out (same width, so the layout is the real one).
fn check(name: &str, scenario: impl Fn(&mut TeamScreen)) {
    for size in SIZES {
        for lang in LANGS {
            let unit = Unit::new();
            let mut screen = screen_on(&unit, lang, size);
            scenario(&mut screen);
            let folder = unit.root().file_name().unwrap().to_string_lossy().into_owned();
            let text = render(&screen, size).replace(&folder, &"x".repeat(folder.len()));
            insta::assert_snapshot!(format!("{name}_{lang}_{}x{}", size.0, size.1), text);
        }
    }
}

#[test]
fn the_units_screen() {
    check("team", |_| {});
}

#[test]
fn the_needs_and_the_mix() {
    check("team_needs", |screen| keys(screen, &[KeyCode::Char('2')]));
    check("team_mix", |screen| keys(screen, &[KeyCode::Char('3')]));
}

#[test]
fn a_members_year_read_only() {
    check("team_member", |screen| keys(screen, &[KeyCode::Down, KeyCode::Enter]));
}

#[test]
fn the_units_help() {
    check("team_help", |screen| keys(screen, &[KeyCode::Char('?')]));
}

#[test]
fn members_sort_by_gap_or_by_name_keeping_the_selection() {
    let unit = Unit::new();
    let mut screen = screen_on(&unit, "id", (80, 24));
    let names = |s: &TeamScreen| s.order.iter().map(|&i| s.team.members[i].name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&screen), ["Citra Lestari", "Dewi Anggraini", "Budi Santoso", "Ani Rahmawati"]);
    keys(&mut screen, &[KeyCode::Down]);
    keys(&mut screen, &[KeyCode::Char('s')]);
    assert_eq!(screen.sort, Sort::Name);
    assert_eq!(names(&screen), ["Ani Rahmawati", "Budi Santoso", "Citra Lestari", "Dewi Anggraini"]);
    assert_eq!(screen.selected_member().unwrap().name, "Dewi Anggraini");
    keys(&mut screen, &[KeyCode::Char('G'), KeyCode::Char('G'), KeyCode::Down]);
    assert_eq!(screen.selected_member().unwrap().name, "Dewi Anggraini", "the last stays the last");
}

#[test]
fn a_members_year_opens_read_only_and_q_comes_back() {
    let unit = Unit::new();
    let mut screen = screen_on(&unit, "id", (80, 24));
    keys(&mut screen, &[KeyCode::Enter]);
    let app = screen.detail.as_ref().expect("Citra's year is open");
    assert!(app.is_read_only());
    assert_eq!(app.plan().profile.name, "Citra Lestari");
    // A change is refused, and nothing is written to her file.
    let before = std::fs::read_to_string(unit.path().join("citra.toml")).unwrap();
    keys(&mut screen, &[KeyCode::Char('a')]);
    for c in "Kursus".chars() {
        keys(&mut screen, &[KeyCode::Char(c)]);
    }
    keys(&mut screen, &[KeyCode::Tab, KeyCode::Char('2')]);
    screen.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    keys(&mut screen, &[KeyCode::Esc, KeyCode::Esc]);
    assert_eq!(std::fs::read_to_string(unit.path().join("citra.toml")).unwrap(), before);
    assert!(screen.detail.is_some(), "Esc closed the form, not the year");
    keys(&mut screen, &[KeyCode::Char('q')]);
    assert!(screen.detail.is_none() && !screen.quit);
    // A shared year opens too.
    keys(&mut screen, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(screen.detail.as_ref().unwrap().plan().profile.name, "Dewi Anggraini");
    keys(&mut screen, &[KeyCode::Esc]);
    assert!(screen.detail.is_none());
    // Enter elsewhere goes back to the members; q quits.
    keys(&mut screen, &[KeyCode::Char('2'), KeyCode::Enter]);
    assert_eq!(screen.focus, TeamPane::Members);
    keys(&mut screen, &[KeyCode::Char('q')]);
    assert!(screen.quit);
}

#[test]
fn a_member_whose_file_went_away_is_said_so() {
    let unit = Unit::new();
    let mut screen = screen_on(&unit, "en", (80, 24));
    std::fs::remove_file(unit.path().join("citra.toml")).unwrap();
    keys(&mut screen, &[KeyCode::Enter]);
    assert!(screen.detail.is_none());
    assert!(screen.note.as_deref().unwrap().contains("citra.toml"), "{:?}", screen.note);
}

#[test]
fn any_size_draws_without_panicking() {
    let unit = Unit::new();
    for (w, h) in [(0, 0), (1, 1), (20, 5), (39, 11), (40, 12), (60, 15), (119, 30), (120, 30), (250, 80)] {
        let mut screen = screen_on(&unit, "id", (w, h));
        render(&screen, (w, h));
        keys(&mut screen, &[KeyCode::Char('3'), KeyCode::PageDown, KeyCode::Char('G'), KeyCode::Char('1')]);
        render(&screen, (w, h));
    }
}
