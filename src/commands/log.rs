//! `tumbuh log`: record JP earned, from the shell, in one command.

use clap::Args;

use super::flags::{self, trimmed};
use super::lists::{ListOnly, log_list};
use super::{Environment, Failure, Globals, Output, Session, unknown_form_warning};
use crate::catalog::{Amount, Cap, Catalog, CountError, Counted, Form, Method, Unit, count};
use crate::describe;
use crate::i18n::{Lang, Msg};
use crate::model::{Jp, Log, Place, Plan, ProblemKind, UnknownKeys, format_date, parse_hundredths};
use crate::ops;
use crate::printable::printable;
use crate::progress::{CapUsage, DayLimit, Fit, days_of_units, span_start, summarize};
use crate::report;

/// Log JP earned (give exactly one of --jp, --minutes, --hours, --units), or `log list`
#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct LogCommand {
    #[command(subcommand)]
    pub list: Option<ListOnly>,
    #[command(flatten)]
    pub args: LogArgs,
}

/// `tumbuh log`'s flags, as typed: the command checks each value itself, so that a refusal is
/// said in the profile's language, which clap cannot know.
#[derive(Args, Debug)]
#[command(group = clap::ArgGroup::new("amount").required(true).multiple(false))]
pub struct LogArgs {
    /// JP earned, e.g. 2, 2,5 or "24 JP"
    #[arg(long, group = "amount", value_name = "N", allow_negative_numbers = true)]
    pub jp: Option<String>,
    /// Minutes of learning, turned into JP (45 minutes = 1 JP by default)
    #[arg(long, group = "amount", value_name = "M", allow_negative_numbers = true)]
    pub minutes: Option<String>,
    /// Hours of learning, turned into JP
    #[arg(long, group = "amount", value_name = "H", allow_negative_numbers = true)]
    pub hours: Option<String>,
    /// Days, sessions or times, counted by the form's rule (see `tumbuh forms`); days end on
    /// --date unless --start is given
    #[arg(long, group = "amount", value_name = "N", allow_negative_numbers = true)]
    pub units: Option<String>,
    /// What you attended (needed unless --training is given)
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// The planned training this entry belongs to, e.g. t3
    #[arg(long, value_name = "ID")]
    pub training: Option<String>,
    /// Form of development, a key from `tumbuh forms` (default: the training's)
    #[arg(long, value_name = "F")]
    pub form: Option<String>,
    /// The day, e.g. 2026-03-12, 12/3/2026, "12 Mar 2026", today, yesterday or tomorrow
    /// (hari ini, kemarin, besok); for an entry over several days, its last day (default: today)
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// The first day, when the entry spans several days (on or before --date)
    #[arg(long, value_name = "D")]
    pub start: Option<String>,
    /// Who ran it (default: the training's provider)
    #[arg(long, value_name = "P")]
    pub provider: Option<String>,
    /// Certificate number
    #[arg(long, value_name = "NO")]
    pub certificate: Option<String>,
    /// Where the certificate file is kept
    #[arg(long, value_name = "PATH")]
    pub certificate_file: Option<String>,
    /// Already entered into SIASN
    #[arg(long)]
    pub in_siasn: bool,
    /// An international event (counts by the international rule; saved with the entry)
    #[arg(long)]
    pub international: bool,
}

/// `tumbuh log …` adds an entry; `tumbuh log list` shows the year's.
pub fn log(globals: &Globals, env: &Environment, command: &LogCommand) -> Result<Output, Failure> {
    match command.list {
        Some(ListOnly::List { json }) => log_list(globals, env, json),
        None => add_entry(globals, env, &command.args),
    }
}

