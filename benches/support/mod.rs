//! Believable but large plans, for timing and benchmarks: `generate(n)` gives `n` log entries
//! spread over ten years, with a training for every ten entries and a reflection for every
//! twenty. Shared by `benches/performance.rs` and `examples/generate.rs`.

pub mod unit;

use chrono::{Datelike, NaiveDate};
use tumbuh::model::{Applied, Competency, Jp, Kind, Log, Plan, Reflection, Status, Training, UnknownKeys};

const FORMS: [&str; 6] = ["pelatihan-teknis", "seminar", "e-learning", "coaching", "workshop", "bimtek"];

pub fn generate(logs: usize) -> Plan {
    let mut plan = Plan::default();
    plan.profile.name = "Data Uji Besar".into();
    let first_day = NaiveDate::from_ymd_opt(2017, 1, 2).unwrap();
    let trainings = logs.div_ceil(10);
    for n in 0..trainings {
        let start = first_day + chrono::Days::new((n as u64 * 3650 / trainings.max(1) as u64) % 3650);
        let id = plan.next_id(Kind::Training);
        plan.trainings.push(Training {
            id,
            year: start.year(),
            title: format!("Pelatihan Analisis Kebijakan angkatan {n}"),
            provider: "BPSDM Provinsi".into(),
            form: Some(FORMS[n % FORMS.len()].into()),
            competency: Some(Competency::ALL[n % Competency::ALL.len()]),
            start: Some(start),
            end: Some(start + chrono::Days::new(2)),
            planned_jp: Jp::whole(10),
            status: if n % 3 == 0 { Status::Planned } else { Status::Done },
            why: "Rekomendasi kebijakan terlalu panjang untuk pimpinan".into(),
            extra: UnknownKeys::new(),
        });
    }
    for n in 0..logs {
        let training = &plan.trainings[n / 10];
        let (date, training_id) = (training.start.unwrap(), training.id.clone());
        let id = plan.next_id(Kind::Log);
        plan.logs.push(Log {
            id,
            date,
            start: None,
            jp: Jp::from_hundredths(75 + (n as i64 % 4) * 25),
            training: (n % 4 != 0).then_some(training_id),
            title: format!("Webinar seri {n}"),
            form: None,
            provider: "LAN RI".into(),
            certificate: if n % 7 == 0 { String::new() } else { format!("{n}/LAN/2026") },
            certificate_file: String::new(),
            in_siasn: n % 2 == 0,
            international: false,
            extra: UnknownKeys::new(),
        });
    }
    for n in 0..logs / 20 {
        let log = &plan.logs[n * 20];
        let (date, log_id) = (log.date, log.id.clone());
        let id = plan.next_id(Kind::Reflection);
        plan.reflections.push(Reflection {
            id,
            training: None,
            log: Some(log_id),
            date,
            usefulness: Some(4),
            learned: "Cara menyusun ringkasan eksekutif".into(),
            changed: "Saya menulis ringkasan satu halaman sebelum rapat".into(),
            next_step: String::new(),
            follow_up: Some(date + chrono::Days::new(30)),
            applied: if n % 2 == 0 { Applied::Yes } else { Applied::Unknown },
            extra: UnknownKeys::new(),
        });
    }
    plan
}
