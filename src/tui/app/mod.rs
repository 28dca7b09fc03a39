//! The screen's state and `update`: the only place it changes. Drawing lives in `view`.

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui_textarea::TextArea;

mod forms;
mod navigation;
mod popups;
mod save;
mod siasn;

use super::keymap::{Action, MAIN, action_of};
use super::layout::{Layout, screen_layout};
use super::pane::{Pane, PerPane};
use super::popup::catch_up::CatchUpPopup;
use super::popup::confirm::ConfirmDelete;
use super::popup::form::Form;
use super::popup::profile_form;
use super::popup::siasn::SiasnPopup;
use super::popup::summary::SummaryPopup;
use super::screen_cache::ScreenCache;
use super::undo::{Did, Inverse, describe_not_undone, inverses, undo_change};
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::Plan;
use crate::store::{Store, StoreError};

/// Cursor and filter of one pane.
#[derive(Clone, Debug, Default)]
pub struct PaneState {
    pub selected: usize,
    pub offset: usize,
    pub filter: String,
}

/// What a form is for, so its result knows where to go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    Training {
        editing: Option<String>,
    },
    /// `finishing`: opened by `x`; saving also marks the training done.
    Log {
        editing: Option<String>,
        training: Option<String>,
        finishing: bool,
    },
    Reflection {
        editing: Option<String>,
        training: Option<String>,
        log: Option<String>,
    },
    Profile,
}

/// A modal on top of the main screen; it gets every key first.
pub enum Popup {
    Form { form: Form, purpose: Purpose },
    ConfirmDelete(ConfirmDelete),
    Help,
    Summary(SummaryPopup),
    CatchUp(CatchUpPopup),
    Siasn(SiasnPopup),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    Saved(String),
    Info(String),
    Error(String),
}

/// Where the data came from: a store, a file that could not be read (read-only), or a plan
/// shown read-only for what `why` says (a member's year in the unit's screen).
pub enum Source {
    Store(Box<Store>),
    Unreadable { error: String, empty: Box<Plan>, path: std::path::PathBuf },
    ReadOnly { plan: Box<Plan>, why: String },
}

pub struct App {
    pub source: Source,
    pub lang: Lang,
    pub today: NaiveDate,
    pub year: i32,
    pub focus: Pane,
    pub panes: PerPane<PaneState>,
    pub popup: Option<Popup>,
    /// The filter being typed with `/`, until Enter or Esc.
    pub filtering: Option<TextArea<'static>>,
    pub note: Option<Note>,
    pub undo: Vec<(Did, Vec<Inverse>)>,
    /// The fields of the last refused save that someone else changed meanwhile.
    pub conflict: Option<Vec<&'static str>>,
    pub cache: ScreenCache,
    pub demo: bool,
    pub size: Rect,
    pub quit: bool,
    pub suspend: bool,
    /// Whether `--lang` or `TUMBUH_LANG` chose the language (a profile change then does not
    /// switch the screen's language).
    pub lang_forced: bool,
    /// `TUMBUH_TODAY` fixed the day; otherwise it follows the clock.
    pub pinned_today: bool,
    /// Whether the mouse is captured (the loop follows it), and whether `--no-mouse` forbids it.
    pub mouse: bool,
    pub no_mouse: bool,
    /// Text a key asked to copy, for the event loop to send to the terminal (OSC 52).
    pub clipboard: Option<String>,
    /// How likely the terminal is to honour it, from its environment (read by the loop).
    pub clipboard_support: super::clipboard::Support,
}

impl App {
    pub fn new(source: Source, lang: Lang, today: NaiveDate, year: i32) -> App {
        let cache = ScreenCache::compute(plan_of(&source), year, today, lang, PerPane::all(""));
        App {
            source,
            lang,
            today,
            year,
            focus: Pane::Trainings,
            panes: Default::default(),
            popup: None,
            filtering: None,
            note: None,
            undo: Vec::new(),
            conflict: None,
            cache,
            demo: false,
            size: Rect::new(0, 0, 80, 24),
            quit: false,
            suspend: false,
            lang_forced: false,
            pinned_today: false,
            mouse: true,
            no_mouse: false,
            clipboard: None,
            clipboard_support: super::clipboard::Support::default(),
        }
    }

