//! `tumbuh completions`, and `--help` texts that explain every flag without the README.

mod common;

use common::{stdout_of, tumbuh};

#[test]
fn completions_for_each_shell_know_the_commands_and_flags() {
    for shell in ["bash", "zsh", "fish"] {
        let script = stdout_of(tumbuh().args(["completions", shell]));
        // fish writes `-l certificate` where the others write `--certificate`.
        for word in ["plan", "reflect", "export", "import", "certificate", "follow-up", "cascade"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    tumbuh().args(["completions", "tcsh"]).assert().code(2);
}

/// Every subcommand's help: each flag line carries words after the flag.
#[test]
fn every_flag_is_explained_in_help() {
    let commands: &[&[&str]] = &[
        &[],
        &["status"],
        &["plan"],
        &["plan", "add"],
        &["plan", "list"],
        &["plan", "done"],
        &["plan", "edit"],
        &["plan", "rm"],
        &["log"],
        &["log", "list"],
        &["reflect"],
        &["reflect", "list"],
        &["export"],
        &["import"],
        &["siasn"],
        &["siasn", "done"],
        &["forms"],
        &["path"],
        &["completions"],
    ];
    for command in commands {
        let help = stdout_of(tumbuh().args(*command).arg("--help"));
        // The examples after the options are command lines, not flag descriptions.
        let options = help.split("\nExample").next().unwrap_or_default();
        let options = options.split("\nContoh").next().unwrap_or_default();
        for line in
            options.lines().filter(|l| l.trim_start().starts_with("--") || l.trim_start().starts_with("-h"))
        {
            let words_after_flag =
                line.trim_start().split("  ").filter(|part| !part.trim().is_empty()).count();
            assert!(words_after_flag >= 2, "`tumbuh {}` help: {line:?} is not explained", command.join(" "));
        }
    }
    let help = stdout_of(tumbuh().args(["plan", "add", "--help"]));
    for flag in
        ["--title", "--jp", "--form", "--competency", "--start", "--end", "--provider", "--why", "--status"]
    {
        assert!(help.contains(flag), "plan add --help lacks {flag}");
    }
    let help = stdout_of(tumbuh().args(["export", "--help"]));
    assert!(
        help.contains("form, provider, name, jp, certificate, year, start, end, date, training,"),
        "{help}"
    );
}
