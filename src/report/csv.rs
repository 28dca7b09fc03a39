//! CSV: one row per log entry, with the fields of a course record in SIASN, written by
//! `export --format csv` and read back by `import`. RFC 4180, UTF-8, header names stable.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::defuse::{csv_cell, csv_value};
use super::{Titles, YearRecords};
use crate::catalog::Catalog;
use crate::model::{Jp, Log, Plan, ProblemKind, UnknownKeys, entry_jp, parse_date};

/// The header, in order. SIASN's course record first (type, provider, name, hours, certificate
/// number, year, start, end), then the entry's own day, its training and whether it is in SIASN.
pub const COLUMNS: [&str; 12] = [
    "form",
    "provider",
    "name",
    "jp",
    "certificate",
    "year",
    "start",
    "end",
    "date",
    "training",
    "in_siasn",
    "certificate_file",
];

/// `export --format csv`: the log entries dated in `year`. Each cell goes through `csv_cell`,
/// so the file holds no control or format characters even when a hand edit put some in the
/// data file, and no cell starts a spreadsheet formula.
pub fn export(plan: &Plan, year: i32) -> String {
    let names = Titles::of(plan);
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    writer.write_record(COLUMNS).expect("writing to memory");
    for log in YearRecords::of(plan, year).logs {
        let training = names.trainings.of_log(log);
        let provider = match training {
            Some(t) if log.provider.trim().is_empty() => &t.provider,
            _ => &log.provider,
        };
        // SIASN asks for the course's dates; an entry without a dated training is its own days.
        let start = training.and_then(|t| t.start).unwrap_or(log.first_day());
        let end = training.and_then(|t| t.start.and(t.end.or(t.start))).unwrap_or(log.date);
        let record = [
            names.trainings.log_form(log).unwrap_or_default().to_string(),
            provider.clone(),
            names.log(log).to_string(),
            log.jp.to_string(),
            log.certificate.clone(),
            training.map_or(log.date.year(), |t| t.year).to_string(),
            start.to_string(),
            end.to_string(),
            log.date.to_string(),
            log.training.clone().unwrap_or_default(),
            log.in_siasn.to_string(),
            log.certificate_file.clone(),
        ];
        writer.write_record(record.iter().map(|cell| csv_cell(cell))).expect("writing to memory");
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("written from strings")
}

/// What is wrong with one place of the CSV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowIssue {
    Field(&'static str, ProblemKind),
    /// A column the import needs is not in the header.
    MissingColumn(&'static str),
    /// The CSV itself could not be read there (the reader's words).
    Unreadable(String),
}

/// A problem on one row of the spreadsheet (1 is the header).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub line: u64,
    pub issue: RowIssue,
}

/// The entries a CSV holds, ready to add.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Import {
    pub logs: Vec<Log>,
    /// Rows equal to an entry already in the file (same day, JP, name and certificate); from
    /// SIASN, rows whose course is already in SIASN in the file, or given twice.
    pub skipped: usize,
    /// Rows naming a training the file does not have; they are kept without the link.
    pub unlinked: usize,
    /// The sheet has SIASN's field names or headings: its rows are `in_siasn`.
    pub siasn: bool,
    /// From SIASN: the courses already in the file that rows matched (same certificate number,
    /// else same name and last day), to be marked as in SIASN rather than added again.
    pub matched: Vec<String>,
}

