//! JSON: `status --json`, the lists' `--json`, and `export --format json`. Typed records, so a
//! reader can deserialize exactly what is written (the tests do). Keys follow the data file's.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Titles, YearRecords};
use crate::catalog::{Catalog, Group, Mix, Unit};
use crate::i18n::Lang;
use crate::model::{Jp, Log, Plan, Reflection, Training};
use crate::progress::{Summary, logged_by_training};

/// The version of the export's shape; raised when a key changes meaning or goes away.
pub const EXPORT_VERSION: u32 = 1;

/// Every figure of the progress math for one year: `status --json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    pub year: i32,
    pub target_jp: Jp,
    pub done_jp: Jp,
    pub gap_jp: Jp,
    pub remaining_plan_jp: Jp,
    pub projected_jp: Jp,
    pub expected_jp: Jp,
    pub pace_delta_jp: Jp,
    pub days_left: i64,
    /// `achieved`, `on_plan`, `at_risk` or (a year that has ended) `not_achieved`.
    pub state: String,
    pub ceiling_jp: Option<Jp>,
    pub over_ceiling_jp: Jp,
    /// The PPPK contract year the ceiling is checked over, when a contract start is known.
    pub ceiling_from: Option<NaiveDate>,
    pub ceiling_to: Option<NaiveDate>,
    pub trainings_planned: usize,
    pub trainings_overdue: usize,
    pub overdue_plan_jp: Jp,
    pub trainings_done: usize,
    pub siasn_jp: Jp,
    /// At risk: the gap the plan leaves, over the working days left; otherwise null.
    pub needed_per_workday_jp: Option<Jp>,
    pub workdays_left: i64,
    pub done_without_reflection: usize,
    pub follow_ups_due: usize,
    pub logs_without_certificate: usize,
    pub logs_not_in_siasn: usize,
    pub trainings_without_why: usize,
    pub days_over_cap: usize,
    pub months_over_cap: usize,
}

impl Figures {
    pub fn of(summary: &Summary) -> Figures {
        let todos = &summary.todos;
        Figures {
            year: summary.year,
            target_jp: summary.target,
            done_jp: summary.done,
            gap_jp: summary.gap,
            remaining_plan_jp: summary.remaining_plan,
            projected_jp: summary.projected,
            expected_jp: summary.expected,
            pace_delta_jp: summary.pace_delta,
            days_left: summary.days_left,
            state: summary.state.key().to_string(),
            ceiling_jp: summary.ceiling.map(|c| c.ceiling),
            over_ceiling_jp: summary.over_ceiling(),
            ceiling_from: summary.ceiling.and_then(|c| c.window).map(|(first, _)| first),
            ceiling_to: summary.ceiling.and_then(|c| c.window).map(|(_, last)| last),
            trainings_planned: summary.trainings_planned,
            trainings_overdue: summary.trainings_overdue,
            overdue_plan_jp: summary.overdue_plan,
            trainings_done: summary.trainings_done,
            siasn_jp: summary.siasn,
            needed_per_workday_jp: summary.needed_per_workday,
            workdays_left: summary.workdays_left,
            done_without_reflection: todos.done_without_reflection.len(),
            follow_ups_due: todos.follow_ups_due.len(),
            logs_without_certificate: todos.logs_without_certificate.len(),
            logs_not_in_siasn: todos.logs_not_in_siasn.len(),
            trainings_without_why: todos.trainings_without_why.len(),
            days_over_cap: todos.days_over_cap.len(),
            months_over_cap: todos.months_over_cap.len(),
        }
    }
}

