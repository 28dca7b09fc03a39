//! The SIASN view (`i`): the year's courses not yet entered, one card per course with the fields
//! in MyASN's order. A key copies the selected field (the app sends it with OSC 52), another
//! marks the course entered; the app does both, on what this popup answers.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::centered;
use crate::i18n::{Lang, Msg};
use crate::printable::printable;
use crate::report::siasn::{field_label, field_words, missing_words};
use crate::siasn::{Field, SiasnRecord};
use crate::tui::keymap::{SIASN, SiasnAction, action_of, hints};
use crate::tui::theme::Theme;

/// The records shown (made by the app, which knows the plan and looks for the files), the
/// course on the card and its selected field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiasnPopup {
    pub year: i32,
    pub records: Vec<SiasnRecord>,
    pub selected: usize,
    pub field: usize,
}

/// What a key in the SIASN view asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiasnOutcome {
    Stay,
    Close,
    /// Put this field's value on the clipboard.
    Copy {
        field: Field,
        value: String,
    },
    /// The course (a training or entry ID) has been entered in MyASN.
    MarkEntered(String),
}

/// From this width on, the courses are listed beside the card.
const WIDE: u16 = 100;
const LIST_WIDTH: u16 = 34;

impl SiasnPopup {
    pub fn new(year: i32, records: Vec<SiasnRecord>) -> SiasnPopup {
        SiasnPopup { year, records, selected: 0, field: 0 }
    }

    /// New records after the plan changed: the card stays on the same course while it is
    /// shown, else on the one that took its place.
    pub fn set_records(&mut self, records: Vec<SiasnRecord>) {
        let current = self.records.get(self.selected).map(|r| r.course.clone());
        self.records = records;
        let found = current.and_then(|id| self.records.iter().position(|r| r.course == id));
        self.selected = found.unwrap_or(self.selected).min(self.records.len().saturating_sub(1));
    }

    pub fn current(&self) -> Option<&SiasnRecord> {
        self.records.get(self.selected)
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> SiasnOutcome {
        let last_course = self.records.len().saturating_sub(1);
        match action_of(SIASN, &key) {
            Some(SiasnAction::Close) => return SiasnOutcome::Close,
            Some(SiasnAction::PrevField) => self.field = self.field.saturating_sub(1),
            Some(SiasnAction::NextField) => self.field = (self.field + 1).min(Field::ALL.len() - 1),
            Some(SiasnAction::PrevCourse) => self.selected = self.selected.saturating_sub(1),
            Some(SiasnAction::NextCourse) => self.selected = (self.selected + 1).min(last_course),
            Some(SiasnAction::Copy) => {
                if let Some(record) = self.current() {
                    let field = Field::ALL[self.field];
                    return SiasnOutcome::Copy { field, value: record.value(field) };
                }
            }
            Some(SiasnAction::MarkEntered) => {
                if let Some(record) = self.current() {
                    return SiasnOutcome::MarkEntered(record.course.clone());
                }
            }
            None => {}
        }
        SiasnOutcome::Stay
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
        let box_area = centered(area, 110, area.height.saturating_sub(2).max(1));
        frame.render_widget(Clear, box_area);
        let mut title = format!(" {} ", tr!(lang, Msg::SiasnTitle, year = self.year));
        if !self.records.is_empty() {
            title.push_str(&format!("{}/{} ", self.selected + 1, self.records.len()));
        }
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.focus_border)
            .title(Span::styled(title, theme.title))
            .title_bottom(Span::styled(format!(" {} ", hints(SIASN, lang).join(" · ")), theme.muted));
        let inner = block.inner(box_area);
        frame.render_widget(block, box_area);
        let Some(record) = self.current() else {
            let text = tr!(lang, Msg::SiasnAllIn, year = self.year);
            frame.render_widget(Paragraph::new(format!(" {text}")).wrap(Wrap { trim: true }), inner);
            return;
        };
        let card = if inner.width >= WIDE {
            let [list, card] = Layout::default()
                .direction(Direction::Horizontal)
                .constraints([Constraint::Length(LIST_WIDTH), Constraint::Fill(1)])
                .spacing(1)
                .areas(inner);
            self.draw_list(frame, list, theme);
            card
        } else {
            inner
        };
        draw_card(frame, card, record, self.field, lang, theme);
    }

