//! Field-level edits: which fields differ between two versions of a record, and a three-way
//! merge that carries only what one side changed onto the record as it is now. The forms, the
//! command line and undo all save this way, so nobody's change to another field is overwritten.

use chrono::NaiveDate;

use super::{Applied, Competency, EmployeeType, Jp, Log, Profile, Reflection, Status, Training, UnknownKeys};
use crate::i18n::Lang;

/// One field of a record: its key in the data file, how to compare it, copy it, and show it.
pub struct FieldOf<T> {
    pub key: &'static str,
    same: fn(&T, &T) -> bool,
    take: fn(&mut T, &T),
    show: fn(&T) -> String,
}

/// A record saved field by field: every field but its ID, listed once.
pub trait Fields: Clone + 'static {
    const FIELDS: &'static [FieldOf<Self>];
}

/// A field's value as a person reads it in a message (keys for closed sets, ISO dates).
trait Shown {
    fn shown(&self) -> String;
}

macro_rules! shown_by_display {
    ($($t:ty),*) => {$(impl Shown for $t { fn shown(&self) -> String { self.to_string() } })*};
}
shown_by_display!(String, NaiveDate, i32, u32, u8, bool);

impl Shown for Jp {
    fn shown(&self) -> String {
        self.format(Lang::En)
    }
}

macro_rules! shown_by_key {
    ($($t:ty),*) => {$(impl Shown for $t { fn shown(&self) -> String { self.key().to_string() } })*};
}
shown_by_key!(Status, Competency, Applied, EmployeeType, Lang);

impl<T: Shown> Shown for Option<T> {
    fn shown(&self) -> String {
        self.as_ref().map(Shown::shown).unwrap_or_default()
    }
}

impl Shown for UnknownKeys {
    fn shown(&self) -> String {
        self.keys().cloned().collect::<Vec<_>>().join(", ")
    }
}

macro_rules! fields {
    ($record:ty: $($field:ident),* $(,)?) => {
        impl Fields for $record {
            const FIELDS: &'static [FieldOf<Self>] = &[$(FieldOf {
                key: stringify!($field),
                same: |a, b| a.$field == b.$field,
                take: |a, b| a.$field = b.$field.clone(),
                show: |a| a.$field.shown(),
            }),*];
        }
    };
}

fields!(Training: year, title, provider, form, competency, start, end, planned_jp, status, why, extra);
fields!(Log: date, start, jp, training, title, form, provider, certificate, certificate_file, in_siasn,
    international, extra);
fields!(Reflection: training, log, date, usefulness, learned, changed, next_step, follow_up, applied, extra);
fields!(Profile: name, employee_type, target_jp, ceiling_jp, minutes_per_jp, language, mouse, contract_start,
    nip, unit, extra);

/// Stops the build when a record gains a field that the lists above do not name: a field left
/// out would silently keep the other side's value in every merge.
#[allow(dead_code)]
fn every_field_is_listed(t: &Training, l: &Log, r: &Reflection, p: &Profile) {
    let Training {
        id: _,
        year: _,
        title: _,
        provider: _,
        form: _,
        competency: _,
        start: _,
        end: _,
        planned_jp: _,
        status: _,
        why: _,
        extra: _,
    } = t;
    let Log {
        id: _,
        date: _,
        start: _,
        jp: _,
        training: _,
        title: _,
        form: _,
        provider: _,
        certificate: _,
        certificate_file: _,
        in_siasn: _,
        international: _,
        extra: _,
    } = l;
    let Reflection {
        id: _,
        training: _,
        log: _,
        date: _,
        usefulness: _,
        learned: _,
        changed: _,
        next_step: _,
        follow_up: _,
        applied: _,
        extra: _,
    } = r;
    let Profile {
        name: _,
        employee_type: _,
        target_jp: _,
        ceiling_jp: _,
        minutes_per_jp: _,
        language: _,
        mouse: _,
        contract_start: _,
        nip: _,
        unit: _,
        extra: _,
    } = p;
}

