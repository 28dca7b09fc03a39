//! The app's side of the SIASN view: the records it shows (with their certificate files looked
//! for on disk), and what copying a field or marking a course entered does.

use std::path::Path;

use super::{App, Note, Popup, Source};
use crate::model::Kind;
use crate::ops;
use crate::printable::printable;
use crate::report::siasn::{field_label, pending, year_records};
use crate::siasn::{SiasnRecord, look_for_files};
use crate::tui::clipboard::Support;
use crate::tui::popup::siasn::{SiasnOutcome, SiasnPopup};
use crate::tui::undo::Did;

impl App {
    pub(super) fn open_siasn(&mut self) {
        self.popup = Some(Popup::Siasn(SiasnPopup::new(self.year, self.siasn_records())));
    }

    /// The year's courses not yet in SIASN; a certificate file is looked for from the data
    /// file's folder (`~/` is the home folder).
    pub(super) fn siasn_records(&self) -> Vec<SiasnRecord> {
        let mut records = pending(year_records(self.plan(), &self.cache.catalog, self.year));
        if let Source::Store(store) = &self.source {
            let folder = store.path().parent().unwrap_or(Path::new("."));
            let home = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf());
            look_for_files(&mut records, home.as_deref(), folder, Path::is_file);
        }
        records
    }

    /// Acts on what the SIASN view answered; it stays open unless closed.
    pub(super) fn siasn_answer(&mut self, mut siasn: SiasnPopup, outcome: SiasnOutcome) -> Option<Popup> {
        let lang = self.lang;
        match outcome {
            SiasnOutcome::Stay => {}
            SiasnOutcome::Close => return None,
            SiasnOutcome::Copy { field, value } => {
                let field = field_label(field, lang);
                let words = if value.trim().is_empty() {
                    tr!(lang, Msg::TuiCopyEmpty, field = field)
                } else {
                    self.clipboard = Some(value);
                    match self.clipboard_support {
                        Support::Likely => tr!(lang, Msg::TuiCopied, field = field),
                        Support::Tmux => tr!(lang, Msg::TuiCopiedTmux, field = field),
                        Support::Unlikely => tr!(lang, Msg::TuiCopiedUnsupported, field = field),
                    }
                };
                self.note = Some(Note::Info(words));
            }
            SiasnOutcome::MarkEntered(course) => {
                self.mark_entered(&course);
                siasn.set_records(self.siasn_records());
            }
        }
        Some(Popup::Siasn(siasn))
    }

    /// Every entry of the course marked as in SIASN, through the store; `u` puts them back.
    fn mark_entered(&mut self, course: &str) {
        let lang = self.lang;
        let marked = self.change(|plan| {
            let kind = if plan.training(course).is_some() { Kind::Training } else { Kind::Log };
            let logs = ops::mark_in_siasn(plan, course)?;
            Ok((logs, Did::Edited(kind, course.to_string())))
        });
        if let Ok(logs) = marked {
            let text = tr!(lang, Msg::TuiMarkedSiasn, id = printable(course), logs = logs.join(", "));
            self.note = Some(Note::Saved(text));
        }
    }
}
