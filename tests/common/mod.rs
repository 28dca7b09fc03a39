//! Shared helpers for the command-line tests: a pinned day and a private data file.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub mod planner;

pub const SAMPLE: &str = include_str!("../../assets/sample.toml");
pub const TODAY: &str = "2026-06-30";

/// `tumbuh` with the day pinned and no language or file from the developer's environment.
pub fn tumbuh() -> Command {
    let mut cmd = Command::cargo_bin("tumbuh").unwrap();
    cmd.env("TUMBUH_TODAY", TODAY).env_remove("TUMBUH_LANG").env_remove("TUMBUH_FILE");
    cmd
}

/// A temporary folder holding a data file (written only when `text` is given).
pub struct DataFile {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
}

impl DataFile {
    pub fn empty() -> DataFile {
        // Always under /tmp, so screens that show the path have the same width everywhere.
        let dir = tempfile::tempdir_in("/tmp").unwrap();
        let path = dir.path().join("tumbuh.toml");
        DataFile { _dir: dir, path }
    }

    pub fn with(text: &str) -> DataFile {
        let file = DataFile::empty();
        fs::write(&file.path, text).unwrap();
        file
    }

    pub fn sample() -> DataFile {
        DataFile::with(SAMPLE)
    }

    pub fn text(&self) -> String {
        fs::read_to_string(&self.path).unwrap()
    }

    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap()
    }

    /// `tumbuh --file THIS …`.
    pub fn run(&self) -> Command {
        let mut cmd = tumbuh();
        cmd.arg("--file").arg(&self.path);
        cmd
    }

    pub fn plan(&self) -> tumbuh::model::Plan {
        tumbuh::store::decode(&self.text()).unwrap().plan
    }
}

pub fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(output).unwrap()
}

/// Runs `tumbuh COMMAND ARGS…` on the sample for each case and checks that it fails with a
/// message containing the expected words, says the file is unchanged, and left it byte for byte
/// as it was (no backup either).
pub fn assert_refusals(command: &str, cases: &[(&[&str], &str)]) {
    let file = DataFile::sample();
    for (args, message) in cases {
        file.run()
            .arg(command)
            .args(*args)
            .assert()
            .failure()
            .stderr(predicates::str::contains(*message))
            .stderr(predicates::str::contains("Berkas tidak diubah."));
        assert_eq!(file.text(), SAMPLE, "{command} {args:?} changed the file");
    }
    assert!(!file.dir().join("backups").exists());
}
