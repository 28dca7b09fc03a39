//! SIASN records: each course as the record BKN's SIASN asks for, in MyASN's order. Pure: a
//! function of the plan and the catalog. Whether a certificate file exists is for the caller
//! to find out (`SiasnRecord::file_found`); `report::siasn` puts the records into words.
//!
//! A course is a training with all its log entries, or one log entry of its own
//! (`Plan::course`): one SIASN record each, never one per entry. SIASN's `jumlahJam` holds a
//! whole number, so a course's JP are rounded down and the fraction is named, never rounded up.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use crate::catalog::{Catalog, JenisDiklat, SiasnHistory};
use crate::model::{Course, Jp, Log, Plan};

/// One course as a SIASN record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiasnRecord {
    /// The training's ID, else the log entry's.
    pub course: String,
    /// The course's log entries, in file order.
    pub logs: Vec<String>,
    /// Where SIASN keeps it; `None` when its form does not say (`lainnya`, an unknown form).
    pub history: Option<SiasnHistory>,
    /// `jenisDiklatId` and its name in SIASN's list.
    pub jenis_diklat: Option<JenisDiklat>,
    pub nama_kursus: String,
    pub institusi_penyelenggara: String,
    /// The entries' certificate numbers, distinct, joined with `; `.
    pub nomor_sertipikat: String,
    pub tahun: i32,
    pub tanggal_mulai: NaiveDate,
    pub tanggal_selesai: NaiveDate,
    /// The course's JP, exact.
    pub jp: Jp,
    /// Abroad (any of its entries is international).
    pub international: bool,
    /// The certificate file as written in the data file; empty when none is given.
    pub certificate_file: String,
    /// Whether the certificate file was found: `None` until the caller has looked.
    pub file_found: Option<bool>,
    /// Every entry of the course is in SIASN.
    pub in_siasn: bool,
}

/// The fields of a record in the order MyASN asks for them, after the history it goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    History,
    JenisDiklat,
    NamaKursus,
    InstitusiPenyelenggara,
    NomorSertipikat,
    Tahun,
    TanggalMulai,
    TanggalSelesai,
    JumlahJam,
    Lokasi,
    CertificateFile,
}

impl Field {
    pub const ALL: [Field; 11] = [
        Field::History,
        Field::JenisDiklat,
        Field::NamaKursus,
        Field::InstitusiPenyelenggara,
        Field::NomorSertipikat,
        Field::Tahun,
        Field::TanggalMulai,
        Field::TanggalSelesai,
        Field::JumlahJam,
        Field::Lokasi,
        Field::CertificateFile,
    ];
}

/// What a record still lacks before it can be entered whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The form does not say where the course goes (`lainnya`): the person chooses.
    JenisDiklat,
    InstitusiPenyelenggara,
    NomorSertipikat,
    CertificateFile,
    /// A certificate file is named but was not found.
    CertificateFileNotFound,
}

impl SiasnRecord {
    /// `jumlahJam`: the JP as a whole number, rounded down.
    pub fn jumlah_jam(&self) -> i64 {
        self.jp.hundredths().div_euclid(100)
    }

    /// The part of the JP that `jumlahJam` cannot hold.
    pub fn fraction(&self) -> Jp {
        Jp::from_hundredths(self.jp.hundredths().rem_euclid(100))
    }

    pub fn missing(&self) -> Vec<Missing> {
        let mut missing = Vec::new();
        if self.history.is_none() {
            missing.push(Missing::JenisDiklat);
        }
        if self.institusi_penyelenggara.trim().is_empty() {
            missing.push(Missing::InstitusiPenyelenggara);
        }
        if self.nomor_sertipikat.trim().is_empty() {
            missing.push(Missing::NomorSertipikat);
        }
        if self.certificate_file.trim().is_empty() {
            missing.push(Missing::CertificateFile);
        } else if self.file_found == Some(false) {
            missing.push(Missing::CertificateFileNotFound);
        }
        missing
    }

    /// What goes into MyASN for a field, as MyASN writes it, whatever the screen's language:
    /// what the copy key puts on the clipboard.
    pub fn value(&self, field: Field) -> String {
        match field {
            Field::History => match self.history {
                Some(SiasnHistory::Kursus) => "Riwayat Kursus",
                Some(SiasnHistory::Diklat) => "Riwayat Diklat",
                Some(SiasnHistory::Pendidikan) => "Riwayat Pendidikan",
                None => "",
            }
            .to_string(),
            Field::JenisDiklat => self.jenis_diklat.as_ref().map(|j| j.name.clone()).unwrap_or_default(),
            Field::NamaKursus => self.nama_kursus.clone(),
            Field::InstitusiPenyelenggara => self.institusi_penyelenggara.clone(),
            Field::NomorSertipikat => self.nomor_sertipikat.clone(),
            Field::Tahun => self.tahun.to_string(),
            Field::TanggalMulai => date_text(self.tanggal_mulai),
            Field::TanggalSelesai => date_text(self.tanggal_selesai),
            Field::JumlahJam => self.jumlah_jam().to_string(),
            Field::Lokasi => if self.international { "Luar Negeri" } else { "Dalam Negeri" }.to_string(),
            Field::CertificateFile => self.certificate_file.clone(),
        }
    }
}

