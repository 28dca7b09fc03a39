//! Two processes logging at once: every entry lands, none is lost, IDs stay unique.

mod common;

use std::collections::HashSet;
use std::thread;

use common::DataFile;

#[test]
fn two_processes_writing_a_hundred_entries_each_lose_none() {
    let file = DataFile::empty();
    let writers: Vec<_> = ["A", "B"]
        .into_iter()
        .map(|writer| {
            let path = file.path.clone();
            thread::spawn(move || {
                for n in 0..100 {
                    let title = format!("Webinar {writer}{n}");
                    common::tumbuh()
                        .arg("--file")
                        .arg(&path)
                        .args(["log", "--jp", "0,25", "--title", &title])
                        .assert()
                        .success();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let plan = file.plan();
    assert_eq!(plan.logs.len(), 200);
    let titles: HashSet<&str> = plan.logs.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(titles.len(), 200);
    let ids: HashSet<&str> = plan.logs.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids.len(), 200);
    let total: tumbuh::model::Jp = plan.logs.iter().map(|l| l.jp).sum();
    assert_eq!(total, tumbuh::model::Jp::whole(50));
}

#[test]
fn a_lock_left_by_a_killed_process_does_not_block_the_next_writer() {
    let file = DataFile::empty();
    let lock = file.dir().join("tumbuh.toml.lock");
    // `-o`: the lock belongs to flock itself, not to the `sleep` it starts.
    let mut holder = std::process::Command::new("flock")
        .arg("-o")
        .arg(&lock)
        .args(["sleep", "20"])
        .spawn()
        .expect("flock(1) from util-linux");
    // Wait until the holder really has the lock: a non-blocking attempt must fail.
    let held = (0..200).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(10));
        !std::process::Command::new("flock").args(["-n"]).arg(&lock).arg("true").status().unwrap().success()
    });
    assert!(held, "the helper never took the lock");
    holder.kill().unwrap(); // SIGKILL: no chance to clean up
    holder.wait().unwrap();
    common::tumbuh()
        .arg("--file")
        .arg(&file.path)
        .args(["log", "--jp", "1", "--title", "Webinar"])
        .timeout(std::time::Duration::from_secs(10))
        .assert()
        .success();
    assert_eq!(file.plan().logs.len(), 1);
}
