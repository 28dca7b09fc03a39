//! Reading typed flag values; every refusal names its flag.

use chrono::NaiveDate;

use super::Failure;
use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::model::{Jp, ProblemKind, Typed, parse_date};

/// The value without surrounding space; `None` when absent or blank.
pub fn trimmed(value: &Option<String>) -> Option<String> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(String::from)
}

/// For `plan edit`: absent → `None` (leave as is), blank → `Some(None)` (clear), else the value.
pub fn clearable(value: &Option<String>) -> Option<Option<String>> {
    value.as_ref().map(|_| trimmed(value))
}

/// The JP of one training or entry: more than 0 and at most `Jp::MAX_ENTRY`.
pub fn entry_jp(flag: &str, jp: Jp, lang: Lang) -> Result<Jp, Failure> {
    crate::model::entry_jp(jp).map_err(|kind| Failure::flag(flag, &kind, lang))
}

/// A JP amount as typed (`2,5` or `2.5`), checked like `entry_jp`.
pub fn jp(flag: &str, text: &str, lang: Lang) -> Result<Jp, Failure> {
    let jp = Jp::parse(text).map_err(|e| Failure::flag(flag, &ProblemKind::Jp(e), lang))?;
    entry_jp(flag, jp, lang)
}

pub fn date(flag: &str, text: &str, today: NaiveDate, lang: Lang) -> Result<NaiveDate, Failure> {
    parse_date(text, today).map_err(|e| Failure::flag(flag, &ProblemKind::Date(e), lang))
}

/// One value of a closed vocabulary, typed in either language (`selesai` or `done`, `sebagian`
/// or `partly`); a refusal lists the words of the person's language.
pub fn choice<T: Typed>(flag: &str, text: &str, lang: Lang) -> Result<T, Failure> {
    T::from_typed(text).ok_or_else(|| Failure::flag(flag, &ProblemKind::NotOneOf(T::words(lang)), lang))
}

/// A form as typed: its key, or its label in either language (`"Bimbingan teknis"` is
/// `bimtek`); a key the catalog does not know is kept as typed.
pub fn form(text: &str, catalog: &Catalog) -> String {
    catalog.find(text).map_or_else(|| text.trim().to_string(), |form| form.key.clone())
}
