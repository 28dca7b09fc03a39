//! Saves that keep the file as the person wrote it, the way `cargo add` edits `Cargo.toml`:
//! the plan as last read (`before`) is compared with the plan to write (`after`), and only what
//! differs is rewritten, with `toml_edit`, which keeps comments, blank lines, key order, spacing
//! and quoting. Records are matched by their `id`: a changed record has only its changed keys
//! rewritten, a deleted one goes with its own comments (the comment lines directly above its
//! header) and nothing else, and a new one follows the layout of the records of its kind.
//!
//! A file in the common layout (`lean::layout` finds where each table begins and ends) is
//! edited table by table: only the tables that change are parsed, so a save costs about the
//! same at any size. Any other file is parsed whole into a `toml_edit` document and edited there.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use toml::{Table, Value};
use toml_edit::{ArrayOfTables, DocumentMut, Item};

use super::encode::{self, encode, render};
use super::lean::{self, Chunk, Header};
use crate::model::{Log, Plan, Reflection, Training};

/// The text to write for `after`, given the file's text as it was read into `before`.
pub(super) fn edit(text: Option<&str>, before: &Plan, after: &Plan) -> String {
    let Some(text) = text.filter(|text| !text.trim().is_empty()) else {
        // No file yet, or nothing in it to keep: the program's own layout.
        return encode(after);
    };
    if let Some(edited) = splice(text, before, after) {
        return edited;
    }
    match text.parse::<DocumentMut>() {
        Ok(mut doc) => {
            edit_document(&mut doc, before, after);
            doc.to_string()
        }
        Err(_) => encode(after),
    }
}

/// Rewrites the keys of `table` that differ between `before` and `after` (each the table as
/// the program writes it), keeping every other key, and each kept value's comment and spacing.
fn edit_table(table: &mut toml_edit::Table, before: &Table, after: &Table) {
    for (key, value) in after {
        if before.get(key) == Some(value) {
            continue;
        }
        match table.get_mut(key) {
            Some(Item::Value(old)) => {
                let decor = old.decor().clone();
                *old = to_value(value);
                *old.decor_mut() = decor;
            }
            Some(item) => *item = to_item(value),
            None => {
                table.insert(key, to_item(value));
            }
        }
    }
    for key in before.keys().filter(|key| !after.contains_key(*key)) {
        table.remove(key);
    }
}

fn to_item(value: &Value) -> Item {
    Item::Value(to_value(value))
}

fn to_value(value: &Value) -> toml_edit::Value {
    match value {
        Value::String(text) => text.as_str().into(),
        Value::Integer(n) => (*n).into(),
        Value::Float(f) => (*f).into(),
        Value::Boolean(b) => (*b).into(),
        Value::Datetime(dt) => (*dt).into(),
        Value::Array(items) => toml_edit::Value::Array(items.iter().map(to_value).collect()),
        Value::Table(table) => {
            let mut inline = toml_edit::InlineTable::new();
            for (key, value) in table {
                inline.insert(key, to_value(value));
            }
            toml_edit::Value::InlineTable(inline)
        }
    }
}

/// One record of the plan, compared as it is and written out only when it must be.
#[derive(Clone, Copy, PartialEq)]
enum Rec<'p> {
    Training(&'p Training),
    Log(&'p Log),
    Reflection(&'p Reflection),
}

impl Rec<'_> {
    /// The record as the program writes it.
    fn table(self) -> Table {
        match self {
            Rec::Training(t) => encode::training(t),
            Rec::Log(l) => encode::log(l),
            Rec::Reflection(r) => encode::reflection(r),
        }
    }
}

/// A record kind: its key in the file, and its records by ID, before and after.
struct Records<'p> {
    key: &'static str,
    header: Header<'static>,
    before: Vec<(&'p str, Rec<'p>)>,
    after: Vec<(&'p str, Rec<'p>)>,
}

