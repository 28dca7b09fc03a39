//! The Log pane: JP earned, with certificate, SIASN and the running total.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Cell;

use super::list::{self, ListView};
use super::{message_box, pane_title};
use crate::i18n::Msg;
use crate::model::format_day_month;
use crate::text::printable;
use crate::tui::app::{App, LOGS};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let plan = app.plan();
    let rows = &app.derived.rows.logs;
    let title = pane_title(lang.t(Msg::PaneLog), rows.len(), &app.panes[LOGS].filter, theme);
    if rows.is_empty() {
        let text = lang.f(Msg::EmptyLog, &[("year", &app.year)]);
        return message_box(frame, area, title, vec![Line::from(text)], theme, app.focus == LOGS);
    }
    // The running total gives way to the title in a narrow pane.
    let show_total = area.width >= 56;
    let mut headings =
        vec![lang.t(Msg::PaneColDate), lang.t(Msg::ColTitle), "JP", lang.t(Msg::PaneColCertificate), "SIASN"];
    let mut widths = vec![
        Constraint::Length(6),
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(5),
        Constraint::Length(5),
    ];
    if show_total {
        headings.push(lang.t(Msg::ColTotal));
        widths.push(Constraint::Length(7));
    }
    let view = ListView { title, headings, widths, pane: LOGS };
    list::draw(frame, area, app, theme, view, |i| {
        let log = &plan.logs[rows[i]];
        let certificate = if log.certificate.trim().is_empty() {
            Span::styled("—", theme.warning)
        } else {
            Span::styled("✓", theme.saved)
        };
        let siasn =
            if log.in_siasn { Span::styled("✓", theme.saved) } else { Span::styled("·", theme.warning) };
        let mut cells = vec![
            Cell::from(format_day_month(log.date, lang)),
            Cell::from(printable(&app.log_title(log)).into_owned()),
            Cell::from(Line::from(log.jp.format(lang)).right_aligned()),
            Cell::from(Line::from(certificate).centered()),
            Cell::from(Line::from(siasn).centered()),
        ];
        if show_total {
            cells.push(Cell::from(Line::from(app.derived.running[i].format(lang)).right_aligned()));
        }
        cells
    });
}
