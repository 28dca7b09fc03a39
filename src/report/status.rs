//! `tumbuh status`: the year's figures as text or one line, and the words for them.

use crate::i18n::{Lang, Msg};
use crate::model::{EmployeeType, Jp, Profile, format_date};
use crate::progress::{CeilingCheck, State, Summary};

pub fn state_word(state: State, lang: Lang) -> &'static str {
    lang.t(match state {
        State::Achieved => Msg::StateAchieved,
        State::OnPlan => Msg::StateOnPlan,
        State::AtRisk => Msg::StateAtRisk,
        State::NotAchieved => Msg::StateNotAchieved,
    })
}

/// "kurang 6,25 JP" / "6.25 JP to go", that the target is reached, or by how much it is
/// passed ("melampaui target 5 JP"): said once, here, wherever the gap is shown.
pub fn gap_words(summary: &Summary, lang: Lang) -> String {
    let over = summary.done - summary.target;
    if summary.gap.is_positive() {
        tr!(lang, Msg::GapLeft, gap = summary.gap.format(lang))
    } else if over.is_positive() && summary.target.is_positive() {
        tr!(lang, Msg::GapOver, over = over.format(lang))
    } else {
        lang.t(Msg::GapNone).to_string()
    }
}

pub fn pace_words(summary: &Summary, lang: Lang) -> String {
    let expected = summary.expected.format(lang);
    let delta = Jp::from_hundredths(summary.pace_delta.hundredths().abs()).format(lang);
    match summary.pace_delta.hundredths().signum() {
        1 => tr!(lang, Msg::PaceAhead, delta = delta, expected = expected),
        -1 => tr!(lang, Msg::PaceBehind, delta = delta, expected = expected),
        _ => tr!(lang, Msg::PaceEven, expected = expected),
    }
}

pub fn plan_words(summary: &Summary, lang: Lang) -> String {
    let remaining = summary.remaining_plan.format(lang);
    let projected = summary.projected.format(lang);
    match summary.state {
        State::Achieved => tr!(lang, Msg::PlanBeyond, remaining = remaining, projected = projected),
        State::OnPlan => tr!(lang, Msg::PlanCloses, remaining = remaining, projected = projected),
        State::AtRisk | State::NotAchieved => {
            let short = (summary.target - summary.projected).format(lang);
            tr!(lang, Msg::PlanShort, remaining = remaining, projected = projected, short = short)
        }
    }
}

/// Earlier in the year: what to plan by the end of the quarter ahead to be on pace then.
pub fn pace_plan_words(summary: &Summary, lang: Lang) -> Option<String> {
    summary.pace_plan.map(|plan| {
        let month = crate::model::month_name(chrono::Datelike::month(&plan.by), lang);
        tr!(lang, Msg::PacePlanWords, jp = plan.jp.format(lang), month = month)
    })
}

/// The open trainings whose dates have passed: left out of the projection, and a question.
pub fn overdue_words(summary: &Summary, lang: Lang) -> Option<String> {
    (summary.trainings_overdue > 0).then(|| {
        tr!(lang, Msg::OverdueWords, n = summary.trainings_overdue, jp = summary.overdue_plan.format(lang))
    })
}

/// At risk: what each working day left must bring for the gap the plan leaves.
pub fn per_workday_words(summary: &Summary, lang: Lang) -> Option<String> {
    if summary.state != State::AtRisk {
        return None;
    }
    Some(match summary.needed_per_workday {
        Some(jp) => tr!(lang, Msg::NeededPerWorkday, jp = jp.format(lang), days = summary.workdays_left),
        None => lang.t(Msg::NoWorkdaysLeft).to_string(),
    })
}

/// What the official record already holds.
pub fn siasn_words(summary: &Summary, lang: Lang) -> String {
    tr!(lang, Msg::SiasnWords, siasn = summary.siasn.format(lang), done = summary.done.format(lang))
}

/// The state, and for a year that has ended, that it has.
pub fn state_line(summary: &Summary, lang: Lang) -> String {
    let state = state_word(summary.state, lang);
    if summary.closed {
        format!("{state} · {}", tr!(lang, Msg::YearEnded, year = summary.year))
    } else {
        state.to_string()
    }
}

/// Done as a whole percentage of the target, by the one rule (`Jp::percent_of`); 100 % when
/// the target is 0.
pub fn percent_done(summary: &Summary) -> i64 {
    summary.done.percent_of(summary.target).unwrap_or(100)
}

/// `48%`, as both languages write a percentage.
pub fn percent_words(percent: i64, lang: Lang) -> String {
    tr!(lang, Msg::Percent, n = percent)
}

/// `part` as a percentage of `whole` in words (`48%`), or `—` when the whole is nothing yet.
pub fn share_words(part: Jp, whole: Jp, lang: Lang) -> String {
    part.percent_of(whole).map_or_else(|| "—".to_string(), |percent| percent_words(percent, lang))
}

/// `status --short`: one line for a shell prompt.
pub fn status_short(summary: &Summary, lang: Lang) -> String {
    let figures = tr!(
        lang,
        Msg::ShortLine,
        year = summary.year,
        done = summary.done.format(lang),
        target = summary.target.format(lang)
    );
    let mut parts = vec![figures];
    if summary.gap.is_positive() {
        parts.push(tr!(lang, Msg::ShortGapLeft, gap = summary.gap.format(lang)));
    }
    parts.push(state_word(summary.state, lang).to_lowercase());
    parts.join(" · ")
}

