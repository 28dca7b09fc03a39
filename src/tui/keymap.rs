//! Keys → actions, one table per context. The same tables draw the help screen and the hints.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::pane::Pane;
use crate::i18n::Msg;

/// Everything a key can ask of the main screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    NextPane,
    PrevPane,
    FocusPane(Pane),
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    Add,
    Edit,
    Delete,
    MarkDone,
    Reflect,
    PrevYear,
    NextYear,
    Filter,
    ClearFilter,
    Summary,
    Undo,
    Profile,
    SwitchLanguage,
    Help,
    Quit,
    Suspend,
}

/// One binding: the keys that trigger it (as shown in help), and what it does.
pub struct Binding {
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub label: &'static str,
    pub action: Action,
    pub help: Msg,
    /// The short word in the main screen's hint line, for the keys that matter most.
    pub hint: Option<Msg>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

/// The main screen, in the order help lists them.
pub const MAIN: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Tab, NONE)],
        label: "Tab",
        action: Action::NextPane,
        help: Msg::KeyNextPane,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)],
        label: "Shift-Tab",
        action: Action::PrevPane,
        help: Msg::KeyPrevPane,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('1'), NONE)],
        label: "1",
        action: Action::FocusPane(Pane::Trainings),
        help: Msg::KeyPane1,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('2'), NONE)],
        label: "2",
        action: Action::FocusPane(Pane::Logs),
        help: Msg::KeyPane2,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('3'), NONE)],
        label: "3",
        action: Action::FocusPane(Pane::Reflections),
        help: Msg::KeyPane3,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Up, NONE), (KeyCode::Char('k'), NONE)],
        label: "↑ k",
        action: Action::Up,
        help: Msg::KeyUp,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Down, NONE), (KeyCode::Char('j'), NONE)],
        label: "↓ j",
        action: Action::Down,
        help: Msg::KeyDown,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::PageUp, NONE)],
        label: "PgUp",
        action: Action::PageUp,
        help: Msg::KeyPageUp,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::PageDown, NONE)],
        label: "PgDn",
        action: Action::PageDown,
        help: Msg::KeyPageDown,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('g'), NONE), (KeyCode::Home, NONE)],
        label: "g",
        action: Action::First,
        help: Msg::KeyFirst,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('G'), SHIFT), (KeyCode::Char('G'), NONE), (KeyCode::End, NONE)],
        label: "G",
        action: Action::Last,
        help: Msg::KeyLast,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('a'), NONE)],
        label: "a",
        action: Action::Add,
        help: Msg::KeyAdd,
        hint: Some(Msg::HintAdd),
    },
    Binding {
        keys: &[(KeyCode::Char('e'), NONE), (KeyCode::Enter, NONE)],
        label: "e Enter",
        action: Action::Edit,
        help: Msg::KeyEdit,
        hint: Some(Msg::HintEdit),
    },
    Binding {
        keys: &[(KeyCode::Char('d'), NONE), (KeyCode::Delete, NONE)],
        label: "d",
        action: Action::Delete,
        help: Msg::KeyDelete,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('x'), NONE)],
        label: "x",
        action: Action::MarkDone,
        help: Msg::KeyMarkDone,
        hint: Some(Msg::HintDone),
    },
    Binding {
        keys: &[(KeyCode::Char('r'), NONE)],
        label: "r",
        action: Action::Reflect,
        help: Msg::KeyReflect,
        hint: Some(Msg::HintReflect),
    },
    Binding {
        keys: &[(KeyCode::Char('['), NONE)],
        label: "[",
        action: Action::PrevYear,
        help: Msg::KeyPrevYear,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char(']'), NONE)],
        label: "]",
        action: Action::NextYear,
        help: Msg::KeyNextYear,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('/'), NONE)],
        label: "/",
        action: Action::Filter,
        help: Msg::KeyFilter,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Esc, NONE)],
        label: "Esc",
        action: Action::ClearFilter,
        help: Msg::KeyClearFilter,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('s'), NONE)],
        label: "s",
        action: Action::Summary,
        help: Msg::KeySummary,
        hint: Some(Msg::HintSummary),
    },
    Binding {
        keys: &[(KeyCode::Char('u'), NONE)],
        label: "u",
        action: Action::Undo,
        help: Msg::KeyUndo,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('p'), NONE)],
        label: "p",
        action: Action::Profile,
        help: Msg::KeyProfile,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('L'), SHIFT), (KeyCode::Char('L'), NONE)],
        label: "L",
        action: Action::SwitchLanguage,
        help: Msg::KeyLanguage,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('?'), NONE), (KeyCode::Char('?'), SHIFT)],
        label: "?",
        action: Action::Help,
        help: Msg::KeyHelp,
        hint: Some(Msg::HintHelp),
    },
    Binding {
        keys: &[(KeyCode::Char('q'), NONE), (KeyCode::Char('c'), CTRL)],
        label: "q",
        action: Action::Quit,
        help: Msg::KeyQuit,
        hint: Some(Msg::HintQuit),
    },
    Binding {
        keys: &[(KeyCode::Char('z'), CTRL)],
        label: "Ctrl-Z",
        action: Action::Suspend,
        help: Msg::KeySuspend,
        hint: None,
    },
];

