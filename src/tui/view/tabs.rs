//! The tab bar of the narrow layout: one pane at a time.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::App;
use crate::tui::pane::Pane;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let third = (area.width / 3) as usize;
    let spans: Vec<Span> = Pane::ALL
        .into_iter()
        .enumerate()
        .map(|(i, pane)| {
            let count = app.cache.rows.of(pane).len();
            // Exactly a third each, so a click lands on the tab it shows.
            let label = format!(" {} {} ({count}) ", i + 1, app.lang.t(pane.title()));
            let label: String = label.chars().chain(std::iter::repeat(' ')).take(third).collect();
            let style = if pane == app.focus { theme.selected } else { theme.muted };
            Span::styled(label, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
