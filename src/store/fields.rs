//! Reading the values of one table of the data file: each converted to its type, each problem
//! placed at its value. The same reads serve the lean path (`lean.rs`, a valid file read line by
//! line) and the spanned walk (`decode.rs`, any file, for explaining what is wrong), through the
//! small `Table` trait, so the known keys of each table are written down once, in the reads.

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::value::Datetime;

use super::decode::{Reader, Typo};
use crate::model::{DateError, Expected, Jp, JpError, Place, ProblemKind, UnknownKeys, parse_hundredths};

/// One value as the readers see it, whichever path found it.
#[derive(Clone, Debug)]
pub(super) enum Val<'a> {
    Str(&'a str),
    Int {
        text: &'a str,
        radix: u32,
    },
    Float(&'a str),
    Bool(bool),
    Datetime(Datetime),
    /// An array or a table: only ever the wrong type for a known key.
    Other(&'static str),
}

impl Val<'_> {
    pub(super) fn of<'a>(value: &'a DeValue<'_>) -> Val<'a> {
        match value {
            DeValue::String(text) => Val::Str(text),
            DeValue::Integer(i) => Val::Int { text: i.as_str(), radix: i.radix() },
            DeValue::Float(f) => Val::Float(f.as_str()),
            DeValue::Boolean(b) => Val::Bool(*b),
            DeValue::Datetime(dt) => Val::Datetime(*dt),
            other => Val::Other(other.type_str()),
        }
    }

    fn type_str(&self) -> &'static str {
        match self {
            Val::Str(_) => "string",
            Val::Int { .. } => "integer",
            Val::Float(_) => "float",
            Val::Bool(_) => "boolean",
            Val::Datetime(_) => "datetime",
            Val::Other(kind) => kind,
        }
    }

    pub(super) fn as_str(&self) -> Option<&str> {
        match self {
            Val::Str(text) => Some(text),
            _ => None,
        }
    }
}

/// A table of the file, as one of the two paths holds it.
pub(super) trait Table {
    /// The value of `key` and where it is.
    fn value(&self, key: &str) -> Option<(Val<'_>, Range<usize>)>;
    /// Every key with where it is, in file order.
    fn keys(&self) -> Vec<(&str, Range<usize>)>;
    /// The keys not in `known`, as plain TOML values; a value that cannot be kept exactly (an
    /// integer beyond 64 bits) is returned with its place rather than dropped.
    fn unknown(&self, known: &[&str]) -> (UnknownKeys, Vec<Range<usize>>);
}

impl Table for DeTable<'_> {
    fn value(&self, key: &str) -> Option<(Val<'_>, Range<usize>)> {
        self.get(key).map(|v| (Val::of(v.get_ref()), v.span()))
    }

    fn keys(&self) -> Vec<(&str, Range<usize>)> {
        self.iter().map(|(k, _)| (k.get_ref().as_ref(), k.span())).collect()
    }

    fn unknown(&self, known: &[&str]) -> (UnknownKeys, Vec<Range<usize>>) {
        extra_of(self, known)
    }
}

/// Every key of `table` not in `known`, converted to plain TOML values; a value that cannot
/// be kept exactly (an integer beyond 64 bits) is returned as a problem rather than dropped.
pub(super) fn extra_of(table: &DeTable<'_>, known: &[&str]) -> (UnknownKeys, Vec<Range<usize>>) {
    let mut extra = UnknownKeys::new();
    let mut unkeepable = Vec::new();
    for (key, value) in table.iter().filter(|(key, _)| !known.contains(&key.get_ref().as_ref())) {
        match toml::Value::deserialize(ValueDeserializer::from(value.clone())) {
            Ok(converted) => {
                extra.insert(key.get_ref().to_string(), converted);
            }
            Err(_) => unkeepable.push(value.span()),
        }
    }
    (extra, unkeepable)
}

