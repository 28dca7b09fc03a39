//! `--help` in the person's language. clap has no translation of its own, so the command is
//! built, and then every text it shows is set from the message table: each command's about and
//! what follows its options, each argument's help and value name, the headings, the usage line,
//! and clap's own "Print help" and help subcommand. A command or argument with no text here is
//! found by the tests (`missing`), so a new flag cannot go out with English in the Indonesian help.

use clap::builder::{Str, StyledStr};
use clap::{Arg, ArgAction, Command};

use crate::i18n::{Lang, Msg};

/// What a command is for, by its path (`""` for tumbuh itself, `"plan add"`); clap's own help
/// subcommand at any level is `help`.
fn about(path: &str) -> Option<Msg> {
    let last = path.rsplit(' ').next().unwrap_or_default();
    // Under clap's help subcommand, for completions, each command is named again: `help plan
    // add` is about what `plan add` is.
    let words: Vec<&str> = path.split(' ').collect();
    if words.len() > 1 && words[..words.len() - 1].contains(&"help") {
        let named: Vec<&str> = words.into_iter().filter(|word| *word != "help").collect();
        return about(&named.join(" "));
    }
    Some(match path {
        "" => Msg::HelpAbout,
        "status" => Msg::HelpStatus,
        "plan" => Msg::HelpPlan,
        "plan add" => Msg::HelpPlanAdd,
        "plan list" => Msg::HelpPlanList,
        "plan done" => Msg::HelpPlanDone,
        "plan edit" => Msg::HelpPlanEdit,
        "plan suggest" => Msg::HelpPlanSuggest,
        "plan rm" => Msg::HelpPlanRm,
        "log" => Msg::HelpLog,
        "log list" => Msg::HelpLogList,
        "reflect" => Msg::HelpReflect,
        "reflect list" => Msg::HelpReflectList,
        "export" => Msg::HelpExport,
        "import" => Msg::HelpImport,
        "siasn" => Msg::HelpSiasn,
        "siasn done" => Msg::HelpSiasnDone,
        "team" => Msg::HelpTeam,
        "profile" => Msg::HelpProfile,
        "path" => Msg::HelpPath,
        "forms" => Msg::HelpFormsCommand,
        "completions" => Msg::HelpCompletions,
        "man" => Msg::HelpMan,
        _ if last == "help" => Msg::HelpHelpCommand,
        _ => return None,
    })
}

/// What follows a command's options: examples and notes.
fn after_help(path: &str) -> Option<Msg> {
    Some(match path {
        "" => Msg::HelpAboutAfter,
        "plan add" => Msg::HelpPlanAddAfter,
        "plan suggest" => Msg::HelpPlanSuggestAfter,
        "log" => Msg::HelpLogAfter,
        "reflect" => Msg::HelpReflectAfter,
        "export" => Msg::HelpExportAfter,
        "import" => Msg::HelpImportAfter,
        "siasn" => Msg::HelpSiasnAfter,
        _ => return None,
    })
}

