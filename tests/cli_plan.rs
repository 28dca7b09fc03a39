//! `tumbuh plan add | list | done | edit | rm`, in both languages, and every refusal.

mod common;

use common::{DataFile, SAMPLE, stdout_of};
use predicates::prelude::*;
use tumbuh::model::{Competency, Jp, Status};

#[test]
fn add_takes_every_flag_and_says_what_it_did() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args([
        "plan",
        "add",
        "--title",
        "Pelatihan Data Spasial",
        "--jp",
        "12,5",
        "--form",
        "pelatihan-teknis",
        "--competency",
        "teknis",
        "--start",
        "20/7/2026",
        "--end",
        "2026-07-22",
        "--provider",
        "BIG",
        "--why",
        "Peta capaian indikator masih digambar manual",
    ]));
    assert_eq!(
        out,
        "Pelatihan t11 direncanakan: Pelatihan Data Spasial · 12,5 JP · 20–22 Jul 2026\n\
         2026: sisa rencana 68,5 JP, perkiraan akhir tahun 87,25 JP: rencana ini cukup untuk mencapai target\n"
    );
    let plan = file.plan();
    let t = plan.training("t11").unwrap();
    assert_eq!((t.year, t.planned_jp, t.status), (2026, Jp::parse("12.5").unwrap(), Status::Planned));
    assert_eq!((t.form.as_deref(), t.competency), (Some("pelatihan-teknis"), Some(Competency::Teknis)));
    assert_eq!(
        (t.start.unwrap().to_string(), t.end.unwrap().to_string()),
        ("2026-07-20".into(), "2026-07-22".into())
    );
    assert_eq!(
        (t.provider.as_str(), t.why.as_str()),
        ("BIG", "Peta capaian indikator masih digambar manual")
    );
}

