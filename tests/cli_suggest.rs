//! `tumbuh plan suggest [--json] [--add]`: the catch-up plan of a year at risk, in both
//! languages, as JSON, and added to the plan.

mod common;

use common::{DataFile, stdout_of};
use predicates::prelude::*;
use serde_json::Value;

/// 8 of 20 JP done, nothing planned: at risk on Monday 14 December 2026.
const AT_RISK: &str = include_str!("fixtures/at_risk.toml");

const DECEMBER_14: &str = "2026-12-14";

fn suggest(file: &DataFile, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = file.run();
    cmd.env("TUMBUH_TODAY", DECEMBER_14).args(["plan", "suggest"]).args(args);
    cmd
}

#[test]
fn the_plan_on_14_december_in_both_languages() {
    let file = DataFile::with(AT_RISK);
    let id = stdout_of(&mut suggest(&file, &[]));
    assert_eq!(
        id,
        "Rencana kejar target 2026\n\
         Dengan rencana yang ada, Anda masih kurang 12 JP. Sampai 31 Desember masih ada 13 hari kerja.\n\
         \n  E-learning       9 JP  15–17 Des\n\
         \x20   E-learning dapat dikerjakan sendiri kapan saja; dihitung paling banyak 3 JP per hari.\n\
         \x20 Belajar mandiri  3 JP  15–16 Des\n\
         \x20   Belajar mandiri dapat dikerjakan sendiri kapan saja; dihitung paling banyak 2 JP per hari.\n\
         \nDengan rencana ini, target 20 JP tercapai dalam 3 hari kerja: perkiraan akhir tahun 20 JP.\n"
    );
    let en = stdout_of(&mut suggest(&file, &["--lang", "en"]));
    assert!(en.starts_with("Catch-up plan 2026\nAfter the plan you have, you still need 12 JP."), "{en}");
    assert!(en.contains("  Self-study  3 JP  15–16 Dec\n"), "{en}");
    assert!(
        en.ends_with("This plan reaches the 20 JP target in 3 working days: 20 JP projected for the year.\n")
    );
    // Only reading: the file is as it was, and the hint says how to add the plan.
    suggest(&file, &[]).assert().success().stderr(predicate::str::contains("tumbuh plan suggest --add"));
    assert_eq!(file.text(), AT_RISK);
}

#[test]
fn json_lists_each_item_with_its_form_jp_days_title_and_why() {
    let file = DataFile::with(AT_RISK);
    let items: Value = serde_json::from_str(&stdout_of(&mut suggest(&file, &["--json"]))).unwrap();
    let first = &items[0];
    assert_eq!(first["form"], "e-learning");
    assert_eq!(first["jp"], 9);
    assert_eq!(first["days"], serde_json::json!(["2026-12-15", "2026-12-16", "2026-12-17"]));
    assert_eq!(first["title"], "E-learning (kejar target)");
    assert!(first["why"].as_str().unwrap().contains("paling banyak 3 JP per hari"));
    assert_eq!(items[1]["form"], "belajar-mandiri");
    assert_eq!(items.as_array().unwrap().len(), 2);
    let en: Value =
        serde_json::from_str(&stdout_of(&mut suggest(&file, &["--json", "--lang", "en"]))).unwrap();
    assert_eq!(en[1]["title"], "Self-study (catch-up)");
}

#[test]
fn add_plans_each_item_on_its_days_and_ends_on_plan() {
    let file = DataFile::with(AT_RISK);
    let out = stdout_of(&mut suggest(&file, &["--add"]));
    assert_eq!(
        out,
        "Pelatihan t1 direncanakan: E-learning (kejar target) · 9 JP · 15–17 Des 2026\n\
         Pelatihan t2 direncanakan: Belajar mandiri (kejar target) · 3 JP · 15–16 Des 2026\n\
         2026: 8/20 JP · kurang 12 · sesuai rencana\n"
    );
    let plan = file.plan();
    let t1 = plan.training("t1").unwrap();
    assert_eq!(
        (t1.start.unwrap().to_string(), t1.end.unwrap().to_string()),
        ("2026-12-15".into(), "2026-12-17".into())
    );
    assert_eq!((t1.form.as_deref(), t1.planned_jp.hundredths()), (Some("e-learning"), 900));
    assert!(t1.why.is_empty(), "the work problem is the person's to write");
    let status = stdout_of(file.run().env("TUMBUH_TODAY", DECEMBER_14).args(["status", "--json"]));
    let status: Value = serde_json::from_str(&status).unwrap();
    assert_eq!(status["state"], "on_plan");
    assert_eq!(status["projected_jp"], 20);
    // Asked again, there is nothing left to catch up and nothing more is added.
    let again = stdout_of(&mut suggest(&file, &["--add", "--lang", "en"]));
    assert!(again.starts_with("The plan for 2026 already reaches the target"), "{again}");
    assert!(again.contains("Nothing was added."));
    assert_eq!(file.plan().trainings.len(), 2);
}

#[test]
fn add_with_json_gives_the_new_ids() {
    let file = DataFile::with(AT_RISK);
    let items: Value = serde_json::from_str(&stdout_of(&mut suggest(&file, &["--add", "--json"]))).unwrap();
    assert_eq!((items[0]["id"].as_str(), items[1]["id"].as_str()), (Some("t1"), Some("t2")));
}

#[test]
fn a_year_not_at_risk_or_ended_has_nothing_to_catch_up() {
    let file = DataFile::sample();
    // The sample year is on plan on 30 June 2026.
    let out = stdout_of(file.run().args(["plan", "suggest"]));
    assert_eq!(
        out,
        "Rencana kejar target 2026\nRencana 2026 sudah cukup untuk mencapai target; tidak ada yang perlu dikejar.\n"
    );
    assert_eq!(stdout_of(file.run().args(["plan", "suggest", "--json"])), "[]\n");
    let ended = stdout_of(file.run().args(["plan", "suggest", "--year", "2025", "--lang", "en"]));
    assert!(ended.contains("2025 has ended; a catch-up plan is only for a year still running."), "{ended}");
    // On 31 December no working day is left after today.
    let late = DataFile::with(AT_RISK);
    let out = stdout_of(late.run().env("TUMBUH_TODAY", "2026-12-31").args(["plan", "suggest"]));
    assert!(out.contains(
        "Tidak ada lagi hari kerja pada 2026, jadi kekurangan 12 JP tidak dapat dikejar tahun ini."
    ));
}

#[test]
fn a_gap_too_large_says_how_far_the_days_left_get() {
    let file = DataFile::with(AT_RISK);
    let out =
        stdout_of(file.run().env("TUMBUH_TODAY", "2026-12-30").args(["plan", "suggest", "--lang", "en"]));
    assert!(out.contains("  Coaching    2 JP  31 Dec\n"), "{out}");
    assert!(
        out.ends_with(
            "The working days left are not enough. With this plan, 15 JP are projected, 5 JP short of the 20 JP target.\n"
        ),
        "{out}"
    );
}