fn records<'p>(before: &'p Plan, after: &'p Plan) -> [Records<'p>; 3] {
    let trainings =
        |plan: &'p Plan| plan.trainings.iter().map(|t| (t.id.as_str(), Rec::Training(t))).collect();
    let logs = |plan: &'p Plan| plan.logs.iter().map(|l| (l.id.as_str(), Rec::Log(l))).collect();
    let reflections =
        |plan: &'p Plan| plan.reflections.iter().map(|r| (r.id.as_str(), Rec::Reflection(r))).collect();
    [
        Records {
            key: "training",
            header: Header::Training,
            before: trainings(before),
            after: trainings(after),
        },
        Records { key: "log", header: Header::Log, before: logs(before), after: logs(after) },
        Records {
            key: "reflection",
            header: Header::Reflection,
            before: reflections(before),
            after: reflections(after),
        },
    ]
}

/// A table (not a record) of the file: where it sits, and how the program writes it.
struct Section {
    path: Vec<String>,
    header: Header<'static>,
    before: Option<Table>,
    after: Option<Table>,
}

fn sections(before: &Plan, after: &Plan) -> Vec<Section> {
    let mut out = vec![Section {
        path: vec!["profile".into()],
        header: Header::Profile,
        before: Some(encode::profile(&before.profile)),
        after: Some(encode::profile(&after.profile)),
    }];
    let years: std::collections::BTreeSet<i32> =
        before.years.keys().chain(after.years.keys()).copied().collect();
    for year in years {
        out.push(Section {
            path: vec!["years".into(), year.to_string()],
            header: Header::Year(""),
            before: before.years.get(&year).map(encode::year_settings),
            after: after.years.get(&year).map(encode::year_settings),
        });
    }
    let forms: std::collections::BTreeSet<&String> = before.forms.keys().chain(after.forms.keys()).collect();
    for key in forms {
        out.push(Section {
            path: vec!["forms".into(), key.clone()],
            header: Header::Form(""),
            before: before.forms.get(key).map(encode::form_override),
            after: after.forms.get(key).map(encode::form_override),
        });
    }
    out.push(Section {
        path: vec!["ids".into()],
        header: Header::Ids,
        before: Some(encode::ids(before)),
        after: Some(encode::ids(after)),
    });
    out
}

/// Where a kind of table goes in a file that has none yet: the program's order.
fn rank(header: &Header<'_>) -> u8 {
    match header {
        Header::Top => 0,
        Header::Profile => 1,
        Header::Year(_) => 2,
        Header::Form(_) => 3,
        Header::Ids => 4,
        Header::Training => 5,
        Header::Log => 6,
        Header::Reflection => 7,
    }
}

fn same_kind(a: &Header<'_>, b: &Header<'_>) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// The chunk of `section` in the layout, if the file has it.
fn chunk_of<'c, 't>(chunks: &'c [Chunk<'t>], section: &Section) -> Option<&'c Chunk<'t>> {
    chunks.iter().find(|chunk| match (&chunk.header, section.path.as_slice()) {
        (Header::Profile, [p]) => p == "profile",
        (Header::Ids, [p]) => p == "ids",
        (Header::Year(year), [p, key]) => p == "years" && year == key,
        (Header::Form(form), [p, key]) => p == "forms" && form == key,
        _ => false,
    })
}

/// The text edits of one save: ranges of the old text and what replaces them.
#[derive(Default)]
struct Edits(Vec<(Range<usize>, String)>);

impl Edits {
    fn push(&mut self, range: Range<usize>, text: String) {
        self.0.push((range, text));
    }

    fn apply(mut self, text: &str) -> String {
        // An insertion at a place sorts before a change that starts there.
        self.0.sort_by_key(|(range, _)| (range.start, range.end));
        let mut out = String::with_capacity(text.len() + 256);
        let mut cursor = 0;
        for (range, replacement) in self.0 {
            out.push_str(&text[cursor..range.start.max(cursor)]);
            out.push_str(&replacement);
            cursor = cursor.max(range.end);
        }
        out.push_str(&text[cursor..]);
        out
    }
}

