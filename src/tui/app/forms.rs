//! Opening the forms and dialogs, and saving what they describe.

use chrono::{Datelike, NaiveDate};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::{App, DeleteTarget, Note, Popup, Purpose};
use crate::i18n::Msg;
use crate::model::{Kind, Status};
use crate::ops::{self, Linked, OpError};
use crate::store::StoreError;
use crate::tui::pane::Pane;
use crate::tui::popup::form::{Choice, FieldId, Form};
use crate::tui::popup::{log_form, profile_form, reflection_form, training_form};
use crate::tui::undo::{Did, Inverse};

impl App {
    // Opening forms.

    pub(super) fn open_add_form(&mut self) {
        let lang = self.lang;
        let (form, purpose) = match self.focus {
            Pane::Trainings => {
                (training_form::open(None, &self.derived.catalog, lang), Purpose::Training { editing: None })
            }
            Pane::Logs => {
                let prefill = log_form::Prefill {
                    existing: None,
                    training: None,
                    jp: None,
                    today: self.entry_day(),
                    linkable: self.linkable_trainings(self.year),
                };
                let form = log_form::open(prefill, &self.derived.catalog, lang);
                (form, Purpose::Log { editing: None, training: None, finishing: false })
            }
            _ => {
                // A reflection is written on a training or a log entry: say where.
                self.note = Some(Note::Info(lang.t(Msg::TuiReflectOnWhat).to_string()));
                return;
            }
        };
        self.popup = Some(Popup::Form { form, purpose });
    }

    /// New entries default to today, or to the last day of a past year being viewed.
    /// The year's trainings, as choices for a log entry's link.
    fn linkable_trainings(&self, year: i32) -> Vec<Choice> {
        self.plan()
            .trainings
            .iter()
            .filter(|t| t.year == year)
            .map(|t| Choice::new(t.id.clone(), crate::text::printable(&t.title).into_owned()))
            .collect()
    }

    fn entry_day(&self) -> NaiveDate {
        match self.year.cmp(&self.today.year()) {
            std::cmp::Ordering::Equal => self.today,
            std::cmp::Ordering::Less => NaiveDate::from_ymd_opt(self.year, 12, 31).unwrap_or(self.today),
            std::cmp::Ordering::Greater => NaiveDate::from_ymd_opt(self.year, 1, 1).unwrap_or(self.today),
        }
    }

    pub(super) fn open_edit_form(&mut self) {
        let Some(index) = self.selected_index(self.focus) else { return };
        let plan = self.plan();
        let lang = self.lang;
        let (form, purpose) = match self.focus {
            Pane::Trainings => {
                let training = &plan.trainings[index];
                let form = training_form::open(Some(training), &self.derived.catalog, lang);
                (form, Purpose::Training { editing: Some(training.id.clone()) })
            }
            Pane::Logs => {
                let log = &plan.logs[index];
                let training = log.training.as_deref().and_then(|id| plan.training(id));
                let prefill = log_form::Prefill {
                    existing: Some(log),
                    training,
                    jp: None,
                    today: self.today,
                    linkable: self.linkable_trainings(log.date.year()),
                };
                let form = log_form::open(prefill, &self.derived.catalog, lang);
                (
                    form,
                    Purpose::Log {
                        editing: Some(log.id.clone()),
                        training: log.training.clone(),
                        finishing: false,
                    },
                )
            }
            _ => {
                let reflection = &plan.reflections[index];
                let about =
                    self.reflection_subject(reflection.training.as_deref(), reflection.log.as_deref());
                let form = reflection_form::open(Some(reflection), &about, lang, self.today);
                let purpose = Purpose::Reflection {
                    editing: Some(reflection.id.clone()),
                    training: reflection.training.clone(),
                    log: reflection.log.clone(),
                };
                (form, purpose)
            }
        };
        self.popup = Some(Popup::Form { form, purpose });
    }

