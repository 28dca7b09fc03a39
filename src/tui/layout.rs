//! Where everything goes for a terminal size: one pure function, shared by drawing and the mouse.

use ratatui::layout::{Constraint, Direction, Layout as Split, Position, Rect};

use super::pane::{Pane, PerPane};

/// Below this the screen says "terminal too small" instead of drawing.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width the three panes stand side by side.
pub const WIDE: u16 = 160;
/// From this size the plan fills the top half and the log and reflections share the bottom.
pub const ROOMY: (u16, u16) = (100, 30);
pub const HEADER_HEIGHT: u16 = 4;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub too_small: bool,
    pub header: Rect,
    /// The tab bar, only when one pane is shown at a time.
    pub tabs: Option<Rect>,
    /// Each pane's area (in the narrow layout all three share one).
    pub panes: PerPane<Rect>,
    /// Which panes are on screen.
    pub shown: PerPane<bool>,
    pub status: Rect,
}

/// The layout for `size`; a narrow screen shows only the `focus` pane.
pub fn screen_layout(size: Rect, focus: Pane) -> Layout {
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return Layout { too_small: true, ..Layout::default() };
    }
    let [header, middle, status] = Split::default()
        .direction(Direction::Vertical)
        .constraints([Constraint::Length(HEADER_HEIGHT), Constraint::Min(3), Constraint::Length(1)])
        .areas(size);
    if size.width >= WIDE {
        let panes = Split::default()
            .direction(Direction::Horizontal)
            .constraints([Constraint::Percentage(44), Constraint::Percentage(30), Constraint::Percentage(26)])
            .areas(middle);
        Layout {
            too_small: false,
            header,
            tabs: None,
            panes: PerPane(panes),
            shown: PerPane::all(true),
            status,
        }
    } else if size.width >= ROOMY.0 && size.height >= ROOMY.1 {
        let [top, bottom] = Split::default()
            .direction(Direction::Vertical)
            .constraints([Constraint::Percentage(50), Constraint::Percentage(50)])
            .areas(middle);
        let [logs, reflections] = Split::default()
            .direction(Direction::Horizontal)
            .constraints([Constraint::Percentage(50), Constraint::Percentage(50)])
            .areas(bottom);
        Layout {
            too_small: false,
            header,
            tabs: None,
            panes: PerPane([top, logs, reflections]),
            shown: PerPane::all(true),
            status,
        }
    } else {
        let [tabs, pane] = Split::default()
            .direction(Direction::Vertical)
            .constraints([Constraint::Length(1), Constraint::Min(3)])
            .areas(middle);
        let shown = PerPane::from_fn(|p| p == focus);
        Layout { too_small: false, header, tabs: Some(tabs), panes: PerPane::all(pane), shown, status }
    }
}

/// Rows under a list for the selected record's full text: only when the pane is tall enough.
pub fn detail_rows(pane_height: u16) -> u16 {
    match pane_height {
        0..14 => 0,
        14..24 => 5,
        _ => 9,
    }
}

impl Layout {
    /// Rows of records a pane can show: its area less the border, the column heading and the
    /// detail rows.
    pub fn list_rows(&self, pane: Pane) -> usize {
        let height = self.panes[pane].height;
        height.saturating_sub(3 + detail_rows(height)) as usize
    }

    /// The tab under a click on the tab bar.
    pub fn tab_at(&self, at: Position) -> Option<Pane> {
        let tabs = self.tabs.filter(|t| t.contains(at))?;
        let third = (tabs.width / 3).max(1);
        Some(Pane::ALL[((at.x - tabs.x) / third).min(2) as usize])
    }

    /// The pane on screen under a point.
    pub fn pane_at(&self, at: Position) -> Option<Pane> {
        Pane::ALL.into_iter().find(|&p| self.shown[p] && self.panes[p].contains(at))
    }

    /// The pane and visible row under a click on a list, counted from the first row shown.
    pub fn row_at(&self, at: Position) -> Option<(Pane, usize)> {
        let pane = self.pane_at(at)?;
        let area = self.panes[pane];
        let first_row = area.y + 2;
        let end = first_row + self.list_rows(pane) as u16;
        (at.y >= first_row && at.y < end).then(|| (pane, (at.y - first_row) as usize))
    }
}
