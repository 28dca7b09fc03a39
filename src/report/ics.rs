//! `export --format ics`: the year's dated trainings as all-day events (RFC 5545), so they sit in
//! the person's calendar. Each event's UID is stable, so importing again updates the events
//! (a cancelled training becomes a cancelled event) instead of adding copies.

use chrono::{Days, NaiveDate};

use super::YearRecords;
use crate::catalog::Catalog;
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Plan, Status, Training};
use crate::printable::printable;

/// The calendar in `lang`; `today` stamps the events (DTSTAMP), so the same day gives the same file.
pub fn export(plan: &Plan, year: i32, today: NaiveDate, lang: Lang) -> String {
    let catalog = Catalog::for_plan(plan);
    let owner = owner_tag(&plan.profile.name);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//tumbuh//tumbuh//{}", lang.key().to_uppercase()),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(&tr!(lang, Msg::StatusHeading, year = year))),
    ];
    for training in YearRecords::of(plan, year).trainings {
        let Some(start) = training.start else { continue };
        // DTEND of an all-day event is the day after the last one.
        let last = training.end.unwrap_or(start).max(start);
        let after = last.checked_add_days(Days::new(1)).unwrap_or(last);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}{owner}@tumbuh", training.id),
            format!("DTSTAMP:{}T000000Z", today.format("%Y%m%d")),
            format!("DTSTART;VALUE=DATE:{}", start.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", after.format("%Y%m%d")),
            format!(
                "SUMMARY:{}",
                escape(&format!("{} ({} JP)", training.title, training.planned_jp.format(lang)))
            ),
            format!("DESCRIPTION:{}", escape(&description(training, &catalog, lang))),
            format!("STATUS:{}", event_status(training.status)),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|line| fold(line) + "\r\n").collect()
}

/// What the calendar shows under the title: status, form, provider and the problem at work.
fn description(training: &Training, catalog: &Catalog, lang: Lang) -> String {
    let mut parts =
        vec![format!("{}: {}", lang.t(Msg::ColStatus), describe::domain::status(training.status, lang))];
    let fields = [
        (Msg::ColForm, training.form.as_deref().map_or("", |key| catalog.label(key, lang))),
        (Msg::LabelProvider, training.provider.as_str()),
        (Msg::ColWhy, training.why.as_str()),
    ];
    for (label, value) in fields {
        if !value.trim().is_empty() {
            parts.push(format!("{}: {}", lang.t(label), printable(value)));
        }
    }
    parts.join("\n")
}

fn event_status(status: Status) -> &'static str {
    match status {
        Status::Planned => "TENTATIVE",
        Status::Registered | Status::Ongoing | Status::Done => "CONFIRMED",
        Status::Cancelled => "CANCELLED",
    }
}

/// `-` and a short fixed hash of the profile's name, so two people's calendars merged into one
/// do not share UIDs; empty without a name. FNV-1a, so it never changes between versions.
fn owner_tag(name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        return String::new();
    }
    let hash =
        name.bytes().fold(0x811c_9dc5_u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193));
    format!("-{hash:08x}")
}

/// RFC 5545 TEXT: backslash, semicolon and comma escaped, newlines as `\n`, and no other
/// control characters (they are not allowed in TEXT).
fn escape(text: &str) -> String {
    let escape_line = |line: &str| {
        let mut out = String::with_capacity(line.len());
        for c in printable(line).chars() {
            if matches!(c, '\\' | ';' | ',') {
                out.push('\\');
            }
            out.push(c);
        }
        out
    };
    text.split('\n').map(escape_line).collect::<Vec<_>>().join("\\n")
}

/// Folds a content line longer than 75 octets, never inside a UTF-8 character; each
/// continuation starts with a space.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(escape("x\u{1b}[2J"), "x\u{FFFD}[2J");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{part}");
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn the_owner_tag_is_fixed() {
        assert_eq!(owner_tag(""), "");
        assert_eq!(owner_tag("Sari"), owner_tag(" Sari "));
        assert_ne!(owner_tag("Sari"), owner_tag("Ratna"));
    }
}
