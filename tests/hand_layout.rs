//! The file is the person's: any valid plan, written in a hand-made layout with comments, then
//! changed by a random sequence of operations through `ops` and the store, keeps every comment
//! and line of the records nothing touched, loses a deleted record's own comments with it, and
//! reads back to the plan the model says.

use chrono::NaiveDate;
use proptest::prelude::*;
use tumbuh::model::{Applied, Jp, Kind, Log, Plan, Reflection, Status, Training, UnknownKeys, validate};
use tumbuh::ops::{self, OnLinked};
use tumbuh::store::{Store, decode, encode};

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_yo_opt(2026, 1 + n % 360).unwrap()
}

/// Text a person types: letters, spaces, quotes, a backslash, accents and a dash.
fn words() -> impl Strategy<Value = String> {
    "[A-Za-z][a-zA-Z0-9 éü'\"\\\\—-]{0,12}"
}

fn training(n: usize) -> impl Strategy<Value = Training> {
    (words(), proptest::option::of(words()), 1i64..=4000, proptest::option::of(0u32..300), any::<bool>())
        .prop_map(move |(title, provider, hundredths, start, done)| Training {
            id: format!("t{}", n + 1),
            year: 2026,
            title,
            provider: provider.unwrap_or_default(),
            form: Some("pelatihan-teknis".into()),
            competency: None,
            start: start.map(day),
            end: start.map(|s| day(s + 2)),
            planned_jp: Jp::from_hundredths(hundredths),
            status: if done { Status::Done } else { Status::Planned },
            why: String::new(),
            extra: UnknownKeys::new(),
        })
}

fn log(n: usize, trainings: usize) -> impl Strategy<Value = Log> {
    (words(), 1i64..=800, 0u32..360, proptest::option::of(0..trainings.max(1)), any::<bool>()).prop_map(
        move |(title, hundredths, date, link, in_siasn)| Log {
            id: format!("l{}", n + 1),
            training: link.filter(|_| trainings > 0).map(|i| format!("t{}", i + 1)),
            in_siasn,
            ..Log::new(day(date), Jp::from_hundredths(hundredths), title)
        },
    )
}

fn reflection(n: usize, trainings: usize, logs: usize) -> impl Strategy<Value = Reflection> {
    (words(), 0u32..360, proptest::option::of(0..trainings.max(1)), proptest::option::of(0..logs.max(1)))
        .prop_map(move |(changed, date, training, log)| Reflection {
            id: format!("r{}", n + 1),
            training: training.filter(|_| trainings > 0).map(|i| format!("t{}", i + 1)),
            log: log.filter(|_| logs > 0).map(|i| format!("l{}", i + 1)),
            ..Reflection::new(day(date), changed)
        })
}

fn plan() -> impl Strategy<Value = Plan> {
    (0usize..5, 0usize..6, 0usize..4).prop_flat_map(|(t, l, r)| {
        (
            words(),
            (0..t).map(training).collect::<Vec<_>>(),
            (0..l).map(|i| log(i, t)).collect::<Vec<_>>(),
            (0..r).map(|i| reflection(i, t, l)).collect::<Vec<_>>(),
        )
            .prop_map(|(name, trainings, logs, reflections)| {
                let mut plan = Plan::default();
                plan.profile.name = name;
                plan.ids.training = trainings.len() as u32;
                plan.ids.log = logs.len() as u32;
                plan.ids.reflection = reflections.len() as u32;
                plan.trainings = trainings;
                plan.logs = logs;
                plan.reflections = reflections;
                plan
            })
    })
}

/// How a person might lay out one table: per key its spacing, quoting and comment.
#[derive(Clone, Debug)]
struct Layout {
    /// Blank lines before each table, and whether it has its own comment above the header.
    gaps: Vec<(u8, bool)>,
    /// Per key (cycled): wide spacing around `=`, literal quotes, a trailing comment, a comment line above.
    keys: Vec<(bool, bool, bool, bool)>,
    /// Keys in reverse order in every other record.
    reverse: bool,
    /// An array written over several lines, which the lean reader leaves to the whole-document path.
    exotic: bool,
}

fn layout() -> impl Strategy<Value = Layout> {
    (
        proptest::collection::vec((0u8..3, any::<bool>()), 40),
        proptest::collection::vec((any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()), 1..17),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(gaps, keys, reverse, exotic)| Layout { gaps, keys, reverse, exotic })
}

fn literal(text: &str) -> Option<String> {
    (!text.contains('\'') && !text.chars().any(char::is_control)).then(|| format!("'{text}'"))
}

