//! Data file text → `Plan`, with every problem placed by line and column.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::fields::{Fields, extra_of, to_integer, wrong_type};
use crate::i18n::Lang;
use crate::model::{
    Applied, Competency, EmployeeType, Expected, FormOverride, IdCounters, Log, Place, Plan, Problem,
    ProblemKind, Profile, Reflection, SCHEMA, Status, Training, YEARS, YearSettings, validate,
};

/// A 1-based line and column in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineCol {
    pub fn of(text: &str, offset: usize) -> LineCol {
        let before = &text[..offset.min(text.len())];
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        LineCol { line: before.matches('\n').count() + 1, column: before[line_start..].chars().count() + 1 }
    }
}

/// A problem found in the file, with where it is when that is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub problem: Problem,
    pub at: Option<LineCol>,
}

/// Why a file's text cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not TOML at all; `detail` is the parser's own words.
    Syntax { at: LineCol, detail: String },
    /// Not text at all (binary data, another encoding): where the valid UTF-8 stops.
    NotText { at: LineCol },
    /// TOML, but with wrong types, values or references.
    Invalid(Vec<FileProblem>),
}

/// A readable file: the plan, and the schema it declared.
#[derive(Debug)]
pub struct Decoded {
    pub plan: Plan,
    pub schema: i64,
}

/// Reads the file's bytes, which must be UTF-8 text.
pub fn decode_bytes(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => decode(text),
        Err(error) => {
            let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
            Err(DecodeError::NotText { at: LineCol::of(valid, valid.len()) })
        }
    }
}

/// Reads the whole file. Problems are collected, not stopped at, so one run names them all.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    let root = DeTable::parse(text).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        DecodeError::Syntax { at: LineCol::of(text, offset), detail: error.message().trim().to_string() }
    })?;
    let root = root.get_ref();
    let mut reader = Reader { text, problems: Vec::new() };
    let schema = reader.schema(root);
    let plan = reader.plan(root);
    let mut problems = reader.problems;
    if problems.is_empty() {
        problems = validate(&plan)
            .into_iter()
            .map(|problem| {
                let at = locate(root, &problem).map(|offset| LineCol::of(text, offset));
                FileProblem { problem, at }
            })
            .collect();
    }
    if problems.is_empty() {
        Ok(Decoded { plan, schema })
    } else if schema > SCHEMA {
        // A newer program wrote this; its format may differ, so that is the problem to report.
        let problem = Problem::new(Place::File, "schema", ProblemKind::SchemaTooNew(schema));
        let at = root.get("schema").map(|v| LineCol::of(text, v.span().start));
        Err(DecodeError::Invalid(vec![FileProblem { problem, at }]))
    } else {
        // In file order, so the person can fix them top to bottom.
        problems.sort_by_key(|p| p.at);
        Err(DecodeError::Invalid(problems))
    }
}

/// Where a validation problem sits: the field's value, else its table's header.
fn locate(root: &DeTable<'_>, problem: &Problem) -> Option<usize> {
    let table = match &problem.place {
        Place::File => return root.get(problem.field).map(|v| v.span().start),
        Place::Profile => root.get("profile")?,
        Place::Ids => root.get("ids")?,
        Place::Year(year) => root.get("years")?.get_ref().as_table()?.get(year.to_string().as_str())?,
        Place::Form(key) => root.get("forms")?.get_ref().as_table()?.get(key.as_str())?,
        Place::Training { index, .. } => nth(root, "training", *index)?,
        Place::Log { index, .. } => nth(root, "log", *index)?,
        Place::Reflection { index, .. } => nth(root, "reflection", *index)?,
    };
    let field = table.get_ref().as_table().and_then(|t| t.get(problem.field));
    Some(field.unwrap_or(table).span().start)
}

fn nth<'a, 'i>(root: &'a DeTable<'i>, key: &str, index: usize) -> Option<&'a Spanned<DeValue<'i>>> {
    root.get(key)?.get_ref().as_array()?.get(index)
}

/// Known top-level keys; anything else is kept as written.
const SECTIONS: [&str; 8] = ["schema", "profile", "years", "forms", "ids", "training", "log", "reflection"];

pub(super) struct Reader<'t> {
    text: &'t str,
    problems: Vec<FileProblem>,
}

