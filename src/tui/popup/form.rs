//! The form engine every edit popup uses: labelled fields, focus, keys, inline errors.

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::form_field::filtered;
pub use super::form_field::{Choice, Field, FieldId, Input, LINE_CAP, LINES_CAP};
use crate::model::{Log, Profile, Reflection, Training};
use crate::printable::printable;
use crate::tui::keymap::{FORM, FormAction, action_of};
use crate::tui::theme::Theme;

/// What a key did to a form, for the app to act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormEvent {
    Nothing,
    Changed,
    Submit,
    Cancel,
    /// Esc on a form with typed text: the app says a second Esc discards it.
    ConfirmLeave,
    /// The focused field holds no more (its cap, in characters); what was typed or pasted
    /// beyond it was not taken.
    Full(usize),
}

/// The record an edit form opened on, as it was then: the form saves only the fields that
/// differ from it, so what someone else changed meanwhile in another field is kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Base {
    Training(Training),
    Log(Log),
    Reflection(Reflection),
    Profile(Profile),
}

pub struct Form {
    pub title: String,
    /// The record as the form opened it; `None` for a new record.
    pub base: Option<Box<Base>>,
    /// After a save refused because someone else changed the same fields: their values, as
    /// fields of this form, which Ctrl-T takes instead of the person's own.
    pub theirs: Vec<Field>,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// A problem saving the whole form (from the store), shown at the bottom.
    pub banner: Option<String>,
    /// Esc was pressed once on typed text; the next Esc discards it.
    leaving: bool,
}

impl Form {
    pub fn new(title: impl Into<String>, fields: Vec<Field>) -> Form {
        Form {
            title: title.into(),
            base: None,
            theirs: Vec::new(),
            fields,
            focus: 0,
            banner: None,
            leaving: false,
        }
    }

