//! `tumbuh status`, `path` and `forms`, and how the language and file are chosen.

mod common;

use common::{DataFile, stdout_of, tumbuh};
use predicates::prelude::*;

#[test]
fn status_text_in_indonesian() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().arg("status"));
    assert!(out.starts_with("Pengembangan kompetensi 2026 · Ratna Dewi Kusumawardani (PNS)\n"), "{out}");
    assert!(out.contains("Capaian     18,75 dari 20 JP (93%) · kurang 1,25 JP\n"), "{out}");
    assert!(out.contains("Laju        8,83 JP di atas target s.d. hari ini (9,92 JP)\n"), "{out}");
    assert!(out.contains(
        "sisa rencana 56 JP, perkiraan akhir tahun 74,75 JP: rencana ini cukup untuk mencapai target"
    ));
    assert!(out.contains("Keadaan     SESUAI RENCANA\n"));
    assert!(out.contains("Sisa waktu  184 hari\n"));
    assert!(out.contains("  - catatan JP yang belum diunggah ke SIASN: 5\n"));
}

#[test]
fn passing_the_target_is_said_once() {
    let file =
        DataFile::with("[[log]]\nid = \"l1\"\ndate = 2026-05-12\njp = 25\ntitle = \"Tugas belajar\"\n");
    let out = stdout_of(file.run().arg("status"));
    assert!(out.contains("Capaian     25 dari 20 JP (125%) · melampaui target, lebih 5 JP\n"), "{out}");
    assert_eq!(out.matches("melampaui target").count(), 1, "{out}");
    assert!(!out.contains("target tercapai"), "{out}");
    let out = stdout_of(file.run().args(["status", "--lang", "en"]));
    assert!(out.contains("Done       25 of 20 JP (125%) · 5 JP over the target\n"), "{out}");
}

#[test]
fn status_text_in_english() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["status", "--lang", "en"]));
    assert!(out.starts_with("Competency development 2026 · Ratna Dewi Kusumawardani (PNS)\n"), "{out}");
    assert!(out.contains("Done       18.75 of 20 JP (93%) · 1.25 JP to go\n"), "{out}");
    assert!(out.contains("Pace       8.83 JP above the 9.92 JP due by today\n"));
    assert!(out.contains("State      ON PLAN\n"));
    assert!(out.contains("  - log entries without a certificate number: 1\n"));
}

#[test]
fn status_short_is_one_line_in_either_language() {
    let file = DataFile::sample();
    assert_eq!(
        stdout_of(file.run().args(["status", "--short"])),
        "2026: 18,75/20 JP · kurang 1,25 · sesuai rencana\n"
    );
    assert_eq!(
        stdout_of(file.run().args(["--lang", "en", "status", "--short"])),
        "2026: 18.75/20 JP · 1.25 to go · on plan\n"
    );
}

#[test]
fn status_json_has_every_documented_key() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["status", "--json"]));
    assert_eq!(out.lines().count(), 1);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    for key in [
        "year",
        "target_jp",
        "done_jp",
        "gap_jp",
        "remaining_plan_jp",
        "projected_jp",
        "expected_jp",
        "pace_delta_jp",
        "days_left",
        "state",
        "ceiling_jp",
        "over_ceiling_jp",
        "trainings_planned",
        "trainings_done",
        "done_without_reflection",
        "follow_ups_due",
        "logs_without_certificate",
        "logs_not_in_siasn",
    ] {
        assert!(value.get(key).is_some(), "missing {key}");
    }
    assert!(value["ceiling_jp"].is_null());
    assert!(value["done_jp"].is_number());
}

#[test]
fn an_empty_first_run_reports_the_whole_gap_and_creates_nothing() {
    let file = DataFile::empty();
    let value: serde_json::Value =
        serde_json::from_str(&stdout_of(file.run().args(["status", "--json"]))).unwrap();
    assert_eq!(value["gap_jp"], 20);
    assert_eq!(value["state"], "at_risk");
    assert!(!file.path.exists());
    let out = stdout_of(file.run().arg("status"));
    assert!(out.contains("tidak ada, semuanya rapi"), "{out}");
}

