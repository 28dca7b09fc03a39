//! `export --format json --share`: what a member shares with their unit, and reading it back for
//! `tumbuh team` (docs/team.md). A shared year holds the profile's name, NIP, unit and type, the
//! year's figures, the year's plan and log (without certificate files), and only when asked the
//! one change of each reflection. Its shape is versioned by `format` and `version`.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::YearRecords;
use super::json::{Figures, pretty};
use crate::model::{
    Applied, Competency, EmployeeType, Jp, Log, Plan, Problem, Reflection, Status, Training, UnknownKeys,
    YearSettings, validate,
};
use crate::progress::Summary;

/// What `format` says in every shared year.
pub const SHARE_FORMAT: &str = "tumbuh-share";
/// The version of the shape; raised when a key changes meaning or goes away (a reader refuses a
/// newer one rather than misread it). New keys may be added without raising it.
pub const SHARE_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedProfile {
    pub name: String,
    pub nip: String,
    pub unit: String,
    /// `pns` or `pppk`.
    pub employee_type: String,
}

/// A training of the year, as a unit needs it: no provider, no unknown keys.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedTraining {
    pub id: String,
    pub title: String,
    pub form: Option<String>,
    pub competency: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub planned_jp: Jp,
    pub status: String,
    pub why: String,
}

/// A log entry, without its certificate file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedLog {
    pub id: String,
    pub date: NaiveDate,
    pub start: Option<NaiveDate>,
    pub jp: Jp,
    pub training: Option<String>,
    pub title: String,
    /// The entry's own form; null when it takes its training's.
    pub form: Option<String>,
    pub provider: String,
    pub certificate: String,
    pub in_siasn: bool,
    pub international: bool,
}

/// A reflection's one change, and nothing else of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedReflection {
    pub id: String,
    pub training: Option<String>,
    pub log: Option<String>,
    pub date: NaiveDate,
    pub changed: String,
}

/// One member's shared year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedYear {
    /// Always `tumbuh-share`.
    pub format: String,
    pub version: u32,
    pub year: i32,
    /// The day the figures were worked out; `tumbuh team` works them out again for its own day.
    pub as_of: NaiveDate,
    pub profile: SharedProfile,
    pub figures: Figures,
    /// The trainings of the year.
    pub trainings: Vec<SharedTraining>,
    /// The entries dated in the year, then those of the year's trainings dated in another year
    /// (they count against what the training still brings).
    pub logs: Vec<SharedLog>,
    /// Only with `--with-reflections`: the year's reflections, each with its one change. Absent
    /// (not empty) when they were not shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reflections: Option<Vec<SharedReflection>>,
}

impl SharedYear {
    pub fn of(plan: &Plan, summary: &Summary, today: NaiveDate, with_reflections: bool) -> SharedYear {
        let year = summary.year;
        let records = YearRecords::of(plan, year);
        let of_year: std::collections::HashSet<&str> =
            records.trainings.iter().map(|t| t.id.as_str()).collect();
        let mut logs = records.logs.clone();
        let mut earlier_or_later: Vec<&Log> = plan
            .logs
            .iter()
            .filter(|l| l.date.year() != year && l.training.as_deref().is_some_and(|t| of_year.contains(t)))
            .collect();
        earlier_or_later.sort_by_key(|l| l.date);
        logs.extend(earlier_or_later);
        let profile = &plan.profile;
        SharedYear {
            format: SHARE_FORMAT.to_string(),
            version: SHARE_VERSION,
            year,
            as_of: today,
            profile: SharedProfile {
                name: profile.name.clone(),
                nip: profile.nip.clone(),
                unit: profile.unit.clone(),
                employee_type: profile.employee_type.key().to_string(),
            },
            figures: Figures::of(summary),
            trainings: records
                .trainings
                .iter()
                .map(|t| SharedTraining {
                    id: t.id.clone(),
                    title: t.title.clone(),
                    form: t.form.clone(),
                    competency: t.competency.map(|c| c.key().to_string()),
                    start: t.start,
                    end: t.end,
                    planned_jp: t.planned_jp,
                    status: t.status.key().to_string(),
                    why: t.why.clone(),
                })
                .collect(),
            logs: logs
                .iter()
                .map(|l| SharedLog {
                    id: l.id.clone(),
                    date: l.date,
                    start: l.start,
                    jp: l.jp,
                    training: l.training.clone(),
                    title: l.title.clone(),
                    form: l.form.clone(),
                    provider: l.provider.clone(),
                    certificate: l.certificate.clone(),
                    in_siasn: l.in_siasn,
                    international: l.international,
                })
                .collect(),
            reflections: with_reflections.then(|| {
                records
                    .reflections
                    .iter()
                    .map(|r| SharedReflection {
                        id: r.id.clone(),
                        training: r.training.clone(),
                        log: r.log.clone(),
                        date: r.date,
                        changed: r.changed.clone(),
                    })
                    .collect()
            }),
        }
    }