/// `status --json`: one object with every figure of the progress math.
pub fn status_json(summary: &Summary) -> Value {
    serde_json::to_value(Figures::of(summary)).expect("plain data serializes")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainingRecord {
    pub id: String,
    pub year: i32,
    pub title: String,
    pub provider: String,
    pub form: Option<String>,
    pub competency: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub planned_jp: Jp,
    /// JP logged against it so far, whatever the entries' year.
    pub logged_jp: Jp,
    pub status: String,
    pub why: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogRecord {
    pub id: String,
    pub date: NaiveDate,
    /// The first day of an entry that spans several days.
    pub start: Option<NaiveDate>,
    pub jp: Jp,
    pub training: Option<String>,
    pub title: String,
    /// The entry's form, else its training's.
    pub form: Option<String>,
    pub provider: String,
    pub certificate: String,
    pub certificate_file: String,
    pub in_siasn: bool,
    pub international: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReflectionRecord {
    pub id: String,
    pub training: Option<String>,
    pub log: Option<String>,
    pub date: NaiveDate,
    pub usefulness: Option<u8>,
    pub learned: String,
    pub changed: String,
    pub next_step: String,
    pub follow_up: Option<NaiveDate>,
    pub applied: String,
}

/// JP under one heading of a breakdown; `key` is null for entries without one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Share {
    pub key: Option<String>,
    pub jp: Jp,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthRecord {
    pub month: u32,
    pub done_jp: Jp,
    pub planned_jp: Jp,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayOverCapRecord {
    pub date: NaiveDate,
    pub form: String,
    pub jp: Jp,
    pub cap_jp: Jp,
}

/// The open to-dos, each as the IDs it concerns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TodosRecord {
    pub overdue: Vec<String>,
    pub done_without_jp: Vec<String>,
    pub done_without_reflection: Vec<String>,
    pub follow_ups_due: Vec<String>,
    pub logs_without_certificate: Vec<String>,
    pub logs_not_in_siasn: Vec<String>,
    pub trainings_without_why: Vec<String>,
    pub days_over_cap: Vec<DayOverCapRecord>,
    pub months_over_cap: Vec<MonthOverCapRecord>,
}

/// A month in which a form's units exceed its monthly cap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthOverCapRecord {
    /// `YYYY-MM`.
    pub month: String,
    pub form: String,
    pub units: Jp,
    pub cap_units: u32,
}

/// `status --json`'s figures, and the breakdowns behind them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummaryRecord {
    #[serde(flatten)]
    pub figures: Figures,
    pub planned_unscheduled_jp: Jp,
    /// Keys: `teknis`, `manajerial`, `sosial-kultural`, `pemerintahan`, or null.
    pub by_competency: Vec<Share>,
    /// Keys: `pendidikan`, `klasikal`, `nonklasikal`, `lainnya`.
    pub by_group: Vec<Share>,
    /// Keys: `10`, `20`, `70` (the 10:20:70 model), or null for a form the catalog does not know.
    pub by_mix: Vec<Share>,
    pub by_month: Vec<MonthRecord>,
    pub todos: TodosRecord,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileRecord {
    pub name: String,
    pub employee_type: String,
    pub minutes_per_jp: u32,
}

/// `export --format json`: the whole year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YearExport {
    pub version: u32,
    pub year: i32,
    pub profile: ProfileRecord,
    pub summary: SummaryRecord,
    pub trainings: Vec<TrainingRecord>,
    pub logs: Vec<LogRecord>,
    pub reflections: Vec<ReflectionRecord>,
}

pub fn group_key(group: Group) -> &'static str {
    match group {
        Group::Pendidikan => "pendidikan",
        Group::Klasikal => "klasikal",
        Group::Nonklasikal => "nonklasikal",
        Group::Lainnya => "lainnya",
    }
}

fn mix_key(mix: Mix) -> String {
    mix.model_percent().to_string()
}