/// `dd-mm-yyyy`, as SIASN writes its dates.
pub fn date_text(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// One record per course of the entries `logs` (a year's, in the order the year lists them):
/// the courses come in the order of their first entry there, and each holds all its entries.
pub fn records<'a>(
    plan: &Plan,
    catalog: &Catalog,
    logs: impl IntoIterator<Item = &'a Log>,
) -> Vec<SiasnRecord> {
    let index = plan.training_index();
    let mut courses: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for log in logs {
        let id = index.of_log(log).map_or(&log.id, |t| &t.id);
        if seen.insert(id.clone()) {
            courses.push(id.clone());
        }
    }
    courses.iter().filter_map(|id| plan.course(id)).map(|course| record(plan, catalog, &course)).collect()
}

/// The record of one course. A course of a training has its name, provider, year and dates
/// (else its entries' range); what the training leaves empty comes from its entries.
pub fn record(plan: &Plan, catalog: &Catalog, course: &Course<'_>) -> SiasnRecord {
    let index = plan.training_index();
    let training = course.training;
    let first_nonempty = |text: fn(&Log) -> &str| {
        course.logs.iter().map(|l| text(l).trim()).find(|t| !t.is_empty()).unwrap_or_default().to_string()
    };
    let mut certificates: Vec<&str> = Vec::new();
    for log in &course.logs {
        let number = log.certificate.trim();
        if !number.is_empty() && !certificates.contains(&number) {
            certificates.push(number);
        }
    }
    let form = training
        .and_then(|t| t.form.as_deref())
        .or_else(|| course.logs.iter().find_map(|l| index.log_form(l)))
        .and_then(|key| catalog.get(key));
    let history = form.and_then(|f| f.siasn_history);
    let jenis_diklat = form
        .filter(|_| history.is_some())
        .and_then(|f| f.siasn_jenis_diklat_id)
        .and_then(|id| catalog.jenis_diklat(id))
        .cloned();
    let entries_first = course.logs.iter().map(|l| l.first_day()).min();
    let entries_last = course.logs.iter().map(|l| l.date).max();
    let (mulai, selesai) = match training.and_then(|t| t.start) {
        Some(start) => (start, training.and_then(|t| t.end).unwrap_or(start)),
        // A course always has an entry here; a training with none has no record to make.
        None => (entries_first.unwrap_or(NaiveDate::MIN), entries_last.unwrap_or(NaiveDate::MIN)),
    };
    let nama_kursus = match training {
        Some(training) => training.title.clone(),
        None => course.logs.first().map(|l| l.shown_title(None).to_string()).unwrap_or_default(),
    };
    let institusi = match training.map(|t| t.provider.trim()) {
        Some(provider) if !provider.is_empty() => provider.to_string(),
        _ => first_nonempty(|l| &l.provider),
    };
    SiasnRecord {
        course: course.id().to_string(),
        logs: course.logs.iter().map(|l| l.id.clone()).collect(),
        history,
        jenis_diklat,
        nama_kursus,
        institusi_penyelenggara: institusi,
        nomor_sertipikat: certificates.join("; "),
        tahun: training.map_or(selesai.year(), |t| t.year),
        tanggal_mulai: mulai,
        tanggal_selesai: selesai,
        jp: course.logs.iter().map(|l| l.jp).sum(),
        international: course.logs.iter().any(|l| l.international),
        certificate_file: first_nonempty(|l| &l.certificate_file),
        file_found: None,
        in_siasn: !course.logs.is_empty() && course.logs.iter().all(|l| l.in_siasn),
    }
}

/// Where a certificate file written in the data file is: `~/…` is under `home`, and a relative
/// path is taken from `folder`, the data file's own folder.
pub fn certificate_path(written: &str, home: Option<&Path>, folder: &Path) -> PathBuf {
    let written = written.trim();
    match (written.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => folder.join(written),
    }
}

/// Fills in `file_found` for each record that names a file, with `exists` doing the looking
/// (see `certificate_path` for where).
pub fn look_for_files(
    records: &mut [SiasnRecord],
    home: Option<&Path>,
    folder: &Path,
    exists: impl Fn(&Path) -> bool,
) {
    for record in records.iter_mut().filter(|r| !r.certificate_file.trim().is_empty()) {
        record.file_found = Some(exists(&certificate_path(&record.certificate_file, home, folder)));
    }
}

