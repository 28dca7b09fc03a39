//! `tumbuh team` and `tumbuh export --share` through the real binary, on a generated unit whose
//! figures are worked out by hand (see `team_support`), with the day pinned to 30 June 2026.
//! The csv and md reports are compared with golden files in `tests/golden/`;
//! `UPDATE_GOLDEN=1 cargo test --test team` rewrites them (then read the diff).

mod common;
mod team_support;

use std::fs;
use std::path::Path;

use common::{DataFile, SAMPLE, stdout_of, tumbuh};
use predicates::prelude::*;
use team_support::{FIXTURES, Unit, shared, today};
use tumbuh::catalog::Catalog;
use tumbuh::model::Jp;
use tumbuh::progress::summarize;
use tumbuh::report::share::SharedYear;
use tumbuh::report::team::{CSV_COLUMNS, TeamRecord};

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&path, actual).unwrap();
    }
    let expected = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{name} differs from its golden file; run with UPDATE_GOLDEN=1 and check the diff"
    );
}

/// `tumbuh team ARGS…` run from the unit's parent folder, so files read `unit/ani.toml`; the
/// person's own file (for the language) does not exist.
fn team(unit: &Unit) -> assert_cmd::Command {
    let mut cmd = tumbuh();
    cmd.current_dir(unit.root()).arg("--file").arg(unit.root().join("own.toml")).arg("team");
    cmd
}

fn team_json(unit: &Unit, args: &[&str]) -> TeamRecord {
    serde_json::from_str(&stdout_of(team(unit).args(args).arg("--json"))).unwrap()
}

/// A member's file, state, done, gap, projected, overdue trainings, entries not in SIASN, JP in SIASN.
type MemberRow<'a> = (&'a str, &'a str, Jp, Jp, Jp, usize, usize, Jp);
/// A need's title, form, competency, members and planned JP.
type NeedRow<'a> = (&'a str, Option<&'a str>, Option<&'a str>, usize, Jp);

fn jp(text: &str) -> Jp {
    Jp::parse(text).unwrap()
}

#[test]
fn a_generated_unit_gives_the_hand_worked_figures() {
    let unit = Unit::new();
    let team = team_json(&unit, &["unit"]);
    assert_eq!(team.year, 2026);
    let rows: Vec<MemberRow> = team
        .members
        .iter()
        .map(|m| {
            (
                m.file.as_str(),
                m.state.as_str(),
                m.done_jp,
                m.gap_jp,
                m.projected_jp,
                m.trainings_overdue,
                m.logs_not_in_siasn,
                m.siasn_jp,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            // 12 JP of a course in SIASN and 8 of mentoring not yet: the target, exactly.
            ("unit/ani.toml", "achieved", jp("20"), jp("0"), jp("20"), 0, 1, jp("12")),
            // 8 done and a 12 JP e-learning in September: on plan.
            ("unit/budi.toml", "on_plan", jp("8"), jp("12"), jp("20"), 0, 0, jp("8")),
            // 4 done, 8 planned; May's workshop is overdue and no longer counts.
            ("unit/citra.toml", "at_risk", jp("4"), jp("16"), jp("12"), 1, 1, jp("0")),
            // Her shared year: 6 done, 10 + 5 planned.
            ("unit/dewi.json", "on_plan", jp("6"), jp("14"), jp("21"), 0, 0, jp("6")),
        ]
    );
    assert_eq!(team.members[2].employee_type, "pppk");
    assert_eq!(team.members[3].nip, "198811112012122004");

    // The broken file is listed with its problem; catatan.txt is not a member's file at all.
    assert_eq!(team.unreadable.len(), 1);
    assert_eq!(team.unreadable[0].file, "unit/rusak.toml");
    assert!(team.unreadable[0].error.contains("baris 1, kolom 9"), "{}", team.unreadable[0].error);

    let s = &team.summary;
    assert_eq!((s.members, s.at_target, s.on_plan, s.at_risk, s.not_achieved), (4, 1, 2, 1, 0));
    assert_eq!(s.at_target_share, Some(0.25));
    assert_eq!((s.done_jp, s.siasn_jp, s.logs_not_in_siasn), (jp("38"), jp("26"), 2));

    // "Analisis Kebijakan", "analisis  kebijakan" and " ANALISIS KEBIJAKAN": one need of three
    // members (12 + 8 + 10 JP). Citra's overdue workshop is a question, not a need; Dewi's is.
    let needs: Vec<NeedRow> = team
        .needs
        .iter()
        .map(|n| (n.title.as_str(), n.form.as_deref(), n.competency.as_deref(), n.members, n.planned_jp))
        .collect();
    assert_eq!(
        needs,
        [
            ("Analisis Kebijakan", Some("e-learning"), Some("manajerial"), 3, jp("30")),
            ("Menulis Policy Brief", Some("workshop"), Some("teknis"), 1, jp("5")),
        ]
    );
}

#[test]
fn a_closed_year_is_achieved_or_not_and_a_shared_year_of_another_year_is_not_counted() {
    let unit = Unit::new();
    let team = team_json(&unit, &["unit", "--year", "2025"]);
    let states: Vec<(&str, &str, Jp)> =
        team.members.iter().map(|m| (m.file.as_str(), m.state.as_str(), m.done_jp)).collect();
    assert_eq!(
        states,
        [
            ("unit/ani.toml", "achieved", jp("22")),
            ("unit/budi.toml", "not_achieved", jp("10")),
            ("unit/citra.toml", "not_achieved", jp("0")),
        ]
    );
    let s = &team.summary;
    assert_eq!((s.members, s.at_target, s.not_achieved, s.at_risk, s.on_plan), (3, 1, 2, 0, 0));
    assert_eq!(s.at_target_share, Some(0.3333));
    assert!(team.needs.is_empty(), "a year that has ended plans nothing more");
    let unreadable: Vec<(&str, &str)> =
        team.unreadable.iter().map(|u| (u.file.as_str(), u.error.as_str())).collect();
    assert_eq!(unreadable[0], ("unit/dewi.json", "berkas ini berisi tahun 2026, bukan 2025"));
    assert_eq!(unreadable[1].0, "unit/rusak.toml");
}

#[test]
fn the_md_and_csv_reports_match_their_golden_files() {
    let unit = Unit::new();
    for lang in ["id", "en"] {
        let mut cmd = team(&unit);
        cmd.args(["unit", "--format", "md", "--lang", lang]);
        let output = cmd.assert().success().get_output().clone();
        golden(&format!("team.{lang}.md"), &String::from_utf8(output.stdout).unwrap());
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("unit/rusak.toml"), "the unread file is said on stderr too: {stderr}");
    }
    let text = stdout_of(team(&unit).args(["unit", "--format", "csv"]));
    golden("team.csv", &text);
    assert!(text.split_terminator('\n').all(|line| line.ends_with('\r')), "RFC 4180 lines end in CRLF");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4, "one row per member");
    assert_eq!(
        rows[2].iter().collect::<Vec<_>>(),
        [
            "unit/citra.toml",
            "Citra Lestari",
            "199305052019032003",
            "Bidang Perencanaan",
            "pppk",
            "20",
            "4",
            "16",
            "12",
            "at_risk",
            "1",
            "1",
            "0"
        ]
    );
}