/// Edits a file in the common layout table by table; `None` when it is not in that layout (or
/// does not match `before`), for the whole-document edit.
fn splice(text: &str, before: &Plan, after: &Plan) -> Option<String> {
    let chunks = lean::layout(text)?;
    let mut edits = Edits::default();

    let top = chunks.first()?;
    let (top_before, top_after) = (encode::top(before), encode::top(after));
    if top_before != top_after {
        let edited = edit_snippet(&text[..top.end], &[], false, &top_before, &top_after)?;
        edits.push(0..top.end, edited);
    }

    for section in sections(before, after) {
        if section.before == section.after {
            continue;
        }
        let path: Vec<&str> = section.path.iter().map(String::as_str).collect();
        match (chunk_of(&chunks, &section), &section.after) {
            (Some(chunk), Some(after)) => {
                let empty = Table::new();
                let before = section.before.as_ref().unwrap_or(&empty);
                let edited = edit_snippet(&text[chunk.header_start..chunk.end], &path, false, before, after)?;
                edits.push(chunk.header_start..chunk.end, edited);
            }
            (Some(chunk), None) => edits.push(deletion(text, chunk), String::new()),
            (None, Some(after)) => {
                let rendered = render(&path, false, after.clone());
                let (at, text) = insertion_before_rank(text, &chunks, rank(&section.header), rendered);
                edits.push(at..at, text);
            }
            (None, None) => {}
        }
    }

    for kind in records(before, after) {
        if kind.before == kind.after {
            continue;
        }
        let mine: Vec<&Chunk<'_>> = chunks.iter().filter(|c| same_kind(&c.header, &kind.header)).collect();
        let matches = mine.len() == kind.before.len()
            && mine.iter().zip(&kind.before).all(|(chunk, (id, _))| chunk.id.as_deref() == Some(*id));
        if !matches {
            return None;
        }
        let before_index: HashMap<&str, usize> =
            kind.before.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();
        let after_by_id: HashMap<&str, Rec<'_>> = kind.after.iter().copied().collect();
        let after_ids: HashSet<&str> = after_by_id.keys().copied().collect();
        // Deleted and changed records.
        for (i, (id, old)) in kind.before.iter().enumerate() {
            let chunk = mine[i];
            match after_by_id.get(id) {
                None => edits.push(deletion(text, chunk), String::new()),
                Some(new) if new != old => {
                    let snippet = &text[chunk.header_start..chunk.end];
                    let edited = edit_snippet(snippet, &[kind.key], true, &old.table(), &new.table())?;
                    edits.push(chunk.header_start..chunk.end, edited);
                }
                Some(_) => {}
            }
        }
        // New records: after the record that precedes them in the plan, in the style of the
        // records of their kind.
        let template = mine.iter().rev().find(|c| after_ids.contains(c.id.as_deref().unwrap_or_default()));
        let style = Style::of(text, &mine, template.copied());
        let mut anchor: Option<&Chunk<'_>> = None;
        let mut pending: Vec<Rec<'_>> = Vec::new();
        let flush = |anchor: Option<&Chunk<'_>>, pending: &mut Vec<Rec<'_>>, edits: &mut Edits| {
            if pending.is_empty() {
                return;
            }
            let rendered: String = pending
                .drain(..)
                .map(|rec| style.render(kind.key, &rec.table()))
                .collect::<Vec<_>>()
                .join(&style.gap);
            match anchor {
                Some(chunk) => {
                    let newline = if chunk.end == text.len() && !text.ends_with('\n') { "\n" } else { "" };
                    edits.push(chunk.end..chunk.end, format!("{newline}{}{rendered}", style.gap));
                }
                None => {
                    let first_kept =
                        mine.iter().find(|c| after_ids.contains(c.id.as_deref().unwrap_or_default()));
                    let (at, text) = match first_kept {
                        Some(chunk) => (chunk.own_start, format!("{rendered}{}", style.gap)),
                        None => insertion_before_rank(text, &chunks, rank(&kind.header), rendered),
                    };
                    edits.push(at..at, text);
                }
            }
        };
        for (id, rec) in &kind.after {
            match before_index.get(id) {
                Some(&i) => {
                    flush(anchor, &mut pending, &mut edits);
                    anchor = Some(mine[i]);
                }
                None => pending.push(*rec),
            }
        }
        flush(anchor, &mut pending, &mut edits);
    }
    Some(edits.apply(text))
}

/// The text a deleted table takes with it: its own comments, its header and its keys, and the
/// blank lines that separated it from what comes before (but never a comment of someone else).
fn deletion(text: &str, chunk: &Chunk<'_>) -> Range<usize> {
    let decor = &text[chunk.decor_start..chunk.own_start];
    let mut start = chunk.decor_start;
    let mut at = chunk.decor_start;
    for line in decor.split_inclusive('\n') {
        at += line.len();
        if line.trim_start().starts_with('#') {
            start = at;
        }
    }
    start..chunk.end
}

