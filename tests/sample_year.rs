//! `status --json` on the sample year at 30 June 2026, against figures worked out by hand.

mod common;

use common::{DataFile, stdout_of};
use serde_json::json;

#[test]
fn the_sample_year_at_the_end_of_june() {
    // Logs l1–l12, all dated January–June 2026:
    //   1,5 + 2 + 2 + 4 + 1 + 0,75 + 0,75 + 1,5 + 2 + 0,75 + 1 + 1,5 = 18,75 JP done.
    // Open trainings, planned minus logged against them:
    //   t5 ongoing 10 − 2 (l9) = 8; t7 registered 16; t8 registered 24; t9 planned 5; t10 planned 3
    //   = 56 JP remaining; projected 18,75 + 56 = 74,75; t6 is cancelled, t1–t4 are done.
    // Pace: 30 June is day 181 of 365, so 20 × 181 / 365 = 9,917… → 9,92 JP expected; 18,75 − 9,92 = 8,83.
    // Days left: 365 − 181 = 184.
    // To-dos: t4 is done without a reflection (r2–r4 cover t1–t3; r1 and r5 are on ad-hoc logs);
    //   r4's follow-up (22 June) is due and unknown, r5's (30 September) is not yet;
    //   l11 has no certificate; l8–l12 are not in SIASN.
    // SIASN holds l1–l7: 1,5 + 2 + 2 + 4 + 1 + 0,75 + 0,75 = 12 JP.
    // Working days from Wednesday 1 July to Thursday 31 December: 132. Nothing is overdue: every
    //   open training's last day is after 30 June (t5 runs to 21 October).
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["status", "--json"]));
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let expected = json!({
        "year": 2026,
        "target_jp": 20,
        "done_jp": 18.75,
        "gap_jp": 1.25,
        "remaining_plan_jp": 56,
        "projected_jp": 74.75,
        "expected_jp": 9.92,
        "pace_delta_jp": 8.83,
        "days_left": 184,
        "state": "on_plan",
        "ceiling_jp": null,
        "over_ceiling_jp": 0,
        "ceiling_from": null,
        "ceiling_to": null,
        "trainings_planned": 5,
        "trainings_overdue": 0,
        "overdue_plan_jp": 0,
        "trainings_done": 4,
        "siasn_jp": 12,
        "needed_per_workday_jp": null,
        "workdays_left": 132,
        "done_without_reflection": 1,
        "follow_ups_due": 1,
        "logs_without_certificate": 1,
        "logs_not_in_siasn": 5,
        "trainings_without_why": 1,
        "days_over_cap": 0,
        "months_over_cap": 0,
    });
    assert_eq!(value, expected);
}

#[test]
fn the_sample_as_a_pppk_with_a_lower_target_for_the_year() {
    let text = common::SAMPLE.replace("employee_type = \"pns\"", "employee_type = \"pppk\"")
        + "\n[years.2026]\ntarget_jp = 18\n";
    let file = DataFile::with(&text);
    let value: serde_json::Value =
        serde_json::from_str(&stdout_of(file.run().args(["status", "--json"]))).unwrap();
    assert_eq!(value["target_jp"], 18);
    assert_eq!(value["state"], "achieved");
    assert_eq!(value["gap_jp"], 0);
    assert_eq!(value["ceiling_jp"], 24);
    // 74,75 projected − 24 ceiling.
    assert_eq!(value["over_ceiling_jp"], 50.75);
}