fn basic(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// One value as a person would write it.
fn value(written: &toml::Value, literal_quotes: bool) -> String {
    match written {
        toml::Value::String(text) if literal_quotes => literal(text).unwrap_or_else(|| basic(text)),
        toml::Value::String(text) => basic(text),
        // Over several lines, as a person lists things.
        toml::Value::Array(items) => {
            let items: Vec<String> =
                items.iter().map(|item| format!("  {},\n", value(item, false))).collect();
            format!("[\n{}]", items.concat())
        }
        other => other.to_string(),
    }
}

/// Writes `plan` in a hand-made layout; returns the text and, per record ID, its block (own
/// comment, header and keys) as written.
fn hand_written(plan: &Plan, layout: &Layout) -> (String, Vec<(String, String)>) {
    let canonical: toml::Table = encode(plan).parse().unwrap();
    let mut out = String::from("# Rencana belajar, ditulis tangan\nschema = 1\n");
    let mut blocks = Vec::new();
    let mut key_style = layout.keys.iter().cycle();
    let mut gaps = layout.gaps.iter().cycle();
    let mut table = |out: &mut String, header: &str, id: Option<&str>, entries: &toml::Table, n: usize| {
        let (gap, own) = gaps.next().unwrap();
        out.push_str(&"\n".repeat(usize::from(*gap).max(1)));
        let start = out.len();
        let name = id.unwrap_or(header);
        if *own {
            out.push_str(&format!("# tentang {name}\n"));
        }
        out.push_str(&format!("{header}\n"));
        let mut keys: Vec<(&String, &toml::Value)> = entries.iter().collect();
        if layout.reverse && n % 2 == 1 {
            keys.reverse();
        }
        for (key, v) in keys {
            let (wide, literal_quotes, trailing, above) = *key_style.next().unwrap();
            if above {
                out.push_str(&format!("# {name}: {key}\n"));
            }
            let eq = if wide { "   =   " } else { " = " };
            out.push_str(&format!("{key}{eq}{}", value(v, literal_quotes)));
            if trailing {
                out.push_str(&format!("   # catatan {name} {key}"));
            }
            out.push('\n');
        }
        if let Some(id) = id {
            blocks.push((id.to_string(), out[start..].to_string()));
        }
    };
    table(&mut out, "[profile]", None, canonical["profile"].as_table().unwrap(), 0);
    table(&mut out, "[ids]", None, canonical["ids"].as_table().unwrap(), 0);
    for kind in ["training", "log", "reflection"] {
        let Some(records) = canonical.get(kind).and_then(|v| v.as_array()) else { continue };
        for (n, record) in records.iter().enumerate() {
            let record = record.as_table().unwrap();
            let id = record["id"].as_str().unwrap().to_string();
            table(&mut out, &format!("[[{kind}]]"), Some(&id), record, n);
        }
    }
    (out, blocks)
}

/// One change a person makes through the planner or a command.
#[derive(Clone, Debug)]
enum Op {
    Add(Kind, u32),
    Edit(Kind, usize, u32),
    Delete(Kind, usize, u8),
}

fn op() -> impl Strategy<Value = Op> {
    let kind = prop::sample::select(vec![Kind::Training, Kind::Log, Kind::Reflection]);
    prop_oneof![
        (kind.clone(), any::<u32>()).prop_map(|(k, seed)| Op::Add(k, seed)),
        (kind.clone(), any::<usize>(), any::<u32>()).prop_map(|(k, i, seed)| Op::Edit(k, i, seed)),
        (kind, any::<usize>(), 0u8..3).prop_map(|(k, i, how)| Op::Delete(k, i, how)),
    ]
}

impl Op {
    /// Applies the change to `plan` through `ops`; false when there is nothing to apply it to.
    fn apply(&self, plan: &mut Plan) -> bool {
        let pick = |len: usize, i: usize| (len > 0).then(|| i % len);
        match *self {
            Op::Add(Kind::Training, seed) => {
                let mut training = plan.trainings.first().cloned().unwrap_or_else(|| Training {
                    id: String::new(),
                    year: 2026,
                    title: String::new(),
                    provider: String::new(),
                    form: None,
                    competency: None,
                    start: None,
                    end: None,
                    planned_jp: Jp::whole(1),
                    status: Status::Planned,
                    why: String::new(),
                    extra: UnknownKeys::new(),
                });
                training.title = format!("Pelatihan baru {seed}");
                training.planned_jp = Jp::whole(i64::from(seed % 30 + 1));
                ops::add_training(plan, training);
            }
            Op::Add(Kind::Log, seed) => {
                let mut log =
                    Log::new(day(seed), Jp::from_hundredths(i64::from(seed % 500 + 1)), "Webinar baru");
                log.training = plan.trainings.first().map(|t| t.id.clone()).filter(|_| seed % 2 == 0);
                ops::add_log(plan, log);
            }
            Op::Add(Kind::Reflection, seed) => {
                let mut reflection = Reflection::new(day(seed), format!("Perubahan {seed}"));
                reflection.log = plan.logs.last().map(|l| l.id.clone());
                ops::add_reflection(plan, reflection);
            }
            Op::Edit(Kind::Training, i, seed) => {
                let Some(i) = pick(plan.trainings.len(), i) else { return false };
                let mut training = plan.trainings[i].clone();
                match seed % 4 {
                    0 => training.title = format!("Judul diubah {seed}"),
                    1 => training.planned_jp = Jp::from_hundredths(i64::from(seed % 3000 + 1)),
                    2 => training.status = Status::ALL[seed as usize % Status::ALL.len()],
                    _ => {
                        training.provider =
                            if training.provider.is_empty() { "LAN RI".into() } else { String::new() }
                    }
                }
                let id = training.id.clone();
                ops::update_training(plan, &id, training).unwrap();
            }
            Op::Edit(Kind::Log, i, seed) => {
                let Some(i) = pick(plan.logs.len(), i) else { return false };
                let mut log = plan.logs[i].clone();
                match seed % 3 {
                    0 => log.jp = Jp::from_hundredths(i64::from(seed % 700 + 1)),
                    1 => log.in_siasn = !log.in_siasn,
                    _ => log.certificate = format!("{seed}/LAN/2026"),
                }
                let id = log.id.clone();
                ops::update_log(plan, &id, log).unwrap();
            }
            Op::Edit(Kind::Reflection, i, seed) => {
                let Some(i) = pick(plan.reflections.len(), i) else { return false };
                let id = plan.reflections[i].id.clone();
                if seed % 2 == 0 {
                    ops::set_applied(plan, &id, Applied::ALL[seed as usize % Applied::ALL.len()]).unwrap();
                } else {
                    let mut reflection = plan.reflections[i].clone();
                    reflection.usefulness = Some((seed % 5 + 1) as u8);
                    ops::update_reflection(plan, &id, reflection).unwrap();
                }
            }
            Op::Delete(kind, i, how) => {
                let linked = [OnLinked::Refuse, OnLinked::Unlink, OnLinked::Cascade][usize::from(how)];
                let result = match kind {
                    Kind::Training => {
                        let Some(i) = pick(plan.trainings.len(), i) else { return false };
                        let id = plan.trainings[i].id.clone();
                        ops::delete_training(plan, &id, linked).map(|_| ())
                    }
                    Kind::Log => {
                        let Some(i) = pick(plan.logs.len(), i) else { return false };
                        let id = plan.logs[i].id.clone();
                        ops::delete_log(plan, &id, linked).map(|_| ())
                    }
                    Kind::Reflection => {
                        let Some(i) = pick(plan.reflections.len(), i) else { return false };
                        let id = plan.reflections[i].id.clone();
                        ops::delete_reflection(plan, &id).map(|_| ())
                    }
                };
                return result.is_ok();
            }
        }
        true
    }
}

fn record_of(plan: &Plan, id: &str) -> Option<String> {
    match id.chars().next() {
        Some('t') => plan.training(id).map(|t| format!("{t:?}")),
        Some('l') => plan.log(id).map(|l| format!("{l:?}")),
        _ => plan.reflection(id).map(|r| format!("{r:?}")),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_hand_written_file_keeps_what_nothing_touched(
        plan in plan(),
        layout in layout(),
        changes in proptest::collection::vec(op(), 1..8),
    ) {
        prop_assume!(validate(&plan).is_empty());
        let mut plan = plan;
        if layout.exotic {
            plan.profile.extra.insert("x_tags".into(), toml::Value::Array(vec!["a".into(), "b c".into()]));
        }
        let (text, blocks) = hand_written(&plan, &layout);
        let read = decode(&text).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(&read.plan, &plan, "the hand-written file reads as the plan\n{}", text);

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tumbuh.toml");
        std::fs::write(&path, &text).unwrap();
        let mut store = Store::open(&path, day(180)).unwrap();
        let mut model = plan.clone();
        let mut touched = std::collections::HashSet::new();
        for change in &changes {
            let mut next = model.clone();
            if !change.apply(&mut next) || !validate(&next).is_empty() {
                continue;
            }
            store.apply(|plan| { change.apply(plan); Ok(()) }).unwrap();
            // A record changed and changed back was touched all the same.
            for (id, _) in &blocks {
                if record_of(&model, id) != record_of(&next, id) {
                    touched.insert(id.clone());
                }
            }
            model = next;
            prop_assert_eq!(store.plan(), &model);
        }
        let saved = std::fs::read_to_string(&path).unwrap();
        let again = decode(&saved).map_err(|e| TestCaseError::fail(format!("{e:?}\n{saved}")))?;
        prop_assert_eq!(&again.plan, &model, "reads back as the model says\n{}", saved);

        prop_assert!(saved.starts_with("# Rencana belajar, ditulis tangan\n"), "{}", saved);
        if layout.exotic {
            prop_assert!(saved.contains("[\n  \"a\",\n  \"b c\",\n]"), "{}", saved);
        }
        for (id, block) in &blocks {
            let after = record_of(&model, id);
            if after.is_none() {
                prop_assert!(!saved.contains(&format!("# tentang {id}\n")), "{} kept its comment\n{}", id, saved);
            } else if !touched.contains(id) {
                prop_assert!(saved.contains(block.as_str()), "{} untouched, but its lines changed:\n{}\n---\n{}", id, block, saved);
            } else if block.starts_with("# tentang") {
                prop_assert!(saved.contains(&format!("# tentang {id}\n")), "{} lost its own comment\n{}", id, saved);
            }
        }
    }
}