/// What a key does inside a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormAction {
    NextField,
    PrevField,
    Save,
    /// Enter: saves on the last field, else moves on (a new line in long text).
    Enter,
    Cancel,
}

pub struct FormBinding {
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub label: &'static str,
    pub action: FormAction,
    pub help: Msg,
    /// The short word in a form's hint line.
    pub hint: Option<Msg>,
}

pub const FORM: &[FormBinding] = &[
    FormBinding {
        keys: &[(KeyCode::Tab, NONE)],
        label: "Tab",
        action: FormAction::NextField,
        help: Msg::KeyFormNext,
        hint: Some(Msg::HintFormNext),
    },
    FormBinding {
        keys: &[(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)],
        label: "Shift-Tab",
        action: FormAction::PrevField,
        help: Msg::KeyFormPrev,
        hint: None,
    },
    FormBinding {
        keys: &[(KeyCode::Char('s'), CTRL)],
        label: "Ctrl-S",
        action: FormAction::Save,
        help: Msg::KeyFormSave,
        hint: Some(Msg::HintFormSave),
    },
    FormBinding {
        keys: &[(KeyCode::Enter, NONE)],
        label: "Enter",
        action: FormAction::Enter,
        help: Msg::KeyFormEnter,
        hint: None,
    },
    FormBinding {
        keys: &[(KeyCode::Esc, NONE)],
        label: "Esc",
        action: FormAction::Cancel,
        help: Msg::KeyFormCancel,
        hint: Some(Msg::HintFormCancel),
    },
];

fn matches(keys: &[(KeyCode, KeyModifiers)], key: &KeyEvent) -> bool {
    // Shift is part of an upper-case letter already; compare the rest of the modifiers.
    let mods = key.modifiers - KeyModifiers::SHIFT;
    keys.iter().any(|(code, want)| *code == key.code && (*want - KeyModifiers::SHIFT) == mods)
}

pub fn main_action(key: &KeyEvent) -> Option<Action> {
    MAIN.iter().find(|b| matches(b.keys, key)).map(|b| b.action)
}

pub fn form_action(key: &KeyEvent) -> Option<FormAction> {
    FORM.iter().find(|b| matches(b.keys, key)).map(|b| b.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn every_documented_key_finds_its_action() {
        for binding in MAIN {
            for (code, modifiers) in binding.keys {
                assert_eq!(main_action(&key(*code, *modifiers)), Some(binding.action), "{}", binding.label);
            }
        }
        for binding in FORM {
            for (code, modifiers) in binding.keys {
                assert_eq!(form_action(&key(*code, *modifiers)), Some(binding.action), "{}", binding.label);
            }
        }
    }

    #[test]
    fn unbound_keys_do_nothing() {
        assert_eq!(main_action(&key(KeyCode::Char('w'), NONE)), None);
        assert_eq!(main_action(&key(KeyCode::Char('q'), CTRL)), None);
        assert_eq!(main_action(&key(KeyCode::Char('c'), NONE)), None);
    }
}
