//! `tumbuh siasn`: the year's courses as SIASN records, and `siasn done` marking one entered.

mod common;

use common::{DataFile, SAMPLE, assert_refusals, stdout_of};
use tumbuh::model::Jp;
use tumbuh::report::siasn::SiasnJson;

fn records(file: &DataFile, args: &[&str]) -> Vec<SiasnJson> {
    let out = stdout_of(file.run().arg("siasn").args(args).arg("--json"));
    serde_json::from_str(&out).unwrap()
}

#[test]
fn the_sample_year_lists_the_courses_not_yet_in_siasn_in_myasn_order() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().arg("siasn"));
    let headings: Vec<&str> = out.lines().filter(|l| !l.starts_with(' ') && l.contains(" · ")).collect();
    assert_eq!(
        headings,
        [
            "t4 · Sosialisasi Penilaian Kinerja dan Bukti Dukung JF Analis Kebijakan",
            "t5 · Komunitas Belajar Analis Kebijakan: Bedah Kajian Bulanan",
            "l10 · E-learning Keamanan Informasi dan Pelindungan Data Pribadi bagi ASN",
            "l11 · Belajar mandiri: membaca bab perumusan masalah di buku Analisis Kebijakan Publik (Dunn) dan membuat ringkasan",
            "l12 · Webinar Kebijakan Publik: Memakai Data Desa untuk Perencanaan Kabupaten",
        ]
    );
    let t4: Vec<&str> = out.lines().skip(1).take(13).collect();
    assert_eq!(
        t4,
        [
            "  Riwayat                  riwayat kursus",
            "  Jenis diklat             7 · Sosialisasi",
            "  Nama kursus              Sosialisasi Penilaian Kinerja dan Bukti Dukung JF Analis Kebijakan",
            "  Institusi penyelenggara  Pusbin JF Analis Kebijakan LAN RI",
            "  Nomor sertifikat         0512/Pusbin-JFAK/LAN/V/2026",
            "  Tahun                    2026",
            "  Tanggal mulai            20-05-2026",
            "  Tanggal selesai          20-05-2026",
            "  Jumlah jam               1 (dibulatkan ke bawah dari 1,5 JP; SIASN hanya menerima bilangan bulat, sehingga setengah JP tidak tercatat)",
            "  Lokasi                   dalam negeri",
            "  Berkas sertifikat        belum ada",
            "  Catatan JP               l8",
            "  Belum lengkap: berkas sertifikat",
        ]
    );
    assert!(out.contains("  Belum lengkap: nomor sertifikat, berkas sertifikat\n"), "l11 has no number");
    assert!(out.ends_with(
        "5 kegiatan belum diunggah ke SIASN (6,75 JP).\nSetelah dimasukkan di MyASN, tandai: tumbuh siasn done ID\n"
    ));
    let out = stdout_of(file.run().args(["siasn", "--lang", "en"]));
    assert!(out.contains("  Hours (JP)          0 (rounded down from 0.75 JP; SIASN takes whole numbers only, so three quarters of a JP is left out)\n"), "{out}");
    assert!(out.contains("5 courses not yet in SIASN (6.75 JP).\n"), "{out}");
    assert_eq!(file.text(), SAMPLE, "listing writes nothing");
}

#[test]
fn the_json_gives_each_course_once_with_whole_hours_and_siasn_dates() {
    let file = DataFile::sample();
    let pending = records(&file, &[]);
    let courses: Vec<&str> = pending.iter().map(|r| r.course.as_str()).collect();
    assert_eq!(courses, ["t4", "t5", "l10", "l11", "l12"]);
    let all = records(&file, &["--all"]);
    let courses: Vec<(&str, Vec<&str>, bool)> = all
        .iter()
        .map(|r| (r.course.as_str(), r.logs.iter().map(String::as_str).collect(), r.in_siasn))
        .collect();
    assert_eq!(
        courses,
        [
            ("l1", vec!["l1"], true),
            ("t1", vec!["l2", "l3"], true),
            ("t2", vec!["l4"], true),
            ("t3", vec!["l5", "l6", "l7"], true),
            ("t4", vec!["l8"], false),
            ("t5", vec!["l9"], false),
            ("l10", vec!["l10"], false),
            ("l11", vec!["l11"], false),
            ("l12", vec!["l12"], false),
        ]
    );
    // The e-learning t3: three entries, 2,5 JP, two whole hours; its training's dates.
    let t3 = &all[3];
    assert_eq!((t3.jumlah_jam, t3.jp), (2, Jp::parse("2.5").unwrap()));
    assert_eq!((t3.tanggal_mulai.as_str(), t3.tanggal_selesai.as_str()), ("14-04-2026", "16-04-2026"));
    assert_eq!(
        (t3.history.as_deref(), t3.jenis_diklat_id, t3.jenis_diklat.as_deref()),
        (Some("kursus"), Some(16), Some("E-Learning"))
    );
    assert_eq!((t3.tahun, t3.lokasi.as_str(), t3.certificate_file.as_deref()), (2026, "dalam_negeri", None));
    assert_eq!(t3.institusi_penyelenggara, "LAN RI (ASN Unggul)");
    assert_eq!(t3.nomor_sertipikat, "ASNU-2026-04-118392");
    assert_eq!(all[1].jumlah_jam, 4, "two coaching sessions of 2 JP");

    let text = stdout_of(file.run().args(["siasn", "--all"]));
    assert!(
        text.starts_with(
            "l1 · Webinar Rilis BRS: Profil Kemiskinan Jawa Tengah September 2025 · sudah diunggah ke SIASN\n"
        ),
        "{text}"
    );
    assert!(text.contains("9 kegiatan pada 2026; 5 di antaranya belum diunggah ke SIASN.\n"), "{text}");
}

