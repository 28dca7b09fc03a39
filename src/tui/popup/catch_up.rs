//! The catch-up plan of a year at risk: its items, each ticked to begin with, any of them left
//! out with Space, and the ticked ones added to the plan with one key (one change, one undo).

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::centered;
use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::progress::{CatchUp, CatchUpItem};
use crate::report::catch_up::{days_words, need_words, outcome_words, why};
use crate::tui::keymap::{CATCH_UP, CatchUpAction, action_of, hints};
use crate::tui::theme::Theme;

/// The plan (made by the app, which knows the records), which items are ticked, and the one
/// selected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatchUpPopup {
    pub plan: CatchUp,
    pub chosen: Vec<bool>,
    pub selected: usize,
}

/// What a key in the catch-up plan asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatchUpOutcome {
    Stay,
    Close,
    /// Add these items to the plan, as one change.
    Add(Vec<CatchUpItem>),
}

impl CatchUpPopup {
    /// Every item ticked.
    pub fn new(plan: CatchUp) -> CatchUpPopup {
        let chosen = vec![true; plan.items.len()];
        CatchUpPopup { plan, chosen, selected: 0 }
    }

    pub fn chosen_items(&self) -> impl Iterator<Item = &CatchUpItem> + Clone {
        self.plan.items.iter().zip(&self.chosen).filter(|(_, chosen)| **chosen).map(|(item, _)| item)
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> CatchUpOutcome {
        let last = self.plan.items.len().saturating_sub(1);
        match action_of(CATCH_UP, &key) {
            Some(CatchUpAction::Close) => CatchUpOutcome::Close,
            Some(CatchUpAction::Up) => {
                self.selected = self.selected.saturating_sub(1);
                CatchUpOutcome::Stay
            }
            Some(CatchUpAction::Down) => {
                self.selected = (self.selected + 1).min(last);
                CatchUpOutcome::Stay
            }
            Some(CatchUpAction::Toggle) => {
                if let Some(chosen) = self.chosen.get_mut(self.selected) {
                    *chosen = !*chosen;
                }
                CatchUpOutcome::Stay
            }
            Some(CatchUpAction::Add) => {
                let items: Vec<CatchUpItem> = self.chosen_items().cloned().collect();
                if items.is_empty() { CatchUpOutcome::Stay } else { CatchUpOutcome::Add(items) }
            }
            None => CatchUpOutcome::Stay,
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, catalog: &Catalog, lang: Lang, theme: &Theme) {
        let width = area.width.min(90);
        let text_width = (width as usize).saturating_sub(4).max(1);
        let mut lines: Vec<Line> = Vec::new();
        for line in wrap(&need_words(&self.plan, lang), text_width) {
            lines.push(Line::from(format!(" {line}")));
        }
        // The lines the selected item takes, to keep them in view (the last item with the
        // outcome below it).
        let mut selected_lines = 0..0;
        if !self.plan.items.is_empty() {
            lines.push(Line::from(""));
            let labels: Vec<&str> =
                self.plan.items.iter().map(|item| catalog.label(&item.form, lang)).collect();
            let label_width = labels.iter().map(|label| label.width()).max().unwrap_or(0);
            let jps: Vec<String> =
                self.plan.items.iter().map(|item| format!("{} JP", item.jp().format(lang))).collect();
            let jp_width = jps.iter().map(|jp| jp.width()).max().unwrap_or(0);
            for (index, item) in self.plan.items.iter().enumerate() {
                let mark = if self.chosen[index] { "[x]" } else { "[ ]" };
                let pad = " ".repeat(label_width - labels[index].width());
                let days: Vec<_> = item.dates().collect();
                let row = format!(
                    " {mark} {}{pad}  {:>jp_width$}  {}",
                    labels[index],
                    jps[index],
                    days_words(&days, lang)
                );
                let style = if index == self.selected { theme.selected } else { theme.base };
                let first = lines.len();
                lines.push(Line::from(Span::styled(row, style)));
                for line in wrap(&why(item, catalog, lang), text_width.saturating_sub(5)) {
                    lines.push(Line::from(Span::styled(format!("      {line}"), theme.muted)));
                }
                if index == self.selected {
                    selected_lines = first..lines.len();
                }
            }
            if let Some(words) = outcome_words(&self.plan, self.chosen_items(), lang) {
                lines.push(Line::from(""));
                for line in wrap(&words, text_width) {
                    lines.push(Line::from(format!(" {line}")));
                }
            }
        }

        let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(2)).max(3);
        let box_area = centered(area, width, height);
        frame.render_widget(Clear, box_area);
        let title = tr!(lang, Msg::CatchUpHeading, year = self.plan.year);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.focus_border)
            .title(Span::styled(format!(" {title} "), theme.title))
            .title_bottom(Span::styled(format!(" {} ", hints(CATCH_UP, lang).join(" · ")), theme.muted));
        let inner = block.inner(box_area);
        frame.render_widget(block, box_area);
        // Scroll only as far as the selected item needs; from the last item on, to the end.
        let room = inner.height as usize;
        let last = self.selected + 1 >= self.plan.items.len();
        let end = if last { lines.len() } else { selected_lines.end };
        let offset = end.saturating_sub(room).min(selected_lines.start);
        frame.render_widget(Paragraph::new(lines).scroll((offset as u16, 0)), inner);
    }
}

