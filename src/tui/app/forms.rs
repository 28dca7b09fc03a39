//! Opening the forms with what they need, and reading them back, live and on submit.

use chrono::{Datelike, NaiveDate};

use super::save::{self, Save};
use super::{App, Note, Popup, Purpose};
use crate::i18n::Msg;
use crate::model::merge::with_fields_of;
use crate::model::{Status, Training};
use crate::progress::last_day;
use crate::tui::pane::Pane;
use crate::tui::popup::form::{Base, Choice, FieldId, Form};
use crate::tui::popup::{log_form, profile_form, reflection_form, training_form};

impl App {
    pub(super) fn open_add_form(&mut self) {
        let lang = self.lang;
        let (form, purpose) = match self.focus {
            Pane::Trainings => {
                (training_form::open(None, &self.cache.catalog, lang), Purpose::Training { editing: None })
            }
            Pane::Logs => {
                let prefill = log_form::Prefill {
                    existing: None,
                    training: None,
                    jp: None,
                    date: self.entry_day(),
                    start: None,
                    linkable: self.linkable_trainings(self.year),
                };
                let form = log_form::open(prefill, &self.cache.catalog, lang);
                (form, Purpose::Log { editing: None, training: None, finishing: false })
            }
            Pane::Reflections => {
                // A reflection is written on a training or a log entry: say where.
                self.note = Some(Note::Info(lang.t(Msg::TuiReflectOnWhat).to_string()));
                return;
            }
        };
        self.open_form(form, purpose);
    }

    /// Shows a form; a log form is checked as it opens, so its warning shows before any key.
    fn open_form(&mut self, mut form: Form, purpose: Purpose) {
        if matches!(purpose, Purpose::Log { .. }) {
            self.check_form(&mut form, &purpose);
        }
        self.popup = Some(Popup::Form { form, purpose });
    }

    /// The year's trainings, as choices for a log entry's link.
    fn linkable_trainings(&self, year: i32) -> Vec<Choice> {
        self.plan()
            .trainings
            .iter()
            .filter(|t| t.year == year)
            .map(|t| Choice::new(t.id.clone(), crate::printable::printable(&t.title).into_owned()))
            .collect()
    }

