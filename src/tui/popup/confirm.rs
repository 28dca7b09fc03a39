//! "Delete this?", saying what else it affects and asking what to do with it.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centered;
use crate::i18n::{Lang, Msg};
use crate::model::Kind;
use crate::ops::OnLinked;
use crate::tui::keymap::{CONFIRM, ConfirmAction, action_of};
use crate::tui::theme::Theme;

/// The record to delete, and what points at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfirmDelete {
    pub kind: Kind,
    pub id: String,
    /// A training's title, to name it in the question.
    pub title: String,
    /// Log entries and reflections that point at it, counted as a full delete would take them.
    pub logs: usize,
    pub reflections: usize,
}

/// What the person answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfirmOutcome {
    Undecided,
    Cancel,
    Delete(OnLinked),
}

impl ConfirmDelete {
    fn has_links(&self) -> bool {
        self.logs + self.reflections > 0
    }

    pub fn handle_key(&self, key: KeyEvent) -> ConfirmOutcome {
        match action_of(CONFIRM, &key) {
            Some(ConfirmAction::DeleteAll) => ConfirmOutcome::Delete(OnLinked::Cascade),
            // Keeping what is linked is only a choice when something is.
            Some(ConfirmAction::KeepLinked) if self.has_links() => ConfirmOutcome::Delete(OnLinked::Unlink),
            Some(ConfirmAction::Cancel) => ConfirmOutcome::Cancel,
            Some(ConfirmAction::KeepLinked) | None => ConfirmOutcome::Undecided,
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
        let id = &self.id;
        let question = match self.kind {
            Kind::Training => tr!(
                lang,
                Msg::ConfirmDeleteTraining,
                id = id,
                title = crate::printable::printable(&self.title)
            ),
            Kind::Log => tr!(lang, Msg::ConfirmDeleteLog, id = id),
            Kind::Reflection => tr!(lang, Msg::ConfirmDeleteReflection, id = id),
        };
        let mut lines = vec![Line::from(Span::styled(question, theme.title)), Line::from("")];
        if self.has_links() {
            lines.push(Line::from(tr!(
                lang,
                Msg::ConfirmLinked,
                logs = self.logs,
                reflections = self.reflections
            )));
            lines.push(Line::from(""));
        }
        for binding in CONFIRM {
            let help = match binding.action {
                ConfirmAction::KeepLinked if !self.has_links() => continue,
                ConfirmAction::DeleteAll if !self.has_links() => Msg::ConfirmYes,
                _ => binding.help,
            };
            lines.push(Line::from(vec![
                Span::styled(binding.label, theme.key),
                Span::raw(format!("  {}", lang.t(help))),
            ]));
        }
        let box_area = centered(area, 64, lines.len() as u16 + 4);
        frame.render_widget(Clear, box_area);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.error)
            .title(Span::styled(format!(" {} ", lang.t(Msg::ConfirmTitle)), theme.title));
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).block(block), box_area);
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;

    fn asking(logs: usize, reflections: usize) -> ConfirmDelete {
        ConfirmDelete { kind: Kind::Training, id: "t1".into(), title: "Kursus".into(), logs, reflections }
    }

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn keeping_what_is_linked_is_a_choice_only_when_something_is() {
        assert_eq!(asking(2, 1).handle_key(key('k')), ConfirmOutcome::Delete(OnLinked::Unlink));
        assert_eq!(asking(0, 0).handle_key(key('k')), ConfirmOutcome::Undecided);
        assert_eq!(asking(0, 0).handle_key(key('y')), ConfirmOutcome::Delete(OnLinked::Cascade));
        assert_eq!(asking(2, 1).handle_key(key('Y')), ConfirmOutcome::Delete(OnLinked::Cascade));
        assert_eq!(asking(2, 1).handle_key(key('n')), ConfirmOutcome::Cancel);
        assert_eq!(
            asking(2, 1).handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
            ConfirmOutcome::Cancel
        );
        assert_eq!(asking(2, 1).handle_key(key('x')), ConfirmOutcome::Undecided);
    }
}
