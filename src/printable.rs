//! Text from the data file made safe to print: no control characters reach the terminal, and no
//! invisible format character (Unicode category Cf) is drawn, so a row stays in its columns.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

/// Every code point of Unicode's general category Cf (format), as of Unicode 16: the soft
/// hyphen, Arabic and Syriac marks, zero-width space and joiners, directional marks, bidi
/// embeddings, overrides and isolates, invisible operators, the byte-order mark, interlinear
/// annotation marks, and the tag characters.
const FORMAT: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0001}', '\u{E0001}'),
    ('\u{E0020}', '\u{E007F}'),
];

const ZWJ: char = '\u{200D}';

/// Whether `c` is an invisible format character (category Cf).
pub fn is_format(c: char) -> bool {
    FORMAT.iter().any(|&(low, high)| (low..=high).contains(&c))
}

/// Emoji and pictographs, which a zero-width joiner may bind into one picture (👩‍💻).
fn is_pictographic(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}')
}

/// Whether anything in `text` must change before it is drawn.
fn needs_work(text: &str) -> bool {
    text.chars().any(|c| c.is_control() || is_format(c))
}

/// Replaces control characters (C0, DEL, C1) with `�`, so a hand-edited file cannot send
/// escape sequences to the terminal; tabs and newlines become spaces. Removes invisible format
/// characters (soft hyphen, zero-width space, bidi controls, tags…), except the joiner inside
/// an emoji sequence, which keeps the picture one grapheme of its own width.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !needs_work(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for grapheme in text.graphemes(true) {
        let emoji = grapheme.chars().any(is_pictographic);
        for c in grapheme.chars() {
            match c {
                '\t' | '\n' | '\r' => out.push(' '),
                c if c.is_control() => out.push('\u{FFFD}'),
                ZWJ if emoji => out.push(ZWJ),
                c if is_format(c) => {}
                c => out.push(c),
            }
        }
    }
    Cow::Owned(out)
}

/// Text for an export a person opens elsewhere (md, csv): control characters as in
/// `printable`, format characters removed, line breaks kept where the format allows them.
pub fn without_format(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_format) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for grapheme in text.graphemes(true) {
        let emoji = grapheme.chars().any(is_pictographic);
        out.extend(grapheme.chars().filter(|&c| !is_format(c) || (c == ZWJ && emoji)));
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    use super::*;

    #[test]
    fn escape_sequences_are_defused() {
        assert_eq!(printable("judul\u{1b}[2J\u{7}\u{9b}x"), "judul\u{FFFD}[2J\u{FFFD}\u{FFFD}x");
        assert_eq!(printable("baris\nkedua"), "baris kedua");
        assert!(matches!(printable("Pelatihan 日本 é"), Cow::Borrowed(_)));
    }

    #[test]
    fn invisible_format_characters_are_removed() {
        let hostile = "Pe\u{AD}la\u{200B}tih\u{200C}an\u{200E}\u{202E}kebalik\u{202C}\u{2066}x\u{2069}\u{FEFF}\
                       \u{E0001}\u{E0041}\u{E007F}!";
        assert_eq!(printable(hostile), "Pelatihankebalikx!");
        assert_eq!(without_format(hostile), "Pelatihankebalikx!");
        assert!(is_format('\u{AD}') && is_format('\u{E0020}') && !is_format('a') && !is_format('\u{FE0F}'));
    }

    #[test]
    fn emoji_sequences_keep_their_joiner_and_width() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        let coder = "\u{1F469}\u{200D}\u{1F4BB}";
        for emoji in [family, coder, "\u{1F44D}\u{1F3FD}", "\u{2764}\u{FE0F}"] {
            let text = format!("a{emoji}b");
            assert_eq!(printable(&text), text);
            assert_eq!(text.graphemes(true).count(), 3, "{emoji:?}");
            assert_eq!(printable(&text).width(), 4, "{emoji:?}");
        }
        // A joiner between letters joins nothing visible: removed.
        assert_eq!(printable("a\u{200D}b"), "ab");
        // Flags from tag sequences lose their tags, keeping the black flag itself.
        assert_eq!(printable("\u{1F3F4}\u{E0067}\u{E0062}\u{E007F}"), "\u{1F3F4}");
    }
}
