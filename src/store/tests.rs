use std::os::unix::fs::PermissionsExt;

use chrono::NaiveDate;

use super::*;
use crate::model::{Jp, Kind, Log, Place, ProblemKind};

const SAMPLE: &str = include_str!("../../assets/sample.toml");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
}

fn ad_hoc_log(plan: &mut Plan, jp: &str) -> Log {
    Log {
        id: plan.next_id(Kind::Log),
        form: Some("seminar".into()),
        ..Log::new(today(), Jp::parse(jp).unwrap(), "Webinar Satu Data")
    }
}

fn add_log(store: &mut Store, jp: &str) -> Result<String, StoreError> {
    store.apply(|plan| {
        let log = ad_hoc_log(plan, jp);
        let id = log.id.clone();
        plan.logs.push(log);
        Ok(id)
    })
}

fn file_problems(text: &str) -> Vec<FileProblem> {
    match decode(text) {
        Err(DecodeError::Invalid(problems)) => problems,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn a_missing_file_is_an_empty_plan_and_is_not_created_by_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("tumbuh.toml");
    let store = Store::open(&path, today()).unwrap();
    assert_eq!(store.plan(), &Plan::default());
    assert!(!path.exists() && !path.parent().unwrap().exists());
}

#[test]
fn the_first_save_creates_the_file_privately() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("tumbuh.toml");
    let mut store = Store::open(&path, today()).unwrap();
    assert_eq!(add_log(&mut store, "2,5").unwrap(), "l1");
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let reopened = Store::open(&path, today()).unwrap();
    assert_eq!(reopened.plan().logs[0].jp, Jp::from_hundredths(250));
    assert!(fs::read_to_string(&path).unwrap().contains("jp = 2.5"));
}

#[test]
fn the_sample_reads_and_survives_a_save_unchanged() {
    let decoded = decode(SAMPLE).unwrap();
    assert_eq!(decoded.plan.trainings.len(), 10);
    let again = decode(&encode(&decoded.plan)).unwrap();
    assert_eq!(again.plan, decoded.plan);
}

#[test]
fn whole_jp_are_written_without_a_fraction_and_dates_as_local_dates() {
    let text = encode(&decode(SAMPLE).unwrap().plan);
    assert!(text.contains("planned_jp = 4\n"), "{text}");
    assert!(text.contains("planned_jp = 2.5\n"));
    assert!(text.contains("start = 2026-02-10\n"));
}

#[test]
fn quoted_dates_and_string_jp_are_read() {
    let text = "[[log]]\nid = \"l1\"\ndate = \"2026-03-12\"\njp = \"7,25\"\ntitle = \"Webinar\"\n";
    let plan = decode(text).unwrap().plan;
    assert_eq!(plan.logs[0].date, NaiveDate::from_ymd_opt(2026, 3, 12).unwrap());
    assert_eq!(plan.logs[0].jp, Jp::from_hundredths(725));
}

#[test]
fn unknown_keys_and_tables_are_kept_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tumbuh.toml");
    let text = "note = \"dari versi baru\"\n\n[profile]\nname = \"Sari\"\ntheme = \"gelap\"\n\n[sync]\nremote = \"nas\"\n\n\
                [[training]]\nid = \"t1\"\nyear = 2026\ntitle = \"Kursus\"\nplanned_jp = 8\ncolor = \"biru\"\n\
                [training.meta]\nsource = \"siasn\"\n";
    fs::write(&path, text).unwrap();
    let mut store = Store::open(&path, today()).unwrap();
    add_log(&mut store, "1").unwrap();
    let saved = fs::read_to_string(&path).unwrap();
    let plan = decode(&saved).unwrap().plan;
    assert_eq!(plan.extra.get("note").and_then(|v| v.as_str()), Some("dari versi baru"));
    assert_eq!(plan.extra["sync"]["remote"].as_str(), Some("nas"));
    assert_eq!(plan.profile.extra["theme"].as_str(), Some("gelap"));
    assert_eq!(plan.trainings[0].extra["color"].as_str(), Some("biru"));
    assert_eq!(plan.trainings[0].extra["meta"]["source"].as_str(), Some("siasn"));
}

#[test]
fn syntax_errors_name_line_and_column() {
    let text = "[profile]\nname = \"Sari\"\ntarget_jp = = 20\n";
    match decode(text) {
        Err(DecodeError::Syntax { at, .. }) => assert_eq!(at.line, 3),
        other => panic!("{other:?}"),
    }
}

