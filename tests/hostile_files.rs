//! A corpus of hostile data files, one test each: refused with a clear message (line and
//! column where it applies) and left byte for byte, or read and shown without ever sending a
//! raw control character to the terminal.

mod common;

use common::DataFile;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tumbuh::commands::{Environment, Globals, open_app};
use tumbuh::tui::theme::Theme;
use tumbuh::tui::view;

/// ESC, BEL, DEL and the C1 controls: none may reach the terminal. (Newline, tab and the CR of
/// CSV line ends may, as the output's own layout.)
fn has_raw_control(text: &str) -> bool {
    text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
}

fn read_fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/hostile/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn file_with(bytes: &[u8]) -> DataFile {
    let file = DataFile::empty();
    std::fs::write(&file.path, bytes).unwrap();
    file
}

/// A broken file: every command refuses, names the place, and changes nothing.
fn refused(name: &str, expected: &[&str]) {
    let bytes = read_fixture(name);
    let file = file_with(&bytes);
    for args in [vec!["status"], vec!["log", "--jp", "1", "--title", "Webinar"], vec!["plan", "list"]] {
        let output = file.run().args(&args).output().unwrap();
        assert!(!output.status.success(), "{name}: {args:?} succeeded");
        let stderr = String::from_utf8_lossy(&output.stderr);
        for part in expected {
            assert!(stderr.contains(part), "{name}: «{part}» missing from:\n{stderr}");
        }
        assert!(!has_raw_control(&stderr), "{name}: a control character reached the terminal");
        assert_eq!(std::fs::read(&file.path).unwrap(), bytes, "{name}: the file changed");
    }
    // The planner opens it read-only, with the same message on screen.
    let env = Environment { today: Some(common::TODAY.into()), ..Environment::default() };
    let app = open_app(&Globals::default(), &env, file.path.clone()).unwrap();
    assert!(app.read_only_reason().is_some(), "{name}: not read-only");
    assert!(!has_raw_control(&render(&app, 80, 24)));
}

fn render(app: &tumbuh::tui::app::App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::draw(frame, app, &Theme::new(true))).unwrap();
    terminal.backend().buffer().content().iter().map(|cell| cell.symbol()).collect()
}

/// A file that is odd but valid: every command and every screen shows it, defused.
fn accepted(name: &str) {
    let bytes = read_fixture(name);
    let file = file_with(&bytes);
    let commands: [&[&str]; 6] = [
        &["status"],
        &["plan", "list"],
        &["log", "list"],
        &["reflect", "list"],
        &["export", "--format", "md"],
        &["export", "--format", "csv"],
    ];
    for args in commands {
        let output = file.run().args(args).output().unwrap();
        assert!(
            output.status.success(),
            "{name}: {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let printed = String::from_utf8_lossy(&output.stdout) + String::from_utf8_lossy(&output.stderr);
        assert!(!has_raw_control(&printed), "{name}: {args:?} printed a control character");
    }
    let env = Environment { today: Some(common::TODAY.into()), ..Environment::default() };
    for (width, height) in [(80, 24), (160, 45)] {
        for keys in ["", "2", "3", "e", "2e", "3e", "s", "x"] {
            let mut app = open_app(&Globals::default(), &env, file.path.clone()).unwrap();
            app.resize(width, height);
            for key in keys.chars() {
                app.handle_key(KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE));
            }
            let screen = render(&app, width, height);
            assert!(!has_raw_control(&screen), "{name}: keys {keys:?} drew a control character");
        }
    }
    // A write still works and keeps what was there.
    file.run().args(["log", "--jp", "1", "--title", "Webinar"]).assert().success();
}

macro_rules! hostile {
    ($($test:ident: $file:literal => $expect:expr;)+) => {
        $(
            #[test]
            fn $test() {
                match $expect {
                    Some(parts) => refused($file, parts),
                    None => accepted($file),
                }
            }
        )+
    };
}

hostile! {
    binary_garbage: "binary_garbage.toml" => Some(&["bukan berkas teks UTF-8", "baris 1, kolom 1"]);
    nul_in_text: "nul_in_text.toml" => Some(&["tidak sesuai format TOML (baris 2, kolom 13)"]);
    duplicate_keys: "duplicate_keys.toml" => Some(&["tidak sesuai format TOML (baris 3, kolom 1)"]);
    nan_jp: "nan_jp.toml" => Some(&["baris 5, kolom 6: catatan JP l1, jp: harus berupa angka biasa"]);
    inf_jp: "inf_jp.toml" => Some(&["baris 5, kolom 6: catatan JP l1, jp: harus berupa angka biasa"]);
    negative_jp: "negative_jp.toml" => Some(&["baris 5, kolom 6: catatan JP l1, jp: harus lebih dari 0"]);
    huge_jp: "huge_jp.toml" => Some(&["baris 5, kolom 6: catatan JP l1, jp: angkanya terlalu besar"]);
    three_decimals_jp: "three_decimals_jp.toml" => Some(&["jp: paling banyak dua angka di belakang koma"]);
    impossible_date_string: "impossible_date_string.toml" => Some(&["baris 3, kolom 8: catatan JP l1, date: tanggal itu tidak ada"]);
    impossible_date_literal: "impossible_date_literal.toml" => Some(&["tidak sesuai format TOML (baris 3, kolom 8)"]);
    end_before_start: "end_before_start.toml" => Some(&["baris 7, kolom 7: pelatihan t1, end: tidak boleh sebelum tanggal mulai"]);
    duplicate_ids: "duplicate_ids.toml" => Some(&["baris 8, kolom 6: pelatihan t1, id: ID t1 dipakai lebih dari sekali"]);
    escape_in_id: "escape_in_id.toml" => Some(&["baris 2, kolom 6: pelatihan \u{FFFD}]0;x\u{FFFD}, id: hanya boleh berisi huruf"]);
    signed_year: "signed_year.toml" => Some(&["baris 3, kolom 8: catatan JP l1, date: bukan tanggal yang dikenali"]);
    huge_unknown_integer: "huge_unknown_integer.toml" => Some(&["baris 3, kolom 14: profil, ?: angkanya terlalu besar untuk disimpan"]);
    empty_file: "empty.toml" => None::<&[&str]>;
    long_title: "long_title.toml" => None::<&[&str]>;
    emoji_cjk_combining: "unicode.toml" => None::<&[&str]>;
    control_characters_in_every_text_field: "control_characters.toml" => None::<&[&str]>;
}
