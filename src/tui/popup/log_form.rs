//! Log JP earned: JP first (prefilled after `x`), the certificate number, the date; then the
//! first day of a range, the form with a calculator from time or units, international, and the rest.

use chrono::{Datelike, NaiveDate};

use super::fields::{Reader, date_text, jp_text};
use super::form::{Base, Choice, Field, FieldId, Form};
use super::training_form::form_choices;
use crate::catalog::{Amount, Catalog, CountError, Method, Unit, count};
use crate::describe::{
    self,
    domain::{day_limit_words, month_limit_words},
};
use crate::i18n::{Lang, Msg};
use crate::model::{Jp, Log, ProblemKind, Training, format_day_month, parse_date, parse_hundredths};
use crate::progress::{CapUsage, Fit, span_start};

/// Where a log form starts from.
pub struct Prefill<'a> {
    pub existing: Option<&'a Log>,
    pub training: Option<&'a Training>,
    /// JP suggested for the entry (what remains of the training's plan).
    pub jp: Option<Jp>,
    /// The date of a new entry (after `x`: the training's last day, when it has passed).
    pub date: NaiveDate,
    /// The first day of a new entry that spans several days (after `x`: the course's first day).
    pub start: Option<NaiveDate>,
    /// Trainings the entry may be linked to; none when the training is fixed (after `x`).
    pub linkable: Vec<Choice>,
}

fn yes_no(lang: Lang) -> Vec<Choice> {
    vec![Choice::new("no", lang.t(Msg::AppliedNo)), Choice::new("yes", lang.t(Msg::AppliedYes))]
}

/// Whether the entry is in SIASN, answered as the question is asked: *sudah* or *belum*.
fn in_siasn_choices(lang: Lang) -> Vec<Choice> {
    vec![Choice::new("no", lang.t(Msg::InSiasnNo)), Choice::new("yes", lang.t(Msg::InSiasnYes))]
}

/// The log form. Its order serves closing a course: JP (prefilled after `x`), the certificate
/// number, the date; then the rest.
pub fn open(prefill: Prefill<'_>, catalog: &Catalog, lang: Lang) -> Form {
    let Prefill { existing, training, jp, date, start, linkable } = prefill;
    let title = match (existing, training) {
        (Some(_), _) => lang.t(Msg::FormEditLog).to_string(),
        (None, Some(t)) => tr!(lang, Msg::FormLogFor, title = crate::printable::printable(&t.title)),
        (None, None) => lang.t(Msg::FormNewLog).to_string(),
    };
    let form_key = existing.and_then(|l| l.form.as_deref()).or(training.and_then(|t| t.form.as_deref()));
    let provider =
        existing.map(|l| l.provider.as_str()).or(training.map(|t| t.provider.as_str())).unwrap_or("");
    let flag = |on: bool| if on { "yes" } else { "no" };
    let mut fields = vec![
        Field::line(FieldId::Jp, lang.t(Msg::FieldJp), &jp_text(existing.map(|l| l.jp).or(jp), lang)),
        Field::line(
            FieldId::Certificate,
            lang.t(Msg::FieldCertificate),
            existing.map_or("", |l| &l.certificate),
        ),
        Field::line(
            FieldId::Date,
            lang.t(Msg::FieldDate),
            &date_text(Some(existing.map_or(date, |l| l.date))),
        ),
        Field::line(
            FieldId::Start,
            lang.t(Msg::FieldLogStart),
            &date_text(existing.map_or(start, |l| l.start)),
        ),
        Field::line(FieldId::Title, lang.t(Msg::FieldTitle), existing.map_or("", |l| &l.title)),
    ];
    if !linkable.is_empty() {
        let choices = std::iter::once(Choice::new("", lang.t(Msg::FieldNone))).chain(linkable).collect();
        let current = existing.and_then(|l| l.training.as_deref()).unwrap_or("");
        fields.push(Field::picker(FieldId::Training, lang.t(Msg::FieldTraining), choices, current));
    }
    fields.extend([
        Field::picker(
            FieldId::Form,
            lang.t(Msg::FieldForm),
            form_choices(catalog, lang),
            form_key.unwrap_or(""),
        ),
        Field::line(FieldId::Duration, lang.t(Msg::FieldDuration), ""),
        Field::choice(
            FieldId::International,
            lang.t(Msg::FieldInternational),
            yes_no(lang),
            flag(existing.is_some_and(|l| l.international)),
        ),
        Field::line(FieldId::Provider, lang.t(Msg::FieldProvider), provider),
        Field::line(
            FieldId::CertificateFile,
            lang.t(Msg::FieldCertificateFile),
            existing.map_or("", |l| &l.certificate_file),
        ),
        Field::choice(
            FieldId::InSiasn,
            lang.t(Msg::FieldInSiasn),
            in_siasn_choices(lang),
            flag(existing.is_some_and(|l| l.in_siasn)),
        ),
    ]);
    for field in &mut fields {
        field.note = match field.id {
            FieldId::Duration => Some(lang.t(Msg::DurationHint).to_string()),
            FieldId::Start => Some(lang.t(Msg::LogStartHint).to_string()),
            _ => None,
        };
    }
    let mut form = Form::new(title, fields);
    form.base = existing.cloned().map(|l| Box::new(Base::Log(l)));
    form
}

