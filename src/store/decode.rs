//! Data file text → `Plan`, with every problem placed by line and column.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::fields::{Fields, Table, Val, likely_meant, to_integer, wrong_type};
use crate::i18n::Lang;
use crate::model::{
    Applied, Competency, EmployeeType, Expected, FormOverride, IdCounters, Log, Place, Plan, Problem,
    ProblemKind, Profile, Reflection, SCHEMA, Status, Training, UnknownKeys, YEARS, YearSettings, validate,
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

/// A problem found in the file, with where it is when that is known. A required key that is
/// missing carries the key most likely meant for it (`planed_jp` for `planned_jp`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub problem: Problem,
    pub at: Option<LineCol>,
    pub typo: Option<Typo>,
}

/// A key the program does not know that looks like a misspelt known key of its table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Typo {
    pub place: Place,
    /// The key as written.
    pub written: String,
    /// The known key it probably means.
    pub meant: &'static str,
    /// Where the key as written starts.
    pub at: LineCol,
}

/// What the TOML parser could not read, sorted into the mistakes a person makes by hand, so
/// each can be said in the person's language; `Other` keeps the parser's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxKind {
    /// A string without its closing quote.
    UnclosedString,
    /// A key without `=` and a value.
    ExpectedEquals,
    /// `=` with nothing after it.
    MissingValue,
    /// The same key (or table) written twice.
    DuplicateKey,
    /// A date or time that does not exist or is misshaped.
    InvalidDate,
    /// A number written in a way TOML does not allow (`07`, `1.`, `1_`).
    InvalidNumber,
    /// Words without quotes where a value belongs.
    UnquotedText,
    /// `[table` or `[[table` without its closing bracket.
    UnclosedHeader,
    /// `[` of a list without its `]`, or `{` without `}`.
    UnclosedList,
    /// More on the line after a value.
    ExtraContent,
    /// A backslash in a string followed by something TOML does not know.
    InvalidEscape,
    /// A control character where none may be.
    ControlCharacter,
    Other,
}

impl SyntaxKind {
    /// Sorts the parser's message (`invalid basic string, expected `"``) into a kind.
    pub fn of(message: &str) -> SyntaxKind {
        let what = message.split(", expected").next().unwrap_or(message).trim();
        let has = |part: &str| what.contains(part);
        if has("duplicate key") {
            SyntaxKind::DuplicateKey
        } else if has("escape") {
            SyntaxKind::InvalidEscape
        } else if has("string") && !has("must be quoted") && !has("keys cannot") {
            SyntaxKind::UnclosedString
        } else if has("key with no value") || has("missing assignment") || has("extra assignment") {
            SyntaxKind::ExpectedEquals
        } else if has("missing value") || has("extra `=`") {
            SyntaxKind::MissingValue
        } else if has("date") || has("time") || has("month") || has("day") || has("offset") {
            SyntaxKind::InvalidDate
        } else if has("leading zero")
            || has("fraction")
            || has("exponent")
            || has("radix")
            || has("numeric sign")
            || has("integer")
            || has("`_`")
            || has("float")
        {
            SyntaxKind::InvalidNumber
        } else if has("must be quoted") {
            SyntaxKind::UnquotedText
        } else if has("unclosed table") || has("unclosed array table") || has("missing table open") {
            SyntaxKind::UnclosedHeader
        } else if has("unclosed array") || has("unclosed inline table") {
            SyntaxKind::UnclosedList
        } else if has("unexpected key or value") || has("unexpected content") {
            SyntaxKind::ExtraContent
        } else if has("comment character") || has("carriage return") || has("control") {
            SyntaxKind::ControlCharacter
        } else {
            SyntaxKind::Other
        }
    }
}

/// Why a file's text cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not TOML at all: where, what kind of mistake, the parser's own words (`detail`), and the
    /// line as written, to quote with a caret under `at`'s column.
    Syntax { at: LineCol, detail: String, kind: SyntaxKind, line: String },
    /// Not text at all (binary data, another encoding): where the valid UTF-8 stops.
    NotText { at: LineCol },
    /// TOML, but with wrong types, values or references.
    Invalid(Vec<FileProblem>),
}

/// A readable file: the plan, the schema it declared, and the keys that look misspelt.
#[derive(Debug)]
pub struct Decoded {
    pub plan: Plan,
    pub schema: i64,
    /// Unknown keys close to a known key of their table, in file order: a warning, the file reads.
    pub typos: Vec<Typo>,
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

/// Reads the whole file. A valid file in the common layout is read line by line without keeping
/// any document (`lean::decode`); anything else, and every file with something to explain, takes
/// the spanned walk, which collects all problems rather than stopping at one.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    if let Some(decoded) = super::lean::decode(text) {
        return Ok(decoded);
    }
    decode_spanned(text)
}

