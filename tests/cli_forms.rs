//! `tumbuh forms`: each rule with its row of the BPS table, and the rules as `log` applies them.

mod common;

use common::{DataFile, stdout_of};
use tumbuh::model::Jp;
use tumbuh::report::json::FormRecord;

#[test]
fn every_rule_names_its_source_in_both_languages() {
    let file = DataFile::empty();
    let out = stdout_of(file.run().arg("forms"));
    assert!(out.contains("  izin-belajar "), "{out}");
    assert!(out.contains("Seminar/konferensi/sarasehan\n"), "{out}");
    assert!(out.contains("sumber: BPS B-031/2019 C3\n"), "{out}");
    assert!(out.contains(
        "2 JP per sesi; internasional 4 JP per hari; paling banyak 2 sesi per bulan (internasional 2 hari)"
    ));
    assert!(out.contains("menurut jam pelajaran sebenarnya; tanpa tambahan bila internasional\n"));
    assert!(out.contains("sumber: tidak ada dalam tabel BPS\n"));
    assert!(out.contains("Lampiran Surat Sestama BPS Nomor B-031/BPS/2600/02/2019"));
    let out = stdout_of(file.run().args(["forms", "--lang", "en"]));
    assert!(out.contains("source: BPS B-031/2019 B1\n"), "{out}");
    assert!(out.contains("at most 2 JP a day (international 2.4)"), "{out}");
    assert!(out.contains("source: not in the BPS table\n"), "{out}");
}

#[test]
fn each_form_says_where_siasn_keeps_it_in_text_and_json() {
    let file = DataFile::empty();
    let out = stdout_of(file.run().arg("forms"));
    assert!(
        out.contains(
            "  seminar                    Seminar/konferensi/sarasehan\n\
         \x20                            4 JP per hari; internasional 6 JP\n\
         \x20                            sumber: BPS B-031/2019 B6\n\
         \x20                            SIASN: riwayat kursus, jenis diklat 9 (Seminar)\n"
        ),
        "{out}"
    );
    assert!(out.contains("SIASN: riwayat pendidikan\n"), "{out}");
    assert!(
        out.contains("SIASN: tidak tetap; pilih sendiri riwayat dan jenis diklatnya di MyASN\n"),
        "{out}"
    );
    let out = stdout_of(file.run().args(["forms", "--json"]));
    let forms: Vec<FormRecord> = serde_json::from_str(&out).unwrap();
    let place = |key: &str| {
        let form = forms.iter().find(|f| f.key == key).unwrap();
        (form.siasn_history.clone(), form.siasn_jenis_diklat_id)
    };
    assert_eq!(place("e-learning"), (Some("kursus".into()), Some(16)));
    assert_eq!(place("pelatihan-kepemimpinan"), (Some("diklat".into()), Some(1)));
    assert_eq!(place("tugas-belajar"), (Some("pendidikan".into()), None));
    assert_eq!(place("lainnya"), (None, None));
}

#[test]
fn an_agency_rule_says_it_changed_the_source() {
    let file = DataFile::with("[forms.seminar]\njp_per_unit = 3\n");
    let out = stdout_of(file.run().args(["forms", "--lang", "en"]));
    assert!(out.contains("source: BPS B-031/2019 B6, changed by your agency's rule\n"), "{out}");
}

#[test]
fn the_json_carries_sources_both_figures_caps_and_words() {
    let file = DataFile::empty();
    let out = stdout_of(file.run().args(["forms", "--json"]));
    let forms: Vec<FormRecord> = serde_json::from_str(&out).unwrap();
    let form = |key: &str| forms.iter().find(|f| f.key == key).unwrap();
    let seminar = form("seminar");
    assert_eq!(seminar.source.as_deref(), Some("BPS B-031/2019 B6"));
    assert!(seminar.words.iter().any(|w| w == "webinar") && seminar.words.iter().any(|w| w == "daring"));
    let coaching = form("coaching");
    assert_eq!((coaching.unit.as_str(), coaching.unit_international.as_str()), ("session", "day"));
    assert_eq!(
        (coaching.jp_per_unit, coaching.jp_per_unit_international),
        (Some(Jp::whole(2)), Some(Jp::whole(4)))
    );
    let mandiri = form("belajar-mandiri");
    assert_eq!(mandiri.daily_cap_international, Some(Jp::from_hundredths(240)));
    let leadership = form("pelatihan-kepemimpinan");
    assert_eq!((leadership.international_bonus_percent, leadership.international_rule), (0, false));
    assert_eq!(form("lainnya").source, None);
    assert!(out.contains("\"source\": null"), "no BPS row is null, not an empty string");
}

#[test]
fn log_counts_by_the_table_abroad() {
    let file = DataFile::empty();
    let out = stdout_of(file.run().args([
        "log",
        "--units",
        "1",
        "--form",
        "coaching",
        "--international",
        "--title",
        "Coaching",
        "--lang",
        "en",
    ]));
    assert!(out.contains("Counted from 1 day × 4 JP"), "{out}");
    let out = stdout_of(file.run().args([
        "log",
        "--minutes",
        "450",
        "--form",
        "pelatihan-jarak-jauh",
        "--international",
        "--title",
        "PJJ",
        "--lang",
        "en",
    ]));
    assert!(out.contains(": 12 JP"), "+20 % abroad: {out}");
    let out = stdout_of(file.run().args([
        "log",
        "--minutes",
        "450",
        "--form",
        "pelatihan-kepemimpinan",
        "--international",
        "--title",
        "PKA",
        "--lang",
        "en",
    ]));
    assert!(out.contains(": 10 JP"), "no international rule for B1: {out}");
}
