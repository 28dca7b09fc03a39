//! Any valid plan survives save → load unchanged, unknown keys included.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use tumbuh::i18n::Lang;
use tumbuh::model::{
    Applied, Competency, EmployeeType, FormOverride, IdCounters, Jp, Log, Plan, Profile, Reflection, Status,
    Training, UnknownKeys, YearSettings, validate,
};
use tumbuh::store::{decode, decode_spanned, encode};

/// Any text at all: every Unicode scalar value, control characters included.
fn any_text() -> impl Strategy<Value = String> {
    any::<String>()
}

/// Text that must not be blank.
fn required_text() -> impl Strategy<Value = String> {
    any::<String>().prop_map(|s| format!("A{s}"))
}

fn jp() -> impl Strategy<Value = Jp> {
    (1i64..=100_000).prop_map(Jp::from_hundredths)
}

fn date_in(year: i32) -> impl Strategy<Value = NaiveDate> {
    (1u32..=365).prop_map(move |day| NaiveDate::from_yo_opt(year, day).unwrap())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (2020i32..=2030).prop_flat_map(date_in)
}

fn extra_value() -> impl Strategy<Value = toml::Value> {
    let leaf = prop_oneof![
        any_text().prop_map(toml::Value::String),
        any::<i64>().prop_map(toml::Value::Integer),
        any::<bool>().prop_map(toml::Value::Boolean),
        (-1e12f64..1e12).prop_map(toml::Value::Float),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(toml::Value::Array),
            btree_map("[a-z]{1,5}", inner, 1..3).prop_map(|m| toml::Value::Table(m.into_iter().collect())),
        ]
    })
}

/// Keys no version of the program uses, with values of every kind.
fn extra() -> impl Strategy<Value = UnknownKeys> {
    btree_map("x_[a-z]{1,6}", extra_value(), 0..3).prop_map(|m| m.into_iter().collect())
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        any_text(),
        prop_oneof![Just(EmployeeType::Pns), Just(EmployeeType::Pppk)],
        (0i64..=100_000).prop_map(Jp::from_hundredths),
        option::of(jp()),
        1u32..=600,
        option::of(prop_oneof![Just(Lang::Id), Just(Lang::En)]),
        option::of(any::<bool>()),
        (option::of(date()), any_text(), any_text()),
        extra(),
    )
        .prop_map(
            |(
                name,
                employee_type,
                target_jp,
                ceiling_jp,
                minutes_per_jp,
                language,
                mouse,
                roll_up,
                extra,
            )| {
                let (contract_start, nip, unit) = roll_up;
                Profile {
                    name,
                    employee_type,
                    target_jp,
                    ceiling_jp,
                    minutes_per_jp,
                    language,
                    mouse,
                    contract_start,
                    nip,
                    unit,
                    extra,
                }
            },
        )
}

fn form_key() -> impl Strategy<Value = Option<String>> {
    option::of(prop_oneof![
        Just("pelatihan-teknis".to_string()),
        Just("seminar".to_string()),
        Just("e-learning".to_string()),
        required_text(),
    ])
}

fn training(index: usize) -> impl Strategy<Value = Training> {
    (2020i32..=2030).prop_flat_map(move |year| {
        (
            required_text(),
            any_text(),
            form_key(),
            option::of(prop::sample::select(Competency::ALL)),
            option::of(date_in(year)),
            0i64..30,
            any::<bool>(),
            jp(),
            prop::sample::select(Status::ALL),
            any_text(),
            extra(),
        )
            .prop_map(
                move |(
                    title,
                    provider,
                    form,
                    competency,
                    start,
                    days,
                    has_end,
                    planned_jp,
                    status,
                    why,
                    extra,
                )| {
                    Training {
                        id: format!("t{}", index + 1),
                        year,
                        title,
                        provider,
                        form,
                        competency,
                        start,
                        end: start.filter(|_| has_end).map(|s| s + chrono::Days::new(days as u64)),
                        planned_jp,
                        status,
                        why,
                        extra,
                    }
                },
            )
    })
}

fn log(index: usize, trainings: usize) -> impl Strategy<Value = Log> {
    (
        date(),
        jp(),
        option::of(0..trainings.max(1)),
        required_text(),
        any::<bool>(),
        form_key(),
        (any_text(), any_text(), any_text()),
        (any::<bool>(), any::<bool>(), option::of(0u64..5)),
        extra(),
    )
        .prop_map(move |(date, jp, link, title, keep_title, form, texts, flags, extra)| {
            let training = link.filter(|_| trainings > 0).map(|i| format!("t{}", i + 1));
            let (provider, certificate, certificate_file) = texts;
            let (in_siasn, international, days_before) = flags;
            Log {
                id: format!("l{}", index + 1),
                date,
                start: days_before.and_then(|days| date.checked_sub_days(chrono::Days::new(days))),
                jp,
                title: if training.is_none() || keep_title { title } else { String::new() },
                training,
                form,
                provider,
                certificate,
                certificate_file,
                in_siasn,
                international,
                extra,
            }
        })
}

