//! The data file: load, and one safe path for every change (lock, re-read, apply, validate,
//! back up, write atomically).

mod backup;
mod decode;
mod edit;
mod encode;
mod fields;
mod files;
mod lean;

use std::fs::{self, File};
use std::io::{self, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::NaiveDate;

pub use decode::{
    DecodeError, Decoded, FileProblem, LineCol, SyntaxKind, Typo, decode, decode_bytes, decode_spanned,
};
pub use encode::encode;
pub use files::{PathError, READ_CAP, Refusal, read_regular};

use crate::model::{Plan, Problem, SCHEMA, validate};

/// Where the data file lives when neither `--file` nor `TUMBUH_FILE` says otherwise.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("id", "tumbuh", "tumbuh").map(|dirs| dirs.data_dir().join("tumbuh.toml"))
}

/// Why the store could not read or change the file.
#[derive(Debug)]
pub enum StoreError {
    Read {
        path: PathBuf,
        error: io::Error,
    },
    Write {
        path: PathBuf,
        error: io::Error,
    },
    /// The lock beside the data file (`path`) could not be taken.
    Lock {
        path: PathBuf,
        error: io::Error,
    },
    /// The day's copy in `backups/` could not be made; the data file was not written.
    Backup {
        path: PathBuf,
        error: io::Error,
    },
    /// A path the program will not use: a link where none is followed, a dangling link, not a
    /// regular file, too large.
    PathRefused {
        path: PathBuf,
        why: Refusal,
    },
    /// The file is not a valid data file; it is left untouched.
    Decode {
        path: PathBuf,
        error: DecodeError,
    },
    /// A newer program wrote the file; this one only reads it.
    NewerSchema {
        path: PathBuf,
        schema: i64,
    },
    /// The change would make the plan invalid; nothing was written.
    Rejected(Vec<Problem>),
    /// The change itself could not be made (an unknown ID, links that need a decision).
    Refused(crate::ops::OpError),
}

impl StoreError {
    /// A refused path as such; a system error as `io` says (read, write, lock or backup).
    fn from_path(error: PathError, io: fn(PathBuf, io::Error) -> StoreError) -> StoreError {
        match error {
            PathError::Refused(path, why) => StoreError::PathRefused { path, why },
            PathError::Io(path, error) => io(path, error),
        }
    }
}

fn read_at(path: PathBuf, error: io::Error) -> StoreError {
    StoreError::Read { path, error }
}

fn write_at(path: PathBuf, error: io::Error) -> StoreError {
    StoreError::Write { path, error }
}

fn lock_at(path: PathBuf, error: io::Error) -> StoreError {
    StoreError::Lock { path, error }
}

fn backup_at(path: PathBuf, error: io::Error) -> StoreError {
    StoreError::Backup { path, error }
}

impl From<crate::ops::OpError> for StoreError {
    fn from(error: crate::ops::OpError) -> StoreError {
        StoreError::Refused(error)
    }
}

/// What identifies one version of the file on disk, to notice changes by others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    inode: u64,
}

