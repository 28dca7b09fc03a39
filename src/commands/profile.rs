//! `tumbuh profile`: the profile, or single fields of it set from the command line.

use clap::Args;

use super::flags::{self, trimmed};
use super::{Environment, Failure, Globals, Output, Session};
use crate::i18n::{Lang, Msg};
use crate::model::{EmployeeType, Jp, PPPK_CEILING, ProblemKind, Profile, format_date, target_jp};
use crate::ops::{self, ProfileChange};
use crate::printable::printable;

/// Show the profile, or set its fields: name, PNS or PPPK, target, ceiling, minutes per JP, …
#[derive(Args, Debug, Default)]
#[command(after_help = PROFILE_EXAMPLES)]
pub struct ProfileArgs {
    /// Your name, as shown in the header and reports
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// pns or pppk (PPPK has a ceiling of 24 JP a contract year by default)
    #[arg(long = "type", value_name = "pns|pppk")]
    pub employee_type: Option<String>,
    /// The minimum JP to reach in a year, 0 to 1000 (e.g. 20)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub target: Option<String>,
    /// A maximum JP a year; an empty value goes back to the default (PPPK 24, PNS none)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub ceiling: Option<String>,
    /// Minutes in one JP, 1 to 600 (45 unless your agency says otherwise)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub minutes_per_jp: Option<String>,
    /// PPPK: the first day of the work contract (the ceiling counts per contract year); empty clears it
    #[arg(long, value_name = "D")]
    pub contract_start: Option<String>,
    /// Your NIP, for a unit's roll-up; empty clears it
    #[arg(long, value_name = "NIP")]
    pub nip: Option<String>,
    /// Your work unit, for a unit's roll-up; empty clears it
    #[arg(long, value_name = "U")]
    pub unit: Option<String>,
    /// The language of the program when --lang and TUMBUH_LANG do not say: id or en
    #[arg(long, value_name = "id|en")]
    pub language: Option<String>,
}

const PROFILE_EXAMPLES: &str = "\
Examples:
  tumbuh profile
  tumbuh profile --name \"Sari Wulandari\" --type pppk --contract-start 2025-04-01
  tumbuh profile --target 24 --ceiling \"\"      (an empty ceiling: back to the default)";

impl ProfileArgs {
    /// Whether any field is to be set (otherwise the profile is shown).
    pub fn changes(&self) -> bool {
        [
            &self.name,
            &self.employee_type,
            &self.target,
            &self.ceiling,
            &self.minutes_per_jp,
            &self.contract_start,
            &self.nip,
            &self.unit,
            &self.language,
        ]
        .iter()
        .any(|flag| flag.is_some())
    }

    /// The change the flags ask for, each value checked as the profile form checks it.
    fn change(&self, session: &Session) -> Result<ProfileChange, Failure> {
        let (lang, today) = (session.lang, session.today);
        let text = |value: &Option<String>| value.as_ref().map(|_| trimmed(value).unwrap_or_default());
        let employee_type = trimmed(&self.employee_type)
            .map(|t| flags::choice::<EmployeeType>("--type", &t, lang))
            .transpose()?;
        let target = trimmed(&self.target)
            .map(|t| {
                Jp::parse(&t)
                    .map_err(ProblemKind::Jp)
                    .and_then(target_jp)
                    .map_err(|kind| Failure::flag("--target", &kind, lang))
            })
            .transpose()?;
        if self.target.is_some() && target.is_none() {
            return Err(Failure::flag("--target", &ProblemKind::Empty, lang));
        }
        let ceiling = flags::clearable(&self.ceiling)
            .map(|value| value.map(|t| flags::jp("--ceiling", &t, lang)).transpose())
            .transpose()?;
        let minutes = self
            .minutes_per_jp
            .as_ref()
            .map(|t| {
                t.trim().parse::<u32>().ok().filter(|m| (1..=600).contains(m)).ok_or_else(|| {
                    Failure::flag("--minutes-per-jp", &ProblemKind::OutOfRange { min: 1, max: 600 }, lang)
                })
            })
            .transpose()?;
        let contract_start = flags::clearable(&self.contract_start)
            .map(|value| value.map(|t| flags::date("--contract-start", &t, today, lang)).transpose())
            .transpose()?;
        let language = trimmed(&self.language)
            .map(|t| {
                Lang::from_key(&t)
                    .ok_or_else(|| Failure::flag("--language", &ProblemKind::NotOneOf(Lang::KEYS), lang))
            })
            .transpose()?;
        if self.language.is_some() && language.is_none() {
            return Err(Failure::flag("--language", &ProblemKind::NotOneOf(Lang::KEYS), lang));
        }
        if self.employee_type.is_some() && employee_type.is_none() {
            return Err(Failure::flag("--type", &ProblemKind::NotOneOf(EmployeeType::KEYS), lang));
        }
        Ok(ProfileChange {
            name: text(&self.name),
            employee_type,
            target_jp: target,
            ceiling_jp: ceiling,
            minutes_per_jp: minutes,
            contract_start,
            nip: text(&self.nip),
            unit: text(&self.unit),
            language,
        })
    }
}