    /// The courses, one line each, the one on the card selected.
    fn draw_list(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let room = area.height as usize;
        let first = self.selected.saturating_sub(room.saturating_sub(1));
        let lines: Vec<Line> = self
            .records
            .iter()
            .enumerate()
            .skip(first)
            .take(room)
            .map(|(index, record)| {
                let (mark, style) =
                    if index == self.selected { ("›", theme.selected) } else { (" ", theme.base) };
                let text = format!("{mark}{:<4} {}", record.course, printable(&record.nama_kursus));
                Line::from(Span::styled(cut(&text, area.width as usize), style))
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
    }
}

/// One course: its name, then each field (label, value wrapped beside it), the selected one
/// marked, then what it still lacks and its log entries. Scrolls to keep the selection in view.
fn draw_card(
    frame: &mut Frame,
    area: Rect,
    record: &SiasnRecord,
    selected: usize,
    lang: Lang,
    theme: &Theme,
) {
    let label_width = Field::ALL.iter().map(|f| field_label(*f, lang).width()).max().unwrap_or(0) + 2;
    let value_width = (area.width as usize).saturating_sub(label_width + 2).max(8);
    // Each line with the field it belongs to, to find the selection's lines.
    let mut lines: Vec<(Option<usize>, Line)> = Vec::new();
    // Lines that are not fields keep one column free on the left, as the fields' mark does.
    let text_width = (area.width as usize).saturating_sub(1);
    let heading = format!("{} · {}", record.course, printable(&record.nama_kursus));
    for part in wrap(&heading, text_width) {
        lines.push((None, Line::from(Span::styled(format!(" {part}"), theme.title))));
    }
    for (index, field) in Field::ALL.into_iter().enumerate() {
        let chosen = index == selected;
        let (mark, style) = if chosen { ("›", theme.selected) } else { (" ", theme.base) };
        let label = field_label(field, lang);
        let value = field_words(record, field, lang);
        for (row, part) in wrap(&value, value_width).into_iter().enumerate() {
            let left = if row == 0 {
                format!("{mark}{label:<w$} ", w = label_width)
            } else {
                " ".repeat(label_width + 2)
            };
            let label_style = if chosen { theme.selected } else { theme.field_label };
            lines.push((
                Some(index),
                Line::from(vec![Span::styled(left, label_style), Span::styled(part, style)]),
            ));
        }
    }
    let missing = record.missing();
    let words = missing_words(record, lang);
    let style: Style = if missing.is_empty() { theme.saved } else { theme.warning };
    for part in wrap(&words, text_width) {
        lines.push((None, Line::from(Span::styled(format!(" {part}"), style))));
    }
    let logs = format!(" {}: {}", lang.t(Msg::SiasnFieldLogs), record.logs.join(", "));
    lines.push((None, Line::from(Span::styled(logs, theme.muted))));

    let height = area.height as usize;
    let last_of_selection = lines.iter().rposition(|(field, _)| *field == Some(selected)).unwrap_or(0);
    let first_of_selection = lines.iter().position(|(field, _)| *field == Some(selected)).unwrap_or(0);
    let offset = (last_of_selection + 1).saturating_sub(height).min(first_of_selection);
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(height).map(|(_, line)| line).collect();
    frame.render_widget(Paragraph::new(shown), area);
}

/// `text` in lines of at most `width` columns, broken between words (inside a word that is
/// longer than a line).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let needed = if line.is_empty() { word.width() } else { line.width() + 1 + word.width() };
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        for c in word.chars() {
            if line.width() + c.width().unwrap_or(0) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    lines.push(line);
    lines
}

/// `text` cut to `width` columns, with `…` when something was left out.
fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.width().unwrap_or(0) + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;
    use crate::model::Jp;

    fn record(course: &str) -> SiasnRecord {
        let day = NaiveDate::from_ymd_opt(2026, 6, 26).unwrap();
        SiasnRecord {
            course: course.into(),
            logs: vec![course.into()],
            history: None,
            jenis_diklat: None,
            nama_kursus: format!("Kursus {course}"),
            institusi_penyelenggara: String::new(),
            nomor_sertipikat: "12/2026".into(),
            tahun: 2026,
            tanggal_mulai: day,
            tanggal_selesai: day,
            jp: Jp::whole(2),
            international: false,
            certificate_file: String::new(),
            file_found: None,
            in_siasn: false,
        }
    }

    fn press(popup: &mut SiasnPopup, code: KeyCode) -> SiasnOutcome {
        popup.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn keys_move_between_fields_and_courses_copy_and_mark() {
        let mut popup = SiasnPopup::new(2026, vec![record("l1"), record("t2")]);
        press(&mut popup, KeyCode::Down);
        press(&mut popup, KeyCode::Down);
        assert_eq!(
            press(&mut popup, KeyCode::Enter),
            SiasnOutcome::Copy { field: Field::NamaKursus, value: "Kursus l1".into() }
        );
        press(&mut popup, KeyCode::Right);
        press(&mut popup, KeyCode::Right);
        assert_eq!(popup.selected, 1, "stops at the last course");
        assert_eq!(press(&mut popup, KeyCode::Char('x')), SiasnOutcome::MarkEntered("t2".into()));
        for _ in 0..20 {
            press(&mut popup, KeyCode::Down);
        }
        assert_eq!(Field::ALL[popup.field], Field::CertificateFile);
        assert_eq!(press(&mut popup, KeyCode::Esc), SiasnOutcome::Close);
    }

    #[test]
    fn the_card_stays_on_its_course_and_nothing_left_is_harmless() {
        let mut popup = SiasnPopup::new(2026, vec![record("l1"), record("t2"), record("l3")]);
        popup.selected = 1;
        popup.set_records(vec![record("t2"), record("l3")]);
        assert_eq!(popup.current().map(|r| r.course.as_str()), Some("t2"));
        popup.set_records(vec![record("l3")]);
        assert_eq!(popup.current().map(|r| r.course.as_str()), Some("l3"), "the next took its place");
        popup.set_records(Vec::new());
        assert_eq!(press(&mut popup, KeyCode::Enter), SiasnOutcome::Stay);
        assert_eq!(press(&mut popup, KeyCode::Char('x')), SiasnOutcome::Stay);
    }

    #[test]
    fn long_values_wrap_between_words() {
        assert_eq!(wrap("satu dua tiga", 8), ["satu dua", "tiga"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), [""]);
        assert_eq!(cut("Komunitas Belajar", 10), "Komunitas…");
    }
}
