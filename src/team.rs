//! A unit's year, from the plans its members choose to share (docs/team.md). Pure: each member's
//! plan is turned into a small `Member` (their figures, their open plan and their mix) as soon as
//! it is read, and the roll-up is a function of those summaries alone, so a unit of thousands
//! never holds thousands of files in memory.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::catalog::{Catalog, Mix};
use crate::model::{Competency, EmployeeType, Jp, Plan};
use crate::progress::{State, is_overdue, summarize};

/// One open training a member still plans this year (open and not overdue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planned {
    pub title: String,
    pub form: Option<String>,
    pub competency: Option<Competency>,
    pub planned_jp: Jp,
}

/// What the roll-up keeps of one member: the figures of `progress::summarize` for the year, the
/// titles of their overdue trainings, their open plan, and their done JP by competency type and
/// by the 10:20:70 model. Not their records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// The file it was read from, as it was reached (the path given, or under the folder given).
    pub file: PathBuf,
    pub name: String,
    pub nip: String,
    pub unit: String,
    pub employee_type: EmployeeType,
    pub target: Jp,
    pub done: Jp,
    pub gap: Jp,
    pub projected: Jp,
    pub state: State,
    /// Titles of the open trainings whose dates have passed (a question, not a plan).
    pub overdue: Vec<String>,
    pub overdue_plan: Jp,
    pub logs_not_in_siasn: usize,
    /// JP of the year's entries already in SIASN.
    pub siasn: Jp,
    pub by_competency: BTreeMap<Option<Competency>, Jp>,
    pub by_mix: BTreeMap<Option<Mix>, Jp>,
    pub planned: Vec<Planned>,
}

impl Member {
    /// The member whose plan is `plan`, seen in `year` on `today`, with the person's own
    /// counting rules (`Catalog::for_plan`).
    pub fn of(file: impl Into<PathBuf>, plan: &Plan, year: i32, today: NaiveDate) -> Member {
        // The shipped catalog as it is, unless the person's agency changed a rule.
        let own;
        let catalog = if plan.forms.is_empty() {
            Catalog::builtin()
        } else {
            own = Catalog::for_plan(plan);
            &own
        };
        let summary = summarize(plan, catalog, year, today);
        let index = plan.training_index();
        let overdue = summary
            .todos
            .overdue
            .iter()
            .filter_map(|id| index.get(id))
            .map(|t| t.title.trim().to_string())
            .collect();
        let planned = plan
            .trainings
            .iter()
            .filter(|t| t.year == year && t.status.is_open() && !is_overdue(t, today))
            .map(|t| Planned {
                title: t.title.trim().to_string(),
                form: t.form.clone(),
                competency: t.competency,
                planned_jp: t.planned_jp,
            })
            .collect();
        Member {
            file: file.into(),
            name: plan.profile.name.trim().to_string(),
            nip: plan.profile.nip.trim().to_string(),
            unit: plan.profile.unit.trim().to_string(),
            employee_type: plan.profile.employee_type,
            target: summary.target,
            done: summary.done,
            gap: summary.gap,
            projected: summary.projected,
            state: summary.state,
            overdue,
            overdue_plan: summary.overdue_plan,
            logs_not_in_siasn: summary.todos.logs_not_in_siasn.len(),
            siasn: summary.siasn,
            by_competency: summary.by_competency,
            by_mix: summary.by_mix,
            planned,
        }
    }

    /// JP done this year that SIASN does not hold yet.
    pub fn not_in_siasn(&self) -> Jp {
        (self.done - self.siasn).at_least_zero()
    }

    /// How the member is named in a list: the profile's name, else the file's name.
    pub fn shown_name(&self) -> String {
        if self.name.is_empty() {
            self.file
                .file_name()
                .map_or_else(|| self.file.display().to_string(), |name| name.to_string_lossy().into_owned())
        } else {
            self.name.clone()
        }
    }
}

/// Why a file given to the roll-up is not counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// It could not be read; the problem already in words.
    Problem(String),
    /// Another file of the same NIP was counted (`first`): the same person counts once.
    SameNip { nip: String, first: PathBuf },
}

/// A file that is not counted, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub file: PathBuf,
    pub why: Why,
}

/// Planned trainings of several members that one course could serve: the same title (case,
/// spaces and invisible characters ignored), form and competency type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedGroup {
    /// The title as the first member (in file order) wrote it, its spaces tidied.
    pub title: String,
    pub form: Option<String>,
    pub competency: Option<Competency>,
    /// How many members plan it.
    pub members: usize,
    /// The planned JP of all those trainings, added up.
    pub planned_jp: Jp,
}

/// The unit's figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TeamSummary {
    pub members: usize,
    /// Members whose done JP reach their target (`achieved`).
    pub at_target: usize,
    pub at_risk: usize,
    pub on_plan: usize,
    pub not_achieved: usize,
    pub done: Jp,
    pub siasn: Jp,
    pub logs_not_in_siasn: usize,
    pub trainings_overdue: usize,
}

