//! Reading typed values out of form fields, with the problem named in the person's language.

use chrono::{Datelike, NaiveDate};

use super::form::{FieldId, Form};
use crate::describe;
use crate::i18n::Lang;
use crate::model::{Jp, ProblemKind, entry_jp, parse_date};

/// Collects field problems while a form is read, so all are shown at once.
pub struct Reader<'a> {
    pub form: &'a Form,
    pub lang: Lang,
    pub today: NaiveDate,
    pub errors: Vec<(FieldId, String)>,
}

impl<'a> Reader<'a> {
    pub fn new(form: &'a Form, lang: Lang, today: NaiveDate) -> Reader<'a> {
        Reader { form, lang, today, errors: Vec::new() }
    }

    pub fn problem(&mut self, id: FieldId, kind: ProblemKind) {
        self.errors.push((id, describe::errors::problem_kind(&kind, self.lang)));
    }

    pub fn text(&self, id: FieldId) -> String {
        self.form.value(id).trim().to_string()
    }

    pub fn required_text(&mut self, id: FieldId) -> String {
        let text = self.text(id);
        if text.is_empty() {
            self.problem(id, ProblemKind::Empty);
        }
        text
    }

    /// A JP amount: empty gives `None`; otherwise more than 0 and at most 1000.
    pub fn jp(&mut self, id: FieldId) -> Option<Jp> {
        let text = self.text(id);
        if text.is_empty() {
            return None;
        }
        match Jp::parse(&text).map_err(ProblemKind::Jp).and_then(entry_jp) {
            Ok(jp) => Some(jp),
            Err(kind) => {
                self.problem(id, kind);
                None
            }
        }
    }

    pub fn required_jp(&mut self, id: FieldId) -> Option<Jp> {
        if self.text(id).is_empty() {
            self.problem(id, ProblemKind::Empty);
            return None;
        }
        self.jp(id)
    }

    /// A date in any accepted shape; empty gives `None`.
    pub fn date(&mut self, id: FieldId) -> Option<NaiveDate> {
        let text = self.text(id);
        if text.is_empty() {
            return None;
        }
        match parse_date(&text, self.today) {
            Ok(date) => Some(date),
            Err(error) => {
                self.problem(id, ProblemKind::Date(error));
                None
            }
        }
    }

    pub fn required_date(&mut self, id: FieldId) -> Option<NaiveDate> {
        if self.text(id).is_empty() {
            self.problem(id, ProblemKind::Empty);
            return None;
        }
        self.date(id)
    }

    /// `Some(text)` for a non-empty field.
    pub fn optional(&self, id: FieldId) -> Option<String> {
        Some(self.text(id)).filter(|t| !t.is_empty())
    }

    pub fn finish<T>(self, value: T) -> Result<T, Vec<(FieldId, String)>> {
        if self.errors.is_empty() { Ok(value) } else { Err(self.errors) }
    }
}

/// A date as a form shows it for editing: day first, as dates are written everywhere else
/// (`30/6/2026`), and read back by the same parser.
pub fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| format!("{}/{}/{}", d.day(), d.month(), d.year())).unwrap_or_default()
}

/// JP for editing, in the person's decimal mark.
pub fn jp_text(jp: Option<Jp>, lang: Lang) -> String {
    jp.map(|jp| jp.format(lang).replace(lang.thousands_mark(), "")).unwrap_or_default()
}
