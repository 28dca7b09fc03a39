//! The changes a person can make to a plan, each a small function on `Plan` that
//! `Store::apply` runs under the file's lock. The TUI and the CLI share them.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::model::merge::{Fields, merge, shown};
use crate::model::{
    Applied, EmployeeType, Jp, Kind, Log, Place, Plan, Profile, Reflection, Status, Training,
};

/// Why an operation could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpError {
    NotFound {
        kind: Kind,
        id: String,
    },
    /// Another process changed the same fields, to other values, since the record was read:
    /// nothing was saved. Each field with its value now.
    Conflict {
        place: Place,
        fields: Vec<(&'static str, String)>,
    },
    /// Deleting something that log entries or reflections point at needs a decision.
    Linked {
        place: Place,
        logs: Vec<String>,
        reflections: Vec<String>,
    },
}

/// What to do with the records that point at something being deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnLinked {
    /// Refuse when anything points at it.
    Refuse,
    /// Keep them, without the link.
    Unlink,
    /// Delete them too.
    Cascade,
}

/// What a delete removed, for the message and for undo.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Deleted {
    pub trainings: Vec<Training>,
    pub logs: Vec<Log>,
    pub reflections: Vec<Reflection>,
}

impl OpError {
    pub fn not_found(kind: Kind, id: &str) -> OpError {
        OpError::NotFound { kind, id: id.to_string() }
    }
}

/// Adds a training under a new ID (the draft's `id` is ignored) and returns the ID.
pub fn add_training(plan: &mut Plan, mut training: Training) -> String {
    training.id = plan.next_id(Kind::Training);
    let id = training.id.clone();
    plan.trainings.push(training);
    id
}

pub fn add_log(plan: &mut Plan, mut log: Log) -> String {
    log.id = plan.next_id(Kind::Log);
    let id = log.id.clone();
    plan.logs.push(log);
    id
}

pub fn add_reflection(plan: &mut Plan, mut reflection: Reflection) -> String {
    reflection.id = plan.next_id(Kind::Reflection);
    let id = reflection.id.clone();
    plan.reflections.push(reflection);
    id
}

/// Replaces a training's fields, keeping its ID.
pub fn update_training(plan: &mut Plan, id: &str, mut training: Training) -> Result<(), OpError> {
    let slot = plan
        .trainings
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or_else(|| OpError::not_found(Kind::Training, id))?;
    training.id = slot.id.clone();
    *slot = training;
    Ok(())
}

pub fn update_log(plan: &mut Plan, id: &str, mut log: Log) -> Result<(), OpError> {
    let slot = plan.logs.iter_mut().find(|l| l.id == id).ok_or_else(|| OpError::not_found(Kind::Log, id))?;
    log.id = slot.id.clone();
    *slot = log;
    Ok(())
}

pub fn update_reflection(plan: &mut Plan, id: &str, mut reflection: Reflection) -> Result<(), OpError> {
    let slot = plan
        .reflections
        .iter_mut()
        .find(|r| r.id == id)
        .ok_or_else(|| OpError::not_found(Kind::Reflection, id))?;
    reflection.id = slot.id.clone();
    *slot = reflection;
    Ok(())
}

/// A record that is edited field by field.
pub trait Editable: Fields {
    const KIND: Kind;
    fn find_mut<'a>(plan: &'a mut Plan, id: &str) -> Option<&'a mut Self>;
}

impl Editable for Training {
    const KIND: Kind = Kind::Training;
    fn find_mut<'a>(plan: &'a mut Plan, id: &str) -> Option<&'a mut Self> {
        plan.training_mut(id)
    }
}

impl Editable for Log {
    const KIND: Kind = Kind::Log;
    fn find_mut<'a>(plan: &'a mut Plan, id: &str) -> Option<&'a mut Self> {
        plan.logs.iter_mut().find(|l| l.id == id)
    }
}

impl Editable for Reflection {
    const KIND: Kind = Kind::Reflection;
    fn find_mut<'a>(plan: &'a mut Plan, id: &str) -> Option<&'a mut Self> {
        plan.reflection_mut(id)
    }
}

/// Saves only what `mine` changed from `base` (the record as it was read) onto the record as it
/// is now, so a field someone else changed meanwhile is kept. If they changed a field `mine`
/// changed too, to another value, nothing is saved. Gives the fields saved.
pub fn edit<R: Editable>(
    plan: &mut Plan,
    id: &str,
    base: &R,
    mine: &R,
) -> Result<Vec<&'static str>, OpError> {
    let current = R::find_mut(plan, id).ok_or_else(|| OpError::not_found(R::KIND, id))?;
    let merged = merge(base, mine, current);
    if !merged.conflicts.is_empty() {
        let fields = merged.conflicts.iter().map(|key| (*key, shown(&*current, key))).collect();
        let id = id.to_string();
        let place = match R::KIND {
            Kind::Training => Place::Training { index: 0, id },
            Kind::Log => Place::Log { index: 0, id },
            Kind::Reflection => Place::Reflection { index: 0, id },
        };
        return Err(OpError::Conflict { place, fields });
    }
    *current = merged.record;
    Ok(merged.taken)
}

