//! The file system's corners, handled once: what may be read (a regular file, or a link to one,
//! up to a size), folders made private, and files created without following a link.

use std::fs::{self, DirBuilder, File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Far above any real year of records (a year of daily entries is well under 1 MiB).
pub const READ_CAP: u64 = 64 * 1024 * 1024;

/// Why a path is not used.
#[derive(Debug)]
pub enum Refusal {
    /// A symbolic link where the program only ever writes its own files.
    Link,
    /// A link whose target does not exist: refused rather than replaced by a new file.
    Dangling,
    /// Not a regular file: a FIFO, a device, a socket or a folder.
    NotRegular(&'static str),
    /// Larger than `READ_CAP`.
    TooLarge(u64),
    /// Something else in the way: a file where a folder should be.
    NotAFolder,
}

/// A refused path, or an error of the system while using it; always with the path concerned.
#[derive(Debug)]
pub enum PathError {
    Refused(PathBuf, Refusal),
    Io(PathBuf, io::Error),
}

impl PathError {
    pub fn path(&self) -> &Path {
        match self {
            PathError::Refused(path, _) | PathError::Io(path, _) => path,
        }
    }
}

pub(crate) fn io_at(path: &Path) -> impl FnOnce(io::Error) -> PathError + '_ {
    move |error| PathError::Io(path.to_path_buf(), error)
}

fn kind_of(file_type: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_dir() {
        "folder"
    } else if file_type.is_fifo() {
        "fifo"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "device"
    } else if file_type.is_socket() {
        "socket"
    } else {
        "other"
    }
}

/// Checks what a path (after links) is, without opening it: a FIFO is never opened, so it cannot
/// block, and a device is never read, so it cannot fill the memory.
fn check_regular(path: &Path, meta: &fs::Metadata) -> Result<(), PathError> {
    if !meta.file_type().is_file() {
        return Err(PathError::Refused(path.to_path_buf(), Refusal::NotRegular(kind_of(&meta.file_type()))));
    }
    if meta.len() > READ_CAP {
        return Err(PathError::Refused(path.to_path_buf(), Refusal::TooLarge(meta.len())));
    }
    Ok(())
}

/// The bytes of a regular file (or a link to one), at most `READ_CAP`; anything else is refused
/// at once. `Ok(None)`: nothing is there.
pub fn read_regular(path: &Path) -> Result<Option<Vec<u8>>, PathError> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            // A link whose target is gone is not "nothing there".
            if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(PathError::Refused(path.to_path_buf(), Refusal::Dangling));
            }
            return Ok(None);
        }
        Err(error) => return Err(PathError::Io(path.to_path_buf(), error)),
    };
    check_regular(path, &meta)?;
    // Non-blocking, in case a FIFO was put there since the check; checked again once open.
    let file =
        OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path).map_err(io_at(path))?;
    check_regular(path, &file.metadata().map_err(io_at(path))?)?;
    let mut bytes = Vec::new();
    file.take(READ_CAP + 1).read_to_end(&mut bytes).map_err(io_at(path))?;
    if bytes.len() as u64 > READ_CAP {
        return Err(PathError::Refused(path.to_path_buf(), Refusal::TooLarge(bytes.len() as u64)));
    }
    Ok(Some(bytes))
}

/// A folder of the program's own (`backups/`, the data folder): a link there is refused, a file
/// there is an error, and a missing one is made private (0700), with its missing parents.
pub fn own_folder(path: &Path) -> Result<(), PathError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            Err(PathError::Refused(path.to_path_buf(), Refusal::Link))
        }
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(PathError::Refused(path.to_path_buf(), Refusal::NotAFolder)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            DirBuilder::new().recursive(true).mode(0o700).create(path).map_err(io_at(path))
        }
        Err(error) => Err(PathError::Io(path.to_path_buf(), error)),
    }
}

/// Opens (creating if need be) a file of the program's own for writing, never through a link.
pub fn open_own(path: &Path, mode: u32, create_new: bool) -> Result<File, PathError> {
    let mut options = OpenOptions::new();
    options.write(true).mode(mode).custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    if create_new {
        options.create_new(true);
    } else {
        options.create(true).truncate(false);
    }
    let file = options.open(path).map_err(|error| {
        // ELOOP: the name is a link (O_NOFOLLOW); EEXIST for a new file: it may be one too.
        let a_link = error.raw_os_error() == Some(libc::ELOOP)
            || (create_new
                && error.kind() == io::ErrorKind::AlreadyExists
                && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()));
        if a_link {
            PathError::Refused(path.to_path_buf(), Refusal::Link)
        } else {
            PathError::Io(path.to_path_buf(), error)
        }
    })?;
    let meta = file.metadata().map_err(io_at(path))?;
    if !meta.file_type().is_file() {
        return Err(PathError::Refused(path.to_path_buf(), Refusal::NotRegular(kind_of(&meta.file_type()))));
    }
    Ok(file)
}

/// Gives `file` the owner and group of `original`, when they differ from its own. Refused by the
/// system (not root, not in the group): an error, rather than a file that changes hands.
pub fn keep_owner(file: &File, original: &fs::Metadata) -> io::Result<()> {
    let meta = file.metadata()?;
    if meta.uid() == original.uid() && meta.gid() == original.gid() {
        return Ok(());
    }
    std::os::unix::fs::fchown(file, Some(original.uid()), Some(original.gid()))
}

/// `.NAME.tmpPID` beside `path`.
pub fn temporary_beside(path: &Path) -> io::Result<PathBuf> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".tmp{}", std::process::id()));
    Ok(dir.join(temp_name))
}
