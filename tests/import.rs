//! `tumbuh import`: a CSV of log entries, all rows or none.

mod common;

use common::{DataFile, SAMPLE, stdout_of};
use predicates::prelude::*;
use tumbuh::model::Jp;

fn write_csv(file: &DataFile, name: &str, text: &str) -> std::path::PathBuf {
    let path = file.dir().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn export_then_import_into_an_empty_file_round_trips_the_jp() {
    let sample = DataFile::sample();
    let csv = stdout_of(sample.run().args(["export", "--format", "csv"]));
    let empty = DataFile::empty();
    let path = write_csv(&empty, "2026.csv", &csv);
    let out = stdout_of(empty.run().arg("import").arg(&path));
    assert_eq!(
        out,
        "12 catatan JP diimpor (l1–l12) · 18,75 JP\n2026: 18,75/20 JP · kurang 1,25 · berisiko\n"
    );

    let (before, after) = (sample.plan(), empty.plan());
    assert_eq!(after.logs.len(), before.logs.len());
    for (new, old) in after.logs.iter().zip(&before.logs) {
        assert_eq!((new.date, new.jp, new.in_siasn), (old.date, old.jp, old.in_siasn), "{}", old.id);
        assert_eq!((&new.certificate, &new.provider), (&old.certificate, &old.provider), "{}", old.id);
    }
    // The trainings are not in the new file, so their entries keep the training's name and form.
    assert_eq!(after.logs[1].title, "Coaching Penulisan Policy Brief");
    assert_eq!(after.logs[1].form.as_deref(), Some("coaching"));
    assert_eq!(after.logs[1].training, None);
    let again = stdout_of(empty.run().args(["export", "--format", "csv"]));
    let jp_column = |text: &str| -> Vec<String> {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        reader.records().map(|r| r.unwrap()[3].to_string()).collect()
    };
    assert_eq!(jp_column(&again), jp_column(&csv));
}

#[test]
fn an_entry_of_several_days_keeps_its_first_day_through_export_and_import() {
    let file = DataFile::empty();
    file.run()
        .args(["log", "--jp", "6", "--title", "Diklat daring", "--date", "2026-05-07"])
        .assert()
        .success();
    let text = file.text().replace("date = 2026-05-07", "date = 2026-05-07\nstart = 2026-05-05");
    let source = DataFile::with(&text);
    let csv = stdout_of(source.run().args(["export", "--format", "csv"]));
    let target = DataFile::empty();
    let path = write_csv(&target, "2026.csv", &csv);
    target.run().arg("import").arg(&path).assert().success();
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 5, d);
    let imported = &target.plan().logs[0];
    assert_eq!((imported.start, Some(imported.date)), (day(5), day(7)));
}

#[test]
fn importing_the_same_rows_again_skips_them() {
    let file = DataFile::sample();
    let csv = stdout_of(file.run().args(["export", "--format", "csv"]));
    let path = write_csv(&file, "2026.csv", &csv);
    let out = stdout_of(file.run().arg("import").arg(&path).arg("--lang").arg("en"));
    assert_eq!(out, "12 rows skipped, already in the file\nNo new rows to import.\n");
    assert_eq!(file.text(), SAMPLE);
}

#[test]
fn a_bad_row_changes_nothing_and_every_problem_is_named() {
    let file = DataFile::sample();
    let path = write_csv(
        &file,
        "buruk.csv",
        "name,jp,date,in_siasn\n\
         Webinar A,2,2026-07-01,true\n\
         Webinar B,0,2026-07-02,false\n\
         ,1,2026-07-30,\n\
         Webinar C,1.5,31/6/2026,mungkin\n",
    );
    file.run()
        .arg("import")
        .arg(&path)
        .assert()
        .failure()
        .stderr(predicate::str::contains("buruk.csv: 3 baris bermasalah, jadi tidak ada yang diimpor:\n"))
        .stderr(predicate::str::contains("  baris 3, jp: harus lebih dari 0\n"))
        .stderr(predicate::str::contains("  baris 4, name: isi judul atau kaitkan dengan pelatihan\n"))
        .stderr(predicate::str::contains("  baris 5, date: tanggal itu tidak ada di kalender\n"))
        .stderr(predicate::str::contains("  baris 5, in_siasn: harus salah satu dari: true, false\n"))
        .stderr(predicate::str::ends_with("Berkas tidak diubah.\n"));
    assert_eq!(file.text(), SAMPLE);
    assert!(!file.dir().join("backups").exists());

    let empty = DataFile::empty();
    empty
        .run()
        .args(["import", "--lang", "en"])
        .arg(&path)
        .assert()
        .failure()
        .stderr(predicate::str::contains("  row 3, jp: must be more than 0\n"));
    assert!(!empty.path.exists(), "a refused import creates no file");
}

