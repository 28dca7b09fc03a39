//! JP (*Jam Pelajaran*) as an exact count of hundredths, so sums never drift.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

use crate::i18n::Lang;

/// A JP amount, stored as whole hundredths (`7,25 JP` is `Jp(725)`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Jp(i64);

/// Why a text or number is not a valid JP amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JpError {
    Empty,
    NotANumber,
    TooManyDecimals,
    NotFinite,
    OutOfRange,
}

/// The largest amount any single figure may hold; far above any real year.
const LIMIT_HUNDREDTHS: i64 = 1_000_000_000;

impl Jp {
    pub const ZERO: Jp = Jp(0);
    /// The most JP a single training or log entry may carry.
    pub const MAX_ENTRY: Jp = Jp(100_000);

    pub const fn from_hundredths(hundredths: i64) -> Jp {
        Jp(hundredths)
    }

    pub const fn whole(jp: i64) -> Jp {
        Jp(jp * 100)
    }

    pub const fn hundredths(self) -> i64 {
        self.0
    }

    pub fn is_whole(self) -> bool {
        self.0 % 100 == 0
    }

    pub fn is_positive(self) -> bool {
        self.0 > 0
    }

    /// `max(0, self)`.
    pub fn at_least_zero(self) -> Jp {
        Jp(self.0.max(0))
    }

    pub fn to_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Parses `24`, `2.5`, `2,5` or ` 7,25 `, with or without the unit after it (`24 JP`,
    /// `2,5 jp`, `2.5JP`); at most two decimals.
    pub fn parse(text: &str) -> Result<Jp, JpError> {
        let number = without_unit(text);
        if number.trim().is_empty() && !text.trim().is_empty() {
            return Err(JpError::NotANumber);
        }
        parse_hundredths(number).map(Jp)
    }

    /// Reads a TOML float: it must hold at most two decimals exactly.
    pub fn from_f64(value: f64) -> Result<Jp, JpError> {
        if !value.is_finite() {
            return Err(JpError::NotFinite);
        }
        let scaled = value * 100.0;
        if scaled.abs() > LIMIT_HUNDREDTHS as f64 {
            return Err(JpError::OutOfRange);
        }
        let rounded = scaled.round();
        // A float like 7.25 is 724.9999… after scaling; anything further off had a third decimal.
        if (scaled - rounded).abs() > 1e-6 {
            return Err(JpError::TooManyDecimals);
        }
        Ok(Jp(rounded as i64))
    }

    /// `numerator / denominator` hundredths, rounded half away from zero.
    pub fn from_ratio(numerator: i64, denominator: i64) -> Jp {
        debug_assert!(denominator > 0);
        let half = denominator / 2;
        let rounded =
            if numerator >= 0 { (numerator + half) / denominator } else { (numerator - half) / denominator };
        Jp(rounded)
    }

    /// This amount scaled by `hundredths / 100` (e.g. 2,5 units × 4 JP), rounded.
    pub fn times(self, factor_hundredths: i64) -> Jp {
        Jp::from_ratio(self.0 * factor_hundredths, 100)
    }

    /// This amount as a whole percentage of `whole`, rounded down: the one rule for every
    /// percentage shown (header, summary, status, reports), so 100 % means all of it and a share
    /// never shows more than there is. `None` when `whole` is not positive.
    pub fn percent_of(self, whole: Jp) -> Option<i64> {
        whole.is_positive().then(|| (self.0 * 100).div_euclid(whole.0))
    }

    /// Written for people: `7,5` in Indonesian, `7.5` in English, no trailing zeros.
    pub fn format(self, lang: Lang) -> String {
        format_hundredths(self.0, lang)
    }
}

/// The text before a trailing `JP` (any case), or the text as it is when it has none.
fn without_unit(text: &str) -> &str {
    let text = text.trim_end();
    match text.len().checked_sub(2) {
        Some(at) if text.is_char_boundary(at) && text[at..].eq_ignore_ascii_case("jp") => &text[..at],
        _ => text,
    }
}

/// A number held as hundredths, written for people: `1.234,5` / `1,234.5`.
pub fn format_hundredths(value: i64, lang: Lang) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let abs = value.unsigned_abs();
    let (whole, frac) = (abs / 100, abs % 100);
    let whole = group_thousands(whole, lang);
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}{}{}", lang.decimal_mark(), f / 10),
        f => format!("{sign}{whole}{}{f:02}", lang.decimal_mark()),
    }
}