#[test]
fn a_certificate_file_is_looked_for_beside_the_data_file_and_abroad_is_luar_negeri() {
    let file = DataFile::with(
        "[[log]]\nid = \"l1\"\ndate = 2026-03-12\njp = 7.5\ntitle = \"Short course\"\nform = \"kursus\"\n\
         provider = \"NUS\"\ncertificate = \"NUS/2026/1\"\ncertificate_file = \"sertifikat/nus.pdf\"\ninternational = true\n\n\
         [[log]]\nid = \"l2\"\ndate = 2026-03-20\njp = 2\ntitle = \"Diskusi\"\nform = \"lainnya\"\n\
         provider = \"Bappeda\"\ncertificate = \"1/2026\"\ncertificate_file = \"sertifikat/hilang.pdf\"\n",
    );
    std::fs::create_dir(file.dir().join("sertifikat")).unwrap();
    std::fs::write(file.dir().join("sertifikat/nus.pdf"), "%PDF").unwrap();
    let out = stdout_of(file.run().args(["siasn", "--lang", "en"]));
    let blocks: Vec<&str> = out.split("\n\n").collect();
    assert!(blocks[0].contains("  Location            abroad\n"), "{out}");
    assert!(blocks[0].contains("  Certificate file    sertifikat/nus.pdf\n"), "{out}");
    assert!(blocks[0].ends_with("  Complete, ready to enter in MyASN."), "{out}");
    assert!(
        blocks[1].contains("  History             its form does not say; choose it yourself in MyASN\n"),
        "{out}"
    );
    assert!(blocks[1].contains("  Certificate file    sertifikat/hilang.pdf (not found)\n"), "{out}");
    assert!(
        blocks[1].ends_with("  Still missing: course type, certificate file (the one named is not found)"),
        "{out}"
    );
    let json = records(&file, &[]);
    assert_eq!((json[0].lokasi.as_str(), json[0].jumlah_jam), ("luar_negeri", 7));
    assert_eq!((json[1].history.as_deref(), json[1].jenis_diklat_id), (None, None));
}

#[test]
fn siasn_done_marks_every_entry_of_the_course() {
    let file = DataFile::sample();
    // An entry of t3 stands for t3, already in SIASN: nothing is written.
    let out = stdout_of(file.run().args(["siasn", "done", "l6"]));
    assert_eq!(out, "t3 sudah diunggah ke SIASN; tidak ada yang diubah\n");
    assert_eq!(file.text(), SAMPLE);

    let out = stdout_of(file.run().args(["siasn", "done", "t4"]));
    assert_eq!(
        out,
        "t4 · Sosialisasi Penilaian Kinerja dan Bukti Dukung JF Analis Kebijakan kini tercatat sudah diunggah ke SIASN (l8)\n\
         2026: 13,5 dari 18,75 JP sudah diunggah ke SIASN\n"
    );
    let out = stdout_of(file.run().args(["siasn", "done", "l10", "--lang", "en"]));
    assert!(out.starts_with("l10 · E-learning Keamanan Informasi"), "{out}");
    let plan = file.plan();
    let marked: Vec<&str> = plan.logs.iter().filter(|l| l.in_siasn).map(|l| l.id.as_str()).collect();
    assert_eq!(marked, ["l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "l10"]);
    let left: Vec<String> = records(&file, &[]).into_iter().map(|r| r.course).collect();
    assert_eq!(left, ["t5", "l11", "l12"]);
}

#[test]
fn siasn_done_refuses_what_is_not_a_course_with_entries() {
    assert_refusals(
        "siasn",
        &[
            (&["done", "t99"], "tidak ada pelatihan atau catatan JP dengan ID t99"),
            (&["done", "t7"], "t7 belum punya catatan JP, jadi belum ada yang dapat diunggah"),
        ],
    );
}

#[test]
fn a_year_without_entries_says_so() {
    let file = DataFile::sample();
    let out = stdout_of(file.run().args(["siasn", "--year", "2025"]));
    assert!(out.starts_with("Belum ada catatan JP untuk 2025."), "{out}");
    assert_eq!(stdout_of(file.run().args(["siasn", "--year", "2025", "--json"])), "[]\n");
}
