//! The Trainings pane: the year's plan.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Cell;

use super::list::{self, ListView};
use super::{empty_text, message_box, pane_title};
use crate::describe;
use crate::i18n::Msg;
use crate::model::{Status, format_day_month};
use crate::printable::printable;
use crate::progress::is_overdue;
use crate::tui::app::App;
use crate::tui::pane::Pane;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let plan = app.plan();
    let rows = app.cache.rows.of(Pane::Trainings);
    let title = pane_title(app, Pane::Trainings, theme);
    let empty = plan.trainings.is_empty() && plan.logs.is_empty();
    // Worded only when it will be shown, not on every frame.
    if empty
        && app.is_read_only()
        && let Some(error) = app.read_only_reason()
    {
        // A plan shown read-only on purpose (a member's year) is not a file that failed.
        let shown_on_purpose = matches!(app.source, crate::tui::app::Source::ReadOnly { .. });
        let mut lines = vec![];
        if !shown_on_purpose {
            lines.push(Line::from(Span::styled(lang.t(Msg::TuiReadOnly), theme.error)));
            lines.push(Line::from(""));
        }
        lines.push(Line::from(printable(&error).into_owned()));
        return message_box(frame, area, title, lines, theme, true);
    }
    if empty {
        let profile_done = !plan.profile.name.trim().is_empty();
        let lines = [Msg::WelcomeTitle, Msg::WelcomePlan, Msg::WelcomeProfile, Msg::WelcomeHelp]
            .into_iter()
            .filter(|msg| !(profile_done && *msg == Msg::WelcomeProfile))
            .enumerate()
            .flat_map(|(i, msg)| {
                let style = if i == 0 { theme.title } else { theme.base };
                [Line::from(Span::styled(lang.t(msg), style)), Line::from("")]
            })
            .collect();
        return message_box(frame, area, title, lines, theme, app.focus == Pane::Trainings);
    }
    if rows.is_empty() {
        let text = empty_text(app, Pane::Trainings);
        return message_box(frame, area, title, vec![Line::from(text)], theme, app.focus == Pane::Trainings);
    }
    // Columns give way to the title as the pane narrows: competency first, then the form.
    let show_form = area.width >= 70;
    let show_competency = area.width >= 100;
    let mut headings = vec!["", lang.t(Msg::PaneColDate), lang.t(Msg::ColTitle)];
    let mut widths = vec![Constraint::Length(1), Constraint::Length(6), Constraint::Fill(1)];
    if show_form {
        headings.push(lang.t(Msg::ColForm));
        widths.push(Constraint::Length(13));
    }
    if show_competency {
        headings.push(lang.t(Msg::ColCompetency));
        widths.push(Constraint::Length(14));
    }
    headings.extend([lang.t(Msg::ColJpLogged), lang.t(Msg::ColStatus)]);
    widths.extend([Constraint::Length(9), Constraint::Length(12)]);
    let detail =
        app.selected_index(Pane::Trainings).map_or_else(Vec::new, |i| detail(app, &plan.trainings[i], theme));
    let view = ListView { title, headings, widths, pane: Pane::Trainings, detail };
    list::draw(frame, area, app, theme, view, |i| {
        let training = &plan.trainings[rows[i]];
        let logged = app.cache.logged.get(&training.id).copied().unwrap_or_default();
        let overdue = is_overdue(training, app.today);
        let mark = if overdue {
            Span::styled("!", theme.warning)
        } else if training.status.is_open() && training.why.trim().is_empty() {
            Span::styled("?", theme.warning)
        } else if training.status == Status::Done && !app.cache.reflected.contains(&training.id) {
            Span::styled("✎", theme.warning)
        } else {
            Span::raw(" ")
        };
        let form = training
            .form
            .as_deref()
            .map_or(String::new(), |key| printable(app.cache.catalog.label(key, lang)).into_owned());
        let mut cells = vec![
            Cell::from(mark),
            Cell::from(training.start.map_or(String::new(), |d| format_day_month(d, lang))),
            Cell::from(printable(&training.title).into_owned()),
        ];
        if show_form {
            cells.push(Cell::from(form));
        }
        if show_competency {
            cells.push(Cell::from(training.competency.map_or("", |c| describe::domain::competency(c, lang))));
        }
        let status_style = match training.status {
            Status::Done => theme.saved,
            Status::Cancelled => theme.muted,
            _ if overdue => theme.warning,
            _ => theme.base,
        };
        cells.push(Cell::from(format!("{}/{}", logged.format(lang), training.planned_jp.format(lang))));
        cells.push(Cell::from(Span::styled(describe::domain::status(training.status, lang), status_style)));
        cells
    });
}

/// The selected training in full: title, who and when, and the work problem it answers.
fn detail<'a>(app: &App, training: &crate::model::Training, theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.lang;
    let mut facts = vec![printable(&training.provider).into_owned()];
    if training.start.is_some() {
        facts.push(crate::report::date_span(training.start, training.end, lang));
    }
    if let Some(form) = &training.form {
        facts.push(printable(app.cache.catalog.label(form, lang)).into_owned());
    }
    facts.retain(|f| !f.is_empty());
    let why = if training.why.trim().is_empty() {
        Line::styled(lang.t(Msg::DetailNoWhy), theme.warning)
    } else {
        Line::from(tr!(lang, Msg::DetailWhy, why = printable(&training.why)))
    };
    vec![
        Line::styled(printable(&training.title).into_owned(), theme.title),
        Line::styled(facts.join(" · "), theme.muted),
        why,
    ]
}
