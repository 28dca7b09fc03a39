//! The Reflections pane: the one change of each course, and whether it stuck.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Cell;

use super::list::{self, ListView};
use super::{empty_text, message_box, pane_title};
use crate::describe;
use crate::i18n::Msg;
use crate::model::{Applied, format_day_month};
use crate::printable::printable;
use crate::tui::app::App;
use crate::tui::pane::Pane;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let plan = app.plan();
    let rows = app.cache.rows.of(Pane::Reflections);
    let title = pane_title(app, Pane::Reflections, theme);
    if rows.is_empty() {
        let text = empty_text(app, Pane::Reflections);
        return message_box(
            frame,
            area,
            title,
            vec![Line::from(text)],
            theme,
            app.focus == Pane::Reflections,
        );
    }
    // What the reflection is about gives way to the change itself in a narrow pane.
    let show_about = area.width >= 60;
    let mut headings = vec![lang.t(Msg::PaneColDate)];
    let mut widths = vec![Constraint::Length(6)];
    if show_about {
        headings.push(lang.t(Msg::ColAbout));
        widths.push(Constraint::Fill(1));
    }
    headings.extend([lang.t(Msg::ColChanged), lang.t(Msg::ColFollowUp)]);
    widths.extend([Constraint::Fill(2), Constraint::Length(13)]);
    let detail = app
        .selected_index(Pane::Reflections)
        .map_or_else(Vec::new, |i| detail(app, &plan.reflections[i], theme));
    let view = ListView { title, headings, widths, pane: Pane::Reflections, detail };
    list::draw(frame, area, app, theme, view, |i| {
        let reflection = &plan.reflections[rows[i]];
        let about = app.reflection_subject(reflection.training.as_deref(), reflection.log.as_deref());
        let follow_up = match (reflection.applied, reflection.follow_up) {
            (Applied::Unknown, Some(date)) if date <= app.today => Span::styled(
                tr!(lang, Msg::PaneFollowUpDue, date = format_day_month(date, lang)),
                theme.warning,
            ),
            (Applied::Unknown, Some(date)) => Span::styled(format_day_month(date, lang), theme.muted),
            (Applied::Unknown, None) => Span::raw(""),
            (applied, _) => Span::raw(describe::domain::applied(applied, lang)),
        };
        let mut cells = vec![Cell::from(format_day_month(reflection.date, lang))];
        if show_about {
            cells.push(Cell::from(printable(&about).into_owned()));
        }
        cells.extend([Cell::from(printable(&reflection.changed).into_owned()), Cell::from(follow_up)]);
        cells
    });
}

/// The selected reflection in full: what it is about, the change, what was learned.
fn detail<'a>(app: &App, reflection: &crate::model::Reflection, theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.lang;
    let about = app.reflection_subject(reflection.training.as_deref(), reflection.log.as_deref());
    // Line breaks the person typed are kept; each line is defused on its own.
    let mut lines = vec![Line::styled(printable(&about).into_owned(), theme.title)];
    let changed = tr!(lang, Msg::DetailChanged, text = reflection.changed);
    lines.extend(changed.lines().map(|line| Line::from(printable(line).into_owned())));
    if !reflection.learned.trim().is_empty() {
        let learned = tr!(lang, Msg::DetailLearned, text = reflection.learned);
        lines.extend(learned.lines().map(|line| Line::styled(printable(line).into_owned(), theme.muted)));
    }
    lines
}
