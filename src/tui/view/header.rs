//! The header: the year, a gauge of done / target, the gap, pace, projection and state in words.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use unicode_width::UnicodeWidthStr;

use crate::i18n::{Lang, Msg};
use crate::model::{Jp, format_day_month, short_month_name};
use crate::printable::printable;
use crate::progress::{State, Summary};
use crate::report::{gap_words, percent_done, percent_words, person_words, state_word};
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let summary = &app.cache.summary;
    let [title, gauge, figures, plan] =
        Layout::default().direction(Direction::Vertical).constraints([Constraint::Length(1); 4]).areas(area);

    let mut left = format!(" tumbuh · {}", summary.year);
    if let Some(person) = person_words(&app.plan().profile) {
        left.push_str(&format!(" · {person}"));
    }
    let mut spans = vec![Span::styled(left, theme.title)];
    if app.demo {
        spans.push(Span::styled(format!("  [{}]", lang.t(Msg::TuiDemo)), theme.warning));
    }
    if app.is_read_only() {
        spans.push(Span::styled(format!("  [{}]", lang.t(Msg::TuiReadOnlyFlag)), theme.error));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), title);

    // A file that does not read has no figures to show: only what is wrong, and where.
    if let Some(error) = app.unreadable_error() {
        let first = error.lines().next().unwrap_or_default();
        let below_title = Rect { y: gauge.y, height: area.height.saturating_sub(1), ..area };
        let text = Paragraph::new(Span::styled(format!(" ✗ {}", printable(first)), theme.error));
        frame.render_widget(text.wrap(Wrap { trim: false }), below_title);
        return;
    }

    let style = theme.state(summary.state);
    frame.render_widget(
        Gauge::default()
            .gauge_style(style)
            .ratio(gauge_ratio(summary.done, summary.target))
            .label(gauge_label(summary, lang))
            .use_unicode(true),
        inset(gauge),
    );

    // Pace and days left speak of the current year; a past or future year says so instead.
    let mut parts = vec![gap_words(summary, lang)];
    match app.year.cmp(&app.today.year()) {
        std::cmp::Ordering::Less => parts.push(tr!(lang, Msg::YearEnded, year = summary.year)),
        std::cmp::Ordering::Greater => parts.push(lang.t(Msg::HeaderYearAhead).to_string()),
        std::cmp::Ordering::Equal => {
            parts.push(pace_words(summary, lang));
            parts.push(tr!(lang, Msg::HeaderDaysLeft, days = summary.days_left));
        }
    }
    if summary.done.is_positive() {
        parts.push(tr!(lang, Msg::HeaderSiasn, jp = summary.siasn.format(lang)));
    }
    let width = area.width.saturating_sub(1) as usize;
    frame.render_widget(Paragraph::new(format!(" {}", fit(parts, width))), figures);

    // An empty year is not yet "at risk": there is simply nothing planned.
    let nothing_yet =
        !summary.done.is_positive() && !summary.remaining_plan.is_positive() && app.year >= app.today.year();
    let state = if nothing_yet && summary.state == State::AtRisk && summary.trainings_overdue == 0 {
        lang.t(Msg::HeaderNoPlanYet)
    } else {
        state_word(summary.state, lang)
    };
    let state = format!(" ● {state}");
    // What needs saying most comes first: the ceiling, trainings whose dates have passed, what
    // a working day must bring, the catch-up offer, what to plan by the quarter's end, then the
    // plan in words.
    let mut warnings = Vec::new();
    if let Some(check) = summary.ceiling.filter(|c| c.over.is_positive()) {
        let mut warning = tr!(
            lang,
            Msg::HeaderCeiling,
            ceiling = check.ceiling.format(lang),
            over = check.over.format(lang)
        );
        if let Some((first, last)) = check.window {
            let (first, last) = (format_day_month(first, lang), format_day_month(last, lang));
            warning
                .push_str(&format!(" ({})", tr!(lang, Msg::HeaderContractYear, first = first, last = last)));
        }
        warnings.push(warning);
    }
    if summary.trainings_overdue > 0 {
        warnings.push(tr!(lang, Msg::HeaderOverdue, n = summary.trainings_overdue));
    }
    let mut words = Vec::new();
    if !nothing_yet {
        if let Some(jp) = summary.needed_per_workday {
            words.push(tr!(lang, Msg::HeaderPerWorkday, jp = jp.format(lang)));
        }
        if app.catch_up_offered() {
            words.push(lang.t(Msg::HeaderCatchUp).to_string());
        }
    }
    // What to plan by the quarter's end is a plan, so it stands with the plan in words; on an
    // empty year it is the first thing to do.
    if let Some(plan) = summary.pace_plan.filter(|_| app.year == app.today.year()) {
        let month = short_month_name(plan.by.month(), lang);
        words.push(tr!(lang, Msg::HeaderPacePlan, jp = plan.jp.format(lang), month = month));
    }
    if !nothing_yet && !summary.closed {
        words.push(plan_words(summary, lang));
    }
    let room = width.saturating_sub(state.width());
    // The most important warning shows even when it has to be cut; the others only when they fit.
    let mut shown_warnings = fit_all(&warnings, room);
    if shown_warnings.is_empty() {
        shown_warnings.extend(warnings.first());
    }
    let rest = room.saturating_sub(shown_warnings.iter().map(|w| w.width() + 5).sum::<usize>());
    let mut spans = vec![Span::styled(state, style)];
    for warning in shown_warnings {
        spans.push(Span::styled(format!(" · ⚠ {warning}"), theme.warning));
    }
    for word in fit_all(&words, rest) {
        spans.push(Span::raw(format!(" · {word}")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), plan);
}