/// One argument's help, by the command's path and the argument's id.
fn arg_help(path: &str, id: &str) -> Option<Msg> {
    let last = path.rsplit(' ').next().unwrap_or_default();
    Some(match (path, id) {
        (_, "file") => Msg::ArgFile,
        (_, "lang") => Msg::ArgLang,
        (_, "year") => Msg::ArgYear,
        (_, "no_mouse") => Msg::ArgNoMouse,
        (_, "help") => Msg::ArgHelp,
        ("", "version") => Msg::ArgVersion,
        ("", "demo") => Msg::ArgDemo,
        (_, "subcommand") if last == "help" => Msg::ArgHelpCommand,
        ("status", "json") => Msg::ArgStatusJson,
        ("status", "short") => Msg::ArgStatusShort,
        ("plan list" | "log list" | "reflect list", "json") => Msg::ArgListJson,
        ("plan done" | "plan edit" | "plan rm", "id") => Msg::ArgTrainingId,
        ("plan suggest", "json") => Msg::ArgSuggestJson,
        ("plan suggest", "add") => Msg::ArgSuggestAdd,
        ("plan rm", "unlink") => Msg::ArgUnlink,
        ("plan rm", "cascade") => Msg::ArgCascade,
        ("plan add", "title") => Msg::ArgPlanTitleAdd,
        ("plan edit", "title") => Msg::ArgPlanTitleEdit,
        ("plan add", "jp") => Msg::ArgPlanJpAdd,
        ("plan edit", "jp") => Msg::ArgPlanJpEdit,
        ("plan add" | "plan edit", "form") => Msg::ArgPlanForm,
        ("plan add" | "plan edit", "competency") => Msg::ArgPlanCompetency,
        ("plan add" | "plan edit", "start") => Msg::ArgPlanStart,
        ("plan add" | "plan edit", "end") => Msg::ArgPlanEnd,
        ("plan add" | "plan edit", "provider") => Msg::ArgPlanProvider,
        ("plan add" | "plan edit", "why") => Msg::ArgPlanWhy,
        ("plan add", "status") => Msg::ArgPlanStatusAdd,
        ("plan edit", "status") => Msg::ArgPlanStatusEdit,
        ("log", "jp") => Msg::ArgLogJp,
        ("log", "minutes") => Msg::ArgLogMinutes,
        ("log", "hours") => Msg::ArgLogHours,
        ("log", "units") => Msg::ArgLogUnits,
        ("log", "title") => Msg::ArgLogTitle,
        ("log", "training") => Msg::ArgLogTraining,
        ("log", "form") => Msg::ArgLogForm,
        ("log", "date") => Msg::ArgLogDate,
        ("log", "start") => Msg::ArgLogStart,
        ("log", "provider") => Msg::ArgLogProvider,
        ("log", "certificate") => Msg::ArgLogCertificate,
        ("log", "certificate_file") => Msg::ArgLogCertificateFile,
        ("log", "in_siasn") => Msg::ArgLogInSiasn,
        ("log", "international") => Msg::ArgLogInternational,
        ("reflect", "training") => Msg::ArgReflectTraining,
        ("reflect", "log") => Msg::ArgReflectLog,
        ("reflect", "changed") => Msg::ArgReflectChanged,
        ("reflect", "learned") => Msg::ArgReflectLearned,
        ("reflect", "next") => Msg::ArgReflectNext,
        ("reflect", "usefulness") => Msg::ArgReflectUsefulness,
        ("reflect", "follow_up") => Msg::ArgReflectFollowUp,
        ("reflect", "date") => Msg::ArgReflectDate,
        ("reflect", "id") => Msg::ArgReflectId,
        ("reflect", "applied") => Msg::ArgReflectApplied,
        ("export", "format") => Msg::ArgExportFormat,
        ("export", "output") => Msg::ArgExportOutput,
        ("export", "share") => Msg::ArgExportShare,
        ("export", "with_reflections") => Msg::ArgExportWithReflections,
        ("profile", "name") => Msg::ArgProfileName,
        ("profile", "employee_type") => Msg::ArgProfileType,
        ("profile", "target") => Msg::ArgProfileTarget,
        ("profile", "ceiling") => Msg::ArgProfileCeiling,
        ("profile", "minutes_per_jp") => Msg::ArgProfileMinutes,
        ("profile", "contract_start") => Msg::ArgProfileContractStart,
        ("profile", "nip") => Msg::ArgProfileNip,
        ("profile", "unit") => Msg::ArgProfileUnit,
        ("profile", "language") => Msg::ArgProfileLanguage,
        ("team", "paths") => Msg::ArgTeamPaths,
        ("team", "recursive") => Msg::ArgTeamRecursive,
        ("team", "json") => Msg::ArgTeamJson,
        ("team", "format") => Msg::ArgTeamFormat,
        ("import", "csv") => Msg::ArgImportCsv,
        ("siasn", "all") => Msg::ArgSiasnAll,
        ("siasn", "json") => Msg::ArgSiasnJson,
        ("siasn done", "id") => Msg::ArgSiasnDoneId,
        ("forms", "json") => Msg::ArgFormsJson,
        ("completions", "shell") => Msg::ArgShell,
        ("man", "command") => Msg::ArgManCommand,
        _ => return None,
    })
}

