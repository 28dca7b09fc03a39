//! The lean path: a valid file in the layout people and this program write, read line by line
//! with no document kept. It knows the common shapes only (a header of a known table, then
//! `key = value` lines of strings, whole numbers, plain decimals, booleans and local dates, with
//! comments and blank lines anywhere) and gives up on everything else: a multi-line string, an
//! array, an inline table, a dotted or quoted key, a table of its own, a duplicate, anything
//! that needs explaining. Giving up is not an error: the caller then takes the spanned walk of
//! `decode.rs`, which reads any TOML and explains every problem. So this path only ever answers
//! for a file that walk would read the same way.
//!
//! The same scanner finds where each table begins and ends (`layout`), for saves that rewrite
//! only what changed (`edit.rs`).

use std::borrow::Cow;
use std::ops::Range;

use toml::value::{Date, Datetime};

use super::decode::{Decoded, Reader, SECTIONS};
use super::fields::{Table, Text, Val, likely_meant};
use crate::model::{Plan, SCHEMA, UnknownKeys, validate};

/// A value the scanner accepts.
#[derive(Clone, Debug)]
enum Scalar<'t> {
    Str(Text<'t>),
    Int(&'t str),
    Float(&'t str),
    Bool(bool),
    Date(Datetime),
}

#[derive(Clone, Debug)]
struct Pair<'t> {
    key: &'t str,
    /// `tag(key)`: most keys differ here, without comparing their bytes.
    tag: u64,
    key_span: Range<usize>,
    value: Scalar<'t>,
    span: Range<usize>,
}

/// The keys and values of one table, in file order.
struct Pairs<'a, 't>(&'a [Pair<'t>]);

/// A cheap fingerprint of a key: its length and first eight bytes.
fn tag(key: &str) -> u64 {
    let bytes = key.as_bytes();
    let mut tag = bytes.len() as u64;
    for &b in bytes.iter().take(7) {
        tag = (tag << 8) | u64::from(b);
    }
    tag ^ (u64::from(*bytes.last().unwrap_or(&0)) << 56)
}

impl Pairs<'_, '_> {
    fn find(&self, key: &str) -> Option<&Pair<'_>> {
        let wanted = tag(key);
        self.0.iter().find(|p| p.tag == wanted && p.key == key)
    }
}

impl Table for Pairs<'_, '_> {
    fn value(&self, key: &str) -> Option<(Val<'_>, Range<usize>)> {
        let pair = self.find(key)?;
        let value = match &pair.value {
            Scalar::Str(text) => Val::Str(text),
            Scalar::Int(text) => Val::Int { text, radix: 10 },
            Scalar::Float(text) => Val::Float(text),
            Scalar::Bool(b) => Val::Bool(*b),
            Scalar::Date(date) => Val::Datetime(*date),
        };
        Some((value, pair.span.clone()))
    }

    fn keys(&self) -> Vec<(&str, Range<usize>)> {
        self.0.iter().map(|p| (p.key, p.key_span.clone())).collect()
    }

    fn unknown(&self, known: &[&str]) -> (UnknownKeys, Vec<Range<usize>>) {
        let mut extra = UnknownKeys::new();
        let mut unkeepable = Vec::new();
        for pair in self.0.iter().filter(|p| !known.contains(&p.key)) {
            let value = match &pair.value {
                Scalar::Str(text) => toml::Value::String(text.to_string()),
                Scalar::Int(text) => match text.parse() {
                    Ok(n) => toml::Value::Integer(n),
                    Err(_) => {
                        unkeepable.push(pair.span.clone());
                        continue;
                    }
                },
                Scalar::Float(text) => toml::Value::Float(text.parse().unwrap_or(f64::NAN)),
                Scalar::Bool(b) => toml::Value::Boolean(*b),
                Scalar::Date(date) => toml::Value::Datetime(*date),
            };
            extra.insert(pair.key.to_string(), value);
        }
        (extra, unkeepable)
    }
}

/// What a header names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Header<'t> {
    /// The keys before the first header.
    Top,
    Profile,
    Ids,
    Year(&'t str),
    Form(&'t str),
    Training,
    Log,
    Reflection,
}

/// One table of the file and where its text lies.
#[derive(Clone, Debug)]
pub(super) struct Chunk<'t> {
    pub header: Header<'t>,
    /// Where the comments and blank lines after the previous table's last line begin.
    pub decor_start: usize,
    /// Where the comment lines directly above the header (no blank line between) begin: the
    /// record's own comments.
    pub own_start: usize,
    /// The header's `[`; for `Top`, 0.
    pub header_start: usize,
    /// Just after the table's last line of content (its newline included).
    pub end: usize,
    /// The header line's span, where a missing key is reported.
    pub header_span: Range<usize>,
    /// The record's `id`, when it has one.
    pub id: Option<String>,
}

