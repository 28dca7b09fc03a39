//! SIASN records in words: `tumbuh siasn` (text and `--json`), the md report's "Belum di
//! SIASN", and the planner's `i` view all say a record with these functions.

use std::fmt::Write;

use serde::{Deserialize, Serialize};
use unicode_width::UnicodeWidthStr;

use super::YearRecords;
use super::defuse::md_text;
use crate::catalog::{Catalog, SiasnHistory};
use crate::i18n::{Lang, Msg};
use crate::model::{Jp, Plan};
use crate::printable::printable;
use crate::siasn::{Field, Missing, SiasnRecord, records};

/// The year's courses with JP logged, each as a SIASN record, in the order they were earned.
pub fn year_records(plan: &Plan, catalog: &Catalog, year: i32) -> Vec<SiasnRecord> {
    records(plan, catalog, YearRecords::of(plan, year).logs)
}

/// The records not yet (wholly) in SIASN.
pub fn pending(records: Vec<SiasnRecord>) -> Vec<SiasnRecord> {
    records.into_iter().filter(|r| !r.in_siasn).collect()
}

/// A field's name, as MyASN's form calls it (in Indonesian) or in English.
pub fn field_label(field: Field, lang: Lang) -> &'static str {
    lang.t(match field {
        Field::History => Msg::SiasnFieldHistory,
        Field::JenisDiklat => Msg::SiasnFieldJenisDiklat,
        Field::NamaKursus => Msg::SiasnFieldNamaKursus,
        Field::InstitusiPenyelenggara => Msg::SiasnFieldInstitusi,
        Field::NomorSertipikat => Msg::SiasnFieldNomor,
        Field::Tahun => Msg::SiasnFieldTahun,
        Field::TanggalMulai => Msg::SiasnFieldMulai,
        Field::TanggalSelesai => Msg::SiasnFieldSelesai,
        Field::JumlahJam => Msg::SiasnFieldJam,
        Field::Lokasi => Msg::SiasnFieldLokasi,
        Field::CertificateFile => Msg::SiasnFieldFile,
    })
}

/// A field's value for a person to read: what to choose or type in MyASN, with what a bare
/// value would not say (the fraction left out, a file not found). Text from the file is defused.
pub fn field_words(record: &SiasnRecord, field: Field, lang: Lang) -> String {
    let text =
        |value: &str| if value.trim().is_empty() { "—".to_string() } else { printable(value).into_owned() };
    match field {
        Field::History => lang
            .t(match record.history {
                Some(SiasnHistory::Kursus) => Msg::SiasnHistoryKursus,
                Some(SiasnHistory::Diklat) => Msg::SiasnHistoryDiklat,
                Some(SiasnHistory::Pendidikan) => Msg::SiasnHistoryPendidikan,
                None => Msg::SiasnHistoryNone,
            })
            .to_string(),
        Field::JenisDiklat => match (&record.jenis_diklat, record.history) {
            (Some(jenis), _) => format!("{} · {}", jenis.id, jenis.name),
            (None, None) => lang.t(Msg::SiasnJenisNone).to_string(),
            (None, Some(_)) => "—".to_string(),
        },
        Field::JumlahJam => jumlah_jam_words(record, lang),
        Field::Lokasi => lang
            .t(if record.international { Msg::SiasnLokasiLuar } else { Msg::SiasnLokasiDalam })
            .to_string(),
        Field::CertificateFile => match (record.certificate_file.trim(), record.file_found) {
            ("", _) => lang.t(Msg::SiasnFileNone).to_string(),
            (path, Some(false)) => tr!(lang, Msg::SiasnFileNotFound, path = printable(path)),
            (path, _) => printable(path).into_owned(),
        },
        Field::NamaKursus | Field::InstitusiPenyelenggara | Field::NomorSertipikat => {
            text(&record.value(field))
        }
        Field::Tahun | Field::TanggalMulai | Field::TanggalSelesai => record.value(field),
    }
}

/// `jumlahJam`: the whole number, and when JP were left out, how many, in words.
pub fn jumlah_jam_words(record: &SiasnRecord, lang: Lang) -> String {
    let fraction = record.fraction();
    if fraction == Jp::ZERO {
        return record.jumlah_jam().to_string();
    }
    tr!(
        lang,
        Msg::SiasnJamRounded,
        jam = record.jumlah_jam(),
        jp = record.jp.format(lang),
        fraction = fraction_words(fraction, lang)
    )
}

/// `setengah JP`, `a quarter of a JP`, or the figure (`0,4 JP`) when it has no common name.
fn fraction_words(fraction: Jp, lang: Lang) -> String {
    match fraction.hundredths() {
        25 => lang.t(Msg::SiasnQuarter).to_string(),
        50 => lang.t(Msg::SiasnHalf).to_string(),
        75 => lang.t(Msg::SiasnThreeQuarters).to_string(),
        _ => format!("{} JP", fraction.format(lang)),
    }
}