    /// New entries default to today, or to the last day of a past year being viewed.
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
                let form = training_form::open(Some(training), &self.cache.catalog, lang);
                (form, Purpose::Training { editing: Some(training.id.clone()) })
            }
            Pane::Logs => {
                let log = &plan.logs[index];
                let training = log.training.as_deref().and_then(|id| plan.training(id));
                let prefill = log_form::Prefill {
                    existing: Some(log),
                    training,
                    jp: None,
                    date: log.date,
                    start: log.start,
                    linkable: self.linkable_trainings(log.date.year()),
                };
                let form = log_form::open(prefill, &self.cache.catalog, lang);
                let purpose = Purpose::Log {
                    editing: Some(log.id.clone()),
                    training: log.training.clone(),
                    finishing: false,
                };
                (form, purpose)
            }
            Pane::Reflections => {
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
        self.open_form(form, purpose);
    }

    /// `x` on a training, overdue or not: the log form with what remains of its plan, then the
    /// reflection. On a training already done and fully logged, straight to its reflection.
    pub(super) fn start_finishing(&mut self) {
        if self.focus != Pane::Trainings {
            self.note = Some(Note::Info(self.lang.t(Msg::TuiDoneOnTraining).to_string()));
            return;
        }
        let Some(index) = self.selected_index(Pane::Trainings) else { return };
        let training = &self.plan().trainings[index];
        let logged = self.cache.logged.get(&training.id).copied().unwrap_or_default();
        if training.status == Status::Done && logged >= training.planned_jp {
            self.popup = Some(self.reflection_popup(Some(training.id.clone()), None));
            return;
        }
        let (date, start) = finishing_days(training, logged.is_positive(), self.today);
        let remaining = (training.planned_jp - logged).at_least_zero();
        let prefill = log_form::Prefill {
            existing: None,
            training: Some(training),
            jp: Some(remaining).filter(|jp| jp.is_positive()),
            date,
            start,
            linkable: Vec::new(),
        };
        let form = log_form::open(prefill, &self.cache.catalog, self.lang);
        let purpose = Purpose::Log { editing: None, training: Some(training.id.clone()), finishing: true };
        self.open_form(form, purpose);
    }

    /// `r`: the reflection of the selected training or log entry; its existing one if it has
    /// one, so a record never gets a second reflection by accident.
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
        self.open_reflection_on(training, log);
    }

    fn open_reflection_on(&mut self, training: Option<String>, log: Option<String>) {
        self.popup = Some(self.reflection_popup(training, log));
    }

    /// The reflection form on a training or a log entry, editing the reflection it has.
    pub(super) fn reflection_popup(&self, training: Option<String>, log: Option<String>) -> Popup {
        let plan = self.plan();
        let existing = match (&training, &log) {
            (Some(training), _) => plan.reflections_of_training(training).next(),
            (None, Some(log)) => plan.reflections.iter().find(|r| r.log.as_ref() == Some(log)),
            (None, None) => None,
        };
        let about = self.reflection_subject(training.as_deref(), log.as_deref());
        let form = reflection_form::open(existing, &about, self.lang, self.today);
        let purpose = Purpose::Reflection { editing: existing.map(|r| r.id.clone()), training, log };
        Popup::Form { form, purpose }
    }

    /// Live validation while typing, and the log form's calculator and warning.
    pub(super) fn check_form(&self, form: &mut Form, purpose: &Purpose) {
        if let Purpose::Log { editing, training, .. } = purpose {
            let context = self.log_context(editing.as_deref(), training.as_deref());
            log_form::refresh_calculator(form, &context);
            log_form::refresh_warning(form, &context);
        }
        let errors = match self.read_form(form, purpose) {
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        };
        form.set_errors(&errors);
    }

    /// What a log form reads against: the plan, the catalog, and the entry or training it is on.
    fn log_context(&self, editing: Option<&str>, training: Option<&str>) -> log_form::LogContext<'_> {
        let plan = self.plan();
        log_form::LogContext {
            plan,
            catalog: &self.cache.catalog,
            minutes_per_jp: plan.profile.minutes_per_jp,
            lang: self.lang,
            today: self.today,
            existing: editing.and_then(|id| plan.log(id)),
            training: training.and_then(|id| plan.training(id)),
            usage: Some(&self.cache.caps),
        }
    }

    /// What the form describes, as the change that saves it; or the problems, field by field.
    /// An edit reads against the record as the form opened it (its base), so only what the
    /// person changed differs from it.
    fn read_form(&self, form: &Form, purpose: &Purpose) -> Result<Save, Vec<(FieldId, String)>> {
        let plan = self.plan();
        let (lang, today) = (self.lang, self.today);
        Ok(match purpose.clone() {
            Purpose::Training { editing } => {
                let editing = editing_of(editing, &form.base, |b| match b {
                    Base::Training(t) => Some(t),
                    _ => None,
                })
                .or_else(|id| plan.training(&id).cloned().map(|t| Some((id.clone(), t))).ok_or(Vec::new()))?;
                let existing = editing.as_ref().map(|(_, t)| t);
                let training = training_form::read(form, lang, today, self.year, existing)?;
                save::save_training(editing, training)
            }
            Purpose::Log { editing, training, finishing } => {
                let editing = editing_of(editing, &form.base, |b| match b {
                    Base::Log(l) => Some(l),
                    _ => None,
                })
                .or_else(|id| plan.log(&id).cloned().map(|l| Some((id.clone(), l))).ok_or(Vec::new()))?;
                let mut ctx = self.log_context(None, training.as_deref());
                ctx.existing = editing.as_ref().map(|(_, l)| l);
                let log = log_form::read(form, &ctx)?;
                match training.filter(|_| finishing) {
                    Some(training) => save::finish_training(editing, log, training),
                    None => save::save_record(editing, log),
                }
            }
            Purpose::Reflection { editing, training, log } => {
                let editing = editing_of(editing, &form.base, |b| match b {
                    Base::Reflection(r) => Some(r),
                    _ => None,
                })
                .or_else(|id| {
                    plan.reflection(&id).cloned().map(|r| Some((id.clone(), r))).ok_or(Vec::new())
                })?;
                let existing = editing.as_ref().map(|(_, r)| r);
                let reflection = reflection_form::read(form, lang, today, existing, (training, log))?;
                save::save_record(editing, reflection)
            }
            Purpose::Profile => {
                let base = match form.base.as_deref() {
                    Some(Base::Profile(profile)) => profile.clone(),
                    _ => plan.profile.clone(),
                };
                let profile = profile_form::read(form, lang, today, &base)?;
                save::save_profile(base, profile)
            }
        })
    }

    /// Enter on the last field or Ctrl-S: save, or keep the form open with what went wrong.
    pub(super) fn submit(&mut self, mut form: Form, purpose: Purpose) -> Option<Popup> {
        let save = match self.read_form(&form, &purpose) {
            Ok(save) => save,
            Err(errors) => {
                form.set_errors(&errors);
                form.reveal_errors();
                return Some(Popup::Form { form, purpose });
            }
        };
        match save(self) {
            Ok(next) => next,
            Err(message) => {
                match self.conflict.take() {
                    Some(keys) => self.offer_choice(&mut form, &purpose, &keys),
                    None => form.banner = Some(message.replace('\n', " · ")),
                }
                Some(Popup::Form { form, purpose })
            }
        }
    }

    /// Someone else changed fields the person changed too: the form stays open, names each
    /// field with its value now, and lets the person choose. Its base moves to that value, so
    /// Ctrl-S again saves the person's own; Ctrl-T takes theirs instead (`form.theirs`).
    fn offer_choice(&self, form: &mut Form, purpose: &Purpose, keys: &[&'static str]) {
        let plan = self.plan();
        let lang = self.lang;
        let (theirs_form, base) = match (form.base.as_deref(), purpose) {
            (Some(Base::Training(base)), Purpose::Training { editing: Some(id) }) => {
                let Some(theirs) = plan.training(id) else { return };
                let moved = Base::Training(with_fields_of(base, theirs, keys));
                (training_form::open(Some(theirs), &self.cache.catalog, lang), moved)
            }
            (Some(Base::Log(base)), Purpose::Log { editing: Some(id), .. }) => {
                let Some(theirs) = plan.log(id) else { return };
                let prefill = log_form::Prefill {
                    existing: Some(theirs),
                    training: theirs.training.as_deref().and_then(|t| plan.training(t)),
                    jp: None,
                    date: theirs.date,
                    start: theirs.start,
                    linkable: self.linkable_trainings(theirs.date.year()),
                };
                let moved = Base::Log(with_fields_of(base, theirs, keys));
                (log_form::open(prefill, &self.cache.catalog, lang), moved)
            }
            (Some(Base::Reflection(base)), Purpose::Reflection { editing: Some(id), .. }) => {
                let Some(theirs) = plan.reflection(id) else { return };
                let moved = Base::Reflection(with_fields_of(base, theirs, keys));
                (reflection_form::open(Some(theirs), "", lang, self.today), moved)
            }
            (Some(Base::Profile(base)), Purpose::Profile) => {
                let moved = Base::Profile(with_fields_of(base, &plan.profile, keys));
                (profile_form::open(&plan.profile, lang), moved)
            }
            _ => return,
        };
        let ids: Vec<FieldId> = keys.iter().filter_map(|key| field_of_key(key)).collect();
        let theirs: Vec<_> = theirs_form.fields.into_iter().filter(|f| ids.contains(&f.id)).collect();
        let fields: Vec<String> = theirs
            .iter()
            .map(|f| tr!(lang, Msg::FormConflictField, label = f.label, value = f.shown()))
            .collect();
        form.base = Some(Box::new(base));
        form.theirs = theirs;
        form.banner = Some(tr!(lang, Msg::FormConflict, fields = fields.join(", ")));
    }
}