fn reflection(index: usize, trainings: usize, logs: usize) -> impl Strategy<Value = Reflection> {
    (
        option::of(0..trainings.max(1)),
        option::of(0..logs.max(1)),
        date(),
        option::of(1u8..=5),
        (any_text(), required_text(), any_text()),
        option::of(date()),
        prop::sample::select(Applied::ALL),
        extra(),
    )
        .prop_map(move |(training, log, date, usefulness, texts, follow_up, applied, extra)| {
            let (learned, changed, next_step) = texts;
            Reflection {
                id: format!("r{}", index + 1),
                training: training.filter(|_| trainings > 0).map(|i| format!("t{}", i + 1)),
                log: log.filter(|_| logs > 0).map(|i| format!("l{}", i + 1)),
                date,
                usefulness,
                learned,
                changed,
                next_step,
                follow_up,
                applied,
                extra,
            }
        })
}

fn year_settings() -> impl Strategy<Value = YearSettings> {
    (option::of((0i64..=100_000).prop_map(Jp::from_hundredths)), option::of(jp()), extra())
        .prop_map(|(target_jp, ceiling_jp, extra)| YearSettings { target_jp, ceiling_jp, extra })
}

fn form_override() -> impl Strategy<Value = FormOverride> {
    (option::of(jp()), option::of(jp()), option::of(jp()), option::of(jp()), option::of(1u32..10), extra())
        .prop_map(
            |(
                jp_per_unit,
                jp_per_unit_international,
                daily_cap,
                daily_cap_international,
                max_units_per_month,
                extra,
            )| {
                FormOverride {
                    jp_per_unit,
                    jp_per_unit_international,
                    daily_cap,
                    daily_cap_international,
                    max_units_per_month,
                    extra,
                }
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    (0usize..6, 0usize..8, 0usize..5).prop_flat_map(|(trainings, logs, reflections)| {
        (
            profile(),
            btree_map(2020i32..=2030, year_settings(), 0..3),
            btree_map(prop::sample::select(vec!["seminar", "coaching", "e-learning"]), form_override(), 0..2),
            (0u32..1000, 0u32..1000, 0u32..1000),
            (0..trainings).map(training).collect::<Vec<_>>(),
            (0..logs).map(|i| log(i, trainings)).collect::<Vec<_>>(),
            (0..reflections).map(|i| reflection(i, trainings, logs)).collect::<Vec<_>>(),
            extra(),
        )
            .prop_map(|(profile, years, forms, counters, trainings, logs, reflections, extra)| {
                Plan {
                    profile,
                    years,
                    forms: forms.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<BTreeMap<_, _>>(),
                    ids: IdCounters { training: counters.0, log: counters.1, reflection: counters.2 },
                    trainings,
                    logs,
                    reflections,
                    extra,
                }
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_valid_plan_survives_save_and_load(plan in plan()) {
        prop_assert_eq!(validate(&plan), vec![]);
        let text = encode(&plan);
        let loaded = decode(&text).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(&loaded.plan, &plan);
        // The lean path (when it takes the file) and the spanned walk read it the same.
        let spanned = decode_spanned(&text).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(spanned.plan, plan);
    }
}

/// Draws every pane of a plan at 80×24 and returns all the cells' text.
fn draw_every_pane(plan: &Plan) -> String {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tumbuh.toml");
    std::fs::write(&path, encode(plan)).unwrap();
    let env = tumbuh::commands::Environment { today: Some("2026-06-30".into()), ..Default::default() };
    let mut screens = String::new();
    for keys in ["", "2", "3", "e", "s"] {
        let mut app = tumbuh::commands::open_app(&tumbuh::commands::Globals::default(), &env, path.clone())
            .unwrap_or_else(|f| panic!("{}", f.message));
        app.resize(80, 24);
        for key in keys.chars() {
            app.handle_key(KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE));
        }
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        let theme = tumbuh::tui::theme::Theme::new(true);
        terminal.draw(|frame| tumbuh::tui::view::draw(frame, &app, &theme)).unwrap();
        screens.extend(terminal.backend().buffer().content().iter().map(|cell| cell.symbol().to_string()));
    }
    screens
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Arbitrary text in every field is drawn without a panic and without a control character.
    #[test]
    fn any_text_is_drawn_safely(plan in plan()) {
        let screens = draw_every_pane(&plan);
        prop_assert!(!screens.chars().any(char::is_control), "a control character reached the screen");
    }
}