/// The spanned walk: every value with its line and column, every problem collected.
pub fn decode_spanned(text: &str) -> Result<Decoded, DecodeError> {
    let root = DeTable::parse(text).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        syntax_error(text, offset, error.message())
    })?;
    let root = root.get_ref();
    let mut reader = Reader::new(text);
    let schema = reader.schema(root);
    let plan = reader.plan(root);
    let typos = std::mem::take(&mut reader.typos);
    let mut problems = reader.problems;
    if problems.is_empty() {
        problems = validate(&plan)
            .into_iter()
            .map(|problem| {
                let at = locate(root, &problem).map(|offset| LineCol::of(text, offset));
                FileProblem { problem, at, typo: None }
            })
            .collect();
    }
    if problems.is_empty() {
        Ok(Decoded { plan, schema, typos })
    } else if schema > SCHEMA {
        // A newer program wrote this; its format may differ, so that is the problem to report.
        let problem = Problem::new(Place::File, "schema", ProblemKind::SchemaTooNew(schema));
        let at = root.get("schema").map(|v| LineCol::of(text, v.span().start));
        Err(DecodeError::Invalid(vec![FileProblem { problem, at, typo: None }]))
    } else {
        // In file order, so the person can fix them top to bottom.
        problems.sort_by_key(|p| p.at);
        Err(DecodeError::Invalid(problems))
    }
}

/// A syntax error at `offset`, with the line it is on as written.
fn syntax_error(text: &str, offset: usize, message: &str) -> DecodeError {
    let offset = offset.min(text.len());
    let offset = (0..=offset).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let line_start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |at| offset + at);
    let line = text[line_start..line_end].trim_end_matches('\r').to_string();
    let detail = message.trim().to_string();
    DecodeError::Syntax { at: LineCol::of(text, offset), kind: SyntaxKind::of(&detail), detail, line }
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
pub(super) const SECTIONS: [&str; 8] =
    ["schema", "profile", "years", "forms", "ids", "training", "log", "reflection"];

pub(super) struct Reader<'t> {
    text: &'t str,
    pub(super) problems: Vec<FileProblem>,
    pub(super) typos: Vec<Typo>,
}

impl<'t> Reader<'t> {
    pub(super) fn new(text: &'t str) -> Reader<'t> {
        Reader { text, problems: Vec::new(), typos: Vec::new() }
    }

    pub(super) fn line_col(&self, offset: usize) -> LineCol {
        LineCol::of(self.text, offset)
    }

    pub(super) fn report(
        &mut self,
        place: Place,
        field: &'static str,
        kind: ProblemKind,
        span: Range<usize>,
    ) {
        let at = Some(self.line_col(span.start));
        self.problems.push(FileProblem { problem: Problem::new(place, field, kind), at, typo: None });
    }

    pub(super) fn report_missing(
        &mut self,
        place: Place,
        field: &'static str,
        span: Range<usize>,
        typo: Option<Typo>,
    ) {
        let at = Some(self.line_col(span.start));
        self.problems.push(FileProblem {
            problem: Problem::new(place, field, ProblemKind::Missing),
            at,
            typo,
        });
    }

    pub(super) fn typo(&mut self, typo: Typo) {
        self.typos.push(typo);
    }

    /// `schema`, when present; 1 when not.
    pub(super) fn schema_value(&mut self, value: Option<(Val<'_>, Range<usize>)>) -> i64 {
        let Some((value, span)) = value else { return SCHEMA };
        match to_integer(&value, &(1..=SCHEMA)) {
            Ok(schema) if schema >= 1 => schema,
            Ok(_) => {
                self.report(Place::File, "schema", ProblemKind::OutOfRange { min: 1, max: SCHEMA }, span);
                SCHEMA
            }
            Err(kind) => {
                self.report(Place::File, "schema", kind, span);
                SCHEMA
            }
        }
    }

    fn schema(&mut self, root: &DeTable<'_>) -> i64 {
        self.schema_value(root.value("schema"))
    }

    /// The top level's unknown keys; a top-level table that looks like a misspelt section
    /// (`[profil]`, `[[trainings]]`) is named as a typo.
    pub(super) fn top_level_rest<T: Table + ?Sized>(&mut self, root: &T) -> UnknownKeys {
        let (extra, unkeepable) = root.unknown(&SECTIONS);
        for span in unkeepable {
            self.report(Place::File, "?", ProblemKind::TooLargeToKeep, span);
        }
        for (written, span) in root.keys() {
            if extra.contains_key(written) {
                let absent: Vec<&'static str> =
                    SECTIONS.iter().copied().filter(|k| root.value(k).is_none()).collect();
                if let Some(meant) = likely_meant(written, &absent) {
                    let at = self.line_col(span.start);
                    self.typo(Typo { place: Place::File, written: written.to_string(), meant, at });
                }
            }
        }
        extra
    }

    fn plan(&mut self, root: &DeTable<'_>) -> Plan {
        let mut plan = Plan::default();
        if let Some((table, span)) = self.section_table(root, "profile") {
            plan.profile = self.profile(table, span);
        }
        if let Some((table, _)) = self.section_table(root, "years") {
            plan.years = self.years(table);
        }
        if let Some((table, _)) = self.section_table(root, "forms") {
            plan.forms = self.forms(table);
        }
        if let Some((table, span)) = self.section_table(root, "ids") {
            plan.ids = self.ids(table, span);
        }
        plan.trainings =
            self.array(root, "training", |reader, index, (table, span)| reader.training(index, table, span));
        plan.logs = self.array(root, "log", |reader, index, (table, span)| reader.log(index, table, span));
        plan.reflections = self
            .array(root, "reflection", |reader, index, (table, span)| reader.reflection(index, table, span));
        plan.extra = self.top_level_rest(root);
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
                self.report(Place::File, key, wrong_type(Expected::Table, &Val::of(other)), value.span());
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
            self.report(
                Place::File,
                key,
                wrong_type(Expected::List, &Val::of(value.get_ref())),
                value.span(),
            );
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            match item.get_ref() {
                DeValue::Table(table) => out.push(read(self, index, (table, item.span()))),
                other => {
                    self.report(Place::File, key, wrong_type(Expected::Table, &Val::of(other)), item.span())
                }
            }
        }
        out
    }

    pub(super) fn profile<T: Table + ?Sized>(&mut self, table: &T, span: Range<usize>) -> Profile {
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
            let Some(year) = self.year_key(key.get_ref(), key.span()) else { continue };
            let DeValue::Table(inner) = value.get_ref() else {
                let found = Val::of(value.get_ref());
                self.report(Place::Year(year), "year", wrong_type(Expected::Table, &found), value.span());
                continue;
            };
            years.insert(year, self.year_settings(year, inner, value.span()));
        }
        years
    }

