//! Text made harmless for what opens an export: a spreadsheet must not run a csv cell as a
//! formula, a markdown viewer must not take a why for HTML, and invisible format characters
//! never hide in any of them.

use crate::printable::{is_format, printable};

/// What a spreadsheet reads as the start of a formula (or, for tab and carriage return, as
/// the way to one).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A csv cell: one line, no control or format character, and a leading `'` when it would
/// start a formula. A cell that itself starts with `'` gets one more, so `csv_value` can take
/// exactly one off again and the round trip is exact.
pub fn csv_cell(text: &str) -> String {
    let text = printable(text);
    match text.chars().next() {
        Some(first) if FORMULA_START.contains(&first) || first == '\'' => format!("'{text}"),
        _ => text.into_owned(),
    }
}

/// A cell read back: the `'` that `csv_cell` put before a formula character (or before a `'`)
/// is taken off; any other text is as typed.
pub fn csv_value(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) || rest.starts_with('\'') => rest,
        _ => cell,
    }
}

/// Text for the md report: one line, no control or format character, and `&`, `<` and `>` as
/// entities, so no text becomes a tag.
pub fn md_text(text: &str) -> String {
    let text = printable(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON with every format character written as a `\u` escape (serde_json writes them raw):
/// the value is the same, and nothing invisible is in the file. They can only stand inside
/// strings, so replacing them in the text is safe.
pub fn json_escaped(json: String) -> String {
    if !json.chars().any(is_format) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_format(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_quoted_and_read_back_exactly() {
        let cases = [
            "=HYPERLINK(\"http://x\"&A2,\"Klik\")",
            "+62 812",
            "-foo",
            "@SUM(A1)",
            "'=already quoted",
            "'",
            "''",
            "'plain",
            "Pelatihan",
            "",
            "2.5",
        ];
        for text in cases {
            let cell = csv_cell(text);
            assert!(!cell.starts_with(FORMULA_START), "{cell:?}");
            assert_eq!(csv_value(&cell), text, "{text:?} → {cell:?}");
        }
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert_eq!(csv_value("'Pelatihan"), "'Pelatihan", "a hand-typed apostrophe stays");
    }

    #[test]
    fn md_text_escapes_tags_and_ampersands() {
        assert_eq!(
            md_text("<script>alert(1)</script> & co"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
        );
        assert_eq!(md_text("a\u{202E}b\nc"), "ab c");
    }

    #[test]
    fn json_escapes_format_characters() {
        let json = serde_json::to_string("a\u{AD}b\u{E0041}").unwrap();
        let escaped = json_escaped(json);
        assert_eq!(escaped, "\"a\\u00adb\\udb40\\udc41\"");
        assert_eq!(serde_json::from_str::<String>(&escaped).unwrap(), "a\u{AD}b\u{E0041}");
    }
}