/// The course a row from SIASN stands for, if the plan already holds it: an entry with the same
/// certificate number, else one with the same name and last day (the entry's, or its training's).
pub fn matching_course<'a>(
    plan: &'a Plan,
    certificate: &str,
    name: &str,
    last_day: NaiveDate,
) -> Option<Course<'a>> {
    let index = plan.training_index();
    let certificate = number(certificate);
    let by_certificate =
        || plan.logs.iter().find(|log| !certificate.is_empty() && number(&log.certificate) == certificate);
    let name = fold(name);
    let by_name = || {
        plan.logs.iter().find(|log| {
            let training = index.of_log(log);
            let names = [Some(log.shown_title(training)), training.map(|t| t.title.as_str())];
            let days = [Some(log.date), training.and_then(|t| t.end.or(t.start))];
            !name.is_empty()
                && names.iter().flatten().any(|n| fold(n) == name)
                && days.contains(&Some(last_day))
        })
    };
    by_certificate().or_else(by_name).and_then(|log| plan.course(&log.id))
}

/// A certificate number as it is compared: lower case, without spaces.
fn number(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect()
}

/// A name as it is compared: lower case, letters and digits only.
fn fold(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Status, Training, UnknownKeys};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn training(id: &str, form: &str, start: Option<NaiveDate>, end: Option<NaiveDate>) -> Training {
        Training {
            id: id.into(),
            year: 2026,
            title: format!("Pelatihan {id}"),
            provider: "LAN RI".into(),
            form: Some(form.into()),
            competency: None,
            start,
            end,
            planned_jp: Jp::whole(8),
            status: Status::Done,
            why: String::new(),
            extra: UnknownKeys::new(),
        }
    }

    fn log(id: &str, date: NaiveDate, jp: &str, training: Option<&str>) -> Log {
        Log {
            id: id.into(),
            training: training.map(Into::into),
            ..Log::new(date, Jp::parse(jp).unwrap(), if training.is_some() { "" } else { "Webinar" })
        }
    }

    /// t1: coaching over two sessions, dated; t2: e-learning without dates over three days;
    /// l6: a webinar of its own, abroad; l7: an entry of a form SIASN has no place for.
    fn plan() -> Plan {
        let mut plan = Plan {
            trainings: vec![
                training("t1", "coaching", Some(day(2, 10)), Some(day(2, 24))),
                training("t2", "e-learning", None, None),
            ],
            logs: vec![
                log("l1", day(2, 10), "2", Some("t1")),
                log("l2", day(4, 14), "1", Some("t2")),
                log("l3", day(2, 24), "2", Some("t1")),
                log("l4", day(4, 15), "0.75", Some("t2")),
                log("l5", day(4, 16), "0.75", Some("t2")),
                log("l6", day(6, 26), "1.5", None),
                log("l7", day(6, 27), "3.25", None),
            ],
            ..Plan::default()
        };
        plan.logs[0].certificate = "800/127/2026".into();
        plan.logs[2].certificate = "800/127/2026".into();
        plan.logs[2].in_siasn = true;
        plan.logs[1].certificate = "ASNU-1".into();
        plan.logs[3].certificate = "ASNU-2".into();
        plan.logs[5].form = Some("seminar".into());
        plan.logs[5].international = true;
        plan.logs[5].provider = "FISIP UNDIP".into();
        plan.logs[5].certificate_file = "~/Dokumen/webinar.pdf".into();
        plan.logs[6].form = Some("lainnya".into());
        plan.logs[6].start = Some(day(6, 25));
        plan
    }

    fn all(plan: &Plan) -> Vec<SiasnRecord> {
        let mut logs: Vec<&Log> = plan.logs.iter().collect();
        logs.sort_by_key(|l| l.date);
        records(plan, Catalog::builtin(), logs)
    }

    #[test]
    fn a_course_is_a_training_with_all_its_entries_or_one_entry_of_its_own() {
        let plan = plan();
        let records = all(&plan);
        let courses: Vec<(&str, Vec<&str>)> = records
            .iter()
            .map(|r| (r.course.as_str(), r.logs.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            courses,
            [
                ("t1", vec!["l1", "l3"]),
                ("t2", vec!["l2", "l4", "l5"]),
                ("l6", vec!["l6"]),
                ("l7", vec!["l7"])
            ]
        );
        // The course's JP are its entries' together, and it is in SIASN only when all are.
        let t1 = &records[0];
        assert_eq!((t1.jp, t1.in_siasn), (Jp::whole(4), false));
        assert_eq!(
            (t1.nomor_sertipikat.as_str(), t1.institusi_penyelenggara.as_str()),
            ("800/127/2026", "LAN RI")
        );
        assert_eq!(records[1].nomor_sertipikat, "ASNU-1; ASNU-2", "distinct numbers, none lost");
        assert_eq!(records[1].jp, Jp::parse("2.5").unwrap());
        // An entry of a training stands for the training's course.
        assert_eq!(record(&plan, Catalog::builtin(), &plan.course("l4").unwrap()), records[1]);
    }

    #[test]
    fn jumlah_jam_is_rounded_down_and_the_fraction_kept() {
        let plan = plan();
        let records = all(&plan);
        let hours: Vec<(i64, Jp)> = records.iter().map(|r| (r.jumlah_jam(), r.fraction())).collect();
        assert_eq!(
            hours,
            [
                (4, Jp::ZERO),
                (2, Jp::from_hundredths(50)),
                (1, Jp::from_hundredths(50)),
                (3, Jp::from_hundredths(25)),
            ]
        );
        let mut small = records[2].clone();
        small.jp = Jp::from_hundredths(75);
        assert_eq!((small.jumlah_jam(), small.fraction()), (0, Jp::from_hundredths(75)), "never rounded up");
        small.jp = Jp::from_hundredths(199);
        assert_eq!(small.value(Field::JumlahJam), "1");
    }

    #[test]
    fn dates_are_day_month_year_from_the_training_else_the_entries() {
        let plan = plan();
        let records = all(&plan);
        let dates: Vec<(String, String)> =
            records.iter().map(|r| (r.value(Field::TanggalMulai), r.value(Field::TanggalSelesai))).collect();
        assert_eq!(
            dates,
            [
                ("10-02-2026".into(), "24-02-2026".into()),
                ("14-04-2026".into(), "16-04-2026".into()),
                ("26-06-2026".into(), "26-06-2026".into()),
                ("25-06-2026".into(), "27-06-2026".into()),
            ]
        );
        assert_eq!(date_text(NaiveDate::from_ymd_opt(2027, 1, 5).unwrap()), "05-01-2027");
    }

    #[test]
    fn each_record_knows_its_place_location_and_what_it_lacks() {
        let plan = plan();
        let mut records = all(&plan);
        let [t1, t2, webinar, other] = &records[..] else { panic!("four courses") };
        assert_eq!(
            (t1.history, t1.value(Field::JenisDiklat).as_str()),
            (Some(SiasnHistory::Kursus), "Coaching")
        );
        assert_eq!(t2.jenis_diklat.as_ref().map(|j| j.id), Some(16));
        assert_eq!(webinar.jenis_diklat.as_ref().map(|j| j.id), Some(9));
        assert_eq!(
            (webinar.value(Field::Lokasi), t1.value(Field::Lokasi)),
            ("Luar Negeri".into(), "Dalam Negeri".into())
        );
        assert_eq!((other.history, other.jenis_diklat.clone()), (None, None), "lainnya asks the person");
        assert_eq!(t1.missing(), [Missing::CertificateFile]);
        assert_eq!(webinar.missing(), [Missing::NomorSertipikat], "the file is not looked for here");
        assert_eq!(
            other.missing(),
            [
                Missing::JenisDiklat,
                Missing::InstitusiPenyelenggara,
                Missing::NomorSertipikat,
                Missing::CertificateFile
            ]
        );
        look_for_files(&mut records, Some(Path::new("/home/sari")), Path::new("/data"), |path| {
            assert_eq!(path, Path::new("/home/sari/Dokumen/webinar.pdf"));
            false
        });
        assert_eq!(records[2].missing(), [Missing::NomorSertipikat, Missing::CertificateFileNotFound]);
        assert_eq!(records[0].file_found, None, "no file named, none looked for");
        let folder = Path::new("/data");
        assert_eq!(certificate_path("sertifikat/a.pdf", None, folder), Path::new("/data/sertifikat/a.pdf"));
        assert_eq!(certificate_path("/srv/a.pdf", None, folder), Path::new("/srv/a.pdf"));
        assert_eq!(certificate_path("~/a.pdf", None, folder), Path::new("/data/~/a.pdf"), "no home known");
    }

    #[test]
    fn a_row_from_siasn_finds_its_course_by_certificate_else_name_and_last_day() {
        let plan = plan();
        let course = |certificate: &str, name: &str, last: NaiveDate| {
            matching_course(&plan, certificate, name, last).map(|c| c.id().to_string())
        };
        assert_eq!(course(" asnu-2 ", "", day(1, 1)).as_deref(), Some("t2"));
        assert_eq!(course("", "Pelatihan t1", day(2, 24)).as_deref(), Some("t1"), "the training's last day");
        assert_eq!(course("", "pelatihan  T1", day(2, 10)).as_deref(), Some("t1"), "an entry's day");
        assert_eq!(course("", "Pelatihan t1", day(2, 11)), None);
        assert_eq!(
            course("9/9/2026", "Webinar", day(6, 26)).as_deref(),
            Some("l6"),
            "no number, then the name"
        );
        assert_eq!(course("", "", day(6, 26)), None);
    }
}