    /// The year a `[years.YYYY]` table is named by; another name is reported.
    pub(super) fn year_key(&mut self, key: &str, span: Range<usize>) -> Option<i32> {
        match key.parse::<i32>() {
            Ok(year) => Some(year),
            Err(_) => {
                let kind = ProblemKind::WrongType { expected: Expected::WholeNumber, found: key.to_string() };
                self.report(Place::File, "years", kind, span);
                None
            }
        }
    }

    pub(super) fn year_settings<T: Table + ?Sized>(
        &mut self,
        year: i32,
        table: &T,
        span: Range<usize>,
    ) -> YearSettings {
        let mut fields = Fields::new(self, table, span, Place::Year(year));
        YearSettings {
            target_jp: fields.jp("target_jp"),
            ceiling_jp: fields.jp("ceiling_jp"),
            extra: fields.rest(),
        }
    }

    fn forms(&mut self, table: &DeTable<'_>) -> BTreeMap<String, FormOverride> {
        let mut forms = BTreeMap::new();
        for (key, value) in table.iter() {
            let place = Place::Form(key.get_ref().to_string());
            let DeValue::Table(inner) = value.get_ref() else {
                let found = Val::of(value.get_ref());
                self.report(place, "forms", wrong_type(Expected::Table, &found), value.span());
                continue;
            };
            forms.insert(key.get_ref().to_string(), self.form_override(key.get_ref(), inner, value.span()));
        }
        forms
    }

    pub(super) fn form_override<T: Table + ?Sized>(
        &mut self,
        key: &str,
        table: &T,
        span: Range<usize>,
    ) -> FormOverride {
        let mut fields = Fields::new(self, table, span, Place::Form(key.to_string()));
        FormOverride {
            jp_per_unit: fields.jp("jp_per_unit"),
            jp_per_unit_international: fields.jp("jp_per_unit_international"),
            daily_cap: fields.jp("daily_cap"),
            daily_cap_international: fields.jp("daily_cap_international"),
            max_units_per_month: fields.bounded("max_units_per_month", 1..=1000).map(|n| n as u32),
            extra: fields.rest(),
        }
    }

    pub(super) fn ids<T: Table + ?Sized>(&mut self, table: &T, span: Range<usize>) -> IdCounters {
        let mut fields = Fields::new(self, table, span, Place::Ids);
        let mut counter = |key| fields.bounded(key, 0..=i64::from(u32::MAX)).map_or(0, |n| n as u32);
        IdCounters { training: counter("training"), log: counter("log"), reflection: counter("reflection") }
    }

    pub(super) fn training<T: Table + ?Sized>(
        &mut self,
        index: usize,
        table: &T,
        span: Range<usize>,
    ) -> Training {
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

    pub(super) fn log<T: Table + ?Sized>(&mut self, index: usize, table: &T, span: Range<usize>) -> Log {
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

    pub(super) fn reflection<T: Table + ?Sized>(
        &mut self,
        index: usize,
        table: &T,
        span: Range<usize>,
    ) -> Reflection {
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
fn peek_id<T: Table + ?Sized>(table: &T) -> String {
    table.value("id").and_then(|(v, _)| v.as_str().map(str::to_string)).unwrap_or_default()
}