/// The known key an unknown one most likely misspells: close in Damerau–Levenshtein distance
/// (one edit for short keys, two for longer ones; case and `-` for `_` count as nothing), or the
/// known key cut short or run on (`target` for `target_jp`, `provider_name` for `provider`).
pub(super) fn likely_meant(written: &str, known: &[&'static str]) -> Option<&'static str> {
    let norm = written.to_lowercase().replace('-', "_");
    let distance = |k: &str| {
        let edits = strsim::damerau_levenshtein(&norm, k);
        let limit = if k.len().min(norm.len()) <= 4 { 1 } else { 2 };
        let cut =
            norm.len() >= 4 && (k.starts_with(&format!("{norm}_")) || norm.starts_with(&format!("{k}_")));
        if edits <= limit {
            Some(edits)
        } else if cut {
            Some(limit + 1)
        } else {
            None
        }
    };
    known.iter().filter_map(|k| distance(k).map(|d| (d, *k))).min_by_key(|(d, _)| *d).map(|(_, k)| k)
}

pub(super) fn to_text(value: &Val<'_>) -> Result<String, ProblemKind> {
    match value {
        Val::Str(text) => Ok(text.to_string()),
        other => Err(wrong_type(Expected::Text, other)),
    }
}

/// A whole number; one beyond 64 bits is said as outside `range`, the values the field takes
/// (never as ±9223372036854775807, which no person means).
pub(super) fn to_integer(value: &Val<'_>, range: &std::ops::RangeInclusive<i64>) -> Result<i64, ProblemKind> {
    let out_of_range = || ProblemKind::OutOfRange { min: *range.start(), max: *range.end() };
    match value {
        Val::Int { text, radix } => i64::from_str_radix(text, *radix).map_err(|_| out_of_range()),
        other => Err(wrong_type(Expected::WholeNumber, other)),
    }
}

/// JP as an integer, a float with at most two decimals, or a string like `"2,5"`.
fn to_jp(value: &Val<'_>) -> Result<Jp, ProblemKind> {
    match value {
        Val::Int { .. } => to_integer(value, &(i64::MIN..=i64::MAX))
            .map_err(|_| ProblemKind::Jp(JpError::OutOfRange))?
            .checked_mul(100)
            .map(Jp::from_hundredths)
            .ok_or(ProblemKind::Jp(JpError::OutOfRange)),
        Val::Float(f) => Jp::from_f64(f.parse().unwrap_or(f64::NAN)).map_err(ProblemKind::Jp),
        // A number only: the unit `Jp::parse` allows after a typed amount (`24 JP`) is not the file's.
        Val::Str(text) => parse_hundredths(text).map(Jp::from_hundredths).map_err(ProblemKind::Jp),
        other => Err(wrong_type(Expected::Number, other)),
    }
}

/// A TOML local date, or a quoted `"YYYY-MM-DD"`.
fn to_date(value: &Val<'_>) -> Result<NaiveDate, ProblemKind> {
    match value {
        Val::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                    .ok_or(ProblemKind::Date(DateError::NoSuchDay))
            }
            _ => Err(ProblemKind::WrongType { expected: Expected::Date, found: "datetime".into() }),
        },
        Val::Str(text) => {
            // Exactly YYYY-MM-DD: chrono alone would also take signed and five-digit years.
            let text = text.trim();
            let shaped_right = text.len() == 10
                && text
                    .bytes()
                    .enumerate()
                    .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
            if !shaped_right {
                return Err(ProblemKind::Date(DateError::Unreadable));
            }
            NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| ProblemKind::Date(DateError::NoSuchDay))
        }
        other => Err(wrong_type(Expected::Date, other)),
    }
}

pub(super) fn wrong_type(expected: Expected, found: &Val<'_>) -> ProblemKind {
    ProblemKind::WrongType { expected, found: found.type_str().to_string() }
}

/// Reads the fields of one table, reporting each problem at its value. It remembers every key
/// it was asked for, so what is left over is the table's unknown keys, with no second list of
/// the known ones to keep in step.
pub(super) struct Fields<'r, 't, 'a, T: Table + ?Sized> {
    reader: &'r mut Reader<'t>,
    table: &'a T,
    span: Range<usize>,
    place: Place,
    read: Vec<&'static str>,
}

impl<'r, 't, 'a, T: Table + ?Sized> Fields<'r, 't, 'a, T> {
    pub(super) fn new(reader: &'r mut Reader<'t>, table: &'a T, span: Range<usize>, place: Place) -> Self {
        Fields { reader, table, span, place, read: Vec::with_capacity(16) }
    }

