//! The app's side of its popups: opening them with what they need, and acting on what they
//! answer. The popups themselves know nothing of the app.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Note, Popup, Purpose};
use crate::i18n::Msg;
use crate::model::Kind;
use crate::ops::{self, OnLinked};
use crate::progress::{CatchUpItem, State, catch_up};
use crate::report::catch_up as catch_up_words;
use crate::report::{TodoKind, todo_list};
use crate::tui::keymap::Action;
use crate::tui::pane::Pane;
use crate::tui::popup::catch_up::{CatchUpOutcome, CatchUpPopup};
use crate::tui::popup::confirm::{ConfirmDelete, ConfirmOutcome};
use crate::tui::popup::form::{FieldId, Form, FormEvent, LINE_CAP};
use crate::tui::popup::help;
use crate::tui::popup::summary::{SummaryOutcome, SummaryPopup, TodoItem};
use crate::tui::undo::Did;

impl App {
    /// A visible popup gets the key first; whatever it answers decides what stays open.
    pub(super) fn popup_key(&mut self, key: KeyEvent) {
        let Some(popup) = self.popup.take() else { return };
        self.popup = match popup {
            Popup::Help if help::closes(key) => None,
            Popup::Help => Some(Popup::Help),
            Popup::Summary(mut summary) => match summary.handle_key(key) {
                SummaryOutcome::Stay => Some(Popup::Summary(summary)),
                SummaryOutcome::Close => None,
                SummaryOutcome::Settle(item) => self.settle(&item),
            },
            Popup::CatchUp(mut catch_up) => match catch_up.handle_key(key) {
                CatchUpOutcome::Stay => Some(Popup::CatchUp(catch_up)),
                CatchUpOutcome::Close => None,
                CatchUpOutcome::Add(items) => self.add_catch_up(catch_up.plan.year, &items),
            },
            Popup::Siasn(mut siasn) => {
                let outcome = siasn.handle_key(key);
                self.siasn_answer(siasn, outcome)
            }
            Popup::ConfirmDelete(confirm) => match confirm.handle_key(key) {
                ConfirmOutcome::Undecided => Some(Popup::ConfirmDelete(confirm)),
                ConfirmOutcome::Cancel => None,
                ConfirmOutcome::Delete(linked) => {
                    self.delete(&confirm, linked);
                    None
                }
            },
            Popup::Form { mut form, purpose } => match form.handle_key(key) {
                FormEvent::Full(cap) => self.form_full(form, purpose, cap),
                FormEvent::Cancel => {
                    if matches!(purpose, Purpose::Reflection { editing: None, .. }) {
                        self.note = Some(Note::Info(self.lang.t(Msg::TuiReflectionLater).to_string()));
                    }
                    None
                }
                FormEvent::ConfirmLeave => {
                    form.banner = Some(self.lang.t(Msg::FormLeaveAsk).to_string());
                    Some(Popup::Form { form, purpose })
                }
                FormEvent::Submit => self.submit(form, purpose),
                FormEvent::Changed | FormEvent::Nothing => {
                    self.check_form(&mut form, &purpose);
                    Some(Popup::Form { form, purpose })
                }
            },
        };
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            self.quit = true;
        }
    }

    /// A paste arrives as one event: into the open form's field, or the filter line, cut to
    /// what it holds; elsewhere it is ignored (a paste is never taken for keys).
    pub fn handle_paste(&mut self, text: &str) {
        match self.popup.take() {
            Some(Popup::Form { mut form, purpose }) => {
                self.popup = match form.paste(text) {
                    FormEvent::Full(cap) => self.form_full(form, purpose, cap),
                    _ => {
                        self.check_form(&mut form, &purpose);
                        Some(Popup::Form { form, purpose })
                    }
                };
            }
            other => {
                self.popup = other;
                if self.popup.is_none()
                    && let Some(input) = &mut self.filtering
                {
                    let line: String = crate::printable::printable(text).chars().take(LINE_CAP).collect();
                    input.insert_str(line);
                }
            }
        }
    }

    /// The field is full: what went past its cap was not taken, and the form says so.
    fn form_full(&mut self, mut form: Form, purpose: Purpose, cap: usize) -> Option<Popup> {
        self.check_form(&mut form, &purpose);
        form.banner = Some(tr!(self.lang, Msg::FormFieldFull, cap = cap));
        Some(Popup::Form { form, purpose })
    }

    pub(super) fn open_summary(&mut self) {
        self.popup = Some(Popup::Summary(SummaryPopup::new(self.todo_items())));
    }

    /// Straight to the form that settles a to-do, on that very record.
    fn settle(&mut self, item: &TodoItem) -> Option<Popup> {
        if !self.jump_to(item.pane, &item.id) {
            return None;
        }
        self.update(item.action);
        let mut popup = self.popup.take();
        if let (Some(Popup::Form { form, .. }), Some(field)) = (&mut popup, item.field) {
            form.focus_on(field);
        }
        popup
    }

    /// The to-dos of the year in view (`report::todo_list`), each with the key and the field
    /// that settle it.
    pub(super) fn todo_items(&self) -> Vec<TodoItem> {
        let summary = &self.cache.summary;
        todo_list(self.plan(), summary, &self.cache.catalog, self.lang)
            .into_iter()
            .map(|todo| {
                let (action, field) = match todo.kind {
                    // Editing offers what settles it: done, cancelled, or new dates.
                    TodoKind::Overdue => (Action::Edit, Some(FieldId::Status)),
                    TodoKind::DoneWithoutJp => (Action::MarkDone, None),
                    TodoKind::NoReflection => (Action::Reflect, None),
                    TodoKind::FollowUp => (Action::Edit, Some(FieldId::Applied)),
                    TodoKind::NoCertificate => (Action::Edit, Some(FieldId::Certificate)),
                    TodoKind::NotInSiasn => (Action::Edit, Some(FieldId::InSiasn)),
                    TodoKind::NoWhy => (Action::Edit, Some(FieldId::Why)),
                    TodoKind::DayOverCap | TodoKind::MonthOverCap => (Action::Edit, Some(FieldId::Jp)),
                };
                TodoItem { pane: Pane::of(todo.record), id: todo.id, text: todo.text, action, field }
            })
            .collect()
    }

    /// "Delete this?", with what else a full delete would take.
    pub(super) fn ask_delete(&mut self) {
        let Some(id) = self.selected_id(self.focus) else { return };
        let plan = self.plan();
        let kind = self.focus.kind();
        let (logs, reflections) = match kind {
            Kind::Training => (plan.logs_of_training(&id).count(), plan.reflections_of_training(&id).count()),
            Kind::Log => {
                (0, plan.reflections.iter().filter(|r| r.log.as_deref() == Some(id.as_str())).count())
            }
            Kind::Reflection => (0, 0),
        };
        let title = self.training(&id).filter(|_| kind == Kind::Training).map(|t| t.title.clone());
        let confirm = ConfirmDelete { kind, id, title: title.unwrap_or_default(), logs, reflections };
        self.popup = Some(Popup::ConfirmDelete(confirm));
    }

    fn delete(&mut self, confirm: &ConfirmDelete, linked: OnLinked) {
        let (kind, id) = (confirm.kind, confirm.id.clone());
        let _ = self.change(|plan| {
            let deleted = match kind {
                Kind::Training => ops::delete_training(plan, &id, linked)?,
                Kind::Log => ops::delete_log(plan, &id, linked)?,
                Kind::Reflection => ops::delete_reflection(plan, &id)?,
            };
            // Say what else went, so a quick `y` is not a silent loss (and `u` brings it back).
            let (logs, reflections) = (deleted.logs.len(), deleted.reflections.len());
            let did = if logs + reflections == 0 {
                Did::Deleted(kind, id.clone())
            } else {
                Did::DeletedWith { kind, id: id.clone(), logs, reflections }
            };
            Ok(((), did))
        });
    }
}

