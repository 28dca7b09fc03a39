//! The unit's screen (`tumbuh team PATH…` with no output flag): a header with the share of members
//! at their target, and panes for the members, the training needs and the unit's mix. Enter on
//! a member opens their year in the planner, read-only (`Source::ReadOnly`); `q` comes back.
//!
//! The screen holds the roll-up (`team::Team`), never the members' files: a member's file is
//! read again, through the function the command hands over, when it is opened.

mod keys;
mod view;

use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyCode, KeyEvent, KeyEventKind,
};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;

pub use keys::{TEAM, TeamAction};
pub use view::draw;

use super::app::{App, Note, Source};
use super::keymap::action_of;
use super::theme::Theme;
use crate::i18n::{Lang, Msg};
use crate::model::Plan;
use crate::team::{Member, Team};

/// Reads one member's file again (a data file or a shared year) as a plan, or says why it cannot:
/// `(path, year, today, lang)`.
pub type Reader = fn(&Path, i32, NaiveDate, Lang) -> Result<Plan, String>;

/// The screen's panes, in the order of the tabs and of keys 1 2 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamPane {
    Members,
    Needs,
    Mix,
}

impl TeamPane {
    pub const ALL: [TeamPane; 3] = [TeamPane::Members, TeamPane::Needs, TeamPane::Mix];

    fn index(self) -> usize {
        match self {
            TeamPane::Members => 0,
            TeamPane::Needs => 1,
            TeamPane::Mix => 2,
        }
    }

    pub fn title(self) -> Msg {
        match self {
            TeamPane::Members => Msg::TeamPaneMembers,
            TeamPane::Needs => Msg::TeamPaneNeeds,
            TeamPane::Mix => Msg::TeamPaneMix,
        }
    }

    fn next(self) -> TeamPane {
        TeamPane::ALL[(self.index() + 1) % 3]
    }

    fn previous(self) -> TeamPane {
        TeamPane::ALL[(self.index() + 2) % 3]
    }
}

/// How the members pane is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// The largest gap first (then the name): who needs help most.
    Gap,
    Name,
}

pub struct TeamScreen {
    pub team: Team,
    pub lang: Lang,
    pub today: NaiveDate,
    pub focus: TeamPane,
    pub sort: Sort,
    /// Members in the order shown: indexes into `team.members`.
    pub order: Vec<usize>,
    /// Selection and scroll of each pane (the mix pane only scrolls).
    pub selected: [usize; 3],
    pub offset: [usize; 3],
    /// A member's year, open read-only on top of the unit.
    pub detail: Option<Box<App>>,
    pub help: bool,
    /// What went wrong opening a member.
    pub note: Option<String>,
    pub size: Rect,
    pub quit: bool,
    pub suspend: bool,
    reader: Reader,
}

impl TeamScreen {
    pub fn new(team: Team, lang: Lang, today: NaiveDate, reader: Reader) -> TeamScreen {
        let mut screen = TeamScreen {
            team,
            lang,
            today,
            focus: TeamPane::Members,
            sort: Sort::Gap,
            order: Vec::new(),
            selected: [0; 3],
            offset: [0; 3],
            detail: None,
            help: false,
            note: None,
            size: Rect::new(0, 0, 80, 24),
            quit: false,
            suspend: false,
            reader,
        };
        screen.sort_members();
        screen
    }

    fn sort_members(&mut self) {
        let members = &self.team.members;
        let mut order: Vec<usize> = (0..members.len()).collect();
        let name = |m: &Member| m.shown_name().to_lowercase();
        match self.sort {
            Sort::Gap => order.sort_by(|&a, &b| {
                let (a, b) = (&members[a], &members[b]);
                b.gap.cmp(&a.gap).then_with(|| name(a).cmp(&name(b)))
            }),
            Sort::Name => order.sort_by_cached_key(|&i| (name(&members[i]), i)),
        }
        self.order = order;
    }

