//! Keys that look like misspelt known keys, in every table whose keys the program knows: named
//! with their line and column and the key meant, once on standard error by a command that reads,
//! and in the planner's status line; a missing required key names its likely misspelling.

mod common;

use common::{DataFile, TODAY, stdout_of};
use predicates::str::contains;
use tumbuh::store::{DecodeError, Typo, decode};

const BASE: &str = "\
schema = 1

[profile]
name = \"Sari\"

[[training]]
id = \"t1\"
year = 2026
title = \"Kursus Statistik\"
planned_jp = 8

[[log]]
id = \"l1\"
date = 2026-03-12
jp = 2
title = \"Webinar\"

[[reflection]]
id = \"r1\"
date = 2026-03-20
changed = \"Ringkasan satu halaman\"
";

/// BASE with `line` added after the line that is `after`.
fn with_line(after: &str, line: &str) -> String {
    BASE.replacen(&format!("{after}\n"), &format!("{after}\n{line}\n"), 1)
}

fn typos(text: &str) -> Vec<Typo> {
    decode(text).unwrap_or_else(|e| panic!("{e:?}\n{text}")).typos
}

/// (table, the line after which the key goes, the key as written, the key meant)
const CASES: &[(&str, &str, &str, &str)] = &[
    ("profile", "name = \"Sari\"", "employe_type = \"pppk\"", "employee_type"),
    ("profile", "name = \"Sari\"", "target-jp = 24", "target_jp"),
    ("profile", "name = \"Sari\"", "Language = \"en\"", "language"),
    ("training", "year = 2026", "from = \"bimtek\"", "form"),
    ("training", "year = 2026", "provder = \"LAN RI\"", "provider"),
    ("training", "year = 2026", "stat = \"done\"", "start"),
    ("log", "jp = 2", "certifcate = \"1/LAN\"", "certificate"),
    ("log", "jp = 2", "in_sisan = true", "in_siasn"),
    ("log", "jp = 2", "traning = \"t1\"", "training"),
    ("reflection", "date = 2026-03-20", "usefullness = 4", "usefulness"),
    ("reflection", "date = 2026-03-20", "folow_up = 2026-04-20", "follow_up"),
    ("reflection", "date = 2026-03-20", "aplied = \"yes\"", "applied"),
];

#[test]
fn a_misspelt_key_in_every_record_table_is_named_with_its_line_and_the_key_meant() {
    for (table, after, line, meant) in CASES {
        let text = with_line(after, line);
        let found = typos(&text);
        assert_eq!(found.len(), 1, "{table}: {line}\n{found:?}");
        let typo = &found[0];
        let written = line.split(' ').next().unwrap();
        let line_no = text.lines().position(|l| l == *line).unwrap() + 1;
        assert_eq!((typo.written.as_str(), typo.meant), (written, *meant), "{table}");
        assert_eq!((typo.at.line, typo.at.column), (line_no, 1), "{table}: {line}");
    }
}

#[test]
fn years_and_forms_tables_are_checked_too() {
    let text = format!("{BASE}\n[years.2027]\ntarget = 24\n\n[forms.seminar]\njp_per_units = 3\n");
    let found = typos(&text);
    let line_of = |line: &str| text.lines().position(|l| l == line).unwrap() + 1;
    let named: Vec<(&str, &str, usize)> =
        found.iter().map(|t| (t.written.as_str(), t.meant, t.at.line)).collect();
    let expected = [
        ("target", "target_jp", line_of("target = 24")),
        ("jp_per_units", "jp_per_unit", line_of("jp_per_units = 3")),
    ];
    assert_eq!(named, expected);
}

#[test]
fn a_misspelt_table_name_at_the_top_is_named() {
    let text = BASE.replace("[profile]", "[profil]");
    let found = typos(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].written.as_str(), found[0].meant, found[0].at.line), ("profil", "profile", 3));
}

