//! The catch-up plan in words: each item's title, days and why, what the plan reaches, the text
//! and JSON of `plan suggest`, and the planned training an item becomes. Pure; the planner's
//! popup uses the same words.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::model::{Jp, Status, Training, UnknownKeys, month_name, short_month_name};
use crate::progress::{CatchUp, CatchUpItem, How, State};

/// `E-learning (kejar target)`: a title a person recognises in the plan.
pub fn title(item: &CatchUpItem, catalog: &Catalog, lang: Lang) -> String {
    tr!(lang, Msg::CatchUpTitle, form = catalog.label(&item.form, lang))
}

/// Why this form, in these amounts: the cap or the count that shapes it.
pub fn why(item: &CatchUpItem, catalog: &Catalog, lang: Lang) -> String {
    let form = catalog.label(&item.form, lang);
    match item.how {
        How::Alone { cap } => tr!(lang, Msg::CatchUpWhyAlone, form = form, cap = cap.format(lang)),
        How::ByTheDay { per_day } => tr!(lang, Msg::CatchUpWhyDay, form = form, jp = per_day.format(lang)),
        How::Sessions { per_session, cap, left } => {
            let (per, month) = (per_session.format(lang), month_name(item.first_day().month(), lang));
            if item.form == "mentoring" {
                tr!(
                    lang,
                    Msg::CatchUpWhyMentoring,
                    form = form,
                    per = per,
                    cap = cap,
                    month = month,
                    left = left
                )
            } else {
                tr!(
                    lang,
                    Msg::CatchUpWhyCoaching,
                    form = form,
                    per = per,
                    cap = cap,
                    month = month,
                    left = left
                )
            }
        }
    }
}

/// `15–17 Des`, `18, 21–23 Des`: days of one month, runs of consecutive days joined.
pub fn days_words(days: &[NaiveDate], lang: Lang) -> String {
    let mut runs: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for &day in days {
        match runs.last_mut() {
            Some((_, last)) if last.succ_opt() == Some(day) && last.month() == day.month() => *last = day,
            _ => runs.push((day, day)),
        }
    }
    let mut words = Vec::new();
    for (i, (first, last)) in runs.iter().enumerate() {
        let run =
            if first == last { first.day().to_string() } else { format!("{}–{}", first.day(), last.day()) };
        let month_ends = runs.get(i + 1).is_none_or(|(next, _)| next.month() != last.month());
        words.push(if month_ends { format!("{run} {}", short_month_name(last.month(), lang)) } else { run });
    }
    words.join(", ")
}

/// `13 hari kerja`, `1 working day`.
pub fn workdays_words(n: usize, lang: Lang) -> String {
    if n == 1 { tr!(lang, Msg::CatchUpWorkday, n = n) } else { tr!(lang, Msg::CatchUpWorkdays, n = n) }
}

/// What there is to catch up and the days left for it, or why there is nothing to plan.
pub fn need_words(catch_up: &CatchUp, lang: Lang) -> String {
    let year = catch_up.year;
    match catch_up.state {
        State::Achieved => tr!(lang, Msg::CatchUpAchieved, year = year),
        State::NotAchieved => tr!(lang, Msg::CatchUpClosed, year = year),
        State::OnPlan => tr!(lang, Msg::CatchUpOnPlan, year = year),
        State::AtRisk if catch_up.workdays_left == 0 => {
            tr!(lang, Msg::CatchUpNoDays, year = year, need = catch_up.need.format(lang))
        }
        State::AtRisk => tr!(
            lang,
            Msg::CatchUpNeed,
            need = catch_up.need.format(lang),
            days = workdays_words(catch_up.workdays_left, lang)
        ),
    }
}

/// Where the year ends with `chosen` of the items, and in how many working days; `None` when
/// the plan has no items.
pub fn outcome_words<'a>(
    catch_up: &CatchUp,
    chosen: impl IntoIterator<Item = &'a CatchUpItem> + Clone,
    lang: Lang,
) -> Option<String> {
    if catch_up.items.is_empty() {
        return None;
    }
    let jp = CatchUp::jp_of(chosen.clone());
    let projected = (catch_up.projected + jp).format(lang);
    let target = catch_up.target.format(lang);
    let short = catch_up.need - jp;
    Some(if !short.is_positive() {
        let days = workdays_words(CatchUp::days_of(chosen), lang);
        tr!(lang, Msg::CatchUpCloses, projected = projected, target = target, days = days)
    } else if jp == catch_up.reached() {
        tr!(lang, Msg::CatchUpShort, projected = projected, short = short.format(lang), target = target)
    } else {
        tr!(lang, Msg::CatchUpChosenShort, projected = projected, short = short.format(lang), target = target)
    })
}

