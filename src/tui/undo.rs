//! How to take a change back: each change records its inverse, applied through the store.

use std::collections::HashSet;

use crate::model::{Kind, Log, Plan, Profile, Reflection, Training};
use crate::ops::{self, OnLinked};
use crate::store::StoreError;

/// What a change did, to say so after saving and after undoing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Did {
    Added(Kind, String),
    Edited(Kind, String),
    Deleted(Kind, String),
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
            Did::Finished(id) => tr!(lang, Msg::DidFinish, what = place(&Kind::Training, id)),
            Did::CatchUp(ids) => {
                tr!(lang, Msg::DidAdd, what = tr!(lang, Msg::DidCatchUp, ids = ids.join(", ")))
            }
            Did::Profile => lang.t(Msg::DidProfile).to_string(),
        }
    }
}

pub enum Inverse {
    /// Undoes an add.
    Remove(Kind, String),
    /// Puts records back as they were (after an edit or a delete), each at the position it
    /// had in the file, adding any that are gone.
    Restore {
        trainings: Vec<(usize, Training)>,
        logs: Vec<(usize, Log)>,
        reflections: Vec<(usize, Reflection)>,
    },
    RestoreProfile(Box<Profile>),
}

impl Inverse {
    pub fn training(training: Training) -> Inverse {
        Inverse::Restore {
            trainings: vec![(usize::MAX, training)],
            logs: Vec::new(),
            reflections: Vec::new(),
        }
    }

    pub fn log(log: Log) -> Inverse {
        Inverse::Restore { trainings: Vec::new(), logs: vec![(usize::MAX, log)], reflections: Vec::new() }
    }

    pub fn reflection(reflection: Reflection) -> Inverse {
        Inverse::Restore {
            trainings: Vec::new(),
            logs: Vec::new(),
            reflections: vec![(usize::MAX, reflection)],
        }
    }

    /// Everything a delete of `id` may touch, with its position, taken before the delete.
    pub fn before_delete(plan: &Plan, kind: Kind, id: &str) -> Inverse {
        let logs = positioned(&plan.logs, |l| match kind {
            Kind::Training => l.training.as_deref() == Some(id),
            Kind::Log => l.id == id,
            Kind::Reflection => false,
        });
        let reflections_of_training: HashSet<&str> = match kind {
            Kind::Training => plan.reflections_of_training(id).map(|r| r.id.as_str()).collect(),
            Kind::Log | Kind::Reflection => HashSet::new(),
        };
        let touches = |r: &Reflection| match kind {
            Kind::Training => reflections_of_training.contains(r.id.as_str()),
            Kind::Log => r.log.as_deref() == Some(id),
            Kind::Reflection => r.id == id,
        };
        Inverse::Restore {
            trainings: positioned(&plan.trainings, |t| kind == Kind::Training && t.id == id),
            reflections: positioned(&plan.reflections, touches),
            logs,
        }
    }
}

/// The records that match, each with its index, in file order.
fn positioned<T: Clone>(items: &[T], keep: impl Fn(&T) -> bool) -> Vec<(usize, T)> {
    items.iter().enumerate().filter(|(_, item)| keep(item)).map(|(i, item)| (i, item.clone())).collect()
}

/// Puts `record` where its ID is, or back at `index` (clamped) when it is gone. Records are
/// restored in file order, so several deleted ones land where they were.
fn upsert<T: Clone>(items: &mut Vec<T>, (index, record): &(usize, T), id_of: impl Fn(&T) -> &str) {
    match items.iter_mut().find(|item| id_of(item) == id_of(record)) {
        Some(slot) => *slot = record.clone(),
        None => items.insert((*index).min(items.len()), record.clone()),
    }
}

/// Applies the inverses of one change, last first.
pub fn undo_change(plan: &mut Plan, inverses: &[Inverse]) -> Result<(), StoreError> {
    for inverse in inverses.iter().rev() {
        match inverse {
            Inverse::Remove(Kind::Training, id) => {
                ops::delete_training(plan, id, OnLinked::Unlink)?;
            }
            Inverse::Remove(Kind::Log, id) => {
                ops::delete_log(plan, id, OnLinked::Unlink)?;
            }
            Inverse::Remove(Kind::Reflection, id) => {
                ops::delete_reflection(plan, id)?;
            }
            Inverse::Restore { trainings, logs, reflections } => {
                trainings.iter().for_each(|t| upsert(&mut plan.trainings, t, |t| &t.id));
                logs.iter().for_each(|l| upsert(&mut plan.logs, l, |l| &l.id));
                reflections.iter().for_each(|r| upsert(&mut plan.reflections, r, |r| &r.id));
            }
            Inverse::RestoreProfile(profile) => {
                // The language is switched with `L` on its own; undoing a profile edit keeps it.
                let language = plan.profile.language;
                plan.profile = (**profile).clone();
                plan.profile.language = language;
            }
        }
    }
    Ok(())
}
