//! `Plan` → data file text: stable key order, whole JP without a fraction, local dates.

use chrono::{Datelike, NaiveDate};
use toml::value::{Date, Datetime};
use toml::{Table, Value};

use crate::model::{
    FormOverride, Jp, Log, Plan, Profile, Reflection, SCHEMA, Training, UnknownKeys, YearSettings,
};

/// The file's text for `plan`.
pub fn encode(plan: &Plan) -> String {
    let mut root = Table::new();
    root.insert("schema".into(), Value::Integer(SCHEMA));
    root.insert("profile".into(), Value::Table(profile(&plan.profile)));
    if !plan.years.is_empty() {
        let years = plan
            .years
            .iter()
            .map(|(year, settings)| (year.to_string(), Value::Table(year_settings(settings))));
        root.insert("years".into(), Value::Table(years.collect()));
    }
    if !plan.forms.is_empty() {
        let forms = plan.forms.iter().map(|(key, rule)| (key.clone(), Value::Table(form_override(rule))));
        root.insert("forms".into(), Value::Table(forms.collect()));
    }
    root.insert("ids".into(), Value::Table(ids(plan)));
    insert_array(&mut root, "training", plan.trainings.iter().map(training));
    insert_array(&mut root, "log", plan.logs.iter().map(log));
    insert_array(&mut root, "reflection", plan.reflections.iter().map(reflection));
    for (key, value) in &plan.extra {
        root.entry(key.clone()).or_insert_with(|| value.clone());
    }
    toml::to_string_pretty(&root).expect("a table of plain values always serializes")
}

/// The top level's own keys: `schema` and the unknown ones.
pub(super) fn top(plan: &Plan) -> Table {
    let mut root = Table::new();
    root.insert("schema".into(), Value::Integer(SCHEMA));
    for (key, value) in &plan.extra {
        root.entry(key.clone()).or_insert_with(|| value.clone());
    }
    root
}

pub(super) fn ids(plan: &Plan) -> Table {
    let mut ids = Table::new();
    ids.insert("training".into(), Value::Integer(plan.ids.training.into()));
    ids.insert("log".into(), Value::Integer(plan.ids.log.into()));
    ids.insert("reflection".into(), Value::Integer(plan.ids.reflection.into()));
    ids
}

/// One table as a file of its own, under its header (`[profile]`, `[years.2027]`, `[[log]]`).
pub(super) fn render(path: &[&str], array: bool, table: Table) -> String {
    let mut value = if array { Value::Array(vec![Value::Table(table)]) } else { Value::Table(table) };
    for key in path.iter().rev() {
        let mut outer = Table::new();
        outer.insert((*key).to_string(), value);
        value = Value::Table(outer);
    }
    let Value::Table(root) = value else { unreachable!("wrapped in a table above") };
    toml::to_string_pretty(&root).expect("a table of plain values always serializes")
}

fn insert_array(root: &mut Table, key: &str, tables: impl Iterator<Item = Table>) {
    let items: Vec<Value> = tables.map(Value::Table).collect();
    if !items.is_empty() {
        root.insert(key.into(), Value::Array(items));
    }
}

/// Builds one table in a fixed key order, leaving out what is empty.
struct TableBuilder(Table);

impl TableBuilder {
    fn new() -> Self {
        TableBuilder(Table::new())
    }

    fn text(mut self, key: &str, text: &str) -> Self {
        if !text.is_empty() {
            self.0.insert(key.into(), Value::String(text.into()));
        }
        self
    }

    fn maybe_text(self, key: &str, text: Option<&str>) -> Self {
        self.text(key, text.unwrap_or_default())
    }

    fn integer(self, key: &str, value: i64) -> Self {
        self.maybe_integer(key, Some(value))
    }

    fn maybe_integer(mut self, key: &str, value: Option<i64>) -> Self {
        if let Some(value) = value {
            self.0.insert(key.into(), Value::Integer(value));
        }
        self
    }

    fn maybe_bool(mut self, key: &str, value: Option<bool>) -> Self {
        if let Some(value) = value {
            self.0.insert(key.into(), Value::Boolean(value));
        }
        self
    }