/// `tumbuh profile` shows the profile; with flags it sets those fields and shows the result.
pub fn profile(globals: &Globals, env: &Environment, args: &ProfileArgs) -> Result<Output, Failure> {
    let mut session = Session::open(globals, env)?;
    if !args.changes() {
        let lang = session.lang;
        return Ok(Output { stdout: shown(&session.plan().profile, lang), stderr: session.warnings() });
    }
    let change = args.change(&session)?;
    let before = session.plan().profile.clone();
    let lang = session.lang;
    session
        .store
        .apply(|plan| {
            ops::change_profile(plan, &change);
            Ok(())
        })
        .map_err(|error| Failure::store(&error, lang))?;
    let after = &session.plan().profile;
    // A new language applies from this answer on, unless --lang or TUMBUH_LANG chose one.
    let lang = match super::requested_lang(globals, env)? {
        Some(forced) => forced,
        None => after.language.unwrap_or(lang),
    };
    let changed = changed_labels(&before, after, lang);
    let mut stdout = if changed.is_empty() {
        format!("{}\n", lang.t(Msg::ProfileUnchanged))
    } else {
        format!("{}\n", tr!(lang, Msg::ProfileSaved, fields = changed.join(", ")))
    };
    stdout.push('\n');
    stdout.push_str(&shown(after, lang));
    let mut stderr = String::new();
    if change.contract_start.flatten().is_some() && after.employee_type == EmployeeType::Pns {
        stderr = format!("{}: {}\n", lang.t(Msg::WarningPrefix), lang.t(Msg::ProfileContractPnsOnly));
    }
    Ok(Output { stdout, stderr })
}

/// The profile, one field a line, as the profile form names them.
fn shown(profile: &Profile, lang: Lang) -> String {
    let not_set = || lang.t(Msg::ProfileNotSet).to_string();
    let text = |t: &str| if t.trim().is_empty() { not_set() } else { printable(t).into_owned() };
    let jp = |jp: Jp| format!("{} JP", jp.format(lang));
    let ceiling = match (profile.ceiling_jp, profile.employee_type) {
        (Some(ceiling), _) => jp(ceiling),
        (None, EmployeeType::Pppk) => tr!(lang, Msg::ProfileCeilingDefault, jp = jp(PPPK_CEILING)),
        (None, EmployeeType::Pns) => lang.t(Msg::ProfileCeilingNone).to_string(),
    };
    let language = match profile.language {
        Some(Lang::Id) => "Bahasa Indonesia".to_string(),
        Some(Lang::En) => "English".to_string(),
        None => lang.t(Msg::ProfileLanguageUnset).to_string(),
    };
    let rows = [
        (Msg::FieldName, text(&profile.name)),
        (Msg::FieldEmployeeType, profile.employee_type.key().to_uppercase()),
        (Msg::FieldTarget, jp(profile.target_jp)),
        (Msg::FieldCeiling, ceiling),
        (Msg::FieldMinutesPerJp, profile.minutes_per_jp.to_string()),
        (Msg::FieldContractStart, profile.contract_start.map_or_else(not_set, |d| format_date(d, lang))),
        (Msg::FieldNip, text(&profile.nip)),
        (Msg::FieldUnit, text(&profile.unit)),
        (Msg::FieldLanguage, language),
    ];
    let width = rows.iter().map(|(label, _)| lang.t(*label).chars().count()).max().unwrap_or(0);
    let mut out = format!("{}\n", lang.t(Msg::ProfileHeading));
    for (label, value) in rows {
        out.push_str(&format!("  {:<width$}  {value}\n", lang.t(label)));
    }
    out
}

/// The labels of the fields that differ, in the form's order.
fn changed_labels(before: &Profile, after: &Profile, lang: Lang) -> Vec<String> {
    let differs = [
        (Msg::FieldName, before.name != after.name),
        (Msg::FieldEmployeeType, before.employee_type != after.employee_type),
        (Msg::FieldTarget, before.target_jp != after.target_jp),
        (Msg::FieldCeiling, before.ceiling_jp != after.ceiling_jp),
        (Msg::FieldMinutesPerJp, before.minutes_per_jp != after.minutes_per_jp),
        (Msg::FieldContractStart, before.contract_start != after.contract_start),
        (Msg::FieldNip, before.nip != after.nip),
        (Msg::FieldUnit, before.unit != after.unit),
        (Msg::FieldLanguage, before.language != after.language),
    ];
    differs.into_iter().filter(|(_, d)| *d).map(|(label, _)| lang.t(label).to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_counts_as_a_change() {
        assert!(!ProfileArgs::default().changes());
        assert!(ProfileArgs { unit: Some(String::new()), ..ProfileArgs::default() }.changes());
    }

    #[test]
    fn the_profile_is_shown_with_its_defaults_in_words() {
        let shown = shown(&Profile::default(), Lang::En);
        assert!(shown.contains("JP target") && shown.contains("20 JP"), "{shown}");
        assert!(shown.contains("none (the PNS default)"), "{shown}");
    }
}