/// Reads the rows of `text` as log entries for `plan`. Columns are found by their header name,
/// in any order; unknown columns are ignored. All problems are collected, so a person can fix
/// them in one go.
pub fn read(text: &str, plan: &Plan, today: NaiveDate) -> Result<Import, Vec<RowProblem>> {
    // Spreadsheets often start with a byte-order mark, and Indonesian Excel separates with `;`.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header_line = text.lines().next().unwrap_or_default();
    let delimiter =
        if header_line.matches(';').count() > header_line.matches(',').count() { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let unreadable =
        |line: u64, error: &csv::Error| RowProblem { line, issue: RowIssue::Unreadable(error.to_string()) };
    let header = reader.headers().map_err(|e| vec![unreadable(1, &e)])?.clone();
    let columns = Columns::find(&header)?;
    let rows = RowStarts::of(text);

    let names = Titles::of(plan);
    let existing: HashSet<(NaiveDate, Jp, &str, &str)> =
        plan.logs.iter().map(|l| (l.date, l.jp, names.log(l), l.certificate.as_str())).collect();
    let catalog = Catalog::for_plan(plan);
    let mut import = Import { siasn: columns.siasn, ..Import::default() };
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| rows.row_at(p.byte()));
                problems.push(unreadable(line, &error));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| rows.row_at(p.byte()));
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let row = Row { record: &record, columns: &columns };
        match row.to_log(plan, &catalog, today) {
            Err(issues) => problems.extend(issues.into_iter().map(|issue| RowProblem { line, issue })),
            Ok((log, unlinked)) => {
                let name = if log.title.is_empty() { row.get(columns.name) } else { log.title.as_str() };
                if columns.siasn {
                    siasn_row(&mut import, plan, log, unlinked);
                } else if existing.contains(&(log.date, log.jp, name, log.certificate.as_str())) {
                    import.skipped += 1;
                } else {
                    import.unlinked += usize::from(unlinked);
                    import.logs.push(log);
                }
            }
        }
    }
    if problems.is_empty() { Ok(import) } else { Err(problems) }
}

/// A row from SIASN: it marks the course already in the file that it stands for, else it is
/// added, unless the course is in SIASN already or the sheet gave it before.
fn siasn_row(import: &mut Import, plan: &Plan, log: Log, unlinked: bool) {
    match crate::siasn::matching_course(plan, &log.certificate, &log.title, log.date) {
        Some(course) => {
            let id = course.id().to_string();
            if course.logs.iter().all(|l| l.in_siasn) || import.matched.contains(&id) {
                import.skipped += 1;
            } else {
                import.matched.push(id);
            }
        }
        None => {
            let same = |other: &Log| match log.certificate.trim() {
                "" => other.title == log.title && other.date == log.date,
                number => other.certificate.trim() == number,
            };
            if import.logs.iter().any(same) {
                import.skipped += 1;
            } else {
                import.unlinked += usize::from(unlinked);
                import.logs.push(log);
            }
        }
    }
}

/// Where each row of the sheet starts, for the row numbers a spreadsheet shows: a line break
/// inside a quoted cell stays in its row, and an empty line is a row of its own.
struct RowStarts<'a> {
    text: &'a [u8],
    starts: Vec<usize>,
}

impl RowStarts<'_> {
    fn of(text: &str) -> RowStarts<'_> {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let (mut quoted, mut at) = (false, 0);
        while at < bytes.len() {
            match bytes[at] {
                b'"' => quoted = !quoted,
                b'\r' if !quoted && bytes.get(at + 1) == Some(&b'\n') => {
                    at += 1;
                    starts.push(at + 1);
                }
                b'\r' | b'\n' if !quoted => starts.push(at + 1),
                _ => {}
            }
            at += 1;
        }
        RowStarts { text: bytes, starts }
    }

    /// The row (1 is the header) of a record the reader says begins at `byte`. The reader may
    /// place it on a line break before the record, so breaks are passed over first.
    fn row_at(&self, byte: u64) -> u64 {
        let mut at = usize::try_from(byte).unwrap_or(usize::MAX).min(self.text.len());
        while matches!(self.text.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        self.starts.partition_point(|&start| start <= at) as u64
    }
}

/// Where each column the import reads sits in the header.
struct Columns {
    form: Option<usize>,
    provider: Option<usize>,
    name: Option<usize>,
    jp: usize,
    certificate: Option<usize>,
    start: Option<usize>,
    end: Option<usize>,
    date: Option<usize>,
    training: Option<usize>,
    in_siasn: Option<usize>,
    certificate_file: Option<usize>,
    /// Some column has SIASN's name or heading: the rows come from SIASN.
    siasn: bool,
}

/// SIASN's field names and the headings people type for them (case, spaces and punctuation
/// ignored, so `namaKursus` and `Nama Kursus` are one), by the column they fill.
const SIASN_NAMES: [(&str, &[&str]); 8] = [
    ("name", &["namaKursus", "Nama Diklat"]),
    ("jp", &["jumlahJam"]),
    ("form", &["jenisDiklatId", "Jenis Diklat"]),
    ("provider", &["institusiPenyelenggara"]),
    ("certificate", &["nomorSertipikat", "Nomor Sertifikat", "No Sertifikat"]),
    ("start", &["tanggalKursus", "Tanggal Mulai"]),
    ("end", &["tanggalSelesaiKursus", "Tanggal Selesai"]),
    ("year", &["tahunKursus"]),
];