fn stamp_of(path: &Path) -> io::Result<Option<Stamp>> {
    match fs::metadata(path) {
        Ok(meta) => Ok(Some(Stamp { modified: meta.modified().ok(), len: meta.len(), inode: meta.ino() })),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

/// The data file and the plan as last read or written.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    plan: Plan,
    /// The file's text as last read or written, which a save edits (`None`: no file yet).
    text: Option<String>,
    /// Keys in the file that look like misspelt known keys, from the last read.
    typos: Vec<Typo>,
    stamp: Option<Stamp>,
    /// Set when the file declares a newer schema: read, never write.
    newer_schema: Option<i64>,
    /// Names the day's backup.
    today: NaiveDate,
}

impl Store {
    /// Reads the file; a missing file is an empty plan (nothing is created until a save).
    pub fn open(path: impl Into<PathBuf>, today: NaiveDate) -> Result<Store, StoreError> {
        let path = path.into();
        // A linked data file (a synced folder, dotfiles) is written through the link, not over
        // it; a link to nothing is refused rather than replaced by a new file.
        let path = match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => match fs::canonicalize(&path) {
                Ok(target) => target,
                Err(_) => return Err(StoreError::PathRefused { path, why: Refusal::Dangling }),
            },
            _ => path,
        };
        let mut store = Store {
            path,
            plan: Plan::default(),
            text: None,
            typos: Vec::new(),
            stamp: None,
            newer_schema: None,
            today,
        };
        store.reload()?;
        Ok(store)
    }

    /// The day has changed (a session left open overnight): the next backup is that day's.
    pub fn set_today(&mut self, today: NaiveDate) {
        self.today = today;
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Keys in the file that look like misspelt known keys (`planed_jp`), from the last read:
    /// a warning, the file reads.
    pub fn typos(&self) -> &[Typo] {
        &self.typos
    }

    /// `Some(schema)` when the file is open read-only because a newer program wrote it.
    pub fn newer_schema(&self) -> Option<i64> {
        self.newer_schema
    }

    /// Reads the file again if it changed on disk since we last saw it. True when it did.
    pub fn refresh(&mut self) -> Result<bool, StoreError> {
        let current = stamp_of(&self.path).map_err(|error| self.read_error(error))?;
        if current == self.stamp {
            return Ok(false);
        }
        self.reload()?;
        Ok(true)
    }

    fn reload(&mut self) -> Result<(), StoreError> {
        let stamp = stamp_of(&self.path).map_err(|error| self.read_error(error))?;
        let (plan, schema, text, typos) = match stamp {
            None => (Plan::default(), SCHEMA, None, Vec::new()),
            Some(_) => {
                let bytes = read_regular(&self.path)
                    .map_err(|error| StoreError::from_path(error, read_at))?
                    .unwrap_or_default();
                let decoded = decode_bytes(&bytes)
                    .map_err(|error| StoreError::Decode { path: self.path.clone(), error })?;
                // Valid UTF-8, or decoding would have failed.
                let text = String::from_utf8(bytes).unwrap_or_default();
                (decoded.plan, decoded.schema, Some(text), decoded.typos)
            }
        };
        self.plan = plan;
        self.text = text;
        self.typos = typos;
        self.stamp = stamp;
        self.newer_schema = (schema > SCHEMA).then_some(schema);
        Ok(())
    }

    /// The one write path. Under the file's lock: re-read if another process changed the
    /// file, apply `operation` to that fresh plan, validate, back up the day's first
    /// version, write a temporary file, fsync, and rename it over the original. On any
    /// error the file and this store are left as they were.
    pub fn apply<T>(
        &mut self,
        operation: impl FnOnce(&mut Plan) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        if let Some(schema) = self.newer_schema {
            return Err(StoreError::NewerSchema { path: self.path.clone(), schema });
        }
        let dir = self.directory();
        if !dir.is_dir() {
            files::own_folder(&dir).map_err(|error| StoreError::from_path(error, write_at))?;
        }
        let _lock = lock(&self.path)?;
        remove_stale_temporaries(&self.path);
        self.refresh()?;
        if let Some(schema) = self.newer_schema {
            return Err(StoreError::NewerSchema { path: self.path.clone(), schema });
        }
        let mut next = self.plan.clone();
        let value = operation(&mut next)?;
        let problems = validate(&next);
        if !problems.is_empty() {
            return Err(StoreError::Rejected(problems));
        }
        if self.stamp.is_some() {
            backup::daily(&self.path, self.today).map_err(|error| StoreError::from_path(error, backup_at))?;
        }
        // The file as the person wrote it, with only what changed rewritten.
        let text = edit::edit(self.text.as_deref(), &self.plan, &next);
        write_atomically(&self.path, text.as_bytes())
            .map_err(|error| StoreError::from_path(error, write_at))?;
        self.plan = next;
        self.text = Some(text);
        self.stamp = stamp_of(&self.path).map_err(|error| self.read_error(error))?;
        Ok(value)
    }

    fn directory(&self) -> PathBuf {
        match self.path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }

    fn read_error(&self, error: io::Error) -> StoreError {
        StoreError::Read { path: self.path.clone(), error }
    }
}

/// The exclusive lock beside the data file (`tumbuh.toml.lock`). The operating system drops
/// it when its holder exits, even by a crash, so a dead writer never blocks the next one.
/// A link there is refused, never followed.
fn lock(path: &Path) -> Result<File, StoreError> {
    let mut lock_path = path.as_os_str().to_owned();
    lock_path.push(".lock");
    let lock_path = PathBuf::from(lock_path);
    let file =
        files::open_own(&lock_path, 0o600, false).map_err(|error| StoreError::from_path(error, lock_at))?;
    file.lock().map_err(|error| StoreError::Lock { path: lock_path, error })?;
    Ok(file)
}

/// `.tumbuh.toml.tmp<PID>` files left by a writer killed mid-write. Only a lock holder writes
/// them, and we hold the lock now, so any that exist are stale. Failing to remove one is harmless.
fn remove_stale_temporaries(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else { return };
    let prefix = format!(".{}.tmp", name.to_string_lossy());
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to a temporary file in the same directory, fsyncs it, renames it over
/// `path` and fsyncs the directory, so a crash leaves either the old file or the new one. The
/// temporary file is created new, never through a link; an existing file keeps its owner, group
/// and permissions, and a new one is private to its owner.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), PathError> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let temp = files::temporary_beside(path).map_err(files::io_at(path))?;
    let original = fs::metadata(path).ok();
    let mode = original.as_ref().map_or(0o600, |m| m.permissions().mode() & 0o7777);
    // A leftover of ours under that name (never a link: removing a link removes only the link).
    let _ = fs::remove_file(&temp);
    let mut file = files::open_own(&temp, 0o600, true)?;
    let result = (|| {
        if let Some(original) = &original {
            files::keep_owner(&file, original)?;
        }
        // After the owner: changing it may clear set-id bits.
        file.set_permissions(fs::Permissions::from_mode(mode))?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)?;
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map_err(files::io_at(path))
}

#[cfg(test)]
mod tests;