/// The record an edit form saves against: its base, as the form opened it. `Err(id)` when the
/// form has none (the caller then takes the record as it is now).
fn editing_of<R: Clone>(
    editing: Option<String>,
    base: &Option<Box<Base>>,
    pick: impl Fn(&Base) -> Option<&R>,
) -> Result<Option<(String, R)>, String> {
    match (editing, base.as_deref().and_then(pick)) {
        (None, _) => Ok(None),
        (Some(id), Some(base)) => Ok(Some((id, base.clone()))),
        (Some(id), None) => Err(id),
    }
}

/// The form field that shows a field of the data file.
fn field_of_key(key: &str) -> Option<FieldId> {
    Some(match key {
        "title" => FieldId::Title,
        "planned_jp" => FieldId::PlannedJp,
        "form" => FieldId::Form,
        "competency" => FieldId::Competency,
        "start" | "year" => FieldId::Start,
        "end" => FieldId::End,
        "provider" => FieldId::Provider,
        "status" => FieldId::Status,
        "why" => FieldId::Why,
        "jp" => FieldId::Jp,
        "date" => FieldId::Date,
        "training" => FieldId::Training,
        "certificate" => FieldId::Certificate,
        "certificate_file" => FieldId::CertificateFile,
        "in_siasn" => FieldId::InSiasn,
        "international" => FieldId::International,
        "changed" => FieldId::Changed,
        "learned" => FieldId::Learned,
        "usefulness" => FieldId::Usefulness,
        "next_step" => FieldId::NextStep,
        "follow_up" => FieldId::FollowUp,
        "applied" => FieldId::Applied,
        "name" => FieldId::Name,
        "employee_type" => FieldId::EmployeeType,
        "target_jp" => FieldId::Target,
        "ceiling_jp" => FieldId::Ceiling,
        "minutes_per_jp" => FieldId::MinutesPerJp,
        "language" => FieldId::Language,
        "mouse" => FieldId::Mouse,
        "contract_start" => FieldId::ContractStart,
        _ => return None,
    })
}

/// The days a course closed with `x` is logged on: its last day when that has passed (today
/// otherwise, or the last day of a past year for a training without dates); and, when the
/// whole course goes into this one entry, its first day, so the JP spread over the days it ran.
fn finishing_days(
    training: &Training,
    logged_before: bool,
    today: NaiveDate,
) -> (NaiveDate, Option<NaiveDate>) {
    let last = last_day(training);
    let date = match last {
        Some(day) if day <= today => day,
        Some(_) => today,
        None if training.year < today.year() => {
            NaiveDate::from_ymd_opt(training.year, 12, 31).unwrap_or(today)
        }
        None => today,
    };
    let start = training.start.filter(|start| last == Some(date) && *start < date && !logged_before);
    (date, start)
}