impl Columns {
    fn find(header: &csv::StringRecord) -> Result<Columns, Vec<RowProblem>> {
        let fold = |text: &str| -> String {
            text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
        };
        let headings: Vec<String> = header.iter().map(fold).collect();
        let from_siasn = |column: &str| {
            SIASN_NAMES
                .iter()
                .filter(|(c, _)| *c == column)
                .flat_map(|(_, names)| names.iter())
                .find_map(|name| headings.iter().position(|h| *h == fold(name)))
        };
        let at =
            |column: &str| headings.iter().position(|h| *h == fold(column)).or_else(|| from_siasn(column));
        let missing = |column| vec![RowProblem { line: 1, issue: RowIssue::MissingColumn(column) }];
        let columns = Columns {
            form: at("form"),
            provider: at("provider"),
            name: at("name"),
            jp: at("jp").ok_or_else(|| missing("jp"))?,
            certificate: at("certificate"),
            start: at("start"),
            end: at("end"),
            date: at("date"),
            training: at("training"),
            in_siasn: at("in_siasn"),
            certificate_file: at("certificate_file"),
            siasn: SIASN_NAMES.iter().any(|(column, _)| from_siasn(column).is_some()),
        };
        if columns.date.or(columns.end).or(columns.start).is_none() {
            return Err(missing("date"));
        }
        if columns.name.or(columns.training).is_none() {
            return Err(missing("name"));
        }
        Ok(columns)
    }
}

struct Row<'a> {
    record: &'a csv::StringRecord,
    columns: &'a Columns,
}

impl<'a> Row<'a> {
    fn get(&self, column: Option<usize>) -> &'a str {
        column.and_then(|c| self.record.get(c)).map_or("", |cell| csv_value(cell.trim()))
    }

    /// The entry, and whether it named a training the file does not have.
    fn to_log(&self, plan: &Plan, catalog: &Catalog, today: NaiveDate) -> Result<(Log, bool), Vec<RowIssue>> {
        let c = self.columns;
        let mut issues = Vec::new();
        // A sheet kept by hand may only have SIASN's start and end; the end is the day it was earned.
        let (date_field, date_text) = [("date", c.date), ("end", c.end), ("start", c.start)]
            .into_iter()
            .map(|(field, column)| (field, self.get(column)))
            .find(|(_, text)| !text.is_empty())
            .unwrap_or(("date", ""));
        let date = parse_date(date_text, today)
            .map_err(|e| issues.push(RowIssue::Field(date_field, ProblemKind::Date(e))))
            .ok();
        let jp = Jp::parse(self.get(Some(c.jp)))
            .map_err(ProblemKind::Jp)
            .and_then(entry_jp)
            .map_err(|kind| issues.push(RowIssue::Field("jp", kind)))
            .ok();
        // A row from SIASN is in SIASN, unless its own column says otherwise.
        let in_siasn = Some(self.get(c.in_siasn))
            .filter(|text| !(c.siasn && text.is_empty()))
            .map_or(Some(true), parse_bool)
            .ok_or_else(|| {
                issues.push(RowIssue::Field("in_siasn", ProblemKind::NotOneOf(&["true", "false"])))
            })
            .ok();

        let training_id = self.get(c.training);
        let training = plan.training(training_id);
        let name = self.get(c.name);
        if training.is_none() && name.is_empty() {
            issues.push(RowIssue::Field("name", ProblemKind::NoTitleOrTraining));
        }
        // An entry of its own keeps its first day; an entry of a training has the course's dates
        // in `start`, which are not its own.
        let own_start = match (training_id, date) {
            ("", Some(date)) => parse_date(self.get(c.start), today).ok().filter(|start| *start < date),
            _ => None,
        };
        let form = match self.get(c.form) {
            "" => None,
            text => Some(form_key(catalog, text)),
        };
        let (Some(date), Some(jp), Some(in_siasn)) = (date, jp, in_siasn) else {
            return Err(issues);
        };
        if !issues.is_empty() {
            return Err(issues);
        }
        // What the training already says is left to the training, as `tumbuh log` does.
        let title = match training {
            Some(t) if t.title == name => String::new(),
            _ => name.to_string(),
        };
        let form = form.filter(|f| training.is_none_or(|t| t.form.as_ref() != Some(f)));
        let log = Log {
            id: String::new(),
            date,
            start: own_start,
            jp,
            training: training.map(|t| t.id.clone()),
            title,
            form,
            provider: self.get(c.provider).to_string(),
            certificate: self.get(c.certificate).to_string(),
            certificate_file: self.get(c.certificate_file).to_string(),
            in_siasn,
            international: false,
            extra: UnknownKeys::new(),
        };
        Ok((log, training.is_none() && !training_id.is_empty()))
    }
}

