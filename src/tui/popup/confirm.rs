//! "Delete this?", saying what else it affects and asking what to do with it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centered;
use crate::i18n::Msg;
use crate::tui::app::{App, DeleteTarget};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, target: &DeleteTarget, theme: &Theme) {
    let lang = app.lang;
    let mut lines = Vec::new();
    let question = match target {
        DeleteTarget::Training { id, .. } => {
            let title = app.training(id).map(|t| t.title.clone()).unwrap_or_default();
            lang.f(Msg::ConfirmDeleteTraining, &[("id", id), ("title", &crate::text::printable(&title))])
        }
        DeleteTarget::Log { id, .. } => lang.f(Msg::ConfirmDeleteLog, &[("id", id)]),
        DeleteTarget::Reflection { id } => lang.f(Msg::ConfirmDeleteReflection, &[("id", id)]),
    };
    lines.push(Line::from(Span::styled(question, theme.title)));
    lines.push(Line::from(""));
    let (logs, reflections) = match target {
        DeleteTarget::Training { logs, reflections, .. } => (*logs, *reflections),
        DeleteTarget::Log { reflections, .. } => (0, *reflections),
        DeleteTarget::Reflection { .. } => (0, 0),
    };
    let key = |k: &'static str| Span::styled(k, theme.key);
    if logs + reflections > 0 {
        lines.push(Line::from(lang.f(Msg::ConfirmLinked, &[("logs", &logs), ("reflections", &reflections)])));
        lines.push(Line::from(""));
        lines.push(Line::from(vec![key("k"), Span::raw(format!("  {}", lang.t(Msg::ConfirmKeepUnlinked)))]));
        lines.push(Line::from(vec![key("y"), Span::raw(format!("  {}", lang.t(Msg::ConfirmDeleteAll)))]));
    } else {
        lines.push(Line::from(vec![key("y"), Span::raw(format!("  {}", lang.t(Msg::ConfirmYes)))]));
    }
    lines.push(Line::from(vec![key("n"), Span::raw(format!("  {}", lang.t(Msg::ConfirmNo)))]));
    let box_area = centered(area, 64, lines.len() as u16 + 4);
    frame.render_widget(Clear, box_area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.error)
        .title(Span::styled(format!(" {} ", lang.t(Msg::ConfirmTitle)), theme.title));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).block(block), box_area);
}
