//! One copy of the file per day, before the day's first change; the newest 14 are kept.

use std::fs;
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// How many daily copies stay in `backups/`.
pub const KEEP: usize = 14;

/// Copies `path` to `backups/STEM-YYYY-MM-DD.EXT` unless today's copy exists, then prunes.
pub fn daily(path: &Path, today: NaiveDate) -> io::Result<()> {
    let dir = backup_dir(path);
    let (stem, ext) = stem_and_ext(path);
    let target = dir.join(format!("{stem}-{}{ext}", today.format("%Y-%m-%d")));
    if target.exists() {
        return Ok(());
    }
    fs::create_dir_all(&dir)?;
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700))?;
    fs::copy(path, &target)?;
    fs::set_permissions(&target, fs::Permissions::from_mode(0o600))?;
    prune(&dir, &stem, &ext)
}

pub fn backup_dir(path: &Path) -> PathBuf {
    path.parent().unwrap_or(Path::new(".")).join("backups")
}

fn stem_and_ext(path: &Path) -> (String, String) {
    let stem = path.file_stem().map_or("tumbuh".into(), |s| s.to_string_lossy().into_owned());
    let ext = path.extension().map_or(String::new(), |e| format!(".{}", e.to_string_lossy()));
    (stem, ext)
}

/// Removes the oldest copies of this file beyond `KEEP`; other files are left alone.
fn prune(dir: &Path, stem: &str, ext: &str) -> io::Result<()> {
    let prefix = format!("{stem}-");
    let mut copies: Vec<(NaiveDate, PathBuf)> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let date = name.strip_prefix(&prefix)?.strip_suffix(ext)?;
            let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
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