fn group_thousands(value: u64, lang: Lang) -> String {
    let digits = value.to_string();
    if digits.len() <= 3 {
        return digits;
    }
    let separator = lang.thousands_mark();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

/// Reads a decimal with at most two places as whole hundredths (`1,5` → 150).
pub fn parse_hundredths(text: &str) -> Result<i64, JpError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(JpError::Empty);
    }
    let lowered = text.to_ascii_lowercase();
    if ["nan", "inf", "+inf", "-inf", "infinity"].contains(&lowered.as_str()) {
        return Err(JpError::NotFinite);
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, frac) = match digits.find(['.', ',']) {
        Some(at) => (&digits[..at], &digits[at + 1..]),
        None => (digits, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !all_digits(whole) || !all_digits(frac) {
        return Err(JpError::NotANumber);
    }
    if frac.len() > 2 {
        return Err(JpError::TooManyDecimals);
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| JpError::OutOfRange)? };
    let frac: i64 = format!("{frac:0<2}").parse().unwrap_or(0);
    let value = whole
        .checked_mul(100)
        .and_then(|w| w.checked_add(frac))
        .filter(|v| *v <= LIMIT_HUNDREDTHS)
        .ok_or(JpError::OutOfRange)?;
    Ok(if negative { -value } else { value })
}

/// A JSON (or other) number: whole amounts as integers, others with their decimals.
impl serde::Serialize for Jp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_whole() {
            serializer.serialize_i64(self.0 / 100)
        } else {
            serializer.serialize_f64(self.to_f64())
        }
    }
}

/// Reads amounts written by hand: `24`, `7.25` or `"7,25"`.
impl<'de> serde::Deserialize<'de> for Jp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Jp, D::Error> {
        struct JpVisitor;
        impl serde::de::Visitor<'_> for JpVisitor {
            type Value = Jp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JP amount with at most two decimals")
            }
            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Jp, E> {
                value.checked_mul(100).map(Jp).ok_or_else(|| E::custom("JP out of range"))
            }
            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Jp, E> {
                i64::try_from(value).map_err(|_| E::custom("JP out of range")).and_then(|v| self.visit_i64(v))
            }
            fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Jp, E> {
                Jp::from_f64(value).map_err(|e| E::custom(format!("{e:?}")))
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Jp, E> {
                // The file holds a number; a unit after it is for typing, not for the file.
                parse_hundredths(value).map(Jp).map_err(|e| E::custom(format!("{e:?}")))
            }
        }
        deserializer.deserialize_any(JpVisitor)
    }
}

impl Add for Jp {
    type Output = Jp;
    fn add(self, other: Jp) -> Jp {
        Jp(self.0 + other.0)
    }
}

impl AddAssign for Jp {
    fn add_assign(&mut self, other: Jp) {
        self.0 += other.0;
    }
}

impl Sub for Jp {
    type Output = Jp;
    fn sub(self, other: Jp) -> Jp {
        Jp(self.0 - other.0)
    }
}

impl Sum for Jp {
    fn sum<I: Iterator<Item = Jp>>(iter: I) -> Jp {
        iter.fold(Jp::ZERO, Add::add)
    }
}

/// The plain machine form (`7.25`), as written to the data file and JSON.
impl fmt::Display for Jp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        match abs % 100 {
            0 => write!(f, "{sign}{}", abs / 100),
            frac if frac % 10 == 0 => write!(f, "{sign}{}.{}", abs / 100, frac / 10),
            frac => write!(f, "{sign}{}.{frac:02}", abs / 100),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_decimal_marks() {
        assert_eq!(Jp::parse("2,5"), Ok(Jp(250)));
        assert_eq!(Jp::parse("2.5"), Ok(Jp(250)));
        assert_eq!(Jp::parse(" 24 "), Ok(Jp(2400)));
        assert_eq!(Jp::parse("7,25"), Ok(Jp(725)));
        assert_eq!(Jp::parse(".5"), Ok(Jp(50)));
        assert_eq!(Jp::parse("3."), Ok(Jp(300)));
        assert_eq!(Jp::parse("-1"), Ok(Jp(-100)));
    }