/// The scanner gave up: the file is outside the common shapes (or not valid at all).
struct GiveUp;

struct Scanner<'t> {
    text: &'t str,
    pos: usize,
    started: bool,
    seen: Vec<Header<'t>>,
}

/// The start of a line that is blank or a comment, so belongs to the decor between tables.
enum LineKind {
    Blank,
    Comment,
    Content,
}

impl<'t> Scanner<'t> {
    fn new(text: &'t str) -> Scanner<'t> {
        Scanner { text, pos: 0, started: false, seen: Vec::new() }
    }

    /// The next line's bounds: (start, end without the line break, next line's start).
    fn line_at(&self, start: usize) -> Option<(usize, usize, usize)> {
        if start >= self.text.len() {
            return None;
        }
        let rest = &self.text[start..];
        let (end, next) = match rest.find('\n') {
            Some(at) => (start + at, start + at + 1),
            None => (self.text.len(), self.text.len()),
        };
        let end = if end > start && self.text.as_bytes()[end - 1] == b'\r' { end - 1 } else { end };
        Some((start, end, next))
    }

    fn kind_of(&self, start: usize, end: usize) -> Result<LineKind, GiveUp> {
        let line = &self.text.as_bytes()[start..end];
        if line.contains(&b'\r') {
            return Err(GiveUp);
        }
        let body = skip_ws(line, 0);
        match line.get(body) {
            None => Ok(LineKind::Blank),
            Some(b'#') => {
                comment_ok(&line[body..])?;
                Ok(LineKind::Comment)
            }
            Some(_) => Ok(LineKind::Content),
        }
    }

    /// The next table: its header and its pairs (into `pairs`), or `None` at the end of the file.
    /// The first call gives the top level, even when it is empty.
    fn next_chunk(&mut self, pairs: &mut Vec<Pair<'t>>) -> Result<Option<Chunk<'t>>, GiveUp> {
        pairs.clear();
        if !self.started {
            self.started = true;
            let end = self.body(0, &Header::Top, pairs)?;
            self.pos = end;
            let chunk = Chunk {
                header: Header::Top,
                decor_start: 0,
                own_start: 0,
                header_start: 0,
                end,
                header_span: 0..0,
                id: None,
            };
            return Ok(Some(chunk));
        }
        let decor_start = self.pos;
        let mut at = self.pos;
        let mut own_start = at;
        let (header, header_span, body_at) = loop {
            let Some((start, end, next)) = self.line_at(at) else {
                self.pos = self.text.len();
                return Ok(None);
            };
            match self.kind_of(start, end)? {
                LineKind::Blank => own_start = next,
                LineKind::Comment => {}
                LineKind::Content if self.text[start..end].trim_start().starts_with('[') => {
                    break (self.header(start, end)?, start..end, next);
                }
                LineKind::Content => return Err(GiveUp),
            }
            at = next;
        };
        if !matches!(header, Header::Training | Header::Log | Header::Reflection) {
            if self.seen.contains(&header) {
                return Err(GiveUp);
            }
            self.seen.push(header.clone());
        }
        let end = self.body(body_at, &header, pairs)?.max(body_at);
        self.pos = end;
        let id = Pairs(pairs).find("id").and_then(|p| match &p.value {
            Scalar::Str(text) => Some(text.to_string()),
            _ => None,
        });
        Ok(Some(Chunk {
            header,
            decor_start,
            own_start,
            header_start: header_span.start,
            end,
            header_span,
            id,
        }))
    }

    /// The `key = value` lines from `at` up to the next header, into `pairs`; where the last one
    /// ends (`at` when there is none).
    fn body(&self, mut at: usize, header: &Header<'t>, pairs: &mut Vec<Pair<'t>>) -> Result<usize, GiveUp> {
        let mut end = at;
        while let Some((start, line_end, next)) = self.line_at(at) {
            match self.kind_of(start, line_end)? {
                LineKind::Blank | LineKind::Comment => {}
                LineKind::Content if self.text[start..line_end].trim_start().starts_with('[') => break,
                LineKind::Content => {
                    let pair = self.pair(start, line_end)?;
                    if pairs.iter().any(|p: &Pair<'_>| p.tag == pair.tag && p.key == pair.key) {
                        return Err(GiveUp);
                    }
                    if *header == Header::Top && SECTIONS.contains(&pair.key) && pair.key != "schema" {
                        return Err(GiveUp);
                    }
                    pairs.push(pair);
                    end = next;
                }
            }
            at = next;
        }
        Ok(end)
    }

    /// `[profile]`, `[ids]`, `[years.2027]`, `[forms.seminar]`, `[[training]]`, `[[log]]`,
    /// `[[reflection]]`, with nothing but a comment after it.
    fn header(&self, start: usize, end: usize) -> Result<Header<'t>, GiveUp> {
        let line = &self.text[start..end];
        let body = line.trim_start();
        let (inner, rest) = if let Some(after) = body.strip_prefix("[[") {
            let close = after.find("]]").ok_or(GiveUp)?;
            (&after[..close], &after[close + 2..])
        } else {
            let after = &body[1..];
            let close = after.find(']').ok_or(GiveUp)?;
            (&after[..close], &after[close + 1..])
        };
        let rest = rest.trim_start_matches([' ', '\t']);
        if !(rest.is_empty() || rest.starts_with('#')) {
            return Err(GiveUp);
        }
        let array = body.starts_with("[[");
        let header = match (array, inner) {
            (true, "training") => Header::Training,
            (true, "log") => Header::Log,
            (true, "reflection") => Header::Reflection,
            (false, "profile") => Header::Profile,
            (false, "ids") => Header::Ids,
            (false, name) => match name.split_once('.') {
                Some(("years", year)) if bare_key(year) => Header::Year(year),
                Some(("forms", key)) if bare_key(key) => Header::Form(key),
                _ => return Err(GiveUp),
            },
            _ => return Err(GiveUp),
        };
        Ok(header)
    }

    /// `key = value`, with only a comment after the value.
    fn pair(&self, start: usize, end: usize) -> Result<Pair<'t>, GiveUp> {
        let bytes = &self.text.as_bytes()[..end];
        let key_start = skip_ws(bytes, start);
        let mut i = key_start;
        while i < end && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'-') {
            i += 1;
        }
        if i == key_start {
            return Err(GiveUp);
        }
        let key = &self.text[key_start..i];
        i = skip_ws(bytes, i);
        if bytes.get(i) != Some(&b'=') {
            return Err(GiveUp);
        }
        let value_start = skip_ws(bytes, i + 1);
        let (value, value_end) = self.value(value_start, end)?;
        let after = skip_ws(bytes, value_end);
        if after < end {
            if bytes[after] != b'#' {
                return Err(GiveUp);
            }
            comment_ok(&bytes[after..end])?;
        }
        Ok(Pair { key, tag: tag(key), key_span: key_start..i, value, span: value_start..value_end })
    }

    fn value(&self, start: usize, end: usize) -> Result<(Scalar<'t>, usize), GiveUp> {
        let bytes = &self.text.as_bytes()[..end];
        let delimited = |at: usize| at == end || matches!(bytes[at], b' ' | b'\t' | b'#');
        match bytes.get(start).ok_or(GiveUp)? {
            b'"' => {
                if bytes[start..].starts_with(b"\"\"\"") {
                    return Err(GiveUp);
                }
                let (text, close) = basic_string(self.text, start + 1, end)?;
                Ok((Scalar::Str(text), close + 1))
            }
            b'\'' => {
                if bytes[start..].starts_with(b"'''") {
                    return Err(GiveUp);
                }
                let close = start + 1 + self.text[start + 1..end].find('\'').ok_or(GiveUp)?;
                let text = &self.text[start + 1..close];
                if text.bytes().any(is_control) {
                    return Err(GiveUp);
                }
                Ok((Scalar::Str(Cow::Borrowed(text)), close + 1))
            }
            b't' if bytes[start..].starts_with(b"true") && delimited(start + 4) => {
                Ok((Scalar::Bool(true), start + 4))
            }
            b'f' if bytes[start..].starts_with(b"false") && delimited(start + 5) => {
                Ok((Scalar::Bool(false), start + 5))
            }
            b'0'..=b'9' | b'-' => {
                if let Some(date) = local_date(&bytes[start..]) {
                    if !delimited(start + 10) {
                        return Err(GiveUp);
                    }
                    // `2026-03-12 10:00` is a date and time: not ours to read.
                    if start + 11 < end && bytes[start + 10] == b' ' && bytes[start + 11].is_ascii_digit() {
                        return Err(GiveUp);
                    }
                    return Ok((Scalar::Date(date), start + 10));
                }
                let mut i = start + usize::from(bytes[start] == b'-');
                let digits = i;
                while i < end && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                // One digit, or no leading zero.
                if i == digits || (bytes[digits] == b'0' && i - digits > 1) {
                    return Err(GiveUp);
                }
                if i < end && bytes[i] == b'.' {
                    let fraction = i + 1;
                    i = fraction;
                    while i < end && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                    if i == fraction || !delimited(i) {
                        return Err(GiveUp);
                    }
                    return Ok((Scalar::Float(&self.text[start..i]), i));
                }
                if !delimited(i) {
                    return Err(GiveUp);
                }
                Ok((Scalar::Int(&self.text[start..i]), i))
            }
            _ => Err(GiveUp),
        }
    }
}

