//! The year in figures: JP by month, by competency and by the 10:20:70 model, and the
//! to-dos, each of which jumps to its record.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centered;
use crate::catalog::Mix;
use crate::describe;
use crate::i18n::Msg;
use crate::model::{Jp, format_day_month, short_month_name};
use crate::text::printable;
use crate::tui::app::App;
use crate::tui::keymap::Action;
use crate::tui::pane::Pane;
use crate::tui::popup::form::FieldId;
use crate::tui::theme::Theme;

/// One open to-do: where it is, what it says, and the key that settles it.
pub struct TodoItem {
    pub pane: Pane,
    pub id: String,
    pub text: String,
    pub action: Action,
    /// The field that answers it, where the form opens.
    pub field: Option<FieldId>,
}

/// The to-dos of the year in view, in the order the summary lists them.
pub fn items(app: &App) -> Vec<TodoItem> {
    let lang = app.lang;
    let plan = app.plan();
    let todos = &app.derived.summary.todos;
    let training_title = |id: &str| app.training(id).map(|t| t.title.clone()).unwrap_or_default();
    let log_title = |id: &str| app.log(id).map(|l| app.log_title(l)).unwrap_or_default();
    let mut items = Vec::new();
    let mut add = |pane: Pane, id: &str, msg: Msg, title: String, action: Action, field: Option<FieldId>| {
        let text = lang.f(msg, &[("title", &printable(&title))]);
        items.push(TodoItem { pane, id: id.to_string(), text, action, field });
    };
    for id in &todos.done_without_reflection {
        add(Pane::Trainings, id, Msg::TodoItemNoReflection, training_title(id), Action::Reflect, None);
    }
    for id in &todos.follow_ups_due {
        let about = plan
            .reflections
            .iter()
            .find(|r| &r.id == id)
            .map(|r| app.reflection_subject(r.training.as_deref(), r.log.as_deref()))
            .unwrap_or_default();
        add(Pane::Reflections, id, Msg::TodoItemFollowUp, about, Action::Edit, Some(FieldId::Applied));
    }
    for id in &todos.logs_without_certificate {
        add(
            Pane::Logs,
            id,
            Msg::TodoItemNoCertificate,
            log_title(id),
            Action::Edit,
            Some(FieldId::Certificate),
        );
    }
    for id in &todos.logs_not_in_siasn {
        add(Pane::Logs, id, Msg::TodoItemNotInSiasn, log_title(id), Action::Edit, Some(FieldId::InSiasn));
    }
    for id in &todos.trainings_without_why {
        add(Pane::Trainings, id, Msg::TodoItemNoWhy, training_title(id), Action::Edit, Some(FieldId::Why));
    }
    let index = plan.training_index();
    for day in &todos.days_over_cap {
        let first_log =
            plan.logs.iter().find(|l| l.date == day.date && index.log_form(l) == Some(day.form.as_str()));
        if let Some(log) = first_log {
            let text = lang.f(
                Msg::TodoItemOverCap,
                &[
                    ("date", &format_day_month(day.date, lang)),
                    ("jp", &day.jp.format(lang)),
                    ("cap", &day.cap.format(lang)),
                    ("form", &printable(app.derived.catalog.label(&day.form, lang))),
                ],
            );
            let field = Some(FieldId::Jp);
            items.push(TodoItem { pane: Pane::Logs, id: log.id.clone(), text, action: Action::Edit, field });
        }
    }
    items
}