    /// `x` on a training: the log form with what remains of its plan, then the reflection.
    pub(super) fn start_finishing(&mut self) {
        if self.focus != Pane::Trainings {
            self.note = Some(Note::Info(self.lang.t(Msg::TuiDoneOnTraining).to_string()));
            return;
        }
        let Some(index) = self.selected_index(Pane::Trainings) else { return };
        let training = &self.plan().trainings[index];
        let logged = self.derived.logged.get(&training.id).copied().unwrap_or_default();
        let remaining = (training.planned_jp - logged).at_least_zero();
        let prefill = log_form::Prefill {
            existing: None,
            training: Some(training),
            jp: Some(remaining).filter(|jp| jp.is_positive()),
            today: self.today,
            linkable: Vec::new(),
        };
        let form = log_form::open(prefill, &self.derived.catalog, self.lang);
        let purpose = Purpose::Log { editing: None, training: Some(training.id.clone()), finishing: true };
        self.popup = Some(Popup::Form { form, purpose });
    }

    pub(super) fn open_reflection_form(&mut self) {
        let plan = self.plan();
        let (training, log) = match (self.focus, self.selected_index(self.focus)) {
            (Pane::Trainings, Some(i)) => (Some(plan.trainings[i].id.clone()), None),
            (Pane::Logs, Some(i)) => {
                let log = &plan.logs[i];
                // A log of a training is reflected on as that training.
                match &log.training {
                    Some(training) => (Some(training.clone()), None),
                    None => (None, Some(log.id.clone())),
                }
            }
            (Pane::Reflections, Some(_)) => return self.open_edit_form(),
            _ => {
                self.note = Some(Note::Info(self.lang.t(Msg::TuiReflectOnWhat).to_string()));
                return;
            }
        };
        // Edit the existing reflection rather than writing a second one.
        // A training's reflection may also hang on one of its log entries.
        let logs_of_training: Vec<&str> = match &training {
            Some(id) => {
                plan.logs.iter().filter(|l| l.training.as_ref() == Some(id)).map(|l| l.id.as_str()).collect()
            }
            None => Vec::new(),
        };
        let existing = plan.reflections.iter().find(|r| {
            (training.is_some() && r.training == training)
                || (log.is_some() && r.log == log)
                || r.log.as_deref().is_some_and(|l| logs_of_training.contains(&l))
        });
        let about = self.reflection_subject(training.as_deref(), log.as_deref());
        let form = reflection_form::open(existing, &about, self.lang, self.today);
        let purpose = Purpose::Reflection { editing: existing.map(|r| r.id.clone()), training, log };
        self.popup = Some(Popup::Form { form, purpose });
    }

    pub(super) fn ask_delete(&mut self) {
        let Some(index) = self.selected_index(self.focus) else { return };
        let plan = self.plan();
        let target = match self.focus {
            Pane::Trainings => {
                let id = plan.trainings[index].id.clone();
                let logs: Vec<&str> = plan
                    .logs
                    .iter()
                    .filter(|l| l.training.as_deref() == Some(id.as_str()))
                    .map(|l| l.id.as_str())
                    .collect();
                // Counted as `y` would delete them: on the training, or on one of its entries.
                let reflections = plan
                    .reflections
                    .iter()
                    .filter(|r| {
                        r.training.as_deref() == Some(id.as_str())
                            || r.log.as_deref().is_some_and(|l| logs.contains(&l))
                    })
                    .count();
                DeleteTarget::Training { logs: logs.len(), reflections, id }
            }
            Pane::Logs => {
                let id = plan.logs[index].id.clone();
                let reflections =
                    plan.reflections.iter().filter(|r| r.log.as_deref() == Some(id.as_str())).count();
                DeleteTarget::Log { id, reflections }
            }
            _ => DeleteTarget::Reflection { id: plan.reflections[index].id.clone() },
        };
        self.popup = Some(Popup::ConfirmDelete(target));
    }