    /// The member selected in the members pane.
    pub fn selected_member(&self) -> Option<&Member> {
        self.order.get(self.selected[0]).map(|&i| &self.team.members[i])
    }

    /// How many rows a pane holds.
    pub fn rows(&self, pane: TeamPane) -> usize {
        match pane {
            TeamPane::Members => self.order.len(),
            TeamPane::Needs => self.team.needs.len(),
            TeamPane::Mix => view::mix_lines(self, &Theme::new(false)).len(),
        }
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = Rect::new(0, 0, width, height);
        if let Some(app) = &mut self.detail {
            app.resize(width, height);
        }
        for pane in TeamPane::ALL {
            self.keep_visible(pane);
        }
    }

    /// Rows a pane shows at the current size (its list, without the border and heading).
    fn page(&self, pane: TeamPane) -> usize {
        let layout = view::team_layout(self.size, self.focus);
        let area = layout.panes[pane.index()];
        let detail = if pane == TeamPane::Members { view::detail_height(area.height) } else { 0 };
        let heading = usize::from(pane != TeamPane::Mix);
        (area.height.saturating_sub(2 + detail) as usize).saturating_sub(heading).max(1)
    }

    fn keep_visible(&mut self, pane: TeamPane) {
        let i = pane.index();
        let rows = self.rows(pane);
        let page = self.page(pane);
        if pane == TeamPane::Mix {
            self.offset[i] = self.offset[i].min(rows.saturating_sub(page));
            return;
        }
        self.selected[i] = self.selected[i].min(rows.saturating_sub(1));
        if self.selected[i] < self.offset[i] {
            self.offset[i] = self.selected[i];
        } else if self.selected[i] >= self.offset[i] + page {
            self.offset[i] = self.selected[i] + 1 - page;
        }
    }

