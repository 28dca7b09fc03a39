//! One copy of the file per day, before the day's first change; the newest 14 are kept.

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::files::{self, PathError, Refusal, io_at};

/// How many daily copies stay in `backups/`.
pub const KEEP: usize = 14;

/// Copies `path` to `backups/STEM-YYYY-MM-DD.EXT` unless today's copy exists, then prunes.
/// The copy is written to a temporary file and renamed, so a copy cut short (a full disk)
/// leaves nothing that could pass for the day's. `backups/` and the copies are never followed
/// through a link: a link there is refused, naming it.
pub fn daily(path: &Path, today: NaiveDate) -> Result<(), PathError> {
    let dir = backup_dir(path);
    let (stem, ext) = stem_and_ext(path);
    let target = dir.join(format!("{stem}-{}{ext}", today.format("%Y-%m-%d")));
    files::own_folder(&dir)?;
    match fs::symlink_metadata(&target) {
        Ok(meta) if meta.file_type().is_symlink() => return Err(PathError::Refused(target, Refusal::Link)),
        Ok(_) => return Ok(()),
        Err(_) => {}
    }
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).map_err(io_at(&dir))?;
    let bytes = files::read_regular(path)?.unwrap_or_default();
    copy_via_temporary(&bytes, &target)?;
    prune(&dir, &stem, &ext).map_err(io_at(&dir))
}

fn copy_via_temporary(bytes: &[u8], target: &Path) -> Result<(), PathError> {
    let temp = files::temporary_beside(target).map_err(io_at(target))?;
    let _ = fs::remove_file(&temp);
    let mut file = files::open_own(&temp, 0o600, true)?;
    let written = (|| {
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, target)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written.map_err(io_at(target))
}

pub fn backup_dir(path: &Path) -> PathBuf {
    path.parent().unwrap_or(Path::new(".")).join("backups")
}

fn stem_and_ext(path: &Path) -> (String, String) {
    let stem = path.file_stem().map_or("tumbuh".into(), |s| s.to_string_lossy().into_owned());
    let ext = path.extension().map_or(String::new(), |e| format!(".{}", e.to_string_lossy()));
    (stem, ext)
}

/// The date of one of our own copies: exactly `STEM-YYYY-MM-DD.EXT`.
fn copy_date(name: &str, stem: &str, ext: &str) -> Option<NaiveDate> {
    let date = name.strip_prefix(stem)?.strip_prefix('-')?.strip_suffix(ext)?;
    let parsed = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    (parsed.format("%Y-%m-%d").to_string() == date).then_some(parsed)
}

/// Removes the oldest copies of this file beyond `KEEP`. Only regular files named as our copies
/// are counted or removed; anything else in `backups/` (links included) is left alone.
fn prune(dir: &Path, stem: &str, ext: &str) -> std::io::Result<()> {
    let mut copies: Vec<(NaiveDate, PathBuf)> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|entry| {
            let date = copy_date(&entry.file_name().to_string_lossy(), stem, ext)?;
            Some((date, entry.path()))
        })
        .collect();
    copies.sort();
    let excess = copies.len().saturating_sub(KEEP);
    for (_, old) in copies.into_iter().take(excess) {
        fs::remove_file(old)?;
    }
    Ok(())
}
