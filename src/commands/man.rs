//! `tumbuh man [COMMAND…]`: the manual page (roff, for `man`) of tumbuh or one of its commands,
//! in the person's language, made by clap_mangen from the same localized command as `--help`.

use super::{Failure, Output, cli};
use crate::i18n::{Lang, Msg};

/// The page of `tumbuh` when `path` is empty, else of the command it names (`["plan", "add"]`).
pub fn page(path: &[String], lang: Lang) -> Result<Output, Failure> {
    let mut cmd = cli::command(lang);
    for name in path {
        let found = cmd.find_subcommand(name).filter(|sub| sub.get_name() != "help").cloned();
        cmd = found.ok_or_else(|| {
            let command = path.join(" ");
            Failure::new(tr!(lang, Msg::ManUnknownCommand, command = command), lang)
        })?;
    }
    let man = clap_mangen::Man::new(cmd)
        .manual(lang.t(Msg::ManManual))
        .source(format!("tumbuh {}", env!("CARGO_PKG_VERSION")));
    let mut roff = Vec::new();
    man.render(&mut roff).map_err(|error| Failure::new(error.to_string(), lang))?;
    Ok(Output { stdout: sections_in(&String::from_utf8_lossy(&roff), lang), stderr: String::new() })
}

/// clap_mangen names its own sections in English; the headings from `--help` are already in
/// `lang`, and the commands' heading is written in capitals like the rest.
fn sections_in(roff: &str, lang: Lang) -> String {
    let names = [
        ("NAME", Msg::ManName),
        ("SYNOPSIS", Msg::ManSynopsis),
        ("DESCRIPTION", Msg::ManDescription),
        ("EXTRA", Msg::ManExtra),
        ("VERSION", Msg::ManVersion),
    ];
    let commands = format!(".SH {}", lang.t(Msg::HelpCommands));
    let mut out = String::with_capacity(roff.len());
    for line in roff.lines() {
        match names.iter().find(|(name, _)| line == format!(".SH {name}")) {
            Some((_, msg)) => out.push_str(&format!(".SH \"{}\"", lang.t(*msg))),
            None if line == commands => {
                out.push_str(&format!(".SH \"{}\"", lang.t(Msg::HelpCommands).to_uppercase()))
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}
