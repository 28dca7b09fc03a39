//! The file system's corners (issue 10): links never followed where the program writes its own
//! files, a failed backup that leaves nothing, a dangling link refused, owners kept, private
//! folders, and only regular files read, at once and up to a size.

mod common;

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::os::unix::process::CommandExt;
use std::time::{Duration, Instant};

use common::{DataFile, SAMPLE, TODAY, tumbuh};
use predicates::str::contains;

const LOG: [&str; 5] = ["log", "--jp", "1", "--title", "Webinar"];

fn mkfifo(path: &std::path::Path) {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0, "mkfifo");
}

#[test]
fn a_backups_link_to_another_folder_is_refused_and_that_folder_left_alone() {
    let file = DataFile::sample();
    let elsewhere = tempfile::tempdir().unwrap();
    fs::set_permissions(elsewhere.path(), fs::Permissions::from_mode(0o755)).unwrap();
    for day in 1..=20 {
        fs::write(elsewhere.path().join(format!("tumbuh-2026-05-{day:02}.toml")), "someone's").unwrap();
    }
    symlink(elsewhere.path(), file.dir().join("backups")).unwrap();
    file.run()
        .args(LOG)
        .assert()
        .failure()
        .stderr(contains(file.dir().join("backups").display().to_string()))
        .stderr(contains("tautan simbolis"));
    assert_eq!(file.text(), SAMPLE);
    assert_eq!(fs::read_dir(elsewhere.path()).unwrap().count(), 20, "files pruned through the link");
    let mode = fs::metadata(elsewhere.path()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o755, "the other folder's mode was changed");
}

#[test]
fn a_lock_link_is_refused_naming_the_lock() {
    let file = DataFile::sample();
    let target = file.dir().join("elsewhere");
    fs::write(&target, "keep").unwrap();
    let lock = file.dir().join("tumbuh.toml.lock");
    symlink(&target, &lock).unwrap();
    file.run().args(LOG).assert().failure().stderr(contains(lock.display().to_string()));
    assert_eq!(fs::read_to_string(&target).unwrap(), "keep");
    assert_eq!(file.text(), SAMPLE);
}

#[test]
fn a_failed_backup_copy_leaves_nothing_and_the_file_unchanged() {
    // A disk that fills mid-copy, unprivileged and as root alike: a file size limit of 1 KiB,
    // so the day's copy of the 8 KiB sample fails halfway (EFBIG, with SIGXFSZ ignored).
    let file = DataFile::sample();
    assert!(SAMPLE.len() > 4096);
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_tumbuh"));
    command.env("TUMBUH_TODAY", TODAY).env_remove("TUMBUH_LANG").arg("--file").arg(&file.path).args(LOG);
    unsafe {
        command.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit { rlim_cur: 1024, rlim_max: 1024 };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let output = command.output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cadangan") && stderr.contains("backups"), "{stderr}");
    assert_eq!(file.text(), SAMPLE);
    let left: Vec<_> = fs::read_dir(file.dir().join("backups")).unwrap().collect();
    assert!(left.is_empty(), "a failed copy left {left:?}");
    // With room again, the day's copy is made whole.
    file.run().args(LOG).assert().success();
    let copy = file.dir().join("backups").join("tumbuh-2026-06-30.toml");
    assert_eq!(fs::read_to_string(copy).unwrap(), SAMPLE);
}

#[test]
fn retention_prunes_only_our_own_copies() {
    let file = DataFile::sample();
    let backups = file.dir().join("backups");
    fs::create_dir(&backups).unwrap();
    for day in 1..=20 {
        fs::write(backups.join(format!("tumbuh-2026-05-{day:02}.toml")), "old").unwrap();
    }
    let outside = file.dir().join("precious.toml");
    fs::write(&outside, "precious").unwrap();
    symlink(&outside, backups.join("tumbuh-2026-01-01.toml")).unwrap();
    fs::write(backups.join("tumbuh-2026-1-2.toml"), "not our name").unwrap();
    fs::write(backups.join("lain-2026-01-03.toml"), "another file's").unwrap();
    file.run().args(LOG).assert().success();
    assert_eq!(fs::read_to_string(&outside).unwrap(), "precious");
    for kept in ["tumbuh-2026-01-01.toml", "tumbuh-2026-1-2.toml", "lain-2026-01-03.toml"] {
        assert!(fs::symlink_metadata(backups.join(kept)).is_ok(), "{kept} was removed");
    }
    let ours = fs::read_dir(&backups)
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name().to_string_lossy().into_owned();
            name.starts_with("tumbuh-2026-0") && name.len() == "tumbuh-2026-05-01.toml".len()
        })
        .count();
    assert_eq!(ours, 14 + 1, "14 copies and the link");
}

