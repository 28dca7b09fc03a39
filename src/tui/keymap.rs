//! Keys → actions, one table per context, each binding on one line. The same tables draw the
//! help screen and the hint lines, so help never goes stale.

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
    CatchUp,
    Siasn,
    Undo,
    Profile,
    SwitchLanguage,
    Help,
    Quit,
    Suspend,
}

impl Action {
    /// Whether the action changes the data file (so a read-only screen does not offer it).
    pub fn writes(self) -> bool {
        matches!(
            self,
            Action::Add
                | Action::Edit
                | Action::Delete
                | Action::MarkDone
                | Action::Reflect
                | Action::Undo
                | Action::Profile
                | Action::CatchUp
        )
    }
}

/// What a key does inside a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormAction {
    NextField,
    PrevField,
    Save,
    /// Enter: saves on the last field, else moves on (a new line in long text).
    Enter,
    Cancel,
    /// After a conflict: take the other side's values for the fields both changed.
    TakeTheirs,
}

/// What a key does in the "delete this?" dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfirmAction {
    /// Delete the record and whatever points at it.
    DeleteAll,
    /// Delete the record only; what points at it stays, without the link.
    KeepLinked,
    Cancel,
}

/// What a key does in the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SummaryAction {
    Up,
    Down,
    /// Open the form that settles the selected to-do.
    Open,
    Close,
}

/// What a key does in the catch-up plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatchUpAction {
    Up,
    Down,
    /// Choose the selected item, or leave it out.
    Toggle,
    /// Add the chosen items to the plan, as one change.
    Add,
    Close,
}

/// What a key does in the SIASN view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SiasnAction {
    PrevField,
    NextField,
    PrevCourse,
    NextCourse,
    /// Put the selected field on the clipboard (OSC 52).
    Copy,
    /// The course has been entered in MyASN.
    MarkEntered,
    Close,
}

/// What a key does on the help screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpAction {
    Close,
}

type Key = (KeyCode, KeyModifiers);

/// One binding: the keys that trigger it, how help shows them, and what it does.
pub struct Binding<A> {
    pub keys: &'static [Key],
    pub label: &'static str,
    pub action: A,
    pub help: Msg,
    /// The short word in the hint line, for the keys that matter most.
    pub hint: Option<Msg>,
}

const fn bind<A>(keys: &'static [Key], label: &'static str, action: A, help: Msg) -> Binding<A> {
    Binding { keys, label, action, help, hint: None }
}