/// The parts joined with " · " while they fit in `width`; the first always.
fn fit(parts: Vec<String>, width: usize) -> String {
    let mut line = String::new();
    for part in parts {
        let joined = if line.is_empty() { part } else { format!("{line} · {part}") };
        if !line.is_empty() && joined.width() > width {
            break;
        }
        line = joined;
    }
    line
}

/// As many of `parts` as fit in `width`, each taking its text and " · ", in order.
fn fit_all(parts: &[String], width: usize) -> Vec<&String> {
    let mut used = 0;
    parts
        .iter()
        .take_while(|part| {
            used += part.width() + 5;
            used <= width
        })
        .collect()
}

fn inset(area: Rect) -> Rect {
    Rect { x: area.x + 1, width: area.width.saturating_sub(2), ..area }
}

/// 0–1 for the gauge: a target of 0 counts as full, and more than the target stays full.
fn gauge_ratio(done: Jp, target: Jp) -> f64 {
    if !target.is_positive() {
        return 1.0;
    }
    let ratio = done.hundredths() as f64 / target.hundredths() as f64;
    if ratio.is_finite() { ratio.clamp(0.0, 1.0) } else { 0.0 }
}

fn gauge_label(summary: &Summary, lang: Lang) -> String {
    let figures = format!("{} / {} JP", summary.done.format(lang), summary.target.format(lang));
    format!("{figures} · {}", percent_words(percent_done(summary), lang))
}

fn pace_words(summary: &Summary, lang: Lang) -> String {
    let delta = Jp::from_hundredths(summary.pace_delta.hundredths().abs()).format(lang);
    match summary.pace_delta.hundredths().signum() {
        1 => tr!(lang, Msg::HeaderPaceAhead, delta = delta),
        -1 => tr!(lang, Msg::HeaderPaceBehind, delta = delta),
        _ => lang.t(Msg::HeaderPaceEven).to_string(),
    }
}

fn plan_words(summary: &Summary, lang: Lang) -> String {
    let projected = summary.projected.format(lang);
    match summary.state {
        State::Achieved => tr!(lang, Msg::HeaderPlanBeyond, projected = projected),
        State::OnPlan => tr!(lang, Msg::HeaderPlanCloses, projected = projected),
        State::AtRisk | State::NotAchieved => {
            let short = (summary.target - summary.projected).format(lang);
            tr!(lang, Msg::HeaderPlanShort, short = short, projected = projected)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gauge_never_leaves_its_range() {
        assert_eq!(gauge_ratio(Jp::whole(30), Jp::whole(20)), 1.0);
        assert_eq!(gauge_ratio(Jp::whole(5), Jp::ZERO), 1.0);
        assert_eq!(gauge_ratio(Jp::whole(5), Jp::whole(20)), 0.25);
        assert_eq!(gauge_ratio(Jp::whole(-5), Jp::whole(20)), 0.0);
    }
}
