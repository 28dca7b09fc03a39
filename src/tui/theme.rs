//! Named styles. `NO_COLOR` turns colour off; selection and state stay visible by weight and text.

use ratatui::style::{Color, Modifier, Style};

use crate::progress::State;

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub base: Style,
    pub muted: Style,
    pub title: Style,
    pub focus_border: Style,
    pub border: Style,
    pub selected: Style,
    pub achieved: Style,
    pub on_plan: Style,
    pub at_risk: Style,
    pub warning: Style,
    pub error: Style,
    pub saved: Style,
    pub key: Style,
    pub done_bar: Style,
    pub planned_bar: Style,
    pub field_label: Style,
    pub field_focus: Style,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        if color { Theme::colored() } else { Theme::plain() }
    }

    /// Honours `NO_COLOR` (any non-empty value).
    pub fn from_env() -> Theme {
        Theme::new(std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()))
    }

    fn colored() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            base: Style::default(),
            muted: Style::default().fg(Color::DarkGray),
            title: Style::default().add_modifier(bold),
            focus_border: Style::default().fg(Color::Cyan),
            border: Style::default().fg(Color::DarkGray),
            selected: Style::default().bg(Color::Cyan).fg(Color::Black).add_modifier(bold),
            achieved: Style::default().fg(Color::Green).add_modifier(bold),
            on_plan: Style::default().fg(Color::Cyan).add_modifier(bold),
            at_risk: Style::default().fg(Color::Yellow).add_modifier(bold),
            warning: Style::default().fg(Color::Yellow),
            error: Style::default().fg(Color::Red).add_modifier(bold),
            saved: Style::default().fg(Color::Green),
            key: Style::default().fg(Color::Cyan).add_modifier(bold),
            done_bar: Style::default().fg(Color::Green),
            planned_bar: Style::default().fg(Color::Blue),
            field_label: Style::default().add_modifier(bold),
            field_focus: Style::default().fg(Color::Cyan).add_modifier(bold),
        }
    }

    fn plain() -> Theme {
        let bold = Style::default().add_modifier(Modifier::BOLD);
        Theme {
            base: Style::default(),
            muted: Style::default(),
            title: bold,
            focus_border: bold,
            border: Style::default(),
            selected: Style::default().add_modifier(Modifier::REVERSED),
            achieved: bold,
            on_plan: bold,
            at_risk: bold,
            warning: bold,
            error: bold,
            saved: Style::default(),
            key: bold,
            done_bar: Style::default(),
            planned_bar: Style::default(),
            field_label: bold,
            field_focus: Style::default().add_modifier(Modifier::REVERSED),
        }
    }

    pub fn state(&self, state: State) -> Style {
        match state {
            State::Achieved => self.achieved,
            State::OnPlan => self.on_plan,
            State::AtRisk | State::NotAchieved => self.at_risk,
        }
    }
}
