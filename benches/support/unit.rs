//! A unit of members for timing `tumbuh team`: each member's file is `generate(entries)` with a
//! name, a NIP and a unit of their own. Shared by `benches/team.rs` and
//! `examples/generate_unit.rs`.
#![allow(dead_code)]

use std::path::Path;

use chrono::{Days, NaiveDate};
use tumbuh::model::{Jp, Kind, Plan, Status};

/// Member `n` of a unit, with `entries` log entries: their trainings (one for every ten
/// entries, with its entries) moved to the three years up to 2026, so the unit's 2026 holds a
/// mix of members at their target, on plan and at risk.
pub fn member(n: usize, entries: usize) -> Plan {
    let mut plan = super::generate(entries);
    plan.profile.name = format!("Anggota {n:05}");
    plan.profile.nip = format!("1990{:014}", n);
    plan.profile.unit = "Bidang Perencanaan".into();
    let count = plan.trainings.len();
    for (t, training) in plan.trainings.iter_mut().enumerate() {
        // The last training falls in 2026, the ones before in the years before it.
        let year = 2026 - (count - 1 - t).min(2) as i32;
        let start = NaiveDate::from_ymd_opt(year, 3, 2).unwrap() + Days::new((n % 90) as u64);
        training.year = year;
        training.start = Some(start);
        training.end = Some(start + Days::new(2));
        // Titles spelt as people do, so the needs group them.
        training.title = match (n + t) % 4 {
            0 => "Analisis Kebijakan".into(),
            1 => "analisis  kebijakan".into(),
            2 => format!("Kursus Statistik {}", n % 7),
            _ => format!("Pelatihan {}", n % 50),
        };
    }
    let last = plan.trainings.last().map(|t| (t.id.clone(), t.end.unwrap()));
    for log in &mut plan.logs {
        let training = log.training.clone().or_else(|| Some(plan.trainings[0].id.clone()));
        let t = plan.trainings.iter().position(|t| Some(&t.id) == training.as_ref()).unwrap_or(0);
        log.date = plan.trainings[t].end.unwrap();
        // A quarter of the unit logs 3 JP an entry: at their target.
        if n % 4 == 1 && last.as_ref().is_some_and(|(_, end)| *end == log.date) {
            log.jp = Jp::whole(3);
        }
    }
    for reflection in &mut plan.reflections {
        reflection.date = plan
            .logs
            .iter()
            .find(|l| Some(&l.id) == reflection.log.as_ref())
            .map_or(reflection.date, |l| l.date);
        reflection.follow_up = Some(reflection.date + Days::new(30));
    }
    // Another quarter plans a 15 JP course in October: on plan.
    if n.is_multiple_of(4) {
        let id = plan.next_id(Kind::Training);
        let mut training = plan.trainings.last().unwrap().clone();
        training.id = id;
        training.title =
            ["Pelatihan Analisis Data", "pelatihan analisis  data", "Kursus Statistik Terapan"][n % 3].into();
        training.start = NaiveDate::from_ymd_opt(2026, 10, 5);
        training.end = NaiveDate::from_ymd_opt(2026, 10, 9);
        training.status = Status::Planned;
        training.planned_jp = Jp::whole(15);
        plan.trainings.push(training);
    }
    plan
}

/// Writes `members` member files of `entries` entries each into `dir` (`anggota-00001.toml`, …).
pub fn write_unit(dir: &Path, members: usize, entries: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for n in 0..members {
        let text = tumbuh::store::encode(&member(n, entries));
        std::fs::write(dir.join(format!("anggota-{n:05}.toml")), text).unwrap();
    }
}