impl<A: Copy> Binding<A> {
    const fn hinted(self, hint: Msg) -> Binding<A> {
        Binding { hint: Some(hint), ..self }
    }
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

/// A key without modifiers. Shift is part of an upper-case letter or of Shift-Tab already.
const fn key(code: KeyCode) -> Key {
    (code, NONE)
}

const fn ch(c: char) -> Key {
    (KeyCode::Char(c), NONE)
}

const fn ctrl(c: char) -> Key {
    (KeyCode::Char(c), CTRL)
}

/// The main screen, in the order help lists them.
#[rustfmt::skip]
pub const MAIN: &[Binding<Action>] = &[
    bind(&[key(KeyCode::Tab)], "Tab", Action::NextPane, Msg::KeyNextPane),
    bind(&[key(KeyCode::BackTab)], "Shift-Tab", Action::PrevPane, Msg::KeyPrevPane),
    bind(&[ch('1')], "1", Action::FocusPane(Pane::Trainings), Msg::KeyPane1),
    bind(&[ch('2')], "2", Action::FocusPane(Pane::Logs), Msg::KeyPane2),
    bind(&[ch('3')], "3", Action::FocusPane(Pane::Reflections), Msg::KeyPane3),
    bind(&[key(KeyCode::Up), ch('k')], "↑ k", Action::Up, Msg::KeyUp),
    bind(&[key(KeyCode::Down), ch('j')], "↓ j", Action::Down, Msg::KeyDown),
    bind(&[key(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyPageUp),
    bind(&[key(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyPageDown),
    bind(&[ch('g'), key(KeyCode::Home)], "g", Action::First, Msg::KeyFirst),
    bind(&[ch('G'), key(KeyCode::End)], "G", Action::Last, Msg::KeyLast),
    bind(&[ch('a')], "a", Action::Add, Msg::KeyAdd).hinted(Msg::HintAdd),
    bind(&[ch('e'), key(KeyCode::Enter)], "e Enter", Action::Edit, Msg::KeyEdit).hinted(Msg::HintEdit),
    bind(&[ch('d'), key(KeyCode::Delete)], "d", Action::Delete, Msg::KeyDelete),
    bind(&[ch('x')], "x", Action::MarkDone, Msg::KeyMarkDone).hinted(Msg::HintDone),
    bind(&[ch('r')], "r", Action::Reflect, Msg::KeyReflect).hinted(Msg::HintReflect),
    bind(&[ch('[')], "[", Action::PrevYear, Msg::KeyPrevYear),
    bind(&[ch(']')], "]", Action::NextYear, Msg::KeyNextYear),
    bind(&[ch('/')], "/", Action::Filter, Msg::KeyFilter),
    bind(&[key(KeyCode::Esc)], "Esc", Action::ClearFilter, Msg::KeyClearFilter),
    bind(&[ch('s')], "s", Action::Summary, Msg::KeySummary).hinted(Msg::HintSummary),
    bind(&[ch('c')], "c", Action::CatchUp, Msg::KeyCatchUp).hinted(Msg::HintCatchUp),
    bind(&[ch('i')], "i", Action::Siasn, Msg::KeySiasn),
    bind(&[ch('u')], "u", Action::Undo, Msg::KeyUndo),
    bind(&[ch('p')], "p", Action::Profile, Msg::KeyProfile),
    bind(&[ch('L')], "L", Action::SwitchLanguage, Msg::KeyLanguage),
    bind(&[ch('?')], "?", Action::Help, Msg::KeyHelp).hinted(Msg::HintHelp),
    bind(&[ch('q'), ctrl('c')], "q", Action::Quit, Msg::KeyQuit).hinted(Msg::HintQuit),
    bind(&[ctrl('z')], "Ctrl-Z", Action::Suspend, Msg::KeySuspend),
];

#[rustfmt::skip]
pub const FORM: &[Binding<FormAction>] = &[
    bind(&[key(KeyCode::Tab)], "Tab", FormAction::NextField, Msg::KeyFormNext).hinted(Msg::HintFormNext),
    bind(&[key(KeyCode::BackTab)], "Shift-Tab", FormAction::PrevField, Msg::KeyFormPrev),
    bind(&[ctrl('s')], "Ctrl-S", FormAction::Save, Msg::KeyFormSave).hinted(Msg::HintFormSave),
    bind(&[key(KeyCode::Enter)], "Enter", FormAction::Enter, Msg::KeyFormEnter),
    bind(&[key(KeyCode::Esc)], "Esc", FormAction::Cancel, Msg::KeyFormCancel).hinted(Msg::HintFormCancel),
    bind(&[ctrl('t')], "Ctrl-T", FormAction::TakeTheirs, Msg::KeyFormTakeTheirs),
];

/// "Delete this?": `k` only where something points at the record.
#[rustfmt::skip]
pub const CONFIRM: &[Binding<ConfirmAction>] = &[
    bind(&[ch('k'), ch('K')], "k", ConfirmAction::KeepLinked, Msg::ConfirmKeepUnlinked),
    bind(&[ch('y'), ch('Y')], "y", ConfirmAction::DeleteAll, Msg::ConfirmDeleteAll),
    bind(&[ch('n'), ch('N'), key(KeyCode::Esc)], "n", ConfirmAction::Cancel, Msg::ConfirmNo),
];

#[rustfmt::skip]
pub const SUMMARY: &[Binding<SummaryAction>] = &[
    bind(&[key(KeyCode::Up), ch('k')], "↑ ↓", SummaryAction::Up, Msg::KeyUp).hinted(Msg::HintChoose),
    bind(&[key(KeyCode::Down), ch('j')], "↓", SummaryAction::Down, Msg::KeyDown),
    bind(&[key(KeyCode::Enter)], "Enter", SummaryAction::Open, Msg::HintOpen).hinted(Msg::HintOpen),
    bind(&[key(KeyCode::Esc), ch('s'), ch('q')], "Esc", SummaryAction::Close, Msg::HintClose).hinted(Msg::HintClose),
];

#[rustfmt::skip]
pub const CATCH_UP: &[Binding<CatchUpAction>] = &[
    bind(&[key(KeyCode::Up), ch('k')], "↑ ↓", CatchUpAction::Up, Msg::KeyUp).hinted(Msg::HintChoose),
    bind(&[key(KeyCode::Down), ch('j')], "↓", CatchUpAction::Down, Msg::KeyDown),
    bind(&[ch(' '), ch('x')], "Space", CatchUpAction::Toggle, Msg::HintTick).hinted(Msg::HintTick),
    bind(&[key(KeyCode::Enter), ch('a')], "Enter", CatchUpAction::Add, Msg::HintAddToPlan).hinted(Msg::HintAddToPlan),
    bind(&[key(KeyCode::Esc), ch('c'), ch('q')], "Esc", CatchUpAction::Close, Msg::HintClose).hinted(Msg::HintClose),
];

#[rustfmt::skip]
pub const SIASN: &[Binding<SiasnAction>] = &[
    bind(&[key(KeyCode::Up), ch('k')], "↑ ↓", SiasnAction::PrevField, Msg::KeyUp).hinted(Msg::HintSiasnField),
    bind(&[key(KeyCode::Down), ch('j')], "↓", SiasnAction::NextField, Msg::KeyDown),
    bind(&[key(KeyCode::Left), ch('h'), key(KeyCode::BackTab)], "← →", SiasnAction::PrevCourse, Msg::KeySiasnPrev).hinted(Msg::HintSiasnCourse),
    bind(&[key(KeyCode::Right), ch('l'), key(KeyCode::Tab)], "→", SiasnAction::NextCourse, Msg::KeySiasnNext),
    bind(&[key(KeyCode::Enter), ch('y')], "Enter", SiasnAction::Copy, Msg::KeySiasnCopy).hinted(Msg::HintCopy),
    bind(&[ch('x')], "x", SiasnAction::MarkEntered, Msg::KeySiasnMark).hinted(Msg::HintEntered),
    bind(&[key(KeyCode::Esc), ch('i'), ch('q')], "Esc", SiasnAction::Close, Msg::HintClose).hinted(Msg::HintClose),
];

#[rustfmt::skip]
pub const HELP: &[Binding<HelpAction>] = &[
    bind(&[key(KeyCode::Esc), ch('?'), ch('q'), key(KeyCode::Enter)], "Esc ?", HelpAction::Close, Msg::HelpClose),
];

fn matches(keys: &[Key], key: &KeyEvent) -> bool {
    // Shift is part of an upper-case letter already; compare the rest of the modifiers.
    let mods = key.modifiers - KeyModifiers::SHIFT;
    keys.iter().any(|(code, want)| *code == key.code && (*want - KeyModifiers::SHIFT) == mods)
}

/// The action `key` triggers in `table`.
pub fn action_of<A: Copy>(table: &[Binding<A>], key: &KeyEvent) -> Option<A> {
    table.iter().find(|b| matches(b.keys, key)).map(|b| b.action)
}

/// "Tab next field · Ctrl-S save": the hinted bindings of a table, in the person's language.
pub fn hints<A>(table: &[Binding<A>], lang: crate::i18n::Lang) -> Vec<String> {
    table.iter().filter_map(|b| b.hint.map(|hint| format!("{} {}", b.label, lang.t(hint)))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_key_finds_its_action<A: Copy + PartialEq + std::fmt::Debug>(table: &[Binding<A>]) {
        for binding in table {
            for (code, modifiers) in binding.keys {
                let key = KeyEvent::new(*code, *modifiers);
                assert_eq!(action_of(table, &key), Some(binding.action), "{}", binding.label);
            }
        }
    }

    #[test]
    fn every_documented_key_finds_its_action() {
        every_key_finds_its_action(MAIN);
        every_key_finds_its_action(FORM);
        every_key_finds_its_action(CONFIRM);
        every_key_finds_its_action(SUMMARY);
        every_key_finds_its_action(CATCH_UP);
        every_key_finds_its_action(SIASN);
        every_key_finds_its_action(HELP);
    }

    #[test]
    fn shift_is_part_of_the_key() {
        let shifted = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT);
        assert_eq!(action_of(MAIN, &shifted('G')), Some(Action::Last));
        assert_eq!(
            action_of(MAIN, &KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::PrevPane)
        );
    }

    #[test]
    fn unbound_keys_do_nothing() {
        let key = |code, modifiers| KeyEvent::new(code, modifiers);
        assert_eq!(action_of(MAIN, &key(KeyCode::Char('w'), NONE)), None);
        assert_eq!(action_of(MAIN, &key(KeyCode::Char('q'), CTRL)), None);
        assert_eq!(action_of(MAIN, &key(KeyCode::Char('w'), CTRL)), None);
        assert_eq!(action_of(CONFIRM, &key(KeyCode::Char('x'), NONE)), None);
    }
}
