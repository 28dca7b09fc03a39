//! The year in figures: JP by month, by competency and by the 10:20:70 model, and the
//! to-dos, each of which jumps to its record.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centered;
use crate::catalog::Mix;
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Jp, short_month_name};
use crate::progress::{MonthJp, Summary};
use crate::tui::keymap::{Action, SUMMARY, SummaryAction, action_of, hints};
use crate::tui::pane::Pane;
use crate::tui::popup::form::FieldId;
use crate::tui::theme::Theme;

/// One open to-do: where it is, what it says, and the key that settles it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TodoItem {
    pub pane: Pane,
    pub id: String,
    pub text: String,
    pub action: Action,
    /// The field that answers it, where the form opens.
    pub field: Option<FieldId>,
}

/// The summary's own state: its to-dos (made by the app, which knows the records) and the one
/// selected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SummaryPopup {
    pub todos: Vec<TodoItem>,
    pub selected: usize,
}

/// What a key in the summary asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SummaryOutcome {
    Stay,
    Close,
    /// Open the form that settles this to-do.
    Settle(TodoItem),
}

impl SummaryPopup {
    pub fn new(todos: Vec<TodoItem>) -> SummaryPopup {
        SummaryPopup { todos, selected: 0 }
    }

    /// New to-dos after the plan changed, keeping the selection in range.
    pub fn set_todos(&mut self, todos: Vec<TodoItem>) {
        self.todos = todos;
        self.selected = self.selected.min(self.todos.len().saturating_sub(1));
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> SummaryOutcome {
        match action_of(SUMMARY, &key) {
            Some(SummaryAction::Close) => SummaryOutcome::Close,
            Some(SummaryAction::Down) => {
                self.selected = (self.selected + 1).min(self.todos.len().saturating_sub(1));
                SummaryOutcome::Stay
            }
            Some(SummaryAction::Up) => {
                self.selected = self.selected.saturating_sub(1);
                SummaryOutcome::Stay
            }
            Some(SummaryAction::Open) => match self.todos.get(self.selected) {
                Some(item) => SummaryOutcome::Settle(item.clone()),
                None => SummaryOutcome::Stay,
            },
            None => SummaryOutcome::Stay,
        }
    }
}

/// "2", "2 + 8 direncanakan" or "8 direncanakan": what a month holds, never "26 / 0".
fn month_figures(month: &MonthJp, lang: Lang) -> String {
    let planned = month
        .planned
        .is_positive()
        .then(|| tr!(lang, Msg::SummaryMonthPlanned, jp = month.planned.format(lang)));
    match (month.done.is_positive(), planned) {
        (true, Some(planned)) => format!(" {} + {planned}", month.done.format(lang)),
        (false, Some(planned)) => format!(" {planned}"),
        (true, None) => format!(" {}", month.done.format(lang)),
        (false, None) => String::new(),
    }
}

/// A bar of `width` cells for `value` out of `max`.
fn bar(value: Jp, max: Jp, width: usize) -> String {
    if !max.is_positive() || !value.is_positive() || width == 0 {
        return String::new();
    }
    let cells = (value.hundredths() * width as i64 / max.hundredths()).clamp(1, width as i64) as usize;
    "█".repeat(cells)
}

impl SummaryPopup {
    /// The year's figures from `summary`, the to-dos from the popup itself.
    pub fn draw(&self, frame: &mut Frame, area: Rect, summary: &Summary, lang: Lang, theme: &Theme) {
        let box_area = centered(area, 110, area.height.saturating_sub(2).max(1));
        frame.render_widget(Clear, box_area);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.focus_border)
            .title(Span::styled(
                format!(" {} ", tr!(lang, Msg::SummaryTitle, year = summary.year)),
                theme.title,
            ))
            .title_bottom(Span::styled(format!(" {} ", hints(SUMMARY, lang).join(" · ")), theme.muted));
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
                Span::styled(month_figures(figures, lang), theme.muted),
            ]));
        }
        frame.render_widget(Paragraph::new(months), months_area);

        let mut mix = vec![Line::from(Span::styled(lang.t(Msg::SummaryByCompetency), theme.title))];
        for (competency, jp) in &summary.by_competency {
            let name =
                competency.map_or(lang.t(Msg::SummaryUnspecified), |c| describe::domain::competency(c, lang));
            mix.push(Line::from(format!(" {name:<16} {} JP", jp.format(lang))));
        }
        // The form groups in one line: there is room for little more at 80×24.
        let groups: Vec<String> = summary
            .by_group
            .iter()
            .map(|(group, jp)| {
                format!("{} {}", describe::domain::group(*group, lang).to_lowercase(), jp.format(lang))
            })
            .collect();
        if !groups.is_empty() {
            mix.push(Line::styled(tr!(lang, Msg::SummaryByGroup, groups = groups.join(" · ")), theme.muted));
        }
        mix.push(Line::from(""));
        mix.push(Line::from(Span::styled(lang.t(Msg::SummaryByMix), theme.title)));
        let total = summary.done;
        for part in Mix::ALL {
            let jp = summary.by_mix.get(&Some(part)).copied().unwrap_or_default();
            let share = crate::report::share_words(jp, total, lang);
            let text = tr!(
                lang,
                Msg::SummaryMixLine,
                part = describe::domain::mix(part, lang),
                jp = jp.format(lang),
                share = share
            );
            mix.push(Line::from(format!(" {text}")));
        }
        if let Some(jp) = summary.by_mix.get(&None) {
            mix.push(Line::from(format!(" {}: {} JP", lang.t(Msg::SummaryUnspecified), jp.format(lang))));
        }
        frame.render_widget(Paragraph::new(mix).wrap(Wrap { trim: false }), mix_area);

        let todos = &self.todos;
        let mut lines = vec![Line::from(Span::styled(lang.t(Msg::LabelTodos), theme.title))];
        if todos.is_empty() {
            lines.push(Line::from(format!("  {}", lang.t(Msg::TodoNothing))));
        }
        let room = todo_area.height.saturating_sub(1) as usize;
        let first = self.selected.saturating_sub(room.saturating_sub(1));
        for (index, item) in todos.iter().enumerate().skip(first).take(room) {
            let style = if index == self.selected { theme.selected } else { theme.base };
            lines.push(Line::from(Span::styled(format!("  {}", item.text), style)));
        }
        frame.render_widget(Paragraph::new(lines), todo_area);
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;

    fn item(id: &str) -> TodoItem {
        TodoItem { pane: Pane::Logs, id: id.into(), text: id.into(), action: Action::Edit, field: None }
    }

    fn press(summary: &mut SummaryPopup, code: KeyCode) -> SummaryOutcome {
        summary.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn the_selection_moves_within_the_todos_and_enter_settles_the_selected_one() {
        let mut summary = SummaryPopup::new(vec![item("l1"), item("l2")]);
        assert_eq!(press(&mut summary, KeyCode::Up), SummaryOutcome::Stay);
        assert_eq!(summary.selected, 0);
        press(&mut summary, KeyCode::Down);
        press(&mut summary, KeyCode::Down);
        assert_eq!(summary.selected, 1, "stops at the last to-do");
        assert_eq!(press(&mut summary, KeyCode::Enter), SummaryOutcome::Settle(item("l2")));
        assert_eq!(press(&mut summary, KeyCode::Esc), SummaryOutcome::Close);
    }

    #[test]
    fn fewer_todos_keep_the_selection_in_range_and_none_leave_enter_harmless() {
        let mut summary = SummaryPopup::new(vec![item("l1"), item("l2"), item("l3")]);
        summary.selected = 2;
        summary.set_todos(vec![item("l1")]);
        assert_eq!(summary.selected, 0);
        summary.set_todos(Vec::new());
        assert_eq!(press(&mut summary, KeyCode::Enter), SummaryOutcome::Stay);
        assert_eq!(press(&mut summary, KeyCode::Down), SummaryOutcome::Stay);
    }
}
