//! A file that is not TOML is said in the person's language: line and column, the kind of
//! mistake in words, the line quoted with a caret under the place; a mistake we cannot name keeps
//! the parser's own words, marked as such. The file is never written.

mod common;

use common::DataFile;
use tumbuh::store::{DecodeError, SyntaxKind, decode};

/// (file text, kind, line, column, Indonesian words, English words)
const CASES: &[(&str, SyntaxKind, usize, usize, &str, &str)] = &[
    (
        "[profile]\nname = \"Sari\n",
        SyntaxKind::UnclosedString,
        2,
        13,
        "teks tidak ditutup: tanda kutip penutupnya tidak ada di baris ini",
        "a string is not closed: its closing quote is missing on this line",
    ),
    (
        "[profile]\nname \"Sari\"\n",
        SyntaxKind::ExpectedEquals,
        2,
        6,
        "setelah nama kunci harus ada = lalu nilainya",
        "a key must be followed by = and its value",
    ),
    (
        "[profile]\nname = \"Sari\"\nname = \"Ratna\"\n",
        SyntaxKind::DuplicateKey,
        3,
        1,
        "kunci atau tabel ini sudah ditulis sebelumnya; hapus salah satunya",
        "this key or table is already written above; remove one of them",
    ),
    (
        "[[log]]\nid = \"l1\"\ndate = 2026-02-30\n",
        SyntaxKind::InvalidDate,
        3,
        8,
        "tanggal atau jam tidak valid; tulis tanggal sebagai YYYY-MM-DD",
        "not a valid date or time; write a date as YYYY-MM-DD",
    ),
    (
        "[profile]\ntarget_jp = 07\n",
        SyntaxKind::InvalidNumber,
        2,
        13,
        "angka tidak ditulis dengan benar",
        "the number is not written correctly",
    ),
    (
        "[profile]\nname = Sari\n",
        SyntaxKind::UnquotedText,
        2,
        8,
        "teks harus diapit tanda kutip",
        "text must be in quotes",
    ),
    (
        "[[training]\nid = \"t1\"\n",
        SyntaxKind::UnclosedHeader,
        1,
        12,
        "judul tabel tidak ditutup dengan ]",
        "a table header is not closed with ]",
    ),
    (
        "[profile]\nname = \"Sari\" unit = \"Bidang\"\n",
        SyntaxKind::ExtraContent,
        2,
        15,
        "ada tulisan lain setelah nilai",
        "there is more after the value",
    ),
    (
        "[[log]]\ncertificate_file = \"C:\\Dokumen\\s.pdf\"\n",
        SyntaxKind::InvalidEscape,
        2,
        24,
        "garis miring terbalik (\\) di dalam teks harus diikuti kode yang valid",
        "a backslash (\\) in a string must start a known code",
    ),
];

#[test]
fn each_kind_of_mistake_is_placed_and_sorted() {
    for (text, kind, line, column, _, _) in CASES {
        match decode(text) {
            Err(DecodeError::Syntax { at, kind: found, line: quoted, .. }) => {
                assert_eq!((found, at.line, at.column), (*kind, *line, *column), "{text:?}");
                assert_eq!(quoted, text.lines().nth(line - 1).unwrap(), "{text:?}");
            }
            other => panic!("{text:?}: {other:?}"),
        }
    }
}

#[test]
fn each_is_said_in_both_languages_with_the_line_quoted_and_a_caret() {
    for (text, _, line, column, id, en) in CASES {
        let file = DataFile::with(text);
        let quoted = text.lines().nth(line - 1).unwrap();
        let caret = format!(
            "  {line} | {quoted}\n  {} | {}^",
            " ".repeat(line.to_string().len()),
            " ".repeat(column - 1)
        );
        for (lang, words, at) in [
            ("id", id, format!("(baris {line}, kolom {column})")),
            ("en", en, format!("(line {line}, column {column})")),
        ] {
            let output =
                file.run().args(["--lang", lang, "log", "--jp", "1", "--title", "x"]).output().unwrap();
            assert!(!output.status.success());
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert!(stderr.contains(&at) && stderr.contains(*words), "{lang} {text:?}:\n{stderr}");
            assert!(stderr.contains(&caret), "{lang} {text:?}:\n{stderr}\nwanted:\n{caret}");
            assert!(!stderr.contains("expected"), "the parser's English is not mixed in: {stderr}");
        }
        assert_eq!(file.text(), *text, "never written");
    }
}

#[test]
fn a_mistake_without_words_of_its_own_keeps_the_parsers_words_marked_as_such() {
    let text = "x = [1, 2\n";
    let file = DataFile::with(text);
    let output = file.run().arg("status").output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    let named = stderr.contains("daftar [ ] atau tabel sebaris { } tidak ditutup");
    let marked = stderr.contains("pesan pengurai TOML (dalam bahasa Inggris): ");
    assert!(named || marked, "{stderr}");
    assert_eq!(
        tumbuh::describe::errors::syntax(SyntaxKind::Other, "something new", tumbuh::i18n::Lang::Id),
        "pesan pengurai TOML (dalam bahasa Inggris): something new"
    );
    assert_eq!(
        tumbuh::describe::errors::syntax(SyntaxKind::Other, "something new", tumbuh::i18n::Lang::En),
        "the TOML parser says: something new"
    );
}

#[test]
fn the_caret_stands_under_wide_characters_too() {
    let at = tumbuh::store::LineCol { line: 4, column: 9 };
    let quoted = tumbuh::describe::errors::quoted_line("name = \"日本\tx", at);
    assert_eq!(quoted, "  4 | name = \"日本 x\n    |         ^");
}
