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
        "Catatan JP l13 disimpan: 2,5 JP · Webinar Satu Data Indonesia · 12 Mei 2026\n\
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
            "Log entry l13 saved: 2 JP · Komunitas Belajar Analis Kebijakan: Bedah Kajian Bulanan · 30 June 2026",
            "Counted from 90 min ÷ 45 min per JP",
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
    assert!(out.contains("Catatan JP l1 disimpan: 8 JP"), "{out}");
    assert!(out.contains("Dihitung dari 2 hari × 4 JP\n"), "{out}");
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
    assert!(out.contains("Log entry l2 saved: 6 JP"), "{out}");
    assert!(out.contains("Counted from 1 day × 6 JP"), "{out}");
    let out =
        stdout_of(file.run().args(["log", "--hours", "5", "--form", "e-learning", "--title", "Modul SPBE"]));
    assert!(out.contains("Catatan JP l3 disimpan: 3 JP"), "{out}");
    assert!(out.contains("Dihitung dari 300 menit ÷ 45 menit per JP, dibatasi 3 JP per hari"), "{out}");
    let out =
        stdout_of(file.run().args(["log", "--units", "2", "--form", "coaching", "--title", "Coaching"]));
    assert!(out.contains("Dihitung dari 2 sesi × 2 JP\n"), "{out}");
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
    (&["--jp", "1,234", "--title", "x"], "--jp: paling banyak dua angka di belakang koma"),
    (&["--jp", "NaN", "--title", "x"], "--jp: harus berupa angka biasa"),
    (&["--jp", "dua", "--title", "x"], "--jp: harus berupa angka, misalnya 2,5"),
    (&["--jp", "1001", "--title", "x"], "--jp: paling banyak 1.000 JP"),
    (&["--minutes", "0", "--title", "x"], "--minutes: harus lebih dari 0"),
    (&["--jp", "2"], "--title: isi judul atau kaitkan dengan pelatihan"),
    (&["--jp", "2", "--title", "  "], "--title: isi judul atau kaitkan dengan pelatihan"),
    (&["--jp", "2", "--training", "t99"], "--training: tidak ada pelatihan dengan ID t99"),
    (&["--jp", "2", "--title", "x", "--date", "30/2/2026"], "--date: tanggal itu tidak ada di kalender"),
    (&["--jp", "2", "--title", "x", "--date", "besok lusa"], "--date: bukan tanggal yang dikenali; misalnya"),
    (&["--jp", "24 JPX", "--title", "x"], "--jp: harus berupa angka, misalnya 2,5"),
    (&["--jp", "2", "--title", "x", "--start", "kemarin lusa"], "--start: bukan tanggal yang dikenali"),
    (
        &["--jp", "2", "--title", "x", "--start", "2026-05-07", "--date", "2026-05-06"],
        "--start: hari pertama (7 Mei 2026) tidak boleh sesudah --date (6 Mei 2026)",
    ),
    (
        &["--units", "2", "--form", "seminar", "--title", "x", "--start", "4/5/2026", "--date", "6/5/2026"],
        "--start: dari 4 Mei 2026 sampai 6 Mei 2026 ada 3 hari, sedangkan --units menyebut 2 hari",
    ),
    (
        &["--units", "3", "--form", "mentoring", "--title", "x"],
        "--units: 3 sesi mentoring melebihi batas 2 sesi sebulan\n\
         Saran: --jp mencatat JP menurut hitungan instansi Anda sendiri\n",
    ),
    (&["--units", "2", "--title", "x"], "--units: perlu --form, atau --training"),
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
        .stderr("Error: --jp: must be more than 0\nThe file was not changed.\n");
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
    assert!(out.starts_with("Log entry l1 saved"));
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
    assert_eq!(lines[13], "Jumlah 18,75 JP dari 12 catatan JP");
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

fn status_json(file: &DataFile) -> serde_json::Value {
    serde_json::from_str(&stdout_of(file.run().args(["status", "--json"]))).unwrap()
}