/// A value's name as the derive writes it (`T`, `D`), in words a person reads. Names that are
/// the same in both languages (`N`, `ID`, `PATH`, `YYYY`, `id|en`, `1-5`) stay as they are.
fn value_name(name: &str) -> Option<Msg> {
    Some(match name {
        "T" => Msg::ValueTitle,
        "F" => Msg::ValueForm,
        "C" => Msg::ValueCompetency,
        "D" => Msg::ValueDate,
        "P" => Msg::ValueProvider,
        "W" => Msg::ValueProblem,
        "S" => Msg::ValueStatus,
        "NO" => Msg::ValueNumber,
        "TEXT" => Msg::ValueText,
        "M" => Msg::ValueMinutes,
        "H" => Msg::ValueHours,
        "FILE" => Msg::ValueFile,
        "FILE.csv" => Msg::ValueCsvFile,
        "yes|partly|no" => Msg::ValueApplied,
        "COMMAND" => Msg::HelpCommandValue,
        "U" => Msg::ValueUnit,
        _ => return None,
    })
}

/// `cmd` (tumbuh's, from the derive) with every text it shows in `lang`, built and ready to parse.
pub fn localize(cmd: Command, lang: Lang) -> Command {
    localize_tree(built(cmd), "", lang)
}

/// `cmd` with our own -h and -V in place of clap's (whose "Print help" is English whatever the
/// language), built: building adds the global options to every command and clap's help
/// subcommands, so that the texts of all of them can then be set, the usage lines last since
/// they are made of the rest.
fn built(cmd: Command) -> Command {
    let mut cmd = without_help_flags(cmd)
        .disable_version_flag(true)
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version))
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).global(true));
    cmd.build();
    cmd
}

fn without_help_flags(cmd: Command) -> Command {
    cmd.disable_help_flag(true).mut_subcommands(without_help_flags)
}

fn localize_tree(cmd: Command, path: &str, lang: Lang) -> Command {
    let template = template(&cmd, lang);
    let mut cmd = cmd
        .about(about(path).map(|msg| lang.t(msg)))
        .long_about(None)
        .after_help(after_help(path).map(|msg| lang.t(msg)))
        .after_long_help(None)
        .help_template(template)
        .subcommand_help_heading(lang.t(Msg::HelpCommands))
        .subcommand_value_name(lang.t(Msg::HelpCommandValue))
        .mut_args(|arg| localize_arg(arg, path, lang))
        .mut_subcommands(|sub| {
            let name = sub.get_name().to_string();
            let sub_path = if path.is_empty() { name } else { format!("{path} {name}") };
            localize_tree(sub, &sub_path, lang)
        });
    let usage = usage(&mut cmd, lang);
    cmd.override_usage(usage)
}

fn localize_arg(arg: Arg, path: &str, lang: Lang) -> Arg {
    let heading = if arg.is_positional() {
        Msg::HelpArguments
    } else if arg.is_global_set() {
        Msg::HelpGlobalOptions
    } else {
        Msg::HelpOptions
    };
    let help = arg_help(path, arg.get_id().as_str()).map(|msg| lang.t(msg));
    let names: Option<Vec<Str>> = arg.get_value_names().map(|names| {
        names
            .iter()
            .map(|name| value_name(name.as_str()).map_or_else(|| name.clone(), |m| lang.t(m).into()))
            .collect()
    });
    let arg = arg.help(help).long_help(None).help_heading(lang.t(heading)).hide_possible_values(true);
    match names {
        Some(names) => arg.value_names(names),
        None => arg,
    }
}

