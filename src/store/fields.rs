//! Reading the values of one table of the data file: each converted to its type, each problem
//! placed at its value.

use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::decode::Reader;
use crate::model::{DateError, Expected, Jp, JpError, Place, ProblemKind, UnknownKeys, parse_hundredths};

/// Every key of `table` not in `known`, converted to plain TOML values; a value that cannot
/// be kept exactly (an integer beyond 64 bits) is returned as a problem rather than dropped.
pub(super) fn extra_of(table: &DeTable<'_>, known: &[&str]) -> (UnknownKeys, Vec<(String, Range<usize>)>) {
    let mut extra = UnknownKeys::new();
    let mut unkeepable = Vec::new();
    for (key, value) in table.iter().filter(|(key, _)| !known.contains(&key.get_ref().as_ref())) {
        match toml::Value::deserialize(ValueDeserializer::from(value.clone())) {
            Ok(converted) => {
                extra.insert(key.get_ref().to_string(), converted);
            }
            Err(_) => unkeepable.push((key.get_ref().to_string(), value.span())),
        }
    }
    (extra, unkeepable)
}

pub(super) fn to_text(value: &DeValue<'_>) -> Result<String, ProblemKind> {
    match value {
        DeValue::String(text) => Ok(text.to_string()),
        other => Err(wrong_type(Expected::Text, other)),
    }
}

/// A whole number; one beyond 64 bits is said as outside `range`, the values the field takes
/// (never as ±9223372036854775807, which no person means).
pub(super) fn to_integer(
    value: &DeValue<'_>,
    range: &std::ops::RangeInclusive<i64>,
) -> Result<i64, ProblemKind> {
    let out_of_range = || ProblemKind::OutOfRange { min: *range.start(), max: *range.end() };
    match value {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).map_err(|_| out_of_range()),
        other => Err(wrong_type(Expected::WholeNumber, other)),
    }
}

/// JP as an integer, a float with at most two decimals, or a string like `"2,5"`.
fn to_jp(value: &DeValue<'_>) -> Result<Jp, ProblemKind> {
    match value {
        DeValue::Integer(_) => to_integer(value, &(i64::MIN..=i64::MAX))
            .map_err(|_| ProblemKind::Jp(JpError::OutOfRange))?
            .checked_mul(100)
            .map(Jp::from_hundredths)
            .ok_or(ProblemKind::Jp(JpError::OutOfRange)),
        DeValue::Float(f) => Jp::from_f64(f.as_str().parse().unwrap_or(f64::NAN)).map_err(ProblemKind::Jp),
        // A number only: the unit `Jp::parse` allows after a typed amount (`24 JP`) is not the file's.
        DeValue::String(text) => parse_hundredths(text).map(Jp::from_hundredths).map_err(ProblemKind::Jp),
        other => Err(wrong_type(Expected::Number, other)),
    }
}

/// A TOML local date, or a quoted `"YYYY-MM-DD"`.
fn to_date(value: &DeValue<'_>) -> Result<NaiveDate, ProblemKind> {
    match value {
        DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                    .ok_or(ProblemKind::Date(DateError::NoSuchDay))
            }
            _ => Err(ProblemKind::WrongType { expected: Expected::Date, found: "datetime".into() }),
        },
        DeValue::String(text) => {
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

pub(super) fn wrong_type(expected: Expected, found: &DeValue<'_>) -> ProblemKind {
    ProblemKind::WrongType { expected, found: found.type_str().to_string() }
}

/// Reads the fields of one table, reporting each problem at its value. It remembers every key
/// it was asked for, so what is left over is the table's unknown keys, with no second list of
/// the known ones to keep in step.
pub(super) struct Fields<'r, 't, 'a, 'i> {
    reader: &'r mut Reader<'t>,
    table: &'a DeTable<'i>,
    span: Range<usize>,
    place: Place,
    read: Vec<&'static str>,
}

impl<'r, 't, 'a, 'i> Fields<'r, 't, 'a, 'i> {
    pub(super) fn new(
        reader: &'r mut Reader<'t>,
        table: &'a DeTable<'i>,
        span: Range<usize>,
        place: Place,
    ) -> Self {
        Fields { reader, table, span, place, read: Vec::new() }
    }

    /// The field converted, or `None` when absent; a failed conversion is reported at the value.
    fn read<T>(
        &mut self,
        key: &'static str,
        convert: impl FnOnce(&DeValue<'_>) -> Result<T, ProblemKind>,
    ) -> Option<T> {
        self.read.push(key);
        let value = self.table.get(key)?;
        match convert(value.get_ref()) {
            Ok(converted) => Some(converted),
            Err(kind) => {
                self.reader.report(self.place.clone(), key, kind, value.span());
                None
            }
        }
    }

    /// Like `read`, and an absent field is reported at its table.
    fn required<T>(
        &mut self,
        key: &'static str,
        convert: impl FnOnce(&DeValue<'_>) -> Result<T, ProblemKind>,
    ) -> Option<T> {
        if !self.table.contains_key(key) {
            self.reader.report(self.place.clone(), key, ProblemKind::Missing, self.span.clone());
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
            DeValue::Boolean(b) => Ok(*b),
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
    pub(super) fn rest(&mut self) -> UnknownKeys {
        let (extra, unkeepable) = extra_of(self.table, &self.read);
        for (_, span) in unkeepable {
            self.reader.report(self.place.clone(), "?", ProblemKind::TooLargeToKeep, span);
        }
        extra
    }
}
