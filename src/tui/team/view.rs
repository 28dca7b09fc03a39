//! Drawing the unit's screen: reads `TeamScreen`, draws it, nothing else. A member's year open
//! on top is drawn by the planner's own `view::draw`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Clear, Gauge, Paragraph, Row, Table, TableState, Wrap};

use super::{Sort, TEAM, TeamPane, TeamScreen};
use crate::catalog::Catalog;
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Jp, format_date};
use crate::printable::printable;
use crate::report::state_word;
use crate::report::team::{at_target_words, mix_parts, why_words};
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::popup::centered;
use crate::tui::theme::Theme;

/// From this width the three panes stand side by side: the members on the left, the needs and
/// the mix on the right.
pub const WIDE: u16 = 120;
const HEADER_HEIGHT: u16 = 4;

pub struct TeamLayout {
    pub too_small: bool,
    pub header: Rect,
    pub tabs: Option<Rect>,
    /// Each pane's area, in `TeamPane::ALL` order; in the narrow layout all share one.
    pub panes: [Rect; 3],
    pub shown: [bool; 3],
    pub status: Rect,
}

/// Where everything goes for a terminal size; a narrow screen shows only the `focus` pane.
pub fn team_layout(size: Rect, focus: TeamPane) -> TeamLayout {
    let none = TeamLayout {
        too_small: true,
        header: Rect::default(),
        tabs: None,
        panes: [Rect::default(); 3],
        shown: [false; 3],
        status: Rect::default(),
    };
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return none;
    }
    let [header, middle, status] = Layout::default()
        .direction(Direction::Vertical)
        .constraints([Constraint::Length(HEADER_HEIGHT), Constraint::Min(3), Constraint::Length(1)])
        .areas(size);
    if size.width >= WIDE {
        let [left, right] = Layout::default()
            .direction(Direction::Horizontal)
            .constraints([Constraint::Percentage(55), Constraint::Percentage(45)])
            .areas(middle);
        let [needs, mix] = Layout::default()
            .direction(Direction::Vertical)
            .constraints([Constraint::Percentage(55), Constraint::Percentage(45)])
            .areas(right);
        TeamLayout {
            too_small: false,
            header,
            tabs: None,
            panes: [left, needs, mix],
            shown: [true; 3],
            status,
        }
    } else {
        let [tabs, pane] = Layout::default()
            .direction(Direction::Vertical)
            .constraints([Constraint::Length(1), Constraint::Min(3)])
            .areas(middle);
        let shown = TeamPane::ALL.map(|p| p == focus);
        TeamLayout { too_small: false, header, tabs: Some(tabs), panes: [pane; 3], shown, status }
    }
}

/// Rows under the members list for the selected member's details, when the pane is tall enough.
pub fn detail_height(pane_height: u16) -> u16 {
    if pane_height >= 14 { 4 } else { 0 }
}

pub fn draw(frame: &mut Frame, screen: &TeamScreen, theme: &Theme) {
    if let Some(app) = &screen.detail {
        return crate::tui::view::draw(frame, app, theme);
    }
    let area = frame.area();
    let lang = screen.lang;
    let layout = team_layout(area, screen.focus);
    if layout.too_small {
        frame.render_widget(Paragraph::new(lang.t(Msg::TuiTooSmall)).wrap(Wrap { trim: true }), area);
        return;
    }
    header(frame, layout.header, screen, theme);
    if let Some(tabs) = layout.tabs {
        tab_bar(frame, tabs, screen, theme);
    }
    for pane in TeamPane::ALL {
        if !layout.shown[pane.index()] {
            continue;
        }
        let area = layout.panes[pane.index()];
        match pane {
            TeamPane::Members => members(frame, area, screen, theme),
            TeamPane::Needs => needs(frame, area, screen, theme),
            TeamPane::Mix => mix(frame, area, screen, theme),
        }
    }
    status_line(frame, layout.status, screen, theme);
    if screen.help {
        help(frame, area, lang, theme);
    }
}