#[test]
fn a_dangling_link_as_the_data_file_is_refused_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("tumbuh.toml");
    symlink(dir.path().join("gone").join("tumbuh.toml"), &link).unwrap();
    for args in [&LOG[..], &["status"][..]] {
        tumbuh()
            .arg("--file")
            .arg(&link)
            .args(args)
            .assert()
            .failure()
            .stderr(contains(link.display().to_string()))
            .stderr(contains("tidak ada"));
    }
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    assert!(!dir.path().join("gone").exists());
}

#[test]
fn an_existing_file_keeps_its_owner_group_and_mode() {
    let file = DataFile::sample();
    fs::set_permissions(&file.path, fs::Permissions::from_mode(0o640)).unwrap();
    let root = unsafe { libc::geteuid() } == 0;
    if root {
        std::os::unix::fs::chown(&file.path, Some(4321), Some(4322)).unwrap();
    }
    let before = fs::metadata(&file.path).unwrap();
    file.run().args(LOG).assert().success();
    let after = fs::metadata(&file.path).unwrap();
    assert_ne!(before.ino(), after.ino(), "written by a rename");
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    assert_eq!(after.permissions().mode() & 0o7777, 0o640);
    if root {
        assert_eq!((after.uid(), after.gid()), (4321, 4322));
    }
}

#[test]
fn a_new_data_folder_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a").join("b").join("tumbuh.toml");
    tumbuh().arg("--file").arg(&path).args(LOG).assert().success();
    for folder in [dir.path().join("a"), dir.path().join("a").join("b")] {
        assert_eq!(fs::metadata(&folder).unwrap().permissions().mode() & 0o777, 0o700, "{folder:?}");
    }
    assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
}

/// A command on a FIFO or a device answers at once, refusing with the path named.
fn refused_at_once(args: &[&str], path: &std::path::Path, words: &str) {
    let started = Instant::now();
    tumbuh()
        .args(args)
        .timeout(Duration::from_secs(10))
        .assert()
        .failure()
        .stderr(contains(path.display().to_string()))
        .stderr(contains(words));
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn a_fifo_as_the_data_file_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("tumbuh.toml");
    mkfifo(&fifo);
    let file = fifo.to_str().unwrap();
    refused_at_once(&["--file", file, "status"], &fifo, "FIFO");
    refused_at_once(&["--file", file, "log", "--jp", "1", "--title", "W"], &fifo, "FIFO");
}

#[test]
fn dev_zero_as_the_data_file_or_the_import_is_refused_at_once() {
    let zero = std::path::Path::new("/dev/zero");
    refused_at_once(&["--file", "/dev/zero", "status"], zero, "perangkat");
    let file = DataFile::sample();
    let data = file.path.to_str().unwrap();
    refused_at_once(&["--file", data, "import", "/dev/zero"], zero, "perangkat");
    assert_eq!(file.text(), SAMPLE);
}

#[test]
fn a_fifo_or_a_huge_file_to_import_is_refused_at_once() {
    let file = DataFile::sample();
    let fifo = file.dir().join("rows.csv");
    mkfifo(&fifo);
    let data = file.path.to_str().unwrap();
    refused_at_once(&["--file", data, "import", fifo.to_str().unwrap()], &fifo, "FIFO");
    let huge = file.dir().join("huge.csv");
    let handle = fs::File::create(&huge).unwrap();
    handle.set_len(tumbuh::store::READ_CAP + 1).unwrap();
    refused_at_once(&["--file", data, "import", huge.to_str().unwrap()], &huge, "terlalu besar");
    assert_eq!(file.text(), SAMPLE);
}

#[test]
fn export_output_refuses_the_data_file_even_before_it_exists() {
    let file = DataFile::empty();
    let same_by_another_name = file.dir().join(".").join("tumbuh.toml");
    file.run()
        .args(["export", "--format", "md", "--output"])
        .arg(&same_by_another_name)
        .assert()
        .failure()
        .stderr(contains("--output"));
    assert!(!file.path.exists(), "the report became the data file");
    let other = file.dir().join("laporan.md");
    file.run().args(["export", "--format", "md", "--output"]).arg(&other).assert().success();
    assert!(other.exists());
}
