//! The interactive planner: terminal setup, the event loop, and nothing else.

pub mod app;
mod clipboard;
pub mod keymap;
pub mod layout;
pub mod pane;
pub mod popup;
mod screen_cache;
pub mod team;
pub mod theme;
mod undo;
pub mod view;

use std::io;
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyEventKind,
};
use ratatui::crossterm::execute;

use app::App;
use theme::Theme;

/// How often the file is checked for changes made elsewhere, while nothing else happens.
const FILE_CHECK: Duration = Duration::from_secs(1);

/// Mouse capture on while this lives and is wanted; off again on drop and on panic.
struct MouseCapture {
    on: bool,
}

impl MouseCapture {
    fn enable(on: bool) -> io::Result<MouseCapture> {
        let mut capture = MouseCapture { on: false };
        capture.set(on)?;
        Ok(capture)
    }

    /// Follows the app's wish (the profile can change it while running).
    fn set(&mut self, on: bool) -> io::Result<()> {
        if on != self.on {
            if on {
                execute!(io::stdout(), EnableMouseCapture)?;
            } else {
                execute!(io::stdout(), DisableMouseCapture)?;
            }
            self.on = on;
        }
        Ok(())
    }
}

impl Drop for MouseCapture {
    fn drop(&mut self) {
        if self.on {
            let _ = execute!(io::stdout(), DisableMouseCapture);
        }
    }
}

/// Runs the screen until the person quits. The terminal is restored on every way out.
pub fn run(mut app: App) -> io::Result<()> {
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        ratatui::restore();
        previous_hook(info);
    }));
    let mut terminal = ratatui::init();
    let result = (|| {
        // A paste arrives as one event, not as keys (it could hold Esc, Enter or `d`).
        execute!(io::stdout(), EnableBracketedPaste)?;
        let mut mouse = MouseCapture::enable(app.mouse)?;
        event_loop(&mut terminal, &mut app, &mut mouse)
    })();
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, mouse: &mut MouseCapture) -> io::Result<()> {
    let theme = Theme::from_env();
    app.clipboard_support = clipboard::support_from_env();
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    let mut redraw = true;
    while !app.quit {
        if redraw {
            terminal.draw(|frame| {
                view::draw(frame, app, &theme);
                panic_for_tests(app);
            })?;
        }
        // Sleeps until input or the next file check: no busy loop while idle. Input that is
        // already waiting (a paste typed out by a terminal without bracketed paste) is taken
        // in one go, for a while, before the next frame, so the screen never falls behind.
        redraw = if event::poll(FILE_CHECK)? {
            let started = Instant::now();
            let mut redraw = handle(app, event::read()?);
            while !app.quit && started.elapsed() < BATCH && event::poll(Duration::ZERO)? {
                redraw |= handle(app, event::read()?);
            }
            // What a key asked to copy goes to the terminal itself (OSC 52).
            if let Some(text) = app.clipboard.take() {
                clipboard::copy(terminal.backend_mut(), &text)?;
            }
            redraw
        } else {
            app.tick()
        };
        mouse.set(app.mouse)?;
        if app.suspend {
            app.suspend = false;
            suspend(terminal, mouse.on)?;
            redraw = true;
        }
    }
    Ok(())
}

/// Longest time spent taking waiting input before the screen is drawn again.
const BATCH: Duration = Duration::from_millis(50);

/// One event to the app; true when the screen must be redrawn.
fn handle(app: &mut App, event: Event) -> bool {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            app.handle_key(key);
            true
        }
        Event::Paste(text) => {
            app.handle_paste(&text);
            true
        }
        Event::Mouse(mouse) => {
            app.handle_mouse(mouse);
            true
        }
        Event::Resize(width, height) => {
            app.resize(width, height);
            true
        }
        _ => false,
    }
}

/// Debug builds only: `TUMBUH_PANIC_AFTER=N` panics while drawing the N-th key's frame, so a
/// test can check that a crash inside drawing still gives the terminal back.
#[cfg(debug_assertions)]
fn panic_for_tests(app: &App) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static FRAMES: AtomicUsize = AtomicUsize::new(0);
    let Some(after) = std::env::var("TUMBUH_PANIC_AFTER").ok().and_then(|n| n.parse::<usize>().ok()) else {
        return;
    };
    if FRAMES.fetch_add(1, Ordering::Relaxed) >= after {
        panic!("a drawing failure asked for by TUMBUH_PANIC_AFTER (year {})", app.year);
    }
}

#[cfg(not(debug_assertions))]
fn panic_for_tests(_: &App) {}

/// Ctrl-Z: give the terminal back, stop, and take it again when resumed (`fg`).
fn suspend(terminal: &mut DefaultTerminal, mouse: bool) -> io::Result<()> {
    if mouse {
        execute!(io::stdout(), DisableMouseCapture)?;
    }
    execute!(io::stdout(), DisableBracketedPaste)?;
    ratatui::restore();
    // SAFETY: raising a signal on our own process has no memory-safety preconditions.
    unsafe {
        libc::raise(libc::SIGTSTP);
    }
    *terminal = ratatui::init();
    execute!(io::stdout(), EnableBracketedPaste)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    terminal.clear()
}