/// A bar of `width` cells for `value` out of `max`.
fn bar(value: Jp, max: Jp, width: usize) -> String {
    if !max.is_positive() || !value.is_positive() || width == 0 {
        return String::new();
    }
    let cells = (value.hundredths() * width as i64 / max.hundredths()).clamp(1, width as i64) as usize;
    "█".repeat(cells)
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, selected: usize, theme: &Theme) {
    let lang = app.lang;
    let summary = &app.derived.summary;
    let box_area = centered(area, 110, area.height.saturating_sub(2).max(1));
    frame.render_widget(Clear, box_area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border)
        .title(Span::styled(
            format!(" {} ", lang.f(Msg::SummaryTitle, &[("year", &summary.year)])),
            theme.title,
        ))
        .title_bottom(Span::styled(format!(" {} ", lang.t(Msg::SummaryKeys)), theme.muted));
    let inner = block.inner(box_area);
    frame.render_widget(block, box_area);
    let [figures, todo_area] = Layout::default()
        .direction(Direction::Vertical)
        .constraints([Constraint::Length(14), Constraint::Fill(1)])
        .areas(inner);
    let [months_area, mix_area] = Layout::default()
        .direction(Direction::Horizontal)
        .constraints([Constraint::Percentage(45), Constraint::Percentage(55)])
        .spacing(2)
        .areas(figures);

    let max = summary.by_month.iter().map(|m| m.done.max(m.planned)).max().unwrap_or_default();
    let bar_width = (months_area.width as usize).saturating_sub(24).max(1) / 2;
    let mut months = vec![Line::from(vec![
        Span::styled(format!("{}  ", lang.t(Msg::SummaryByMonth)), theme.title),
        Span::styled("█ ", theme.done_bar),
        Span::styled(format!("{}  ", lang.t(Msg::SummaryDone)), theme.muted),
        Span::styled("░ ", theme.planned_bar),
        Span::styled(lang.t(Msg::SummaryPlanned), theme.muted),
    ])];
    for (month, figures) in summary.by_month.iter().enumerate() {
        let planned = bar(figures.planned, max, bar_width).replace('█', "░");
        months.push(Line::from(vec![
            Span::raw(format!("{:<4}", short_month_name(month as u32 + 1, lang))),
            Span::styled(format!("{:<bar_width$}", bar(figures.done, max, bar_width)), theme.done_bar),
            Span::styled(format!("{planned:<bar_width$}"), theme.planned_bar),
            Span::styled(
                format!(" {} / {}", figures.done.format(lang), figures.planned.format(lang)),
                theme.muted,
            ),
        ]));
    }
    frame.render_widget(Paragraph::new(months), months_area);

    let mut mix = vec![Line::from(Span::styled(lang.t(Msg::SummaryByCompetency), theme.title))];
    for (competency, jp) in &summary.by_competency {
        let name = competency.map_or(lang.t(Msg::SummaryUnspecified), |c| describe::competency(c, lang));
        mix.push(Line::from(format!(" {name:<16} {} JP", jp.format(lang))));
    }
    // The form groups in one line: there is room for little more at 80×24.
    let groups: Vec<String> = summary
        .by_group
        .iter()
        .map(|(group, jp)| format!("{} {}", describe::group(*group, lang).to_lowercase(), jp.format(lang)))
        .collect();
    if !groups.is_empty() {
        mix.push(Line::styled(lang.f(Msg::SummaryByGroup, &[("groups", &groups.join(" · "))]), theme.muted));
    }
    mix.push(Line::from(""));
    mix.push(Line::from(Span::styled(lang.t(Msg::SummaryByMix), theme.title)));
    let total = summary.done;
    for part in Mix::ALL {
        let jp = summary.by_mix.get(&Some(part)).copied().unwrap_or_default();
        let share = if total.is_positive() { jp.hundredths() * 100 / total.hundredths() } else { 0 };
        let text = lang.f(
            Msg::SummaryMixLine,
            &[("part", &describe::mix(part, lang)), ("jp", &jp.format(lang)), ("share", &share)],
        );
        mix.push(Line::from(format!(" {text}")));
    }
    if let Some(jp) = summary.by_mix.get(&None) {
        mix.push(Line::from(format!(" {}: {} JP", lang.t(Msg::SummaryUnspecified), jp.format(lang))));
    }
    frame.render_widget(Paragraph::new(mix).wrap(Wrap { trim: false }), mix_area);

    let todos = items(app);
    let mut lines = vec![Line::from(Span::styled(lang.t(Msg::LabelTodos), theme.title))];
    if todos.is_empty() {
        lines.push(Line::from(format!("  {}", lang.t(Msg::TodoNothing))));
    }
    let room = todo_area.height.saturating_sub(1) as usize;
    let first = selected.saturating_sub(room.saturating_sub(1));
    for (index, item) in todos.iter().enumerate().skip(first).take(room) {
        let style = if index == selected { theme.selected } else { theme.base };
        lines.push(Line::from(Span::styled(format!("  {}", item.text), style)));
    }
    frame.render_widget(Paragraph::new(lines), todo_area);
}