    #[test]
    fn a_typed_amount_may_end_in_its_unit() {
        assert_eq!(Jp::parse("24 JP"), Ok(Jp(2400)));
        assert_eq!(Jp::parse("2,5 jp"), Ok(Jp(250)));
        assert_eq!(Jp::parse("2.5JP"), Ok(Jp(250)));
        assert_eq!(Jp::parse(" 7,25 Jp "), Ok(Jp(725)));
        assert_eq!(Jp::parse("24 JPX"), Err(JpError::NotANumber));
        assert_eq!(Jp::parse("JP"), Err(JpError::NotANumber));
        assert_eq!(Jp::parse("JP 24"), Err(JpError::NotANumber));
        assert_eq!(Jp::parse("24 JP JP"), Err(JpError::NotANumber));
        assert_eq!(Jp::parse("24 J P"), Err(JpError::NotANumber));
        assert_eq!(Jp::parse("24 menit"), Err(JpError::NotANumber));
        assert_eq!(Jp::parse("1,234 JP"), Err(JpError::TooManyDecimals));
        assert_eq!(parse_hundredths("24 JP"), Err(JpError::NotANumber), "other numbers take no unit");
    }

    #[test]
    fn the_file_holds_a_number_without_its_unit() {
        let read = |text: &str| toml::from_str::<std::collections::BTreeMap<String, Jp>>(text);
        assert_eq!(read("jp = \"2,5\"").unwrap()["jp"], Jp(250));
        assert!(read("jp = \"24 JP\"").is_err());
    }

    #[test]
    fn rejects_what_is_not_an_exact_amount() {
        assert_eq!(Jp::parse(""), Err(JpError::Empty));
        assert_eq!(Jp::parse("abc"), Err(JpError::NotANumber));
        assert_eq!(Jp::parse("1.2.3"), Err(JpError::NotANumber));
        assert_eq!(Jp::parse("."), Err(JpError::NotANumber));
        assert_eq!(Jp::parse("1.234"), Err(JpError::TooManyDecimals));
        assert_eq!(Jp::parse("NaN"), Err(JpError::NotFinite));
        assert_eq!(Jp::parse("inf"), Err(JpError::NotFinite));
        assert_eq!(Jp::parse("99999999999999999999"), Err(JpError::OutOfRange));
    }

    #[test]
    fn reads_floats_exactly() {
        assert_eq!(Jp::from_f64(7.25), Ok(Jp(725)));
        assert_eq!(Jp::from_f64(0.1), Ok(Jp(10)));
        assert_eq!(Jp::from_f64(1.005), Err(JpError::TooManyDecimals));
        assert_eq!(Jp::from_f64(f64::NAN), Err(JpError::NotFinite));
        assert_eq!(Jp::from_f64(f64::INFINITY), Err(JpError::NotFinite));
        assert_eq!(Jp::from_f64(1e300), Err(JpError::OutOfRange));
    }

    #[test]
    fn sums_without_drift() {
        let total: Jp = std::iter::repeat_n(Jp::parse("0.1").unwrap(), 1000).sum();
        assert_eq!(total, Jp::whole(100));
    }

    #[test]
    fn formats_per_language() {
        assert_eq!(Jp(750).format(Lang::Id), "7,5");
        assert_eq!(Jp(750).format(Lang::En), "7.5");
        assert_eq!(Jp(625).format(Lang::Id), "6,25");
        assert_eq!(Jp(5).format(Lang::En), "0.05");
        assert_eq!(Jp(2400).format(Lang::Id), "24");
        assert_eq!(Jp(-40).format(Lang::En), "-0.4");
        assert_eq!(Jp(123_456_700).format(Lang::Id), "1.234.567");
        assert_eq!(Jp(123_456_750).format(Lang::En), "1,234,567.5");
        assert_eq!(Jp(725).to_string(), "7.25");
        assert_eq!(Jp(2400).to_string(), "24");
    }

    #[test]
    fn rounds_ratios_half_up() {
        assert_eq!(Jp::from_ratio(9000, 45), Jp(200));
        assert_eq!(Jp::from_ratio(100 * 100, 45), Jp(222));
        assert_eq!(Jp::from_ratio(5, 10), Jp(1));
        assert_eq!(Jp(400).times(250), Jp(1000));
    }

    #[test]
    fn percentages_round_down_everywhere() {
        let parse = |text| Jp::parse(text).unwrap();
        assert_eq!(parse("18,75").percent_of(parse("20")), Some(93));
        assert_eq!(parse("11,75").percent_of(parse("18,75")), Some(62), "62,67 % is 62 %");
        assert_eq!(parse("19,99").percent_of(parse("20")), Some(99), "never 100 % before the target");
        assert_eq!(parse("30").percent_of(parse("20")), Some(150));
        assert_eq!(Jp::ZERO.percent_of(Jp::ZERO), None);
    }
}