/// "PNS" or "PPPK", as everyone writes them.
pub fn employee_word(kind: EmployeeType) -> &'static str {
    match kind {
        EmployeeType::Pns => "PNS",
        EmployeeType::Pppk => "PPPK",
    }
}

/// The labelled figures of the year: done, pace, plan, ceiling, state, days left.
pub fn status_rows(summary: &Summary, lang: Lang) -> Vec<(&'static str, String)> {
    let done = tr!(
        lang,
        Msg::DoneOfTarget,
        done = summary.done.format(lang),
        target = summary.target.format(lang),
        percent = percent_words(percent_done(summary), lang),
        gap = gap_words(summary, lang)
    );
    let mut rows = vec![(lang.t(Msg::LabelDone), done)];
    // A year that has ended has no pace to keep and no plan to bring: only what happened.
    if !summary.closed {
        let pace = match pace_plan_words(summary, lang) {
            Some(plan) => format!("{}; {plan}", pace_words(summary, lang)),
            None => pace_words(summary, lang),
        };
        rows.push((lang.t(Msg::LabelPace), pace));
        rows.push((lang.t(Msg::LabelPlan), plan_words(summary, lang)));
    }
    if let Some(words) = overdue_words(summary, lang) {
        rows.push((lang.t(Msg::LabelOverdue), words));
    }
    if let Some(words) = per_workday_words(summary, lang) {
        rows.push((lang.t(Msg::LabelPerWorkday), words));
    }
    if summary.done.is_positive() {
        rows.push((lang.t(Msg::LabelSiasn), siasn_words(summary, lang)));
    }
    if let Some(ceiling) = &summary.ceiling {
        rows.push((lang.t(Msg::LabelCeiling), ceiling_words(ceiling, lang)));
    }
    rows.push((lang.t(Msg::LabelState), state_line(summary, lang)));
    if !summary.closed {
        rows.push((lang.t(Msg::LabelDaysLeft), tr!(lang, Msg::DaysLeftWords, days = summary.days_left)));
    }
    rows
}

/// Whether the plan stays within the ceiling, or by how much it exceeds it; for a PPPK with a
/// contract start, over which contract year.
pub fn ceiling_words(check: &CeilingCheck, lang: Lang) -> String {
    let ceiling = check.ceiling.format(lang);
    let words = if check.over.is_positive() {
        tr!(lang, Msg::CeilingOver, ceiling = ceiling, over = check.over.format(lang))
    } else {
        tr!(lang, Msg::CeilingWithin, ceiling = ceiling)
    };
    match check.window {
        Some((first, last)) => {
            let (first, last) = (format_date(first, lang), format_date(last, lang));
            format!("{words} ({})", tr!(lang, Msg::ContractYear, first = first, last = last))
        }
        None => words,
    }
}

/// `Sari Wulandari (PNS)` for headings, or nothing before a name is given.
pub fn person_words(profile: &Profile) -> Option<String> {
    let name = profile.name.trim();
    (!name.is_empty())
        .then(|| format!("{} ({})", crate::printable::printable(name), employee_word(profile.employee_type)))
}

/// `status`: the year at a glance, aligned label by label.
pub fn status_text(summary: &Summary, profile: &Profile, lang: Lang) -> String {
    let mut heading = tr!(lang, Msg::StatusHeading, year = summary.year);
    if let Some(person) = person_words(profile) {
        heading.push_str(&format!(" · {person}"));
    }
    let rows = status_rows(summary, lang);
    let width = rows.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0);
    let mut out = format!("{heading}\n\n");
    for (label, value) in rows {
        out.push_str(&format!("{label:<width$}  {value}\n"));
    }
    out.push_str(&format!("\n{}\n", lang.t(Msg::LabelTodos)));
    let todo_lines = todo_lines(summary, lang);
    if todo_lines.is_empty() {
        out.push_str(&format!("  {}\n", lang.t(Msg::TodoNothing)));
    }
    for line in todo_lines {
        out.push_str(&format!("  - {line}\n"));
    }
    out
}

/// One line per kind of open to-do, with its count; kinds with none are left out.
pub fn todo_lines(summary: &Summary, lang: Lang) -> Vec<String> {
    let todos = &summary.todos;
    [
        (todos.overdue.len(), tr!(lang, Msg::TodoOverdue, n = todos.overdue.len())),
        (todos.done_without_jp.len(), tr!(lang, Msg::TodoDoneWithoutJp, n = todos.done_without_jp.len())),
        (
            todos.done_without_reflection.len(),
            tr!(lang, Msg::TodoNoReflection, n = todos.done_without_reflection.len()),
        ),
        (todos.follow_ups_due.len(), tr!(lang, Msg::TodoFollowUps, n = todos.follow_ups_due.len())),
        (
            todos.logs_without_certificate.len(),
            tr!(lang, Msg::TodoNoCertificate, n = todos.logs_without_certificate.len()),
        ),
        (todos.logs_not_in_siasn.len(), tr!(lang, Msg::TodoNotInSiasn, n = todos.logs_not_in_siasn.len())),
        (todos.trainings_without_why.len(), tr!(lang, Msg::TodoNoWhy, n = todos.trainings_without_why.len())),
        (todos.days_over_cap.len(), tr!(lang, Msg::TodoOverCap, n = todos.days_over_cap.len())),
        (todos.months_over_cap.len(), tr!(lang, Msg::TodoMonthOverCap, n = todos.months_over_cap.len())),
    ]
    .into_iter()
    .filter(|(count, _)| *count > 0)
    .map(|(_, line)| line)
    .collect()
}
