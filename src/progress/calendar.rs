//! Counting days: the year's pace, the days and working days left, the PPPK contract year.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::model::{Jp, days_in_year};

/// The JP the year's pace asks for by `today`: `target × elapsed / days in year`, where the
/// elapsed days count `today`; a past year has all its days behind it, a future one none.
pub fn expected_by(target: Jp, year: i32, today: NaiveDate) -> Jp {
    let total = days_in_year(year);
    let elapsed = match today.year().cmp(&year) {
        std::cmp::Ordering::Less => 0,
        std::cmp::Ordering::Equal => i64::from(today.ordinal()),
        std::cmp::Ordering::Greater => total,
    };
    Jp::from_ratio(target.hundredths() * elapsed, total)
}

/// Days after `today` until 31 December (0 on 31 December); a future year has all its days.
pub fn days_left(year: i32, today: NaiveDate) -> i64 {
    match today.year().cmp(&year) {
        std::cmp::Ordering::Less => days_in_year(year),
        std::cmp::Ordering::Equal => days_in_year(year) - i64::from(today.ordinal()),
        std::cmp::Ordering::Greater => 0,
    }
}

/// The last day of the quarter that the day a month after `today` falls in: the current
/// quarter's, or the next one's when the current quarter ends within a month.
pub fn quarter_end_ahead(today: NaiveDate) -> Option<NaiveDate> {
    let ahead = today.checked_add_days(chrono::Days::new(30))?;
    let last_month = (ahead.month0() / 3 + 1) * 3;
    let next = match last_month {
        12 => NaiveDate::from_ymd_opt(ahead.year() + 1, 1, 1)?,
        month => NaiveDate::from_ymd_opt(ahead.year(), month + 1, 1)?,
    };
    next.pred_opt()
}

/// Monday to Friday.
pub fn is_workday(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The working days (Monday to Friday) of `year` after `today`, in order.
pub fn workdays_after(year: i32, today: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    let first_of_year = NaiveDate::from_ymd_opt(year, 1, 1);
    let from = match today.year().cmp(&year) {
        std::cmp::Ordering::Less => first_of_year,
        std::cmp::Ordering::Equal => today.succ_opt(),
        std::cmp::Ordering::Greater => None,
    };
    from.into_iter()
        .flat_map(|from| from.iter_days())
        .take_while(move |day| day.year() == year)
        .filter(|day| is_workday(*day))
}

/// The day a year is seen from: today within it, else its first or last day.
pub fn day_in_view(year: i32, today: NaiveDate) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
    today.clamp(first, last)
}

/// The contract's anniversary in `year`; a 29 February start has its anniversary on 1 March in
/// other years, so every contract year is a full year.
fn anniversary(start: NaiveDate, year: i32) -> Option<NaiveDate> {
    start.with_year(year).or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}

/// The first and last day of the contract year that contains `day` (a PPPK's ceiling counts
/// over it). Before the contract starts, its first year.
pub fn contract_year(start: NaiveDate, day: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let day = day.max(start);
    let this_year = anniversary(start, day.year())?;
    let first = if this_year <= day { this_year } else { anniversary(start, day.year() - 1)? };
    let next = anniversary(start, first.year() + 1)?;
    Some((first, next.pred_opt()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn working_days_left_count_monday_to_friday_after_today() {
        // 14 December 2026 is a Monday: 15–18, 21–25, 28–31 December.
        assert_eq!(workdays_after(2026, date(2026, 12, 14)).count(), 13);
        assert_eq!(workdays_after(2026, date(2026, 12, 31)).count(), 0);
        // Thursday 31 December 2026 is the last working day: none after the 30th but it.
        assert_eq!(workdays_after(2026, date(2026, 12, 30)).collect::<Vec<_>>(), [date(2026, 12, 31)]);
        // A whole future year; a past one has none.
        assert_eq!(workdays_after(2027, date(2026, 12, 2)).count(), 261);
        assert_eq!(workdays_after(2025, date(2026, 12, 2)).count(), 0);
        // On 1 January, the 1st itself is not "after today".
        assert_eq!(workdays_after(2026, date(2026, 1, 1)).next(), Some(date(2026, 1, 2)));
    }

    #[test]
    fn the_quarter_ahead_ends_a_month_away_at_least() {
        assert_eq!(quarter_end_ahead(date(2026, 2, 10)), Some(date(2026, 3, 31)));
        assert_eq!(quarter_end_ahead(date(2026, 3, 1)), Some(date(2026, 3, 31)));
        // Within a month of its end, the next quarter.
        assert_eq!(quarter_end_ahead(date(2026, 3, 2)), Some(date(2026, 6, 30)));
        assert_eq!(quarter_end_ahead(date(2026, 6, 30)), Some(date(2026, 9, 30)));
        assert_eq!(quarter_end_ahead(date(2026, 12, 14)), Some(date(2027, 3, 31)));
    }

    #[test]
    fn a_contract_year_runs_from_its_anniversary() {
        let start = date(2025, 4, 1);
        assert_eq!(contract_year(start, date(2026, 2, 10)), Some((date(2025, 4, 1), date(2026, 3, 31))));
        assert_eq!(contract_year(start, date(2026, 4, 1)), Some((date(2026, 4, 1), date(2027, 3, 31))));
        assert_eq!(contract_year(start, date(2024, 1, 1)), Some((date(2025, 4, 1), date(2026, 3, 31))));
        // A contract that starts on 29 February.
        let leap = date(2024, 2, 29);
        assert_eq!(contract_year(leap, date(2025, 2, 28)), Some((date(2024, 2, 29), date(2025, 2, 28))));
        assert_eq!(contract_year(leap, date(2025, 3, 1)), Some((date(2025, 3, 1), date(2026, 2, 28))));
    }

    #[test]
    fn a_year_is_seen_from_today_within_it() {
        assert_eq!(day_in_view(2026, date(2026, 6, 30)), date(2026, 6, 30));
        assert_eq!(day_in_view(2025, date(2026, 6, 30)), date(2025, 12, 31));
        assert_eq!(day_in_view(2027, date(2026, 6, 30)), date(2027, 1, 1));
    }
}
