//! The year's figures as text, one line, or JSON.

use serde_json::{Value, json};

use crate::i18n::{Lang, Msg};
use crate::model::{EmployeeType, Jp, Profile};
use crate::progress::{State, Summary};

/// JP as a JSON number: whole amounts as integers, others with their decimals.
pub fn jp_json(jp: Jp) -> Value {
    if jp.is_whole() { json!(jp.hundredths() / 100) } else { json!(jp.to_f64()) }
}

/// `status --json`: one object with every figure of the progress math.
pub fn status_json(summary: &Summary) -> Value {
    let todos = &summary.todos;
    json!({
        "year": summary.year,
        "target_jp": jp_json(summary.target),
        "done_jp": jp_json(summary.done),
        "gap_jp": jp_json(summary.gap),
        "remaining_plan_jp": jp_json(summary.remaining_plan),
        "projected_jp": jp_json(summary.projected),
        "expected_jp": jp_json(summary.expected),
        "pace_delta_jp": jp_json(summary.pace_delta),
        "days_left": summary.days_left,
        "state": summary.state.key(),
        "ceiling_jp": summary.ceiling.map(jp_json),
        "over_ceiling_jp": jp_json(summary.over_ceiling),
        "trainings_planned": summary.trainings_planned,
        "trainings_done": summary.trainings_done,
        "done_without_reflection": todos.done_without_reflection.len(),
        "follow_ups_due": todos.follow_ups_due.len(),
        "logs_without_certificate": todos.logs_without_certificate.len(),
        "logs_not_in_siasn": todos.logs_not_in_siasn.len(),
        "trainings_without_why": todos.trainings_without_why.len(),
        "days_over_cap": todos.days_over_cap.len(),
    })
}

pub fn state_word(state: State, lang: Lang) -> &'static str {
    lang.t(match state {
        State::Achieved => Msg::StateAchieved,
        State::OnPlan => Msg::StateOnPlan,
        State::AtRisk => Msg::StateAtRisk,
    })
}

/// "kurang 6,25 JP" / "6.25 JP to go", or that the target is reached.
pub fn gap_words(summary: &Summary, lang: Lang) -> String {
    if summary.gap.is_positive() {
        lang.f(Msg::GapLeft, &[("gap", &summary.gap.format(lang))])
    } else {
        lang.t(Msg::GapNone).to_string()
    }
}

pub fn pace_words(summary: &Summary, lang: Lang) -> String {
    let expected = summary.expected.format(lang);
    let delta = Jp::from_hundredths(summary.pace_delta.hundredths().abs()).format(lang);
    let msg = match summary.pace_delta.hundredths().signum() {
        1 => Msg::PaceAhead,
        -1 => Msg::PaceBehind,
        _ => Msg::PaceEven,
    };
    lang.f(msg, &[("delta", &delta), ("expected", &expected)])
}

pub fn plan_words(summary: &Summary, lang: Lang) -> String {
    let remaining = summary.remaining_plan.format(lang);
    let projected = summary.projected.format(lang);
    let args: [(&str, &dyn std::fmt::Display); 2] = [("remaining", &remaining), ("projected", &projected)];
    match summary.state {
        State::Achieved => lang.f(Msg::PlanBeyond, &args),
        State::OnPlan => lang.f(Msg::PlanCloses, &args),
        State::AtRisk => {
            let short = (summary.target - summary.projected).format(lang);
            lang.f(Msg::PlanShort, &[args[0], args[1], ("short", &short)])
        }
    }
}

/// Done as a whole percentage of the target (100 % when the target is 0).
pub fn percent_done(summary: &Summary) -> i64 {
    if summary.target.is_positive() {
        summary.done.hundredths() * 100 / summary.target.hundredths()
    } else {
        100
    }
}

/// `status --short`: one line for a shell prompt.
pub fn status_short(summary: &Summary, lang: Lang) -> String {
    let figures = lang.f(
        Msg::ShortLine,
        &[
            ("year", &summary.year),
            ("done", &summary.done.format(lang)),
            ("target", &summary.target.format(lang)),
        ],
    );
    let mut parts = vec![figures];
    if summary.gap.is_positive() {
        parts.push(lang.f(Msg::ShortGapLeft, &[("gap", &summary.gap.format(lang))]));
    }
    parts.push(state_word(summary.state, lang).to_lowercase());
    parts.join(" · ")
}

/// `status`: the year at a glance, aligned label by label.
pub fn status_text(summary: &Summary, profile: &Profile, lang: Lang) -> String {
    let mut heading = lang.f(Msg::StatusHeading, &[("year", &summary.year)]);
    if !profile.name.trim().is_empty() {
        let kind = match profile.employee_type {
            EmployeeType::Pns => "PNS",
            EmployeeType::Pppk => "PPPK",
        };
        heading.push_str(&format!(" · {} ({kind})", crate::text::printable(&profile.name)));
    }
    let done = lang.f(
        Msg::DoneOfTarget,
        &[
            ("done", &summary.done.format(lang)),
            ("target", &summary.target.format(lang)),
            ("percent", &percent_done(summary)),
            ("gap", &gap_words(summary, lang)),
        ],
    );
    let mut rows = vec![
        (lang.t(Msg::LabelDone), done),
        (lang.t(Msg::LabelPace), pace_words(summary, lang)),
        (lang.t(Msg::LabelPlan), plan_words(summary, lang)),
    ];
    if let Some(ceiling) = summary.ceiling {
        let ceiling = ceiling.format(lang);
        let words = if summary.over_ceiling.is_positive() {
            lang.f(Msg::CeilingOver, &[("ceiling", &ceiling), ("over", &summary.over_ceiling.format(lang))])
        } else {
            lang.f(Msg::CeilingWithin, &[("ceiling", &ceiling)])
        };
        rows.push((lang.t(Msg::LabelCeiling), words));
    }
    rows.push((lang.t(Msg::LabelState), state_word(summary.state, lang).to_string()));
    rows.push((lang.t(Msg::LabelDaysLeft), summary.days_left.to_string()));

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
        (Msg::TodoNoReflection, todos.done_without_reflection.len()),
        (Msg::TodoFollowUps, todos.follow_ups_due.len()),
        (Msg::TodoNoCertificate, todos.logs_without_certificate.len()),
        (Msg::TodoNotInSiasn, todos.logs_not_in_siasn.len()),
        (Msg::TodoNoWhy, todos.trainings_without_why.len()),
        (Msg::TodoOverCap, todos.days_over_cap.len()),
    ]
    .into_iter()
    .filter(|(_, count)| *count > 0)
    .map(|(msg, count)| lang.f(msg, &[("n", &count)]))
    .collect()
}