fn day(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

#[test]
fn units_of_a_per_day_form_span_the_days_ending_on_the_date() {
    let file = DataFile::empty();
    let out = stdout_of(file.run().args([
        "log",
        "--units",
        "2",
        "--form",
        "e-learning",
        "--date",
        "2026-05-06",
        "--title",
        "Modul SPBE",
    ]));
    assert!(
        out.starts_with(
            "Catatan JP l1 disimpan: 6 JP · Modul SPBE · 6 Mei 2026\nDihitung dari 2 hari × 3 JP\n"
        ),
        "{out}"
    );
    let entry = &file.plan().logs[0];
    assert_eq!((entry.start, entry.date, entry.jp), (Some(day("2026-05-05")), day("2026-05-06"), jp("6")));
    assert_eq!(status_json(&file)["days_over_cap"], 0, "3 JP on each of two days");

    // With --start the range holds the days; one day needs no start.
    stdout_of(file.run().args([
        "log",
        "--units",
        "3",
        "--form",
        "workshop",
        "--start",
        "4 Mei 2026",
        "--date",
        "6/5/2026",
        "--title",
        "Lokakarya",
    ]));
    stdout_of(file.run().args([
        "log",
        "--units",
        "1",
        "--form",
        "seminar",
        "--date",
        "2026-05-07",
        "--title",
        "Rakor",
    ]));
    let logs = file.plan().logs;
    assert_eq!((logs[1].start, logs[1].jp), (Some(day("2026-05-04")), jp("15")));
    assert_eq!((logs[2].start, logs[2].jp), (None, jp("4")));
    assert!(file.text().contains("start = 2026-05-05\n"), "{}", file.text());
}

#[test]
fn a_start_after_the_date_is_refused_and_the_file_kept() {
    let file = DataFile::sample();
    file.run()
        .args(["log", "--jp", "2", "--title", "x", "--start", "besok", "--lang", "en"])
        .assert()
        .failure()
        .stderr(
            "Error: --start: the first day (1 July 2026) must not be after --date (30 June 2026)\n\
             The file was not changed.\n",
        );
    assert_eq!(file.text(), common::SAMPLE);
}

#[test]
fn a_third_coaching_session_in_a_month_is_refused_with_the_months_count() {
    // The sample has two coaching sessions in February (l2, l3, of training t1).
    let file = DataFile::sample();
    let before = file.text();
    file.run()
        .args(["log", "--units", "1", "--training", "t1", "--date", "2026-02-26"])
        .assert()
        .failure()
        .stderr(
            "Kesalahan: --units: Februari 2026 sudah ada 2 sesi coaching; batasnya 2 sesi sebulan\n\
             Saran: --jp mencatat JP menurut hitungan instansi Anda sendiri\n\
             Berkas tidak diubah.\n",
        );
    assert_eq!(file.text(), before, "byte for byte");
    assert!(!file.dir().join("backups").exists());
    file.run()
        .args([
            "log",
            "--units",
            "2",
            "--form",
            "mentoring",
            "--title",
            "x",
            "--date",
            "2026-03-02",
            "--lang",
            "en",
        ])
        .assert()
        .success();
    file.run()
        .args([
            "log",
            "--units",
            "1",
            "--form",
            "mentoring",
            "--title",
            "x",
            "--date",
            "2026-03-31",
            "--lang",
            "en",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::starts_with(
            "Error: --units: March 2026 already has 2 sessions of mentoring; the cap is 2 sessions a month\n\
             Tip: --jp records the JP as your agency counts them\n",
        ));
    // The next month is a new month.
    stdout_of(file.run().args(["log", "--units", "1", "--training", "t1", "--date", "2026-03-02"]));
}

#[test]
fn a_typed_jp_over_a_cap_is_kept_with_a_warning() {
    let file = DataFile::empty();
    stdout_of(file.run().args([
        "log",
        "--units",
        "1",
        "--form",
        "e-learning",
        "--date",
        "2026-05-06",
        "--title",
        "a",
    ]));
    file.run()
        .args(["log", "--jp", "2", "--form", "e-learning", "--date", "2026-05-06", "--title", "b"])
        .assert()
        .success()
        .stderr(
            "Peringatan: 6 Mei 2026: e-learning berjumlah 5 JP, melebihi batas harian 3 JP; \
             JP yang Anda ketik tetap disimpan\n",
        );
    assert_eq!(file.plan().logs[1].jp, jp("2"));
    assert_eq!(status_json(&file)["days_over_cap"], 1);

    // Typed coaching beyond the month's sessions is kept too.
    let file = DataFile::sample();
    file.run()
        .args(["log", "--jp", "2", "--training", "t1", "--date", "2026-02-26", "--lang", "en"])
        .assert()
        .success()
        .stderr(
            "Warning: February 2026: coaching comes to 3 sessions, over its cap of 2 sessions a month; \
             the JP you typed is kept\n",
        );
    assert_eq!(status_json(&file)["months_over_cap"], 1);
}

#[test]
fn a_counted_amount_takes_only_what_the_day_still_allows() {
    let file = DataFile::empty();
    stdout_of(file.run().args([
        "log",
        "--jp",
        "2",
        "--form",
        "e-learning",
        "--date",
        "2026-05-06",
        "--title",
        "a",
    ]));
    let out = stdout_of(file.run().args([
        "log",
        "--hours",
        "3",
        "--form",
        "e-learning",
        "--date",
        "2026-05-06",
        "--title",
        "b",
    ]));
    assert!(
        out.starts_with(
            "Catatan JP l2 disimpan: 1 JP · b · 6 Mei 2026\n\
             Dihitung dari 180 menit ÷ 45 menit per JP, dibatasi 3 JP per hari\n\
             6 Mei 2026 sudah ada 2 JP e-learning; batas hariannya 3 JP\n"
        ),
        "{out}"
    );
    assert_eq!(status_json(&file)["days_over_cap"], 0);
    let before = file.text();
    file.run()
        .args(["log", "--units", "1", "--form", "e-learning", "--date", "2026-05-06", "--title", "c"])
        .assert()
        .failure()
        .stderr(predicate::str::starts_with(
            "Kesalahan: --units: 6 Mei 2026 sudah ada 3 JP e-learning; batas hariannya 3 JP\n",
        ));
    assert_eq!(file.text(), before);
}

#[test]
fn an_international_entry_is_saved_as_such_and_counted_by_its_rule() {
    let file = DataFile::empty();
    let out = stdout_of(file.run().args([
        "log",
        "--units",
        "1",
        "--form",
        "e-learning",
        "--international",
        "--date",
        "2026-05-06",
        "--title",
        "MOOC",
    ]));
    assert!(out.contains("Catatan JP l1 disimpan: 4 JP"), "{out}");
    assert!(file.plan().logs[0].international);
    assert!(file.text().contains("international = true\n"), "{}", file.text());
    assert_eq!(status_json(&file)["days_over_cap"], 0, "held to the international cap of 4 JP");
}

#[test]
fn an_unknown_form_is_warned_when_written_and_not_by_reads() {
    let file = DataFile::sample();
    file.run()
        .args(["log", "--jp", "2", "--title", "Diskusi publik", "--form", "diskusi-publik"])
        .assert()
        .success()
        .stderr(predicate::str::contains("catatan JP l13: bentuk \"diskusi-publik\" tidak ada di katalog"));
    for read in [
        &["status"][..],
        &["plan", "list"],
        &["log", "list"],
        &["reflect", "list"],
        &["export", "--format", "md"],
        &["forms"],
    ] {
        file.run().args(read).assert().success().stderr("");
    }
}

#[test]
fn tomorrow_and_a_jp_with_its_unit_are_understood() {
    let file = DataFile::empty();
    stdout_of(file.run().args(["log", "--jp", "24 JP", "--title", "Latsar", "--date", "besok"]));
    stdout_of(file.run().args(["log", "--jp", "2,5 jp", "--title", "Webinar", "--date", "kemarin"]));
    stdout_of(file.run().args(["log", "--jp", "1.5JP", "--title", "Modul", "--date", "tomorrow"]));
    let logs = file.plan().logs;
    let got: Vec<(chrono::NaiveDate, Jp)> = logs.iter().map(|l| (l.date, l.jp)).collect();
    assert_eq!(
        got,
        [(day("2026-07-01"), jp("24")), (day("2026-06-29"), jp("2.5")), (day("2026-07-01"), jp("1.5"))]
    );
    assert!(file.text().contains("jp = 24\n"), "the file holds the number alone");
}

#[test]
fn logging_before_the_training_starts_is_saved_with_a_warning() {
    // t8 runs from 8 to 10 September 2026.
    let file = DataFile::sample();
    file.run()
        .args(["log", "--jp", "1", "--training", "t8", "--date", "2026-09-01"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "Peringatan: catatan JP l13 bertanggal 1 September 2026, sebelum pelatihan t8 dimulai \
             (8 September 2026); catatannya tetap disimpan, tetapi periksa tanggalnya\n",
        ));
    assert_eq!(file.plan().logs.last().unwrap().training.as_deref(), Some("t8"));
    // On or after its start there is nothing to say about the training; the day is still ahead.
    file.run()
        .args(["log", "--jp", "1", "--training", "t8", "--date", "2026-09-10"])
        .assert()
        .success()
        .stderr(predicate::str::contains("sebelum pelatihan").not())
        .stderr(predicate::str::contains("sesudah hari ini"));
}

#[test]
fn a_course_logged_after_its_year_counts_for_the_year_it_ended() {
    let file = DataFile::empty();
    file.run()
        .env("TUMBUH_TODAY", "2026-12-01")
        .args([
            "plan",
            "add",
            "--title",
            "Diklat",
            "--jp",
            "20",
            "--start",
            "2026-12-15",
            "--end",
            "2026-12-17",
        ])
        .assert()
        .success();
    file.run()
        .env("TUMBUH_TODAY", "2027-01-05")
        .args(["log", "--training", "t1", "--jp", "20"])
        .assert()
        .success()
        .stdout(predicate::str::contains("17 Desember 2026"))
        .stdout(predicate::str::contains("2026: 20/20 JP"));
    assert_eq!(file.plan().logs[0].date, chrono::NaiveDate::from_ymd_opt(2026, 12, 17).unwrap());
}

#[test]
fn the_data_file_holds_a_plain_number_not_a_typed_unit() {
    let file = DataFile::with(
        "schema = 1\n\n[[log]]\nid = \"l1\"\ndate = 2026-05-06\njp = \"24 JP\"\ntitle = \"x\"\n",
    );
    file.run()
        .args(["status"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("baris 6, kolom 6: catatan JP l1, jp: harus berupa angka"));
}