/// The profile, edited like a record: only what `mine` changed from `base`.
pub fn edit_profile(plan: &mut Plan, base: &Profile, mine: &Profile) -> Result<Vec<&'static str>, OpError> {
    let merged = merge(base, mine, &plan.profile);
    if !merged.conflicts.is_empty() {
        let fields = merged.conflicts.iter().map(|key| (*key, shown(&plan.profile, key))).collect();
        return Err(OpError::Conflict { place: Place::Profile, fields });
    }
    plan.profile = merged.record;
    Ok(merged.taken)
}

pub fn set_status(plan: &mut Plan, id: &str, status: Status) -> Result<(), OpError> {
    plan.training_mut(id).ok_or_else(|| OpError::not_found(Kind::Training, id))?.status = status;
    Ok(())
}

/// Marks every log entry of a course as entered into SIASN (the course of `Plan::course`: a
/// training with all its entries, or one entry of its own; an entry of a training marks the
/// whole training). Returns the entries' IDs, none for a training with nothing logged yet.
pub fn mark_in_siasn(plan: &mut Plan, id: &str) -> Result<Vec<String>, OpError> {
    let Some(course) = plan.course(id) else {
        let kind = if id.starts_with(Kind::Log.prefix()) { Kind::Log } else { Kind::Training };
        return Err(OpError::not_found(kind, id));
    };
    let ids: Vec<String> = course.logs.iter().map(|l| l.id.clone()).collect();
    for log in plan.logs.iter_mut().filter(|l| ids.contains(&l.id)) {
        log.in_siasn = true;
    }
    Ok(ids)
}

/// Records at a follow-up whether the one change stuck.
pub fn set_applied(plan: &mut Plan, id: &str, applied: Applied) -> Result<(), OpError> {
    plan.reflection_mut(id).ok_or_else(|| OpError::not_found(Kind::Reflection, id))?.applied = applied;
    Ok(())
}

/// The profile fields one change sets; `None` leaves a field as it is (for `tumbuh profile`,
/// which sets only the fields typed, on the plan as it is under the lock).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProfileChange {
    pub name: Option<String>,
    pub employee_type: Option<EmployeeType>,
    pub target_jp: Option<Jp>,
    /// `Some(None)`: back to the employee type's default.
    pub ceiling_jp: Option<Option<Jp>>,
    pub minutes_per_jp: Option<u32>,
    pub contract_start: Option<Option<NaiveDate>>,
    pub nip: Option<String>,
    pub unit: Option<String>,
    pub language: Option<Lang>,
}

/// Sets the fields `change` names and leaves the others.
pub fn change_profile(plan: &mut Plan, change: &ProfileChange) {
    let profile = &mut plan.profile;
    let change = change.clone();
    profile.name = change.name.unwrap_or(std::mem::take(&mut profile.name));
    profile.employee_type = change.employee_type.unwrap_or(profile.employee_type);
    profile.target_jp = change.target_jp.unwrap_or(profile.target_jp);
    profile.ceiling_jp = change.ceiling_jp.unwrap_or(profile.ceiling_jp);
    profile.minutes_per_jp = change.minutes_per_jp.unwrap_or(profile.minutes_per_jp);
    profile.contract_start = change.contract_start.unwrap_or(profile.contract_start);
    profile.nip = change.nip.unwrap_or(std::mem::take(&mut profile.nip));
    profile.unit = change.unit.unwrap_or(std::mem::take(&mut profile.unit));
    profile.language = change.language.or(profile.language);
}