/// `90 menit`, `1,5 jam`, `2 hari`, `3 sesi`, `1 kali`, `1 semester` (or the English words);
/// a bare number is minutes.
fn parse_duration(text: &str) -> Option<Amount> {
    let text = text.trim().to_lowercase();
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let value = parse_hundredths(number).ok().filter(|v| *v > 0)?;
    let unit = unit.trim();
    const MINUTES: [&str; 5] = ["", "m", "min", "menit", "minutes"];
    const HOURS: [&str; 5] = ["j", "h", "jam", "hour", "hours"];
    const UNITS: [&str; 10] =
        ["hari", "day", "days", "sesi", "session", "sessions", "kali", "time", "times", "semester"];
    if MINUTES.contains(&unit) || unit == "minute" {
        Some(Amount::MinutesHundredths(value))
    } else if HOURS.contains(&unit) {
        Some(Amount::MinutesHundredths(value.saturating_mul(60)))
    } else if UNITS.contains(&unit) || unit == "semesters" {
        Some(Amount::UnitsHundredths(value))
    } else {
        None
    }
}

/// The calculator: JP from the duration by the chosen form's rule, and how it was counted.
/// A duration counted in days spans them, ending on the entry's date (as `tumbuh log --units`
/// does): the first day, when the duration is more than one day.
fn day_span_start(form: &Form, ctx: &LogContext<'_>, date: NaiveDate) -> Option<NaiveDate> {
    let amount = parse_duration(&form.value(FieldId::Duration))?;
    let rule = ctx.catalog.get(&form.value(FieldId::Form));
    let international = form.value(FieldId::International) == "yes";
    match count(rule, amount, international, ctx.minutes_per_jp).ok()?.method {
        Method::PerUnit { unit: Unit::Day, units_hundredths, .. } => span_start(date, units_hundredths),
        _ => None,
    }
}