    pub fn field(&self, id: FieldId) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    pub fn field_mut(&mut self, id: FieldId) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.id == id)
    }

    pub fn value(&self, id: FieldId) -> String {
        self.field(id).map(Field::value).unwrap_or_default()
    }

    /// Puts the cursor on a field (a to-do opens its form right where the answer goes).
    pub fn focus_on(&mut self, id: FieldId) {
        if let Some(index) = self.fields.iter().position(|f| f.id == id) {
            self.focus = index;
        }
    }

    pub fn focused(&self) -> Option<FieldId> {
        self.fields.get(self.focus).map(|f| f.id)
    }

    /// Sets each field's error (or clears it); errors show once a field was left or a save tried.
    pub fn set_errors(&mut self, errors: &[(FieldId, String)]) {
        for field in &mut self.fields {
            field.error = errors.iter().find(|(id, _)| *id == field.id).map(|(_, e)| e.clone());
        }
    }

    /// After a refused save: show every error and put the cursor on the first.
    pub fn reveal_errors(&mut self) {
        for field in &mut self.fields {
            field.touched = true;
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = first;
        }
    }

    /// Sets a field's warning (or clears it): shown at once, and the form still saves.
    pub fn set_warning(&mut self, id: FieldId, warning: Option<String>) {
        if let Some(field) = self.field_mut(id) {
            field.warning = warning;
        }
    }

    pub fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
    }

    fn move_focus(&mut self, forward: bool) {
        if let Some(field) = self.fields.get_mut(self.focus) {
            field.touched = true;
        }
        let count = self.fields.len().max(1);
        self.focus = if forward { (self.focus + 1) % count } else { (self.focus + count - 1) % count };
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> FormEvent {
        if action_of(FORM, &key) != Some(FormAction::Cancel) {
            self.leaving = false;
        }
        let on_long_text = matches!(self.fields.get(self.focus).map(|f| &f.input), Some(Input::Lines(_)));
        match action_of(FORM, &key) {
            Some(FormAction::NextField) => self.move_focus(true),
            Some(FormAction::PrevField) => self.move_focus(false),
            Some(FormAction::Save) => return FormEvent::Submit,
            Some(FormAction::TakeTheirs) => return self.take_theirs(),
            Some(FormAction::Cancel) => {
                // What was typed is not thrown away on one key: the first Esc asks.
                if self.fields.iter().any(|f| f.edited) && !self.leaving {
                    self.leaving = true;
                    return FormEvent::ConfirmLeave;
                }
                return FormEvent::Cancel;
            }
            Some(FormAction::Enter) if self.focus + 1 >= self.fields.len() => return FormEvent::Submit,
            Some(FormAction::Enter) if on_long_text => {
                if let Some(Input::Lines(area)) = self.fields.get_mut(self.focus).map(|f| &mut f.input) {
                    area.insert_newline();
                }
                return FormEvent::Changed;
            }
            Some(FormAction::Enter) => self.move_focus(true),
            None => {
                let Some(field) = self.fields.get_mut(self.focus) else { return FormEvent::Nothing };
                let mut full = false;
                let changed = field.input(key, &mut full);
                field.edited |= changed;
                if full {
                    return FormEvent::Full(field.cap);
                }
                return if changed { FormEvent::Changed } else { FormEvent::Nothing };
            }
        }
        FormEvent::Nothing
    }

    /// Ctrl-T after a conflict: the other side's values replace the person's in those fields.
    fn take_theirs(&mut self) -> FormEvent {
        if self.theirs.is_empty() {
            return FormEvent::Nothing;
        }
        for theirs in std::mem::take(&mut self.theirs) {
            if let Some(slot) = self.fields.iter_mut().find(|f| f.id == theirs.id) {
                *slot = theirs;
            }
        }
        self.banner = None;
        FormEvent::Changed
    }

    /// Pasted text, as one event, into the focused field (cut to what it holds).
    pub fn paste(&mut self, text: &str) -> FormEvent {
        self.leaving = false;
        let Some(field) = self.fields.get_mut(self.focus) else { return FormEvent::Nothing };
        match field.paste(text) {
            (_, Some(cap)) => FormEvent::Full(cap),
            (true, None) => FormEvent::Changed,
            (false, None) => FormEvent::Nothing,
        }
    }

    /// Rows the focused picker's list of matches takes (at most five).
    fn picker_rows(&self) -> u16 {
        match self.fields.get(self.focus).map(|f| &f.input) {
            Some(Input::Picker { query, options, .. }) => {
                filtered(options, &query.lines().join(" ")).len().min(5) as u16
            }
            _ => 0,
        }
    }

    /// Rows the form needs inside its border.
    pub fn content_height(&self) -> u16 {
        self.fields.iter().map(Field::height).sum::<u16>()
            + self.picker_rows()
            + 1
            + u16::from(self.banner.is_some())
    }

    pub fn render(&self, area: Rect, buf: &mut ratatui::buffer::Buffer, theme: &Theme, hint: &str) {
        // A column of margin each side, so no text of the screen behind touches the border.
        let margin =
            Rect { x: area.x.saturating_sub(1), width: area.width + 2, ..area }.intersection(buf.area);
        Clear.render(margin, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.focus_border)
            .title(Span::styled(format!(" {} ", self.title), theme.title));
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height == 0 || inner.width < 4 {
            return;
        }
        let label_width =
            self.fields.iter().map(|f| f.label.chars().count()).max().unwrap_or(0).min(22) as u16 + 2;
        // Scroll only when the form is taller than the popup, and then just enough to show
        // the focused field with its picker list.
        let heights: Vec<u16> = self.fields.iter().map(Field::height).collect();
        let footer = 1 + u16::from(self.banner.is_some());
        let room = inner.height.saturating_sub(footer);
        let picker = self.picker_rows();
        let mut first = 0;
        if heights.iter().sum::<u16>() + picker > room {
            while first < self.focus && heights[first..=self.focus].iter().sum::<u16>() + picker > room {
                first += 1;
            }
        }
        let mut y = inner.y;
        let bottom = inner.y + inner.height.saturating_sub(1);
        for (index, field) in self.fields.iter().enumerate().skip(first) {
            if y >= bottom {
                break;
            }
            let focused = index == self.focus;
            let label_style = if focused { theme.field_focus } else { theme.field_label };
            let marker = if field.error.is_some() && field.touched { "!" } else { " " };
            let label = format!("{marker}{}", field.label);
            Paragraph::new(Span::styled(label, label_style))
                .render(Rect { x: inner.x, y, width: label_width.min(inner.width), height: 1 }, buf);
            let input_area = Rect {
                x: inner.x + label_width.min(inner.width),
                y,
                width: inner.width.saturating_sub(label_width),
                height: field.height().min(bottom - y).min(if matches!(field.input, Input::Lines(_)) {
                    3
                } else {
                    1
                }),
            };
            render_input(field, focused, input_area, buf, theme);
            y += input_area.height.max(1);
            if let (Some(note), true) = (&field.note, y < bottom) {
                let line =
                    Rect { x: inner.x + label_width.min(inner.width), y, width: input_area.width, height: 1 };
                Paragraph::new(Span::styled(note.as_str(), theme.muted)).render(line, buf);
                y += 1;
            }
            if let (Some(warning), true) = (&field.warning, y < bottom) {
                let line =
                    Rect { x: inner.x + label_width.min(inner.width), y, width: input_area.width, height: 1 };
                Paragraph::new(Span::styled(warning.as_str(), theme.warning)).render(line, buf);
                y += 1;
            }
            if let (Some(error), true, true) = (&field.error, field.touched, y < bottom) {
                let line =
                    Rect { x: inner.x + label_width.min(inner.width), y, width: input_area.width, height: 1 };
                Paragraph::new(Span::styled(error.as_str(), theme.error)).render(line, buf);
                y += 1;
            }
            if focused && let Input::Picker { query, options, selected } = &field.input {
                let matches = filtered(options, &query.lines().join(" "));
                let start = selected.saturating_sub(4);
                for (offset, choice) in matches.iter().enumerate().skip(start).take(5) {
                    if y >= bottom {
                        break;
                    }
                    let style = if offset == *selected { theme.selected } else { theme.muted };
                    let line = Rect { x: input_area.x, y, width: input_area.width, height: 1 };
                    Paragraph::new(Span::styled(format!(" {} ", choice.label), style)).render(line, buf);
                    y += 1;
                }
            }
        }
        let mut footer = Vec::new();
        if let Some(banner) = &self.banner {
            footer.push(Line::from(Span::styled(banner.as_str(), theme.error)));
        }
        footer.push(Line::from(Span::styled(hint, theme.muted)));
        let footer_height = footer.len() as u16;
        let footer_area = Rect {
            x: inner.x,
            y: inner.y + inner.height.saturating_sub(footer_height),
            width: inner.width,
            height: footer_height.min(inner.height),
        };
        Paragraph::new(footer).wrap(Wrap { trim: true }).render(footer_area, buf);
    }
}