    fn jp(mut self, key: &str, jp: Option<Jp>) -> Self {
        if let Some(jp) = jp {
            self.0.insert(key.into(), jp_value(jp));
        }
        self
    }

    fn date(mut self, key: &str, date: Option<NaiveDate>) -> Self {
        if let Some(date) = date {
            self.0.insert(key.into(), date_value(date));
        }
        self
    }

    fn finish(mut self, extra: &UnknownKeys) -> Table {
        for (key, value) in extra {
            self.0.entry(key.clone()).or_insert_with(|| value.clone());
        }
        self.0
    }
}

fn jp_value(jp: Jp) -> Value {
    if jp.is_whole() { Value::Integer(jp.hundredths() / 100) } else { Value::Float(jp.to_f64()) }
}

fn date_value(date: NaiveDate) -> Value {
    Value::Datetime(Datetime {
        date: Some(Date { year: date.year() as u16, month: date.month() as u8, day: date.day() as u8 }),
        time: None,
        offset: None,
    })
}

pub(super) fn profile(profile: &Profile) -> Table {
    TableBuilder::new()
        .text("name", &profile.name)
        .text("employee_type", profile.employee_type.key())
        .jp("target_jp", Some(profile.target_jp))
        .jp("ceiling_jp", profile.ceiling_jp)
        .integer("minutes_per_jp", profile.minutes_per_jp.into())
        .maybe_text("language", profile.language.map(|l| l.key()))
        .maybe_bool("mouse", profile.mouse)
        .date("contract_start", profile.contract_start)
        .text("nip", &profile.nip)
        .text("unit", &profile.unit)
        .finish(&profile.extra)
}

pub(super) fn year_settings(settings: &YearSettings) -> Table {
    TableBuilder::new()
        .jp("target_jp", settings.target_jp)
        .jp("ceiling_jp", settings.ceiling_jp)
        .finish(&settings.extra)
}

pub(super) fn form_override(rule: &FormOverride) -> Table {
    TableBuilder::new()
        .jp("jp_per_unit", rule.jp_per_unit)
        .jp("jp_per_unit_international", rule.jp_per_unit_international)
        .jp("daily_cap", rule.daily_cap)
        .jp("daily_cap_international", rule.daily_cap_international)
        .maybe_integer("max_units_per_month", rule.max_units_per_month.map(i64::from))
        .finish(&rule.extra)
}

pub(super) fn training(t: &Training) -> Table {
    TableBuilder::new()
        .text("id", &t.id)
        .integer("year", t.year.into())
        .text("title", &t.title)
        .text("provider", &t.provider)
        .maybe_text("form", t.form.as_deref())
        .maybe_text("competency", t.competency.map(|c| c.key()))
        .date("start", t.start)
        .date("end", t.end)
        .jp("planned_jp", Some(t.planned_jp))
        .text("status", t.status.key())
        .text("why", &t.why)
        .finish(&t.extra)
}

pub(super) fn log(l: &Log) -> Table {
    TableBuilder::new()
        .text("id", &l.id)
        .date("date", Some(l.date))
        .date("start", l.start)
        .jp("jp", Some(l.jp))
        .maybe_text("training", l.training.as_deref())
        .text("title", &l.title)
        .maybe_text("form", l.form.as_deref())
        .text("provider", &l.provider)
        .text("certificate", &l.certificate)
        .text("certificate_file", &l.certificate_file)
        .maybe_bool("in_siasn", Some(l.in_siasn))
        .maybe_bool("international", Some(l.international).filter(|&abroad| abroad))
        .finish(&l.extra)
}

pub(super) fn reflection(r: &Reflection) -> Table {
    TableBuilder::new()
        .text("id", &r.id)
        .maybe_text("training", r.training.as_deref())
        .maybe_text("log", r.log.as_deref())
        .date("date", Some(r.date))
        .maybe_integer("usefulness", r.usefulness.map(i64::from))
        .text("learned", &r.learned)
        .text("changed", &r.changed)
        .text("next_step", &r.next_step)
        .date("follow_up", r.follow_up)
        .text("applied", r.applied.key())
        .finish(&r.extra)
}
