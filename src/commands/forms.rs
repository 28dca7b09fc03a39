//! `tumbuh forms`: the catalog with each form's counting rule.

use clap::Args;

use super::{Environment, Failure, Globals, Output, Session};
use crate::catalog::Group;
use crate::describe;
use crate::i18n::Msg;
use crate::report;

/// The catalog of forms of development, how each counts JP, and where SIASN keeps it
#[derive(Args, Debug)]
pub struct FormsArgs {
    /// A JSON array of the forms with their rules instead of the text
    #[arg(long)]
    pub json: bool,
}

/// The catalog as text, or with `--json` as an array of forms.
pub fn forms(globals: &Globals, env: &Environment, args: &FormsArgs) -> Result<Output, Failure> {
    let session = Session::open(globals, env)?;
    let lang = session.lang;
    let catalog = session.catalog();
    if args.json {
        let stdout = report::json::pretty(&report::json::form_records(&catalog, session.plan()));
        return Ok(Output { stdout, stderr: session.warnings() });
    }
    let overridden = &session.plan().forms;
    let key_width = catalog.forms().iter().map(|f| f.key.len()).max().unwrap_or(0);
    let mut out = String::new();
    for group in Group::ALL {
        out.push_str(&format!("{}\n", describe::domain::group(group, lang)));
        for form in catalog.forms().iter().filter(|f| f.group == group) {
            let changed = overridden.contains_key(&form.key);
            let mut rule = describe::domain::form_rule(form, lang);
            if changed {
                rule.push(' ');
                rule.push_str(lang.t(Msg::FormsOverridden));
            }
            out.push_str(&format!(
                "  {:<key_width$}  {}\n  {:<key_width$}  {}\n  {:<key_width$}  {}\n  {:<key_width$}  {}\n",
                form.key,
                form.label(lang),
                "",
                rule,
                "",
                describe::domain::form_source(form, changed, lang),
                "",
                describe::domain::siasn_place(form, &catalog, lang)
            ));
        }
        out.push('\n');
    }
    out.push_str(lang.t(Msg::FormsSourceNote));
    out.push('\n');
    Ok(Output { stdout: out, stderr: session.warnings() })
}