    pub fn plan(&self) -> &Plan {
        plan_of(&self.source)
    }

    /// Cheap enough for every frame; `read_only_reason` words it.
    pub fn is_read_only(&self) -> bool {
        match &self.source {
            Source::Unreadable { .. } | Source::ReadOnly { .. } => true,
            Source::Store(store) => store.newer_schema().is_some(),
        }
    }

    /// The problem of a file that does not read (there are then no figures to show).
    pub fn unreadable_error(&self) -> Option<&str> {
        match &self.source {
            Source::Unreadable { error, .. } => Some(error),
            Source::Store(_) | Source::ReadOnly { .. } => None,
        }
    }

    pub fn read_only_reason(&self) -> Option<String> {
        match &self.source {
            Source::Unreadable { error, .. } | Source::ReadOnly { why: error, .. } => Some(error.clone()),
            Source::Store(store) => store.newer_schema().map(|schema| {
                tr!(self.lang, Msg::ErrNewerSchema, path = store.path().display(), schema = schema)
            }),
        }
    }

    pub fn layout(&self) -> Layout {
        screen_layout(self.size, self.focus)
    }

    /// Recomputes what the screen shows after the plan, year or a filter changed,
    /// keeping each pane's selection on the same record where it still exists.
    pub(super) fn refresh_cache(&mut self) {
        let selected = self.selected_ids();
        self.refresh_keeping(selected);
    }

    /// The selected record of each pane; taken before the plan changes.
    pub(super) fn selected_ids(&self) -> PerPane<Option<String>> {
        PerPane::from_fn(|p| self.selected_id(p))
    }

    pub(super) fn refresh_keeping(&mut self, selected_ids: PerPane<Option<String>>) {
        let filters = PerPane::from_fn(|p| self.panes[p].filter.as_str());
        self.cache = ScreenCache::compute(plan_of(&self.source), self.year, self.today, self.lang, filters);
        for (pane, id) in Pane::ALL.into_iter().zip(selected_ids.0) {
            let rows = self.cache.rows.of(pane).len();
            let found = id.and_then(|id| self.position_of(pane, &id));
            let state = &mut self.panes[pane];
            state.selected = found.unwrap_or(state.selected).min(rows.saturating_sub(1));
            self.keep_visible(pane);
        }
        if matches!(self.popup, Some(Popup::Summary(_))) {
            let todos = self.todo_items();
            if let Some(Popup::Summary(summary)) = &mut self.popup {
                summary.set_todos(todos);
            }
        }
        if matches!(self.popup, Some(Popup::Siasn(_))) {
            let records = self.siasn_records();
            if let Some(Popup::Siasn(siasn)) = &mut self.popup {
                siasn.set_records(records);
            }
        }
    }

    /// Moves `today` on at midnight, unless it was pinned (`TUMBUH_TODAY`). True on a new day.
    fn follow_the_clock(&mut self) -> bool {
        if self.pinned_today {
            return false;
        }
        let now = chrono::Local::now().date_naive();
        if now == self.today {
            return false;
        }
        self.today = now;
        if let Source::Store(store) = &mut self.source {
            store.set_today(now);
        }
        true
    }

