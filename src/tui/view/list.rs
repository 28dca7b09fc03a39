//! A list pane: a bordered table that builds rows only for what is on screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Cell, Row, Table, TableState};

use crate::tui::app::App;
use crate::tui::theme::Theme;

pub struct ListView<'a> {
    pub title: Line<'a>,
    pub headings: Vec<&'a str>,
    pub widths: Vec<Constraint>,
    pub pane: usize,
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
    let count = app.derived.rows.of(view.pane).len();
    let visible = area.height.saturating_sub(3) as usize;
    let first = state.offset.min(count);
    let last = (first + visible).min(count);
    let rows: Vec<Row> = (first..last).map(|i| Row::new(row(i))).collect();
    let focused = app.focus == view.pane;
    let border = if focused { theme.focus_border } else { theme.border };
    let block = Block::default().borders(Borders::ALL).border_style(border).title(view.title);
    let header = Row::new(view.headings.into_iter().map(Cell::from)).style(theme.muted);
    let selected_style = if focused { theme.selected } else { theme.title };
    let table = Table::new(rows, view.widths)
        .header(header)
        .block(block)
        .row_highlight_style(selected_style)
        .highlight_symbol("▌");
    let mut table_state = TableState::default();
    if count > 0 {
        table_state.select(Some(state.selected.saturating_sub(first)));
    }
    frame.render_stateful_widget(table, area, &mut table_state);
}
