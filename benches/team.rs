//! A unit's roll-up (`tumbuh team`) at 1,000 and 10,000 member files of 30 entries each: the
//! files read in parallel and each kept as a summary, then rolled up. Run with
//! `cargo bench --bench team`; see README "Performance" for figures.

mod support;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use tumbuh::commands::read_unit;
use tumbuh::i18n::Lang;
use tumbuh::team::roll_up;

const MEMBERS: [usize; 2] = [1_000, 10_000];
const ENTRIES: usize = 30;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
}

fn team(c: &mut Criterion) {
    let mut group = c.benchmark_group("team");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    for members in MEMBERS {
        let dir = tempfile::tempdir().unwrap();
        support::unit::write_unit(dir.path(), members, ENTRIES);
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        group.bench_with_input(BenchmarkId::new("read_and_roll_up", members), &files, |b, files| {
            b.iter(|| {
                let (read, unreadable) = read_unit(files, 2026, today(), Lang::Id);
                black_box(roll_up(2026, read, unreadable))
            })
        });
        let (read, _) = read_unit(&files, 2026, today(), Lang::Id);
        group.bench_with_input(BenchmarkId::new("roll_up_only", members), &read, |b, read| {
            b.iter(|| black_box(roll_up(2026, read.clone(), Vec::new())))
        });
    }
    group.finish();
}

criterion_group!(benches, team);
criterion_main!(benches);
