//! Help in the person's language (issue 15): `--help` of every command and the manual page in
//! Indonesian or English by the same choice as the rest (`--lang`, `TUMBUH_LANG`, the profile),
//! and golden files of `--help` and `status` in both languages on the sample year at 30 June
//! 2026. `UPDATE_GOLDEN=1 cargo test --test help_language` rewrites the golden files after a
//! deliberate change (then read the diff).

mod common;

use std::path::Path;

use common::{DataFile, stdout_of};
use predicates::prelude::*;

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{name} differs from its golden file; run with UPDATE_GOLDEN=1 and check the diff"
    );
}

/// Every command a person can ask help for.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["status"],
    &["plan"],
    &["plan", "add"],
    &["plan", "list"],
    &["plan", "done"],
    &["plan", "edit"],
    &["plan", "suggest"],
    &["plan", "rm"],
    &["log"],
    &["log", "list"],
    &["reflect"],
    &["reflect", "list"],
    &["export"],
    &["import"],
    &["siasn"],
    &["siasn", "done"],
    &["path"],
    &["forms"],
    &["completions"],
    &["man"],
];

/// What clap writes in English when a text is left to it.
const CLAP_ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "[OPTIONS]",
    "<COMMAND>",
    "Print help",
    "Print version",
    "Print this message",
    "possible values",
    "[default:",
];

#[test]
fn help_matches_its_golden_files_in_both_languages() {
    let file = DataFile::sample();
    golden("help.id.txt", &stdout_of(file.run().arg("--help")));
    golden("help.en.txt", &stdout_of(file.run().args(["--help", "--lang", "en"])));
    golden("help-log.id.txt", &stdout_of(file.run().args(["log", "--help"])));
    golden("help-log.en.txt", &stdout_of(file.run().args(["log", "--help", "--lang", "en"])));
}

#[test]
fn status_matches_its_golden_files_in_both_languages() {
    let file = DataFile::sample();
    golden("status.id.txt", &stdout_of(file.run().arg("status")));
    golden("status.en.txt", &stdout_of(file.run().args(["status", "--lang", "en"])));
}

#[test]
fn every_commands_help_is_all_in_one_language() {
    let file = DataFile::sample();
    for command in COMMANDS {
        let id = stdout_of(file.run().args(*command).arg("--help"));
        let en = stdout_of(file.run().args(*command).args(["--help", "--lang", "en"]));
        let name = format!("tumbuh {} --help", command.join(" "));
        for english in CLAP_ENGLISH {
            assert!(!id.contains(english), "{name} in Indonesian says {english:?}:\n{id}");
        }
        assert!(id.contains("Penggunaan: tumbuh"), "{name}:\n{id}");
        assert!(id.contains("Pilihan umum:") && id.contains("Tampilkan bantuan"), "{name}:\n{id}");
        assert!(en.contains("Usage: tumbuh") && en.contains("Print help"), "{name}:\n{en}");
        assert!(!en.contains("Penggunaan") && !en.contains("Pilihan"), "{name} in English:\n{en}");
        // `-h` says the same as `--help`: there is no longer version of any text.
        assert_eq!(stdout_of(file.run().args(*command).arg("-h")), id, "{name}");
    }
    // clap's own help subcommand speaks the language too.
    let help = stdout_of(file.run().args(["help", "plan", "add"]));
    assert!(help.contains("Judul pelatihan (wajib)"), "{help}");
}

#[test]
fn the_language_of_help_is_chosen_like_the_rest() {
    let english = DataFile::with("[profile]\nname = \"Sari\"\nlanguage = \"en\"\n");
    let help = |cmd: &mut assert_cmd::Command| stdout_of(cmd.arg("--help"));
    assert!(help(&mut english.run()).starts_with("Plan, log and reflect"), "the profile's language");
    assert!(help(english.run().args(["--lang", "id"])).starts_with("Rencanakan"), "--lang wins");
    assert!(help(english.run().env("TUMBUH_LANG", "id")).starts_with("Rencanakan"), "then TUMBUH_LANG");
    // The file named by TUMBUH_FILE is read the same way, and a mistake is said in its language.
    common::tumbuh()
        .env("TUMBUH_FILE", &english.path)
        .args(["status", "--bogus"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("Error: --bogus: not known here"));
    // A file that cannot be read as a plan still leaves the help in Indonesian.
    let broken = DataFile::with("[profile\nlanguage = \"en\"\n");
    assert!(help(&mut broken.run()).starts_with("Rencanakan"));
}

#[test]
fn the_manual_page_is_in_the_chosen_language() {
    let file = DataFile::sample();
    let page = stdout_of(file.run().arg("man"));
    assert!(page.starts_with(".ie"), "{page}");
    for heading in [".SH \"NAMA\"", ".SH \"SINOPSIS\"", ".SH \"PILIHAN UMUM\"", ".SH \"PERINTAH\""] {
        assert!(page.contains(heading), "{heading} missing:\n{page}");
    }
    assert!(page.contains("Panduan tumbuh") && !page.contains(".SH NAME"), "{page}");
    let page = stdout_of(file.run().args(["man", "plan", "add", "--lang", "en"]));
    assert!(page.contains(".TH tumbuh-plan-add 1"), "{page}");
    assert!(page.contains(".SH \"NOTES AND EXAMPLES\"") && page.contains("required"), "{page}");
    file.run()
        .args(["man", "plan", "nope"])
        .assert()
        .code(1)
        .stderr("Kesalahan: plan nope: bukan perintah tumbuh; lihat tumbuh --help\n");
}

#[test]
fn completions_describe_the_commands_in_the_chosen_language() {
    let file = DataFile::sample();
    let zsh = stdout_of(file.run().args(["completions", "zsh"]));
    assert!(zsh.contains("Ringkasan tahun ini"), "zsh completions say what each command does");
    let zsh = stdout_of(file.run().args(["completions", "zsh", "--lang", "en"]));
    assert!(zsh.contains("The year at a glance"));
}