pub fn calculate(form: &Form, ctx: &LogContext<'_>) -> Result<Option<(Jp, String)>, String> {
    let lang = ctx.lang;
    let duration = form.value(FieldId::Duration);
    if duration.trim().is_empty() {
        return Ok(None);
    }
    let amount = parse_duration(&duration).ok_or_else(|| lang.t(Msg::DurationUnreadable).to_string())?;
    let key = form.value(FieldId::Form);
    let international = form.value(FieldId::International) == "yes";
    let rule = ctx.catalog.get(&key);
    let counted = match count(rule, amount, international, ctx.minutes_per_jp) {
        Ok(counted) => counted,
        Err(CountError::NotPositive) => return Err(lang.t(Msg::ProblemJpNotPositive).to_string()),
        Err(CountError::NoUnitRule) if key.is_empty() => {
            return Err(lang.t(Msg::DurationNeedsForm).to_string());
        }
        Err(CountError::NoUnitRule) => return Err(lang.t(Msg::DurationNeedsTime).to_string()),
    };
    let words = describe::domain::counted(&counted, lang);
    let (Some(rule), Ok(date)) = (rule, parse_date(&form.value(FieldId::Date), ctx.today)) else {
        return Ok(Some((counted.jp, words)));
    };
    // The caps count every entry of the form on the entry's days and in its months.
    let typed_start = parse_date(&form.value(FieldId::Start), ctx.today).ok().filter(|start| *start < date);
    let entry = Log {
        start: typed_start.or_else(|| day_span_start(form, ctx, date)),
        international,
        ..Log::new(date, counted.jp, "")
    };
    // Counted once per change for a new entry; an entry being edited is left out of what it is
    // checked against, so that usage is counted afresh.
    let edited_usage;
    let usage = match (ctx.existing, ctx.usage) {
        (None, Some(usage)) => usage,
        _ => {
            edited_usage = CapUsage::without(ctx.plan, ctx.catalog, ctx.existing.map(|l| l.id.as_str()));
            &edited_usage
        }
    };
    let label = rule.label(lang);
    let own_count = lang.t(Msg::FormCapOwnCount);
    match usage.fit(rule, &entry) {
        Fit::Whole(jp) => Ok(Some((jp, words))),
        Fit::Lowered(jp, limit) => {
            Ok(Some((jp, format!("{words} · {}", day_limit_words(limit, label, lang)))))
        }
        Fit::DayFull(limit) => Err(format!("{} · {own_count}", day_limit_words(limit, label, lang))),
        Fit::MonthFull(limit) => {
            let unit = rule.unit_for(international);
            Err(format!("{} · {own_count}", month_limit_words(limit, label, unit, lang)))
        }
    }
}

/// Shows the calculator's result under the duration field, and puts it in the JP field
/// unless the person typed a JP there themselves (a typed JP always wins).
pub fn refresh_calculator(form: &mut Form, ctx: &LogContext<'_>) {
    let lang = ctx.lang;
    let typed_jp = form.field(FieldId::Jp).is_some_and(|f| f.edited);
    let calculated = calculate(form, ctx);
    // Without a result (nothing typed yet, or half a word) the JP goes back to what it was.
    if !matches!(calculated, Ok(Some(_)))
        && !typed_jp
        && let Some(field) = form.field_mut(FieldId::Jp)
    {
        let initial = field.initial.clone();
        field.set_text(&initial);
    }
    let note = match calculated {
        Ok(None) => lang.t(Msg::DurationHint).to_string(),
        Ok(Some((jp, rule))) => {
            let typed_differs = form.value(FieldId::Jp) != jp_text(Some(jp), lang);
            if typed_jp && typed_differs {
                tr!(lang, Msg::DurationTypedWins, jp = jp.format(lang), rule = rule)
            } else {
                if let Some(field) = form.field_mut(FieldId::Jp) {
                    field.set_text(&jp_text(Some(jp), lang));
                }
                tr!(lang, Msg::DurationResult, jp = jp.format(lang), rule = rule)
            }
        }
        // The problem itself shows as the field's error.
        Err(_) => String::new(),
    };
    if let Some(field) = form.field_mut(FieldId::Duration) {
        field.note = Some(note).filter(|n| !n.is_empty());
    }
}

pub struct LogContext<'a> {
    pub plan: &'a crate::model::Plan,
    pub catalog: &'a Catalog,
    pub minutes_per_jp: u32,
    pub lang: Lang,
    pub today: NaiveDate,
    pub existing: Option<&'a Log>,
    pub training: Option<&'a Training>,
    /// The usage of every entry's caps, when it is already counted.
    pub usage: Option<&'a CapUsage>,
}

/// The training the entry is linked to: chosen in the form, else fixed by `x` or by the entry.
fn linked_training(form: &Form, ctx: &LogContext<'_>) -> Option<String> {
    match form.field(FieldId::Training) {
        Some(_) => Some(form.value(FieldId::Training).trim().to_string()).filter(|id| !id.is_empty()),
        None => ctx.existing.and_then(|l| l.training.clone()).or(ctx.training.map(|t| t.id.clone())),
    }
}