fn header(frame: &mut Frame, area: Rect, screen: &TeamScreen, theme: &Theme) {
    let (lang, team) = (screen.lang, &screen.team);
    let s = &team.summary;
    let [title, gauge, states, more] =
        Layout::default().direction(Direction::Vertical).constraints([Constraint::Length(1); 4]).areas(area);
    let mut left = format!(" {}", tr!(lang, Msg::TeamHeaderTitle, year = team.year));
    if !team.units.is_empty() {
        left.push_str(&format!(" · {}", printable(&team.units.join(", "))));
    }
    left.push_str(&format!(" · {}", tr!(lang, Msg::TeamMembersCount, n = s.members)));
    frame.render_widget(Paragraph::new(Span::styled(left, theme.title)), title);

    let ratio = if s.members == 0 { 0.0 } else { s.at_target as f64 / s.members as f64 };
    let label = tr!(lang, Msg::TeamHeaderGauge, share = at_target_words(team, lang));
    let style = if s.at_risk + s.not_achieved > 0 { theme.at_risk } else { theme.achieved };
    let gauge_area = Rect { x: gauge.x + 1, width: gauge.width.saturating_sub(2), ..gauge };
    frame.render_widget(
        Gauge::default().gauge_style(style).ratio(ratio).label(label).use_unicode(true),
        gauge_area,
    );

    // A year still running has members on plan or at risk; one that has ended, members who did
    // not make it: never both, so the line says only what can be.
    let counts = if s.not_achieved > 0 && s.on_plan + s.at_risk == 0 {
        tr!(lang, Msg::TeamHeaderStatesClosed, not_achieved = s.not_achieved)
    } else {
        tr!(lang, Msg::TeamHeaderStates, on_plan = s.on_plan, at_risk = s.at_risk)
    };
    let siasn = tr!(lang, Msg::TeamHeaderSiasn, jp = s.not_in_siasn().format(lang));
    frame.render_widget(Paragraph::new(format!(" {counts} · {siasn}")), states);

    let by = lang.t(match screen.sort {
        Sort::Gap => Msg::TeamSortGap,
        Sort::Name => Msg::TeamSortName,
    });
    let mut spans = vec![Span::styled(
        format!(
            " {} · {}",
            tr!(lang, Msg::ReportAsOf, date = format_date(screen.today, lang)),
            tr!(lang, Msg::TeamHeaderSorted, by = by)
        ),
        theme.muted,
    )];
    if !team.unreadable.is_empty() {
        let text = tr!(lang, Msg::TeamHeaderUnreadable, n = team.unreadable.len());
        spans.push(Span::styled(format!(" · {text}"), theme.warning));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), more);
}

