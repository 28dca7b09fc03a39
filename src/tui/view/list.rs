//! A list pane: a bordered table that builds rows only for what is on screen, and under it
//! the selected record's full text.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use crate::tui::app::App;
use crate::tui::layout::detail_rows;
use crate::tui::pane::Pane;
use crate::tui::theme::Theme;

pub struct ListView<'a> {
    pub title: Line<'a>,
    pub headings: Vec<&'a str>,
    pub widths: Vec<Constraint>,
    pub pane: Pane,
    /// The selected record in full, shown under the list when there is room.
    pub detail: Vec<Line<'a>>,
}

/// Draws rows `offset .. offset + visible` of the pane; `row(i)` builds the i-th row shown.
pub fn draw<'a>(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    theme: &Theme,
    view: ListView<'a>,
    row: impl Fn(usize) -> Vec<Cell<'a>>,
) {
    let state = &app.panes[view.pane];
    let focused = app.focus == view.pane;
    let border = if focused { theme.focus_border } else { theme.border };
    let block = Block::default().borders(Borders::ALL).border_style(border).title(view.title);
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let detail_height = detail_rows(area.height).min(inner.height);
    let list_area = Rect { height: inner.height - detail_height, ..inner };
    let count = app.cache.rows.of(view.pane).len();
    let visible = list_area.height.saturating_sub(1) as usize;
    let first = state.offset.min(count);
    let last = (first + visible).min(count);
    let rows: Vec<Row> = (first..last).map(|i| Row::new(row(i))).collect();
    let header = Row::new(view.headings.into_iter().map(Cell::from)).style(theme.muted);
    let selected_style = if focused { theme.selected } else { theme.title };
    let table = Table::new(rows, view.widths)
        .header(header)
        .row_highlight_style(selected_style)
        .highlight_symbol("▌");
    let mut table_state = TableState::default();
    if count > 0 {
        table_state.select(Some(state.selected.saturating_sub(first)));
    }
    frame.render_stateful_widget(table, list_area, &mut table_state);

    if detail_height > 0 {
        let detail_area = Rect { y: list_area.y + list_area.height, height: detail_height, ..inner };
        let rule = Line::styled("─".repeat(detail_area.width as usize), theme.border);
        let lines: Vec<Line> = std::iter::once(rule).chain(view.detail).collect();
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), detail_area);
    }
}
