//! How to take a change back, politely: each change records what it did to each record (found
//! by comparing the plan before and after it, under the lock), and undo puts back only what this
//! session changed and nobody changed since. It never deletes a record that something now points
//! at, never brings back a record someone else deleted, and says what it could not undo.

use std::collections::HashMap;

use crate::i18n::Lang;
use crate::model::merge::{Fields, changed, merge};
use crate::model::{Kind, Log, Place, Plan, Profile, Reflection, Training};
use crate::store::StoreError;

/// What a change did, to say so after saving and after undoing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Did {
    Added(Kind, String),
    Edited(Kind, String),
    Deleted(Kind, String),
    /// Deleted with the log entries and reflections that pointed at it.
    DeletedWith {
        kind: Kind,
        id: String,
        logs: usize,
        reflections: usize,
    },
    /// A training marked done with its JP logged.
    Finished(String),
    /// The catch-up plan's chosen items, added as planned trainings.
    CatchUp(Vec<String>),
    Profile,
}

impl Did {
    pub fn describe(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Msg;
        let place = |kind: &Kind, id: &str| {
            let id = id.to_string();
            let place = match kind {
                Kind::Training => crate::model::Place::Training { index: 0, id },
                Kind::Log => crate::model::Place::Log { index: 0, id },
                Kind::Reflection => crate::model::Place::Reflection { index: 0, id },
            };
            crate::describe::domain::place(&place, lang)
        };
        match self {
            Did::Added(kind, id) => tr!(lang, Msg::DidAdd, what = place(kind, id)),
            Did::Edited(kind, id) => tr!(lang, Msg::DidEdit, what = place(kind, id)),
            Did::Deleted(kind, id) => tr!(lang, Msg::DidDelete, what = place(kind, id)),
            Did::DeletedWith { kind, id, logs, reflections } => {
                tr!(lang, Msg::DidDeleteWith, what = place(kind, id), logs = logs, reflections = reflections)
            }
            Did::Finished(id) => tr!(lang, Msg::DidFinish, what = place(&Kind::Training, id)),
            Did::CatchUp(ids) => {
                tr!(lang, Msg::DidAdd, what = tr!(lang, Msg::DidCatchUp, ids = ids.join(", ")))
            }
            Did::Profile => lang.t(Msg::DidProfile).to_string(),
        }
    }
}

/// What one change did to one record.
#[derive(Clone, Debug, PartialEq)]
pub enum Step<T> {
    Added(T),
    /// Deleted from `index` in its list.
    Removed(usize, T),
    Edited {
        before: T,
        after: T,
    },
}

/// What one change did, record by record: enough to take it back field by field.
#[derive(Clone, Debug, PartialEq)]
pub enum Inverse {
    Training(Step<Training>),
    Log(Step<Log>),
    Reflection(Step<Reflection>),
    Profile { before: Box<Profile>, after: Box<Profile> },
}

/// Something undo left as it is, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotUndone {
    /// The field was changed elsewhere since; it keeps that value.
    Field(Place, &'static str),
    /// The record was deleted elsewhere since; it is not brought back.
    Gone(Place),
    /// A record this change added is kept: these now point at it.
    Linked(Place, Vec<String>),
    /// A record this change added is kept: it was changed elsewhere since.
    ChangedSince(Place),
    /// A record this change deleted is not brought back: what it pointed at is gone.
    LinkGone(Place),
}

/// A record kind as undo needs it.
trait Undoable: Fields + PartialEq {
    const KIND: Kind;
    fn id(&self) -> &str;
    fn list(plan: &Plan) -> &Vec<Self>;
    fn list_mut(plan: &mut Plan) -> &mut Vec<Self>;
    /// What in `plan` points at the record `id`.
    fn pointed_at_by(plan: &Plan, id: &str) -> Vec<String>;
    /// Whether every record this one points at exists in `plan`.
    fn links_hold(&self, plan: &Plan) -> bool;
    fn step(step: Step<Self>) -> Inverse;
}

impl Undoable for Training {
    const KIND: Kind = Kind::Training;
    fn id(&self) -> &str {
        &self.id
    }
    fn list(plan: &Plan) -> &Vec<Self> {
        &plan.trainings
    }
    fn list_mut(plan: &mut Plan) -> &mut Vec<Self> {
        &mut plan.trainings
    }
    fn pointed_at_by(plan: &Plan, id: &str) -> Vec<String> {
        let logs = plan.logs.iter().filter(|l| l.training.as_deref() == Some(id)).map(|l| l.id.clone());
        let reflections =
            plan.reflections.iter().filter(|r| r.training.as_deref() == Some(id)).map(|r| r.id.clone());
        logs.chain(reflections).collect()
    }
    fn links_hold(&self, _: &Plan) -> bool {
        true
    }
    fn step(step: Step<Self>) -> Inverse {
        Inverse::Training(step)
    }
}

