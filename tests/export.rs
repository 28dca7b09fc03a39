//! `tumbuh export` on the sample year at 30 June 2026, against golden files in `tests/golden/`,
//! and each format read back by a parser. `UPDATE_GOLDEN=1 cargo test --test export` rewrites
//! the golden files after a deliberate change (then read the diff).

mod common;

use std::path::Path;

use common::{DataFile, SAMPLE, stdout_of};
use predicates::prelude::*;
use tumbuh::model::Jp;
use tumbuh::report::csv::COLUMNS;
use tumbuh::report::json::YearExport;

fn export(file: &DataFile, args: &[&str]) -> String {
    stdout_of(file.run().arg("export").args(args))
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{name} differs from its golden file; run with UPDATE_GOLDEN=1 and check the diff"
    );
}

#[test]
fn csv_matches_its_golden_file_and_parses_back() {
    let file = DataFile::sample();
    let text = export(&file, &["--format", "csv"]);
    golden("sample.csv", &text);
    assert!(text.split_terminator('\n').all(|line| line.ends_with('\r')), "RFC 4180 lines end in CRLF");

    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 12);
    let total: Jp = rows.iter().map(|r| Jp::parse(&r[3]).unwrap()).sum();
    assert_eq!(total, Jp::parse("18.75").unwrap());
    // l3: the second coaching session, with its training's dates and provider.
    assert_eq!(
        rows[2].iter().collect::<Vec<_>>(),
        [
            "coaching",
            "Bappeda Provinsi Jawa Tengah",
            "Coaching Penulisan Policy Brief",
            "2",
            "800.1.6/127/Bappeda/2026",
            "2026",
            "2026-02-10",
            "2026-02-24",
            "2026-02-24",
            "t1",
            "true",
            "",
        ]
    );
    // l11: an ad-hoc entry without a certificate, its own day as start and end.
    assert_eq!(
        rows[10].iter().skip(4).take(7).collect::<Vec<_>>(),
        ["", "2026", "2026-06-24", "2026-06-24", "2026-06-24", "", "false"]
    );
}

#[test]
fn csv_quotes_what_needs_quoting_and_drops_control_characters() {
    let file = DataFile::with(
        "[[log]]\nid = \"l1\"\ndate = 2026-05-12\njp = 2\ntitle = \"Rapat \\\"Satu Data\\\", sesi 1\\u001b[2J\"\n",
    );
    let text = export(&file, &["--format", "csv"]);
    assert!(text.contains(",\"Rapat \"\"Satu Data\"\", sesi 1\u{FFFD}[2J\","), "{text}");
    assert!(!text.contains('\u{1b}'));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[2], "Rapat \"Satu Data\", sesi 1\u{FFFD}[2J");
}

#[test]
fn md_is_the_report_for_the_superior_in_either_language() {
    let file = DataFile::sample();
    let id = export(&file, &["--format", "md"]);
    golden("sample.id.md", &id);
    for heading in [
        "# Laporan Pengembangan Kompetensi 2026\n",
        "## Ringkasan\n",
        "- **Keadaan:** SESUAI RENCANA\n",
        "## JP yang diperoleh\n",
        "|  | **Jumlah** |  | **18,75** |  |\n",
        "## Yang berubah dalam pekerjaan\n",
        "### Menurut model 10:20:70\n",
        "## Perlu ditindaklanjuti\n",
    ] {
        assert!(id.contains(heading), "{heading}");
    }
    let en = export(&file, &["--format", "md", "--lang", "en"]);
    golden("sample.en.md", &en);
    assert!(en.starts_with(
        "# Competency Development Report 2026\n\n**Ratna Dewi Kusumawardani** · PNS · as of 30 June 2026\n"
    ));
    assert!(en.contains("| learning on the job (70) | 1 | 5% | 70% |\n"), "{en}");
}

#[test]
fn md_of_an_empty_year_says_so() {
    let out = export(&DataFile::empty(), &["--format", "md", "--year", "2027", "--lang", "en"]);
    assert!(out.contains("## JP earned\n\nNone yet.\n"), "{out}");
    assert!(out.contains("| structured learning (10) | 0 | — | 10% |"), "{out}");
    assert!(out.contains("- **State:** AT RISK\n"), "{out}");
}

#[test]
fn json_matches_its_golden_file_and_reads_back_typed() {
    let file = DataFile::sample();
    let text = export(&file, &["--format", "json"]);
    golden("sample.json", &text);
    let year: YearExport = serde_json::from_str(&text).unwrap();
    assert_eq!((year.version, year.year), (1, 2026));
    let plan = file.plan();
    assert_eq!(year.trainings.iter().map(|t| t.id.as_str()).collect::<Vec<_>>().len(), plan.trainings.len());
    assert_eq!(year.logs.iter().map(|l| l.jp).sum::<Jp>(), year.summary.figures.done_jp);
    assert_eq!(year.summary.figures.done_jp, Jp::parse("18.75").unwrap());
    assert_eq!(year.summary.todos.follow_ups_due, ["r4"]);
    assert_eq!(year.reflections.len(), 5);
    // Every log entry comes back with exactly the values of the data file.
    for (record, log) in year.logs.iter().zip(&plan.logs) {
        assert_eq!(
            (&record.id, record.date, record.jp, &record.certificate),
            (&log.id, log.date, log.jp, &log.certificate)
        );
    }
    // The summary holds every key of `status --json`, with the same values.
    let status: serde_json::Value =
        serde_json::from_str(&stdout_of(file.run().args(["status", "--json"]))).unwrap();
    let summary = serde_json::to_value(&year.summary).unwrap();
    for (key, value) in status.as_object().unwrap() {
        assert_eq!(&summary[key], value, "{key}");
    }
}