/// clap's template, with "Usage:" in `lang` and in clap's usage style.
fn template(cmd: &Command, lang: Lang) -> StyledStr {
    let style = cmd.get_styles().get_usage();
    let heading = format!("{}{}:{}", style.render(), lang.t(Msg::HelpUsage), style.render_reset());
    format!("{{before-help}}{{about-with-newline}}\n{heading} {{usage}}\n\n{{all-args}}{{after-help}}").into()
}

/// clap's usage line for `cmd`, with `[OPTIONS]` in `lang` and its lines lined up under the
/// heading.
fn usage(cmd: &mut Command, lang: Lang) -> String {
    let rendered = cmd.clone().render_usage().to_string();
    let rendered = rendered.split_once(": ").map_or(rendered.as_str(), |(_, usage)| usage);
    let indent = " ".repeat(lang.t(Msg::HelpUsage).chars().count() + 2);
    rendered
        .lines()
        .map(|line| line.trim().replace("[OPTIONS]", lang.t(Msg::HelpOptionsTag)))
        .collect::<Vec<_>>()
        .join(&format!("\n{indent}"))
}

/// Every command and argument shown in `--help` that has no text here, as `path: --flag`; for
/// the tests, so none goes out without its text in both languages. `cmd` is tumbuh's from the
/// derive (`Cli::command()`), not yet localized.
pub fn missing(cmd: Command) -> Vec<String> {
    let mut found = Vec::new();
    walk(&built(cmd), "", &mut found);
    found
}

fn walk(cmd: &Command, path: &str, found: &mut Vec<String>) {
    if about(path).is_none() {
        found.push(format!("tumbuh {path}: about"));
    }
    for arg in cmd.get_arguments().filter(|arg| !arg.is_hide_set()) {
        if arg_help(path, arg.get_id().as_str()).is_none() {
            found.push(format!("tumbuh {path}: {}", arg.get_id()));
        }
        let names = arg.get_value_names().filter(|_| arg.get_action().takes_values());
        for name in names.into_iter().flatten() {
            let same_in_both =
                ["N", "ID", "PATH", "YYYY", "id|en", "1-5", "FORMAT", "SHELL", "pns|pppk", "NIP"];
            if value_name(name.as_str()).is_none() && !same_in_both.contains(&name.as_str()) {
                found.push(format!("tumbuh {path}: <{name}>"));
            }
        }
    }
    for sub in cmd.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        let sub_path =
            if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
        walk(sub, &sub_path, found);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_argument_has_its_text_in_both_languages() {
        use clap::CommandFactory;
        assert_eq!(missing(super::super::cli::Cli::command()), Vec::<String>::new());
        // and the table has both languages of each (`i18n`'s own test), so every text of the
        // command line is in both.
    }

    #[test]
    fn texts_come_from_the_table_not_from_the_derive() {
        let cmd = super::super::cli::command(Lang::Id);
        let add = cmd.find_subcommand("plan").and_then(|plan| plan.find_subcommand("add")).unwrap();
        assert_eq!(add.get_about().map(ToString::to_string).as_deref(), Some(Lang::Id.t(Msg::HelpPlanAdd)));
        let title = add.get_arguments().find(|arg| arg.get_id() == "title").unwrap();
        assert_eq!(
            title.get_help().map(ToString::to_string).as_deref(),
            Some(Lang::Id.t(Msg::ArgPlanTitleAdd))
        );
        assert_eq!(title.get_value_names().unwrap()[0].as_str(), "JUDUL");
        assert_eq!(title.get_help_heading(), Some("Pilihan"));
        let help = add.get_arguments().find(|arg| arg.get_id() == "help").unwrap();
        assert_eq!(help.get_help_heading(), Some("Pilihan umum"));
        assert!(add.get_overridden_usage().is_some_and(|u| u.to_string() == "tumbuh plan add [PILIHAN]"));
    }
}