fn add_entry(globals: &Globals, env: &Environment, args: &LogArgs) -> Result<Output, Failure> {
    let mut session = Session::open(globals, env)?;
    let lang = session.lang;
    let plan = session.plan();
    let catalog = session.catalog();

    let training =
        match trimmed(&args.training) {
            Some(id) => Some(plan.training(&id).ok_or_else(|| {
                Failure::flag("--training", &ProblemKind::UnknownTraining(id.clone()), lang)
            })?),
            None => None,
        };
    let title = trimmed(&args.title).unwrap_or_default();
    if training.is_none() && title.is_empty() {
        return Err(Failure::flag("--title", &ProblemKind::NoTitleOrTraining, lang));
    }
    let typed_form = trimmed(&args.form).map(|text| flags::form(&text, &catalog));
    let form_key = typed_form.clone().or_else(|| training.and_then(|t| t.form.clone()));
    let form = form_key.as_deref().and_then(|key| catalog.get(key));
    // A course's JP were earned on its last day: the default, once that day has come (a
    // December course logged in January belongs to December's year).
    let date = match trimmed(&args.date) {
        Some(text) => flags::date("--date", &text, session.today, lang)?,
        None => training
            .and_then(crate::progress::last_day)
            .filter(|last| *last <= session.today)
            .unwrap_or(session.today),
    };
    let start = match trimmed(&args.start) {
        Some(text) => Some(flags::date("--start", &text, session.today, lang)?),
        None => None,
    };
    if let Some(start) = start.filter(|start| *start > date) {
        let (start, date) = (format_date(start, lang), format_date(date, lang));
        return Err(Failure::flag_says(
            "--start",
            &tr!(lang, Msg::LogStartAfterDate, start = start, date = date),
            lang,
        ));
    }

    let mut entry = Log {
        id: String::new(),
        date,
        start,
        jp: Jp::ZERO,
        training: training.map(|t| t.id.clone()),
        title,
        form: typed_form,
        provider: trimmed(&args.provider)
            .or_else(|| training.map(|t| t.provider.clone()))
            .unwrap_or_default(),
        certificate: trimmed(&args.certificate).unwrap_or_default(),
        certificate_file: trimmed(&args.certificate_file).unwrap_or_default(),
        in_siasn: args.in_siasn,
        international: args.international,
        extra: UnknownKeys::new(),
    };
    let (flag, amount) = typed_amount(args).map_err(|(flag, kind)| Failure::flag(flag, &kind, lang))?;
    let counted = match amount {
        Typed::Jp(jp) => {
            entry.jp = jp;
            None
        }
        Typed::Counted(amount) => {
            let what = Counting { flag, form, form_key: form_key.as_deref(), plan, catalog: &catalog, lang };
            Some(what.count_into(&mut entry, amount)?)
        }
    };
    entry.jp = flags::entry_jp(flag, entry.jp, lang)?;
    let (jp, date) = (entry.jp, entry.date);
    let shown_title = entry.shown_title(training).to_string();
    let unknown_form = form_key.as_ref().filter(|key| catalog.get(key).is_none()).cloned();

    let id = session
        .store
        .apply(|plan| Ok(ops::add_log(plan, entry)))
        .map_err(|error| Failure::change(&error, &[("start", "--start")], lang))?;

    let mut stdout = tr!(
        lang,
        Msg::Logged,
        id = id,
        jp = jp.format(lang),
        title = printable(&shown_title),
        date = format_date(date, lang)
    );
    stdout.push('\n');
    if let Some((counted, limit)) = &counted {
        stdout.push_str(&tr!(lang, Msg::CountedBy, rule = describe::domain::counted(counted, lang)));
        stdout.push('\n');
        if let (Some(limit), Some(key)) = (limit.filter(|l| l.had.is_positive()), &form_key) {
            stdout.push_str(&describe::domain::day_limit_words(limit, key, lang));
            stdout.push('\n');
        }
    }
    let (plan, catalog) = (session.plan(), session.catalog());
    // The year the entry counts for, which is not always this one.
    let summary = summarize(plan, &catalog, chrono::Datelike::year(&date), session.today);
    stdout.push_str(&report::status_short(&summary, lang));
    stdout.push('\n');
    let typed_form = form_key.as_deref().filter(|_| counted.is_none());
    let mut stderr = warnings(plan, &catalog, &id, unknown_form.as_deref(), typed_form, lang);
    if date > session.today {
        let warning = tr!(lang, Msg::LogAfterToday, id = id, date = format_date(date, lang));
        stderr.push_str(&format!("{}: {warning}\n", lang.t(Msg::WarningPrefix)));
    }
    stderr.push_str(&super::plan::ceiling_warning(&session, chrono::Datelike::year(&date)));
    Ok(Output { stdout, stderr })
}