    /// The plan the shared year stands for: enough of one for `progress::summarize` to give the
    /// year's figures again on another day, and for the planner to show the year read-only.
    pub fn plan(&self) -> Result<Plan, ShareError> {
        fn key<T>(field: &'static str, value: &str, from: fn(&str) -> Option<T>) -> Result<T, ShareError> {
            from(value).ok_or_else(|| ShareError::UnknownKey { field, value: value.to_string() })
        }
        let mut plan = Plan::default();
        plan.profile.name = self.profile.name.clone();
        plan.profile.nip = self.profile.nip.clone();
        plan.profile.unit = self.profile.unit.clone();
        plan.profile.employee_type =
            key("employee_type", &self.profile.employee_type, EmployeeType::from_key)?;
        plan.profile.target_jp = self.figures.target_jp;
        plan.years.insert(
            self.year,
            YearSettings {
                target_jp: Some(self.figures.target_jp),
                ceiling_jp: self.figures.ceiling_jp,
                extra: UnknownKeys::new(),
            },
        );
        for t in &self.trainings {
            plan.trainings.push(Training {
                id: t.id.clone(),
                year: self.year,
                title: t.title.clone(),
                provider: String::new(),
                form: t.form.clone(),
                competency: t
                    .competency
                    .as_deref()
                    .map(|c| key("competency", c, Competency::from_key))
                    .transpose()?,
                start: t.start,
                end: t.end,
                planned_jp: t.planned_jp,
                status: key("status", &t.status, Status::from_key)?,
                why: t.why.clone(),
                extra: UnknownKeys::new(),
            });
        }
        for l in &self.logs {
            plan.logs.push(Log {
                id: l.id.clone(),
                start: l.start,
                training: l.training.clone(),
                form: l.form.clone(),
                provider: l.provider.clone(),
                certificate: l.certificate.clone(),
                in_siasn: l.in_siasn,
                international: l.international,
                ..Log::new(l.date, l.jp, l.title.clone())
            });
        }
        for r in self.reflections.iter().flatten() {
            plan.reflections.push(Reflection {
                id: r.id.clone(),
                training: r.training.clone(),
                log: r.log.clone(),
                applied: Applied::Unknown,
                ..Reflection::new(r.date, r.changed.clone())
            });
        }
        let problems = validate(&plan);
        if problems.is_empty() { Ok(plan) } else { Err(ShareError::Invalid(problems)) }
    }
}

/// Why a file is not a shared year this program can read.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// Not JSON, or not in the shape of a shared year: the reader's words.
    Json(String),
    /// JSON, but not a shared year (a whole year's `export --format json`, another program's).
    NotShared,
    /// Shared by a newer tumbuh, in a shape this one does not know.
    Newer(u32),
    /// A value that is none of its keys.
    UnknownKey { field: &'static str, value: String },
    /// The records do not make a valid plan.
    Invalid(Vec<Problem>),
}

/// `export --format json --share`.
pub fn export(plan: &Plan, summary: &Summary, today: NaiveDate, with_reflections: bool) -> String {
    pretty(&SharedYear::of(plan, summary, today, with_reflections))
}

/// Reads a shared year.
pub fn read(bytes: &[u8]) -> Result<SharedYear, ShareError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| ShareError::Json(e.to_string()))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(SHARE_FORMAT) {
        return Err(ShareError::NotShared);
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(SHARE_VERSION) {
        return Err(ShareError::Newer(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    serde_json::from_value(value).map_err(|e| ShareError::Json(e.to_string()))
}

/// Whether bytes look like JSON rather than a TOML data file: the first character that is not a
/// space (after a byte-order mark) opens an object.
pub fn looks_like_json(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_files_are_told_apart() {
        assert!(matches!(read(b"{\"version\": 1}"), Err(ShareError::NotShared)));
        assert!(matches!(read(b"{\"format\": \"tumbuh-share\", \"version\": 9}"), Err(ShareError::Newer(9))));
        assert!(matches!(read(b"schema = 1"), Err(ShareError::Json(_))));
        assert!(looks_like_json(b"\xef\xbb\xbf \n {\"a\": 1}"));
        assert!(!looks_like_json(b"schema = 1\n"));
    }
}
