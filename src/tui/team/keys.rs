//! The unit's screen's keys, as data like `keymap`'s tables: help and the hint line are drawn
//! from this table, so they cannot drift from what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::TeamPane;
use crate::i18n::Msg;
use crate::tui::keymap::Binding;

/// Everything a key can ask of the unit's screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamAction {
    NextPane,
    PrevPane,
    FocusPane(TeamPane),
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    /// The selected member's year, read-only.
    Open,
    /// By the largest gap, or by name.
    Sort,
    SwitchLanguage,
    Help,
    Quit,
    Suspend,
}

type Key = (KeyCode, KeyModifiers);

const NONE: KeyModifiers = KeyModifiers::NONE;

const fn bind(
    keys: &'static [Key],
    label: &'static str,
    action: TeamAction,
    help: Msg,
) -> Binding<TeamAction> {
    Binding { keys, label, action, help, hint: None }
}

const fn hinted(binding: Binding<TeamAction>, hint: Msg) -> Binding<TeamAction> {
    Binding { hint: Some(hint), ..binding }
}

const fn ch(c: char) -> Key {
    (KeyCode::Char(c), NONE)
}

const fn key(code: KeyCode) -> Key {
    (code, NONE)
}

/// In the order help lists them.
#[rustfmt::skip]
pub const TEAM: &[Binding<TeamAction>] = &[
    bind(&[key(KeyCode::Tab)], "Tab", TeamAction::NextPane, Msg::KeyNextPane),
    bind(&[key(KeyCode::BackTab)], "Shift-Tab", TeamAction::PrevPane, Msg::KeyPrevPane),
    bind(&[ch('1')], "1", TeamAction::FocusPane(TeamPane::Members), Msg::TeamKeyPane1),
    bind(&[ch('2')], "2", TeamAction::FocusPane(TeamPane::Needs), Msg::TeamKeyPane2),
    bind(&[ch('3')], "3", TeamAction::FocusPane(TeamPane::Mix), Msg::TeamKeyPane3),
    bind(&[key(KeyCode::Up), ch('k')], "↑ k", TeamAction::Up, Msg::KeyUp),
    bind(&[key(KeyCode::Down), ch('j')], "↓ j", TeamAction::Down, Msg::KeyDown),
    bind(&[key(KeyCode::PageUp)], "PgUp", TeamAction::PageUp, Msg::KeyPageUp),
    bind(&[key(KeyCode::PageDown)], "PgDn", TeamAction::PageDown, Msg::KeyPageDown),
    bind(&[ch('g'), key(KeyCode::Home)], "g", TeamAction::First, Msg::KeyFirst),
    bind(&[ch('G'), key(KeyCode::End)], "G", TeamAction::Last, Msg::KeyLast),
    hinted(bind(&[key(KeyCode::Enter)], "Enter", TeamAction::Open, Msg::TeamKeyOpen), Msg::HintOpen),
    hinted(bind(&[ch('s')], "s", TeamAction::Sort, Msg::TeamKeySort), Msg::HintSort),
    bind(&[ch('L')], "L", TeamAction::SwitchLanguage, Msg::KeyLanguage),
    hinted(bind(&[ch('?')], "?", TeamAction::Help, Msg::KeyHelp), Msg::HintHelp),
    hinted(bind(&[ch('q'), (KeyCode::Char('c'), KeyModifiers::CONTROL)], "q", TeamAction::Quit, Msg::KeyQuit), Msg::HintQuit),
    bind(&[(KeyCode::Char('z'), KeyModifiers::CONTROL)], "Ctrl-Z", TeamAction::Suspend, Msg::KeySuspend),
];

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyEvent;

    use super::*;
    use crate::tui::keymap::action_of;

    #[test]
    fn every_key_finds_its_action() {
        for binding in TEAM {
            for (code, modifiers) in binding.keys {
                assert_eq!(
                    action_of(TEAM, &KeyEvent::new(*code, *modifiers)),
                    Some(binding.action),
                    "{}",
                    binding.label
                );
            }
        }
    }
}
