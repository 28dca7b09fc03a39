//! `tumbuh import FILE.csv`: log entries from a spreadsheet, all rows or none.

use std::path::PathBuf;

use clap::Args;

use super::{Environment, Failure, Globals, Output, Session};
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::Jp;
use crate::ops;
use crate::progress::summarize;
use crate::report::csv::{COLUMNS, RowIssue, RowProblem, read};
use crate::report::status_short;

/// Log entries from a CSV with the columns `export --format csv` writes, or with SIASN's own
/// field names or headings; all rows or none
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The CSV file (UTF-8; comma or semicolon separated)
    #[arg(value_name = "FILE.csv")]
    pub csv: PathBuf,
}

pub fn import(globals: &Globals, env: &Environment, args: &ImportArgs) -> Result<Output, Failure> {
    let mut session = Session::open(globals, env)?;
    let path = args.csv.as_path();
    let lang = session.lang;
    // Only a regular file, up to a size; a FIFO or a device is refused at once.
    let bytes = crate::store::read_regular(path)
        .map_err(|error| Failure::new(describe::errors::path_error(&error, lang), lang))?
        .ok_or_else(|| {
            let error = std::io::Error::from(std::io::ErrorKind::NotFound);
            Failure::new(tr!(lang, Msg::ErrRead, path = path.display(), error = error), lang)
        })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let error = std::io::Error::new(std::io::ErrorKind::InvalidData, e);
        Failure::new(tr!(lang, Msg::ErrRead, path = path.display(), error = error), lang)
    })?;
    let import = read(&text, session.plan(), session.today).map_err(|problems| {
        let mut message = tr!(lang, Msg::ImportBadRows, file = path.display(), n = rows(&problems));
        for problem in &problems {
            message.push_str("\n  ");
            message.push_str(&row_problem(problem, lang));
        }
        Failure::new(message, lang)
    })?;

    let mut stdout = String::new();
    if import.siasn {
        let (added, matched, skipped) = (import.logs.len(), import.matched.len(), import.skipped);
        stdout.push_str(&tr!(
            lang,
            Msg::ImportSiasnSummary,
            added = added,
            matched = matched,
            skipped = skipped
        ));
        stdout.push('\n');
    } else if import.skipped > 0 {
        stdout.push_str(&tr!(lang, Msg::ImportSkipped, n = import.skipped));
        stdout.push('\n');
    }
    if import.logs.is_empty() && import.matched.is_empty() {
        stdout.push_str(lang.t(Msg::ImportNothing));
        stdout.push('\n');
        return Ok(Output { stdout, stderr: String::new() });
    }
    let (count, total): (usize, Jp) = (import.logs.len(), import.logs.iter().map(|l| l.jp).sum());
    let matched = import.matched;
    let ids = session
        .store
        .apply(|plan| {
            let ids: Vec<String> = import.logs.into_iter().map(|log| ops::add_log(plan, log)).collect();
            for course in &matched {
                ops::mark_in_siasn(plan, course)?;
            }
            Ok(ids)
        })
        .map_err(|error| Failure::store(&error, lang))?;
    let span = match ids.as_slice() {
        [only] => only.clone(),
        [first, .., last] => format!("{first}–{last}"),
        [] => String::new(),
    };
    if count > 0 {
        stdout.insert_str(
            0,
            &(tr!(lang, Msg::Imported, n = count, ids = span, jp = total.format(lang)) + "\n"),
        );
    }
    let summary = summarize(session.plan(), &session.catalog(), session.year, session.today);
    stdout.push_str(&status_short(&summary, lang));
    stdout.push('\n');
    let stderr = if import.unlinked > 0 {
        format!("{}: {}\n", lang.t(Msg::WarningPrefix), tr!(lang, Msg::ImportUnlinked, n = import.unlinked))
    } else {
        String::new()
    };
    Ok(Output { stdout, stderr })
}

/// How many distinct rows have problems.
fn rows(problems: &[RowProblem]) -> usize {
    let mut lines: Vec<u64> = problems.iter().map(|p| p.line).collect();
    lines.dedup();
    lines.len()
}

/// `baris 3, jp: harus lebih dari 0`.
fn row_problem(problem: &RowProblem, lang: Lang) -> String {
    let line = problem.line;
    match &problem.issue {
        RowIssue::Field(field, kind) => tr!(
            lang,
            Msg::ImportRowProblem,
            line = line,
            field = field,
            problem = describe::errors::problem_kind(kind, lang)
        ),
        RowIssue::MissingColumn(column) => {
            let text = tr!(lang, Msg::ImportMissingColumn, column = column, known = COLUMNS.join(", "));
            tr!(lang, Msg::ImportUnreadable, line = line, detail = text)
        }
        RowIssue::Unreadable(detail) => tr!(lang, Msg::ImportUnreadable, line = line, detail = detail),
    }
}
