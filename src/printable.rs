//! Text from the data file made safe to print: no control characters reach the terminal.

use std::borrow::Cow;

/// Replaces control characters (C0, DEL, C1) with `�`, so a hand-edited file cannot send
/// escape sequences to the terminal. Tabs and newlines become spaces.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\t' | '\n' | '\r' => ' ',
                c if c.is_control() => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_defused() {
        assert_eq!(printable("judul\u{1b}[2J\u{7}\u{9b}x"), "judul\u{FFFD}[2J\u{FFFD}\u{FFFD}x");
        assert_eq!(printable("baris\nkedua"), "baris kedua");
        assert!(matches!(printable("Pelatihan 日本 é"), Cow::Borrowed(_)));
    }
}
