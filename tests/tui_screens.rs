//! Whole screens rendered with ratatui's `TestBackend` and kept as `insta` snapshots,
//! at 80×24 and 120×40, in Indonesian and English, with the day pinned.
//!
//! The snapshots keep text only, so what is shown by style alone (the selected row, the
//! focused pane, errors) is checked cell by cell further down, in colour and under `NO_COLOR`.

mod common;

use common::DataFile;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use tumbuh::commands::{Environment, Globals, open_app};
use tumbuh::i18n::Msg;
use tumbuh::tui::app::{App, Note};
use tumbuh::tui::pane::Pane;
use tumbuh::tui::theme::Theme;
use tumbuh::tui::view;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [&str; 2] = ["id", "en"];

fn app_on(file: &DataFile, lang: &str, size: (u16, u16)) -> App {
    app_on_day(file, lang, size, common::TODAY)
}

fn app_on_day(file: &DataFile, lang: &str, size: (u16, u16), today: &str) -> App {
    let env = Environment { today: Some(today.into()), ..Environment::default() };
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
    check_on(common::TODAY, name, text, scenario);
}

/// `check`, seen on `today`.
fn check_on(today: &str, name: &str, text: &str, scenario: impl Fn(&mut App)) {
    for size in SIZES {
        for lang in LANGS {
            let file = DataFile::with(text);
            let mut app = app_on_day(&file, lang, size, today);
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

/// A new training with no title and a planned JP of three decimals, after a refused save.
fn invalid_training_form(app: &mut App) {
    keys(app, &[KeyCode::Char('a'), KeyCode::Tab]);
    typed(app, "2,345");
    app.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
}

#[test]
fn training_form_with_a_validation_error() {
    check("training_form_error", common::SAMPLE, invalid_training_form);
}

#[test]
fn log_form_after_x_with_the_calculator() {
    check("log_form", common::SAMPLE, |app| {
        // x on t7, a course still to come: dated today, with the warning that it has not begun.
        keys(app, &[KeyCode::Char('G'), KeyCode::Up, KeyCode::Up, KeyCode::Up, KeyCode::Char('x')]);
        // JP, certificate number, date, first day, title, form: then the duration.
        keys(app, &[KeyCode::Tab; 6]);
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
fn siasn_view() {
    // The second course (t5), on its name: the field a person copies first.
    check("siasn", common::SAMPLE, |app| {
        keys(app, &[KeyCode::Char('i'), KeyCode::Right, KeyCode::Down, KeyCode::Down])
    });
}

#[test]
fn summary() {
    check("summary", common::SAMPLE, |app| keys(app, &[KeyCode::Char('s'), KeyCode::Down]));
}

#[test]
fn catch_up_plan_on_14_december() {
    // 8 of 20 JP and nothing planned: the header offers c, and c opens the plan.
    check_on("2026-12-14", "catch_up", include_str!("fixtures/at_risk.toml"), |app| {
        keys(app, &[KeyCode::Char('c')]);
    });
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
    for popup in [None, Some('a'), Some('s'), Some('?'), Some('d'), Some('x'), Some('p'), Some('c')] {
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

// ---- Styles: what the text snapshots cannot see ----

/// Both themes: in colour, and as `Theme::from_env` makes it when `NO_COLOR` is set.
fn themes() -> [(&'static str, Theme); 2] {
    [("colour", Theme::new(true)), ("NO_COLOR", Theme::new(false))]
}

/// The drawn cells, styles and all.
fn draw(app: &App, theme: &Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|frame| view::draw(frame, app, theme)).unwrap();
    terminal.backend().buffer().clone()
}

/// The buffer's text, for failure messages.
fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    (area.top()..area.bottom())
        .map(|y| (area.left()..area.right()).map(|x| buffer[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The cells `text` covers where it first shows inside `area`, scanning rows top to bottom.
fn find_in(buffer: &Buffer, area: Rect, text: &str) -> Option<Rect> {
    (area.top()..area.bottom()).find_map(|y| {
        let mut line = String::new();
        let mut starts = Vec::new();
        for x in area.left()..area.right() {
            starts.push(line.len());
            line.push_str(buffer[(x, y)].symbol());
        }
        let at = line.find(text)?;
        let first = starts.iter().position(|&start| start == at)?;
        let end = starts.iter().position(|&start| start >= at + text.len()).unwrap_or(starts.len());
        Some(Rect::new(area.x + first as u16, y, (end - first) as u16, 1))
    })
}

/// Like `find_in` on the whole screen, but a missing text fails the test with the screen shown.
fn find(buffer: &Buffer, text: &str) -> Rect {
    find_in(buffer, buffer.area, text)
        .unwrap_or_else(|| panic!("{text:?} is not on the screen:\n{}", self::text(buffer)))
}

/// The styles of the cells in `area`.
fn styles(buffer: &Buffer, area: Rect) -> Vec<Style> {
    area.positions().map(|at| buffer[at].style()).collect()
}

/// True when a cell's `style` shows all of `expected`: its colours, and at least its modifiers.
fn shows(style: Style, expected: Style) -> bool {
    expected.fg.is_none_or(|fg| style.fg == Some(fg))
        && expected.bg.is_none_or(|bg| style.bg == Some(bg))
        && style.add_modifier.contains(expected.add_modifier)
}

fn all_show(styles: &[Style], expected: Style) -> bool {
    !styles.is_empty() && styles.iter().all(|&style| shows(style, expected))
}

fn none_show(styles: &[Style], expected: Style) -> bool {
    !styles.is_empty() && !styles.iter().any(|&style| shows(style, expected))
}

/// A pane's box, borders included, found by the name on its top border.
fn pane_box(buffer: &Buffer, app: &App, pane: Pane) -> Rect {
    let corner = find(buffer, &format!("┌ {} ", app.lang.t(pane.title())));
    let right = (corner.x + 1..buffer.area.right()).find(|&x| buffer[(x, corner.y)].symbol() == "┐");
    let bottom = (corner.y + 1..buffer.area.bottom()).find(|&y| buffer[(corner.x, y)].symbol() == "└");
    let (Some(right), Some(bottom)) = (right, bottom) else {
        panic!("the {pane:?} pane has no whole box:\n{}", text(buffer));
    };
    Rect::new(corner.x, corner.y, right - corner.x + 1, bottom - corner.y + 1)
}

/// The styles of a pane's border lines and corners (not its title).
fn border_styles(buffer: &Buffer, area: Rect) -> Vec<Style> {
    let (left, right, top, bottom) = (area.left(), area.right() - 1, area.top(), area.bottom() - 1);
    let edges = (left..=right)
        .flat_map(|x| [(x, top), (x, bottom)])
        .chain((top + 1..bottom).flat_map(|y| [(left, y), (right, y)]));
    let styles: Vec<Style> = edges
        .map(|at| &buffer[at])
        .filter(|cell| matches!(cell.symbol(), "┌" | "┐" | "└" | "┘" | "─" | "│"))
        .map(|cell| cell.style())
        .collect();
    // Every cell of the sides is border, so a box that was not found whole shows here.
    assert!(styles.len() >= 2 * area.height as usize, "{area:?} has hardly any border");
    styles
}

/// The styles of the whole list row, border to border, on which `text` first shows in `pane`;
/// only the list is searched, not the selected record's detail under its rule.
fn row_styles(buffer: &Buffer, pane: Rect, text: &str) -> Vec<Style> {
    let inner = Rect::new(pane.x + 1, pane.y + 1, pane.width - 2, pane.height - 2);
    let rule = (inner.top()..inner.bottom()).find(|&y| buffer[(inner.x, y)].symbol() == "─");
    let list = Rect { height: rule.unwrap_or(inner.bottom()) - inner.y, ..inner };
    let found = find_in(buffer, list, text)
        .unwrap_or_else(|| panic!("{text:?} is not in the list at {list:?}:\n{}", self::text(buffer)));
    styles(buffer, Rect { y: found.y, height: 1, ..inner })
}

/// The first rows of the sample's lists, by date and the start of the title (which every
/// layout has room for); the first row of each is selected on opening.
const FIRST_TRAINING: &str = "10 Feb Coaching";
const SECOND_TRAINING: &str = "11 Mar Seminar";
const FIRST_LOG: &str = "22 Jan Webinar";
const FIRST_REFLECTION: &str = "26 Jan ";

/// The selected row of the focused list has the theme's `selected` style, row-wide, and `j`
/// moves it to the next row and off the previous one.
fn check_selection_moves_with_j(name: &str, theme: &Theme) {
    for size in [(80, 24), (120, 40), (160, 45)] {
        let file = DataFile::sample();
        let mut app = app_on(&file, "en", size);
        let screen = draw(&app, theme);
        let trainings = pane_box(&screen, &app, Pane::Trainings);
        let first = row_styles(&screen, trainings, FIRST_TRAINING);
        let second = row_styles(&screen, trainings, SECOND_TRAINING);
        assert!(
            all_show(&first, theme.selected),
            "{name} {size:?}: the first row is not selected: {first:?}"
        );
        assert!(
            none_show(&second, theme.selected),
            "{name} {size:?}: the second row looks selected: {second:?}"
        );

        keys(&mut app, &[KeyCode::Char('j')]);
        let screen = draw(&app, theme);
        let trainings = pane_box(&screen, &app, Pane::Trainings);
        let first = row_styles(&screen, trainings, FIRST_TRAINING);
        let second = row_styles(&screen, trainings, SECOND_TRAINING);
        assert!(
            none_show(&first, theme.selected),
            "{name} {size:?}: j left the first row selected: {first:?}"
        );
        assert!(
            all_show(&second, theme.selected),
            "{name} {size:?}: j did not select the second row: {second:?}"
        );
    }
}

#[test]
fn the_selected_row_has_the_selected_style_and_j_moves_it() {
    check_selection_moves_with_j("colour", &Theme::new(true));
}

#[test]
fn only_the_focused_pane_border_and_selection_stand_out_and_tab_moves_them() {
    let first_rows =
        [(Pane::Trainings, FIRST_TRAINING), (Pane::Logs, FIRST_LOG), (Pane::Reflections, FIRST_REFLECTION)];
    for (name, theme) in themes() {
        for size in [(120, 40), (160, 45)] {
            let file = DataFile::sample();
            let mut app = app_on(&file, "en", size);
            for focus in [Pane::Trainings, Pane::Logs, Pane::Reflections, Pane::Trainings] {
                assert_eq!(app.focus, focus);
                let screen = draw(&app, &theme);
                for (pane, first_row) in first_rows {
                    let area = pane_box(&screen, &app, pane);
                    let border = border_styles(&screen, area);
                    let row = row_styles(&screen, area, first_row);
                    let at = format!("{name} {size:?}, {focus:?} focused, {pane:?} pane");
                    if pane == focus {
                        assert!(all_show(&border, theme.focus_border), "{at}: border {border:?}");
                        assert!(all_show(&row, theme.selected), "{at}: selected row {row:?}");
                    } else {
                        assert!(all_show(&border, theme.border), "{at}: border {border:?}");
                        assert!(none_show(&border, theme.focus_border), "{at}: border {border:?}");
                        // The other lists keep their place, in bold, but not as the selection.
                        assert!(all_show(&row, theme.title), "{at}: kept row {row:?}");
                        assert!(none_show(&row, theme.selected), "{at}: kept row {row:?}");
                    }
                }
                keys(&mut app, &[KeyCode::Tab]);
            }
        }
    }
}

#[test]
fn the_narrow_tab_bar_marks_the_focused_pane_and_tab_moves_it() {
    for (name, theme) in themes() {
        let file = DataFile::sample();
        let mut app = app_on(&file, "en", (80, 24));
        for focus in [Pane::Trainings, Pane::Logs, Pane::Reflections, Pane::Trainings] {
            let screen = draw(&app, &theme);
            for (number, pane) in (1..).zip(Pane::ALL) {
                let tab = styles(&screen, find(&screen, &format!("{number} {} (", app.lang.t(pane.title()))));
                let at = format!("{name}, {focus:?} focused, {pane:?} tab");
                if pane == focus {
                    assert!(all_show(&tab, theme.selected), "{at}: {tab:?}");
                } else {
                    assert!(none_show(&tab, theme.selected), "{at}: {tab:?}");
                }
            }
            keys(&mut app, &[KeyCode::Tab]);
        }
    }
}

#[test]
fn validation_errors_are_drawn_in_the_error_style() {
    for (name, theme) in themes() {
        for size in SIZES {
            let file = DataFile::sample();
            let mut app = app_on(&file, "en", size);
            invalid_training_form(&mut app);
            let screen = draw(&app, &theme);
            for problem in [Msg::ProblemEmpty, Msg::ProblemJpDecimals] {
                let error = styles(&screen, find(&screen, app.lang.t(problem)));
                assert!(all_show(&error, theme.error), "{name} {size:?} {problem:?}: {error:?}");
            }
            // What was typed stays as typed: only the message is an error.
            let typed = styles(&screen, find(&screen, "2,345"));
            assert!(none_show(&typed, theme.error), "{name} {size:?}: the typed value {typed:?}");
        }
    }
}

#[test]
fn a_log_before_its_training_starts_is_warned_in_the_warning_style() {
    for (name, theme) in themes() {
        for size in SIZES {
            let file = DataFile::sample();
            let mut app = app_on(&file, "en", size);
            // x on t7, which starts on 5 August.
            keys(&mut app, &[KeyCode::Char('G'), KeyCode::Up, KeyCode::Up, KeyCode::Up, KeyCode::Char('x')]);
            let screen = draw(&app, &theme);
            let warning =
                styles(&screen, find(&screen, "the training starts 5 Aug 2026; you can still save"));
            assert!(all_show(&warning, theme.warning), "{name} {size:?}: {warning:?}");
        }
    }
}

#[test]
fn an_unreadable_file_says_so_in_the_error_style() {
    for (name, theme) in themes() {
        let file = DataFile::with(include_str!("fixtures/corrupt.toml"));
        let app = app_on(&file, "en", (120, 40));
        let screen = draw(&app, &theme);
        let message = styles(&screen, find(&screen, app.lang.t(Msg::TuiReadOnly)));
        let flag = styles(&screen, find(&screen, &format!("[{}]", app.lang.t(Msg::TuiReadOnlyFlag))));
        assert!(all_show(&message, theme.error), "{name}: the message {message:?}");
        assert!(all_show(&flag, theme.error), "{name}: the header flag {flag:?}");
    }
}

#[test]
fn an_error_note_on_the_status_line_is_in_the_error_style() {
    for (name, theme) in themes() {
        let file = DataFile::sample();
        let mut app = app_on(&file, "en", (80, 24));
        app.note = Some(Note::Error("the file changed elsewhere".into()));
        let screen = draw(&app, &theme);
        let note = styles(&screen, find(&screen, "✗ the file changed elsewhere"));
        assert!(all_show(&note, theme.error), "{name}: {note:?}");
    }
}

#[test]
fn without_colour_the_selection_is_reversed_and_j_moves_it() {
    let theme = Theme::new(false);
    // Without colour the selection must still differ from a plain row by its modifiers.
    assert!(theme.selected.add_modifier.intersects(Modifier::REVERSED | Modifier::BOLD));
    assert_eq!((theme.selected.fg, theme.selected.bg), (None, None));
    check_selection_moves_with_j("NO_COLOR", &theme);
}

/// A named screen: the data file's text and what is done on it.
type Scenario = (&'static str, &'static str, fn(&mut App));

#[test]
fn without_colour_nothing_is_coloured() {
    let theme = Theme::new(false);
    let scenarios: [Scenario; 4] = [
        ("main", common::SAMPLE, |_| {}),
        ("log pane", common::SAMPLE, |app| keys(app, &[KeyCode::Char('2')])),
        ("form error", common::SAMPLE, invalid_training_form),
        ("read-only", include_str!("fixtures/corrupt.toml"), |_| {}),
    ];
    for (name, data, scenario) in scenarios {
        for size in [(80, 24), (120, 40), (160, 45)] {
            let file = DataFile::with(data);
            let mut app = app_on(&file, "en", size);
            scenario(&mut app);
            let screen = draw(&app, &theme);
            for at in screen.area.positions() {
                let cell = &screen[at];
                assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{name} {size:?} at {at:?}");
            }
        }
    }
}
