//! Saving what a form described: one small function per kind of record, and the one path that
//! adds a record or edits the fields the person changed. Undo is recorded by `App::change`.

use super::{App, Note, Popup};
use crate::model::{Log, Plan, Profile, Reflection, Status, Training};
use crate::ops::{self, Editable};
use crate::progress::is_overdue;
use crate::store::StoreError;
use crate::tui::pane::Pane;
use crate::tui::undo::Did;

/// A form's result as the change that writes it: made by reading the form for its `Purpose`,
/// so what a form is for and how it is saved can never be paired wrongly. `Ok(Some(popup))`:
/// the flow goes on in another form.
pub(super) type Save = Box<dyn FnOnce(&mut App) -> Result<Option<Popup>, String>>;

/// A record a form adds or edits.
pub(super) trait Record: Editable {
    fn add(plan: &mut Plan, record: Self) -> String;
}

impl Record for Training {
    fn add(plan: &mut Plan, record: Self) -> String {
        ops::add_training(plan, record)
    }
}

impl Record for Log {
    fn add(plan: &mut Plan, record: Self) -> String {
        ops::add_log(plan, record)
    }
}

impl Record for Reflection {
    fn add(plan: &mut Plan, record: Self) -> String {
        ops::add_reflection(plan, record)
    }
}

/// What a form edits: the record's ID and the record as the form opened it.
pub(super) type Editing<R> = Option<(String, R)>;

/// Adds `record`, or saves the fields it changed from the record as the form opened it
/// (`editing`) onto the record as it is now; says what it did.
fn add_or_edit<R: Record>(
    plan: &mut Plan,
    editing: Option<&(String, R)>,
    record: R,
) -> Result<(String, Did), StoreError> {
    match editing {
        Some((id, base)) => {
            ops::edit(plan, id, base, &record)?;
            Ok((id.clone(), Did::Edited(R::KIND, id.clone())))
        }
        None => {
            let id = R::add(plan, record);
            Ok((id.clone(), Did::Added(R::KIND, id)))
        }
    }
}

/// Adds or edits one record and shows it selected in its pane.
pub(super) fn save_record<R: Record>(editing: Editing<R>, record: R) -> Save {
    Box::new(move |app: &mut App| app.save_record(editing, record).map(|_| None))
}

/// A training, like any record; one added or moved to a day already past is overdue at once
/// (a question, not a plan), and the person is told so.
pub(super) fn save_training(editing: Editing<Training>, training: Training) -> Save {
    Box::new(move |app: &mut App| {
        let today = app.today;
        let was_overdue = editing.as_ref().is_some_and(|(_, base)| is_overdue(base, today));
        let now_overdue = is_overdue(&training, today);
        let id = app.save_record(editing, training)?;
        if now_overdue && !was_overdue {
            app.note = Some(Note::Info(tr!(app.lang, Msg::TuiSavedOverdue, id = id)));
        }
        Ok(None)
    })
}

/// The after-course flow: the entry and "done" in one change, then the reflection.
pub(super) fn finish_training(editing: Editing<Log>, log: Log, training: String) -> Save {
    Box::new(move |app: &mut App| app.finish_training(editing, log, training))
}

pub(super) fn save_profile(base: Profile, profile: Profile) -> Save {
    Box::new(move |app: &mut App| app.save_profile(base, profile).map(|()| None))
}

impl App {
    /// Adds or edits one record and shows it selected in its pane; gives its ID.
    fn save_record<R: Record>(&mut self, editing: Editing<R>, record: R) -> Result<String, String> {
        let id = self.change(|plan| add_or_edit(plan, editing.as_ref(), record))?;
        self.jump_to(Pane::of(R::KIND), &id);
        Ok(id)
    }

    /// The after-course flow: the entry and "done" in one change, then straight on to the
    /// reflection on the same training.
    fn finish_training(
        &mut self,
        editing: Editing<Log>,
        log: Log,
        training: String,
    ) -> Result<Option<Popup>, String> {
        self.change(|plan| {
            let (id, _) = add_or_edit(plan, editing.as_ref(), log)?;
            ops::set_status(plan, &training, Status::Done)?;
            Ok((id, Did::Finished(training.clone())))
        })?;
        Ok(Some(self.reflection_popup(Some(training), None)))
    }

    /// Only the settings the person changed in the form are saved onto the profile as it is now.
    fn save_profile(&mut self, base: Profile, profile: Profile) -> Result<(), String> {
        let language = profile.language;
        let mouse = profile.mouse != Some(false);
        self.change(move |plan| {
            ops::edit_profile(plan, &base, &profile)?;
            Ok(((), Did::Profile))
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
