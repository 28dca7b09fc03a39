//! Copying to the clipboard with OSC 52: the terminal itself puts the text on the clipboard, so
//! it works over SSH too. Not every terminal does it, and nothing tells whether one did, so the
//! screen says when the terminal may not.

use std::io::{self, Write};

/// How likely the terminal is to honour OSC 52, from what its environment says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Support {
    /// Most terminals do; nothing says otherwise.
    #[default]
    Likely,
    /// Inside tmux it works only with `set -g set-clipboard on`.
    Tmux,
    /// A terminal known not to (the Linux console, macOS Terminal, GNU screen).
    Unlikely,
}

/// Reads `TERM`, `TERM_PROGRAM` and `TMUX`.
pub fn support_from_env() -> Support {
    let var = |name| std::env::var(name).ok();
    support(var("TERM").as_deref(), var("TERM_PROGRAM").as_deref(), var("TMUX").is_some())
}

pub fn support(term: Option<&str>, term_program: Option<&str>, tmux: bool) -> Support {
    let term = term.unwrap_or_default();
    if tmux {
        Support::Tmux
    } else if matches!(term, "linux" | "dumb" | "")
        || term.starts_with("screen")
        || term_program == Some("Apple_Terminal")
    {
        Support::Unlikely
    } else {
        Support::Likely
    }
}

/// The escape sequence that asks the terminal to put `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Writes the sequence to the terminal (`out` is its backend) and flushes it.
pub fn copy(out: &mut impl Write, text: &str) -> io::Result<()> {
    out.write_all(osc52(text).as_bytes())?;
    out.flush()
}

/// Standard base64 with padding (RFC 4648), as OSC 52 takes it.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> shift & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_follows_the_rfc_examples() {
        let cases = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")];
        for (text, encoded) in cases {
            assert_eq!(base64(text.as_bytes()), encoded, "{text}");
        }
        assert_eq!(base64("15-05-2026".as_bytes()), "MTUtMDUtMjAyNg==");
    }

    #[test]
    fn the_sequence_carries_the_text_and_nothing_else() {
        assert_eq!(osc52("Seminar"), "\x1b]52;c;U2VtaW5hcg==\x07");
        // Control characters in the text cannot reach the terminal as themselves.
        let sequence = osc52("a\x1b]0;x\x07b");
        assert_eq!(sequence.matches('\x1b').count(), 1);
        let mut written = Vec::new();
        copy(&mut written, "2").unwrap();
        assert_eq!(written, b"\x1b]52;c;Mg==\x07");
    }

    #[test]
    fn terminals_known_not_to_copy_are_named() {
        assert_eq!(support(Some("xterm-256color"), None, false), Support::Likely);
        assert_eq!(support(Some("tmux-256color"), None, true), Support::Tmux);
        assert_eq!(support(Some("linux"), None, false), Support::Unlikely);
        assert_eq!(support(Some("screen.xterm-256color"), None, false), Support::Unlikely);
        assert_eq!(support(Some("xterm-256color"), Some("Apple_Terminal"), false), Support::Unlikely);
    }
}