impl Reader<'_> {
    pub(super) fn report(
        &mut self,
        place: Place,
        field: &'static str,
        kind: ProblemKind,
        span: Range<usize>,
    ) {
        let at = Some(LineCol::of(self.text, span.start));
        self.problems.push(FileProblem { problem: Problem::new(place, field, kind), at });
    }

    fn schema(&mut self, root: &DeTable<'_>) -> i64 {
        let Some(value) = root.get("schema") else { return SCHEMA };
        match to_integer(value.get_ref(), &(1..=SCHEMA)) {
            Ok(schema) if schema >= 1 => schema,
            Ok(_) => {
                self.report(
                    Place::File,
                    "schema",
                    ProblemKind::OutOfRange { min: 1, max: SCHEMA },
                    value.span(),
                );
                SCHEMA
            }
            Err(kind) => {
                self.report(Place::File, "schema", kind, value.span());
                SCHEMA
            }
        }
    }

    fn plan(&mut self, root: &DeTable<'_>) -> Plan {
        let mut plan = Plan::default();
        if let Some(table) = self.section_table(root, "profile") {
            plan.profile = self.profile(table);
        }
        if let Some((table, _)) = self.section_table(root, "years") {
            plan.years = self.years(table);
        }
        if let Some((table, _)) = self.section_table(root, "forms") {
            plan.forms = self.forms(table);
        }
        if let Some(table) = self.section_table(root, "ids") {
            plan.ids = self.ids(table);
        }
        plan.trainings = self.array(root, "training", |reader, index, table| reader.training(index, table));
        plan.logs = self.array(root, "log", |reader, index, table| reader.log(index, table));
        plan.reflections =
            self.array(root, "reflection", |reader, index, table| reader.reflection(index, table));
        let (extra, unkeepable) = extra_of(root, &SECTIONS);
        for (_, span) in unkeepable {
            self.report(Place::File, "?", ProblemKind::TooLargeToKeep, span);
        }
        plan.extra = extra;
        plan
    }

    fn section_table<'a, 'i>(
        &mut self,
        root: &'a DeTable<'i>,
        key: &'static str,
    ) -> Option<(&'a DeTable<'i>, Range<usize>)> {
        let value = root.get(key)?;
        match value.get_ref() {
            DeValue::Table(table) => Some((table, value.span())),
            other => {
                self.report(Place::File, key, wrong_type(Expected::Table, other), value.span());
                None
            }
        }
    }

    fn array<T>(
        &mut self,
        root: &DeTable<'_>,
        key: &'static str,
        mut read: impl FnMut(&mut Self, usize, (&DeTable<'_>, Range<usize>)) -> T,
    ) -> Vec<T> {
        let Some(value) = root.get(key) else { return Vec::new() };
        let DeValue::Array(items) = value.get_ref() else {
            self.report(Place::File, key, wrong_type(Expected::List, value.get_ref()), value.span());
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            match item.get_ref() {
                DeValue::Table(table) => out.push(read(self, index, (table, item.span()))),
                other => self.report(Place::File, key, wrong_type(Expected::Table, other), item.span()),
            }
        }
        out
    }

    fn profile(&mut self, (table, span): (&DeTable<'_>, Range<usize>)) -> Profile {
        let mut fields = Fields::new(self, table, span, Place::Profile);
        let defaults = Profile::default();
        Profile {
            name: fields.text("name"),
            employee_type: fields
                .key_enum("employee_type", EmployeeType::from_key, EmployeeType::KEYS)
                .unwrap_or(defaults.employee_type),
            target_jp: fields.jp("target_jp").unwrap_or(defaults.target_jp),
            ceiling_jp: fields.jp("ceiling_jp"),
            minutes_per_jp: fields
                .bounded("minutes_per_jp", 1..=600)
                .map_or(defaults.minutes_per_jp, |m| m as u32),
            language: fields.key_enum("language", Lang::from_key, Lang::KEYS),
            mouse: fields.bool("mouse"),
            contract_start: fields.date("contract_start"),
            nip: fields.text("nip"),
            unit: fields.text("unit"),
            extra: fields.rest(),
        }
    }

    fn years(&mut self, table: &DeTable<'_>) -> BTreeMap<i32, YearSettings> {
        let mut years = BTreeMap::new();
        for (key, value) in table.iter() {
            let Ok(year) = key.get_ref().parse::<i32>() else {
                let kind = ProblemKind::WrongType {
                    expected: Expected::WholeNumber,
                    found: key.get_ref().to_string(),
                };
                self.report(Place::File, "years", kind, key.span());
                continue;
            };
            let DeValue::Table(inner) = value.get_ref() else {
                self.report(
                    Place::Year(year),
                    "year",
                    wrong_type(Expected::Table, value.get_ref()),
                    value.span(),
                );
                continue;
            };
            let mut fields = Fields::new(self, inner, value.span(), Place::Year(year));
            let settings = YearSettings {
                target_jp: fields.jp("target_jp"),
                ceiling_jp: fields.jp("ceiling_jp"),
                extra: fields.rest(),
            };
            years.insert(year, settings);
        }
        years
    }

    fn forms(&mut self, table: &DeTable<'_>) -> BTreeMap<String, FormOverride> {
        let mut forms = BTreeMap::new();
        for (key, value) in table.iter() {
            let place = Place::Form(key.get_ref().to_string());
            let DeValue::Table(inner) = value.get_ref() else {
                self.report(place, "forms", wrong_type(Expected::Table, value.get_ref()), value.span());
                continue;
            };
            let mut fields = Fields::new(self, inner, value.span(), place);
            let rule = FormOverride {
                jp_per_unit: fields.jp("jp_per_unit"),
                jp_per_unit_international: fields.jp("jp_per_unit_international"),
                daily_cap: fields.jp("daily_cap"),
                daily_cap_international: fields.jp("daily_cap_international"),
                max_units_per_month: fields.bounded("max_units_per_month", 1..=1000).map(|n| n as u32),
                extra: fields.rest(),
            };
            forms.insert(key.get_ref().to_string(), rule);
        }
        forms
    }

    fn ids(&mut self, (table, span): (&DeTable<'_>, Range<usize>)) -> IdCounters {
        let mut fields = Fields::new(self, table, span, Place::Ids);
        let mut counter = |key| fields.bounded(key, 0..=i64::from(u32::MAX)).map_or(0, |n| n as u32);
        IdCounters { training: counter("training"), log: counter("log"), reflection: counter("reflection") }
    }

    fn training(&mut self, index: usize, (table, span): (&DeTable<'_>, Range<usize>)) -> Training {
        let id = peek_id(table);
        let mut fields = Fields::new(self, table, span, Place::Training { index, id });
        Training {
            id: fields.required_text("id"),
            year: fields
                .required_integer("year", i64::from(*YEARS.start())..=i64::from(*YEARS.end()))
                .map_or(0, |y| y.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32),
            title: fields.required_text("title"),
            provider: fields.text("provider"),
            form: fields.optional_text("form"),
            competency: fields.key_enum("competency", Competency::from_key, Competency::KEYS),
            start: fields.date("start"),
            end: fields.date("end"),
            planned_jp: fields.required_jp("planned_jp"),
            status: fields.key_enum("status", Status::from_key, Status::KEYS).unwrap_or(Status::Planned),
            why: fields.text("why"),
            extra: fields.rest(),
        }
    }

    fn log(&mut self, index: usize, (table, span): (&DeTable<'_>, Range<usize>)) -> Log {
        let id = peek_id(table);
        let mut fields = Fields::new(self, table, span, Place::Log { index, id });
        Log {
            id: fields.required_text("id"),
            date: fields.required_date("date"),
            start: fields.date("start"),
            jp: fields.required_jp("jp"),
            training: fields.optional_text("training"),
            title: fields.text("title"),
            form: fields.optional_text("form"),
            provider: fields.text("provider"),
            certificate: fields.text("certificate"),
            certificate_file: fields.text("certificate_file"),
            in_siasn: fields.bool("in_siasn").unwrap_or(false),
            international: fields.bool("international").unwrap_or(false),
            extra: fields.rest(),
        }
    }

    fn reflection(&mut self, index: usize, (table, span): (&DeTable<'_>, Range<usize>)) -> Reflection {
        let id = peek_id(table);
        let mut fields = Fields::new(self, table, span, Place::Reflection { index, id });
        Reflection {
            id: fields.required_text("id"),
            training: fields.optional_text("training"),
            log: fields.optional_text("log"),
            date: fields.required_date("date"),
            usefulness: fields.bounded("usefulness", 1..=5).map(|u| u as u8),
            learned: fields.text("learned"),
            changed: fields.required_text("changed"),
            next_step: fields.text("next_step"),
            follow_up: fields.date("follow_up"),
            applied: fields.key_enum("applied", Applied::from_key, Applied::KEYS).unwrap_or(Applied::Unknown),
            extra: fields.rest(),
        }
    }
}

/// The ID as written, so problems in other fields can name their record.
fn peek_id(table: &DeTable<'_>) -> String {
    table.get("id").and_then(|v| v.get_ref().as_str()).unwrap_or_default().to_string()
}