/// `Belum lengkap: nomor sertifikat, berkas sertifikat`, or that the record is complete.
pub fn missing_words(record: &SiasnRecord, lang: Lang) -> String {
    let missing = record.missing();
    if missing.is_empty() {
        return lang.t(Msg::SiasnComplete).to_string();
    }
    let items: Vec<&str> = missing
        .iter()
        .map(|m| {
            lang.t(match m {
                Missing::JenisDiklat => Msg::SiasnMissingJenis,
                Missing::InstitusiPenyelenggara => Msg::SiasnMissingInstitusi,
                Missing::NomorSertipikat => Msg::SiasnMissingNomor,
                Missing::CertificateFile => Msg::SiasnMissingFile,
                Missing::CertificateFileNotFound => Msg::SiasnMissingFileNotFound,
            })
        })
        .collect();
    tr!(lang, Msg::SiasnMissing, items = items.join(", "))
}

/// `sudah diunggah ke SIASN` or `belum …`.
pub fn state_words(record: &SiasnRecord, lang: Lang) -> &'static str {
    lang.t(if record.in_siasn { Msg::SiasnStateIn } else { Msg::SiasnStateNot })
}

/// `tumbuh siasn`: each record as a block of fields in MyASN's order, then how many are left.
/// `all`: every course of the year, each saying whether it is in SIASN.
pub fn list(records: &[SiasnRecord], all: bool, year: i32, lang: Lang) -> String {
    let mut out = String::new();
    let width = Field::ALL
        .iter()
        .map(|f| field_label(*f, lang).width())
        .chain([lang.t(Msg::SiasnFieldLogs).width()])
        .max()
        .unwrap_or(0);
    for record in records {
        let _ = write!(out, "{} · {}", record.course, printable(&record.nama_kursus));
        if all {
            let _ = write!(out, " · {}", state_words(record, lang));
        }
        out.push('\n');
        for field in Field::ALL {
            let label = field_label(field, lang);
            let pad = width - label.width();
            let _ = writeln!(out, "  {label}{:pad$}  {}", "", field_words(record, field, lang));
        }
        let label = lang.t(Msg::SiasnFieldLogs);
        let _ =
            writeln!(out, "  {label}{:pad$}  {}", "", record.logs.join(", "), pad = width - label.width());
        if !record.in_siasn {
            let _ = writeln!(out, "  {}", missing_words(record, lang));
        }
        out.push('\n');
    }
    let pending: Vec<&SiasnRecord> = records.iter().filter(|r| !r.in_siasn).collect();
    if pending.is_empty() {
        let _ = writeln!(out, "{}", tr!(lang, Msg::SiasnAllIn, year = year));
        return out;
    }
    let jp: Jp = pending.iter().map(|r| r.jp).sum();
    if all {
        let _ = writeln!(
            out,
            "{}",
            tr!(lang, Msg::SiasnAll, n = records.len(), year = year, pending = pending.len())
        );
    } else {
        let _ = writeln!(out, "{}", tr!(lang, Msg::SiasnPending, n = pending.len(), jp = jp.format(lang)));
    }
    let _ = writeln!(out, "{}", lang.t(Msg::SiasnNextDone));
    out
}

/// The md report's section: the records not yet in SIASN, ready to enter.
pub fn md_section(out: &mut String, records: &[SiasnRecord], year: i32, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.t(Msg::ReportNotInSiasn));
    let pending: Vec<&SiasnRecord> = records.iter().filter(|r| !r.in_siasn).collect();
    if pending.is_empty() {
        let _ = writeln!(out, "{}", tr!(lang, Msg::SiasnAllIn, year = year));
        return;
    }
    let _ = writeln!(out, "{}", lang.t(Msg::ReportNotInSiasnIntro));
    for record in pending {
        // Text from the file is defused: the report may be opened as HTML.
        let _ = writeln!(out, "\n### {} ({})\n", md_text(&record.nama_kursus), md_text(&record.course));
        for field in Field::ALL {
            let _ = writeln!(
                out,
                "- **{}:** {}",
                field_label(field, lang),
                md_text(&field_words(record, field, lang))
            );
        }
        let _ = writeln!(out, "- **{}:** {}", lang.t(Msg::SiasnFieldLogs), record.logs.join(", "));
        let _ = writeln!(out, "\n{}", missing_words(record, lang));
    }
}

/// One record as `tumbuh siasn --json` writes it: SIASN's fields in MyASN's order, with the
/// course behind them. Dates are `dd-mm-yyyy`, as SIASN writes them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiasnJson {
    /// The training's ID, else the log entry's.
    pub course: String,
    pub logs: Vec<String>,
    /// `kursus`, `diklat`, `pendidikan`, or null where the form does not say (`lainnya`).
    pub history: Option<String>,
    pub jenis_diklat_id: Option<u32>,
    pub jenis_diklat: Option<String>,
    pub nama_kursus: String,
    pub institusi_penyelenggara: String,
    pub nomor_sertipikat: String,
    pub tahun: i32,
    pub tanggal_mulai: String,
    pub tanggal_selesai: String,
    /// The JP as a whole number, rounded down: what SIASN can hold.
    pub jumlah_jam: i64,
    /// The JP exactly.
    pub jp: Jp,
    /// `dalam_negeri` or `luar_negeri`.
    pub lokasi: String,
    /// As written in the data file; null when none is given.
    pub certificate_file: Option<String>,
    pub in_siasn: bool,
}

