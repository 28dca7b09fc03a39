//! The tab bar of the narrow layout: one pane at a time.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::Msg;
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let names = [Msg::PaneTrainings, Msg::PaneLog, Msg::PaneReflections];
    let third = (area.width / 3) as usize;
    let spans: Vec<Span> = names
        .iter()
        .enumerate()
        .map(|(i, msg)| {
            let count = app.derived.rows.of(i).len();
            // Exactly a third each, so a click lands on the tab it shows.
            let label = format!(" {} {} ({count}) ", i + 1, app.lang.t(*msg));
            let label: String = label.chars().chain(std::iter::repeat(' ')).take(third).collect();
            let style = if i == app.focus { theme.selected } else { theme.muted };
            Span::styled(label, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