/// Says under the date when the entry begins before its training starts: worth a second look,
/// but it saves (the course may have been moved, or the plan's dates were a guess).
pub fn refresh_warning(form: &mut Form, ctx: &LogContext<'_>) {
    let day = |id: FieldId| parse_date(form.value(id).trim(), ctx.today).ok();
    let first_day = match (day(FieldId::Start), day(FieldId::Date)) {
        (Some(start), Some(date)) => Some(start.min(date)),
        (start, date) => date.or(start),
    };
    let training_start =
        linked_training(form, ctx).and_then(|id| ctx.plan.training(&id)).and_then(|t| t.start);
    let warning = match (first_day, training_start) {
        (Some(first), Some(begins)) if first < begins => {
            // Short months keep the line within an 80-column form.
            let date = format!("{} {}", format_day_month(begins, ctx.lang), begins.year());
            Some(tr!(ctx.lang, Msg::WarnBeforeTraining, date = date))
        }
        _ => None,
    };
    form.set_warning(FieldId::Date, warning);
}

/// The entry the form describes. A typed JP wins over the calculator's.
pub fn read(form: &Form, ctx: &LogContext<'_>) -> Result<Log, Vec<(FieldId, String)>> {
    let mut reader = Reader::new(form, ctx.lang, ctx.today);
    let calculated = calculate(form, ctx);
    if let Err(problem) = &calculated {
        reader.errors.push((FieldId::Duration, problem.clone()));
    }
    let typed = reader.jp(FieldId::Jp);
    let jp = match (typed, calculated) {
        (Some(jp), _) => Some(jp),
        (None, Ok(Some((jp, _)))) => Some(jp),
        _ => {
            if reader.text(FieldId::Jp).is_empty() {
                reader.problem(FieldId::Jp, ProblemKind::Empty);
            }
            None
        }
    };
    let date = reader.required_date(FieldId::Date);
    let start = reader.date(FieldId::Start).or_else(|| date.and_then(|date| day_span_start(form, ctx, date)));
    if let (Some(start), Some(date)) = (start, date)
        && start > date
    {
        reader.errors.push((FieldId::Start, ctx.lang.t(Msg::ProblemStartAfterDate).to_string()));
    }
    let title = reader.text(FieldId::Title);
    let training = linked_training(form, ctx);
    if let Some(id) = training.as_deref()
        && ctx.plan.training(id).is_none()
    {
        reader.problem(FieldId::Training, ProblemKind::UnknownTraining(id.to_string()));
    }
    if training.is_none() && title.is_empty() {
        reader.problem(FieldId::Title, ProblemKind::NoTitleOrTraining);
    }
    let training_form = training.as_deref().and_then(|id| ctx.plan.training(id)).and_then(|t| t.form.clone());
    let form_key = reader
        .optional(FieldId::Form)
        .filter(|key| Some(key) != training_form.as_ref() || training.is_none());
    let log = Log {
        id: ctx.existing.map(|l| l.id.clone()).unwrap_or_default(),
        date: date.unwrap_or(ctx.today),
        start,
        jp: jp.unwrap_or_default(),
        training,
        title,
        form: form_key,
        provider: reader.text(FieldId::Provider),
        certificate: reader.text(FieldId::Certificate),
        certificate_file: reader.text(FieldId::CertificateFile),
        in_siasn: reader.text(FieldId::InSiasn) == "yes",
        international: reader.text(FieldId::International) == "yes",
        extra: ctx.existing.map(|l| l.extra.clone()).unwrap_or_default(),
    };
    reader.finish(log)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_in_both_languages() {
        assert_eq!(parse_duration("90"), Some(Amount::MinutesHundredths(9000)));
        assert_eq!(parse_duration("90 menit"), Some(Amount::MinutesHundredths(9000)));
        assert_eq!(parse_duration("1,5 jam"), Some(Amount::MinutesHundredths(9000)));
        assert_eq!(parse_duration("1.5 hours"), Some(Amount::MinutesHundredths(9000)));
        assert_eq!(parse_duration("2 hari"), Some(Amount::UnitsHundredths(200)));
        assert_eq!(parse_duration("3 sessions"), Some(Amount::UnitsHundredths(300)));
        assert_eq!(parse_duration("dua hari"), None);
        assert_eq!(parse_duration("0 menit"), None);
    }

    #[test]
    fn a_duration_in_days_spans_the_days_ending_on_the_date() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 7, d).unwrap();
        let training = Training {
            id: "t1".into(),
            year: 2026,
            title: "Rakornas".into(),
            provider: String::new(),
            form: Some("seminar".into()),
            competency: None,
            start: None,
            end: None,
            planned_jp: Jp::whole(8),
            status: crate::model::Status::Planned,
            why: String::new(),
            extra: Default::default(),
        };
        let plan = crate::model::Plan { trainings: vec![training.clone()], ..Default::default() };
        let catalog = Catalog::for_plan(&plan);
        let prefill = Prefill {
            existing: None,
            training: Some(&training),
            jp: None,
            date: day(10),
            start: None,
            linkable: Vec::new(),
        };
        let mut form = open(prefill, &catalog, Lang::Id);
        form.field_mut(FieldId::Duration).unwrap().set_text("2 hari");
        let ctx = LogContext {
            plan: &plan,
            catalog: &catalog,
            minutes_per_jp: 45,
            lang: Lang::Id,
            today: day(20),
            existing: None,
            training: Some(&training),
            usage: None,
        };
        let log = read(&form, &ctx).expect("a valid entry");
        assert_eq!((log.start, log.date, log.jp), (Some(day(9)), day(10), Jp::whole(8)));
    }

    #[test]
    fn the_calculator_says_when_the_month_has_no_sessions_left() {
        // Coaching: at most 2 sessions a month, and March already has two.
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
        let session = |id: &str, d| Log {
            id: id.into(),
            form: Some("coaching".into()),
            ..Log::new(day(d), Jp::whole(2), "Coaching")
        };
        let plan =
            crate::model::Plan { logs: vec![session("l1", 2), session("l2", 9)], ..Default::default() };
        let catalog = Catalog::for_plan(&plan);
        let training = Training {
            id: "t1".into(),
            year: 2026,
            title: "Coaching menulis".into(),
            provider: String::new(),
            form: Some("coaching".into()),
            competency: None,
            start: None,
            end: None,
            planned_jp: Jp::whole(2),
            status: crate::model::Status::Planned,
            why: String::new(),
            extra: Default::default(),
        };
        let prefill = Prefill {
            existing: None,
            training: Some(&training),
            jp: None,
            date: day(20),
            start: None,
            linkable: Vec::new(),
        };
        let mut form = open(prefill, &catalog, Lang::En);
        form.field_mut(FieldId::Duration).unwrap().set_text("1 session");
        let ctx = LogContext {
            plan: &plan,
            catalog: &catalog,
            minutes_per_jp: 45,
            lang: Lang::En,
            today: day(20),
            existing: None,
            training: Some(&training),
            usage: None,
        };
        let refused = calculate(&form, &ctx).unwrap_err();
        assert!(refused.contains("March 2026 already has 2 sessions"), "{refused}");
        // The planner hands over the usage it counted once per change: the same answer.
        let counted = CapUsage::of(&plan, &catalog);
        let with_counted = LogContext { usage: Some(&counted), ..ctx };
        assert_eq!(calculate(&form, &with_counted).unwrap_err(), refused);
        assert!(refused.contains(Lang::En.t(Msg::FormCapOwnCount)), "{refused}");
        // In April the month is empty again.
        form.field_mut(FieldId::Date).unwrap().set_text("2026-04-06");
        assert_eq!(calculate(&form, &ctx).unwrap().map(|(jp, _)| jp), Some(Jp::whole(2)));
    }
}