#[test]
fn ics_matches_its_golden_file_line_by_line() {
    let file = DataFile::sample();
    let text = export(&file, &["--format", "ics"]);
    golden("sample.ics", &text);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let raw: Vec<&str> = text.split_terminator("\r\n").collect();
    for line in &raw {
        assert!(line.len() <= 75, "line over 75 octets: {line}");
        assert!(!line.contains('\n') && !line.contains('\r'), "bare line break in {line:?}");
    }
    // Unfold (RFC 5545 3.1) and read the events.
    let mut lines: Vec<String> = Vec::new();
    for line in raw {
        match line.strip_prefix(' ') {
            Some(rest) => lines.last_mut().unwrap().push_str(rest),
            None => lines.push(line.to_string()),
        }
    }
    assert_eq!(&lines[..3], ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tumbuh//tumbuh//ID"]);
    let events: Vec<&[String]> = lines.split(|l| l == "BEGIN:VEVENT").skip(1).collect();
    // Every dated training of 2026; t10 has no end, so it is one day.
    assert_eq!(events.len(), 10);
    let t10 = events[9];
    assert!(t10[0].starts_with("UID:t10-") && t10[0].ends_with("@tumbuh"), "{t10:?}");
    assert_eq!(t10[2..4], ["DTSTART;VALUE=DATE:20261109", "DTEND;VALUE=DATE:20261110"]);
    assert_eq!(t10[4], "SUMMARY:E-learning Pemanfaatan Kecerdasan Artifisial untuk ASN (3 JP)");
    assert_eq!(t10[6], "STATUS:TENTATIVE");
    let t6 = events.iter().find(|e| e[0].starts_with("UID:t6-")).unwrap();
    assert!(t6.contains(&"STATUS:CANCELLED".to_string()));
    let t1 = events[0];
    assert_eq!(t1[3], "DTEND;VALUE=DATE:20260225", "the day after the last day");
    assert!(t1[5].starts_with("DESCRIPTION:Status: selesai\\nBentuk: Coaching\\nPenyelenggara: Bappeda"));
    // The same file gives the same UIDs: a second import updates rather than duplicates.
    assert_eq!(text, export(&file, &["--format", "ics"]));
}

#[test]
fn ics_escapes_text() {
    let file = DataFile::with(
        "[[training]]\nid = \"t1\"\nyear = 2026\ntitle = \"Rapat; evaluasi, tahap 2\\\\3\"\nstart = 2026-05-12\nplanned_jp = 2\n",
    );
    let text = export(&file, &["--format", "ics", "--lang", "en"]);
    assert!(text.contains("SUMMARY:Rapat\\; evaluasi\\, tahap 2\\\\3 (2 JP)\r\n"), "{text}");
    assert!(text.contains("DESCRIPTION:Status: planned\r\n"), "{text}");
    assert!(text.contains("UID:t1@tumbuh\r\n"), "no name, no owner tag: {text}");
}

#[test]
fn output_writes_a_file_and_a_bad_one_is_named() {
    let file = DataFile::sample();
    let target = file.dir().join("laporan.md");
    let out = stdout_of(file.run().args(["export", "--format", "md", "--output"]).arg(&target));
    assert_eq!(out, format!("Hasil ekspor disimpan di {}\n", target.display()));
    assert!(std::fs::read_to_string(&target).unwrap().starts_with("# Laporan Pengembangan Kompetensi 2026"));
    file.run()
        .args(["export", "--format", "csv", "--output"])
        .arg(file.dir().join("tidak-ada/x.csv"))
        .assert()
        .failure()
        .stderr(predicate::str::starts_with("Kesalahan: --output: Tidak dapat menyimpan"));
    file.run()
        .args(["export", "--format", "pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--format"));
    assert_eq!(file.text(), SAMPLE);
}

#[test]
fn text_from_the_file_cannot_reach_the_terminal_raw() {
    let file = DataFile::with(
        "[profile]\nname = \"Sari\\u001b]0;x\\u0007\"\n\n[[training]]\nid = \"t1\"\nyear = 2026\n\
         title = \"Kursus | bagian\\u001b[31m merah\"\nstart = 2026-05-12\nplanned_jp = 2\nstatus = \"done\"\n\n\
         [[log]]\nid = \"l1\"\ndate = 2026-05-12\njp = 2\ntraining = \"t1\"\n\n\
         [[reflection]]\nid = \"r1\"\ntraining = \"t1\"\ndate = 2026-05-13\nchanged = \"baris satu\\nbaris\\u001b[2J dua\"\n",
    );
    for format in ["md", "csv", "ics", "json"] {
        let out = export(&file, &["--format", format]);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{format}: {out}");
    }
    let md = export(&file, &["--format", "md"]);
    assert!(md.contains("| Kursus \\| bagian\u{FFFD}[31m merah |"), "a | in a cell is escaped: {md}");
    assert!(md.contains("\nbaris satu baris\u{FFFD}[2J dua\n"), "{md}");
    for list in [["plan", "list"], ["log", "list"], ["reflect", "list"]] {
        let out = stdout_of(file.run().args(list));
        assert!(!out.contains('\u{1b}'), "{list:?}: {out}");
    }
}

#[test]
fn an_export_never_goes_over_the_data_file_and_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let file = common::DataFile::sample();
    file.run()
        .args(["export", "--format", "md", "--output"])
        .arg(&file.path)
        .assert()
        .failure()
        .stderr(predicates::str::contains("--output: itu berkas data Anda sendiri"));
    assert_eq!(file.text(), common::SAMPLE);
    let report = file.dir().join("laporan.md");
    file.run().args(["export", "--format", "md", "--output"]).arg(&report).assert().success();
    assert_eq!(std::fs::metadata(&report).unwrap().permissions().mode() & 0o777, 0o600);
}
