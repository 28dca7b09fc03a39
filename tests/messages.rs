//! Messages name what is really wrong (issue 10): the path that is the obstacle, and the source
//! of a bad value, with ranges a person can read.

mod common;

use common::DataFile;
use predicates::prelude::*;
use predicates::str::contains;

#[test]
fn a_pinned_day_in_an_impossible_year_blames_tumbuh_today_not_year() {
    let file = DataFile::sample();
    for day in ["9999-01-01", "1800-06-30"] {
        file.run()
            .env("TUMBUH_TODAY", day)
            .arg("status")
            .assert()
            .code(1)
            .stderr(contains("TUMBUH_TODAY: tahunnya harus antara 1900 dan 2999"))
            .stderr(contains("--year").not());
    }
    file.run().args(["--year", "99999", "status"]).assert().code(1).stderr(contains("--year"));
}

#[test]
fn a_huge_number_in_the_profile_names_the_key_and_a_readable_range() {
    let file = DataFile::with("[profile]\nminutes_per_jp = 99999999999999999999\n");
    file.run()
        .args(["--lang", "en", "status"])
        .assert()
        .code(1)
        .stderr(contains("profile, minutes_per_jp: must be between 1 and 600"))
        .stderr(contains("9223372036854775807").not());
}

#[test]
fn a_backups_obstacle_is_named_rather_than_the_data_file() {
    let file = DataFile::sample();
    std::fs::write(file.dir().join("backups"), "a file where the folder goes").unwrap();
    let backups = file.dir().join("backups").display().to_string();
    file.run()
        .args(["--lang", "en", "log", "--jp", "1", "--title", "Webinar"])
        .assert()
        .code(1)
        .stderr(contains(format!("{backups} is not a folder")));
}

#[test]
fn an_argument_that_is_not_utf8_gets_a_message_and_exit_2() {
    use std::os::unix::ffi::OsStrExt;
    let file = DataFile::sample();
    let title = std::ffi::OsStr::from_bytes(b"Kursus \xff\xfe");
    file.run()
        .args(["plan", "add", "--jp", "2", "--title"])
        .arg(title)
        .assert()
        .code(2)
        .stderr(contains("bukan teks UTF-8"))
        .stderr(contains("panicked").not());
    assert_eq!(file.text(), common::SAMPLE);
}
