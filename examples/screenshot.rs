//! Draws the main screen on the sample year, as the program renders it, into an SVG.
//!
//! `cargo run --example screenshot > assets/screenshot.svg`

use std::fmt::Write;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use tumbuh::commands::{Environment, Globals, open_app};
use tumbuh::tui::theme::Theme;
use tumbuh::tui::view;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 32;
const CELL_W: f32 = 8.4;
const CELL_H: f32 = 17.0;
const BACKGROUND: &str = "#1d1f21";
const FOREGROUND: &str = "#d8dee9";

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("tumbuh.toml");
    std::fs::write(&path, include_str!("../assets/sample.toml")).expect("the sample copied");
    let env = Environment { today: Some("2026-06-30".into()), ..Environment::default() };
    let mut app = open_app(&Globals::default(), &env, path).unwrap_or_else(|f| panic!("{}", f.message));
    app.resize(WIDTH, HEIGHT);
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal");
    terminal.draw(|frame| view::draw(frame, &app, &Theme::new(true))).expect("drawn");
    print!("{}", svg(terminal.backend().buffer()));
}

fn hex(color: Color, default: &'static str) -> String {
    match color {
        Color::Reset => default.to_string(),
        Color::Black => "#1d1f21".into(),
        Color::Red => "#e06c75".into(),
        Color::Green => "#98c379".into(),
        Color::Yellow => "#e5c07b".into(),
        Color::Blue => "#61afef".into(),
        Color::Magenta => "#c678dd".into(),
        Color::Cyan => "#56b6c2".into(),
        Color::Gray => "#abb2bf".into(),
        Color::DarkGray => "#7f848e".into(),
        Color::White => "#ffffff".into(),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        _ => default.to_string(),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn svg(buffer: &Buffer) -> String {
    let area = buffer.area;
    let (width, height) = (f32::from(area.width) * CELL_W + 16.0, f32::from(area.height) * CELL_H + 16.0);
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
    );
    let _ = writeln!(out, r#"<rect width="100%" height="100%" rx="6" fill="{BACKGROUND}"/>"#);
    let _ = writeln!(
        out,
        r#"<g transform="translate(8 8)" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14">"#
    );
    for y in 0..area.height {
        let top = f32::from(y) * CELL_H;
        for x in 0..area.width {
            let cell = &buffer[(x, y)];
            let reversed = cell.modifier.contains(Modifier::REVERSED);
            let (fg, bg) = if reversed { (cell.bg, cell.fg) } else { (cell.fg, cell.bg) };
            if bg != Color::Reset || reversed {
                let left = f32::from(x) * CELL_W;
                let fill = hex(bg, FOREGROUND);
                let _ = writeln!(
                    out,
                    r#"<rect x="{left}" y="{top}" width="{CELL_W}" height="{CELL_H}" fill="{fill}"/>"#
                );
            }
            let symbol = cell.symbol();
            if symbol.trim().is_empty() {
                continue;
            }
            let weight = if cell.modifier.contains(Modifier::BOLD) { r#" font-weight="bold""# } else { "" };
            let fill = hex(fg, if reversed { BACKGROUND } else { FOREGROUND });
            let _ = writeln!(
                out,
                r#"<text x="{}" y="{}" fill="{fill}"{weight}>{}</text>"#,
                f32::from(x) * CELL_W,
                top + CELL_H * 0.78,
                escape(symbol)
            );
        }
    }
    out.push_str("</g>\n</svg>\n");
    out
}