#[test]
fn csv_cells_that_would_start_a_formula_are_defused() {
    let unit = Unit::new();
    let text = fs::read_to_string(unit.path().join("ani.toml")).unwrap();
    fs::write(unit.path().join("ani.toml"), text.replace("Ani Rahmawati", "=HYPERLINK(\\\"http://x\\\")"))
        .unwrap();
    let csv = stdout_of(team(&unit).args(["unit", "--format", "csv"]));
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    let md = stdout_of(team(&unit).args(["unit/ani.toml", "--format", "md"]));
    assert!(!md.contains("<"), "{md}");
}

#[test]
fn folders_are_read_whole_and_only_recursively_when_asked() {
    let unit = Unit::new();
    let archive = unit.path().join("arsip");
    fs::create_dir(&archive).unwrap();
    fs::copy(Path::new(FIXTURES).join("dewi.toml"), archive.join("dewi-lama.toml")).unwrap();
    // Backups and hidden files are never members.
    fs::create_dir(unit.path().join("backups")).unwrap();
    fs::copy(Path::new(FIXTURES).join("unit/ani.toml"), unit.path().join("backups/ani-2026-06-01.toml"))
        .unwrap();
    fs::copy(Path::new(FIXTURES).join("unit/ani.toml"), unit.path().join(".ani.toml.tmp1")).unwrap();

    assert_eq!(team_json(&unit, &["unit"]).members.len(), 4);
    let recursive = team_json(&unit, &["unit", "--recursive"]);
    let files: Vec<&str> = recursive.members.iter().map(|m| m.file.as_str()).collect();
    assert_eq!(files, ["unit/ani.toml", "unit/arsip/dewi-lama.toml", "unit/budi.toml", "unit/citra.toml"]);
    // Dewi's own file in arsip/ has the NIP of her shared year: she is counted once, from the
    // first of the two in file order.
    assert!(
        recursive
            .unreadable
            .iter()
            .any(|u| u.file == "unit/dewi.json" && u.error.contains("198811112012122004")),
        "{:?}",
        recursive.unreadable
    );

    // Files given by name, each once; a missing path and an empty folder are listed.
    fs::create_dir(unit.root().join("kosong")).unwrap();
    let named =
        team_json(&unit, &["unit/ani.toml", "./unit/ani.toml", "unit/budi.toml", "hilang.toml", "kosong"]);
    assert_eq!(named.members.len(), 2);
    let problems: Vec<(&str, &str)> =
        named.unreadable.iter().map(|u| (u.file.as_str(), u.error.as_str())).collect();
    assert_eq!(
        problems,
        [
            ("hilang.toml", "berkas atau folder ini tidak ada"),
            ("kosong", "folder ini tidak berisi berkas .toml atau .json")
        ]
    );
}

