//! The header: the year, a gauge of done / target, the gap, pace, projection and state in words.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph};

use crate::i18n::{Lang, Msg};
use crate::model::Jp;
use crate::progress::{State, Summary};
use crate::report::{gap_words, percent_done, person_words, state_word};
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
    let time = match app.year.cmp(&app.today.year()) {
        std::cmp::Ordering::Less => lang.t(Msg::HeaderYearOver).to_string(),
        std::cmp::Ordering::Greater => lang.t(Msg::HeaderYearAhead).to_string(),
        std::cmp::Ordering::Equal => format!(
            "{} · {}",
            pace_words(summary, lang),
            tr!(lang, Msg::HeaderDaysLeft, days = summary.days_left)
        ),
    };
    frame.render_widget(Paragraph::new(format!(" {} · {time}", gap_words(summary, lang))), figures);

    // An empty year is not yet "at risk": there is simply nothing planned.
    let nothing_yet =
        !summary.done.is_positive() && !summary.remaining_plan.is_positive() && app.year >= app.today.year();
    let state = if nothing_yet && summary.state == State::AtRisk {
        lang.t(Msg::HeaderNoPlanYet)
    } else {
        state_word(summary.state, lang)
    };
    let mut spans = vec![Span::styled(format!(" ● {state}"), style)];
    // Over a PPPK ceiling, that warning is what the line says; otherwise the plan in words.
    match summary.ceiling.filter(|_| summary.over_ceiling.is_positive()) {
        Some(ceiling) => {
            let warning = tr!(
                lang,
                Msg::HeaderCeiling,
                ceiling = ceiling.format(lang),
                over = summary.over_ceiling.format(lang)
            );
            spans.push(Span::styled(format!(" · ⚠ {warning}"), theme.warning));
        }
        None if !nothing_yet => spans.push(Span::raw(format!(" · {}", plan_words(summary, lang)))),
        None => {}
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), plan);
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
    if summary.target.is_positive() && summary.done > summary.target {
        format!("{figures} · {}% · {}", percent_done(summary), lang.t(Msg::HeaderOverTarget))
    } else {
        format!("{figures} · {}%", percent_done(summary))
    }
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
        State::AtRisk => {
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
