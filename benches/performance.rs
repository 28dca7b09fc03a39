//! Load + status, the two ways of reading, one frame, and one save, at 1,000 / 10,000 / 100,000
//! log entries. Run with `cargo bench`; see README "Performance" for figures, and
//! `benches/compare-timewarrior.sh` for the whole command against `timew summary`, with peak memory.

mod support;

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tumbuh::catalog::Catalog;
use tumbuh::commands::{Environment, Globals, open_app};
use tumbuh::model::{Jp, Log};
use tumbuh::progress::summarize;
use tumbuh::store::{Store, decode, decode_spanned, encode};
use tumbuh::tui::theme::Theme;
use tumbuh::tui::view;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
}

fn load_and_status(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_status");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    for n in SIZES {
        let text = encode(&support::generate(n));
        group.bench_with_input(BenchmarkId::new("toml_parse_only", n), &text, |b, text| {
            b.iter(|| black_box(toml::from_str::<toml::Table>(text).unwrap()))
        });
        group.bench_with_input(BenchmarkId::new("decode_lean", n), &text, |b, text| {
            b.iter(|| black_box(decode(text).unwrap().plan.logs.len()))
        });
        group.bench_with_input(BenchmarkId::new("decode_spanned", n), &text, |b, text| {
            b.iter(|| black_box(decode_spanned(text).unwrap().plan.logs.len()))
        });
        group.bench_with_input(BenchmarkId::new("decode_and_summarize", n), &text, |b, text| {
            b.iter(|| {
                let plan = decode(text).unwrap().plan;
                black_box(summarize(&plan, &Catalog::for_plan(&plan), 2026, today()))
            })
        });
    }
    group.finish();
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(20).measurement_time(Duration::from_secs(3));
    for n in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tumbuh.toml");
        std::fs::write(&path, encode(&support::generate(n))).unwrap();
        let env = Environment { today: Some("2026-06-30".into()), ..Environment::default() };
        let mut app = open_app(&Globals::default(), &env, path).unwrap_or_else(|f| panic!("{}", f.message));
        app.resize(120, 40);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let theme = Theme::new(true);
        group.bench_function(BenchmarkId::new("render_120x40", n), |b| {
            b.iter(|| terminal.draw(|f| view::draw(f, &app, &theme)).map(|_| ()).unwrap())
        });
    }
    group.finish();
}

/// One log entry added through the store (lock, re-read check, validate, edit the text as
/// written, write, fsync, rename), at each size; and the same through a whole-document edit, for
/// a file outside the common layout.
fn save(c: &mut Criterion) {
    let mut group = c.benchmark_group("save");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    for n in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tumbuh.toml");
        std::fs::write(&path, encode(&support::generate(n))).unwrap();
        let mut store = Store::open(&path, today()).unwrap();
        group.bench_function(BenchmarkId::new("log_one_entry", n), |b| {
            b.iter(|| {
                store
                    .apply(|plan| Ok(tumbuh::ops::add_log(plan, Log::new(today(), Jp::whole(1), "Webinar"))))
                    .unwrap()
            })
        });
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tumbuh.toml");
    // A list over several lines: the lean reader leaves it, so saves edit the whole document.
    let text =
        encode(&support::generate(10_000)).replacen("[profile]\n", "[profile]\ntags = [\n  \"a\",\n]\n", 1);
    std::fs::write(&path, text).unwrap();
    let mut store = Store::open(&path, today()).unwrap();
    group.bench_function(BenchmarkId::new("log_one_entry_whole_document", 10_000), |b| {
        b.iter(|| {
            store
                .apply(|plan| Ok(tumbuh::ops::add_log(plan, Log::new(today(), Jp::whole(1), "Webinar"))))
                .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, load_and_status, frame, save);
criterion_main!(benches);