/// What to say about the saved entry `id`: a form the catalog does not know, a typed amount
/// (of `typed_form`) that goes over a cap, a day before its training starts.
fn warnings(
    plan: &Plan,
    catalog: &Catalog,
    id: &str,
    unknown_form: Option<&str>,
    typed_form: Option<&str>,
    lang: Lang,
) -> String {
    let Some((index, saved)) = plan.logs.iter().enumerate().find(|(_, log)| log.id == id) else {
        return String::new();
    };
    let place = Place::Log { index, id: id.to_string() };
    let mut out = Vec::new();
    if let Some(form) = unknown_form {
        out.push(unknown_form_warning(&place, form, lang));
    }
    if let Some(form) = typed_form {
        out.extend(over_cap_warnings(plan, catalog, form, saved, lang));
    }
    out.extend(before_training_warning(plan, &place, saved, lang));
    out.concat()
}

/// What counting an amount by the form's rule needs to know.
struct Counting<'a> {
    /// The flag the amount came from, for messages.
    flag: &'static str,
    form: Option<&'a Form>,
    form_key: Option<&'a str>,
    plan: &'a Plan,
    catalog: &'a Catalog,
    lang: Lang,
}

impl Counting<'_> {
    /// Counts time or units by the form's rule into `entry`: its JP, and its first day when
    /// units of days span several. The form's caps apply over every entry already logged: a
    /// daily cap lowers the JP (the day that bound it is returned), and units beyond a monthly
    /// cap are refused.
    fn count_into(&self, entry: &mut Log, amount: Amount) -> Result<(Counted, Option<DayLimit>), Failure> {
        let (flag, lang) = (self.flag, self.lang);
        let counted = count(self.form, amount, entry.international, self.plan.profile.minutes_per_jp)
            .map_err(|error| self.count_error(error))?;
        // Counted again without the rule's own cap, which knows nothing of the other entries.
        let method = match (counted.method, amount) {
            (Method::PerUnit { unit, per_unit, .. }, Amount::UnitsHundredths(units)) => {
                Method::PerUnit { units_hundredths: units, unit, per_unit }
            }
            (method, _) => method,
        };
        entry.jp = method.jp();
        if let Method::PerUnit { unit: Unit::Day, units_hundredths, .. } = method {
            flags::entry_jp(flag, entry.jp, lang)?;
            self.span_days(entry, units_hundredths)?;
        }
        let Some(form) = self.form else {
            return Ok((Counted { jp: entry.jp, method, capped: None }, None));
        };
        match CapUsage::of(self.plan, self.catalog).fit(form, entry) {
            Fit::Whole(jp) => Ok((Counted { jp, method, capped: None }, None)),
            Fit::Lowered(jp, limit) => {
                entry.jp = jp;
                Ok((Counted { jp, method, capped: Some(Cap::PerDay(limit.cap)) }, Some(limit)))
            }
            Fit::DayFull(limit) => {
                Err(self.over_cap(describe::domain::day_limit_words(limit, &form.key, lang)))
            }
            Fit::MonthFull(limit) => Err(self.over_cap(describe::domain::month_limit_words(
                limit,
                &form.key,
                form.unit_for(entry.international),
                lang,
            ))),
        }
    }

    fn count_error(&self, error: CountError) -> Failure {
        let lang = self.lang;
        match error {
            CountError::NotPositive => Failure::flag(self.flag, &ProblemKind::JpNotPositive, lang),
            CountError::NoUnitRule => {
                let why = match self.form_key {
                    None => lang.t(Msg::UnitsNeedForm).to_string(),
                    Some(key) => tr!(lang, Msg::UnitsNeedRule, form = printable(key)),
                };
                Failure::flag_says(self.flag, &why, lang)
            }
        }
    }

    /// An entry of `units` days: without --start it ends on --date; with it, the two must
    /// hold exactly that many days (a part of a day is a day).
    fn span_days(&self, entry: &mut Log, units: i64) -> Result<(), Failure> {
        let lang = self.lang;
        let days = days_of_units(units);
        match entry.start {
            Some(start) => {
                let span = (entry.date - start).num_days() + 1;
                if span != days {
                    let problem = tr!(
                        lang,
                        Msg::LogSpanNotUnits,
                        start = format_date(start, lang),
                        date = format_date(entry.date, lang),
                        span = days_words(span * 100, lang),
                        units = days_words(units, lang)
                    );
                    return Err(Failure::flag_says("--start", &problem, lang));
                }
            }
            None => entry.start = span_start(entry.date, units),
        }
        Ok(())
    }

    /// A refusal by a cap, with the way to record the agency's own count.
    fn over_cap(&self, problem: String) -> Failure {
        let lang = self.lang;
        let hint = format!("{}: {}", lang.t(Msg::HintPrefix), lang.t(Msg::CapOwnCount));
        let message = tr!(lang, Msg::FlagProblem, flag = self.flag, problem = problem);
        Failure::new(format!("{message}\n{hint}"), lang)
    }
}