impl App {
    /// Whether the header and the hint line offer `c`: the year is at risk with working days left
    /// and something done or planned already (an empty year is welcomed, not warned), in a file
    /// that can be written.
    pub fn catch_up_offered(&self) -> bool {
        let summary = &self.cache.summary;
        summary.state == State::AtRisk
            && !self.is_read_only()
            && summary.needed_per_workday.is_some()
            && (summary.done.is_positive() || summary.remaining_plan.is_positive())
    }

    /// The year's catch-up plan, every item ticked; or why there is nothing to catch up.
    pub(super) fn open_catch_up(&mut self) {
        let plan = catch_up(self.plan(), &self.cache.catalog, self.year, self.today);
        self.popup = Some(Popup::CatchUp(CatchUpPopup::new(plan)));
    }

    /// The chosen items as planned trainings, in one change that one `u` takes back; the first
    /// is then selected in the trainings pane.
    fn add_catch_up(&mut self, year: i32, items: &[CatchUpItem]) -> Option<Popup> {
        let (lang, catalog) = (self.lang, self.cache.catalog.clone());
        let added = self.change(|plan| {
            let mut ids = Vec::new();
            for item in items {
                ids.push(ops::add_training(plan, catch_up_words::training(item, year, &catalog, lang)));
            }
            Ok((ids.clone(), Did::CatchUp(ids)))
        });
        if let Some(first) = added.ok().and_then(|ids| ids.into_iter().next()) {
            self.focus = Pane::Trainings;
            self.jump_to(Pane::Trainings, &first);
        }
        None
    }
}
