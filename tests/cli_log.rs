//! `tumbuh log`: one command to record JP, and every way it refuses bad input.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::{DataFile, stdout_of};
use predicates::prelude::*;
use tumbuh::model::Jp;

fn jp(text: &str) -> Jp {
    Jp::parse(text).unwrap()
}

#[test]
fn logs_an_ad_hoc_entry_and_says_what_it_did() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args([
        "log",
        "--jp",
        "2,5",
        "--title",
        "Webinar Satu Data Indonesia",
        "--date",
        "12 Mei 2026",
        "--certificate",
        "77/SDI/2026",
        "--in-siasn",
    ]));
    assert_eq!(
        out,
        "dicatat l13: 2,5 JP · Webinar Satu Data Indonesia · 12 Mei 2026\n\
         2026: 21,25/20 JP · tercapai\n"
    );
    let plan = file.plan();
    let entry = plan.logs.last().unwrap();
    assert_eq!((entry.id.as_str(), entry.jp, entry.in_siasn), ("l13", jp("2.5"), true));
    assert_eq!(entry.certificate, "77/SDI/2026");
    assert_eq!(entry.date.to_string(), "2026-05-12");
    assert_eq!(plan.ids.log, 13);
}

#[test]
fn logs_against_a_training_with_its_provider_and_form() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["log", "--minutes", "90", "--training", "t5", "--lang", "en"]));
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            "logged l13: 2 JP · Komunitas Belajar Analis Kebijakan: Bedah Kajian Bulanan · 30 June 2026",
            "counted: 90 min ÷ 45 min per JP",
            "2026: 20.75/20 JP · achieved",
        ]
    );
    let plan = file.plan();
    let entry = plan.logs.last().unwrap();
    assert_eq!(entry.training.as_deref(), Some("t5"));
    assert_eq!(entry.provider, "Forum Analis Kebijakan Jawa Tengah");
    assert_eq!(entry.form, None, "the form stays the training's");
}

#[test]
fn counts_units_by_the_forms_rule_and_says_when_a_cap_applied() {
    let file = DataFile::empty();
    let out = stdout_of(file.run().args(["log", "--units", "2", "--form", "seminar", "--title", "Rakornas"]));
    assert!(out.contains("dicatat l1: 8 JP"), "{out}");
    assert!(out.contains("dihitung: 2 hari × 4 JP\n"), "{out}");
    let out = stdout_of(file.run().args([
        "log",
        "--units",
        "1",
        "--form",
        "seminar",
        "--international",
        "--title",
        "ASEAN Forum",
        "--lang",
        "en",
    ]));
    assert!(out.contains("logged l2: 6 JP"), "{out}");
    assert!(out.contains("counted: 1 day × 6 JP"), "{out}");
    let out =
        stdout_of(file.run().args(["log", "--hours", "5", "--form", "e-learning", "--title", "Modul SPBE"]));
    assert!(out.contains("dicatat l3: 3 JP"), "{out}");
    assert!(out.contains("dihitung: 300 menit ÷ 45 menit per JP, dibatasi 3 JP per hari"), "{out}");
    let out =
        stdout_of(file.run().args(["log", "--units", "3", "--form", "coaching", "--title", "Coaching"]));
    assert!(out.contains("dihitung: 2 sesi × 2 JP, dibatasi 2 sesi per bulan"), "{out}");
    let jps: Vec<Jp> = file.plan().logs.iter().map(|l| l.jp).collect();
    assert_eq!(jps, [jp("8"), jp("6"), jp("3"), jp("4")]);
}