/// Where a table of a kind the file does not have yet goes: before the first table of a later
/// kind, else at the end; and its text with the blank lines around it.
fn insertion_before_rank(text: &str, chunks: &[Chunk<'_>], rank_of: u8, rendered: String) -> (usize, String) {
    match chunks.iter().skip(1).find(|c| rank(&c.header) > rank_of) {
        Some(chunk) if chunk.decor_start == 0 => (0, format!("{rendered}\n")),
        Some(chunk) => (chunk.decor_start, format!("\n{rendered}")),
        None => {
            let newline = if text.ends_with('\n') { "" } else { "\n" };
            (text.len(), format!("{newline}\n{rendered}"))
        }
    }
}

/// How the records of a kind are laid out in this file: the blank lines between them, and the
/// order of their keys.
struct Style {
    gap: String,
    order: Vec<String>,
}

impl Style {
    fn of(text: &str, mine: &[&Chunk<'_>], template: Option<&Chunk<'_>>) -> Style {
        let blank_lines = |chunk: &Chunk<'_>| {
            let decor = &text[chunk.decor_start..chunk.own_start];
            decor.trim_matches(['\n', ' ', '\t']).is_empty().then(|| decor.matches('\n').count())
        };
        let gap =
            mine.iter().skip(1).rev().chain(mine.first()).find_map(|c| blank_lines(c)).unwrap_or(1).min(2);
        let order = template
            .map(|chunk| {
                text[chunk.header_start..chunk.end]
                    .lines()
                    .skip(1)
                    .filter_map(|line| {
                        let line = line.trim_start();
                        let key: String = line
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                            .collect();
                        (!key.is_empty() && !line.starts_with('#')).then_some(key)
                    })
                    .collect()
            })
            .unwrap_or_default();
        Style { gap: "\n".repeat(gap), order }
    }

    /// A new record: the keys the template has, in its order; each other key right after the
    /// key that comes before it in the program's order.
    fn render(&self, key: &str, table: &Table) -> String {
        let mut names: Vec<&String> = self.order.iter().filter(|name| table.contains_key(*name)).collect();
        let canonical: Vec<&String> = table.keys().collect();
        for (at, name) in canonical.iter().enumerate() {
            if names.contains(name) {
                continue;
            }
            let after =
                canonical[..at].iter().rev().find_map(|before| names.iter().position(|n| n == before));
            names.insert(after.map_or(0, |i| i + 1), name);
        }
        let ordered: Table = names.into_iter().map(|name| (name.clone(), table[name].clone())).collect();
        render(&[key], true, ordered)
    }
}

/// One table's text (its header and keys) edited from `before` to `after`.
fn edit_snippet(snippet: &str, path: &[&str], array: bool, before: &Table, after: &Table) -> Option<String> {
    let mut doc: DocumentMut = snippet.parse().ok()?;
    let mut item = doc.as_item_mut();
    for key in path {
        item = item.get_mut(key)?;
    }
    let table = if array { item.as_array_of_tables_mut()?.get_mut(0)? } else { item.as_table_mut()? };
    edit_table(table, before, after);
    Some(doc.to_string())
}

/// The whole-document edit, for a file outside the common layout.
fn edit_document(doc: &mut DocumentMut, before: &Plan, after: &Plan) {
    edit_table(doc.as_table_mut(), &encode::top(before), &encode::top(after));
    for section in sections(before, after) {
        if section.before == section.after {
            continue;
        }
        let (parents, last) = section.path.split_at(section.path.len() - 1);
        let mut table = doc.as_table_mut();
        for key in parents {
            let item = table.entry(key).or_insert_with(|| {
                let mut implicit = toml_edit::Table::new();
                implicit.set_implicit(true);
                Item::Table(implicit)
            });
            let Some(inner) = item.as_table_mut() else { return replace_document(doc, after) };
            table = inner;
        }
        match &section.after {
            None => {
                table.remove(&last[0]);
            }
            Some(new) => {
                let empty = Table::new();
                let old = section.before.as_ref().unwrap_or(&empty);
                let item = table.entry(&last[0]).or_insert_with(|| Item::Table(toml_edit::Table::new()));
                let Some(inner) = item.as_table_mut() else { return replace_document(doc, after) };
                edit_table(inner, old, new);
            }
        }
    }
    for kind in records(before, after) {
        if kind.before != kind.after && !edit_array(doc, &kind) {
            return replace_document(doc, after);
        }
    }
}

/// A file whose tables are not where the plan says (it cannot happen for a file that was read
/// into `before`): written in the program's layout, so nothing is lost.
fn replace_document(doc: &mut DocumentMut, after: &Plan) {
    *doc = encode(after).parse().expect("the program's own text parses");
}

/// The records of one kind in a whole document; false when they are not an array of tables
/// matching `before`.
fn edit_array(doc: &mut DocumentMut, kind: &Records) -> bool {
    let existing: Vec<toml_edit::Table> = match doc.get(kind.key) {
        None => Vec::new(),
        Some(Item::ArrayOfTables(array)) => array.iter().cloned().collect(),
        Some(_) => return false,
    };
    if existing.len() != kind.before.len() {
        return false;
    }
    let after: HashMap<&str, Rec<'_>> = kind.after.iter().copied().collect();
    let mut kept: HashMap<&str, toml_edit::Table> = HashMap::new();
    // A deleted record's comments that are not its own go to the next record kept.
    let mut carried = String::new();
    for (mut table, (id, old)) in existing.into_iter().zip(&kind.before) {
        let Some(new) = after.get(id) else {
            let prefix = table.decor().prefix().and_then(|p| p.as_str()).unwrap_or_default();
            carried.push_str(foreign_part(prefix));
            continue;
        };
        if !carried.is_empty() {
            let prefix = table.decor().prefix().and_then(|p| p.as_str()).unwrap_or_default();
            let joined = format!("{carried}{prefix}");
            table.decor_mut().set_prefix(joined);
            carried.clear();
        }
        if new != old {
            edit_table(&mut table, &old.table(), &new.table());
        }
        kept.insert(id, table);
    }
    let mut array = ArrayOfTables::new();
    for (id, rec) in &kind.after {
        match kept.remove(id) {
            Some(table) => array.push(table),
            None => {
                let mut fresh = toml_edit::Table::new();
                for (key, value) in &rec.table() {
                    fresh.insert(key, to_item(value));
                }
                array.push(fresh);
            }
        }
    }
    if array.is_empty() {
        doc.remove(kind.key);
    } else {
        doc.insert(kind.key, Item::ArrayOfTables(array));
    }
    true
}

/// The part of a header's decor that is not the record's own: everything up to the last blank
/// line before its own comment lines.
fn foreign_part(prefix: &str) -> &str {
    let mut end = 0;
    let mut at = 0;
    for line in prefix.split_inclusive('\n') {
        at += line.len();
        if line.trim().is_empty() {
            end = at;
        }
    }
    let foreign = &prefix[..end];
    if foreign.contains('#') { foreign } else { "" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Jp, Kind, Log};
    use crate::ops;
    use crate::store::decode;

    const HAND: &str = "\
# Rencana belajar Sari, ditulis tangan
schema = 1

[profile]
name = \"Sari\"   # nama lengkap
employee_type = \"pns\"
target_jp = 20

[ids]
training = 2
log = 1
reflection = 0

# Pelatihan pertama: wajib dari kantor
[[training]]
id = \"t1\"
year = 2026
title = \"Analisis Kebijakan\"
planned_jp = 24   # dari jadwal LAN
status = \"planned\"

# Yang kedua, kalau ada anggaran
[[training]]
id    = \"t2\"
year  = 2026
title = 'Kursus Statistik'
planned_jp = 8

[[log]]
id = \"l1\"
date = 2026-03-12
jp = 2
title = \"Webinar\"
in_siasn = false
";

    fn saved(text: &str, change: impl FnOnce(&mut Plan)) -> String {
        let before = decode(text).unwrap().plan;
        let mut after = before.clone();
        change(&mut after);
        let out = edit(Some(text), &before, &after);
        assert_eq!(decode(&out).unwrap().plan, after, "{out}");
        out
    }

    #[test]
    fn nothing_changed_writes_the_same_text() {
        assert_eq!(saved(HAND, |_| {}), HAND);
    }

    #[test]
    fn a_changed_key_is_the_only_line_that_changes() {
        let out = saved(HAND, |plan| plan.trainings[0].planned_jp = Jp::whole(20));
        assert_eq!(out, HAND.replace("planned_jp = 24   # dari", "planned_jp = 20   # dari"));
    }

    #[test]
    fn a_deleted_record_takes_its_own_comments_and_nothing_else() {
        let out = saved(HAND, |plan| {
            ops::delete_training(plan, "t2", ops::OnLinked::Refuse).unwrap();
        });
        assert!(!out.contains("Yang kedua") && !out.contains("t2"), "{out}");
        assert!(out.contains("# Pelatihan pertama") && out.contains("# Rencana belajar"), "{out}");
        assert!(out.contains("status = \"planned\"\n\n[[log]]"), "{out}");
    }

    #[test]
    fn a_new_record_follows_the_records_of_its_kind() {
        let out = saved(HAND, |plan| {
            let mut log =
                Log::new(chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(), Jp::whole(3), "Seminar");
            log.id = plan.next_id(Kind::Log);
            plan.logs.push(log);
        });
        assert!(out.starts_with(&HAND.replace("log = 1", "log = 2")), "{out}");
        assert!(
            out.contains("in_siasn = false\n\n[[log]]\nid = \"l2\"\ndate = 2026-04-01\njp = 3\n"),
            "{out}"
        );
    }

    #[test]
    fn year_and_form_tables_are_edited_added_and_removed_in_place() {
        let text = HAND.replace(
            "[ids]\n",
            "# target tahun depan\n[years.2027]\ntarget_jp = 24   # naik\n\n[forms.seminar]\njp_per_unit = 3\n\n[ids]\n",
        );
        let out = saved(&text, |plan| {
            plan.years.get_mut(&2027).unwrap().target_jp = Some(Jp::whole(30));
        });
        assert_eq!(out, text.replace("target_jp = 24   # naik", "target_jp = 30   # naik"));
        let out = saved(&text, |plan| {
            plan.forms.remove("seminar");
            plan.years.insert(
                2028,
                crate::model::YearSettings { target_jp: Some(Jp::whole(22)), ..Default::default() },
            );
        });
        assert!(
            !out.contains("[forms.seminar]") && out.contains("# target tahun depan\n[years.2027]"),
            "{out}"
        );
        assert!(out.contains("[years.2028]\ntarget_jp = 22\n"), "{out}");
        assert!(out.find("[years.2028]") < out.find("[ids]"), "before the later tables: {out}");
    }

    #[test]
    fn a_file_without_ids_or_profile_gets_them_where_the_program_puts_them() {
        let text = "# catatan saya\n[[log]]\nid = \"l1\"\ndate = 2026-03-12\njp = 2\ntitle = \"Webinar\"\n";
        let out = saved(text, |plan| {
            plan.profile.name = "Sari".into();
            let mut log =
                Log::new(chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(), Jp::whole(1), "Baru");
            log.id = plan.next_id(Kind::Log);
            plan.logs.push(log);
        });
        assert!(out.starts_with("[profile]\nname = \"Sari\""), "{out}");
        assert!(out.contains("[ids]\n") && out.contains("# catatan saya\n[[log]]\nid = \"l1\""), "{out}");
    }

    #[test]
    fn a_file_outside_the_common_layout_is_edited_as_a_document() {
        let text = format!("{HAND}\n[sync]\nremote = \"nas\"   # cadangan\ntags = [\n  \"a\",\n]\n");
        let out = saved(&text, |plan| plan.trainings[1].title = "Kursus Statistik Dasar".into());
        assert!(out.contains("remote = \"nas\"   # cadangan\ntags = [\n  \"a\",\n]"), "{out}");
        assert!(out.contains("title = \"Kursus Statistik Dasar\"") && out.contains("# Yang kedua"), "{out}");
        let out = saved(&text, |plan| {
            ops::delete_training(plan, "t1", ops::OnLinked::Refuse).unwrap();
        });
        assert!(!out.contains("Pelatihan pertama") && out.contains("# Yang kedua"), "{out}");
    }
}