fn skip_ws(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() && matches!(bytes[at], b' ' | b'\t') {
        at += 1;
    }
    at
}

/// A control character TOML refuses in strings and comments (tab is allowed).
fn is_control(b: u8) -> bool {
    (b < 0x20 && b != b'\t') || b == 0x7f
}

fn comment_ok(comment: &[u8]) -> Result<(), GiveUp> {
    if comment.iter().copied().any(is_control) { Err(GiveUp) } else { Ok(()) }
}

fn bare_key(key: &str) -> bool {
    !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// `YYYY-MM-DD` that is a real day.
fn local_date(bytes: &[u8]) -> Option<Datetime> {
    let shape = bytes.len() >= 10
        && bytes[..10]
            .iter()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if !shape {
        return None;
    }
    let number = |range: Range<usize>| bytes[range].iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    chrono::NaiveDate::from_ymd_opt(year as i32, month, day)?;
    Some(Datetime {
        date: Some(Date { year: year as u16, month: month as u8, day: day as u8 }),
        time: None,
        offset: None,
    })
}

/// A one-line basic string from `start` (after the quote) up to its closing quote: its text and
/// where the quote is. Escapes of TOML 1.0 are read; anything unusual gives up.
fn basic_string(text: &str, start: usize, end: usize) -> Result<(Text<'_>, usize), GiveUp> {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut owned: Option<String> = None;
    let mut copied = start;
    while i < end {
        match bytes[i] {
            b'"' => {
                let text = match owned {
                    Some(mut s) => {
                        s.push_str(&text[copied..i]);
                        Cow::Owned(s)
                    }
                    None => Cow::Borrowed(&text[start..i]),
                };
                return Ok((text, i));
            }
            b'\\' => {
                let s = owned.get_or_insert_with(String::new);
                s.push_str(&text[copied..i]);
                let code = *bytes.get(i + 1).ok_or(GiveUp)?;
                let (ch, width) = match code {
                    b'b' => ('\u{8}', 2),
                    b't' => ('\t', 2),
                    b'n' => ('\n', 2),
                    b'f' => ('\u{c}', 2),
                    b'r' => ('\r', 2),
                    b'"' => ('"', 2),
                    b'\\' => ('\\', 2),
                    b'u' | b'U' => {
                        let digits = if code == b'u' { 4 } else { 8 };
                        let hex = text
                            .get(i + 2..i + 2 + digits)
                            .filter(|_| i + 2 + digits <= end)
                            .ok_or(GiveUp)?;
                        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                            return Err(GiveUp);
                        }
                        let ch = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32).ok_or(GiveUp)?;
                        (ch, 2 + digits)
                    }
                    _ => return Err(GiveUp),
                };
                s.push(ch);
                i += width;
                copied = i;
            }
            b if is_control(b) => return Err(GiveUp),
            _ => i += 1,
        }
    }
    Err(GiveUp)
}