impl Undoable for Log {
    const KIND: Kind = Kind::Log;
    fn id(&self) -> &str {
        &self.id
    }
    fn list(plan: &Plan) -> &Vec<Self> {
        &plan.logs
    }
    fn list_mut(plan: &mut Plan) -> &mut Vec<Self> {
        &mut plan.logs
    }
    fn pointed_at_by(plan: &Plan, id: &str) -> Vec<String> {
        plan.reflections.iter().filter(|r| r.log.as_deref() == Some(id)).map(|r| r.id.clone()).collect()
    }
    fn links_hold(&self, plan: &Plan) -> bool {
        self.training.as_deref().is_none_or(|t| plan.training(t).is_some())
    }
    fn step(step: Step<Self>) -> Inverse {
        Inverse::Log(step)
    }
}

impl Undoable for Reflection {
    const KIND: Kind = Kind::Reflection;
    fn id(&self) -> &str {
        &self.id
    }
    fn list(plan: &Plan) -> &Vec<Self> {
        &plan.reflections
    }
    fn list_mut(plan: &mut Plan) -> &mut Vec<Self> {
        &mut plan.reflections
    }
    fn pointed_at_by(_: &Plan, _: &str) -> Vec<String> {
        Vec::new()
    }
    fn links_hold(&self, plan: &Plan) -> bool {
        self.training.as_deref().is_none_or(|t| plan.training(t).is_some())
            && self.log.as_deref().is_none_or(|l| plan.log(l).is_some())
    }
    fn step(step: Step<Self>) -> Inverse {
        Inverse::Reflection(step)
    }
}

fn place_of(kind: Kind, id: &str) -> Place {
    let id = id.to_string();
    match kind {
        Kind::Training => Place::Training { index: 0, id },
        Kind::Log => Place::Log { index: 0, id },
        Kind::Reflection => Place::Reflection { index: 0, id },
    }
}

/// What one kind of record went through between `before` and `after`, in file order.
fn steps<T: Undoable + Clone>(before: &Plan, after: &Plan, out: &mut Vec<Inverse>) {
    let (old, new) = (T::list(before), T::list(after));
    if old == new {
        return;
    }
    let old_at: HashMap<&str, (usize, &T)> = old.iter().enumerate().map(|(i, r)| (r.id(), (i, r))).collect();
    let new_ids: HashMap<&str, &T> = new.iter().map(|r| (r.id(), r)).collect();
    for (index, record) in old.iter().enumerate() {
        match new_ids.get(record.id()) {
            None => out.push(T::step(Step::Removed(index, record.clone()))),
            Some(now) if *now != record => {
                out.push(T::step(Step::Edited { before: record.clone(), after: (*now).clone() }))
            }
            Some(_) => {}
        }
    }
    for record in new.iter().filter(|r| !old_at.contains_key(r.id())) {
        out.push(T::step(Step::Added(record.clone())));
    }
}

/// What a change did, found by comparing the plan before and after it.
pub fn inverses(before: &Plan, after: &Plan) -> Vec<Inverse> {
    let mut out = Vec::new();
    steps::<Training>(before, after, &mut out);
    steps::<Log>(before, after, &mut out);
    steps::<Reflection>(before, after, &mut out);
    if before.profile != after.profile {
        out.push(Inverse::Profile {
            before: Box::new(before.profile.clone()),
            after: Box::new(after.profile.clone()),
        });
    }
    out
}

/// Puts back a deleted record at its old place, unless what it points at is gone.
fn bring_back<T: Undoable + Clone>(plan: &mut Plan, index: usize, record: &T, not: &mut Vec<NotUndone>) {
    if T::list(plan).iter().any(|r| r.id() == record.id()) {
        return;
    }
    if !record.links_hold(plan) {
        not.push(NotUndone::LinkGone(place_of(T::KIND, record.id())));
        return;
    }
    let list = T::list_mut(plan);
    list.insert(index.min(list.len()), record.clone());
}