/// Deletes a training; the log entries and reflections linked to it follow `linked`.
pub fn delete_training(plan: &mut Plan, id: &str, linked: OnLinked) -> Result<Deleted, OpError> {
    let index = plan
        .trainings
        .iter()
        .position(|t| t.id == id)
        .ok_or_else(|| OpError::not_found(Kind::Training, id))?;
    let logs: Vec<String> = plan.logs_of_training(id).map(|l| l.id.clone()).collect();
    let reflections: Vec<String> =
        plan.reflections.iter().filter(|r| r.training.as_deref() == Some(id)).map(|r| r.id.clone()).collect();
    let reflections_of_training: HashSet<String> =
        plan.reflections_of_training(id).map(|r| r.id.clone()).collect();
    let mut deleted = Deleted { trainings: vec![plan.trainings.remove(index)], ..Deleted::default() };
    match linked {
        OnLinked::Refuse if !logs.is_empty() || !reflections.is_empty() => {
            plan.trainings.insert(index, deleted.trainings.remove(0));
            return Err(OpError::Linked {
                place: Place::Training { index, id: id.to_string() },
                logs,
                reflections,
            });
        }
        OnLinked::Refuse => {}
        OnLinked::Unlink => {
            plan.logs
                .iter_mut()
                .filter(|l| l.training.as_deref() == Some(id))
                .for_each(|l| unlink_log(l, &deleted));
            // A reflection on the training moves to its first log entry, so it still says what
            // it is about.
            let first_log = logs.first().cloned();
            for reflection in plan.reflections.iter_mut().filter(|r| r.training.as_deref() == Some(id)) {
                reflection.training = None;
                if reflection.log.is_none() {
                    reflection.log = first_log.clone();
                }
            }
        }
        OnLinked::Cascade => {
            let (gone, kept) = plan.logs.drain(..).partition(|l| l.training.as_deref() == Some(id));
            plan.logs = kept;
            deleted.logs = gone;
            let (gone, kept) = plan
                .reflections
                .drain(..)
                .partition(|r: &Reflection| reflections_of_training.contains(&r.id));
            plan.reflections = kept;
            deleted.reflections = gone;
        }
    }
    Ok(deleted)
}

/// An entry that loses its training keeps what it took from it, so it still reads and counts.
fn unlink_log(log: &mut Log, deleted: &Deleted) {
    let training = &deleted.trainings[0];
    if log.title.trim().is_empty() {
        log.title = training.title.clone();
    }
    if log.form.is_none() {
        log.form = training.form.clone();
    }
    log.training = None;
}

/// Deletes a log entry; reflections on it follow `linked`.
pub fn delete_log(plan: &mut Plan, id: &str, linked: OnLinked) -> Result<Deleted, OpError> {
    let index = plan.logs.iter().position(|l| l.id == id).ok_or_else(|| OpError::not_found(Kind::Log, id))?;
    let reflections: Vec<String> =
        plan.reflections.iter().filter(|r| r.log.as_deref() == Some(id)).map(|r| r.id.clone()).collect();
    if linked == OnLinked::Refuse && !reflections.is_empty() {
        let place = Place::Log { index, id: id.to_string() };
        return Err(OpError::Linked { place, logs: Vec::new(), reflections });
    }
    let mut deleted = Deleted { logs: vec![plan.logs.remove(index)], ..Deleted::default() };
    match linked {
        OnLinked::Cascade => {
            let (gone, kept) = plan.reflections.drain(..).partition(|r| r.log.as_deref() == Some(id));
            plan.reflections = kept;
            deleted.reflections = gone;
        }
        _ => {
            // A reflection on the entry stays about the entry's training, when it had one.
            let training = deleted.logs[0].training.clone();
            for reflection in plan.reflections.iter_mut().filter(|r| r.log.as_deref() == Some(id)) {
                reflection.log = None;
                if reflection.training.is_none() {
                    reflection.training = training.clone();
                }
            }
        }
    }
    Ok(deleted)
}