fn tab_bar(frame: &mut Frame, area: Rect, screen: &TeamScreen, theme: &Theme) {
    let third = (area.width / 3) as usize;
    let spans: Vec<Span> = TeamPane::ALL
        .into_iter()
        .enumerate()
        .map(|(i, pane)| {
            let count = match pane {
                TeamPane::Members => format!(" ({})", screen.team.members.len()),
                TeamPane::Needs => format!(" ({})", screen.team.needs.len()),
                TeamPane::Mix => String::new(),
            };
            let label = format!(" {} {}{count} ", i + 1, screen.lang.t(pane.title()));
            let label: String = label.chars().chain(std::iter::repeat(' ')).take(third).collect();
            let style = if pane == screen.focus { theme.selected } else { theme.muted };
            Span::styled(label, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn block<'a>(screen: &TeamScreen, pane: TeamPane, count: Option<usize>, theme: &Theme) -> Block<'a> {
    let border = if screen.focus == pane { theme.focus_border } else { theme.border };
    let mut spans = vec![Span::styled(format!(" {} ", screen.lang.t(pane.title())), theme.title)];
    if let Some(count) = count {
        spans.push(Span::styled(format!("{count} "), theme.muted));
    }
    Block::default().borders(Borders::ALL).border_style(border).title(Line::from(spans))
}

/// A list's columns: their headings and widths.
type Columns<'a> = (Vec<&'a str>, Vec<Constraint>);

/// A table of `count` rows of `pane` from its scroll offset, with its selection.
fn list<'a>(
    frame: &mut Frame,
    (area, pane): (Rect, TeamPane),
    screen: &TeamScreen,
    theme: &Theme,
    (headings, widths): Columns<'a>,
    count: usize,
    row: impl Fn(usize) -> Vec<Cell<'a>>,
) {
    let i = pane.index();
    let visible = area.height.saturating_sub(1) as usize;
    let first = screen.offset[i].min(count);
    let last = (first + visible).min(count);
    let rows: Vec<Row> = (first..last).map(|n| Row::new(row(n))).collect();
    let focused = screen.focus == pane;
    let table = Table::new(rows, widths)
        .header(Row::new(headings.into_iter().map(Cell::from)).style(theme.muted))
        .row_highlight_style(if focused { theme.selected } else { theme.title })
        .highlight_symbol("▌");
    let mut state = TableState::default();
    if count > 0 {
        state.select(Some(screen.selected[i].saturating_sub(first)));
    }
    frame.render_stateful_widget(table, area, &mut state);
}

fn empty(frame: &mut Frame, area: Rect, block: Block<'_>, text: &str, theme: &Theme) {
    let paragraph = Paragraph::new(Line::styled(text.to_string(), theme.muted)).wrap(Wrap { trim: true });
    frame.render_widget(paragraph.block(block), area);
}

fn members(frame: &mut Frame, area: Rect, screen: &TeamScreen, theme: &Theme) {
    let (lang, team) = (screen.lang, &screen.team);
    let block = block(screen, TeamPane::Members, Some(team.members.len()), theme);
    if team.members.is_empty() {
        return empty(frame, area, block, lang.t(Msg::TeamNoMembers), theme);
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let detail = detail_height(area.height).min(inner.height);
    let list_area = Rect { height: inner.height - detail, ..inner };
    let wide = inner.width >= 70;
    let mut headings = vec![lang.t(Msg::FieldName), lang.t(Msg::TeamColState), lang.t(Msg::TeamColDoneShort)];
    let mut widths = vec![Constraint::Fill(1), Constraint::Length(14), Constraint::Length(9)];
    headings.extend([lang.t(Msg::TeamColGap), lang.t(Msg::TeamColOverdueShort)]);
    widths.extend([Constraint::Length(10), Constraint::Length(7)]);
    if wide {
        headings.push(lang.t(Msg::TeamColNotInSiasn));
        widths.push(Constraint::Length(12));
    }
    let right = |text: String| Cell::from(Line::from(text).right_aligned());
    list(frame, (list_area, TeamPane::Members), screen, theme, (headings, widths), screen.order.len(), |n| {
        let m = &team.members[screen.order[n]];
        let mut cells = vec![
            Cell::from(printable(&m.shown_name()).into_owned()),
            Cell::from(Span::styled(state_word(m.state, lang), theme.state(m.state))),
            right(format!("{}/{}", m.done.format(lang), m.target.format(lang))),
            right(if m.gap.is_positive() { m.gap.format(lang) } else { "—".into() }),
            right(if m.overdue.is_empty() { "—".into() } else { m.overdue.len().to_string() }),
        ];
        if wide {
            let backlog = m.not_in_siasn();
            cells.push(right(if backlog.is_positive() {
                format!("{} JP", backlog.format(lang))
            } else {
                "—".into()
            }));
        }
        cells
    });
    if detail > 0
        && let Some(m) = screen.selected_member()
    {
        let detail_area = Rect { y: list_area.y + list_area.height, height: detail, ..inner };
        let mut who = vec![printable(&m.file.display().to_string()).into_owned()];
        if !m.nip.is_empty() {
            who.push(format!("NIP {}", printable(&m.nip)));
        }
        if !m.unit.is_empty() {
            who.push(printable(&m.unit).into_owned());
        }
        let mut lines = vec![
            Line::styled("─".repeat(detail_area.width as usize), theme.border),
            Line::from(who.join(" · ")),
        ];
        let projected = format!("{}: {} JP", lang.t(Msg::TeamColProjected), m.projected.format(lang));
        lines.push(Line::from(projected));
        if !m.overdue.is_empty() {
            let titles = m.overdue.iter().map(|t| printable(t).into_owned()).collect::<Vec<_>>().join("; ");
            lines.push(Line::styled(format!("{}: {titles}", lang.t(Msg::TeamColOverdue)), theme.warning));
        }
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), detail_area);
    }
}

fn needs(frame: &mut Frame, area: Rect, screen: &TeamScreen, theme: &Theme) {
    let (lang, team) = (screen.lang, &screen.team);
    let block = block(screen, TeamPane::Needs, Some(team.needs.len()), theme);
    if team.needs.is_empty() {
        return empty(frame, area, block, lang.t(Msg::TeamNoNeeds), theme);
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let show_competency = inner.width >= 64;
    let mut headings = vec![lang.t(Msg::ColTitle), lang.t(Msg::ColForm)];
    let mut widths = vec![Constraint::Fill(3), Constraint::Fill(2)];
    if show_competency {
        headings.push(lang.t(Msg::ColCompetency));
        widths.push(Constraint::Length(15));
    }
    headings.extend([lang.t(Msg::TeamColMembers), lang.t(Msg::ColJp)]);
    widths.extend([Constraint::Length(8), Constraint::Length(6)]);
    let right = |text: String| Cell::from(Line::from(text).right_aligned());
    let catalog = Catalog::builtin();
    list(frame, (inner, TeamPane::Needs), screen, theme, (headings, widths), team.needs.len(), |n| {
        let need = &team.needs[n];
        let form = need
            .form
            .as_deref()
            .map_or("—".to_string(), |key| printable(catalog.label(key, lang)).into_owned());
        let mut cells = vec![Cell::from(printable(&need.title).into_owned()), Cell::from(form)];
        if show_competency {
            let competency = need
                .competency
                .map_or(lang.t(Msg::CompetencyNotGiven), |c| describe::domain::competency(c, lang));
            cells.push(Cell::from(competency));
        }
        cells.extend([right(need.members.to_string()), right(need.planned_jp.format(lang))]);
        cells
    });
}

/// A bar of `width` cells for `part` of `whole`.
fn bar(part: Jp, whole: Jp, width: usize) -> String {
    let filled = if whole.is_positive() {
        (part.hundredths() * width as i64 / whole.hundredths()).clamp(0, width as i64) as usize
    } else {
        0
    };
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

fn percent_of(part: Jp, whole: Jp, lang: Lang) -> String {
    if !whole.is_positive() {
        return "—".into();
    }
    // Rounded like the md report's shares.
    tr!(lang, Msg::Percent, n = Jp::from_ratio(part.hundredths() * 100, whole.hundredths()).hundredths())
}

/// The mix pane's lines: done JP by competency type, against the 10:20:70 model, and the files
/// that were not read.
pub fn mix_lines(screen: &TeamScreen, theme: &Theme) -> Vec<Line<'static>> {
    let (lang, team) = (screen.lang, &screen.team);
    let done = team.summary.done;
    let mut lines = vec![Line::styled(lang.t(Msg::ReportByCompetency).to_string(), theme.title)];
    let (given, not_given): (Vec<_>, Vec<_>) = team.by_competency.iter().partition(|(c, _)| c.is_some());
    if given.is_empty() && not_given.is_empty() {
        lines.push(Line::styled(format!(" {}", lang.t(Msg::ReportNone)), theme.muted));
    }
    for (competency, jp) in given.into_iter().chain(not_given) {
        let name =
            competency.map_or(lang.t(Msg::CompetencyNotGiven), |c| describe::domain::competency(c, lang));
        lines.push(Line::from(format!(
            " {name:<16} {} {:>8} JP {:>5}",
            bar(*jp, done, 10),
            jp.format(lang),
            percent_of(*jp, done, lang)
        )));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(lang.t(Msg::ReportByMix).to_string(), theme.title));
    for (part, jp) in mix_parts(team) {
        let (name, model) = match part {
            Some(mix) => (
                describe::domain::mix(mix, lang),
                format!(" · {}", tr!(lang, Msg::Percent, n = mix.model_percent())),
            ),
            None => (lang.t(Msg::MixNotKnown), String::new()),
        };
        lines.push(Line::from(format!(" {name}")));
        lines.push(Line::from(format!(
            "   {} {:>8} JP {:>5}{model}",
            bar(jp, done, 10),
            jp.format(lang),
            percent_of(jp, done, lang)
        )));
    }
    if !team.unreadable.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled(lang.t(Msg::TeamUnreadableHeading).to_string(), theme.warning));
        for unreadable in &team.unreadable {
            let file = printable(&unreadable.file.display().to_string()).into_owned();
            let why = printable(why_words(unreadable, lang).lines().next().unwrap_or_default()).into_owned();
            lines.push(Line::from(format!(" {file}: {why}")));
        }
    }
    lines
}

