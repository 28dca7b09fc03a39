//! One field of a form: a line or lines of text, a choice cycled with ← →, or a picker that
//! filters its options as the person types.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::style::Style;
use ratatui_textarea::TextArea;

use crate::printable::printable;

/// Names every field of every form, so a form's reader and its errors agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldId {
    Title,
    PlannedJp,
    Form,
    Competency,
    Start,
    End,
    Provider,
    Status,
    Why,
    Jp,
    Date,
    Training,
    Duration,
    International,
    Certificate,
    CertificateFile,
    InSiasn,
    Changed,
    Learned,
    Usefulness,
    NextStep,
    FollowUp,
    Applied,
    Name,
    EmployeeType,
    Target,
    Ceiling,
    MinutesPerJp,
    Language,
    Mouse,
    ContractStart,
}

/// One option of a choice or picker: the stored key and what the person reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub key: String,
    pub label: String,
}

impl Choice {
    pub fn new(key: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice { key: key.into(), label: label.into() }
    }
}

pub enum Input {
    /// One line of text; Enter never breaks it.
    Line(TextArea<'static>),
    /// Several lines (reflections).
    Lines(TextArea<'static>),
    /// A small closed set, cycled with ← → or Space.
    Choice { options: Vec<Choice>, selected: usize },
    /// A long list filtered by typing (the forms catalog); free text is kept when nothing matches.
    Picker { query: TextArea<'static>, options: Vec<Choice>, selected: usize },
}

/// How much one line of text holds (a title, a provider, a why), in characters.
pub const LINE_CAP: usize = 300;
/// How much a long text holds (a reflection's parts), in characters.
pub const LINES_CAP: usize = 4000;

pub struct Field {
    pub id: FieldId,
    /// The most characters the field holds; typing stops there and a paste is cut to it.
    pub cap: usize,
    pub label: String,
    pub input: Input,
    pub error: Option<String>,
    /// A line under the field, such as the JP calculator's result.
    pub note: Option<String>,
    /// Something worth knowing before saving that does not stop the save (a date before the
    /// training starts), drawn in the warning style.
    pub warning: Option<String>,
    pub(super) touched: bool,
    /// Whether the person typed in it (a prefilled value they left alone is not theirs).
    pub edited: bool,
    /// The text it opened with, to go back to when a suggestion is withdrawn.
    pub initial: String,
    /// A value put there for the person (the calculator's JP), until they type their own.
    suggested: Option<String>,
}

/// An editor holding `text`; control characters from a hand-edited file are defused first,
/// since the editor would otherwise send them to the terminal.
fn text_area(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(text.lines().map(|line| printable(line).into_owned()).collect());
    if text.is_empty() {
        area = TextArea::default();
    }
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    area.set_cursor_line_style(Style::default());
    area
}

impl Field {
    pub fn line(id: FieldId, label: impl Into<String>, text: &str) -> Field {
        let mut field = Field::with(id, label, Input::Line(text_area(text)));
        field.initial = text.to_string();
        field
    }

    /// The text typed in a text field or a picker's query, in characters.
    fn typed_chars(&self) -> usize {
        match &self.input {
            Input::Line(area) | Input::Lines(area) | Input::Picker { query: area, .. } => {
                area.lines().iter().map(|l| l.chars().count()).sum::<usize>() + area.lines().len() - 1
            }
            Input::Choice { .. } => 0,
        }
    }

    /// Takes pasted text as one piece: control and invisible format characters out, line breaks
    /// kept only in long text, and cut to what the field still holds. `Some(cap)` when it was cut.
    pub(super) fn paste(&mut self, text: &str) -> (bool, Option<usize>) {
        let multi_line = matches!(self.input, Input::Lines(_));
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let cleaned: String = text
            .split('\n')
            .map(|line| crate::printable::printable(line).into_owned())
            .collect::<Vec<_>>()
            .join(if multi_line { "\n" } else { " " });
        let room = self.cap.saturating_sub(self.typed_chars());
        let cut = cleaned.chars().count() > room;
        let piece: String = cleaned.chars().take(room).collect();
        let changed = match &mut self.input {
            Input::Line(area) | Input::Lines(area) => area.insert_str(&piece),
            Input::Picker { query, selected, .. } => {
                *selected = 0;
                query.insert_str(&piece)
            }
            Input::Choice { .. } => return (false, None),
        };
        self.edited |= changed;
        (changed, cut.then_some(self.cap))
    }

    pub fn lines(id: FieldId, label: impl Into<String>, text: &str) -> Field {
        let mut area = text_area(text);
        area.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        area.move_cursor(ratatui_textarea::CursorMove::Top);
        area.move_cursor(ratatui_textarea::CursorMove::Head);
        let mut field = Field::with(id, label, Input::Lines(area));
        field.initial = text.to_string();
        field
    }

    pub fn choice(id: FieldId, label: impl Into<String>, options: Vec<Choice>, current: &str) -> Field {
        let selected = options.iter().position(|o| o.key == current).unwrap_or(0);
        Field::with(id, label, Input::Choice { options, selected })
    }

    /// A picker showing `current` selected; a value not among the options is kept as typed text.
    pub fn picker(id: FieldId, label: impl Into<String>, options: Vec<Choice>, current: &str) -> Field {
        let (query, selected) = match options.iter().position(|o| o.key == current) {
            Some(index) => (String::new(), index),
            None => (current.to_string(), 0),
        };
        let mut field = Field::with(id, label, Input::Picker { query: text_area(&query), options, selected });
        field.initial = current.to_string();
        field
    }

    fn with(id: FieldId, label: impl Into<String>, input: Input) -> Field {
        let cap = if matches!(input, Input::Lines(_)) { LINES_CAP } else { LINE_CAP };
        Field {
            id,
            cap,
            label: label.into(),
            input,
            error: None,
            note: None,
            warning: None,
            touched: false,
            edited: false,
            initial: String::new(),
            suggested: None,
        }
    }

    /// The value as text: typed text, or the chosen option's key. A text the person left
    /// alone is returned exactly as it came (the editor shows it defused).
    pub fn value(&self) -> String {
        match &self.input {
            Input::Line(_) | Input::Lines(_) if !self.edited => {
                self.suggested.clone().unwrap_or_else(|| self.initial.clone())
            }
            Input::Picker { .. } if !self.edited && !self.initial.is_empty() => self.initial.clone(),
            Input::Line(area) | Input::Lines(area) => area.lines().join("\n"),
            Input::Choice { options, selected } => {
                options.get(*selected).map(|o| o.key.clone()).unwrap_or_default()
            }
            Input::Picker { query, options, selected } => {
                let typed = query.lines().join(" ");
                let matches = filtered(options, &typed);
                match matches.get(*selected) {
                    Some(choice) => choice.key.clone(),
                    None => typed.trim().to_string(),
                }
            }
        }
    }

    /// The value as the person reads it: a choice's label, else the text.
    pub fn shown(&self) -> String {
        match &self.input {
            Input::Choice { options, selected } => {
                options.get(*selected).map(|o| o.label.clone()).unwrap_or_default()
            }
            Input::Picker { options, .. } => {
                let key = self.value();
                options.iter().find(|o| o.key == key).map_or(key, |o| o.label.clone())
            }
            _ => printable(&self.value()).into_owned(),
        }
    }

    /// Replaces a text field's content as a suggestion (the calculator fills JP this way);
    /// the person has still not typed there.
    pub fn set_text(&mut self, text: &str) {
        if let Input::Line(area) | Input::Lines(area) = &mut self.input {
            *area = text_area(text);
        }
        if !self.edited {
            self.suggested = Some(text.to_string());
        }
    }

    pub(super) fn height(&self) -> u16 {
        let input = match &self.input {
            Input::Lines(_) => 3,
            _ => 1,
        };
        input
            + u16::from(self.note.is_some())
            + u16::from(self.warning.is_some())
            + u16::from(self.error.is_some() && self.touched)
    }

    /// Feeds a key to the field; true when its value may have changed. A key that would take
    /// the text past the field's cap is taken back; `full` says so.
    pub(super) fn input(&mut self, key: KeyEvent, full: &mut bool) -> bool {
        let before = self.typed_chars();
        let changed = self.input_unchecked(key);
        if changed && self.typed_chars() > self.cap.max(before) {
            if let Input::Line(area) | Input::Lines(area) | Input::Picker { query: area, .. } =
                &mut self.input
            {
                area.undo();
            }
            *full = true;
            return false;
        }
        changed
    }

    fn input_unchecked(&mut self, key: KeyEvent) -> bool {
        match &mut self.input {
            Input::Line(area) => area.input(key),
            Input::Lines(area) => area.input(key),
            Input::Choice { options, selected } => {
                let count = options.len().max(1);
                match key.code {
                    KeyCode::Right | KeyCode::Char(' ') | KeyCode::Down => {
                        *selected = (*selected + 1) % count
                    }
                    KeyCode::Left | KeyCode::Up => *selected = (*selected + count - 1) % count,
                    _ => return false,
                }
                true
            }
            Input::Picker { query, options, selected } => match key.code {
                KeyCode::Down | KeyCode::Up => {
                    let count = filtered(options, &query.lines().join(" ")).len().max(1);
                    *selected = match key.code {
                        KeyCode::Down => (*selected + 1) % count,
                        _ => (*selected + count - 1) % count,
                    };
                    true
                }
                _ => {
                    let changed = query.input(key);
                    if changed {
                        *selected = 0;
                    }
                    changed
                }
            },
        }
    }
}

/// The options whose key or label contains the typed text, in catalog order.
pub(super) fn filtered<'a>(options: &'a [Choice], typed: &str) -> Vec<&'a Choice> {
    let typed = typed.trim().to_lowercase();
    options
        .iter()
        .filter(|o| {
            typed.is_empty()
                || o.key.to_lowercase().contains(&typed)
                || o.label.to_lowercase().contains(&typed)
                || crate::catalog::key_matches(&o.key, &typed)
        })
        .collect()
}
