//! Arbitrary Unicode in every pane (issue 10): titles full of soft hyphens, zero-width and bidi
//! characters, tags, emoji sequences, wide and combining characters never push a row out of its
//! columns, and no invisible format character is drawn.

use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tumbuh::model::{Applied, Jp, Log, Plan, Reflection, Status, Training, UnknownKeys};
use tumbuh::printable::is_format;
use tumbuh::store::encode;

/// Pieces a hostile file is made of, and any text at all.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::sample::select(vec![
            "\u{AD}",
            "\u{200B}",
            "\u{200C}",
            "\u{200D}",
            "\u{200E}",
            "\u{200F}",
            "\u{202A}",
            "\u{202E}",
            "\u{2066}",
            "\u{2069}",
            "\u{FEFF}",
            "\u{E0001}",
            "\u{E0041}",
            "\u{E007F}",
            "\u{2060}",
            "👨‍👩‍👧",
            "👩🏽‍💻",
            "🏴\u{E0067}\u{E0062}\u{E007F}",
            "❤\u{FE0F}",
            "日本語",
            "e\u{301}",
            "\u{1F1EE}\u{1F1E9}",
            "\t",
            "\u{1b}[2J",
            "\u{9b}",
            "ｗｉｄｅ",
        ])
        .prop_map(String::from),
        "[a-zA-Z ]{1,12}",
    ]
}

/// Never blank, so the hostile plan has the same to-dos (and so the same layout) as the plain one.
fn text() -> impl Strategy<Value = String> {
    vec(piece(), 0..12).prop_map(|pieces| format!("A{}", pieces.concat()))
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

/// A year with three trainings, three entries and two reflections, every text from `texts`.
fn plan_of(texts: &[String]) -> Plan {
    let mut t = texts.iter().cycle().cloned();
    let mut plan = Plan::default();
    plan.profile.name = t.next().unwrap();
    for i in 1..=3 {
        plan.trainings.push(Training {
            id: format!("t{i}"),
            year: 2026,
            title: format!("T{}", t.next().unwrap()),
            provider: t.next().unwrap(),
            form: Some("seminar".into()),
            competency: None,
            start: Some(day(i + 1)),
            end: None,
            planned_jp: Jp::whole(4),
            status: if i == 1 { Status::Done } else { Status::Planned },
            why: t.next().unwrap(),
            extra: UnknownKeys::new(),
        });
        plan.logs.push(Log {
            id: format!("l{i}"),
            training: (i == 1).then(|| "t1".to_string()),
            certificate: t.next().unwrap(),
            provider: t.next().unwrap(),
            ..Log::new(day(i + 10), Jp::whole(2), format!("L{}", t.next().unwrap()))
        });
    }
    for (i, link) in [(1, "t1"), (2, "t2")] {
        plan.reflections.push(Reflection {
            id: format!("r{i}"),
            training: Some(link.into()),
            changed: format!("C{}", t.next().unwrap()),
            learned: t.next().unwrap(),
            next_step: t.next().unwrap(),
            applied: Applied::Unknown,
            ..Reflection::new(day(20), "x")
        });
    }
    plan.ids.training = 3;
    plan.ids.log = 3;
    plan.ids.reflection = 2;
    plan
}

/// Every screen worth checking: each pane, the summary, an edit form and a reflection form.
const SCREENS: [&str; 6] = ["", "2", "3", "s", "e", "r"];

fn draw(plan: &Plan, keys: &str, size: (u16, u16)) -> Buffer {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tumbuh.toml");
    std::fs::write(&path, encode(plan)).unwrap();
    let env = tumbuh::commands::Environment { today: Some("2026-06-30".into()), ..Default::default() };
    let mut app = tumbuh::commands::open_app(&tumbuh::commands::Globals::default(), &env, path)
        .unwrap_or_else(|f| panic!("{}", f.message));
    app.resize(size.0, size.1);
    for key in keys.chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE));
    }
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(size.0, size.1)).unwrap();
    let theme = tumbuh::tui::theme::Theme::new(true);
    // The frame as the planner drew it (before ratatui's own diff for the terminal).
    let frame = terminal.draw(|frame| tumbuh::tui::view::draw(frame, &app, &theme)).unwrap();
    frame.buffer.clone()
}

fn row_text(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width).map(|x| format!("[{}]", buffer[(x, y)].symbol().escape_debug())).collect()
}

const BORDERS: [&str; 7] = ["│", "┌", "┐", "└", "┘", "├", "┤"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_rows_borders_stay_in_their_columns(texts in vec(text(), 16)) {
        let hostile = plan_of(&texts);
        let plain = plan_of(&["Ax".to_string()]);
        for size in [(80, 24), (120, 40)] {
            for keys in SCREENS {
                let expected = draw(&plain, keys, size);
                let drawn = draw(&hostile, keys, size);
                for y in 0..size.1 {
                    for x in 0..size.0 {
                        let want = expected[(x, y)].symbol();
                        if BORDERS.contains(&want) {
                            prop_assert_eq!(
                                drawn[(x, y)].symbol(), want,
                                "screen {:?} at {}×{}: row {} moved its border at column {}:\n{}", keys, size.0, size.1, y, x,
                                row_text(&drawn, y)
                            );
                        }
                        let symbol = drawn[(x, y)].symbol();
                        let emoji = symbol.chars().any(|c| c as u32 >= 0x1F000 || ('\u{2600}'..='\u{27BF}').contains(&c));
                        prop_assert!(
                            !symbol.chars().any(|c| is_format(c) && !(c == '\u{200D}' && emoji)),
                            "an invisible format character is drawn: {:?}", symbol
                        );
                        prop_assert!(!symbol.chars().any(char::is_control), "a control character is drawn");
                    }
                }
            }
        }
    }
}
