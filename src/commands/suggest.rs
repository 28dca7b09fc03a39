//! `tumbuh plan suggest [--json] [--add]`: the catch-up plan, and adding it to the plan.

use super::{Environment, Failure, Globals, Output, Session};
use crate::catalog::Catalog;
use crate::i18n::Msg;
use crate::ops;
use crate::printable::printable;
use crate::progress::{catch_up, summarize};
use crate::report::{self, catch_up as words};

/// Prints the year's catch-up plan; with `add`, adds its items as planned trainings through the
/// store (worked out again on the file as it is then) and says their IDs and the new state.
pub fn plan_suggest(globals: &Globals, env: &Environment, json: bool, add: bool) -> Result<Output, Failure> {
    let mut session = Session::open(globals, env)?;
    let (lang, year, today) = (session.lang, session.year, session.today);
    if !add {
        let catalog = session.catalog();
        let plan = catch_up(session.plan(), &catalog, year, today);
        let stdout = if json {
            let records: Vec<_> = plan.items.iter().map(|item| words::record(item, &catalog, lang)).collect();
            report::json::pretty(&records)
        } else {
            words::text(&plan, &catalog, lang)
        };
        let mut stderr = session.warnings();
        if !json && !plan.items.is_empty() {
            stderr.push_str(&format!("{}: {}\n", lang.t(Msg::HintPrefix), lang.t(Msg::CatchUpAddHint)));
        }
        return Ok(Output { stdout, stderr });
    }

    let added = session
        .store
        .apply(|plan| {
            let catalog = Catalog::for_plan(plan);
            let catch_up = catch_up(plan, &catalog, year, today);
            let mut added = Vec::new();
            for item in &catch_up.items {
                let mut record = words::record(item, &catalog, lang);
                record.id = Some(ops::add_training(plan, words::training(item, year, &catalog, lang)));
                added.push((record, item.first_day(), item.last_day()));
            }
            Ok((catch_up, added))
        })
        .map_err(|error| Failure::store(&error, lang))?;
    let (catch_up, added) = added;
    if json {
        let records: Vec<_> = added.into_iter().map(|(record, ..)| record).collect();
        return Ok(Output { stdout: report::json::pretty(&records), stderr: String::new() });
    }
    let mut stdout = String::new();
    if added.is_empty() {
        stdout.push_str(&words::need_words(&catch_up, lang));
        stdout.push('\n');
        stdout.push_str(lang.t(Msg::CatchUpNothingAdded));
        stdout.push('\n');
    }
    for (record, first, last) in &added {
        let when = report::date_span_in(Some(*first), Some(*last), year, lang);
        let jp = record.jp.format(lang);
        let id = record.id.as_deref().unwrap_or_default();
        stdout.push_str(&tr!(
            lang,
            Msg::Planned,
            id = id,
            title = printable(&record.title),
            jp = jp,
            when = when
        ));
        stdout.push('\n');
    }
    let summary = summarize(session.plan(), &session.catalog(), year, today);
    stdout.push_str(&report::status_short(&summary, lang));
    stdout.push('\n');
    Ok(Output { stdout, stderr: String::new() })
}
