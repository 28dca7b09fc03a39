//! Profile and settings: name, PNS / PPPK, target, ceiling, the PPPK contract's start, minutes
//! per JP, language, mouse.

use chrono::NaiveDate;

use super::fields::{Reader, date_text, jp_text};
use super::form::{Base, Choice, Field, FieldId, Form};
use crate::i18n::{Lang, Msg};
use crate::model::{EmployeeType, Jp, ProblemKind, Profile, target_jp};

pub fn open(profile: &Profile, lang: Lang) -> Form {
    let types = vec![Choice::new("pns", "PNS"), Choice::new("pppk", "PPPK")];
    let languages = vec![Choice::new("id", "Bahasa Indonesia"), Choice::new("en", "English")];
    let mouse = vec![Choice::new("yes", lang.t(Msg::AppliedYes)), Choice::new("no", lang.t(Msg::AppliedNo))];
    let mut fields = vec![
        Field::line(FieldId::Name, lang.t(Msg::FieldName), &profile.name),
        Field::choice(
            FieldId::EmployeeType,
            lang.t(Msg::FieldEmployeeType),
            types,
            profile.employee_type.key(),
        ),
        Field::line(FieldId::Target, lang.t(Msg::FieldTarget), &jp_text(Some(profile.target_jp), lang)),
        Field::line(FieldId::Ceiling, lang.t(Msg::FieldCeiling), &jp_text(profile.ceiling_jp, lang)),
        Field::line(
            FieldId::ContractStart,
            lang.t(Msg::FieldContractStart),
            &date_text(profile.contract_start),
        ),
        Field::line(
            FieldId::MinutesPerJp,
            lang.t(Msg::FieldMinutesPerJp),
            &profile.minutes_per_jp.to_string(),
        ),
        Field::choice(
            FieldId::Language,
            lang.t(Msg::FieldLanguage),
            languages,
            profile.language.unwrap_or(lang).key(),
        ),
        Field::choice(
            FieldId::Mouse,
            lang.t(Msg::FieldMouse),
            mouse,
            if profile.mouse == Some(false) { "no" } else { "yes" },
        ),
    ];
    for field in &mut fields {
        field.note = match field.id {
            FieldId::Ceiling => Some(lang.t(Msg::CeilingHint).to_string()),
            // Shown for PNS too: the type may be changed in this very form.
            FieldId::ContractStart => Some(lang.t(Msg::ContractStartHint).to_string()),
            _ => None,
        };
    }
    let mut form = Form::new(lang.t(Msg::FormProfile), fields);
    form.base = Some(Box::new(Base::Profile(profile.clone())));
    form
}

pub fn read(
    form: &Form,
    lang: Lang,
    today: NaiveDate,
    existing: &Profile,
) -> Result<Profile, Vec<(FieldId, String)>> {
    let mut reader = Reader::new(form, lang, today);
    let target = match Jp::parse(&reader.text(FieldId::Target)).map_err(ProblemKind::Jp).and_then(target_jp) {
        Ok(jp) => Some(jp),
        Err(kind) => {
            reader.problem(FieldId::Target, kind);
            None
        }
    };
    let ceiling = reader.jp(FieldId::Ceiling);
    let contract_start = reader.date(FieldId::ContractStart);
    let minutes = match reader.text(FieldId::MinutesPerJp).parse::<u32>() {
        Ok(m) if (1..=600).contains(&m) => m,
        _ => {
            reader.problem(FieldId::MinutesPerJp, ProblemKind::OutOfRange { min: 1, max: 600 });
            existing.minutes_per_jp
        }
    };
    let profile = Profile {
        name: reader.text(FieldId::Name),
        employee_type: EmployeeType::from_key(&reader.text(FieldId::EmployeeType))
            .unwrap_or(existing.employee_type),
        target_jp: target.unwrap_or(existing.target_jp),
        ceiling_jp: ceiling,
        minutes_per_jp: minutes,
        // Written only when it was set before or chosen now, so a `--lang` of the moment is not pinned.
        language: Lang::from_key(&reader.text(FieldId::Language)).filter(|_| {
            existing.language.is_some() || form.field(FieldId::Language).is_some_and(|f| f.edited)
        }),
        mouse: Some(reader.text(FieldId::Mouse) == "yes").filter(|on| !on || existing.mouse.is_some()),
        contract_start,
        // Not in the form (yet): kept as they are.
        nip: existing.nip.clone(),
        unit: existing.unit.clone(),
        extra: existing.extra.clone(),
    };
    reader.finish(profile)
}