/// `true`/`false` as written by the export, and what people type in a sheet.
fn parse_bool(text: &str) -> Option<bool> {
    match text.to_lowercase().as_str() {
        "" | "false" | "no" | "tidak" | "belum" | "0" => Some(false),
        "true" | "yes" | "ya" | "sudah" | "1" => Some(true),
        _ => None,
    }
}

/// A catalog key as written, the key of a label in either language, or the form of SIASN's
/// course type (`jenisDiklatId` or its name); other text is kept.
fn form_key(catalog: &Catalog, text: &str) -> String {
    catalog
        .find(text)
        .or_else(|| catalog.find_by_jenis_diklat(text))
        .map_or_else(|| text.to_string(), |form| form.key.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
    }

    #[test]
    fn reads_a_hand_kept_sheet_with_semicolons_and_labels() {
        let text = "\u{feff}Name;JP;Form;End;In_SIASN\nWebinar Satu Data;2,5;Seminar / konferensi / sarasehan;12/5/2026;ya\n";
        let import = read(text, &Plan::default(), today()).unwrap();
        let log = &import.logs[0];
        assert_eq!(
            (log.title.as_str(), log.jp, log.in_siasn),
            ("Webinar Satu Data", Jp::parse("2.5").unwrap(), true)
        );
        assert_eq!((log.form.as_deref(), log.date.to_string()), (Some("seminar"), "2026-05-12".to_string()));
    }

    #[test]
    fn every_bad_field_is_named_with_its_line() {
        let text = "name,jp,date\nA,0,2026-01-01\n,2,2026-02-30\nB,1,2026-01-02\n";
        let problems = read(text, &Plan::default(), today()).unwrap_err();
        let found: Vec<(u64, RowIssue)> = problems.into_iter().map(|p| (p.line, p.issue)).collect();
        assert_eq!(
            found,
            [
                (2, RowIssue::Field("jp", ProblemKind::JpNotPositive)),
                (3, RowIssue::Field("date", ProblemKind::Date(crate::model::DateError::NoSuchDay))),
                (3, RowIssue::Field("name", ProblemKind::NoTitleOrTraining)),
            ]
        );
        let missing = read("name,date\n", &Plan::default(), today()).unwrap_err();
        assert_eq!(missing[0].issue, RowIssue::MissingColumn("jp"));
    }

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        // A header, a record with a break inside a quoted cell, an empty line, two records.
        let text = "a,b\r\n1,\"x\r\ny\"\r\n\r\n2,z\n3,w";
        let rows = RowStarts::of(text);
        // The reader places a record on the break before it or on its first byte.
        let found: Vec<u64> = [0, 4, 5, 14, 17, 20, 21].into_iter().map(|byte| rows.row_at(byte)).collect();
        assert_eq!(found, [1, 2, 2, 4, 4, 5, 5]);
    }

    #[test]
    fn siasn_names_and_headings_mark_the_rows_as_in_siasn() {
        let plan = Plan::default();
        let import =
            read("Nama Kursus;Jumlah Jam;Tanggal Selesai\nKursus;2;05-03-2026\n", &plan, today()).unwrap();
        assert!(import.siasn && import.logs[0].in_siasn);
        assert_eq!(import.logs[0].date.to_string(), "2026-03-05");
        let own = read("name,jp,date\nKursus,2,05-03-2026\n", &plan, today()).unwrap();
        assert!(!own.siasn && !own.logs[0].in_siasn, "a sheet of our own columns says nothing of SIASN");
        let said = read(
            "namaKursus,jumlahJam,tanggalSelesaiKursus,in_siasn\nKursus,2,05-03-2026,false\n",
            &plan,
            today(),
        );
        assert!(!said.unwrap().logs[0].in_siasn, "its own column wins");
    }
}
