//! `tumbuh reflect` (new, follow-up) and `reflect list`, in both languages.

mod common;

use common::{DataFile, SAMPLE, stdout_of};
use predicates::prelude::*;
use tumbuh::model::Applied;
use tumbuh::report::json::ReflectionRecord;

#[test]
fn a_new_reflection_on_a_training_says_what_it_did() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args([
        "reflect",
        "--training",
        "t4",
        "--changed",
        "Bukti dukung kinerja saya kumpulkan tiap bulan, bukan di akhir tahun",
        "--learned",
        "Jenis bukti dukung yang diterima",
        "--next",
        "Buat folder bersama",
        "--usefulness",
        "4",
        "--follow-up",
        "2026-07-31",
    ]));
    assert_eq!(
        out,
        "Refleksi r6 disimpan: Sosialisasi Penilaian Kinerja dan Bukti Dukung JF Analis Kebijakan · 30 Juni 2026\n\
         Tanggal tindak lanjut 31 Juli 2026: periksa apakah perubahannya bertahan\n"
    );
    let plan = file.plan();
    let r6 = plan.reflections.iter().find(|r| r.id == "r6").unwrap();
    assert_eq!((r6.training.as_deref(), r6.usefulness, r6.applied), (Some("t4"), Some(4), Applied::Unknown));
    assert_eq!(
        (r6.learned.as_str(), r6.next_step.as_str()),
        ("Jenis bukti dukung yang diterima", "Buat folder bersama")
    );
    assert_eq!(r6.follow_up.unwrap().to_string(), "2026-07-31");
    // t4 was the one training done without a reflection.
    let status: serde_json::Value =
        serde_json::from_str(&stdout_of(file.run().args(["status", "--json"]))).unwrap();
    assert_eq!(status["done_without_reflection"], 0);
}

#[test]
fn a_reflection_on_a_log_entry_without_a_follow_up_gets_a_hint() {
    let file = DataFile::sample();
    file.run()
        .args(["reflect", "--log", "l12", "--changed", "I use village data", "--date", "2026-06-28", "--lang", "en"])
        .assert()
        .success()
        .stdout("Reflection r6 saved: Webinar Kebijakan Publik: Memakai Data Desa untuk Perencanaan Kabupaten · 28 June 2026\n")
        .stderr(predicate::str::contains("Tip: set a follow-up date"))
        .stderr(predicate::str::contains("tumbuh reflect --id r6 --follow-up 2026-07-28"));
    assert_eq!(file.plan().reflections.last().unwrap().log.as_deref(), Some("l12"));
}

#[test]
fn the_follow_up_records_whether_the_change_stuck() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["reflect", "--id", "r4", "--applied", "partly"]));
    assert_eq!(out, "Tindak lanjut refleksi r4 disimpan · diterapkan: sebagian\n");
    let out =
        stdout_of(file.run().args(["reflect", "--id", "r5", "--follow-up", "15 Okt 2026", "--lang", "en"]));
    assert_eq!(out, "Follow-up date 15 October 2026: check whether the change stuck\n");
    let plan = file.plan();
    let find = |id: &str| plan.reflections.iter().find(|r| r.id == id).unwrap();
    assert_eq!(find("r4").applied, Applied::Partly);
    assert_eq!(find("r5").follow_up.unwrap().to_string(), "2026-10-15");
    let status: serde_json::Value =
        serde_json::from_str(&stdout_of(file.run().args(["status", "--json"]))).unwrap();
    assert_eq!(status["follow_ups_due"], 0);
}

/// Each case: the arguments after `reflect`, and what the message must say.
const REFUSALS: &[(&[&str], &str)] = &[
    (&["--training", "t4"], "--changed: wajib diisi"),
    (&["--training", "t4", "--changed", "  "], "--changed: wajib diisi"),
    (&["--changed", "x"], "--training: sebutkan pelatihannya (--training ID) atau catatan JP-nya (--log ID)"),
    (&["--training", "t99", "--changed", "x"], "--training: tidak ada pelatihan dengan ID t99"),
    (&["--log", "l99", "--changed", "x"], "--log: tidak ada catatan JP dengan ID l99"),
    (&["--training", "t4", "--changed", "x", "--usefulness", "6"], "--usefulness: harus antara 1 dan 5"),
    (&["--training", "t4", "--changed", "x", "--usefulness", "empat"], "--usefulness: harus antara 1 dan 5"),
    (
        &["--training", "t4", "--changed", "x", "--follow-up", "bulan depan"],
        "--follow-up: bukan tanggal yang dikenali; misalnya",
    ),
    (&["--training", "t4", "--changed", "x", "--date", "2026-02-30"], "--date: tanggal itu tidak ada"),
    (
        &["--id", "r4", "--applied", "mungkin"],
        "--applied: harus salah satu dari: belum diketahui, ya, sebagian, tidak",
    ),
    (&["--id", "r99", "--applied", "yes"], "tidak ada refleksi dengan ID r99"),
];

#[test]
fn bad_input_is_named_and_changes_nothing() {
    common::assert_refusals("reflect", REFUSALS);
    // What does not fit together is refused by the parser before anything is read.
    let file = DataFile::sample();
    for args in [
        &["reflect", "--id", "r4"][..],
        &["reflect", "--applied", "yes"],
        &["reflect", "--id", "r4", "--applied", "yes", "--changed", "x"],
        &["reflect", "--training", "t1", "--log", "l1", "--changed", "x"],
    ] {
        file.run().args(args).assert().code(2);
    }
    assert_eq!(file.text(), SAMPLE);
}

#[test]
fn list_puts_due_follow_ups_first() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["reflect", "list"]));
    let heads: Vec<&str> = out.lines().filter(|l| !l.starts_with(' ')).map(|l| &l[..2]).collect();
    assert_eq!(heads, ["r4", "r1", "r2", "r3", "r5"]);
    assert!(out.starts_with(
        "r4  20 April 2026  E-learning Manajemen Pemangku Kepentingan dalam Kebijakan Publik (t3)\n    yang berubah: Sebelum rapat"
    ));
    assert!(out.contains(
        "    manfaat 4/5 · tanggal tindak lanjut 22 Juni 2026 sudah tiba: tumbuh reflect --id r4 --applied ya|sebagian|tidak\n"
    ));
    assert!(out.contains("    manfaat 5/5 · tindak lanjut 15 April 2026 · diterapkan: ya\n"));
    let out = stdout_of(file.run().args(["reflect", "list", "--lang", "en"]));
    assert!(out.contains("    usefulness 3/5 · follow-up date 30 September 2026\n"), "{out}");
    assert!(out.contains("follow-up due since 22 June 2026"), "{out}");
    let out = stdout_of(file.run().args(["reflect", "list", "--year", "2025"]));
    // Only the due one shows in a year without reflections of its own.
    assert!(out.starts_with("r4  ") && out.lines().count() == 3, "{out}");
}

#[test]
fn list_json_has_the_same_order() {
    let file = DataFile::sample();
    let records: Vec<ReflectionRecord> =
        serde_json::from_str(&stdout_of(file.run().args(["reflect", "list", "--json"]))).unwrap();
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r4", "r1", "r2", "r3", "r5"]);
    assert_eq!(records[1].applied, "partly");
    assert_eq!(
        stdout_of(DataFile::empty().run().args(["reflect", "list"])),
        "Belum ada refleksi untuk 2026. Setelah pelatihan: tumbuh reflect --training ID --changed \"…\"\n"
    );
}