/// `12 Mei 2026 sudah ada 2 JP e-learning; batas hariannya 3 JP`.
/// Warnings for a typed amount that takes its form over a cap on its days or in its months.
fn over_cap_warnings(plan: &Plan, catalog: &Catalog, form: &str, log: &Log, lang: Lang) -> Vec<String> {
    let (days, months) = CapUsage::of(plan, catalog).overs_of(catalog, form, log);
    let warn = |text: String| format!("{}: {text}\n", lang.t(Msg::WarningPrefix));
    let shown = printable(form);
    let mut out = Vec::new();
    match days.as_slice() {
        [] => {}
        [day] => out.push(warn(tr!(
            lang,
            Msg::WarnDayOverCap,
            date = format_date(day.date, lang),
            form = shown,
            jp = day.jp.format(lang),
            cap = day.cap.format(lang)
        ))),
        [first, ..] => out.push(warn(tr!(
            lang,
            Msg::WarnDaysOverCap,
            form = shown,
            cap = first.cap.format(lang),
            n = days.len(),
            date = format_date(first.date, lang)
        ))),
    }
    let unit = catalog.get(form).map_or(Unit::Session, |f| f.unit_for(log.international));
    for month in months {
        out.push(warn(tr!(
            lang,
            Msg::WarnMonthOverCap,
            month = describe::domain::month_words(month.month, lang),
            form = shown,
            units = describe::domain::units_words(month.units.hundredths(), unit, lang),
            cap = describe::domain::units_words(i64::from(month.cap) * 100, unit, lang)
        )));
    }
    out
}

/// A warning when the entry starts before the training it belongs to.
fn before_training_warning(plan: &Plan, place: &Place, log: &Log, lang: Lang) -> Option<String> {
    let training = plan.training(log.training.as_deref()?)?;
    let start = training.start.filter(|start| log.first_day() < *start)?;
    let text = tr!(
        lang,
        Msg::LogBeforeTraining,
        place = describe::domain::place(place, lang),
        date = format_date(log.first_day(), lang),
        training = printable(&training.id),
        start = format_date(start, lang)
    );
    Some(format!("{}: {text}\n", lang.t(Msg::WarningPrefix)))
}

/// `Maret 2026`.
fn days_words(hundredths: i64, lang: Lang) -> String {
    describe::domain::units_words(hundredths, Unit::Day, lang)
}

/// The amount as typed: JP directly, or time or units still to be counted.
enum Typed {
    Jp(Jp),
    Counted(Amount),
}

/// Reads whichever amount flag was given; clap makes sure it is exactly one.
fn typed_amount(args: &LogArgs) -> Result<(&'static str, Typed), (&'static str, ProblemKind)> {
    let decimal =
        |flag: &'static str, text: &str| parse_hundredths(text).map_err(|e| (flag, ProblemKind::Jp(e)));
    if let Some(text) = &args.jp {
        return Jp::parse(text).map(|jp| ("--jp", Typed::Jp(jp))).map_err(|e| ("--jp", ProblemKind::Jp(e)));
    }
    if let Some(text) = &args.minutes {
        let minutes = decimal("--minutes", text)?;
        return Ok(("--minutes", Typed::Counted(Amount::MinutesHundredths(minutes))));
    }
    if let Some(text) = &args.hours {
        let hours = decimal("--hours", text)?;
        return Ok(("--hours", Typed::Counted(Amount::MinutesHundredths(hours.saturating_mul(60)))));
    }
    let text = args.units.as_deref().unwrap_or_default();
    let units = decimal("--units", text)?;
    Ok(("--units", Typed::Counted(Amount::UnitsHundredths(units))))
}
