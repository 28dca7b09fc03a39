//! Hand-edited files that are broken: refused with line and column, never written over.

mod common;

use common::DataFile;
use predicates::prelude::*;

/// Each fixture, and what a refused write must say about it.
const BROKEN: &[(&str, &str, &str)] = &[
    ("corrupt", include_str!("fixtures/corrupt.toml"), "tidak sesuai format TOML (baris 5, kolom 13)"),
    ("truncated", include_str!("fixtures/truncated.toml"), "tidak sesuai format TOML (baris 32, kolom 39)"),
    (
        "wrong type",
        include_str!("fixtures/wrong_type.toml"),
        "baris 10, kolom 14: pelatihan t1, planned_jp: harus berupa angka, misalnya 2,5",
    ),
    (
        "dangling reference",
        include_str!("fixtures/dangling.toml"),
        "baris 7, kolom 12: catatan JP l1, training: tidak ada pelatihan dengan ID t7",
    ),
    ("future schema", include_str!("fixtures/future_schema.toml"), "skema 2"),
];

#[test]
fn a_write_to_a_broken_file_is_refused_and_leaves_it_byte_for_byte() {
    for (name, text, message) in BROKEN {
        let file = DataFile::with(text);
        file.run()
            .args(["log", "--jp", "2", "--title", "Webinar"])
            .assert()
            .failure()
            .stderr(predicate::str::contains(*message))
            .stderr(predicate::str::contains("Berkas tidak diubah."));
        assert_eq!(file.text(), *text, "{name} was changed");
        assert!(!file.dir().join("backups").exists(), "{name} was backed up as if written");
    }
}

#[test]
fn wrong_types_are_named_for_every_kind_of_field() {
    let text = "[profile]\ntarget_jp = true\nlanguage = \"jawa\"\n\n\
                [[log]]\nid = \"l1\"\ndate = 2026-03-12T09:00:00\njp = 1e300\ntitle = 5\nin_siasn = \"ya\"\n\n\
                [[reflection]]\nid = \"r1\"\ndate = \"12 Maret\"\nchanged = \"\"\nusefulness = 9\n";
    let file = DataFile::with(text);
    let assert = file.run().args(["status", "--lang", "en"]).assert().failure();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for expected in [
        "line 2, column 13: profile, target_jp: must be a number, not true or false",
        "line 3, column 12: profile, language: must be one of: id, en",
        "line 7, column 8: log entry l1, date: must be a date (YYYY-MM-DD), not a date and time",
        "line 8, column 6: log entry l1, jp: is far too large",
        "line 9, column 9: log entry l1, title: must be text, not a whole number",
        "line 10, column 12: log entry l1, in_siasn: must be true or false, not text",
        "line 14, column 8: reflection r1, date: not a date",
    ] {
        assert!(stderr.contains(expected), "missing «{expected}» in:\n{stderr}");
    }
}

#[test]
fn an_empty_file_is_an_empty_plan() {
    let file = DataFile::with("");
    file.run().arg("status").assert().success();
    file.run().args(["log", "--jp", "1", "--title", "Webinar"]).assert().success();
    assert_eq!(file.plan().logs.len(), 1);
}
