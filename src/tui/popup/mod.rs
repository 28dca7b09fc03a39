//! Modals: one file each. They get every key first (see `App::handle_key`).

mod confirm;
mod fields;
pub mod form;
mod help;
pub mod log_form;
pub mod profile_form;
pub mod reflection_form;
pub mod summary;
pub mod training_form;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::app::{App, Popup};
use super::theme::Theme;
use crate::i18n::Msg;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(popup) = &app.popup else { return };
    match popup {
        Popup::Form { form, .. } => {
            let width = area.width.saturating_sub(4).min(86);
            let height = (form.content_height() + 2).min(area.height.saturating_sub(2));
            let hint = form_hint(app);
            form.render(centered(area, width, height), frame.buffer_mut(), theme, &hint);
        }
        Popup::ConfirmDelete(target) => confirm::draw(frame, area, app, target, theme),
        Popup::Help => help::draw(frame, area, app, theme),
        Popup::Summary { selected } => summary::draw(frame, area, app, *selected, theme),
    }
}

/// "Tab next field · Ctrl-S save · Esc cancel", from the form key table.
fn form_hint(app: &App) -> String {
    super::keymap::FORM
        .iter()
        .filter_map(|b| b.hint.map(|hint| format!("{} {}", b.label, app.lang.t(hint))))
        .collect::<Vec<_>>()
        .join(" · ")
        + &format!(" · {}", app.lang.t(Msg::FormChoiceHint))
}

/// A `width` × `height` box in the middle of `area`, never larger than it.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height }
}