#[test]
fn wrong_types_name_the_field_and_its_position() {
    let text = "[[training]]\nid = \"t1\"\nyear = 2026\ntitle = \"Kursus\"\nplanned_jp = \"banyak\"\nstart = \"2026-02-30\"\n";
    let problems = file_problems(text);
    let found: Vec<_> =
        problems.iter().map(|p| (p.problem.field, p.at.map(|a| (a.line, a.column)))).collect();
    assert_eq!(found, [("planned_jp", Some((5, 14))), ("start", Some((6, 9)))]);
    assert_eq!(problems[0].problem.place, Place::Training { index: 0, id: "t1".into() });
}

#[test]
fn an_impossible_date_literal_is_a_syntax_error_at_its_place() {
    match decode("[[log]]\nid = \"l1\"\ndate = 2026-02-30\n") {
        Err(DecodeError::Syntax { at, .. }) => assert_eq!((at.line, at.column), (3, 8)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn validation_problems_point_at_their_field() {
    let text = "[[training]]\nid = \"t1\"\nyear = 2026\ntitle = \"Kursus\"\nplanned_jp = 8\n\n\
                [[log]]\nid = \"l1\"\ndate = 2026-01-02\njp = 2\ntraining = \"t7\"\n";
    let problems = file_problems(text);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].problem.kind, ProblemKind::UnknownTraining("t7".into()));
    assert_eq!(problems[0].at, Some(LineCol { line: 11, column: 12 }));
}

#[test]
fn a_newer_schema_opens_read_only_and_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tumbuh.toml");
    let text = "schema = 2\n\n[profile]\nname = \"Sari\"\n";
    fs::write(&path, text).unwrap();
    let mut store = Store::open(&path, today()).unwrap();
    assert_eq!(store.newer_schema(), Some(2));
    assert!(matches!(add_log(&mut store, "1"), Err(StoreError::NewerSchema { schema: 2, .. })));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_newer_schema_that_does_not_read_says_so() {
    let problems = file_problems("schema = 7\n[[log]]\nid = 3\n");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].problem.kind, ProblemKind::SchemaTooNew(7));
    assert_eq!(problems[0].at, Some(LineCol { line: 1, column: 10 }));
}

#[test]
fn a_rejected_change_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tumbuh.toml");
    fs::write(&path, SAMPLE).unwrap();
    let mut store = Store::open(&path, today()).unwrap();
    let before = store.plan().clone();
    let result = add_log(&mut store, "0");
    match result {
        Err(StoreError::Rejected(problems)) => assert_eq!(problems[0].field, "jp"),
        other => panic!("{other:?}"),
    }
    assert_eq!(fs::read_to_string(&path).unwrap(), SAMPLE);
    assert_eq!(store.plan(), &before);
    assert!(!dir.path().join("backups").exists());
}

#[test]
fn a_file_broken_by_hand_after_opening_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tumbuh.toml");
    fs::write(&path, SAMPLE).unwrap();
    let mut store = Store::open(&path, today()).unwrap();
    let broken = format!("{SAMPLE}\n[[log]\n");
    fs::write(&path, &broken).unwrap();
    assert!(matches!(add_log(&mut store, "1"), Err(StoreError::Decode { .. })));
    assert_eq!(fs::read_to_string(&path).unwrap(), broken);
}

#[test]
fn a_change_made_elsewhere_is_read_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tumbuh.toml");
    let mut first = Store::open(&path, today()).unwrap();
    let mut second = Store::open(&path, today()).unwrap();
    assert_eq!(add_log(&mut first, "1").unwrap(), "l1");
    assert_eq!(add_log(&mut second, "2").unwrap(), "l2");
    assert!(first.refresh().unwrap());
    assert_eq!(first.plan().logs.len(), 2);
    assert!(!first.refresh().unwrap());
}

#[test]
fn the_days_first_change_is_backed_up_and_fourteen_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tumbuh.toml");
    fs::write(&path, SAMPLE).unwrap();
    let backups = dir.path().join("backups");
    fs::create_dir(&backups).unwrap();
    for day in 1..=20 {
        fs::write(backups.join(format!("tumbuh-2026-05-{day:02}.toml")), "old").unwrap();
    }
    fs::write(backups.join("catatan.txt"), "not a backup").unwrap();
    let mut store = Store::open(&path, today()).unwrap();
    add_log(&mut store, "1").unwrap();
    add_log(&mut store, "1").unwrap();
    let todays = backups.join("tumbuh-2026-06-30.toml");
    assert_eq!(fs::read_to_string(&todays).unwrap(), SAMPLE);
    let mut names: Vec<String> = fs::read_dir(&backups)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), backup::KEEP + 1);
    assert_eq!(names.first().map(String::as_str), Some("catatan.txt"));
    assert_eq!(names[1], "tumbuh-2026-05-08.toml");
}