fn render_input(field: &Field, focused: bool, area: Rect, buf: &mut ratatui::buffer::Buffer, theme: &Theme) {
    match &field.input {
        Input::Line(text) | Input::Lines(text) => {
            if focused {
                text.render(area, buf);
            } else {
                let lines: Vec<Line> =
                    text.lines().iter().map(|l| Line::from(printable(l).into_owned())).collect();
                Paragraph::new(lines).wrap(Wrap { trim: false }).render(area, buf);
            }
        }
        Input::Choice { options, selected } => {
            let label = options.get(*selected).map(|o| o.label.as_str()).unwrap_or_default();
            let text = if focused { format!("◀ {label} ▶") } else { label.to_string() };
            let style = if focused { theme.field_focus } else { theme.base };
            Paragraph::new(Span::styled(text, style)).render(area, buf);
        }
        Input::Picker { query, options, selected } => {
            let typed = query.lines().join(" ");
            if focused {
                query.render(area, buf);
            } else {
                let matches = filtered(options, &typed);
                let shown = matches
                    .get(*selected)
                    .map_or_else(|| printable(&typed).into_owned(), |c| c.label.clone());
                Paragraph::new(shown).render(area, buf);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn sample() -> Form {
        Form::new(
            "Uji",
            vec![
                Field::line(FieldId::Title, "Judul", ""),
                Field::choice(
                    FieldId::Status,
                    "Status",
                    vec![Choice::new("a", "A"), Choice::new("b", "B")],
                    "b",
                ),
                Field::picker(
                    FieldId::Form,
                    "Bentuk",
                    vec![Choice::new("seminar", "Seminar"), Choice::new("e-learning", "E-learning")],
                    "",
                ),
                Field::lines(FieldId::Changed, "Perubahan", ""),
            ],
        )
    }

    #[test]
    fn typing_tab_and_enter_move_through_fields() {
        let mut form = sample();
        for c in "Kursus 日本".chars() {
            assert_eq!(form.handle_key(press(KeyCode::Char(c))), FormEvent::Changed);
        }
        assert_eq!(form.value(FieldId::Title), "Kursus 日本");
        assert_eq!(form.handle_key(press(KeyCode::Enter)), FormEvent::Nothing);
        assert_eq!(form.focused(), Some(FieldId::Status));
        assert_eq!(form.value(FieldId::Status), "b");
        form.handle_key(press(KeyCode::Right));
        assert_eq!(form.value(FieldId::Status), "a");
        form.handle_key(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
        assert_eq!(form.focused(), Some(FieldId::Title));
    }

    #[test]
    fn the_picker_filters_and_keeps_free_text() {
        let mut form = sample();
        form.focus = 2;
        assert_eq!(form.value(FieldId::Form), "seminar");
        for c in "learn".chars() {
            form.handle_key(press(KeyCode::Char(c)));
        }
        assert_eq!(form.value(FieldId::Form), "e-learning");
        for c in "xyz".chars() {
            form.handle_key(press(KeyCode::Char(c)));
        }
        assert_eq!(form.value(FieldId::Form), "learnxyz");
    }

    #[test]
    fn enter_breaks_lines_in_long_text_and_saves_on_the_last_field() {
        let mut form = sample();
        form.focus = 3;
        form.handle_key(press(KeyCode::Char('a')));
        assert_eq!(form.handle_key(press(KeyCode::Enter)), FormEvent::Submit);
        let mut form = Form::new(
            "Uji",
            vec![Field::lines(FieldId::Changed, "P", ""), Field::line(FieldId::Title, "J", "")],
        );
        form.handle_key(press(KeyCode::Char('a')));
        form.handle_key(press(KeyCode::Enter));
        form.handle_key(press(KeyCode::Char('b')));
        assert_eq!(form.value(FieldId::Changed), "a\nb");
        assert_eq!(
            form.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)),
            FormEvent::Submit
        );
        assert_eq!(form.handle_key(press(KeyCode::Esc)), FormEvent::ConfirmLeave, "typed text: asks first");
        assert_eq!(form.handle_key(press(KeyCode::Esc)), FormEvent::Cancel);
    }

    #[test]
    fn a_text_field_stops_at_its_cap_and_a_paste_is_cut_with_word() {
        let mut form = sample();
        assert_eq!(form.paste(&"a".repeat(LINE_CAP - 1)), FormEvent::Changed);
        assert_eq!(form.handle_key(press(KeyCode::Char('b'))), FormEvent::Changed);
        assert_eq!(form.handle_key(press(KeyCode::Char('c'))), FormEvent::Full(LINE_CAP));
        assert_eq!(form.value(FieldId::Title).chars().count(), LINE_CAP);
        assert!(form.value(FieldId::Title).ends_with("ab"));
        // A long paste into long text keeps its lines and stops at that field's cap.
        form.focus = 3;
        let pasted = "baris satu\r\nbaris \u{AD}dua\n".repeat(1000);
        assert_eq!(form.paste(&pasted), FormEvent::Full(LINES_CAP));
        let value = form.value(FieldId::Changed);
        assert!(value.starts_with("baris satu\nbaris dua\n"), "{value:?}");
        assert!(value.chars().count() <= LINES_CAP);
        // A line field takes a paste's line breaks as spaces.
        let mut form = Form::new("Uji", vec![Field::line(FieldId::Title, "J", "")]);
        form.paste("satu\ndua\tTiga");
        assert_eq!(form.value(FieldId::Title), "satu dua Tiga");
    }
}
