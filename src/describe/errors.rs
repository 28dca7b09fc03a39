//! What went wrong, in words, in the chosen language: a value's problem, a file's, a flag's, a
//! refused change. Used by the commands and the screen.

use super::domain::place;
use crate::i18n::{Lang, Msg};
use crate::model::{DateError, Expected, JpError, Kind, Place, Problem, ProblemKind};
use crate::ops::OpError;
use crate::printable::printable;
use crate::store::{
    DecodeError, FileProblem, LineCol, PathError, READ_CAP, Refusal, StoreError, SyntaxKind, Typo,
};

/// What is wrong with a value, without saying which value.
pub fn problem_kind(kind: &ProblemKind, lang: Lang) -> String {
    match kind {
        ProblemKind::Missing => lang.t(Msg::ProblemMissing).into(),
        ProblemKind::Empty => lang.t(Msg::ProblemEmpty).into(),
        ProblemKind::WrongType { expected, found } => {
            let found = toml_type(found)
                .map_or_else(|| format!("\"{}\"", printable(found)), |t| lang.t(t).to_string());
            tr!(lang, Msg::ProblemWrongType, expected = lang.t(type_name(*expected)), found = found)
        }
        ProblemKind::Jp(error) => jp_error(*error, lang).into(),
        ProblemKind::JpNotPositive => lang.t(Msg::ProblemJpNotPositive).into(),
        ProblemKind::JpNegative => lang.t(Msg::ProblemJpNegative).into(),
        ProblemKind::JpTooLarge => lang.t(Msg::ProblemJpTooLarge).into(),
        ProblemKind::Date(error) => date_error(error, lang).into(),
        ProblemKind::NotOneOf(allowed) => tr!(lang, Msg::ProblemNotOneOf, allowed = allowed.join(", ")),
        ProblemKind::OutOfRange { min, max } => tr!(lang, Msg::ProblemOutOfRange, min = min, max = max),
        ProblemKind::EndBeforeStart => lang.t(Msg::ProblemEndBeforeStart).into(),
        ProblemKind::StartOutsideYear(year) => tr!(lang, Msg::ProblemStartOutsideYear, year = year),
        ProblemKind::UnknownTraining(id) => tr!(lang, Msg::ProblemUnknownTraining, id = printable(id)),
        ProblemKind::UnknownLog(id) => tr!(lang, Msg::ProblemUnknownLog, id = printable(id)),
        ProblemKind::DuplicateId(id) => tr!(lang, Msg::ProblemDuplicateId, id = printable(id)),
        ProblemKind::BadId => lang.t(Msg::ProblemBadId).into(),
        ProblemKind::NoTitleOrTraining => lang.t(Msg::ProblemNoTitleOrTraining).into(),
        ProblemKind::TooLargeToKeep => lang.t(Msg::ProblemTooLargeToKeep).into(),
        ProblemKind::SchemaTooNew(schema) => {
            tr!(lang, Msg::ProblemSchemaTooNew, schema = schema, known = crate::model::SCHEMA)
        }
    }
}

pub fn jp_error(error: JpError, lang: Lang) -> &'static str {
    lang.t(match error {
        JpError::Empty => Msg::ProblemEmpty,
        JpError::NotANumber => Msg::ProblemJpNotANumber,
        JpError::TooManyDecimals => Msg::ProblemJpDecimals,
        JpError::NotFinite => Msg::ProblemJpNotFinite,
        JpError::OutOfRange => Msg::ProblemJpOutOfRange,
    })
}

pub fn date_error(error: &DateError, lang: Lang) -> &'static str {
    lang.t(match error {
        DateError::Empty => Msg::ProblemEmpty,
        DateError::Unreadable => Msg::ProblemDateUnreadable,
        DateError::NoSuchDay => Msg::ProblemDateNoSuchDay,
    })
}

fn type_name(expected: Expected) -> Msg {
    match expected {
        Expected::Text => Msg::TypeText,
        Expected::Number => Msg::TypeNumber,
        Expected::WholeNumber => Msg::TypeWholeNumber,
        Expected::Date => Msg::TypeDate,
        Expected::Bool => Msg::TypeBool,
        Expected::Table => Msg::TypeTable,
        Expected::List => Msg::TypeList,
    }
}

/// TOML's own type names, as the parser reports what it found.
fn toml_type(found: &str) -> Option<Msg> {
    Some(match found {
        "string" => Msg::TypeText,
        "integer" => Msg::TypeWholeNumber,
        "float" => Msg::TypeNumber,
        "boolean" => Msg::TypeBool,
        "datetime" => Msg::TypeDatetime,
        "array" => Msg::TypeList,
        "table" => Msg::TypeTable,
        _ => return None,
    })
}

/// `pelatihan t3, planned_jp: harus lebih dari 0`.
pub fn problem(problem: &Problem, lang: Lang) -> String {
    tr!(
        lang,
        Msg::ProblemAt,
        place = place(&problem.place, lang),
        field = problem.field,
        problem = problem_kind(&problem.kind, lang)
    )
}