#[test]
fn year_flag_shows_another_year() {
    let file = DataFile::sample();
    let value: serde_json::Value =
        serde_json::from_str(&stdout_of(file.run().args(["status", "--json", "--year", "2025"]))).unwrap();
    assert_eq!(
        (value["year"].as_i64(), value["done_jp"].as_i64(), value["days_left"].as_i64()),
        (Some(2025), Some(0), Some(0))
    );
    file.run()
        .args(["status", "--year", "99999"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--year"));
}

#[test]
fn language_comes_from_flag_then_environment_then_profile() {
    let file = DataFile::with("[profile]\nlanguage = \"en\"\n");
    assert!(stdout_of(file.run().arg("status")).starts_with("Competency development"));
    assert!(stdout_of(file.run().arg("status").env("TUMBUH_LANG", "id")).starts_with("Pengembangan"));
    let out = stdout_of(file.run().args(["status", "--lang", "en"]).env("TUMBUH_LANG", "id"));
    assert!(out.starts_with("Competency development"));
}

#[test]
fn a_bad_language_or_day_is_named() {
    let file = DataFile::sample();
    file.run()
        .args(["status", "--lang", "fr"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--lang: harus salah satu dari: id, en"));
    file.run()
        .arg("status")
        .env("TUMBUH_TODAY", "2026-02-30")
        .assert()
        .failure()
        .stderr(predicate::str::contains("TUMBUH_TODAY: tanggal itu tidak ada di kalender"));
}

#[test]
fn path_prefers_the_flag_then_the_environment_then_the_data_folder() {
    let file = DataFile::empty();
    let shown = stdout_of(file.run().arg("path").env("TUMBUH_FILE", "/tmp/lain.toml"));
    assert_eq!(shown.trim(), file.path.display().to_string());
    assert_eq!(stdout_of(tumbuh().arg("path").env("TUMBUH_FILE", "/tmp/lain.toml")).trim(), "/tmp/lain.toml");
    let home = tempfile::tempdir().unwrap();
    let shown = stdout_of(tumbuh().arg("path").env("HOME", home.path()).env_remove("XDG_DATA_HOME"));
    assert_eq!(shown.trim(), home.path().join(".local/share/tumbuh/tumbuh.toml").display().to_string());
}

#[test]
fn forms_lists_the_catalog_with_rules_in_both_languages() {
    let file = DataFile::empty();
    let out = stdout_of(file.run().arg("forms"));
    for key in ["tugas-belajar", "seminar", "coaching", "e-learning", "magang", "lainnya"] {
        assert!(out.contains(key), "{key} missing");
    }
    assert!(out.contains("Pelatihan nonklasikal\n"));
    assert!(out.contains("4 JP per hari; internasional 6 JP"), "{out}");
    assert!(out.contains("paling banyak 3 JP per hari (internasional 4)"));
    let out = stdout_of(file.run().args(["forms", "--lang", "en"]));
    assert!(
        out.contains(
            "2 JP per session; international 4 JP per day; at most 2 sessions a month (international 2 days)"
        ),
        "{out}"
    );
}

#[test]
fn forms_json_lists_every_form_with_its_rule() {
    let file = DataFile::with("[forms.seminar]\njp_per_unit = 3\n");
    let out = stdout_of(file.run().args(["forms", "--json"]));
    let forms: Vec<tumbuh::report::json::FormRecord> = serde_json::from_str(&out).unwrap();
    assert_eq!(forms.len(), 28);
    let seminar = forms.iter().find(|f| f.key == "seminar").unwrap();
    assert_eq!((seminar.unit.as_str(), seminar.mix, seminar.agency_rule), ("day", 10, true));
    assert_eq!(seminar.jp_per_unit, Some(tumbuh::model::Jp::whole(3)));
    let coaching = forms.iter().find(|f| f.key == "coaching").unwrap();
    assert_eq!((coaching.group.as_str(), coaching.max_units_per_month), ("nonklasikal", Some(2)));
}

#[test]
fn forms_shows_the_persons_own_rules() {
    let file = DataFile::with("[forms.seminar]\njp_per_unit = 3\n");
    let out = stdout_of(file.run().arg("forms"));
    assert!(out.contains("3 JP per hari; internasional 6 JP (aturan instansi Anda)"), "{out}");
}

#[test]
fn without_a_terminal_the_screen_says_what_to_use_instead() {
    DataFile::empty().run().assert().failure().stderr(predicate::str::contains("membutuhkan terminal"));
}

#[test]
fn a_file_that_does_not_read_is_reported_with_line_and_column() {
    let file = DataFile::with(include_str!("fixtures/corrupt.toml"));
    file.run()
        .arg("status")
        .assert()
        .failure()
        .stderr(predicate::str::contains("tidak sesuai format TOML (baris 5, kolom 13)"));
}

#[test]
fn a_newer_file_is_read_with_a_warning() {
    let file = DataFile::with(include_str!("fixtures/future_schema.toml"));
    file.run().arg("status").assert().success().stderr(predicate::str::contains("skema 2"));
}

#[test]
fn command_line_mistakes_are_said_in_the_chosen_language() {
    let file = DataFile::sample();
    file.run()
        .args(["stat"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Kesalahan: stat: bukan perintah tumbuh (maksud Anda: status?)"));
    file.run()
        .args(["status", "--bogus", "--lang", "en"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Error: --bogus: not known here"));
    file.run()
        .args(["export", "--format", "pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"pdf\" tidak dapat dipakai; pilihannya: csv, md, json, ics"));
    file.run().args(["--help"]).assert().success().stdout(predicate::str::contains("Penggunaan: tumbuh"));
    file.run()
        .args(["--help", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage: tumbuh"));
    file.run()
        .args(["log", "--jp"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Kesalahan: --jp <N>: perlu nilai"));
    file.run().args(["status", "--year", "dua"]).assert().code(2).stderr(
        "Kesalahan: --year <YYYY>: \"dua\" tidak valid\nLihat: tumbuh --help (atau tumbuh PERINTAH --help)\n",
    );
    assert_eq!(file.text(), common::SAMPLE);
}