    pub(super) fn confirm_key(&mut self, key: KeyEvent, target: DeleteTarget) -> Option<Popup> {
        let linked = match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') => Linked::Cascade,
            KeyCode::Char('k') | KeyCode::Char('K') => Linked::Unlink,
            KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => return None,
            _ => return Some(Popup::ConfirmDelete(target)),
        };
        let has_links = match &target {
            DeleteTarget::Training { logs, reflections, .. } => logs + reflections > 0,
            DeleteTarget::Log { reflections, .. } => *reflections > 0,
            DeleteTarget::Reflection { .. } => false,
        };
        if linked == Linked::Unlink && !has_links {
            return Some(Popup::ConfirmDelete(target));
        }
        let (kind, id) = match &target {
            DeleteTarget::Training { id, .. } => (Kind::Training, id.clone()),
            DeleteTarget::Log { id, .. } => (Kind::Log, id.clone()),
            DeleteTarget::Reflection { id } => (Kind::Reflection, id.clone()),
        };
        let _ = self.change(|plan| {
            let inverse = Inverse::before_delete(plan, kind, &id);
            match kind {
                Kind::Training => ops::delete_training(plan, &id, linked)?,
                Kind::Log => ops::delete_log(plan, &id, linked)?,
                Kind::Reflection => ops::delete_reflection(plan, &id)?,
            };
            Ok(((), vec![inverse], Did::Deleted(kind, id.clone())))
        });
        None
    }

    /// Live validation while typing, and the log form's calculator.
    pub(super) fn check_form(&self, form: &mut Form, purpose: &Purpose) {
        if let Purpose::Log { .. } = purpose {
            log_form::refresh_calculator(
                form,
                &self.derived.catalog,
                self.plan().profile.minutes_per_jp,
                self.lang,
            );
        }
        let errors = match self.read_form(form, purpose) {
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        };
        form.set_errors(&errors);
    }

    fn read_form(&self, form: &Form, purpose: &Purpose) -> Result<Submission, Vec<(FieldId, String)>> {
        let plan = self.plan();
        let (lang, today) = (self.lang, self.today);
        match purpose {
            Purpose::Training { editing } => {
                let existing = editing.as_deref().and_then(|id| plan.training(id));
                training_form::read(form, lang, today, self.year, existing).map(Submission::Training)
            }
            Purpose::Log { editing, training, .. } => {
                let ctx = log_form::LogContext {
                    plan,
                    catalog: &self.derived.catalog,
                    minutes_per_jp: plan.profile.minutes_per_jp,
                    lang,
                    today,
                    existing: editing.as_deref().and_then(|id| plan.log(id)),
                    training: training.as_deref().and_then(|id| plan.training(id)),
                };
                log_form::read(form, &ctx).map(Submission::Log)
            }
            Purpose::Reflection { editing, training, log } => {
                let existing = editing.as_deref().and_then(|id| plan.reflections.iter().find(|r| r.id == id));
                reflection_form::read(form, lang, today, existing, (training.clone(), log.clone()))
                    .map(Submission::Reflection)
            }
            Purpose::Profile => profile_form::read(form, lang, today, &plan.profile).map(Submission::Profile),
        }
    }

    pub(super) fn submit(&mut self, mut form: Form, purpose: Purpose) -> Option<Popup> {
        let submission = match self.read_form(&form, &purpose) {
            Ok(submission) => submission,
            Err(errors) => {
                form.set_errors(&errors);
                form.reveal_errors();
                return Some(Popup::Form { form, purpose });
            }
        };
        let result = self.save(submission, &purpose);
        match result {
            Err(message) => {
                form.banner = Some(message.replace('\n', " · "));
                Some(Popup::Form { form, purpose })
            }
            Ok(next) => next,
        }
    }

    /// Saves what a form described; the after-course flow continues with the reflection.
    fn save(&mut self, submission: Submission, purpose: &Purpose) -> Result<Option<Popup>, String> {
        match (submission, purpose) {
            (Submission::Training(training), Purpose::Training { editing }) => {
                let editing = editing.clone();
                let id = self.change(move |plan| match editing {
                    Some(id) => {
                        let before = plan
                            .training(&id)
                            .cloned()
                            .ok_or_else(|| StoreError::from(OpError::not_found(Kind::Training, &id)))?;
                        ops::update_training(plan, &id, training)?;
                        Ok((id.clone(), vec![Inverse::training(before)], Did::Edited(Kind::Training, id)))
                    }
                    None => {
                        let id = ops::add_training(plan, training);
                        let inverse = vec![Inverse::Remove(Kind::Training, id.clone())];
                        Ok((id.clone(), inverse, Did::Added(Kind::Training, id)))
                    }
                })?;
                self.jump_to(Pane::Trainings, &id);
                Ok(None)
            }
            (Submission::Log(log), Purpose::Log { editing, training, finishing }) => {
                let (editing, finishing, training) = (editing.clone(), *finishing, training.clone());
                let finished = training.clone().filter(|_| finishing);
                let id = self.change(move |plan| {
                    let mut inverse = Vec::new();
                    let mut did = None;
                    let id = match editing {
                        Some(id) => {
                            let before = plan
                                .log(&id)
                                .cloned()
                                .ok_or_else(|| StoreError::from(OpError::not_found(Kind::Log, &id)))?;
                            ops::update_log(plan, &id, log)?;
                            inverse.push(Inverse::log(before));
                            did = Some(Did::Edited(Kind::Log, id.clone()));
                            id
                        }
                        None => {
                            let id = ops::add_log(plan, log);
                            inverse.push(Inverse::Remove(Kind::Log, id.clone()));
                            id
                        }
                    };
                    if let Some(training) = &finished {
                        let before = plan
                            .training(training)
                            .cloned()
                            .ok_or_else(|| StoreError::from(OpError::not_found(Kind::Training, training)))?;
                        ops::set_status(plan, training, Status::Done)?;
                        inverse.push(Inverse::training(before));
                        did = Some(Did::Finished(training.clone()));
                    }
                    let did = did.unwrap_or_else(|| Did::Added(Kind::Log, id.clone()));
                    Ok((id, inverse, did))
                })?;
                if finishing && let Some(training) = training {
                    // One flow: right after logging, the reflection on the same training.
                    let about = self.reflection_subject(Some(&training), None);
                    let existing =
                        self.plan().reflections.iter().find(|r| r.training.as_deref() == Some(&training));
                    let form = reflection_form::open(existing, &about, self.lang, self.today);
                    let editing = existing.map(|r| r.id.clone());
                    return Ok(Some(Popup::Form {
                        form,
                        purpose: Purpose::Reflection { editing, training: Some(training), log: None },
                    }));
                }
                self.jump_to(Pane::Logs, &id);
                Ok(None)
            }
            (Submission::Reflection(reflection), Purpose::Reflection { editing, .. }) => {
                let editing = editing.clone();
                let id = self.change(move |plan| match editing {
                    Some(id) => {
                        let before = plan
                            .reflections
                            .iter()
                            .find(|r| r.id == id)
                            .cloned()
                            .ok_or_else(|| StoreError::from(OpError::not_found(Kind::Reflection, &id)))?;
                        ops::update_reflection(plan, &id, reflection)?;
                        Ok((id.clone(), vec![Inverse::reflection(before)], Did::Edited(Kind::Reflection, id)))
                    }
                    None => {
                        let id = ops::add_reflection(plan, reflection);
                        let inverse = vec![Inverse::Remove(Kind::Reflection, id.clone())];
                        Ok((id.clone(), inverse, Did::Added(Kind::Reflection, id)))
                    }
                })?;
                self.jump_to(Pane::Reflections, &id);
                Ok(None)
            }
            (Submission::Profile(profile), Purpose::Profile) => {
                let language = profile.language;
                let mouse = profile.mouse != Some(false);
                self.change(move |plan| {
                    let before = std::mem::replace(&mut plan.profile, profile);
                    Ok(((), vec![Inverse::RestoreProfile(Box::new(before))], Did::Profile))
                })?;
                if let Some(language) = language.filter(|_| !self.lang_forced) {
                    self.lang = language;
                    self.refresh_derived();
                }
                // `--no-mouse` stays in force; otherwise the profile's choice applies at once.
                self.mouse = mouse && !self.no_mouse;
                Ok(None)
            }
            _ => Ok(None),
        }
    }
}

/// A form's result, ready to be saved.
enum Submission {
    Training(crate::model::Training),
    Log(crate::model::Log),
    Reflection(crate::model::Reflection),
    Profile(crate::model::Profile),
}