impl TeamSummary {
    /// The share of members at their target, the figure the BPS "Sistem 20JP" ranks units by:
    /// a fraction rounded to four decimals; none without members.
    pub fn at_target_share(&self) -> Option<f64> {
        (self.members > 0)
            .then(|| (self.at_target as f64 / self.members as f64 * 10_000.0).round() / 10_000.0)
    }

    /// The same share as a whole percentage, rounded down like every percentage of done JP.
    pub fn at_target_percent(&self) -> Option<usize> {
        (self.members > 0).then(|| self.at_target * 100 / self.members)
    }

    /// JP done that SIASN does not hold yet, over the unit.
    pub fn not_in_siasn(&self) -> Jp {
        (self.done - self.siasn).at_least_zero()
    }
}

/// The unit's year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Team {
    pub year: i32,
    /// In file order.
    pub members: Vec<Member>,
    /// In file order.
    pub unreadable: Vec<Unreadable>,
    pub summary: TeamSummary,
    /// Most members first, then most JP, then by title.
    pub needs: Vec<NeedGroup>,
    /// Done JP over the unit by competency type and by the 10:20:70 model.
    pub by_competency: BTreeMap<Option<Competency>, Jp>,
    pub by_mix: BTreeMap<Option<Mix>, Jp>,
    /// The units the members name, each once, in order of how many members name them.
    pub units: Vec<String>,
}

/// What one need is: the title's key, the form and the competency type.
type NeedKey = (String, Option<String>, Option<Competency>);