#[test]
fn the_first_log_creates_a_private_file() {
    let file = DataFile::empty();
    stdout_of(file.run().args(["log", "--jp", "1", "--title", "Belajar mandiri"]));
    let mode = std::fs::metadata(&file.path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn an_unknown_form_is_kept_with_a_warning() {
    let file = DataFile::empty();
    file.run()
        .args(["log", "--jp", "2", "--title", "Diskusi publik", "--form", "diskusi-publik"])
        .assert()
        .success()
        .stderr(predicate::str::contains("bentuk \"diskusi-publik\" tidak ada di katalog"));
    assert_eq!(file.plan().logs[0].form.as_deref(), Some("diskusi-publik"));
}

/// Each case: the arguments after `log`, and what the message must say.
const REFUSALS: &[(&[&str], &str)] = &[
    (&["--jp", "0", "--title", "x"], "--jp: harus lebih dari 0"),
    (&["--jp", "-2", "--title", "x"], "--jp: harus lebih dari 0"),
    (&["--jp", "1,234", "--title", "x"], "--jp: paling banyak 2 angka desimal"),
    (&["--jp", "NaN", "--title", "x"], "--jp: harus berupa angka biasa"),
    (&["--jp", "dua", "--title", "x"], "--jp: harus berupa angka, misalnya 2,5"),
    (&["--jp", "1001", "--title", "x"], "--jp: paling banyak 1.000 JP"),
    (&["--minutes", "0", "--title", "x"], "--minutes: harus lebih dari 0"),
    (&["--jp", "2"], "--title: isi judul, atau kaitkan dengan pelatihan"),
    (&["--jp", "2", "--title", "  "], "--title: isi judul, atau kaitkan dengan pelatihan"),
    (&["--jp", "2", "--training", "t99"], "--training: tidak ada pelatihan dengan ID t99"),
    (&["--jp", "2", "--title", "x", "--date", "30/2/2026"], "--date: tanggal itu tidak ada di kalender"),
    (&["--jp", "2", "--title", "x", "--date", "besok lusa"], "--date: tanggal tidak dikenali; contoh"),
    (&["--units", "2", "--title", "x"], "--units: --units memerlukan --form"),
    (
        &["--units", "2", "--form", "pelatihan-teknis", "--title", "x"],
        "--units: bentuk pelatihan-teknis dihitung menurut waktu",
    ),
];

#[test]
fn bad_input_is_named_and_changes_nothing() {
    common::assert_refusals("log", REFUSALS);
}

#[test]
fn refusals_speak_english_too() {
    let file = DataFile::sample();
    file.run()
        .args(["log", "--jp", "0", "--title", "x", "--lang", "en"])
        .assert()
        .failure()
        .stderr("error: --jp: must be more than 0\nThe file was not changed.\n");
}

#[test]
fn exactly_one_amount_is_required() {
    let file = DataFile::sample();
    file.run().args(["log", "--title", "x"]).assert().code(2);
    file.run().args(["log", "--jp", "1", "--minutes", "45", "--title", "x"]).assert().code(2);
    assert_eq!(file.text(), common::SAMPLE);
}

#[test]
fn global_flags_work_after_the_subcommand() {
    let file = DataFile::empty();
    let out = stdout_of(
        common::tumbuh().args(["log", "--jp", "1", "--title", "x", "--lang", "en", "--file"]).arg(&file.path),
    );
    assert!(out.starts_with("logged l1"));
}

#[test]
fn list_shows_the_years_entries_and_their_total() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["log", "list"]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "ID   Tanggal    JP  Bentuk             Sertifikat                      SIASN  Kegiatan"
    );
    assert_eq!(
        lines[2],
        "l2   10 Feb      2  coaching           800.1.6/127/Bappeda/2026        sudah  Coaching Penulisan Policy Brief"
    );
    assert!(lines[11].starts_with(
        "l11  24 Jun      1  belajar-mandiri    —                               belum  Belajar mandiri"
    ));
    assert_eq!(lines[13], "Jumlah 18,75 JP dari 12 catatan");
    let out = stdout_of(file.run().args(["log", "list", "--lang", "en", "--year", "2025"]));
    assert_eq!(out, "No log entries for 2025 yet. Log one: tumbuh log --jp N --title \"…\"\n");
    let out = stdout_of(file.run().args(["--lang", "en", "log", "list"]));
    assert!(out.ends_with("Total 18.75 JP in 12 entries\n"), "{out}");
}

#[test]
fn list_json_is_an_array_of_entries_with_their_form() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["log", "list", "--json"]));
    let logs: Vec<tumbuh::report::json::LogRecord> = serde_json::from_str(&out).unwrap();
    assert_eq!(logs.len(), 12);
    assert_eq!(logs.iter().map(|l| l.jp).sum::<Jp>(), jp("18.75"));
    assert_eq!(logs[5].form.as_deref(), Some("e-learning"));
}

#[test]
fn list_and_amount_flags_do_not_mix() {
    let file = DataFile::sample();
    file.run().args(["log", "--jp", "1", "--title", "x", "list"]).assert().code(2);
    file.run().args(["log", "list", "--jp", "1"]).assert().code(2);
    assert_eq!(file.text(), common::SAMPLE);
}
