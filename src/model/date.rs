//! Dates as people type and read them: `2026-03-12`, `12/3/2026`, `12 Mei 2026`, `hari ini`,
//! `kemarin`, `besok`.

use chrono::{Datelike, NaiveDate};

use crate::i18n::{Lang, MONTHS};

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Empty,
    /// Not in any accepted shape.
    Unreadable,
    /// The right shape, but the day does not exist (31 February).
    NoSuchDay,
}

/// Reads a date typed by a person. `today` resolves the words for today, yesterday and tomorrow.
pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let lowered = text.to_lowercase();
    match lowered.as_str() {
        "today" | "hari ini" | "hariini" => return Ok(today),
        "yesterday" | "kemarin" => return today.pred_opt().ok_or(DateError::NoSuchDay),
        "tomorrow" | "besok" => return today.succ_opt().ok_or(DateError::NoSuchDay),
        _ => {}
    }
    // `3 Jul` without a year means this year, as lists show dates within a year.
    let (year, month, day) = split_numeric(&lowered)
        .or_else(|| split_named(&lowered))
        .or_else(|| split_named(&format!("{lowered} {}", today.year())))
        .ok_or(DateError::Unreadable)?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NoSuchDay)
}

/// `2026-03-12` (ISO), or `12/3/2026` and `12-3-2026` (day first, as written in Indonesia).
fn split_numeric(text: &str) -> Option<(i32, u32, u32)> {
    let separator = if text.contains('/') { '/' } else { '-' };
    let parts: Vec<&str> = text.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(a) && all_digits(b) && all_digits(c)) {
        return None;
    }
    if a.len() == 4 {
        Some((a.parse().ok()?, b.parse().ok()?, c.parse().ok()?))
    } else if c.len() == 4 {
        Some((c.parse().ok()?, b.parse().ok()?, a.parse().ok()?))
    } else {
        None
    }
}

/// `12 Mei 2026`, `12 Maret 2026`, `12 Mar 2026`, `12 May 2026`, `12 Agu 2026`.
fn split_named(text: &str) -> Option<(i32, u32, u32)> {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let month = month_number(month.trim_end_matches('.'))?;
    if year.len() != 4 {
        return None;
    }
    Some((year.parse().ok()?, month, day.parse().ok()?))
}

/// Short forms in common Indonesian use that are not a name's first three letters.
const MONTH_ALIASES: [(&str, u32); 4] = [("agt", 8), ("ags", 8), ("nop", 11), ("pebruari", 2)];

/// A month's full name or its first three letters, in either language.
fn month_number(name: &str) -> Option<u32> {
    if name.chars().count() < 3 {
        return None;
    }
    if let Some((_, month)) = MONTH_ALIASES.iter().find(|(alias, _)| *alias == name) {
        return Some(*month);
    }
    MONTHS
        .iter()
        .position(|names| {
            names.iter().any(|full| {
                let full = full.to_lowercase();
                full == name || (name.len() == 3 && full.starts_with(name))
            })
        })
        .map(|index| index as u32 + 1)
}

/// `12 Mei 2026` in Indonesian, `12 May 2026` in English.
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    format!("{} {} {}", date.day(), month_name(date.month(), lang), date.year())
}

/// `12 Mei` without the year, for lists inside one year.
pub fn format_day_month(date: NaiveDate, lang: Lang) -> String {
    format!("{} {}", date.day(), short_month_name(date.month(), lang))
}

pub fn month_name(month: u32, lang: Lang) -> &'static str {
    MONTHS[(month - 1) as usize][lang.index()]
}

/// Three letters, as on a calendar: `Agu`, `Aug`.
pub fn short_month_name(month: u32, lang: Lang) -> &'static str {
    let full = month_name(month, lang);
    &full[..full.char_indices().nth(3).map_or(full.len(), |(at, _)| at)]
}

pub fn days_in_year(year: i32) -> i64 {
    if NaiveDate::from_ymd_opt(year, 2, 29).is_some() { 366 } else { 365 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn reads_every_accepted_shape() {
        let today = day(2026, 11, 27);
        let march12 = day(2026, 3, 12);
        for text in [
            "2026-03-12",
            "12/3/2026",
            "12/03/2026",
            "12-3-2026",
            "12 Mar 2026",
            "12 Maret 2026",
            "12 march 2026",
            "12 mar. 2026",
        ] {
            assert_eq!(parse_date(text, today), Ok(march12), "{text}");
        }
        assert_eq!(parse_date("12 Mei 2026", today), Ok(day(2026, 5, 12)));
        assert_eq!(parse_date("12 May 2026", today), Ok(day(2026, 5, 12)));
        assert_eq!(parse_date("1 Agu 2026", today), Ok(day(2026, 8, 1)));
        assert_eq!(parse_date("1 Agustus 2026", today), Ok(day(2026, 8, 1)));
        assert_eq!(parse_date("17 Agt 2026", today), Ok(day(2026, 8, 17)));
        assert_eq!(parse_date("10 Nop 2026", today), Ok(day(2026, 11, 10)));
        assert_eq!(parse_date("hari ini", today), Ok(today));
        assert_eq!(parse_date("Today", today), Ok(today));
        assert_eq!(parse_date("kemarin", today), Ok(day(2026, 11, 26)));
        assert_eq!(parse_date("3 Jul", today), Ok(day(2026, 7, 3)), "no year: this year");
    }

    #[test]
    fn reads_yesterday_and_tomorrow_in_both_languages() {
        let today = day(2026, 12, 31);
        assert_eq!(parse_date("besok", today), Ok(day(2027, 1, 1)));
        assert_eq!(parse_date(" Tomorrow ", today), Ok(day(2027, 1, 1)));
        assert_eq!(parse_date("KEMARIN", today), Ok(day(2026, 12, 30)));
        assert_eq!(parse_date("yesterday", day(2024, 3, 1)), Ok(day(2024, 2, 29)), "a leap day");
        assert_eq!(parse_date("besok", day(2024, 2, 28)), Ok(day(2024, 2, 29)));
        for text in ["besok lusa", "lusa", "besok pagi", "tomorow"] {
            assert_eq!(parse_date(text, today), Err(DateError::Unreadable), "{text}");
        }
    }

    #[test]
    fn refuses_impossible_and_unreadable_dates() {
        let today = day(2026, 11, 27);
        assert_eq!(parse_date("", today), Err(DateError::Empty));
        assert_eq!(parse_date("2026-02-30", today), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("29/2/2027", today), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("2026-13-01", today), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("besok lusa", today), Err(DateError::Unreadable));
        assert_eq!(parse_date("12 Ma 2026", today), Err(DateError::Unreadable));
        assert_eq!(parse_date("12/3/26", today), Err(DateError::Unreadable));
    }

    #[test]
    fn formats_per_language() {
        assert_eq!(format_date(day(2026, 5, 12), Lang::Id), "12 Mei 2026");
        assert_eq!(format_date(day(2026, 5, 12), Lang::En), "12 May 2026");
        assert_eq!(format_day_month(day(2026, 8, 17), Lang::Id), "17 Agu");
        assert_eq!(format_day_month(day(2026, 8, 17), Lang::En), "17 Aug");
    }

    #[test]
    fn knows_leap_years() {
        assert_eq!(days_in_year(2024), 366);
        assert_eq!(days_in_year(2026), 365);
        assert_eq!(days_in_year(2000), 366);
        assert_eq!(days_in_year(2100), 365);
    }
}