/// Reads a valid file in the common layout, or `None` when it is not one (then the spanned walk
/// reads it, and explains what is wrong if anything is).
pub(super) fn decode(text: &str) -> Option<Decoded> {
    if text.starts_with('\u{feff}') {
        return None;
    }
    let mut scanner = Scanner::new(text);
    let mut reader = Reader::new(text);
    let mut plan = Plan::default();
    let mut schema = SCHEMA;
    let mut pairs = Vec::new();
    while let Some(chunk) = scanner.next_chunk(&mut pairs).ok()? {
        let table = Pairs(&pairs);
        let span = chunk.header_span.clone();
        match chunk.header {
            Header::Top => {
                schema = reader.schema_value(table.value("schema"));
                let extra = reader.top_level_rest(&table);
                // A top-level key like a misspelt section is for the spanned walk to judge.
                if extra.keys().any(|k| likely_meant(k, &SECTIONS).is_some()) {
                    return None;
                }
                plan.extra = extra;
            }
            Header::Profile => plan.profile = reader.profile(&table, span),
            Header::Ids => plan.ids = reader.ids(&table, span),
            Header::Year(key) => {
                let year = reader.year_key(key, span.clone())?;
                let settings = reader.year_settings(year, &table, span);
                plan.years.insert(year, settings);
            }
            Header::Form(key) => {
                let rule = reader.form_override(key, &table, span);
                plan.forms.insert(key.to_string(), rule);
            }
            Header::Training => {
                let training = reader.training(plan.trainings.len(), &table, span);
                plan.trainings.push(training);
            }
            Header::Log => {
                let log = reader.log(plan.logs.len(), &table, span);
                plan.logs.push(log);
            }
            Header::Reflection => {
                let reflection = reader.reflection(plan.reflections.len(), &table, span);
                plan.reflections.push(reflection);
            }
        }
        if !reader.problems.is_empty() {
            return None;
        }
    }
    if !validate(&plan).is_empty() {
        return None;
    }
    let mut typos = reader.typos;
    typos.sort_by_key(|t| t.at);
    Some(Decoded { plan, schema, typos })
}