#[test]
fn no_file_stops_the_roll_up() {
    let unit = Unit::new();
    let folder = unit.path();
    fs::write(folder.join("kosong.toml"), "").unwrap();
    fs::write(folder.join("biner.toml"), [0xff, 0xfe, 0x00, 0x01]).unwrap();
    fs::write(folder.join("lain.json"), "{\"version\": 1, \"year\": 2026}").unwrap();
    fs::write(folder.join("baru.json"), "{\"format\": \"tumbuh-share\", \"version\": 7}").unwrap();
    fs::write(folder.join("rusak.json"), "{\"format\": \"tumbuh-share\"").unwrap();
    std::os::unix::fs::symlink(folder.join("tidak-ada"), folder.join("putus.toml")).unwrap();
    let fifo = folder.join("antrian.toml");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let team = team_json(&unit, &["unit"]);
    // An empty file is an empty plan, like a first run: a member with nothing yet.
    assert_eq!(team.members.len(), 5);
    let files: Vec<&str> = team.unreadable.iter().map(|u| u.file.as_str()).collect();
    assert_eq!(
        files,
        [
            "unit/antrian.toml",
            "unit/baru.json",
            "unit/biner.toml",
            "unit/lain.json",
            "unit/putus.toml",
            "unit/rusak.json",
            "unit/rusak.toml"
        ]
    );
    let error = |file: &str| team.unreadable.iter().find(|u| u.file == file).unwrap().error.clone();
    assert!(error("unit/baru.json").contains("versi 7"));
    assert!(error("unit/lain.json").contains("--share"));
}

#[test]
fn export_share_leaves_out_reflections_unless_asked() {
    let file = DataFile::with(&fs::read_to_string(Path::new(FIXTURES).join("dewi.toml")).unwrap());
    let text = stdout_of(file.run().args(["export", "--format", "json", "--share"]));
    let shared: SharedYear = serde_json::from_str(&text).unwrap();
    assert_eq!((shared.format.as_str(), shared.version, shared.year), ("tumbuh-share", 1, 2026));
    assert!(shared.reflections.is_none());
    assert!(
        !text.contains("reflections")
            && !text.contains("Rapat mingguan")
            && !text.contains("Catatan pribadi")
    );
    assert!(!text.contains("certificate_file"));
    assert_eq!(shared.profile.unit, "Bidang Perencanaan");

    let text = stdout_of(file.run().args(["export", "--format", "json", "--share", "--with-reflections"]));
    let shared: SharedYear = serde_json::from_str(&text).unwrap();
    let reflections = shared.reflections.unwrap();
    assert_eq!(reflections.len(), 1);
    assert_eq!(reflections[0].changed, "Rapat mingguan kini dibuka dengan tujuan yang jelas");
    assert!(!text.contains("Catatan pribadi"), "only the one change is shared");

    file.run()
        .args(["export", "--format", "md", "--share"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--share"));
    file.run().args(["export", "--format", "json", "--with-reflections"]).assert().failure();
}

#[test]
fn a_shared_year_gives_the_same_figures_back() {
    let mut plan = tumbuh::store::decode(SAMPLE).unwrap().plan;
    plan.profile.nip = "198703122010012003".into();
    let summary = summarize(&plan, &Catalog::for_plan(&plan), 2026, today());
    let text = tumbuh::report::share::export(&plan, &summary, today(), true);
    let back = tumbuh::report::share::read(text.as_bytes()).unwrap().plan().unwrap();
    // Seen again on a later day, by the same rules.
    for day in [today(), chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()] {
        let (a, b) = (
            summarize(&plan, &Catalog::for_plan(&plan), 2026, day),
            summarize(&back, &Catalog::for_plan(&back), 2026, day),
        );
        assert_eq!(
            (a.done, a.gap, a.projected, a.siasn, a.state, a.trainings_overdue, a.overdue_plan),
            (b.done, b.gap, b.projected, b.siasn, b.state, b.trainings_overdue, b.overdue_plan),
            "{day}"
        );
        assert_eq!((&a.by_competency, &a.by_mix), (&b.by_competency, &b.by_mix));
        assert_eq!(a.todos.logs_not_in_siasn, b.todos.logs_not_in_siasn);
    }
    assert_eq!(back.profile.nip, "198703122010012003");
    assert!(shared("dewi.toml", 2026, false).ends_with("}\n"));
}

#[test]
fn the_screen_needs_a_terminal() {
    let unit = Unit::new();
    team(&unit).arg("unit").assert().failure().stderr(predicate::str::contains("terminal"));
}