    fn move_by(&mut self, pane: TeamPane, step: impl Fn(usize, usize, usize) -> usize) {
        let i = pane.index();
        let (rows, page) = (self.rows(pane), self.page(pane));
        if pane == TeamPane::Mix {
            self.offset[i] = step(self.offset[i], rows, page).min(rows.saturating_sub(page));
        } else {
            self.selected[i] = step(self.selected[i], rows, page).min(rows.saturating_sub(1));
            self.keep_visible(pane);
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if let Some(app) = &mut self.detail {
            let nothing_open = app.popup.is_none() && app.filtering.is_none();
            let filter_empty = app.panes[app.focus].filter.is_empty();
            if key.code == KeyCode::Esc && nothing_open && filter_empty {
                self.close_detail();
                return;
            }
            app.handle_key(key);
            if app.suspend {
                app.suspend = false;
                self.suspend = true;
            }
            if app.quit {
                self.close_detail();
            }
            return;
        }
        if self.help {
            if super::popup::help::closes(key) || action_of(TEAM, &key) == Some(TeamAction::Quit) {
                self.help = false;
            }
            return;
        }
        if let Some(action) = action_of(TEAM, &key) {
            self.update(action);
        }
    }

    pub fn update(&mut self, action: TeamAction) {
        self.note = None;
        let pane = self.focus;
        match action {
            TeamAction::NextPane => self.focus = self.focus.next(),
            TeamAction::PrevPane => self.focus = self.focus.previous(),
            TeamAction::FocusPane(pane) => self.focus = pane,
            TeamAction::Up => self.move_by(pane, |s, _, _| s.saturating_sub(1)),
            TeamAction::Down => self.move_by(pane, |s, _, _| s + 1),
            TeamAction::PageUp => self.move_by(pane, |s, _, page| s.saturating_sub(page)),
            TeamAction::PageDown => self.move_by(pane, |s, _, page| s + page),
            TeamAction::First => self.move_by(pane, |_, _, _| 0),
            TeamAction::Last => self.move_by(pane, |_, rows, _| rows.saturating_sub(1)),
            TeamAction::Open => self.open_member(),
            TeamAction::Sort => {
                let chosen = self.selected_member().map(|m| m.file.clone());
                self.sort = match self.sort {
                    Sort::Gap => Sort::Name,
                    Sort::Name => Sort::Gap,
                };
                self.sort_members();
                if let Some(file) = chosen {
                    let at = self.order.iter().position(|&i| self.team.members[i].file == file);
                    self.selected[0] = at.unwrap_or(0);
                }
                self.keep_visible(TeamPane::Members);
            }
            TeamAction::SwitchLanguage => {
                self.lang = match self.lang {
                    Lang::Id => Lang::En,
                    Lang::En => Lang::Id,
                }
            }
            TeamAction::Help => self.help = true,
            TeamAction::Quit => self.quit = true,
            TeamAction::Suspend => self.suspend = true,
        }
    }

    /// Enter on a member: their year in the planner, read-only, read again from their file.
    fn open_member(&mut self) {
        if self.focus != TeamPane::Members {
            self.focus = TeamPane::Members;
            return;
        }
        let Some(member) = self.selected_member() else { return };
        let (file, name) = (member.file.clone(), member.shown_name());
        match (self.reader)(&file, self.team.year, self.today, self.lang) {
            Ok(plan) => {
                let why = tr!(self.lang, Msg::TeamReadOnly, name = crate::printable::printable(&name));
                let source = Source::ReadOnly { plan: Box::new(plan), why: why.clone() };
                let mut app = App::new(source, self.lang, self.today, self.team.year);
                app.lang_forced = true;
                app.pinned_today = true;
                app.mouse = false;
                app.resize(self.size.width, self.size.height);
                app.note = Some(Note::Info(why));
                self.detail = Some(Box::new(app));
            }
            Err(problem) => {
                self.note =
                    Some(tr!(self.lang, Msg::TeamOpenFailed, file = file.display(), problem = problem));
            }
        }
    }

    fn close_detail(&mut self) {
        if let Some(app) = self.detail.take() {
            self.lang = app.lang;
        }
    }
}

/// Runs the unit's screen until the person quits; the terminal is restored on every way out.
/// Mouse capture stays off, so the terminal's own text selection works on the lists.
pub fn run(mut screen: TeamScreen) -> io::Result<()> {
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        ratatui::restore();
        previous_hook(info);
    }));
    let mut terminal = ratatui::init();
    let result = (|| {
        execute!(io::stdout(), EnableBracketedPaste)?;
        event_loop(&mut terminal, &mut screen)
    })();
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, screen: &mut TeamScreen) -> io::Result<()> {
    let theme = Theme::from_env();
    let size = terminal.size()?;
    screen.resize(size.width, size.height);
    let mut redraw = true;
    while !screen.quit {
        if redraw {
            terminal.draw(|frame| draw(frame, screen, &theme))?;
        }
        redraw = if event::poll(super::FILE_CHECK)? {
            let started = Instant::now();
            let mut redraw = handle(screen, event::read()?);
            while !screen.quit && started.elapsed() < BATCH && event::poll(Duration::ZERO)? {
                redraw |= handle(screen, event::read()?);
            }
            redraw
        } else {
            screen.detail.as_mut().is_some_and(|app| app.tick())
        };
        if screen.suspend {
            screen.suspend = false;
            super::suspend(terminal, false)?;
            redraw = true;
        }
    }
    Ok(())
}

/// Longest time spent taking waiting input before the screen is drawn again.
const BATCH: Duration = Duration::from_millis(50);

fn handle(screen: &mut TeamScreen, event: Event) -> bool {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            screen.handle_key(key);
            true
        }
        Event::Paste(text) => {
            if let Some(app) = &mut screen.detail {
                app.handle_paste(&text);
            }
            true
        }
        Event::Resize(width, height) => {
            screen.resize(width, height);
            true
        }
        _ => false,
    }
}
