//! `tumbuh profile`: shown, set field by field with the profile form's checks, in both languages;
//! a refusal leaves the file byte for byte.

mod common;

use common::{DataFile, SAMPLE, assert_refusals, stdout_of};
use predicates::str::contains;
use tumbuh::model::{EmployeeType, Jp};

#[test]
fn the_profile_is_shown_in_both_languages() {
    let file = DataFile::sample();
    let id = stdout_of(file.run().arg("profile"));
    assert!(id.starts_with("Profil\n"), "{id}");
    assert!(id.contains("Nama           Ratna Dewi Kusumawardani"), "{id}");
    assert!(id.contains("Batas atas JP  tidak ada (ketentuan umum PNS)"), "{id}");
    let en = stdout_of(file.run().args(["--lang", "en", "profile"]));
    assert!(en.contains("JP target       20 JP") && en.contains("Minutes per JP  45"), "{en}");
    assert_eq!(file.text(), SAMPLE, "showing writes nothing");
}

#[test]
fn an_empty_file_shows_the_defaults_and_is_not_created() {
    let file = DataFile::empty();
    let out = stdout_of(file.run().args(["--lang", "en", "profile"]));
    assert!(out.contains("Employee type   PNS") && out.contains("not chosen (default: Indonesian)"), "{out}");
    assert!(!file.path.exists());
}

#[test]
fn fields_are_set_and_only_their_lines_change() {
    let file = DataFile::sample();
    file.run()
        .args([
            "profile",
            "--type",
            "pppk",
            "--target",
            "24",
            "--contract-start",
            "1/4/2025",
            "--unit",
            "Bidang Perencanaan",
        ])
        .assert()
        .success()
        .stdout(contains("Profil disimpan: Jenis pegawai, Target JP, Awal kontrak, Unit kerja"))
        .stdout(contains("Batas atas JP  24 JP (ketentuan umum PPPK)"));
    let plan = file.plan();
    assert_eq!(plan.profile.employee_type, EmployeeType::Pppk);
    assert_eq!(plan.profile.target_jp, Jp::whole(24));
    assert_eq!(plan.profile.unit, "Bidang Perencanaan");
    let expected = SAMPLE
        .replace("employee_type = \"pns\"\ntarget_jp = 20\n", "employee_type = \"pppk\"\ntarget_jp = 24\n")
        .replace(
            "language = \"id\"\n",
            "language = \"id\"\ncontract_start = 2025-04-01\nunit = \"Bidang Perencanaan\"\n",
        );
    assert_eq!(file.text(), expected, "the rest of the file, comments included, is as it was");
}

#[test]
fn a_ceiling_is_set_and_cleared_and_the_language_switches_the_answer() {
    let file = DataFile::sample();
    file.run().args(["profile", "--ceiling", "30,5"]).assert().success();
    assert_eq!(file.plan().profile.ceiling_jp, Some(Jp::from_hundredths(3050)));
    file.run()
        .args(["profile", "--ceiling", "", "--language", "en"])
        .assert()
        .success()
        .stdout(contains("Profile saved: JP ceiling, Language"))
        .stdout(contains("none (the PNS default)"));
    let plan = file.plan();
    assert_eq!(plan.profile.ceiling_jp, None);
    assert_eq!(file.text(), SAMPLE.replace("language = \"id\"", "language = \"en\""));
}

#[test]
fn setting_the_same_value_says_so() {
    let file = DataFile::sample();
    file.run()
        .args(["--lang", "en", "profile", "--target", "20"])
        .assert()
        .success()
        .stdout(contains("Profile unchanged"));
}

#[test]
fn a_contract_start_for_a_pns_is_kept_with_a_word() {
    let file = DataFile::sample();
    file.run()
        .args(["profile", "--contract-start", "2025-04-01"])
        .assert()
        .success()
        .stderr(contains("Peringatan: awal kontrak hanya dipakai untuk PPPK"));
}

#[test]
fn bad_values_are_refused_with_the_forms_words_and_the_file_is_untouched() {
    assert_refusals(
        "profile",
        &[
            (&["--target", "-1"], "--target: tidak boleh negatif"),
            (&["--target", "1001"], "--target: paling banyak 1.000 JP"),
            (&["--target", "dua"], "--target: harus berupa angka"),
            (&["--target", "2,555"], "--target: paling banyak dua angka di belakang koma"),
            (&["--ceiling", "0"], "--ceiling: harus lebih dari 0"),
            (&["--minutes-per-jp", "0"], "--minutes-per-jp: harus antara 1 dan 600"),
            (&["--minutes-per-jp", "45.5"], "--minutes-per-jp: harus antara 1 dan 600"),
            (&["--type", "asn"], "--type: harus salah satu dari: pns, pppk"),
            (&["--language", "jv"], "--language: harus salah satu dari: id, en"),
            (&["--contract-start", "31/2/2025"], "--contract-start: tanggal itu tidak ada di kalender"),
            (&["--name", "Sari", "--target", "x"], "--target"),
        ],
    );
}

#[test]
fn refusals_are_said_in_english_too() {
    let file = DataFile::sample();
    for (args, message) in [
        (&["--target", "-1"][..], "--target: must not be negative"),
        (&["--ceiling", "2000"][..], "--ceiling: may be at most 1,000 JP"),
        (&["--minutes-per-jp", "601"][..], "--minutes-per-jp: must be between 1 and 600"),
    ] {
        file.run()
            .args(["--lang", "en", "profile"])
            .args(args)
            .assert()
            .failure()
            .stderr(contains(message))
            .stderr(contains("The file was not changed."));
    }
    assert_eq!(file.text(), SAMPLE);
}

#[test]
fn a_file_that_does_not_read_is_not_written() {
    let broken = "[profile]\nname = \"Sari\n";
    let file = DataFile::with(broken);
    file.run()
        .args(["profile", "--name", "Sari"])
        .assert()
        .failure()
        .stderr(contains("teks tidak ditutup"))
        .stderr(contains("  2 | name = \"Sari\n    |             ^"));
    assert_eq!(file.text(), broken);
}
