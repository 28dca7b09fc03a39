//! Saving what a form described: one small function per kind of record, and the one path that
//! adds or edits a record and records how to take it back.

use super::{App, Note, Popup};
use crate::model::{Kind, Log, Plan, Profile, Reflection, Status, Training};
use crate::ops::{self, OpError};
use crate::progress::is_overdue;
use crate::store::StoreError;
use crate::tui::pane::Pane;
use crate::tui::undo::{Did, Inverse};

/// A form's result as the change that writes it: made by reading the form for its `Purpose`,
/// so what a form is for and how it is saved can never be paired wrongly. `Ok(Some(popup))`:
/// the flow goes on in another form.
pub(super) type Save = Box<dyn FnOnce(&mut App) -> Result<Option<Popup>, String>>;

/// A record a form adds or edits.
pub(super) trait Record: Clone {
    const KIND: Kind;
    fn find<'a>(plan: &'a Plan, id: &str) -> Option<&'a Self>;
    fn add(plan: &mut Plan, record: Self) -> String;
    fn update(plan: &mut Plan, id: &str, record: Self) -> Result<(), OpError>;
    /// The inverse that puts `before` back.
    fn restore(before: Self) -> Inverse;
}

impl Record for Training {
    const KIND: Kind = Kind::Training;
    fn find<'a>(plan: &'a Plan, id: &str) -> Option<&'a Self> {
        plan.training(id)
    }
    fn add(plan: &mut Plan, record: Self) -> String {
        ops::add_training(plan, record)
    }
    fn update(plan: &mut Plan, id: &str, record: Self) -> Result<(), OpError> {
        ops::update_training(plan, id, record)
    }
    fn restore(before: Self) -> Inverse {
        Inverse::training(before)
    }
}

impl Record for Log {
    const KIND: Kind = Kind::Log;
    fn find<'a>(plan: &'a Plan, id: &str) -> Option<&'a Self> {
        plan.log(id)
    }
    fn add(plan: &mut Plan, record: Self) -> String {
        ops::add_log(plan, record)
    }
    fn update(plan: &mut Plan, id: &str, record: Self) -> Result<(), OpError> {
        ops::update_log(plan, id, record)
    }
    fn restore(before: Self) -> Inverse {
        Inverse::log(before)
    }
}

impl Record for Reflection {
    const KIND: Kind = Kind::Reflection;
    fn find<'a>(plan: &'a Plan, id: &str) -> Option<&'a Self> {
        plan.reflection(id)
    }
    fn add(plan: &mut Plan, record: Self) -> String {
        ops::add_reflection(plan, record)
    }
    fn update(plan: &mut Plan, id: &str, record: Self) -> Result<(), OpError> {
        ops::update_reflection(plan, id, record)
    }
    fn restore(before: Self) -> Inverse {
        Inverse::reflection(before)
    }
}

/// Adds `record`, or puts it in place of the record `editing`; says what it did and how to
/// take it back.
fn add_or_edit<R: Record>(
    plan: &mut Plan,
    editing: Option<&str>,
    record: R,
) -> Result<(String, Inverse, Did), StoreError> {
    match editing {
        Some(id) => {
            let before = R::find(plan, id).cloned().ok_or_else(|| OpError::not_found(R::KIND, id))?;
            R::update(plan, id, record)?;
            Ok((id.to_string(), R::restore(before), Did::Edited(R::KIND, id.to_string())))
        }
        None => {
            let id = R::add(plan, record);
            Ok((id.clone(), Inverse::Remove(R::KIND, id.clone()), Did::Added(R::KIND, id)))
        }
    }
}

/// Adds or edits one record and shows it selected in its pane.
pub(super) fn save_record<R: Record + 'static>(editing: Option<String>, record: R) -> Save {
    Box::new(move |app: &mut App| app.save_record(editing, record).map(|_| None))
}

/// A training, like any record; one added or moved to a day already past is overdue at once
/// (a question, not a plan), and the person is told so.
pub(super) fn save_training(editing: Option<String>, training: Training) -> Save {
    Box::new(move |app: &mut App| {
        let today = app.today;
        let was_overdue =
            editing.as_deref().and_then(|id| app.plan().training(id)).is_some_and(|t| is_overdue(t, today));
        let now_overdue = is_overdue(&training, today);
        let id = app.save_record(editing, training)?;
        if now_overdue && !was_overdue {
            app.note = Some(Note::Info(tr!(app.lang, Msg::TuiSavedOverdue, id = id)));
        }
        Ok(None)
    })
}

/// The after-course flow: the entry and "done" in one change, then the reflection.
pub(super) fn finish_training(editing: Option<String>, log: Log, training: String) -> Save {
    Box::new(move |app: &mut App| app.finish_training(editing, log, training))
}

pub(super) fn save_profile(profile: Profile) -> Save {
    Box::new(move |app: &mut App| app.save_profile(profile).map(|()| None))
}

impl App {
    /// Adds or edits one record and shows it selected in its pane; gives its ID.
    fn save_record<R: Record>(&mut self, editing: Option<String>, record: R) -> Result<String, String> {
        let id = self.change(|plan| {
            let (id, inverse, did) = add_or_edit(plan, editing.as_deref(), record)?;
            Ok((id, vec![inverse], did))
        })?;
        self.jump_to(Pane::of(R::KIND), &id);
        Ok(id)
    }

    /// The after-course flow: the entry and "done" in one change, then straight on to the
    /// reflection on the same training.
    fn finish_training(
        &mut self,
        editing: Option<String>,
        log: Log,
        training: String,
    ) -> Result<Option<Popup>, String> {
        self.change(|plan| {
            let (id, log_inverse, _) = add_or_edit(plan, editing.as_deref(), log)?;
            let before = plan
                .training(&training)
                .cloned()
                .ok_or_else(|| OpError::not_found(Kind::Training, &training))?;
            ops::set_status(plan, &training, Status::Done)?;
            Ok((id, vec![log_inverse, Inverse::training(before)], Did::Finished(training.clone())))
        })?;
        Ok(Some(self.reflection_popup(Some(training), None)))
    }

    fn save_profile(&mut self, profile: Profile) -> Result<(), String> {
        let language = profile.language;
        let mouse = profile.mouse != Some(false);
        self.change(move |plan| {
            let before = std::mem::replace(&mut plan.profile, profile);
            Ok(((), vec![Inverse::RestoreProfile(Box::new(before))], Did::Profile))
        })?;
        if let Some(language) = language.filter(|_| !self.lang_forced) {
            self.lang = language;
            self.refresh_cache();
        }
        // `--no-mouse` stays in force; otherwise the profile's choice applies at once.
        self.mouse = mouse && !self.no_mouse;
        Ok(())
    }
}
