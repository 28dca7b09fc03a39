//! Drawing: reads the app's state and draws it, nothing else.

mod header;
mod list;
mod logs;
mod reflections;
mod status_line;
mod tabs;
mod trainings;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::app::{App, Popup};
use super::keymap::{FORM, hints};
use super::pane::Pane;
use super::popup::{centered, help};
use super::theme::Theme;
use crate::i18n::Msg;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    let layout = super::layout::screen_layout(area, app.focus);
    if layout.too_small {
        let text = Paragraph::new(app.lang.t(Msg::TuiTooSmall)).wrap(Wrap { trim: true });
        frame.render_widget(text, area);
        return;
    }
    header::draw(frame, layout.header, app, theme);
    if let Some(tabs) = layout.tabs {
        tabs::draw(frame, tabs, app, theme);
    }
    for pane in Pane::ALL {
        if !layout.shown[pane] {
            continue;
        }
        let area = layout.panes[pane];
        match pane {
            Pane::Trainings => trainings::draw(frame, area, app, theme),
            Pane::Logs => logs::draw(frame, area, app, theme),
            Pane::Reflections => reflections::draw(frame, area, app, theme),
        }
    }
    status_line::draw(frame, layout.status, app, theme);
    draw_popup(frame, area, app, theme);
}

/// The popup on top, drawn from its own state; the figures come from the app.
fn draw_popup(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(popup) = &app.popup else { return };
    let lang = app.lang;
    match popup {
        Popup::Form { form, .. } => {
            let width = area.width.saturating_sub(4).min(86);
            let height = (form.content_height() + 2).min(area.height.saturating_sub(2));
            let mut hint = hints(FORM, lang);
            hint.push(lang.t(Msg::FormChoiceHint).to_string());
            form.render(centered(area, width, height), frame.buffer_mut(), theme, &hint.join(" · "));
        }
        Popup::ConfirmDelete(confirm) => confirm.draw(frame, area, lang, theme),
        Popup::Help => help::draw(frame, area, lang, theme),
        Popup::Summary(summary) => summary.draw(frame, area, &app.cache.summary, lang, theme),
        Popup::CatchUp(catch_up) => catch_up.draw(frame, area, &app.cache.catalog, lang, theme),
        Popup::Siasn(siasn) => siasn.draw(frame, area, lang, theme),
    }
}

/// A box with a message in place of a list (welcome, empty year, unreadable file).
fn message_box(
    frame: &mut Frame,
    area: Rect,
    title: Line<'_>,
    lines: Vec<Line<'_>>,
    theme: &Theme,
    focused: bool,
) {
    let border = if focused { theme.focus_border } else { theme.border };
    let block = Block::default().borders(Borders::ALL).border_style(border).title(title);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).block(block), area);
}

/// A pane's title: its name, how many it shows, and the filter in use.
fn pane_title(app: &App, pane: Pane, theme: &Theme) -> Line<'static> {
    let name = app.lang.t(pane.title());
    let count = app.cache.rows.of(pane).len();
    let mut spans =
        vec![Span::styled(format!(" {name} "), theme.title), Span::styled(format!("{count} "), theme.muted)];
    let filter = &app.panes[pane].filter;
    if !filter.is_empty() {
        spans.push(Span::styled(format!("/{} ", crate::printable::printable(filter)), theme.warning));
    }
    Line::from(spans)
}

/// The message of an empty list: nothing matches the filter, or nothing yet this year.
fn empty_text(app: &App, pane: Pane) -> String {
    let (lang, year) = (app.lang, app.year);
    let filter = &app.panes[pane].filter;
    if filter.is_empty() {
        match pane {
            Pane::Trainings => tr!(lang, Msg::EmptyTrainings, year = year),
            Pane::Logs => tr!(lang, Msg::EmptyLog, year = year),
            Pane::Reflections => tr!(lang, Msg::EmptyReflections, year = year),
        }
    } else {
        tr!(app.lang, Msg::NoMatch, filter = crate::printable::printable(filter))
    }
}