    /// Once a second: pick up changes made by another program (a `tumbuh log` elsewhere).
    /// True when the screen must be redrawn.
    pub fn tick(&mut self) -> bool {
        let new_day = self.follow_the_clock();
        let selected = self.selected_ids();
        if let Source::Unreadable { path, .. } = &self.source {
            // The person may have fixed the file in an editor: try it again.
            let Ok(store) = Store::open(path.clone(), self.today) else { return new_day };
            self.source = Source::Store(Box::new(store));
            self.refresh_keeping(selected);
            return true;
        }
        let Source::Store(store) = &mut self.source else { return new_day };
        match store.refresh() {
            Ok(false) if new_day => {
                self.refresh_keeping(selected);
                true
            }
            Ok(false) => false,
            Ok(true) => {
                if let Some(note) = describe::errors::typos_note(store.typos(), self.lang) {
                    self.note = Some(Note::Info(note));
                }
                self.refresh_keeping(selected);
                true
            }
            Err(error) => {
                self.note = Some(Note::Error(describe::errors::store_error(&error, self.lang)));
                true
            }
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if self.popup.is_some() {
            self.popup_key(key);
        } else if self.filtering.is_some() {
            self.filter_key(key);
        } else if let Some(action) = action_of(MAIN, &key) {
            self.update(action);
        }
    }

    pub fn update(&mut self, action: Action) {
        if !matches!(action, Action::Undo) && !matches!(self.note, Some(Note::Error(_))) {
            self.note = None;
        }
        let pane = self.focus;
        match action {
            Action::NextPane => self.focus = self.focus.next(),
            Action::PrevPane => self.focus = self.focus.previous(),
            Action::FocusPane(pane) => self.focus = pane,
            Action::Up => self.move_selection(pane, |s, _, _| s.saturating_sub(1)),
            Action::Down => self.move_selection(pane, |s, _, _| s + 1),
            Action::PageUp => self.move_selection(pane, |s, _, page| s.saturating_sub(page)),
            Action::PageDown => self.move_selection(pane, |s, _, page| s + page),
            Action::First => self.move_selection(pane, |_, _, _| 0),
            Action::Last => self.move_selection(pane, |_, rows, _| rows.saturating_sub(1)),
            Action::Add => self.open_add_form(),
            Action::Edit => self.open_edit_form(),
            Action::Delete => self.ask_delete(),
            Action::MarkDone => self.start_finishing(),
            Action::Reflect => self.open_reflection_form(),
            Action::PrevYear => self.set_year(self.year - 1),
            Action::NextYear => self.set_year(self.year + 1),
            Action::Filter => {
                let mut input = TextArea::new(vec![self.panes[pane].filter.clone()]);
                input.move_cursor(ratatui_textarea::CursorMove::End);
                self.filtering = Some(input);
            }
            Action::ClearFilter => self.set_filter(String::new()),
            Action::Summary => self.open_summary(),
            Action::CatchUp => self.open_catch_up(),
            Action::Siasn => self.open_siasn(),
            Action::Undo => self.undo_last(),
            Action::Profile => {
                let form = profile_form::open(&self.plan().profile, self.lang);
                self.popup = Some(Popup::Form { form, purpose: Purpose::Profile });
            }
            Action::SwitchLanguage => self.switch_language(),
            Action::Help => self.popup = Some(Popup::Help),
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
        }
    }

    /// Runs one change through the store; on success says what it did and records how to undo
    /// it: what it did to each record, found by comparing the fresh plan before and after it.
    /// A change refused because someone else changed the same fields leaves their names in
    /// `conflict`, for the form to offer a choice.
    pub(super) fn change<T>(
        &mut self,
        operation: impl FnOnce(&mut Plan) -> Result<(T, Did), StoreError>,
    ) -> Result<T, String> {
        let lang = self.lang;
        let selected = self.selected_ids();
        self.conflict = None;
        let Source::Store(store) = &mut self.source else {
            return Err(self.read_only_reason().unwrap_or_default());
        };
        let recorded = store.apply(|plan| {
            let before = plan.clone();
            let (value, did) = operation(plan)?;
            Ok((value, inverses(&before, plan), did))
        });
        match recorded {
            Ok((value, inverse, did)) => {
                let text = tr!(lang, Msg::TuiSaved, what = did.describe(lang));
                self.note = Some(Note::Saved(text));
                self.undo.push((did, inverse));
                self.refresh_keeping(selected);
                Ok(value)
            }
            Err(error) => {
                // The store may have re-read a file changed elsewhere before refusing.
                self.refresh_keeping(selected);
                let message = describe::errors::store_error(&error, lang);
                if let StoreError::Refused(crate::ops::OpError::Conflict { fields, .. }) = &error {
                    // The form that is still open says it, field by field, in its own words.
                    self.conflict = Some(fields.iter().map(|(key, _)| *key).collect());
                } else {
                    self.note = Some(Note::Error(message.replace('\n', " · ")));
                }
                Err(message)
            }
        }
    }

    fn undo_last(&mut self) {
        let Some((did, inverse)) = self.undo.pop() else {
            self.note = Some(Note::Info(self.lang.t(Msg::TuiNothingToUndo).to_string()));
            return;
        };
        let lang = self.lang;
        let selected = self.selected_ids();
        let Source::Store(store) = &mut self.source else { return };
        let undone = store.apply(|plan| {
            let before = plan.clone();
            let kept = undo_change(plan, &inverse)?;
            Ok((kept, *plan != before))
        });
        match undone {
            Ok((kept, anything)) => {
                let what = did.describe(lang);
                let kept_words = describe_not_undone(&kept, lang);
                self.note = Some(match (kept.is_empty(), anything) {
                    (true, _) => Note::Saved(tr!(lang, Msg::TuiUndone, what = what)),
                    (false, true) => {
                        Note::Info(tr!(lang, Msg::TuiUndonePartly, what = what, kept = kept_words))
                    }
                    (false, false) => {
                        Note::Info(tr!(lang, Msg::TuiUndoneNothing, what = what, kept = kept_words))
                    }
                });
                self.refresh_keeping(selected);
            }
            Err(error) => {
                self.refresh_keeping(selected);
                self.note =
                    Some(Note::Error(describe::errors::store_error(&error, lang).replace('\n', " · ")));
                self.undo.push((did, inverse));
            }
        }
    }

    fn switch_language(&mut self) {
        let next = match self.lang {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        };
        self.lang = next;
        let selected = self.selected_ids();
        // Saved to the profile so the next start speaks it too (not undone with `u`).
        if let Source::Store(store) = &mut self.source
            && store.newer_schema().is_none()
        {
            let saved = store.apply(|plan| {
                plan.profile.language = Some(next);
                Ok(())
            });
            if let Err(error) = saved {
                self.note = Some(Note::Error(describe::errors::store_error(&error, next)));
            }
        }
        self.refresh_keeping(selected);
    }

    /// A training by ID, found through the index kept for drawing.
    pub fn training(&self, id: &str) -> Option<&crate::model::Training> {
        self.cache.training_at.get(id).and_then(|&i| self.plan().trainings.get(i))
    }

    pub fn log(&self, id: &str) -> Option<&crate::model::Log> {
        self.cache.log_at.get(id).and_then(|&i| self.plan().logs.get(i))
    }

    /// The title a reflection is about: its training's, else its log entry's.
    pub fn reflection_subject(&self, training: Option<&str>, log: Option<&str>) -> String {
        training
            .and_then(|id| self.training(id))
            .map(|t| t.title.clone())
            .or_else(|| log.and_then(|id| self.log(id)).map(|l| self.log_title(l)))
            .unwrap_or_default()
    }

    /// A log entry's own title, else its training's.
    pub fn log_title(&self, log: &crate::model::Log) -> String {
        log.shown_title(log.training.as_deref().and_then(|id| self.training(id))).to_string()
    }
}

fn plan_of(source: &Source) -> &Plan {
    match source {
        Source::Store(store) => store.plan(),
        Source::Unreadable { empty, .. } => empty,
        Source::ReadOnly { plan, .. } => plan,
    }
}