pub fn json_records(records: &[SiasnRecord]) -> Vec<SiasnJson> {
    records
        .iter()
        .map(|r| SiasnJson {
            course: r.course.clone(),
            logs: r.logs.clone(),
            history: r.history.map(|h| h.key().to_string()),
            jenis_diklat_id: r.jenis_diklat.as_ref().map(|j| j.id),
            jenis_diklat: r.jenis_diklat.as_ref().map(|j| j.name.clone()),
            nama_kursus: r.nama_kursus.clone(),
            institusi_penyelenggara: r.institusi_penyelenggara.clone(),
            nomor_sertipikat: r.nomor_sertipikat.clone(),
            tahun: r.tahun,
            tanggal_mulai: r.value(Field::TanggalMulai),
            tanggal_selesai: r.value(Field::TanggalSelesai),
            jumlah_jam: r.jumlah_jam(),
            jp: r.jp,
            lokasi: if r.international { "luar_negeri" } else { "dalam_negeri" }.to_string(),
            certificate_file: Some(r.certificate_file.clone()).filter(|f| !f.trim().is_empty()),
            in_siasn: r.in_siasn,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Log, Plan};
    use chrono::NaiveDate;

    fn record(jp: &str) -> SiasnRecord {
        let day = NaiveDate::from_ymd_opt(2026, 6, 26).unwrap();
        let mut log = Log::new(day, Jp::parse(jp).unwrap(), "Webinar Kebijakan Publik");
        log.id = "l12".into();
        log.form = Some("seminar".into());
        let plan = Plan { logs: vec![log], ..Plan::default() };
        year_records(&plan, Catalog::builtin(), 2026).remove(0)
    }

    #[test]
    fn the_fraction_left_out_is_named_in_words() {
        assert_eq!(jumlah_jam_words(&record("4"), Lang::Id), "4");
        assert_eq!(
            jumlah_jam_words(&record("1,5"), Lang::Id),
            "1 (dibulatkan ke bawah dari 1,5 JP; SIASN hanya menerima bilangan bulat, sehingga setengah JP tidak tercatat)"
        );
        assert_eq!(
            jumlah_jam_words(&record("0.75"), Lang::En),
            "0 (rounded down from 0.75 JP; SIASN takes whole numbers only, so three quarters of a JP is left out)"
        );
        assert!(jumlah_jam_words(&record("3,25"), Lang::Id).contains("seperempat JP tidak tercatat"));
        assert!(jumlah_jam_words(&record("2.4"), Lang::En).contains("so 0.4 JP is left out"));
    }

    #[test]
    fn a_record_reads_in_myasn_order_with_what_it_lacks() {
        let text = list(&[record("1,5")], false, 2026, Lang::Id);
        let expected = "\
l12 · Webinar Kebijakan Publik
  Riwayat                  riwayat kursus
  Jenis diklat             9 · Seminar
  Nama kursus              Webinar Kebijakan Publik
  Institusi penyelenggara  —
  Nomor sertifikat         —
  Tahun                    2026
  Tanggal mulai            26-06-2026
  Tanggal selesai          26-06-2026
  Jumlah jam               1 (dibulatkan ke bawah dari 1,5 JP; SIASN hanya menerima bilangan bulat, sehingga setengah JP tidak tercatat)
  Lokasi                   dalam negeri
  Berkas sertifikat        belum ada
  Catatan JP               l12
  Belum lengkap: institusi penyelenggara, nomor sertifikat, berkas sertifikat

1 kegiatan belum diunggah ke SIASN (1,5 JP).
Setelah dimasukkan di MyASN, tandai: tumbuh siasn done ID
";
        assert_eq!(text, expected);
        let mut entered = record("2");
        entered.in_siasn = true;
        assert_eq!(
            list(&[entered], false, 2026, Lang::En).lines().last(),
            Some("Every course of 2026 with JP logged is in SIASN.")
        );
    }

    #[test]
    fn the_json_has_exactly_the_keys_of_the_issue() {
        let value = serde_json::to_value(json_records(&[record("2,5")])).unwrap();
        let keys: Vec<&str> = value[0].as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "course",
                "logs",
                "history",
                "jenis_diklat_id",
                "jenis_diklat",
                "nama_kursus",
                "institusi_penyelenggara",
                "nomor_sertipikat",
                "tahun",
                "tanggal_mulai",
                "tanggal_selesai",
                "jumlah_jam",
                "jp",
                "lokasi",
                "certificate_file",
                "in_siasn",
            ]
        );
        assert_eq!((value[0]["jumlah_jam"].clone(), value[0]["jp"].clone()), (2.into(), 2.5.into()));
        assert_eq!(value[0]["tanggal_mulai"], "26-06-2026");
        assert_eq!(value[0]["lokasi"], "dalam_negeri");
        assert_eq!(value[0]["certificate_file"], serde_json::Value::Null);
    }
}