impl SummaryRecord {
    pub fn of(summary: &Summary) -> SummaryRecord {
        let shares = |pairs: Vec<(Option<String>, Jp)>| {
            pairs.into_iter().map(|(key, jp)| Share { key, jp }).collect::<Vec<_>>()
        };
        let todos = &summary.todos;
        SummaryRecord {
            figures: Figures::of(summary),
            planned_unscheduled_jp: summary.planned_unscheduled,
            by_competency: shares(
                summary.by_competency.iter().map(|(c, jp)| (c.map(|c| c.key().to_string()), *jp)).collect(),
            ),
            by_group: shares(
                summary.by_group.iter().map(|(g, jp)| (Some(group_key(*g).to_string()), *jp)).collect(),
            ),
            by_mix: shares(summary.by_mix.iter().map(|(m, jp)| (m.map(mix_key), *jp)).collect()),
            by_month: (1..)
                .zip(summary.by_month)
                .map(|(month, m)| MonthRecord { month, done_jp: m.done, planned_jp: m.planned })
                .collect(),
            todos: TodosRecord {
                overdue: todos.overdue.clone(),
                done_without_jp: todos.done_without_jp.clone(),
                done_without_reflection: todos.done_without_reflection.clone(),
                follow_ups_due: todos.follow_ups_due.clone(),
                logs_without_certificate: todos.logs_without_certificate.clone(),
                logs_not_in_siasn: todos.logs_not_in_siasn.clone(),
                trainings_without_why: todos.trainings_without_why.clone(),
                days_over_cap: todos
                    .days_over_cap
                    .iter()
                    .map(|d| DayOverCapRecord { date: d.date, form: d.form.clone(), jp: d.jp, cap_jp: d.cap })
                    .collect(),
                months_over_cap: todos
                    .months_over_cap
                    .iter()
                    .map(|m| MonthOverCapRecord {
                        month: m.month.format("%Y-%m").to_string(),
                        form: m.form.clone(),
                        units: m.units,
                        cap_units: m.cap,
                    })
                    .collect(),
            },
        }
    }
}

/// The records of `trainings` with the JP logged against each.
pub fn training_records(plan: &Plan, trainings: &[&Training]) -> Vec<TrainingRecord> {
    let logged = logged_by_training(plan);
    trainings
        .iter()
        .map(|t| TrainingRecord {
            id: t.id.clone(),
            year: t.year,
            title: t.title.clone(),
            provider: t.provider.clone(),
            form: t.form.clone(),
            competency: t.competency.map(|c| c.key().to_string()),
            start: t.start,
            end: t.end,
            planned_jp: t.planned_jp,
            logged_jp: logged.get(t.id.as_str()).copied().unwrap_or_default(),
            status: t.status.key().to_string(),
            why: t.why.clone(),
        })
        .collect()
}

pub fn log_records(plan: &Plan, logs: &[&Log]) -> Vec<LogRecord> {
    let names = Titles::of(plan);
    logs.iter()
        .map(|l| LogRecord {
            id: l.id.clone(),
            date: l.date,
            start: l.start,
            jp: l.jp,
            training: l.training.clone(),
            title: l.title.clone(),
            form: names.trainings.log_form(l).map(String::from),
            provider: l.provider.clone(),
            certificate: l.certificate.clone(),
            certificate_file: l.certificate_file.clone(),
            in_siasn: l.in_siasn,
            international: l.international,
        })
        .collect()
}

pub fn reflection_records(reflections: &[&Reflection]) -> Vec<ReflectionRecord> {
    reflections
        .iter()
        .map(|r| ReflectionRecord {
            id: r.id.clone(),
            training: r.training.clone(),
            log: r.log.clone(),
            date: r.date,
            usefulness: r.usefulness,
            learned: r.learned.clone(),
            changed: r.changed.clone(),
            next_step: r.next_step.clone(),
            follow_up: r.follow_up,
            applied: r.applied.key().to_string(),
        })
        .collect()
}

impl YearExport {
    pub fn of(plan: &Plan, summary: &Summary) -> YearExport {
        let records = YearRecords::of(plan, summary.year);
        YearExport {
            version: EXPORT_VERSION,
            year: summary.year,
            profile: ProfileRecord {
                name: plan.profile.name.clone(),
                employee_type: plan.profile.employee_type.key().to_string(),
                minutes_per_jp: plan.profile.minutes_per_jp,
            },
            summary: SummaryRecord::of(summary),
            trainings: training_records(plan, &records.trainings),
            logs: log_records(plan, &records.logs),
            reflections: reflection_records(&records.reflections),
        }
    }
}

