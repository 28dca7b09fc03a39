//! The three panes of the main screen, by name rather than by number.

use std::ops::{Index, IndexMut};

use crate::i18n::Msg;
use crate::model::Kind;

/// A pane of the main screen; each lists one kind of record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Trainings,
    Logs,
    Reflections,
}

impl Pane {
    /// In the order of the tabs and of the keys 1, 2, 3.
    pub const ALL: [Pane; 3] = [Pane::Trainings, Pane::Logs, Pane::Reflections];

    fn position(self) -> usize {
        match self {
            Pane::Trainings => 0,
            Pane::Logs => 1,
            Pane::Reflections => 2,
        }
    }

    /// The pane after this one, round to the first (Tab).
    pub fn next(self) -> Pane {
        Pane::ALL[(self.position() + 1) % Pane::ALL.len()]
    }

    /// The pane before this one, round to the last (Shift-Tab).
    pub fn previous(self) -> Pane {
        Pane::ALL[(self.position() + Pane::ALL.len() - 1) % Pane::ALL.len()]
    }

    /// The pane's name, on its tab and its border.
    pub fn title(self) -> Msg {
        match self {
            Pane::Trainings => Msg::PaneTrainings,
            Pane::Logs => Msg::PaneLog,
            Pane::Reflections => Msg::PaneReflections,
        }
    }

    /// The kind of record the pane lists.
    pub fn kind(self) -> Kind {
        match self {
            Pane::Trainings => Kind::Training,
            Pane::Logs => Kind::Log,
            Pane::Reflections => Kind::Reflection,
        }
    }

    /// The pane that lists a kind of record.
    pub fn of(kind: Kind) -> Pane {
        match kind {
            Kind::Training => Pane::Trainings,
            Kind::Log => Pane::Logs,
            Kind::Reflection => Pane::Reflections,
        }
    }
}

/// One value for each pane.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PerPane<T>(pub [T; 3]);

impl<T> PerPane<T> {
    /// The same value for every pane.
    pub fn all(value: T) -> PerPane<T>
    where
        T: Clone,
    {
        PerPane([value.clone(), value.clone(), value])
    }

    /// A value for each pane, made from the pane.
    pub fn from_fn(mut make: impl FnMut(Pane) -> T) -> PerPane<T> {
        PerPane(Pane::ALL.map(&mut make))
    }
}

impl<T> Index<Pane> for PerPane<T> {
    type Output = T;
    fn index(&self, pane: Pane) -> &T {
        &self.0[pane.position()]
    }
}

impl<T> IndexMut<Pane> for PerPane<T> {
    fn index_mut(&mut self, pane: Pane) -> &mut T {
        &mut self.0[pane.position()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_and_shift_tab_go_round() {
        assert_eq!(Pane::Reflections.next(), Pane::Trainings);
        assert_eq!(Pane::Trainings.previous(), Pane::Reflections);
        for pane in Pane::ALL {
            assert_eq!(pane.next().previous(), pane);
            assert_eq!(Pane::of(pane.kind()), pane);
        }
    }
}