#[test]
fn add_without_a_why_gently_suggests_one() {
    let file = DataFile::empty();
    file.run()
        .args(["plan", "add", "--title", "Kursus Statistik", "--jp", "8"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Pelatihan t1 direncanakan: Kursus Statistik · 8 JP · 2026\n"))
        .stderr(predicate::str::contains("Saran: pelatihan yang menjawab masalah kerja yang nyata"))
        .stderr(predicate::str::contains("tumbuh plan edit t1 --why"));
    file.run()
        .args(["plan", "add", "--title", "Course", "--jp", "8", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Training t2 planned: Course · 8 JP · 2026\n"))
        .stderr(predicate::str::contains("Tip: a training that answers a real work problem"));
}

#[test]
fn add_belongs_to_the_year_of_its_start_else_the_year_flag() {
    let file = DataFile::empty();
    let why = ["--why", "Masalah nyata"];
    stdout_of(file.run().args(["plan", "add", "--title", "A", "--jp", "2", "--year", "2027"]).args(why));
    stdout_of(
        file.run()
            .args(["plan", "add", "--title", "B", "--jp", "2", "--year", "2027", "--start", "2028-01-05"])
            .args(why),
    );
    stdout_of(file.run().args(["plan", "add", "--title", "C", "--jp", "2"]).args(why));
    let years: Vec<i32> = file.plan().trainings.iter().map(|t| t.year).collect();
    assert_eq!(years, [2027, 2028, 2026]);
}

#[test]
fn add_warns_about_an_unknown_form_and_a_ceiling() {
    let file = DataFile::with("[profile]\nemployee_type = \"pppk\"\n");
    file.run()
        .args(["plan", "add", "--title", "Diskusi", "--jp", "30", "--form", "diskusi-publik", "--why", "x"])
        .assert()
        .success()
        .stderr(predicate::str::contains("bentuk \"diskusi-publik\" tidak ada di katalog"))
        .stderr(predicate::str::contains("perkiraan akhir tahun melebihi batas atas 24 JP sebanyak 6 JP"));
}

/// Each case: the arguments after `plan`, and what the message must say.
const REFUSALS: &[(&[&str], &str)] = &[
    (&["add", "--jp", "2"], "--title: wajib diisi"),
    (&["add", "--title", " ", "--jp", "2"], "--title: wajib diisi"),
    (&["add", "--title", "x"], "--jp: wajib diisi"),
    (&["add", "--title", "x", "--jp", "0"], "--jp: harus lebih dari 0"),
    (&["add", "--title", "x", "--jp", "dua"], "--jp: harus berupa angka"),
    (&["add", "--title", "x", "--jp", "1001"], "--jp: paling banyak 1.000 JP"),
    (&["add", "--title", "x", "--jp", "2", "--start", "31/2/2026"], "--start: tanggal itu tidak ada"),
    (
        &["add", "--title", "x", "--jp", "2", "--start", "2026-03-10", "--end", "2026-03-01"],
        "--end: tidak boleh sebelum tanggal mulai",
    ),
    (&["add", "--title", "x", "--jp", "2", "--start", "1800-01-01"], "--start: harus antara 1900 dan 2999"),
    (
        &["add", "--title", "x", "--jp", "2", "--competency", "digital"],
        "--competency: harus salah satu dari: teknis, manajerial",
    ),
    (
        &["add", "--title", "x", "--jp", "2", "--status", "usai"],
        "--status: harus salah satu dari: direncanakan, terdaftar, berlangsung, selesai, batal",
    ),
    (&["done", "t99"], "tidak ada pelatihan dengan ID t99"),
    (&["edit", "t3"], "tidak ada yang diubah"),
    (&["edit", "t99", "--title", "x"], "tidak ada pelatihan dengan ID t99"),
    (&["edit", "t3", "--title", ""], "--title: tidak boleh kosong"),
    (&["edit", "t3", "--jp", "-1"], "--jp: harus lebih dari 0"),
    (&["edit", "t3", "--end", "2026-04-01"], "--end: tidak boleh sebelum tanggal mulai"),
    (&["rm", "t99"], "tidak ada pelatihan dengan ID t99"),
    (&["rm", "t1"], "pelatihan t1 masih terkait dengan catatan JP l2, catatan JP l3, refleksi r2"),
];

#[test]
fn bad_input_is_named_and_changes_nothing() {
    common::assert_refusals("plan", REFUSALS);
}

#[test]
fn refusals_speak_english_too() {
    let file = DataFile::sample();
    file.run().args(["plan", "rm", "t1", "--lang", "en"]).assert().failure().stderr(
        "Error: training t1 is still linked to log entry l2, log entry l3, reflection r2\n\
             Add --unlink to keep them without the link, or --cascade to delete them too.\n\
             The file was not changed.\n",
    );
    file.run()
        .args(["plan", "add", "--title", "x", "--lang", "en"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--jp: is required"));
    assert_eq!(file.text(), SAMPLE);
}

#[test]
fn choices_are_typed_in_either_language() {
    let file = DataFile::sample();
    file.run()
        .args(["plan", "add", "--title", "Bimtek SIPD", "--jp", "8", "--form", "Bimbingan teknis"])
        .args(["--competency", "Sosial Kultural", "--status", "terdaftar"])
        .assert()
        .success();
    let plan = file.plan();
    let t = plan.training("t11").unwrap();
    assert_eq!(t.form.as_deref(), Some("bimtek"));
    assert_eq!((t.competency, t.status), (Some(Competency::SosialKultural), Status::Registered));
    file.run()
        .args(["plan", "edit", "t11", "--status", "done", "--competency", "technical"])
        .assert()
        .success();
    let plan = file.plan();
    let t = plan.training("t11").unwrap();
    assert_eq!((t.competency, t.status), (Some(Competency::Teknis), Status::Done));
    file.run().args(["reflect", "--id", "r4", "--applied", "ya"]).assert().success();
    assert_eq!(
        file.plan().reflections.iter().find(|r| r.id == "r4").unwrap().applied,
        tumbuh::model::Applied::Yes
    );
}

#[test]
fn list_is_a_table_of_the_year() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["plan", "list"]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "ID   Tanggal        JP rencana  JP tercatat  Status        Bentuk             Judul"
    );
    assert_eq!(
        lines[1],
        "t1   10–24 Feb               4            4  selesai       coaching           Coaching Penulisan Policy Brief"
    );
    assert!(lines.contains(&"t5   17 Jun–21 Okt          10            2  berlangsung   komunitas-belajar  Komunitas Belajar Analis Kebijakan: Bedah Kajian Bulanan"));
    assert_eq!(lines.len(), 11);
    let out = stdout_of(file.run().args(["plan", "list", "--lang", "en"]));
    assert!(out.starts_with("ID   Dates          JP planned  JP logged  Status      Form "), "{out}");
    assert!(out.contains("t6   3–4 Jun                10          0  cancelled   patok-banding"), "{out}");
    let out = stdout_of(file.run().args(["plan", "list", "--year", "2027"]));
    assert_eq!(
        out,
        "Belum ada rencana pelatihan untuk 2027. Tambahkan: tumbuh plan add --title \"…\" --jp N --why \"…\"\n"
    );
}

#[test]
fn list_json_is_an_array_of_trainings() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["plan", "list", "--json"]));
    let trainings: Vec<tumbuh::report::json::TrainingRecord> = serde_json::from_str(&out).unwrap();
    assert_eq!(trainings.len(), 10);
    let t5 = trainings.iter().find(|t| t.id == "t5").unwrap();
    assert_eq!((t5.planned_jp, t5.logged_jp, t5.status.as_str()), (Jp::whole(10), Jp::whole(2), "ongoing"));
    assert_eq!(stdout_of(DataFile::empty().run().args(["plan", "list", "--json"])), "[]\n");
}

#[test]
fn done_marks_it_and_points_to_the_log_and_the_reflection() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["plan", "done", "t7"]));
    assert_eq!(
        out,
        "Pelatihan t7 selesai: Bimtek Pengendalian dan Evaluasi RKPD melalui SIPD RI\n\
         Berikutnya, catat JP-nya: tumbuh log --training t7 --jp 16 --certificate NOMOR\n\
         Lalu tulis satu hal yang berubah: tumbuh reflect --training t7 --changed \"…\"\n\
         2026: 18,75/20 JP · kurang 1,25 · sesuai rencana\n"
    );
    assert_eq!(file.plan().training("t7").unwrap().status, Status::Done);
    // t1 is logged in full and reflected on: nothing more to suggest.
    let out = stdout_of(file.run().args(["plan", "done", "t1", "--lang", "en"]));
    assert_eq!(
        out,
        "Training t1 done: Coaching Penulisan Policy Brief\n2026: 18.75/20 JP · 1.25 to go · on plan\n"
    );
}