/// The keys of the fields that differ between `before` and `after`, in file order.
pub fn changed<T: Fields>(before: &T, after: &T) -> Vec<&'static str> {
    T::FIELDS.iter().filter(|f| !(f.same)(before, after)).map(|f| f.key).collect()
}

/// A field's value, as a message shows it.
pub fn shown<T: Fields>(record: &T, key: &str) -> String {
    T::FIELDS.iter().find(|f| f.key == key).map(|f| (f.show)(record)).unwrap_or_default()
}

/// The result of a three-way merge: `record` is `theirs` with every field `mine` changed from
/// `base`, except the `conflicts`: fields both changed, to different values (left as theirs).
#[derive(Clone, Debug, PartialEq)]
pub struct Merged<T> {
    pub record: T,
    /// The fields that `mine` changed and that now carry `mine`'s value.
    pub taken: Vec<&'static str>,
    pub conflicts: Vec<&'static str>,
}

/// Carries what `mine` changed from `base` onto `theirs`, the record as it is now. A field that
/// `theirs` also changed since `base`, to another value, is a conflict and keeps `theirs`.
pub fn merge<T: Fields>(base: &T, mine: &T, theirs: &T) -> Merged<T> {
    let mut merged = Merged { record: theirs.clone(), taken: Vec::new(), conflicts: Vec::new() };
    for field in T::FIELDS.iter().filter(|f| !(f.same)(base, mine)) {
        if (field.same)(theirs, base) || (field.same)(theirs, mine) {
            (field.take)(&mut merged.record, mine);
            merged.taken.push(field.key);
        } else {
            merged.conflicts.push(field.key);
        }
    }
    merged
}

/// `base` with the fields `keys` taken from `from`: after a conflict, the form's base moves to
/// the other side's value for those fields, so saving again keeps the person's own.
pub fn with_fields_of<T: Fields>(base: &T, from: &T, keys: &[&str]) -> T {
    let mut record = base.clone();
    for field in T::FIELDS.iter().filter(|f| keys.contains(&f.key)) {
        (field.take)(&mut record, from);
    }
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    fn training() -> Training {
        Training {
            id: "t1".into(),
            year: 2026,
            title: "Analisis Kebijakan".into(),
            provider: "LAN RI".into(),
            form: None,
            competency: None,
            start: None,
            end: None,
            planned_jp: Jp::whole(12),
            status: Status::Planned,
            why: "Rekomendasi terlalu panjang".into(),
            extra: UnknownKeys::new(),
        }
    }

    #[test]
    fn different_fields_merge_and_the_same_field_conflicts() {
        let base = training();
        let mine = Training { title: "Analisis Kebijakan Publik".into(), ..base.clone() };
        let theirs = Training { planned_jp: Jp::whole(9), why: "Baru".into(), ..base.clone() };
        let merged = merge(&base, &mine, &theirs);
        assert_eq!(merged.conflicts, Vec::<&str>::new());
        assert_eq!(merged.taken, ["title"]);
        assert_eq!(merged.record, Training { title: mine.title.clone(), ..theirs.clone() });

        let mine = Training { why: "Punya saya".into(), ..base.clone() };
        let merged = merge(&base, &mine, &theirs);
        assert_eq!(merged.conflicts, ["why"]);
        assert_eq!(merged.record, theirs, "a conflict keeps theirs");
        assert_eq!(shown(&theirs, "why"), "Baru");
        assert_eq!(shown(&theirs, "planned_jp"), "9");

        // The same value on both sides is no conflict.
        let same = Training { why: "Baru".into(), ..base.clone() };
        assert!(merge(&base, &same, &theirs).conflicts.is_empty());
        // Keep mine: the base moves to theirs for the conflicting field.
        let moved = with_fields_of(&base, &theirs, &["why"]);
        let merged = merge(&moved, &mine, &theirs);
        assert_eq!((merged.conflicts.len(), merged.record.why.as_str()), (0, "Punya saya"));
        assert_eq!(changed(&base, &theirs), ["planned_jp", "why"]);
    }
}