/// One form of the catalog with its counting rule, as `tumbuh forms --json` prints it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormRecord {
    pub key: String,
    /// `pendidikan`, `klasikal`, `nonklasikal` or `lainnya`.
    pub group: String,
    /// 10, 20 or 70: its part of the 10:20:70 model.
    pub mix: u8,
    pub label_id: String,
    pub label_en: String,
    /// `hour` (actual JP), `day`, `session`, `time` or `semester`.
    pub unit: String,
    /// The unit abroad; the same as `unit` except where the rule says otherwise (coaching).
    pub unit_international: String,
    /// The rule as stored: `null` where it has no such figure (the international ones then
    /// fall back to the national ones).
    pub jp_per_unit: Option<Jp>,
    pub jp_per_unit_international: Option<Jp>,
    pub daily_cap: Option<Jp>,
    pub daily_cap_international: Option<Jp>,
    /// At most this many units in a month, abroad as at home.
    pub max_units_per_month: Option<u32>,
    pub international_bonus_percent: u32,
    /// False where the rule says nothing of its own about the international version (B1, and
    /// the forms outside the BPS table): it counts the same abroad.
    pub international_rule: bool,
    /// The rule's row in the agency table (`BPS B-031/2019 C3`); `null` when the table has none
    /// and the form is counted by actual JP.
    pub source: Option<String>,
    /// Words besides the key and labels that find the form (`webinar` for `seminar`).
    pub words: Vec<String>,
    /// True when the data file's `[forms.KEY]` changed the rule.
    pub agency_rule: bool,
    /// Where SIASN keeps a course of the form: `kursus`, `diklat` or `pendidikan`; null for
    /// `lainnya`, where the person chooses.
    pub siasn_history: Option<String>,
    /// Its `jenisDiklatId` in SIASN's riwayat kursus (for `diklat`, the fallback 1).
    pub siasn_jenis_diklat_id: Option<u32>,
}

fn unit_key(unit: Unit) -> &'static str {
    match unit {
        Unit::Hour => "hour",
        Unit::Day => "day",
        Unit::Session => "session",
        Unit::Time => "time",
        Unit::Semester => "semester",
    }
}

/// The catalog as `plan` sees it (its agency's rules applied).
pub fn form_records(catalog: &Catalog, plan: &Plan) -> Vec<FormRecord> {
    catalog
        .forms()
        .iter()
        .map(|form| FormRecord {
            key: form.key.clone(),
            group: group_key(form.group).to_string(),
            mix: form.mix.model_percent(),
            label_id: form.label(Lang::Id).to_string(),
            label_en: form.label(Lang::En).to_string(),
            unit: unit_key(form.unit).to_string(),
            unit_international: unit_key(form.unit_for(true)).to_string(),
            jp_per_unit: form.jp_per_unit,
            jp_per_unit_international: form.jp_per_unit_international,
            daily_cap: form.daily_cap,
            daily_cap_international: form.daily_cap_international,
            max_units_per_month: form.max_units_per_month,
            international_bonus_percent: form.international_bonus_percent,
            international_rule: form.has_international_rule(),
            source: form.source().map(str::to_string),
            words: form.words().to_vec(),
            agency_rule: plan.forms.contains_key(&form.key),
            siasn_history: form.siasn_history.map(|h| h.key().to_string()),
            siasn_jenis_diklat_id: form.siasn_jenis_diklat_id,
        })
        .collect()
}

/// Pretty JSON with a final newline, as a file is expected to end; invisible format characters
/// are written as `\u` escapes.
pub fn pretty(value: &impl Serialize) -> String {
    super::defuse::json_escaped(serde_json::to_string_pretty(value).expect("plain data serializes") + "\n")
}

/// `export --format json`.
pub fn export(plan: &Plan, summary: &Summary) -> String {
    pretty(&YearExport::of(plan, summary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_jp_are_integers_and_others_keep_their_decimals() {
        let share = Share { key: None, jp: Jp::parse("2,5").unwrap() };
        assert_eq!(serde_json::to_string(&share).unwrap(), r#"{"key":null,"jp":2.5}"#);
        let month = MonthRecord { month: 3, done_jp: Jp::whole(4), planned_jp: Jp::ZERO };
        assert_eq!(serde_json::to_string(&month).unwrap(), r#"{"month":3,"done_jp":4,"planned_jp":0}"#);
    }
}