/// `baris 12, kolom 7: pelatihan t3, planned_jp: …`; a missing key also names the key that
/// most likely misspells it.
pub fn file_problem(found: &FileProblem, lang: Lang) -> String {
    let mut said = problem(&found.problem, lang);
    if let Some(typo) = &found.typo {
        said = tr!(
            lang,
            Msg::MissingTypo,
            problem = said,
            at = line_column(typo.at.line, typo.at.column, lang),
            written = printable(&typo.written),
            meant = typo.meant
        );
    }
    match found.at {
        Some(at) => format!("{}: {said}", line_column(at.line, at.column, lang)),
        None => said,
    }
}

/// `baris 37, kolom 1: pelatihan t3: `planed_jp` tidak dikenal — maksudnya `planned_jp`? …`.
pub fn typo(typo: &Typo, lang: Lang) -> String {
    tr!(
        lang,
        Msg::TypoKey,
        at = line_column(typo.at.line, typo.at.column, lang),
        place = place(&typo.place, lang),
        written = printable(&typo.written),
        meant = typo.meant
    )
}

/// The planner's status line for a file with misspelt keys: the first, and how many more.
pub fn typos_note(typos: &[Typo], lang: Lang) -> Option<String> {
    let first = typos.first()?;
    let mut note = format!("{}: {}", lang.t(Msg::WarningPrefix), typo(first, lang));
    if typos.len() > 1 {
        note.push(' ');
        note.push_str(&tr!(lang, Msg::TyposMore, count = typos.len() - 1));
    }
    Some(note)
}

/// What the TOML parser could not read, in the person's language; a mistake we cannot name
/// keeps the parser's own words, marked as such.
pub fn syntax(kind: SyntaxKind, detail: &str, lang: Lang) -> String {
    let msg = match kind {
        SyntaxKind::UnclosedString => Msg::SyntaxUnclosedString,
        SyntaxKind::ExpectedEquals => Msg::SyntaxExpectedEquals,
        SyntaxKind::MissingValue => Msg::SyntaxMissingValue,
        SyntaxKind::DuplicateKey => Msg::SyntaxDuplicateKey,
        SyntaxKind::InvalidDate => Msg::SyntaxInvalidDate,
        SyntaxKind::InvalidNumber => Msg::SyntaxInvalidNumber,
        SyntaxKind::UnquotedText => Msg::SyntaxUnquotedText,
        SyntaxKind::UnclosedHeader => Msg::SyntaxUnclosedHeader,
        SyntaxKind::UnclosedList => Msg::SyntaxUnclosedList,
        SyntaxKind::ExtraContent => Msg::SyntaxExtraContent,
        SyntaxKind::InvalidEscape => Msg::SyntaxInvalidEscape,
        SyntaxKind::ControlCharacter => Msg::SyntaxControlCharacter,
        SyntaxKind::Other => return tr!(lang, Msg::SyntaxParserSays, detail = printable(detail)),
    };
    lang.t(msg).to_string()
}

/// The line as written, with a caret under the column:
/// ```text
///    3 | name = "Sari
///      |             ^
/// ```
pub fn quoted_line(line: &str, at: LineCol) -> String {
    use unicode_width::UnicodeWidthStr;
    let shown = |text: &str| printable(&text.replace('\t', " ")).into_owned();
    let before: String = line.chars().take(at.column.saturating_sub(1)).collect();
    let number = at.line.to_string();
    let pad = " ".repeat(number.len());
    let caret = " ".repeat(shown(&before).width());
    format!("  {number} | {}\n  {pad} | {caret}^", shown(line))
}

pub fn line_column(line: usize, column: usize, lang: Lang) -> String {
    tr!(lang, Msg::AtLineColumn, line = line, column = column)
}

/// A problem with a command-line flag or an environment variable: `--jp: harus lebih dari 0`.
pub fn flag_problem(flag: &str, kind: &ProblemKind, lang: Lang) -> String {
    tr!(lang, Msg::FlagProblem, flag = flag, problem = problem_kind(kind, lang))
}

/// The whole error, one line per problem.
pub fn store_error(error: &StoreError, lang: Lang) -> String {
    match error {
        StoreError::Read { path, error } => {
            tr!(lang, Msg::ErrRead, path = path.display(), error = error)
        }
        StoreError::Write { path, error } => {
            tr!(lang, Msg::ErrWrite, path = path.display(), error = error)
        }
        StoreError::Lock { path, error } => tr!(lang, Msg::ErrLock, path = path.display(), error = error),
        StoreError::Backup { path, error } => tr!(lang, Msg::ErrBackup, path = path.display(), error = error),
        StoreError::PathRefused { path, why } => refusal(path, why, lang),
        StoreError::Decode { path, error: DecodeError::Syntax { at, detail, kind, .. } } => tr!(
            lang,
            Msg::ErrSyntax,
            path = path.display(),
            at = line_column(at.line, at.column, lang),
            detail = syntax(*kind, detail, lang)
        ),
        StoreError::Decode { path, error: DecodeError::NotText { at } } => {
            tr!(lang, Msg::ErrNotText, path = path.display(), at = line_column(at.line, at.column, lang))
        }
        StoreError::Decode { path, error: DecodeError::Invalid(problems) } => {
            let mut text = tr!(lang, Msg::ErrInvalid, path = path.display());
            for found in problems {
                text.push_str("\n  ");
                text.push_str(&file_problem(found, lang));
            }
            text
        }
        StoreError::NewerSchema { path, schema } => {
            tr!(lang, Msg::ErrNewerSchema, path = path.display(), schema = schema)
        }
        StoreError::Refused(error) => op_error(error, lang),
        StoreError::Rejected(problems) => {
            let mut text = lang.t(Msg::ErrRejected).to_string();
            for found in problems {
                text.push_str("\n  ");
                text.push_str(&problem(found, lang));
            }
            text
        }
    }
}