#[test]
fn edit_changes_only_the_given_fields_and_blank_clears() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args([
        "plan",
        "edit",
        "t10",
        "--why",
        "Belum bisa menilai hasil AI",
        "--jp",
        "4",
    ]));
    assert_eq!(
        out,
        "Pelatihan t10 diubah: E-learning Pemanfaatan Kecerdasan Artifisial untuk ASN\n\
         2026: sisa rencana 57 JP, perkiraan akhir tahun 75,75 JP: rencana ini cukup untuk mencapai target\n"
    );
    stdout_of(file.run().args([
        "plan",
        "edit",
        "t9",
        "--form",
        "",
        "--competency",
        "",
        "--status",
        "registered",
    ]));
    let plan = file.plan();
    let t10 = plan.training("t10").unwrap();
    assert_eq!((t10.why.as_str(), t10.planned_jp), ("Belum bisa menilai hasil AI", Jp::whole(4)));
    assert_eq!(t10.provider, "LAN RI (ASN Unggul)", "untouched fields stay");
    let t9 = plan.training("t9").unwrap();
    assert_eq!((t9.form.as_deref(), t9.competency, t9.status), (None, None, Status::Registered));
}

#[test]
fn edit_moves_a_training_to_the_year_of_its_new_start() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["plan", "edit", "t10", "--start", "2027-01-12", "--lang", "en"]));
    assert!(out.starts_with("Training t10 changed: "), "{out}");
    assert!(out.contains("2027: 3 JP still planned"), "{out}");
    assert_eq!(file.plan().training("t10").unwrap().year, 2027);
}

#[test]
fn rm_unlinks_or_cascades_when_told() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["plan", "rm", "t1", "--unlink"]));
    assert!(out.starts_with("Pelatihan t1 dihapus: Coaching Penulisan Policy Brief\nTetap disimpan tanpa kaitan: catatan JP l2, catatan JP l3, refleksi r2\n"), "{out}");
    let plan = file.plan();
    assert!(plan.training("t1").is_none());
    assert_eq!(plan.log("l2").unwrap().title, "Coaching Penulisan Policy Brief");

    let out = stdout_of(file.run().args(["plan", "rm", "t2", "--cascade", "--lang", "en"]));
    assert!(out.starts_with("Training t2 deleted: Seminar Nasional"), "{out}");
    assert!(out.contains("Also deleted: log entry l4, reflection r3\n"), "{out}");
    let plan = file.plan();
    assert!(plan.log("l4").is_none() && plan.reflections.iter().all(|r| r.id != "r3"));

    // Nothing points at t6: it goes without a flag.
    stdout_of(file.run().args(["plan", "rm", "t6"]));
    assert!(file.plan().training("t6").is_none());
    file.run().args(["plan", "rm", "t7", "--unlink", "--cascade"]).assert().code(2);
}

#[test]
fn a_training_planned_or_moved_into_the_past_is_saved_with_a_word_that_it_is_overdue() {
    let file = DataFile::empty();
    file.run()
        .args(["plan", "add", "--title", "Kursus", "--jp", "4", "--start", "2026-03-02", "--why", "Laporan"])
        .assert()
        .success()
        .stderr(predicate::str::contains("tanggal pelatihan t1 sudah lewat"));
    assert_eq!(file.plan().trainings.len(), 1);
    file.run()
        .args(["--lang", "en", "plan", "edit", "t1", "--start", "2026-09-01"])
        .assert()
        .success()
        .stderr(predicate::str::contains("dated in the past").not());
    file.run()
        .args(["--lang", "en", "plan", "edit", "t1", "--start", "2026-06-01"])
        .assert()
        .success()
        .stderr(predicate::str::contains("t1 is dated in the past"));
}
