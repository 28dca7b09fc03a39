//! The app's side of its popups: opening them with what they need, and acting on what they
//! answer. The popups themselves know nothing of the app.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Note, Popup, Purpose};
use crate::i18n::Msg;
use crate::model::{Kind, format_day_month};
use crate::ops::{self, OnLinked};
use crate::printable::printable;
use crate::tui::keymap::Action;
use crate::tui::pane::Pane;
use crate::tui::popup::confirm::{ConfirmDelete, ConfirmOutcome};
use crate::tui::popup::form::{FieldId, FormEvent};
use crate::tui::popup::help;
use crate::tui::popup::summary::{SummaryOutcome, SummaryPopup, TodoItem};
use crate::tui::undo::{Did, Inverse};

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
            Popup::ConfirmDelete(confirm) => match confirm.handle_key(key) {
                ConfirmOutcome::Undecided => Some(Popup::ConfirmDelete(confirm)),
                ConfirmOutcome::Cancel => None,
                ConfirmOutcome::Delete(linked) => {
                    self.delete(&confirm, linked);
                    None
                }
            },
            Popup::Form { mut form, purpose } => match form.handle_key(key) {
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

    /// The to-dos of the year in view, in the order the summary lists them.
    pub(super) fn todo_items(&self) -> Vec<TodoItem> {
        let lang = self.lang;
        let plan = self.plan();
        let todos = &self.cache.summary.todos;
        let training_title = |id: &str| self.training(id).map(|t| t.title.clone()).unwrap_or_default();
        let log_title = |id: &str| self.log(id).map(|l| self.log_title(l)).unwrap_or_default();
        let mut items = Vec::new();
        let mut add = |pane: Pane, id: &str, text: String, action: Action, field: Option<FieldId>| {
            items.push(TodoItem { pane, id: id.to_string(), text, action, field });
        };
        for id in &todos.overdue {
            // Editing offers what settles it: done, cancelled, or new dates.
            let text = tr!(lang, Msg::TodoItemOverdue, title = printable(&training_title(id)));
            add(Pane::Trainings, id, text, Action::Edit, Some(FieldId::Status));
        }
        for id in &todos.done_without_reflection {
            let text = tr!(lang, Msg::TodoItemNoReflection, title = printable(&training_title(id)));
            add(Pane::Trainings, id, text, Action::Reflect, None);
        }
        for id in &todos.follow_ups_due {
            let about = plan
                .reflection(id)
                .map(|r| self.reflection_subject(r.training.as_deref(), r.log.as_deref()))
                .unwrap_or_default();
            let text = tr!(lang, Msg::TodoItemFollowUp, title = printable(&about));
            add(Pane::Reflections, id, text, Action::Edit, Some(FieldId::Applied));
        }
        for id in &todos.logs_without_certificate {
            let text = tr!(lang, Msg::TodoItemNoCertificate, title = printable(&log_title(id)));
            add(Pane::Logs, id, text, Action::Edit, Some(FieldId::Certificate));
        }
        for id in &todos.logs_not_in_siasn {
            let text = tr!(lang, Msg::TodoItemNotInSiasn, title = printable(&log_title(id)));
            add(Pane::Logs, id, text, Action::Edit, Some(FieldId::InSiasn));
        }
        for id in &todos.trainings_without_why {
            let text = tr!(lang, Msg::TodoItemNoWhy, title = printable(&training_title(id)));
            add(Pane::Trainings, id, text, Action::Edit, Some(FieldId::Why));
        }
        let index = plan.training_index();
        for day in &todos.days_over_cap {
            let first_log =
                plan.logs.iter().find(|l| l.date == day.date && index.log_form(l) == Some(day.form.as_str()));
            if let Some(log) = first_log {
                let text = tr!(
                    lang,
                    Msg::TodoItemOverCap,
                    date = format_day_month(day.date, lang),
                    jp = day.jp.format(lang),
                    cap = day.cap.format(lang),
                    form = printable(self.cache.catalog.label(&day.form, lang))
                );
                let field = Some(FieldId::Jp);
                items.push(TodoItem {
                    pane: Pane::Logs,
                    id: log.id.clone(),
                    text,
                    action: Action::Edit,
                    field,
                });
            }
        }
        items
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
            let inverse = Inverse::before_delete(plan, kind, &id);
            match kind {
                Kind::Training => ops::delete_training(plan, &id, linked)?,
                Kind::Log => ops::delete_log(plan, &id, linked)?,
                Kind::Reflection => ops::delete_reflection(plan, &id)?,
            };
            Ok(((), vec![inverse], Did::Deleted(kind, id.clone())))
        });
    }
}