fn mix(frame: &mut Frame, area: Rect, screen: &TeamScreen, theme: &Theme) {
    let block = block(screen, TeamPane::Mix, None, theme);
    let offset = screen.offset[TeamPane::Mix.index()] as u16;
    let paragraph = Paragraph::new(mix_lines(screen, theme)).wrap(Wrap { trim: false }).scroll((offset, 0));
    frame.render_widget(paragraph.block(block), area);
}

fn status_line(frame: &mut Frame, area: Rect, screen: &TeamScreen, theme: &Theme) {
    let lang = screen.lang;
    let left = match &screen.note {
        Some(note) => Line::from(Span::styled(format!(" ✗ {}", printable(note)), theme.error)),
        None => Line::from(""),
    };
    let room = (area.width as usize).saturating_sub(left.width() + 2);
    let mut used = 0;
    let mut hints: Vec<Span> = Vec::new();
    for binding in TEAM {
        let Some(hint) = binding.hint else { continue };
        let word = format!(" {}  ", lang.t(hint));
        let width = binding.label.chars().count() + word.chars().count();
        if used + width > room {
            continue;
        }
        used += width;
        hints.push(Span::styled(binding.label, theme.key));
        hints.push(Span::styled(word, theme.muted));
    }
    let [note, keys] = Layout::default()
        .direction(Direction::Horizontal)
        .constraints([Constraint::Length((left.width() as u16).min(area.width) + 1), Constraint::Fill(1)])
        .areas(area);
    frame.render_widget(Paragraph::new(left), note);
    frame.render_widget(Paragraph::new(Line::from(hints).right_aligned()), keys);
}

fn help(frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
    let mut lines: Vec<Line> = TEAM
        .iter()
        .map(|b| {
            Line::from(vec![Span::styled(format!("{:<10}", b.label), theme.key), Span::raw(lang.t(b.help))])
        })
        .collect();
    lines.push(Line::from(vec![
        Span::styled(format!("{:<10}", "q Esc"), theme.key),
        Span::raw(lang.t(Msg::TeamKeyBack)),
    ]));
    let box_area = centered(area, 64, lines.len() as u16 + 2);
    frame.render_widget(Clear, box_area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border)
        .title(Span::styled(format!(" {} ", lang.t(Msg::TeamHelpTitle)), theme.title))
        .title_bottom(Span::styled(format!(" {} ", lang.t(Msg::HelpClose)), theme.muted));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).block(block), box_area);
}
