//! Moving around: selection, scrolling, the year, filters, jumping to a record, the mouse.

use ratatui::crossterm::event::{KeyCode, KeyEvent, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::App;
use crate::tui::pane::Pane;

impl App {
    pub(super) fn position_of(&self, pane: Pane, id: &str) -> Option<usize> {
        let plan = self.plan();
        self.cache.rows.of(pane).iter().position(|&i| match pane {
            Pane::Trainings => plan.trainings[i].id == id,
            Pane::Logs => plan.logs[i].id == id,
            Pane::Reflections => plan.reflections[i].id == id,
        })
    }

    /// The plan index of the selected row in `pane`.
    pub fn selected_index(&self, pane: Pane) -> Option<usize> {
        self.cache.rows.of(pane).get(self.panes[pane].selected).copied()
    }

    pub fn selected_id(&self, pane: Pane) -> Option<String> {
        let plan = self.plan();
        let index = self.selected_index(pane)?;
        let id = match pane {
            Pane::Trainings => plan.trainings.get(index).map(|t| &t.id),
            Pane::Logs => plan.logs.get(index).map(|l| &l.id),
            Pane::Reflections => plan.reflections.get(index).map(|r| &r.id),
        };
        id.cloned()
    }

    /// How many rows the pane shows at the current size.
    pub fn visible_rows(&self, pane: Pane) -> usize {
        self.layout().list_rows(pane).max(1)
    }

    pub(super) fn keep_visible(&mut self, pane: Pane) {
        let height = self.visible_rows(pane);
        let state = &mut self.panes[pane];
        if state.selected < state.offset {
            state.offset = state.selected;
        } else if state.selected >= state.offset + height {
            state.offset = state.selected + 1 - height;
        }
        let rows = self.cache.rows.of(pane).len();
        state.offset = state.offset.min(rows.saturating_sub(height));
    }

    pub(super) fn move_selection(&mut self, pane: Pane, to: impl FnOnce(usize, usize, usize) -> usize) {
        let rows = self.cache.rows.of(pane).len();
        let page = self.visible_rows(pane);
        let state = &mut self.panes[pane];
        state.selected = if rows == 0 { 0 } else { to(state.selected, rows, page).min(rows - 1) };
        self.keep_visible(pane);
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = Rect::new(0, 0, width, height);
        for pane in Pane::ALL {
            self.keep_visible(pane);
        }
    }

    pub(super) fn set_year(&mut self, year: i32) {
        if crate::model::YEARS.contains(&year) {
            self.year = year;
            for pane in &mut self.panes.0 {
                pane.selected = 0;
                pane.offset = 0;
            }
            self.refresh_cache();
        }
    }

    pub(super) fn set_filter(&mut self, filter: String) {
        self.panes[self.focus].filter = filter;
        self.panes[self.focus].selected = 0;
        self.panes[self.focus].offset = 0;
        self.refresh_cache();
    }

    pub(super) fn filter_key(&mut self, key: KeyEvent) {
        let Some(input) = &mut self.filtering else { return };
        match key.code {
            KeyCode::Esc => {
                self.filtering = None;
                self.set_filter(String::new());
            }
            KeyCode::Enter | KeyCode::Tab => self.filtering = None,
            _ => {
                if input.input(key) {
                    let text = input.lines().join(" ");
                    self.set_filter(text);
                }
            }
        }
    }

    /// Focuses the pane and selects the record, switching to its year and clearing a filter
    /// that hides it. False when the record is not there at all.
    pub fn jump_to(&mut self, pane: Pane, id: &str) -> bool {
        self.focus = pane;
        if self.position_of(pane, id).is_none() {
            if let Some(year) = self.year_of(pane, id) {
                self.year = year;
            }
            self.panes[pane].filter.clear();
            self.refresh_cache();
        }
        let Some(position) = self.position_of(pane, id) else { return false };
        self.panes[pane].selected = position;
        self.keep_visible(pane);
        true
    }

    /// The year a record is listed under.
    pub(super) fn year_of(&self, pane: Pane, id: &str) -> Option<i32> {
        let plan = self.plan();
        match pane {
            Pane::Trainings => self.training(id).map(|t| t.year),
            Pane::Logs => self.log(id).map(|l| chrono::Datelike::year(&l.date)),
            Pane::Reflections => plan.reflections.iter().find(|r| r.id == id).map(|r| {
                let index = plan.training_index();
                crate::progress::reflection_year(r, &index, |log| {
                    self.log(log).map(|l| chrono::Datelike::year(&l.date))
                })
            }),
        }
    }

    // The mouse.

    pub fn handle_mouse(&mut self, mouse: MouseEvent) {
        if self.popup.is_some() || self.filtering.is_some() {
            return;
        }
        let layout = self.layout();
        let at = Position::new(mouse.column, mouse.row);
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                if let Some(pane) = layout.tab_at(at) {
                    self.focus = pane;
                } else if let Some((pane, row)) = layout.row_at(at) {
                    self.focus = pane;
                    let target = self.panes[pane].offset + row;
                    if target < self.cache.rows.of(pane).len() {
                        self.panes[pane].selected = target;
                    }
                } else if let Some(pane) = layout.pane_at(at) {
                    self.focus = pane;
                }
            }
            MouseEventKind::ScrollDown => {
                self.move_selection(layout.pane_at(at).unwrap_or(self.focus), |s, _, _| s + 3)
            }
            MouseEventKind::ScrollUp => {
                self.move_selection(layout.pane_at(at).unwrap_or(self.focus), |s, _, _| s.saturating_sub(3))
            }
            _ => {}
        }
    }
}
