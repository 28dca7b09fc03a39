//! The Log pane: JP earned, with certificate, SIASN and the running total.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Cell;

use super::list::{self, ListView};
use super::{empty_text, message_box, pane_title};
use crate::i18n::Msg;
use crate::model::format_day_month;
use crate::printable::printable;
use crate::tui::app::App;
use crate::tui::pane::Pane;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let plan = app.plan();
    let rows = app.cache.rows.of(Pane::Logs);
    let title = pane_title(app, Pane::Logs, theme);
    if rows.is_empty() {
        let text = empty_text(app, Pane::Logs);
        return message_box(frame, area, title, vec![Line::from(text)], theme, app.focus == Pane::Logs);
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
    let detail = app.selected_index(Pane::Logs).map_or_else(Vec::new, |i| detail(app, &plan.logs[i], theme));
    let view = ListView { title, headings, widths, pane: Pane::Logs, detail };
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
            cells.push(Cell::from(Line::from(app.cache.running[i].format(lang)).right_aligned()));
        }
        cells
    });
}

/// The selected entry in full: what, who, the certificate and SIASN.
fn detail<'a>(app: &App, log: &crate::model::Log, theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.lang;
    let certificate = if log.certificate.trim().is_empty() {
        Span::styled(lang.t(Msg::DetailNoCertificate), theme.warning)
    } else {
        Span::raw(tr!(lang, Msg::DetailCertificate, certificate = printable(&log.certificate)))
    };
    let siasn = if log.in_siasn {
        Span::raw(lang.t(Msg::DetailInSiasn))
    } else {
        Span::styled(lang.t(Msg::DetailNotInSiasn), theme.warning)
    };
    let days = crate::report::date_span(Some(log.first_day()), Some(log.date), lang);
    let mut facts = vec![days, format!("{} JP", log.jp.format(lang))];
    if !log.provider.trim().is_empty() {
        facts.push(printable(&log.provider).into_owned());
    }
    vec![
        Line::styled(printable(&app.log_title(log)).into_owned(), theme.title),
        Line::styled(facts.join(" · "), theme.muted),
        Line::from(vec![certificate, Span::raw(" · "), siasn]),
    ]
}