/// `store_error`, and for a syntax error the line as written with a caret under the place, for
/// a terminal that shows lines as they are (the command line).
pub fn store_error_with_line(error: &StoreError, lang: Lang) -> String {
    let said = store_error(error, lang);
    match error {
        StoreError::Decode { error: DecodeError::Syntax { at, line, .. }, .. } => {
            format!("{said}\n{}", quoted_line(line, *at))
        }
        _ => said,
    }
}

/// Why a path is not used, naming it: a link, a dangling link, not a regular file, too large.
pub fn refusal(path: &std::path::Path, why: &Refusal, lang: Lang) -> String {
    let path = printable(&path.display().to_string()).into_owned();
    match why {
        Refusal::Link => tr!(lang, Msg::RefusedLink, path = path),
        Refusal::Dangling => tr!(lang, Msg::RefusedDangling, path = path),
        Refusal::NotAFolder => tr!(lang, Msg::RefusedNotAFolder, path = path),
        Refusal::NotRegular(kind) => {
            let kind = lang.t(match *kind {
                "folder" => Msg::KindFolder,
                "fifo" => Msg::KindFifo,
                "device" => Msg::KindDevice,
                "socket" => Msg::KindSocket,
                _ => Msg::KindOther,
            });
            tr!(lang, Msg::RefusedNotRegular, path = path, kind = kind)
        }
        Refusal::TooLarge(size) => {
            let mib = |bytes: u64| bytes.div_ceil(1024 * 1024);
            tr!(lang, Msg::RefusedTooLarge, path = path, size = mib(*size), cap = mib(READ_CAP))
        }
    }
}

/// A path refused or not readable, as `import` says it.
pub fn path_error(error: &PathError, lang: Lang) -> String {
    match error {
        PathError::Refused(path, why) => refusal(path, why, lang),
        PathError::Io(path, error) => tr!(lang, Msg::ErrRead, path = path.display(), error = error),
    }
}

/// `tidak ada pelatihan dengan ID t9`, or what still points at a record being deleted.
pub fn op_error(error: &OpError, lang: Lang) -> String {
    match error {
        OpError::NotFound { kind, id } => match kind {
            Kind::Training => tr!(lang, Msg::ProblemUnknownTraining, id = printable(id)),
            Kind::Log => tr!(lang, Msg::ProblemUnknownLog, id = printable(id)),
            Kind::Reflection => tr!(lang, Msg::ProblemUnknownReflection, id = printable(id)),
        },
        OpError::Conflict { place: changed_place, fields } => {
            let fields: Vec<String> =
                fields.iter().map(|(key, value)| format!("{key} (\"{}\")", printable(value))).collect();
            tr!(lang, Msg::OpConflict, place = self::place(changed_place, lang), fields = fields.join(", "))
        }
        OpError::Linked { place: linked_place, logs, reflections } => tr!(
            lang,
            Msg::OpLinked,
            place = self::place(linked_place, lang),
            items = items(logs, reflections, lang)
        ),
    }
}

/// `catatan JP l2, refleksi r2`: log entries and reflections by ID.
pub fn items<S: AsRef<str>>(logs: &[S], reflections: &[S], lang: Lang) -> String {
    let named = |id: &S, log: bool| {
        let id = id.as_ref().to_string();
        let place = if log { Place::Log { index: 0, id } } else { Place::Reflection { index: 0, id } };
        self::place(&place, lang)
    };
    let logs = logs.iter().map(|id| named(id, true));
    let reflections = reflections.iter().map(|id| named(id, false));
    logs.chain(reflections).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_reads_as_a_sentence_in_both_languages() {
        let found = Problem::new(
            Place::Training { index: 2, id: "t3".into() },
            "planned_jp",
            ProblemKind::JpNotPositive,
        );
        assert_eq!(problem(&found, Lang::Id), "pelatihan t3, planned_jp: harus lebih dari 0");
        assert_eq!(problem(&found, Lang::En), "training t3, planned_jp: must be more than 0");
        let unnamed = Problem::new(
            Place::Log { index: 4, id: String::new() },
            "jp",
            ProblemKind::WrongType { expected: Expected::Number, found: "string".into() },
        );
        assert_eq!(problem(&unnamed, Lang::Id), "catatan JP ke-5, jp: harus berupa angka, bukan teks");
        assert_eq!(problem(&unnamed, Lang::En), "log entry #5, jp: must be a number, not text");
    }
}