/// `plan suggest`: the heading, what is needed, each item with its JP, days and why, and where
/// the year ends with all of them.
pub fn text(catch_up: &CatchUp, catalog: &Catalog, lang: Lang) -> String {
    let mut out = tr!(lang, Msg::CatchUpHeading, year = catch_up.year) + "\n";
    out.push_str(&need_words(catch_up, lang));
    out.push('\n');
    if catch_up.items.is_empty() {
        return out;
    }
    out.push('\n');
    let labels: Vec<&str> = catch_up.items.iter().map(|item| catalog.label(&item.form, lang)).collect();
    let jps: Vec<String> =
        catch_up.items.iter().map(|item| format!("{} JP", item.jp().format(lang))).collect();
    let label_width = labels.iter().map(|label| label.width()).max().unwrap_or(0);
    let jp_width = jps.iter().map(|jp| jp.width()).max().unwrap_or(0);
    for ((item, label), jp) in catch_up.items.iter().zip(labels).zip(jps) {
        let pad = " ".repeat(label_width - label.width());
        let days: Vec<NaiveDate> = item.dates().collect();
        out.push_str(&format!("  {label}{pad}  {jp:>jp_width$}  {}\n", days_words(&days, lang)));
        out.push_str(&format!("    {}\n", why(item, catalog, lang)));
    }
    if let Some(words) = outcome_words(catch_up, &catch_up.items, lang) {
        out.push('\n');
        out.push_str(&words);
        out.push('\n');
    }
    out
}

/// One item of `plan suggest --json`; `id` once `--add` has added it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemRecord {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub form: String,
    pub jp: Jp,
    pub days: Vec<NaiveDate>,
    pub title: String,
    pub why: String,
}

pub fn record(item: &CatchUpItem, catalog: &Catalog, lang: Lang) -> ItemRecord {
    ItemRecord {
        id: None,
        form: item.form.clone(),
        jp: item.jp(),
        days: item.dates().collect(),
        title: title(item, catalog, lang),
        why: why(item, catalog, lang),
    }
}

/// The planned training an item becomes: its title, dated on its first and last day. Its work
/// problem is left for the person to write: only they know which problem the hours answer, and
/// the to-do "no work problem given" asks for it.
pub fn training(item: &CatchUpItem, year: i32, catalog: &Catalog, lang: Lang) -> Training {
    let (first, last) = (item.first_day(), item.last_day());
    Training {
        id: String::new(),
        year,
        title: title(item, catalog, lang),
        provider: String::new(),
        form: Some(item.form.clone()),
        competency: None,
        start: Some(first),
        end: (last != first).then_some(last),
        planned_jp: item.jp(),
        status: Status::Planned,
        why: String::new(),
        extra: UnknownKeys::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn item(form: &str, how: How, days: &[u32]) -> CatchUpItem {
        CatchUpItem { form: form.into(), how, days: days.iter().map(|d| (dec(*d), Jp::whole(2))).collect() }
    }

    #[test]
    fn days_read_as_runs_within_their_month() {
        let days = |list: &[u32]| list.iter().map(|d| dec(*d)).collect::<Vec<_>>();
        assert_eq!(days_words(&days(&[15, 16, 17]), Lang::Id), "15–17 Des");
        assert_eq!(days_words(&days(&[18, 21, 22, 31]), Lang::En), "18, 21–22, 31 Dec");
        let across = [NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), dec(1)];
        assert_eq!(days_words(&across, Lang::Id), "30 Nov, 1 Des");
    }

    #[test]
    fn each_way_says_why_in_both_languages() {
        let catalog = Catalog::builtin();
        let alone = item("e-learning", How::Alone { cap: Jp::whole(3) }, &[15]);
        assert_eq!(title(&alone, catalog, Lang::Id), "E-learning (kejar target)");
        assert_eq!(title(&alone, catalog, Lang::En), "E-learning (catch-up)");
        assert_eq!(
            why(&alone, catalog, Lang::Id),
            "E-learning dapat dikerjakan sendiri kapan saja; dihitung paling banyak 3 JP per hari."
        );
        let coaching = item("coaching", How::Sessions { per_session: Jp::whole(2), cap: 2, left: 1 }, &[31]);
        assert_eq!(
            why(&coaching, catalog, Lang::En),
            "Coaching with your superior or a coach: 2 JP a session, at most 2 a month; 1 left in December."
        );
        let workshop = item("workshop", How::ByTheDay { per_day: Jp::whole(5) }, &[15, 16]);
        let training = training(&workshop, 2026, catalog, Lang::Id);
        assert_eq!((training.start, training.end), (Some(dec(15)), Some(dec(16))));
        assert_eq!(
            (training.planned_jp, training.title.as_str()),
            (Jp::whole(4), "Workshop/lokakarya (kejar target)")
        );
    }
}