#[test]
fn a_missing_column_or_file_is_named() {
    let file = DataFile::sample();
    let path = write_csv(&file, "tanpa-jp.csv", "name,date\nWebinar,2026-07-01\n");
    file.run().arg("import").arg(&path).assert().failure().stderr(predicate::str::contains(
        "baris 1: tidak ada kolom jp (kolom yang dikenali: form, provider, name, jp,",
    ));
    file.run()
        .args(["import", "tidak-ada.csv"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("Tidak dapat membaca tidak-ada.csv"));
    assert_eq!(file.text(), SAMPLE);
}

#[test]
fn a_sheet_from_indonesian_excel_comes_over() {
    let file = DataFile::sample();
    // Semicolons, a byte-order mark, a label instead of a key, SIASN's end date, `ya`.
    let path = write_csv(
        &file,
        "excel.csv",
        "\u{feff}name;jp;form;end;certificate;in_siasn;training\r\n\
         Bimtek SIPD;16;Bimbingan teknis;6/8/2026;12/BANGDA/2026;ya;t7\r\n",
    );
    let out = stdout_of(file.run().arg("import").arg(&path));
    assert!(out.starts_with("1 catatan JP diimpor (l13) · 16 JP\n"), "{out}");
    let plan = file.plan();
    let log = plan.logs.last().unwrap();
    assert_eq!((log.training.as_deref(), log.title.as_str()), (Some("t7"), "Bimtek SIPD"));
    assert_eq!(
        (log.form.as_deref(), log.jp, log.in_siasn),
        (None, Jp::whole(16), true),
        "bimtek is t7's own form"
    );
    assert_eq!(log.date.to_string(), "2026-08-06");
}

#[test]
fn a_training_the_file_lacks_is_kept_as_a_name_with_a_warning() {
    let file = DataFile::empty();
    let path = write_csv(&file, "x.csv", "name,jp,date,training\nKursus,2,2026-03-01,t40\n");
    file.run().arg("import").arg(&path).assert().success().stderr(
        "Peringatan: 1 baris menyebut pelatihan yang tidak ada di berkas ini; catatannya disimpan tanpa kaitan\n",
    );
    assert_eq!(file.plan().logs[0].training, None);
}

/// A sheet as SIASN's riwayat kursus gives it: its field names, dd-mm-yyyy dates, whole hours.
const FROM_SIASN: &str = "\
namaKursus,jenisDiklatId,institusiPenyelenggara,nomorSertipikat,tahunKursus,tanggalKursus,tanggalSelesaiKursus,jumlahJam\r\n\
Pelatihan Dasar Statistik,3,BPS RI,77/PUSDIKLAT/2026,2026,02-03-2026,06-03-2026,30\r\n\
Webinar Satu Data Indonesia,9,Bappenas,,2026,14-01-2026,14-01-2026,2\r\n";

#[test]
fn a_sheet_from_siasn_comes_over_as_entries_already_in_siasn() {
    let file = DataFile::empty();
    let path = write_csv(&file, "siasn.csv", FROM_SIASN);
    let out = stdout_of(file.run().arg("import").arg(&path));
    assert_eq!(
        out,
        "2 catatan JP diimpor (l1–l2) · 32 JP\n\
         Baris dari SIASN: 2 ditambahkan sebagai catatan JP baru, 0 cocok dengan catatan yang sudah ada (kini tercatat sudah diunggah), 0 dilewati karena sudah tercatat.\n\
         2026: 32/20 JP · tercapai\n"
    );
    let plan = file.plan();
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let first = &plan.logs[0];
    assert_eq!(
        (first.title.as_str(), first.jp, first.in_siasn),
        ("Pelatihan Dasar Statistik", Jp::whole(30), true)
    );
    assert_eq!((first.start, first.date), (Some(day(3, 2)), day(3, 6)));
    assert_eq!((first.form.as_deref(), first.provider.as_str()), (Some("pelatihan-teknis"), "BPS RI"));
    assert_eq!(first.certificate, "77/PUSDIKLAT/2026");
    let second = &plan.logs[1];
    assert_eq!((second.form.as_deref(), second.start, second.in_siasn), (Some("seminar"), None, true));
    // The same sheet again adds nothing and writes nothing.
    let before = file.text();
    let out = stdout_of(file.run().args(["import", "--lang", "en"]).arg(&path));
    assert_eq!(
        out,
        "Rows from SIASN: 0 added as new log entries, 0 matched entries already in the file (now marked as in SIASN), 2 skipped as already recorded.\nNo new rows to import.\n"
    );
    assert_eq!(file.text(), before);
}

#[test]
fn rows_from_siasn_that_the_file_holds_mark_those_courses_instead_of_adding_copies() {
    let file = DataFile::sample();
    // Headings as people type them, semicolons, a course type by its name.
    let path = write_csv(
        &file,
        "riwayat.csv",
        "Nama Kursus;Jenis Diklat;Institusi Penyelenggara;Nomor Sertifikat;Tanggal Mulai;Tanggal Selesai;Jumlah Jam\n\
         Sosialisasi Penilaian Kinerja JF;Sosialisasi;LAN RI;0512/Pusbin-JFAK/LAN/V/2026;20-05-2026;20-05-2026;1\n\
         Webinar Kebijakan Publik: Memakai Data Desa untuk Perencanaan Kabupaten;Seminar;FISIP UNDIP;;26-06-2026;26-06-2026;1\n\
         E-learning Manajemen Pemangku Kepentingan;E-Learning;LAN RI;ASNU-2026-04-118392;14-04-2026;16-04-2026;2\n\
         Bimtek Penyusunan SKP;Bimbingan Teknis;BKD Jateng;881/BKD/2026;10-06-2026;11-06-2026;16\n",
    );
    let out = stdout_of(file.run().arg("import").arg(&path));
    assert!(out.starts_with(
        "1 catatan JP diimpor (l13) · 16 JP\n\
         Baris dari SIASN: 1 ditambahkan sebagai catatan JP baru, 2 cocok dengan catatan yang sudah ada (kini tercatat sudah diunggah), 1 dilewati karena sudah tercatat.\n"
    ), "{out}");
    let plan = file.plan();
    assert_eq!(plan.logs.len(), 13, "no copy of t4, l12 or t3");
    let in_siasn = |id: &str| plan.log(id).unwrap().in_siasn;
    assert!(in_siasn("l8") && in_siasn("l12"), "t4 by its certificate number, l12 by name and last day");
    assert!(!in_siasn("l9") && !in_siasn("l10") && !in_siasn("l11"), "the others are left as they were");
    let added = plan.log("l13").unwrap();
    assert_eq!((added.form.as_deref(), added.in_siasn, added.jp), (Some("bimtek"), true, Jp::whole(16)));
    let left: Vec<String> = serde_json::from_str::<Vec<tumbuh::report::siasn::SiasnJson>>(&stdout_of(
        file.run().args(["siasn", "--json"]),
    ))
    .unwrap()
    .into_iter()
    .map(|r| r.course)
    .collect();
    assert_eq!(left, ["t5", "l10", "l11"]);
}

#[test]
fn problems_are_named_by_the_spreadsheets_row() {
    let file = DataFile::sample();
    // A cell holding a line break is one row; an empty line is a row too; CRLF as Excel writes.
    let path = write_csv(
        &file,
        "baris.csv",
        "namaKursus,jumlahJam,tanggalSelesaiKursus\r\n\
         \"Kursus\r\ndua baris\",2,02-03-2026\r\n\
         \r\n\
         Kursus B,0,03-03-2026\r\n\
         Kursus C,1,31-02-2026\r\n",
    );
    file.run()
        .arg("import")
        .arg(&path)
        .assert()
        .failure()
        .stderr(predicate::str::contains("  baris 4, jp: harus lebih dari 0\n"))
        .stderr(predicate::str::contains("  baris 5, end: tanggal itu tidak ada di kalender\n"));
    assert_eq!(file.text(), SAMPLE);
}
