//! `tumbuh team`: a unit's year as JSON (for scripts and the agency's data platform), as a
//! report for the head of the unit (md), and as one csv row per member. Pure functions of
//! `team::Team`.

use std::fmt::Write;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::defuse::{csv_cell, md_text};
use super::json::pretty;
use super::md::{cell, table};
use super::percent_words as percent;
use super::state_word;
use crate::catalog::{Catalog, Mix};
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Jp, format_date};
use crate::progress::State;
use crate::team::{Member, NeedGroup, Team, Unreadable, Why};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberRecord {
    pub file: String,
    pub name: String,
    pub nip: String,
    pub unit: String,
    pub employee_type: String,
    pub target_jp: Jp,
    pub done_jp: Jp,
    pub gap_jp: Jp,
    pub projected_jp: Jp,
    /// `achieved`, `on_plan`, `at_risk` or `not_achieved`.
    pub state: String,
    pub trainings_overdue: usize,
    pub logs_not_in_siasn: usize,
    pub siasn_jp: Jp,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnreadableRecord {
    pub file: String,
    pub error: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamSummaryRecord {
    pub members: usize,
    pub at_target: usize,
    pub at_risk: usize,
    pub on_plan: usize,
    pub not_achieved: usize,
    /// `at_target / members`, rounded to four decimals; null without members.
    pub at_target_share: Option<f64>,
    pub done_jp: Jp,
    pub siasn_jp: Jp,
    pub logs_not_in_siasn: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeedRecord {
    pub title: String,
    pub form: Option<String>,
    pub competency: Option<String>,
    pub members: usize,
    pub planned_jp: Jp,
}

/// `team --json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamRecord {
    pub year: i32,
    pub members: Vec<MemberRecord>,
    pub unreadable: Vec<UnreadableRecord>,
    pub summary: TeamSummaryRecord,
    pub needs: Vec<NeedRecord>,
}

impl MemberRecord {
    pub fn of(member: &Member) -> MemberRecord {
        MemberRecord {
            file: member.file.display().to_string(),
            name: member.name.clone(),
            nip: member.nip.clone(),
            unit: member.unit.clone(),
            employee_type: member.employee_type.key().to_string(),
            target_jp: member.target,
            done_jp: member.done,
            gap_jp: member.gap,
            projected_jp: member.projected,
            state: member.state.key().to_string(),
            trainings_overdue: member.overdue.len(),
            logs_not_in_siasn: member.logs_not_in_siasn,
            siasn_jp: member.siasn,
        }
    }
}

/// Why a file is not counted, in words.
pub fn why_words(unreadable: &Unreadable, lang: Lang) -> String {
    match &unreadable.why {
        Why::Problem(problem) => problem.clone(),
        Why::SameNip { nip, first } => tr!(lang, Msg::TeamSameNip, nip = nip, file = first.display()),
    }
}

impl TeamRecord {
    pub fn of(team: &Team, lang: Lang) -> TeamRecord {
        let s = &team.summary;
        TeamRecord {
            year: team.year,
            members: team.members.iter().map(MemberRecord::of).collect(),
            unreadable: team
                .unreadable
                .iter()
                .map(|u| UnreadableRecord { file: u.file.display().to_string(), error: why_words(u, lang) })
                .collect(),
            summary: TeamSummaryRecord {
                members: s.members,
                at_target: s.at_target,
                at_risk: s.at_risk,
                on_plan: s.on_plan,
                not_achieved: s.not_achieved,
                at_target_share: s.at_target_share(),
                done_jp: s.done,
                siasn_jp: s.siasn,
                logs_not_in_siasn: s.logs_not_in_siasn,
            },
            needs: team
                .needs
                .iter()
                .map(|n| NeedRecord {
                    title: n.title.clone(),
                    form: n.form.clone(),
                    competency: n.competency.map(|c| c.key().to_string()),
                    members: n.members,
                    planned_jp: n.planned_jp,
                })
                .collect(),
        }
    }
}

/// `team --json`; the problems of unreadable files are worded in `lang`.
pub fn json(team: &Team, lang: Lang) -> String {
    pretty(&TeamRecord::of(team, lang))
}

/// The csv header, in order: the keys of a member in `team --json`.
pub const CSV_COLUMNS: [&str; 13] = [
    "file",
    "name",
    "nip",
    "unit",
    "employee_type",
    "target_jp",
    "done_jp",
    "gap_jp",
    "projected_jp",
    "state",
    "trainings_overdue",
    "logs_not_in_siasn",
    "siasn_jp",
];

/// `team --format csv`: one row per member, in file order; JP written as `2.5`. Cells go
/// through `csv_cell` like every csv the program writes.
pub fn csv(team: &Team) -> String {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    writer.write_record(CSV_COLUMNS).expect("writing to memory");
    for member in &team.members {
        let r = MemberRecord::of(member);
        let row = [
            r.file,
            r.name,
            r.nip,
            r.unit,
            r.employee_type,
            r.target_jp.to_string(),
            r.done_jp.to_string(),
            r.gap_jp.to_string(),
            r.projected_jp.to_string(),
            r.state,
            r.trainings_overdue.to_string(),
            r.logs_not_in_siasn.to_string(),
            r.siasn_jp.to_string(),
        ];
        writer.write_record(row.iter().map(|c| csv_cell(c))).expect("writing to memory");
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("written from strings")
}

/// The share at target in words: `8 dari 12 anggota (66%)`.
pub fn at_target_words(team: &Team, lang: Lang) -> String {
    let s = &team.summary;
    let percent = s.at_target_percent().map_or_else(|| "—".to_string(), |p| percent(p as i64, lang));
    tr!(lang, Msg::TeamAtTargetOf, at = s.at_target, members = s.members, percent = percent)
}

/// The members the head of the unit should talk to: at risk while the year runs, short of the
/// target once it has ended; the largest gap first.
pub fn members_at_risk(team: &Team) -> Vec<&Member> {
    let mut members: Vec<&Member> =
        team.members.iter().filter(|m| matches!(m.state, State::AtRisk | State::NotAchieved)).collect();
    members.sort_by(|a, b| b.gap.cmp(&a.gap).then_with(|| a.shown_name().cmp(&b.shown_name())));
    members
}

/// A form's label, or `—`.
fn form_label(form: Option<&str>, lang: Lang) -> String {
    form.map_or_else(|| "—".to_string(), |key| Catalog::builtin().label(key, lang).to_string())
}

fn competency_label(need: &NeedGroup, lang: Lang) -> &'static str {
    need.competency.map_or(lang.t(Msg::CompetencyNotGiven), |c| describe::domain::competency(c, lang))
}

/// `team --format md`: a report for the head of the unit, as of `today`.
pub fn md(team: &Team, today: NaiveDate, lang: Lang) -> String {
    let mut out = String::new();
    let s = &team.summary;
    let _ = writeln!(out, "# {}\n", tr!(lang, Msg::TeamReportTitle, year = team.year));
    let mut byline = Vec::new();
    if !team.units.is_empty() {
        byline.push(format!("**{}**", team.units.iter().map(|u| md_text(u)).collect::<Vec<_>>().join(", ")));
    }
    byline.push(tr!(lang, Msg::TeamMembersCount, n = s.members));
    byline.push(tr!(lang, Msg::ReportAsOf, date = format_date(today, lang)));
    let _ = writeln!(out, "{}\n", byline.join(" · "));

    let _ = writeln!(out, "## {}\n", lang.t(Msg::TeamAtTargetHeading));
    if s.members == 0 {
        let _ = writeln!(out, "{}\n", lang.t(Msg::TeamNoMembers));
    } else {
        let _ = writeln!(
            out,
            "{}\n",
            tr!(lang, Msg::TeamAtTargetLine, share = at_target_words(team, lang), year = team.year)
        );
        let rows: Vec<Vec<String>> = [
            (State::Achieved, s.at_target),
            (State::OnPlan, s.on_plan),
            (State::AtRisk, s.at_risk),
            (State::NotAchieved, s.not_achieved),
        ]
        .into_iter()
        .map(|(state, n)| vec![state_word(state, lang).to_string(), n.to_string()])
        .collect();
        table(&mut out, &[lang.t(Msg::LabelState), lang.t(Msg::TeamColMembers)], &[1], &rows);
    }

    at_risk(&mut out, team, lang);
    needs(&mut out, team, lang);
    mix(&mut out, team, lang);
    siasn(&mut out, team, lang);
    if !team.unreadable.is_empty() {
        let _ = writeln!(out, "## {}\n", lang.t(Msg::TeamUnreadableHeading));
        let rows: Vec<Vec<String>> = team
            .unreadable
            .iter()
            .map(|u| vec![cell(&u.file.display().to_string()), cell(&why_words(u, lang))])
            .collect();
        table(&mut out, &[lang.t(Msg::TeamColFile), lang.t(Msg::TeamColProblem)], &[], &rows);
    }
    out
}

fn at_risk(out: &mut String, team: &Team, lang: Lang) {
    let closed = team.members.iter().any(|m| m.state == State::NotAchieved);
    let members = members_at_risk(team);
    let heading = if closed { Msg::TeamNotAchievedHeading } else { Msg::TeamAtRiskHeading };
    let _ = writeln!(out, "## {}\n", lang.t(heading));
    if members.is_empty() {
        let _ = writeln!(out, "{}\n", lang.t(Msg::TeamNone));
        return;
    }
    let _ =
        writeln!(out, "{}\n", lang.t(if closed { Msg::TeamNotAchievedIntro } else { Msg::TeamAtRiskIntro }));
    let rows: Vec<Vec<String>> = members
        .iter()
        .map(|m| {
            let overdue = if m.overdue.is_empty() { "—".to_string() } else { cell(&m.overdue.join("; ")) };
            vec![
                cell(&m.shown_name()),
                if m.nip.is_empty() { "—".to_string() } else { cell(&m.nip) },
                format!("{} / {}", m.done.format(lang), m.target.format(lang)),
                m.gap.format(lang),
                m.projected.format(lang),
                overdue,
            ]
        })
        .collect();
    let header = [
        lang.t(Msg::FieldName),
        "NIP",
        lang.t(Msg::TeamColDone),
        lang.t(Msg::TeamColGap),
        lang.t(Msg::TeamColProjected),
        lang.t(Msg::TeamColOverdue),
    ];
    table(out, &header, &[2, 3, 4], &rows);
}

fn needs(out: &mut String, team: &Team, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.t(Msg::TeamNeedsHeading));
    if team.needs.is_empty() {
        let _ = writeln!(out, "{}\n", lang.t(Msg::TeamNoNeeds));
        return;
    }
    let _ = writeln!(out, "{}\n", lang.t(Msg::TeamNeedsIntro));
    let rows: Vec<Vec<String>> = team
        .needs
        .iter()
        .map(|n| {
            vec![
                cell(&n.title),
                cell(&form_label(n.form.as_deref(), lang)),
                competency_label(n, lang).to_string(),
                n.members.to_string(),
                n.planned_jp.format(lang),
            ]
        })
        .collect();
    let header = [
        lang.t(Msg::ColTitle),
        lang.t(Msg::ColForm),
        lang.t(Msg::ColCompetency),
        lang.t(Msg::TeamColMembers),
        lang.t(Msg::ColPlanned),
    ];
    table(out, &header, &[3, 4], &rows);
}

/// The unit's done JP by competency type and against the 10:20:70 model.
fn mix(out: &mut String, team: &Team, lang: Lang) {
    super::md::mix_tables(out, &team.by_competency, &team.by_mix, team.summary.done, lang);
}

/// The three parts of the 10:20:70 model with the unit's JP in each, and the JP of forms the
/// catalog does not know when there are any.
pub fn mix_parts(team: &Team) -> Vec<(Option<Mix>, Jp)> {
    let mut parts: Vec<Option<Mix>> = Mix::ALL.into_iter().map(Some).collect();
    if team.by_mix.contains_key(&None) {
        parts.push(None);
    }
    parts.into_iter().map(|part| (part, team.by_mix.get(&part).copied().unwrap_or_default())).collect()
}

fn siasn(out: &mut String, team: &Team, lang: Lang) {
    let s = &team.summary;
    let _ = writeln!(out, "## {}\n", lang.t(Msg::ReportNotInSiasn));
    if !s.not_in_siasn().is_positive() && s.logs_not_in_siasn == 0 {
        let _ = writeln!(out, "{}\n", lang.t(Msg::TeamSiasnNothing));
        return;
    }
    let line = tr!(
        lang,
        Msg::TeamSiasnLine,
        jp = s.not_in_siasn().format(lang),
        done = s.done.format(lang),
        n = s.logs_not_in_siasn
    );
    let _ = writeln!(out, "{line}\n");
    let mut members: Vec<&Member> = team.members.iter().filter(|m| m.logs_not_in_siasn > 0).collect();
    members.sort_by(|a, b| {
        b.not_in_siasn().cmp(&a.not_in_siasn()).then_with(|| a.shown_name().cmp(&b.shown_name()))
    });
    let rows: Vec<Vec<String>> = members
        .iter()
        .map(|m| vec![cell(&m.shown_name()), m.logs_not_in_siasn.to_string(), m.not_in_siasn().format(lang)])
        .collect();
    table(out, &[lang.t(Msg::FieldName), lang.t(Msg::TeamColLogs), lang.t(Msg::ColJp)], &[1, 2], &rows);
}