pub fn delete_reflection(plan: &mut Plan, id: &str) -> Result<Deleted, OpError> {
    let index = plan
        .reflections
        .iter()
        .position(|r| r.id == id)
        .ok_or_else(|| OpError::not_found(Kind::Reflection, id))?;
    Ok(Deleted { reflections: vec![plan.reflections.remove(index)], ..Deleted::default() })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::{Jp, UnknownKeys, validate};

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn training(title: &str) -> Training {
        Training {
            id: String::new(),
            year: 2026,
            title: title.into(),
            provider: "LAN RI".into(),
            form: Some("pelatihan-teknis".into()),
            competency: None,
            start: Some(date(3, 10)),
            end: None,
            planned_jp: Jp::whole(12),
            status: Status::Planned,
            why: String::new(),
            extra: UnknownKeys::new(),
        }
    }

    fn log(training: Option<&str>) -> Log {
        Log { training: training.map(Into::into), ..Log::new(date(3, 12), Jp::whole(6), "") }
    }

    fn reflection(training: Option<&str>, log: Option<&str>) -> Reflection {
        Reflection {
            training: training.map(Into::into),
            log: log.map(Into::into),
            ..Reflection::new(date(3, 20), "Ringkasan satu halaman")
        }
    }

    /// t1 with l1 and r1 on it, r2 on l1, and an unrelated t2.
    fn linked_plan() -> Plan {
        let mut plan = Plan::default();
        add_training(&mut plan, training("Analisis Kebijakan"));
        add_training(&mut plan, training("Kursus Statistik"));
        add_log(&mut plan, log(Some("t1")));
        add_reflection(&mut plan, reflection(Some("t1"), None));
        add_reflection(&mut plan, reflection(None, Some("l1")));
        assert_eq!(validate(&plan), vec![]);
        plan
    }

    #[test]
    fn adding_gives_new_ids() {
        let plan = linked_plan();
        let ids: Vec<&str> = plan.trainings.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["t1", "t2"]);
        assert_eq!(plan.reflections[1].id, "r2");
    }

    #[test]
    fn a_linked_training_is_not_deleted_without_a_decision() {
        let mut plan = linked_plan();
        let before = plan.clone();
        let refused = delete_training(&mut plan, "t1", OnLinked::Refuse);
        let place = Place::Training { index: 0, id: "t1".into() };
        let expected = OpError::Linked { place, logs: vec!["l1".into()], reflections: vec!["r1".into()] };
        assert_eq!(refused, Err(expected));
        assert_eq!(plan, before);
        assert!(delete_training(&mut plan, "t2", OnLinked::Refuse).is_ok());
        assert_eq!(
            delete_training(&mut plan, "t9", OnLinked::Refuse),
            Err(OpError::not_found(Kind::Training, "t9"))
        );
    }

    #[test]
    fn unlinking_keeps_the_entries_readable_and_valid() {
        let mut plan = linked_plan();
        delete_training(&mut plan, "t1", OnLinked::Unlink).unwrap();
        assert_eq!(plan.logs[0].training, None);
        assert_eq!(plan.logs[0].title, "Analisis Kebijakan");
        assert_eq!(plan.logs[0].form.as_deref(), Some("pelatihan-teknis"));
        assert_eq!(plan.reflections[0].training, None);
        assert_eq!(plan.reflections[0].log.as_deref(), Some("l1"), "the reflection follows the entry");
        assert_eq!(validate(&plan), vec![]);
    }

    #[test]
    fn cascading_deletes_everything_that_hangs_on_it() {
        let mut plan = linked_plan();
        let deleted = delete_training(&mut plan, "t1", OnLinked::Cascade).unwrap();
        assert_eq!((deleted.logs.len(), deleted.reflections.len()), (1, 2));
        assert!(plan.logs.is_empty() && plan.reflections.is_empty());
        assert_eq!(plan.trainings.len(), 1);
        assert_eq!(validate(&plan), vec![]);
    }

    #[test]
    fn deleting_a_log_takes_care_of_its_reflections() {
        let mut plan = linked_plan();
        assert!(matches!(delete_log(&mut plan, "l1", OnLinked::Refuse), Err(OpError::Linked { .. })));
        delete_log(&mut plan, "l1", OnLinked::Unlink).unwrap();
        assert_eq!(plan.reflections[1].log, None);
        assert_eq!(validate(&plan), vec![]);
    }

    #[test]
    fn a_course_is_marked_in_siasn_as_a_whole() {
        let mut plan = linked_plan();
        add_log(&mut plan, log(Some("t1")));
        add_log(&mut plan, Log::new(date(4, 2), Jp::whole(2), "Webinar"));
        // An entry of t1 stands for t1's whole course.
        assert_eq!(mark_in_siasn(&mut plan, "l2"), Ok(vec!["l1".to_string(), "l2".to_string()]));
        let marked: Vec<bool> = plan.logs.iter().map(|l| l.in_siasn).collect();
        assert_eq!(marked, [true, true, false]);
        assert_eq!(mark_in_siasn(&mut plan, "l3"), Ok(vec!["l3".to_string()]));
        assert!(plan.logs.iter().all(|l| l.in_siasn));
        assert_eq!(mark_in_siasn(&mut plan, "t2"), Ok(Vec::new()), "nothing logged yet");
        assert_eq!(mark_in_siasn(&mut plan, "l9"), Err(OpError::not_found(Kind::Log, "l9")));
        assert_eq!(mark_in_siasn(&mut plan, "t9"), Err(OpError::not_found(Kind::Training, "t9")));
        assert_eq!(validate(&plan), vec![]);
    }

    #[test]
    fn updates_keep_the_id_and_status_changes_apply() {
        let mut plan = linked_plan();
        update_training(&mut plan, "t2", training("Kursus Statistik Lanjut")).unwrap();
        assert_eq!(
            (plan.trainings[1].id.as_str(), plan.trainings[1].title.as_str()),
            ("t2", "Kursus Statistik Lanjut")
        );
        set_status(&mut plan, "t1", Status::Done).unwrap();
        set_applied(&mut plan, "r1", Applied::Partly).unwrap();
        assert_eq!((plan.trainings[0].status, plan.reflections[0].applied), (Status::Done, Applied::Partly));
        assert!(update_log(&mut plan, "l5", log(None)).is_err());
    }
}
