//! Modals: one file each, each owning its state, its keys and its drawing. They get every key
//! first (see `App::handle_key`) and answer with an outcome; none of them knows the app.

pub mod catch_up;
pub mod confirm;
mod fields;
pub mod form;
mod form_field;
pub mod help;
pub mod log_form;
pub mod profile_form;
pub mod reflection_form;
pub mod siasn;
pub mod summary;
pub mod training_form;

use ratatui::layout::Rect;

/// A `width` × `height` box in the middle of `area`, never larger than it.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height }
}
