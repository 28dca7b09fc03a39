//! Plain text tables for the terminal, aligned by display width (so wide characters line up).

use unicode_width::UnicodeWidthStr;

use crate::printable::printable;

/// Which way a column's cells lean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    /// For numbers.
    Right,
}

/// The table as lines: a header, then the rows; two spaces between columns and no trailing
/// spaces. Every cell goes through `printable`, since most of them come from the data file.
pub fn render(columns: &[(&str, Align)], rows: &[Vec<String>]) -> String {
    let cells: Vec<Vec<String>> = std::iter::once(columns.iter().map(|(h, _)| h.to_string()).collect())
        .chain(rows.iter().map(|row| row.iter().map(|cell| printable(cell).into_owned()).collect()))
        .collect();
    let widths: Vec<usize> = (0..columns.len())
        .map(|c| cells.iter().filter_map(|row| row.get(c)).map(|cell| cell.width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in &cells {
        let mut line = String::new();
        for (c, (_, align)) in columns.iter().enumerate() {
            let cell = row.get(c).map_or("", String::as_str);
            let pad = " ".repeat(widths[c] - cell.width());
            if c > 0 {
                line.push_str("  ");
            }
            match align {
                Align::Left => {
                    line.push_str(cell);
                    line.push_str(&pad);
                }
                Align::Right => {
                    line.push_str(&pad);
                    line.push_str(cell);
                }
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_display_width() {
        let rows = vec![
            vec!["t1".to_string(), "2,5".to_string(), "日本語".to_string()],
            vec!["t10".to_string(), "24".to_string(), "x\u{1b}[2J".to_string()],
        ];
        let text = render(&[("ID", Align::Left), ("JP", Align::Right), ("Judul", Align::Left)], &rows);
        assert_eq!(text, "ID    JP  Judul\nt1   2,5  日本語\nt10   24  x\u{FFFD}[2J\n");
    }
}