/// Every table of a file in the common layout, in file order, or `None` for any other file.
pub(super) fn layout(text: &str) -> Option<Vec<Chunk<'_>>> {
    if text.starts_with('\u{feff}') {
        return None;
    }
    let mut scanner = Scanner::new(text);
    let mut pairs = Vec::new();
    let mut chunks = Vec::new();
    while let Some(chunk) = scanner.next_chunk(&mut pairs).ok()? {
        chunks.push(chunk);
    }
    Some(chunks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_is_read_the_lean_way_and_the_same_as_the_spanned_way() {
        let sample = include_str!("../../assets/sample.toml");
        let lean = decode(sample).expect("the sample is in the common layout");
        let spanned = super::super::decode::decode_spanned(sample).unwrap();
        assert_eq!(lean.plan, spanned.plan);
    }

    #[test]
    fn unusual_shapes_are_left_to_the_spanned_walk() {
        for text in [
            "x = [1, 2]\n",
            "x = \"\"\"a\"\"\"\n",
            "a.b = 1\n",
            "\"quoted\" = 1\n",
            "[sync]\nx = 1\n",
            "[profile]\n[profile]\n",
            "[profile]\nname = \"a\"\nname = \"b\"\n",
            "x = 07\n",
            "x = 1_000\n",
            "x = 2026-03-12T10:00:00\n",
            "x = 2026-03-12 10:00:00\n",
            "x = 2026-02-30\n",
            "x = \"a\\e\"\n",
            "x = 1e3\n",
            "x = inf\n",
            "x = +1\n",
            "x = \"tab\u{1}\"\n",
            "# comment \u{7f}\n",
            "x = 1\ry = 2\n",
            "[[training]]\nid = \"t1\"\nyear = 2026\ntitle = \"Kursus\"\nplanned_jp = -1\n",
        ] {
            assert!(decode(text).is_none(), "{text:?}");
        }
    }

    #[test]
    fn strings_read_with_their_escapes() {
        let text = "[profile]\nname = \"Sari \\\"S\\\" \\u00e9\\t\\\\\"  # nama\nunit = 'C:\\dir'\n";
        let plan = decode(text).unwrap().plan;
        assert_eq!(plan.profile.name, "Sari \"S\" é\t\\");
        assert_eq!(plan.profile.unit, "C:\\dir");
    }

    #[test]
    fn the_layout_places_each_table_with_its_own_comments() {
        let text = "schema = 1\n\n# file note\n\n# about t1\n[[training]]\nid = \"t1\"\n# inside\nyear = 2026\n\n[[log]]\nid = \"l1\"\n";
        let chunks = layout(text).unwrap();
        assert_eq!(chunks.len(), 3);
        let t1 = &chunks[1];
        assert_eq!(&text[t1.own_start..t1.header_start], "# about t1\n");
        assert_eq!(&text[t1.header_start..t1.end], "[[training]]\nid = \"t1\"\n# inside\nyear = 2026\n");
        assert_eq!(t1.id.as_deref(), Some("t1"));
        assert_eq!(&text[t1.decor_start..t1.own_start], "\n# file note\n\n");
        assert_eq!(&text[chunks[2].header_start..chunks[2].end], "[[log]]\nid = \"l1\"\n");
    }
}
