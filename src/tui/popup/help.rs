//! Every key, from the same tables that drive them, in two columns.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centered;
use crate::i18n::Msg;
use ratatui::crossterm::event::KeyEvent;

use crate::i18n::Lang;
use crate::tui::keymap::{FORM, HELP, HelpAction, MAIN, action_of};
use crate::tui::theme::Theme;

/// True when `key` closes the help.
pub fn closes(key: KeyEvent) -> bool {
    action_of(HELP, &key) == Some(HelpAction::Close)
}

pub fn draw(frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
    let row = |label: &str, help: Msg| {
        Line::from(vec![Span::styled(format!("{label:<10}"), theme.key), Span::raw(lang.t(help))])
    };
    let half = MAIN.len().div_ceil(2);
    let legend = lang.t(Msg::HelpLegend).lines().count();
    // The blank lines between the parts go first when the help would cover the header's title
    // and the status line (at 80×24).
    let rows = (half + 1 + legend).max(MAIN.len() - half + 2 + FORM.len());
    let spaced = rows + 2 <= area.height.saturating_sub(2) as usize;
    let gap = || spaced.then(|| Line::from(""));
    let left: Vec<Line> = MAIN[..half].iter().map(|b| row(b.label, b.help)).collect();
    let mut right: Vec<Line> = MAIN[half..].iter().map(|b| row(b.label, b.help)).collect();
    right.extend(gap());
    right.push(Line::from(Span::styled(lang.t(Msg::HelpForms), theme.title)));
    right.extend(FORM.iter().map(|b| row(b.label, b.help)));
    let mut left = left;
    left.extend(gap());
    left.extend(lang.t(Msg::HelpLegend).lines().map(|line| Line::styled(line, theme.muted)));
    let rows = left.len().max(right.len()) as u16;
    let box_area = centered(area, 96, rows + 2);
    frame.render_widget(Clear, box_area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border)
        .title(Span::styled(format!(" {} ", lang.t(Msg::HelpTitle)), theme.title))
        .title_bottom(Span::styled(format!(" {} ", lang.t(Msg::HelpClose)), theme.muted));
    let inner = block.inner(box_area);
    frame.render_widget(block, box_area);
    let [left_area, right_area] = Layout::default()
        .direction(Direction::Horizontal)
        .constraints([Constraint::Percentage(50), Constraint::Percentage(50)])
        .spacing(2)
        .areas(inner.inner(ratatui::layout::Margin::new(1, 0)));
    frame.render_widget(Paragraph::new(left).wrap(Wrap { trim: true }), left_area);
    frame.render_widget(Paragraph::new(right).wrap(Wrap { trim: true }), right_area);
}