/// The key titles are grouped by: lower case, without spaces or invisible format characters.
pub fn title_key(title: &str) -> String {
    title
        .chars()
        .filter(|&c| !c.is_whitespace() && !crate::printable::is_format(c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A title with its spaces tidied: trimmed, each run of spaces one space.
fn tidy(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The roll-up of the members read for `year`. Members and unreadable files are put in file
/// order; a second file with the NIP of a member already counted is not counted again.
pub fn roll_up(year: i32, mut members: Vec<Member>, mut unreadable: Vec<Unreadable>) -> Team {
    members.sort_by(|a, b| a.file.cmp(&b.file));
    let mut first_of_nip: HashMap<String, PathBuf> = HashMap::new();
    members.retain(|member| {
        if member.nip.is_empty() {
            return true;
        }
        match first_of_nip.get(&member.nip) {
            Some(first) => {
                let why = Why::SameNip { nip: member.nip.clone(), first: first.clone() };
                unreadable.push(Unreadable { file: member.file.clone(), why });
                false
            }
            None => {
                first_of_nip.insert(member.nip.clone(), member.file.clone());
                true
            }
        }
    });
    unreadable.sort_by(|a, b| a.file.cmp(&b.file));

    let mut summary = TeamSummary { members: members.len(), ..TeamSummary::default() };
    let mut by_competency = BTreeMap::new();
    let mut by_mix = BTreeMap::new();
    let mut units: Vec<(String, usize)> = Vec::new();
    // Key → (slot in `needs`, the member who last added to it), so a member counts once.
    let mut slots: HashMap<NeedKey, (usize, usize)> = HashMap::new();
    let mut needs: Vec<NeedGroup> = Vec::new();
    for (m, member) in members.iter().enumerate() {
        match member.state {
            State::Achieved => summary.at_target += 1,
            State::AtRisk => summary.at_risk += 1,
            State::OnPlan => summary.on_plan += 1,
            State::NotAchieved => summary.not_achieved += 1,
        }
        summary.done += member.done;
        summary.siasn += member.siasn;
        summary.logs_not_in_siasn += member.logs_not_in_siasn;
        summary.trainings_overdue += member.overdue.len();
        for (key, jp) in &member.by_competency {
            *by_competency.entry(*key).or_insert(Jp::ZERO) += *jp;
        }
        for (key, jp) in &member.by_mix {
            *by_mix.entry(*key).or_insert(Jp::ZERO) += *jp;
        }
        if !member.unit.is_empty() {
            match units.iter_mut().find(|(unit, _)| *unit == member.unit) {
                Some((_, count)) => *count += 1,
                None => units.push((member.unit.clone(), 1)),
            }
        }
        for planned in &member.planned {
            let key = (title_key(&planned.title), planned.form.clone(), planned.competency);
            let (slot, last) = slots.entry(key).or_insert_with(|| {
                needs.push(NeedGroup {
                    title: tidy(&planned.title),
                    form: planned.form.clone(),
                    competency: planned.competency,
                    members: 0,
                    planned_jp: Jp::ZERO,
                });
                (needs.len() - 1, usize::MAX)
            });
            let need = &mut needs[*slot];
            if *last != m {
                need.members += 1;
                *last = m;
            }
            need.planned_jp += planned.planned_jp;
        }
    }
    needs.sort_by(|a, b| {
        b.members
            .cmp(&a.members)
            .then(b.planned_jp.cmp(&a.planned_jp))
            .then_with(|| title_key(&a.title).cmp(&title_key(&b.title)))
            .then_with(|| a.form.cmp(&b.form))
            .then_with(|| a.competency.cmp(&b.competency))
    });
    // Stable: among units named as often, the first met comes first.
    units.sort_by_key(|unit| std::cmp::Reverse(unit.1));
    Team {
        year,
        members,
        unreadable,
        summary,
        needs,
        by_competency,
        by_mix,
        units: units.into_iter().map(|(unit, _)| unit).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Log, Status, Training, UnknownKeys};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn training(id: &str, title: &str, jp: i64, start: Option<NaiveDate>) -> Training {
        Training {
            id: id.into(),
            year: 2026,
            title: title.into(),
            provider: String::new(),
            form: Some("e-learning".into()),
            competency: Some(Competency::Teknis),
            start,
            end: None,
            planned_jp: Jp::whole(jp),
            status: Status::Planned,
            why: String::new(),
            extra: UnknownKeys::new(),
        }
    }

    fn member(file: &str, nip: &str, trainings: Vec<Training>, done: i64) -> Member {
        let mut plan = Plan::default();
        plan.profile.name = file.to_uppercase();
        plan.profile.nip = nip.into();
        plan.trainings = trainings;
        if done > 0 {
            plan.logs.push(Log { id: "l1".into(), ..Log::new(day(3, 1), Jp::whole(done), "Kursus") });
        }
        Member::of(file, &plan, 2026, day(6, 30))
    }

    #[test]
    fn titles_group_whatever_their_case_and_spaces() {
        assert_eq!(title_key("  Analisis  Kebijakan "), title_key("analisis kebijakan"));
        assert_eq!(title_key("AnalisisKebijakan"), title_key("ANALISIS\tKEBIJAKAN"));
        assert_eq!(title_key("Analisis\u{200B} Kebijakan"), title_key("analisis kebijakan"));
        assert_ne!(title_key("Analisis Kebijakan"), title_key("Analisis Kebijakan Publik"));
    }

    #[test]
    fn needs_count_members_once_and_put_the_most_wanted_first() {
        let a = member(
            "a.toml",
            "",
            vec![
                training("t1", "Analisis  Kebijakan", 8, Some(day(9, 1))),
                training("t2", "analisis kebijakan", 4, Some(day(10, 1))),
                training("t3", "Menulis Ringkas", 3, None),
            ],
            0,
        );
        let b = member("b.toml", "", vec![training("t1", " ANALISIS KEBIJAKAN", 6, None)], 0);
        let mut other_form = training("t2", "Analisis Kebijakan", 5, None);
        other_form.form = Some("workshop".into());
        let c = member("c.toml", "", vec![training("t1", "Menulis ringkas", 2, None), other_form], 0);
        // An overdue or cancelled training is no longer a need.
        let mut cancelled = training("t2", "Menulis Ringkas", 2, None);
        cancelled.status = Status::Cancelled;
        let d =
            member("d.toml", "", vec![training("t1", "Menulis Ringkas", 2, Some(day(1, 5))), cancelled], 0);
        let team = roll_up(2026, vec![d, c, b, a], vec![]);
        let needs: Vec<(&str, Option<&str>, usize, Jp)> = team
            .needs
            .iter()
            .map(|n| (n.title.as_str(), n.form.as_deref(), n.members, n.planned_jp))
            .collect();
        assert_eq!(
            needs,
            [
                ("Analisis Kebijakan", Some("e-learning"), 2, Jp::whole(18)),
                ("Menulis Ringkas", Some("e-learning"), 2, Jp::whole(5)),
                ("Analisis Kebijakan", Some("workshop"), 1, Jp::whole(5)),
            ]
        );
        assert_eq!(
            team.members.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
            ["A.TOML", "B.TOML", "C.TOML", "D.TOML"]
        );
        assert_eq!(team.members[3].overdue, ["Menulis Ringkas"]);
    }

    #[test]
    fn the_share_at_target_counts_members_and_a_nip_counts_once() {
        let team = roll_up(
            2026,
            vec![
                member("a.toml", "1", vec![], 20),
                member("b.toml", "2", vec![training("t1", "Kursus", 20, None)], 4),
                member("c.toml", "3", vec![], 2),
                member("z.json", "1", vec![], 20),
            ],
            vec![Unreadable { file: "broken.toml".into(), why: Why::Problem("rusak".into()) }],
        );
        let s = &team.summary;
        assert_eq!((s.members, s.at_target, s.on_plan, s.at_risk, s.not_achieved), (3, 1, 1, 1, 0));
        assert_eq!(s.at_target_share(), Some(0.3333));
        assert_eq!(s.at_target_percent(), Some(33));
        assert_eq!(s.done, Jp::whole(26));
        assert_eq!(team.unreadable.len(), 2);
        assert_eq!(team.unreadable[1].why, Why::SameNip { nip: "1".into(), first: "a.toml".into() });
        assert_eq!(roll_up(2026, vec![], vec![]).summary.at_target_share(), None);
    }
}