#[test]
fn a_linked_data_file_is_written_through_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let synced = dir.path().join("sync");
    fs::create_dir(&synced).unwrap();
    let target = synced.join("tumbuh.toml");
    fs::write(&target, SAMPLE).unwrap();
    let link = dir.path().join("tumbuh.toml");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let mut store = Store::open(&link, today()).unwrap();
    add_log(&mut store, "1").unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    assert_eq!(decode(&fs::read_to_string(&target).unwrap()).unwrap().plan.logs.len(), 13);
}

#[test]
fn dates_outside_any_sensible_year_are_refused_so_the_file_stays_writable() {
    let mut plan = decode(SAMPLE).unwrap().plan;
    plan.logs[0].date = NaiveDate::from_ymd_opt(-1, 1, 1).unwrap();
    let problems = crate::model::validate(&plan);
    assert_eq!(problems[0].field, "date");
}

/// Found by the `load` fuzz target: `nan` in an unknown table must survive a save.
#[test]
fn a_nan_in_an_unknown_key_survives_a_save() {
    let text = "[[lug]]\nld =-24\nTitle = nan\n";
    let saved = encode(&decode(text).unwrap().plan);
    assert!(saved.contains("Title = nan"), "{saved}");
    assert_eq!(encode(&decode(&saved).unwrap().plan), saved);
}

/// Issue 10: a number beyond 64 bits is said with the range the key takes, never ±2⁶³.
#[test]
fn a_huge_number_is_said_with_the_range_its_key_takes() {
    let text = "[profile]\nminutes_per_jp = 99999999999999999999\ntarget_jp = 99999999999999999999\n\n\
                [[training]]\nid = \"t1\"\nyear = 99999999999999999999\ntitle = \"x\"\nplanned_jp = 2\n";
    let kinds: Vec<(&str, ProblemKind)> =
        file_problems(text).into_iter().map(|p| (p.problem.field, p.problem.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("minutes_per_jp", ProblemKind::OutOfRange { min: 1, max: 600 }),
            ("target_jp", ProblemKind::Jp(crate::model::JpError::OutOfRange)),
            ("year", ProblemKind::OutOfRange { min: 1900, max: 2999 }),
        ]
    );
}

/// Issue 10: two writers of the same record through the store's edit path. Different fields
/// merge; the same field changed to another value is a conflict that changes nothing.
#[test]
fn two_writers_of_one_record_merge_fields_and_conflict_on_the_same_one() {
    use crate::ops::{OpError, edit};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tumbuh.toml");
    fs::write(&path, SAMPLE).unwrap();
    let mut planner = Store::open(&path, today()).unwrap();
    let mut shell = Store::open(&path, today()).unwrap();
    // The planner's form opens t1 as it is now.
    let base = planner.plan().training("t1").unwrap().clone();

    // Meanwhile the shell changes the planned JP and the why.
    let shells_base = shell.plan().training("t1").unwrap().clone();
    let shells = crate::model::Training {
        planned_jp: Jp::whole(9),
        why: "Dari terminal lain".into(),
        ..shells_base.clone()
    };
    shell.apply(|plan| Ok(edit(plan, "t1", &shells_base, &shells)?)).unwrap();

    // The planner adds a word to the title: only the title is saved; the shell's fields stay.
    let mine = crate::model::Training { title: format!("{} Lanjutan", base.title), ..base.clone() };
    let saved = planner.apply(|plan| Ok(edit(plan, "t1", &base, &mine)?)).unwrap();
    assert_eq!(saved, ["title"]);
    let t1 = decode(&fs::read_to_string(&path).unwrap()).unwrap().plan.training("t1").unwrap().clone();
    assert_eq!(t1.title, mine.title);
    assert_eq!((t1.planned_jp, t1.why.as_str()), (Jp::whole(9), "Dari terminal lain"));

    // The planner's stale form also changed the why: a conflict, and nothing is written.
    let before = fs::read_to_string(&path).unwrap();
    let stale = crate::model::Training { why: "Dari formulir".into(), ..base.clone() };
    match planner.apply(|plan| Ok(edit(plan, "t1", &base, &stale)?)) {
        Err(StoreError::Refused(OpError::Conflict { fields, .. })) => {
            assert_eq!(fields, [("why", "Dari terminal lain".to_string())]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(fs::read_to_string(&path).unwrap(), before);

    // A record deleted meanwhile: said, nothing written.
    shell.apply(|plan| Ok(crate::ops::delete_training(plan, "t9", crate::ops::OnLinked::Unlink)?)).unwrap();
    let t9 = planner.plan().training("t9").cloned();
    if let Some(t9) = t9 {
        let renamed = crate::model::Training { title: "Baru".into(), ..t9.clone() };
        let result = planner.apply(|plan| Ok(edit(plan, "t9", &t9, &renamed)?));
        assert!(matches!(result, Err(StoreError::Refused(OpError::NotFound { .. }))), "{result:?}");
    }
}