    /// The field converted, or `None` when absent; a failed conversion is reported at the value.
    fn read<V>(
        &mut self,
        key: &'static str,
        convert: impl FnOnce(&Val<'_>) -> Result<V, ProblemKind>,
    ) -> Option<V> {
        self.read.push(key);
        let (value, span) = self.table.value(key)?;
        match convert(&value) {
            Ok(converted) => Some(converted),
            Err(kind) => {
                self.reader.report(self.place.clone(), key, kind, span);
                None
            }
        }
    }

    /// Like `read`, and an absent field is reported at its table, naming the key that most
    /// likely misspells it when there is one (`planed_jp` for `planned_jp`).
    fn required<V>(
        &mut self,
        key: &'static str,
        convert: impl FnOnce(&Val<'_>) -> Result<V, ProblemKind>,
    ) -> Option<V> {
        if self.table.value(key).is_none() {
            let typo = self.table.keys().into_iter().find_map(|(written, span)| {
                (likely_meant(written, &[key]) == Some(key)).then(|| Typo {
                    place: self.place.clone(),
                    written: written.to_string(),
                    meant: key,
                    at: self.reader.line_col(span.start),
                })
            });
            self.reader.report_missing(self.place.clone(), key, self.span.clone(), typo);
        }
        self.read(key, convert)
    }

    pub(super) fn optional_text(&mut self, key: &'static str) -> Option<String> {
        self.read(key, to_text).filter(|text| !text.is_empty())
    }

    pub(super) fn text(&mut self, key: &'static str) -> String {
        self.optional_text(key).unwrap_or_default()
    }

    pub(super) fn required_text(&mut self, key: &'static str) -> String {
        self.required(key, to_text).unwrap_or_default()
    }

    /// A whole number that must lie in `range`; outside it is reported, never clamped.
    pub(super) fn bounded(&mut self, key: &'static str, range: std::ops::RangeInclusive<i64>) -> Option<i64> {
        let (min, max) = (*range.start(), *range.end());
        self.read(key, |value| {
            to_integer(value, &range).and_then(|n| {
                if range.contains(&n) { Ok(n) } else { Err(ProblemKind::OutOfRange { min, max }) }
            })
        })
    }

    /// A whole number that is required; one beyond 64 bits is said as outside `range`.
    pub(super) fn required_integer(
        &mut self,
        key: &'static str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Option<i64> {
        self.required(key, |value| to_integer(value, &range))
    }

    pub(super) fn bool(&mut self, key: &'static str) -> Option<bool> {
        self.read(key, |value| match value {
            Val::Bool(b) => Ok(*b),
            other => Err(wrong_type(Expected::Bool, other)),
        })
    }

    pub(super) fn jp(&mut self, key: &'static str) -> Option<Jp> {
        self.read(key, to_jp)
    }

    pub(super) fn required_jp(&mut self, key: &'static str) -> Jp {
        self.required(key, to_jp).unwrap_or(Jp::ZERO)
    }

    pub(super) fn date(&mut self, key: &'static str) -> Option<NaiveDate> {
        self.read(key, to_date)
    }

    pub(super) fn required_date(&mut self, key: &'static str) -> NaiveDate {
        self.required(key, to_date).unwrap_or_default()
    }

    pub(super) fn key_enum<E>(
        &mut self,
        key: &'static str,
        from_key: fn(&str) -> Option<E>,
        keys: &'static [&'static str],
    ) -> Option<E> {
        self.read(key, |value| from_key(to_text(value)?.trim()).ok_or(ProblemKind::NotOneOf(keys)))
    }

    /// The keys of the table that no call above asked for: the ones the program does not know.
    /// One that looks like a misspelt known key whose own key is absent is named as a typo.
    pub(super) fn rest(&mut self) -> UnknownKeys {
        let (extra, unkeepable) = self.table.unknown(&self.read);
        for span in unkeepable {
            self.reader.report(self.place.clone(), "?", ProblemKind::TooLargeToKeep, span);
        }
        if !extra.is_empty() {
            for (written, span) in self.table.keys() {
                if !extra.contains_key(written) {
                    continue;
                }
                let absent: Vec<&'static str> =
                    self.read.iter().copied().filter(|k| self.table.value(k).is_none()).collect();
                if let Some(meant) = likely_meant(written, &absent) {
                    let at = self.reader.line_col(span.start);
                    self.reader.typo(Typo {
                        place: self.place.clone(),
                        written: written.to_string(),
                        meant,
                        at,
                    });
                }
            }
        }
        extra
    }
}

/// A string of the file as the lean path holds it: borrowed unless it had escapes.
pub(super) type Text<'t> = Cow<'t, str>;