/// `text` in lines of at most `width` columns, broken between words (a word longer than a line
/// stands on its own line); a figure keeps its `JP`.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match words.last_mut() {
            Some(figure) if word.starts_with("JP") => {
                figure.push(' ');
                figure.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in &words {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;
    use crate::model::Jp;
    use crate::progress::{How, State};

    fn item(form: &str, day: u32) -> CatchUpItem {
        let day = NaiveDate::from_ymd_opt(2026, 12, day).unwrap();
        CatchUpItem {
            form: form.into(),
            how: How::Alone { cap: Jp::whole(3) },
            days: vec![(day, Jp::whole(3))],
        }
    }

    fn popup(items: Vec<CatchUpItem>) -> CatchUpPopup {
        CatchUpPopup::new(CatchUp {
            year: 2026,
            state: State::AtRisk,
            target: Jp::whole(20),
            projected: Jp::whole(14),
            need: Jp::whole(6),
            workdays_left: 13,
            items,
        })
    }

    fn press(popup: &mut CatchUpPopup, code: KeyCode) -> CatchUpOutcome {
        popup.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn every_item_is_ticked_and_space_leaves_the_selected_one_out() {
        let (first, second) = (item("e-learning", 15), item("belajar-mandiri", 15));
        let mut popup = popup(vec![first.clone(), second.clone()]);
        assert_eq!(press(&mut popup, KeyCode::Down), CatchUpOutcome::Stay);
        press(&mut popup, KeyCode::Down);
        assert_eq!(popup.selected, 1, "stops at the last item");
        press(&mut popup, KeyCode::Char(' '));
        assert_eq!(press(&mut popup, KeyCode::Enter), CatchUpOutcome::Add(vec![first.clone()]));
        press(&mut popup, KeyCode::Up);
        press(&mut popup, KeyCode::Char(' '));
        assert_eq!(press(&mut popup, KeyCode::Enter), CatchUpOutcome::Stay, "nothing ticked, nothing to add");
        press(&mut popup, KeyCode::Char('x'));
        assert_eq!(press(&mut popup, KeyCode::Char('a')), CatchUpOutcome::Add(vec![first]));
        assert_eq!(press(&mut popup, KeyCode::Esc), CatchUpOutcome::Close);
    }

    #[test]
    fn an_empty_plan_leaves_every_key_harmless() {
        let mut popup = popup(Vec::new());
        for code in [KeyCode::Down, KeyCode::Char(' '), KeyCode::Enter, KeyCode::Up] {
            assert_eq!(press(&mut popup, code), CatchUpOutcome::Stay);
        }
        assert_eq!(press(&mut popup, KeyCode::Char('c')), CatchUpOutcome::Close);
    }

    #[test]
    fn words_wrap_between_words() {
        assert_eq!(wrap("satu dua tiga empat", 9), ["satu dua", "tiga", "empat"]);
        assert_eq!(wrap("panjangsekali x", 4), ["panjangsekali", "x"]);
        assert!(wrap("", 10).is_empty());
        assert_eq!(wrap("tahun 20 JP.", 10), ["tahun", "20 JP."]);
    }
}
