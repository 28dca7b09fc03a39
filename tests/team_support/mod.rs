//! A generated unit for the `tumbuh team` tests: four members whose figures are worked out by
//! hand in `tests/fixtures/unit/` (Ani at her target, Budi on plan, Citra at risk with an overdue
//! workshop) and Dewi's shared year (`dewi.json`, from `tests/fixtures/dewi.toml`), with a broken
//! file and a file that is no data file among them.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use tumbuh::catalog::Catalog;
use tumbuh::progress::summarize;

pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
}

/// A temporary folder holding `unit/` (under /tmp, so paths have the same width everywhere).
pub struct Unit {
    pub dir: tempfile::TempDir,
}

impl Unit {
    pub fn new() -> Unit {
        let dir = tempfile::tempdir_in("/tmp").unwrap();
        let unit = dir.path().join("unit");
        fs::create_dir(&unit).unwrap();
        for entry in fs::read_dir(Path::new(FIXTURES).join("unit")).unwrap() {
            let entry = entry.unwrap();
            fs::copy(entry.path(), unit.join(entry.file_name())).unwrap();
        }
        fs::write(unit.join("dewi.json"), shared("dewi.toml", 2026, false)).unwrap();
        Unit { dir }
    }

    /// The folder `unit/`.
    pub fn path(&self) -> PathBuf {
        self.dir.path().join("unit")
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }
}

/// `tumbuh export --format json --share` of a fixture, on 30 June 2026.
pub fn shared(fixture: &str, year: i32, with_reflections: bool) -> String {
    let text = fs::read_to_string(Path::new(FIXTURES).join(fixture)).unwrap();
    let plan = tumbuh::store::decode(&text).unwrap().plan;
    let summary = summarize(&plan, &Catalog::for_plan(&plan), year, today());
    tumbuh::report::share::export(&plan, &summary, today(), with_reflections)
}
