//! The bottom line: the last save result (or the filter being typed) and the keys that matter now.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::Msg;
use crate::printable::printable;
use crate::tui::app::{App, Note};
use crate::tui::keymap::{Action, MAIN};
use crate::tui::pane::Pane;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let left = if let Some(input) = &app.filtering {
        let typed = input.lines().join(" ");
        Line::from(vec![
            Span::styled(format!(" {}: ", lang.t(Msg::TuiFilter)), theme.key),
            Span::raw(printable(&typed).into_owned()),
            Span::styled("▏", theme.key),
        ])
    } else {
        match &app.note {
            Some(Note::Saved(text)) => Line::from(Span::styled(format!(" ✓ {text}"), theme.saved)),
            Some(Note::Info(text)) => Line::from(Span::raw(format!(" {}", printable(text)))),
            Some(Note::Error(text)) => {
                Line::from(Span::styled(format!(" ✗ {}", printable(text)), theme.error))
            }
            None => Line::from(""),
        }
    };
    // Hints are added while they fit beside the note, most important first.
    let room = (area.width as usize).saturating_sub(left.width() + 2);
    let mut used = 0;
    let mut hints: Vec<Span> = Vec::new();
    // The catch-up plan comes first when it is offered, and not at all otherwise.
    let offered = app.catch_up_offered();
    let catch_up = MAIN.iter().filter(|b| b.action == Action::CatchUp && offered);
    for binding in catch_up.chain(MAIN.iter().filter(|b| b.action != Action::CatchUp)) {
        let Some(hint) = binding.hint else { continue };
        // x only works on a training; a read-only file offers nothing that would write.
        if binding.action == Action::MarkDone && app.focus != Pane::Trainings
            || binding.action.writes() && app.is_read_only()
        {
            continue;
        }
        let key = binding.label.split(' ').next().unwrap_or_default();
        let word = format!(" {}  ", lang.t(hint));
        let width = key.chars().count() + word.chars().count();
        if used + width > room {
            continue;
        }
        used += width;
        hints.push(Span::styled(key, theme.key));
        hints.push(Span::styled(word, theme.muted));
    }
    let left_width = left.width() as u16;
    let [note, keys] = Layout::default()
        .direction(Direction::Horizontal)
        .constraints([Constraint::Length(left_width.min(area.width) + 1), Constraint::Fill(1)])
        .areas(area);
    frame.render_widget(Paragraph::new(left), note);
    frame.render_widget(Paragraph::new(Line::from(hints).right_aligned()), keys);
}