#[test]
fn keys_far_from_any_known_key_and_keys_beside_their_own_are_not_named() {
    for line in ["color = \"biru\"", "x_source = \"siasn\"", "tittle = \"dua\""] {
        let text = with_line("year = 2026", line);
        assert_eq!(typos(&text), vec![], "{line}");
    }
}

#[test]
fn the_lean_read_and_the_spanned_walk_name_the_same_typos() {
    for (_, after, line, _) in CASES {
        let text = with_line(after, line);
        let lean = typos(&text);
        let spanned = tumbuh::store::decode_spanned(&text).unwrap().typos;
        assert_eq!(lean, spanned, "{line}");
    }
}

#[test]
fn a_missing_required_key_names_its_likely_misspelling() {
    let text = BASE.replace("planned_jp = 8", "planed_jp = 8");
    let Err(DecodeError::Invalid(problems)) = decode(&text) else { panic!("must not read") };
    assert_eq!(problems.len(), 1, "{problems:?}");
    let problem = &problems[0];
    assert_eq!((problem.problem.field, problem.at.map(|a| a.line)), ("planned_jp", Some(6)), "at the header");
    let typo = problem.typo.as_ref().expect("names the misspelling");
    assert_eq!((typo.written.as_str(), typo.meant, typo.at.line), ("planed_jp", "planned_jp", 10));

    let file = DataFile::with(&text);
    file.run().arg("status").assert().failure().stderr(contains(
        "baris 6, kolom 1: pelatihan t1, planned_jp: wajib diisi; baris 10, kolom 1 berisi `planed_jp` — maksudnya `planned_jp`?",
    ));
    file.run().args(["--lang", "en", "status"]).assert().failure().stderr(contains(
        "line 6, column 1: training t1, planned_jp: is required; line 10, column 1 has `planed_jp` — did you mean `planned_jp`?",
    ));
    assert_eq!(file.text(), text);
}

#[test]
fn a_command_that_reads_says_it_once_on_standard_error_in_both_languages() {
    let text = with_line("year = 2026", "from = \"bimtek\"");
    let file = DataFile::with(&text);
    let output = file.run().arg("status").output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    let expected = "Peringatan: baris 9, kolom 1: pelatihan t1: `from` tidak dikenal — maksudnya `form`? (disimpan apa adanya, tetapi tidak dipakai)\n";
    assert_eq!(stderr, expected);
    file.run().args(["--lang", "en", "plan", "list"]).assert().success().stderr(contains(
        "Warning: line 9, column 1: training t1: `from` is not a known key — did you mean `form`? (kept as written, but not used)",
    ));
    // Kept on save, where it was.
    file.run().args(["log", "--jp", "1", "--title", "Webinar"]).assert().success();
    assert!(file.text().contains("year = 2026\nfrom = \"bimtek\"\ntitle"), "{}", file.text());
    let _ = stdout_of(file.run().arg("status"));
}

#[test]
fn the_planner_shows_it_in_its_status_line() {
    let text = with_line("year = 2026", "from = \"bimtek\"")
        + "[[log]]\nid = \"l2\"\ndate = 2026-03-13\njp = 1\ntitel = \"x\"\ntitle = \"Webinar\"\nprovder = \"LAN\"\n";
    let file = DataFile::with(&text);
    let env = tumbuh::commands::Environment { today: Some(TODAY.into()), ..Default::default() };
    let app = tumbuh::commands::open_app(&tumbuh::commands::Globals::default(), &env, file.path.clone())
        .unwrap_or_else(|f| panic!("{}", f.message));
    let Some(tumbuh::tui::app::Note::Info(note)) = &app.note else { panic!("no note: {:?}", app.note) };
    assert!(note.starts_with("Peringatan: baris 9, kolom 1: pelatihan t1: `from`"), "{note}");
    assert!(note.ends_with("(dan 1 lainnya; lihat tumbuh status)"), "{note}");
}