/// Puts back the fields this change changed that still hold its value.
fn restore_fields<T: Undoable + Clone>(plan: &mut Plan, before: &T, after: &T, not: &mut Vec<NotUndone>) {
    let place = place_of(T::KIND, before.id());
    let Some(index) = T::list(plan).iter().position(|r| r.id() == before.id()) else {
        not.push(NotUndone::Gone(place));
        return;
    };
    let current = &T::list(plan)[index];
    // Undo is a merge the other way: from what this change wrote back to what it found.
    let merged = merge(after, before, current);
    let mut record = merged.record;
    not.extend(merged.conflicts.iter().map(|field| NotUndone::Field(place.clone(), field)));
    if !record.links_hold(plan) {
        // A link put back to a record deleted since: that field stays as it is now.
        for field in changed(current, &record) {
            not.push(NotUndone::Field(place.clone(), field));
        }
        return;
    }
    std::mem::swap(&mut T::list_mut(plan)[index], &mut record);
}

/// Deletes a record this change added, unless something now points at it or it was changed
/// since.
fn take_away<T: Undoable>(plan: &mut Plan, added: &T, not: &mut Vec<NotUndone>) {
    let place = place_of(T::KIND, added.id());
    let Some(index) = T::list(plan).iter().position(|r| r.id() == added.id()) else { return };
    let linked = T::pointed_at_by(plan, added.id());
    if !linked.is_empty() {
        not.push(NotUndone::Linked(place, linked));
    } else if T::list(plan)[index] != *added {
        not.push(NotUndone::ChangedSince(place));
    } else {
        T::list_mut(plan).remove(index);
    }
}

/// Takes one change back as far as it politely can; says what it left.
pub fn undo_change(plan: &mut Plan, inverses: &[Inverse]) -> Result<Vec<NotUndone>, StoreError> {
    let mut not = Vec::new();
    // Deleted records come back first (trainings before what points at them), then fields,
    // then added records go (what points before what is pointed at).
    for inverse in inverses {
        match inverse {
            Inverse::Training(Step::Removed(index, record)) => bring_back(plan, *index, record, &mut not),
            Inverse::Log(Step::Removed(index, record)) => bring_back(plan, *index, record, &mut not),
            _ => {}
        }
    }
    for inverse in inverses {
        if let Inverse::Reflection(Step::Removed(index, record)) = inverse {
            bring_back(plan, *index, record, &mut not);
        }
    }
    for inverse in inverses {
        match inverse {
            Inverse::Training(Step::Edited { before, after }) => {
                restore_fields(plan, before, after, &mut not)
            }
            Inverse::Log(Step::Edited { before, after }) => restore_fields(plan, before, after, &mut not),
            Inverse::Reflection(Step::Edited { before, after }) => {
                restore_fields(plan, before, after, &mut not)
            }
            Inverse::Profile { before, after } => {
                // The language is switched with `L` on its own; undoing a profile edit keeps it.
                let mut before = (**before).clone();
                before.language = after.language;
                let merged = merge(&**after, &before, &plan.profile);
                not.extend(merged.conflicts.iter().map(|field| NotUndone::Field(Place::Profile, field)));
                plan.profile = merged.record;
            }
            _ => {}
        }
    }
    for inverse in inverses.iter().rev() {
        match inverse {
            Inverse::Reflection(Step::Added(record)) => take_away(plan, record, &mut not),
            Inverse::Log(Step::Added(record)) => take_away(plan, record, &mut not),
            Inverse::Training(Step::Added(record)) => take_away(plan, record, &mut not),
            _ => {}
        }
    }
    Ok(not)
}

/// What undo left, in words, one item after another.
pub fn describe_not_undone(not: &[NotUndone], lang: Lang) -> String {
    let place = |place: &Place| crate::describe::domain::place(place, lang);
    let items: Vec<String> = not
        .iter()
        .map(|item| match item {
            NotUndone::Field(at, field) => tr!(lang, Msg::UndoKeptField, place = place(at), field = field),
            NotUndone::Gone(at) => tr!(lang, Msg::UndoKeptGone, place = place(at)),
            NotUndone::Linked(at, by) => {
                tr!(lang, Msg::UndoKeptLinked, place = place(at), items = by.join(", "))
            }
            NotUndone::ChangedSince(at) => tr!(lang, Msg::UndoKeptChanged, place = place(at)),
            NotUndone::LinkGone(at) => tr!(lang, Msg::UndoKeptLinkGone, place = place(at)),
        })
        .collect();
    items.join("; ")
}
