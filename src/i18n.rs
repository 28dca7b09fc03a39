//! Every string the program shows, Indonesian and English side by side.

use std::fmt::Display;

/// The language of everything shown. Indonesian is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];
    pub const KEYS: &'static [&'static str] = &["id", "en"];

    pub fn key(self) -> &'static str {
        Lang::KEYS[self.index()]
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        match key.trim().to_ascii_lowercase().as_str() {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The column of this language in the tables below.
    pub fn index(self) -> usize {
        match self {
            Lang::Id => 0,
            Lang::En => 1,
        }
    }

    pub fn decimal_mark(self) -> char {
        match self {
            Lang::Id => ',',
            Lang::En => '.',
        }
    }

    pub fn thousands_mark(self) -> char {
        match self {
            Lang::Id => '.',
            Lang::En => ',',
        }
    }

    pub fn t(self, msg: Msg) -> &'static str {
        msg.texts()[self.index()]
    }

    /// The message with each `{name}` replaced by its value. Call it through `tr!`, which checks
    /// at compile time that the values given are exactly the message's placeholders.
    pub fn fill(self, msg: Msg, args: &[(&str, &dyn Display)]) -> String {
        fill(self.t(msg), args)
    }
}

/// `tr!(lang, Msg::Key, name = value, …)`: the message in `lang` with its placeholders filled.
/// A value the message does not take, or a placeholder left without a value, in either
/// language, stops the build; so a message is always named where it is used.
#[macro_export]
macro_rules! tr {
    ($lang:expr, Msg::$msg:ident $(, $name:ident = $value:expr)* $(,)?) => {{
        const _: () = assert!(
            $crate::i18n::Msg::$msg.takes(&[$(stringify!($name)),*]),
            concat!("the values given to Msg::", stringify!($msg), " are not its placeholders")
        );
        $lang.fill($crate::i18n::Msg::$msg, &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),*])
    }};
}

const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `template` holds the placeholder `{name}`.
const fn has_placeholder(template: &[u8], name: &[u8]) -> bool {
    let mut i = 0;
    while i + name.len() + 2 <= template.len() {
        if template[i] == b'{' && template[i + name.len() + 1] == b'}' {
            let (_, rest) = template.split_at(i + 1);
            let (candidate, _) = rest.split_at(name.len());
            if same_bytes(candidate, name) {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// Whether every placeholder of `template` is one of `names`.
const fn placeholders_among(template: &[u8], names: &[&str]) -> bool {
    let mut start = 0;
    while start < template.len() {
        if let Some(name) = placeholder_at(template, start) {
            let mut known = false;
            let mut n = 0;
            while n < names.len() {
                known = known || same_bytes(names[n].as_bytes(), name);
                n += 1;
            }
            if !known {
                return false;
            }
        }
        start += 1;
    }
    true
}

/// Whether every placeholder of `from` is in `to` too (a message's two languages).
const fn placeholders_within(from: &[u8], to: &[u8]) -> bool {
    let mut start = 0;
    while start < from.len() {
        if let Some(name) = placeholder_at(from, start)
            && !has_placeholder(to, name)
        {
            return false;
        }
        start += 1;
    }
    true
}

/// The name of the placeholder `{name}` that starts at `start`, if one does.
const fn placeholder_at(template: &[u8], start: usize) -> Option<&[u8]> {
    if template[start] != b'{' {
        return None;
    }
    let mut end = start + 1;
    while end < template.len() && (template[end].is_ascii_lowercase() || template[end] == b'_') {
        end += 1;
    }
    if end < template.len() && template[end] == b'}' && end > start + 1 {
        let (_, rest) = template.split_at(start + 1);
        let (name, _) = rest.split_at(end - start - 1);
        Some(name)
    } else {
        None
    }
}

/// Whether `template` takes exactly the values `names`: each placeholder has one, each is used.
const fn takes_exactly(template: &str, names: &[&str]) -> bool {
    let template = template.as_bytes();
    let mut n = 0;
    while n < names.len() {
        if !has_placeholder(template, names[n].as_bytes()) {
            return false;
        }
        n += 1;
    }
    placeholders_among(template, names)
}

fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if args.iter().any(|(n, _)| *n == name) => {
                let (_, value) = args.iter().find(|(n, _)| *n == name).expect("checked above");
                out.push_str(&value.to_string());
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Month names, Indonesian then English.
pub const MONTHS: [[&str; 2]; 12] = [
    ["Januari", "January"],
    ["Februari", "February"],
    ["Maret", "March"],
    ["April", "April"],
    ["Mei", "May"],
    ["Juni", "June"],
    ["Juli", "July"],
    ["Agustus", "August"],
    ["September", "September"],
    ["Oktober", "October"],
    ["November", "November"],
    ["Desember", "December"],
];

/// Declares the message keys with their Indonesian and English texts.
macro_rules! messages {
    ($($name:ident => $id:literal, $en:literal;)+) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($name),+ }

        // A placeholder in one language and not the other stops the build.
        $(
            const _: () = assert!(
                placeholders_within($id.as_bytes(), $en.as_bytes())
                    && placeholders_within($en.as_bytes(), $id.as_bytes()),
                concat!("Msg::", stringify!($name), " has other placeholders in Indonesian than in English")
            );
        )+

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$name),+];

            const fn texts(self) -> [&'static str; 2] {
                match self { $(Msg::$name => [$id, $en]),+ }
            }

            /// Whether both texts take exactly the values `names` (see `tr!`).
            pub const fn takes(self, names: &[&str]) -> bool {
                let [id, en] = self.texts();
                takes_exactly(id, names) && takes_exactly(en, names)
            }

        }
    };
}

messages! {
    // Places in the file, for problem messages.
    PlaceFile => "berkas", "file";
    PlaceProfile => "profil", "profile";
    PlaceYear => "tahun {year}", "year {year}";
    PlaceForm => "bentuk {key}", "form {key}";
    PlaceIds => "ids", "ids";
    PlaceTraining => "pelatihan {id}", "training {id}";
    PlaceTrainingNth => "pelatihan ke-{n}", "training #{n}";
    PlaceLog => "catatan JP {id}", "log entry {id}";
    PlaceLogNth => "catatan JP ke-{n}", "log entry #{n}";
    PlaceReflection => "refleksi {id}", "reflection {id}";
    PlaceReflectionNth => "refleksi ke-{n}", "reflection #{n}";
    AtLineColumn => "baris {line}, kolom {column}", "line {line}, column {column}";
    ProblemAt => "{place}, {field}: {problem}", "{place}, {field}: {problem}";
    FlagProblem => "{flag}: {problem}", "{flag}: {problem}";

    // What went wrong with a value.
    ProblemMissing => "wajib diisi", "is required";
    ProblemEmpty => "tidak boleh kosong", "must not be empty";
    ProblemWrongType => "harus berupa {expected}, bukan {found}", "must be {expected}, not {found}";
    ProblemJpNotANumber => "harus berupa angka, misalnya 2,5", "must be a number, such as 2.5";
    ProblemJpDecimals => "paling banyak 2 angka desimal, mis. 1,25", "at most 2 decimals, e.g. 1.25";
    ProblemJpNotFinite => "harus berupa angka biasa (bukan NaN atau tak hingga)", "must be an ordinary number (not NaN or infinity)";
    ProblemJpOutOfRange => "angkanya terlalu besar", "is far too large";
    ProblemJpNotPositive => "harus lebih dari 0", "must be more than 0";
    ProblemJpNegative => "tidak boleh negatif", "must not be negative";
    ProblemJpTooLarge => "paling banyak 1.000 JP", "may be at most 1,000 JP";
    ProblemDateUnreadable => "tanggal tidak dikenali; contoh: 12/3/2026 atau 12 Mar 2026", "not a date; e.g. 12/3/2026 or 12 Mar 2026";
    ProblemDateNoSuchDay => "tanggal itu tidak ada di kalender", "is not a day on the calendar";
    ProblemNotOneOf => "harus salah satu dari: {allowed}", "must be one of: {allowed}";
    ProblemOutOfRange => "harus antara {min} dan {max}", "must be between {min} and {max}";
    ProblemEndBeforeStart => "tidak boleh sebelum tanggal mulai", "must not be before the start";
    ProblemStartOutsideYear => "harus jatuh pada tahun pelatihan ({year})", "must fall in the training's year ({year})";
    ProblemUnknownTraining => "tidak ada pelatihan dengan ID {id}", "there is no training with ID {id}";
    ProblemUnknownLog => "tidak ada catatan JP dengan ID {id}", "there is no log entry with ID {id}";
    ProblemUnknownReflection => "tidak ada refleksi dengan ID {id}", "there is no reflection with ID {id}";
    OpLinked => "{place} masih dikaitkan dengan {items}", "{place} is still linked to {items}";
    ProblemDuplicateId => "ID {id} dipakai lebih dari sekali", "ID {id} is used more than once";
    ProblemBadId => "hanya boleh huruf, angka, - dan _ (paling banyak 32)", "may only hold letters, digits, - and _ (at most 32)";
    ProblemNoTitleOrTraining => "isi judul, atau kaitkan dengan pelatihan", "give a title, or link a training";
    ProblemTooLargeToKeep => "angkanya terlalu besar untuk disimpan apa adanya", "this number is too large to keep exactly";
    ProblemSchemaTooNew => "skema {schema} lebih baru daripada yang dikenal program ini ({known})", "schema {schema} is newer than this program knows ({known})";
    TypeText => "teks", "text";
    TypeNumber => "angka", "a number";
    TypeWholeNumber => "bilangan bulat", "a whole number";
    TypeDate => "tanggal (YYYY-MM-DD)", "a date (YYYY-MM-DD)";
    TypeDatetime => "tanggal dan jam", "a date and time";
    TypeBool => "true atau false", "true or false";
    TypeTable => "tabel", "a table";
    TypeList => "daftar", "a list";

    // The store.
    ErrRead => "Tidak dapat membaca {path}: {error}", "Cannot read {path}: {error}";
    ErrWrite => "Tidak dapat menyimpan {path}: {error}", "Cannot save {path}: {error}";
    // The file as written (issue 11): new messages go below this line.
    SyntaxUnclosedString => "teks tidak ditutup: tanda kutip penutupnya tidak ada di baris ini", "a string is not closed: its closing quote is missing on this line";
    SyntaxExpectedEquals => "setelah nama kunci harus ada = lalu nilainya, mis. title = \"Kursus\"", "a key must be followed by = and its value, e.g. title = \"Kursus\"";
    SyntaxMissingValue => "tidak ada nilai setelah =", "there is no value after =";
    SyntaxDuplicateKey => "kunci atau tabel ini sudah ditulis sebelumnya; hapus salah satunya", "this key or table is already written above; remove one of them";
    SyntaxInvalidDate => "tanggal atau jam tidak sah; tulis tanggal sebagai YYYY-MM-DD, mis. 2026-03-12", "not a valid date or time; write a date as YYYY-MM-DD, e.g. 2026-03-12";
    SyntaxInvalidNumber => "angka tidak ditulis dengan benar (mis. tanpa 0 di depan; 2.5, bukan 2.)", "the number is not written correctly (e.g. no leading 0; 2.5, not 2.)";
    SyntaxUnquotedText => "teks harus diapit tanda kutip, mis. provider = \"LAN RI\"", "text must be in quotes, e.g. provider = \"LAN RI\"";
    SyntaxUnclosedHeader => "judul tabel tidak ditutup dengan ], mis. [[training]]", "a table header is not closed with ], e.g. [[training]]";
    SyntaxUnclosedList => "daftar [ ] atau tabel sebaris { } tidak ditutup", "a list [ ] or an inline table { } is not closed";
    SyntaxExtraContent => "ada tulisan lain setelah nilai; satu baris hanya untuk satu kunci = nilai (komentar diawali #)", "there is more after the value; a line holds one key = value (a comment starts with #)";
    SyntaxInvalidEscape => "garis miring terbalik (\\) di dalam teks harus diikuti kode yang sah, mis. \\\\ atau \\n; untuk jalur berkas pakai tanda kutip tunggal: 'C:\\Dokumen'", "a backslash (\\) in a string must start a known code, e.g. \\\\ or \\n; for a file path use single quotes: 'C:\\Documents'";
    SyntaxControlCharacter => "ada karakter kendali yang tidak boleh ada di sini", "there is a control character that is not allowed here";
    SyntaxParserSays => "pesan pengurai TOML (dalam bahasa Inggris): {detail}", "the TOML parser says: {detail}";
    TypoKey => "{at}: {place}: `{written}` tidak dikenal — maksudnya `{meant}`? (disimpan apa adanya, tetapi tidak dipakai)", "{at}: {place}: `{written}` is not a known key — did you mean `{meant}`? (kept as written, but not used)";
    MissingTypo => "{problem}; {at} berisi `{written}` — maksudnya `{meant}`?", "{problem}; {at} has `{written}` — did you mean `{meant}`?";
    TyposMore => "(dan {count} lainnya; lihat tumbuh status)", "(and {count} more; see tumbuh status)";
    ProfileHeading => "Profil", "Profile";
    ProfileSaved => "Profil disimpan: {fields}", "Profile saved: {fields}";
    ProfileUnchanged => "Profil tidak berubah: nilainya sudah sama.", "Profile unchanged: the values were already these.";
    ProfileNotSet => "—", "—";
    ProfileCeilingDefault => "{jp} (bawaan PPPK)", "{jp} (the PPPK default)";
    ProfileCeilingNone => "tidak ada (bawaan PNS)", "none (the PNS default)";
    ProfileLanguageUnset => "belum dipilih (bawaan: Bahasa Indonesia)", "not chosen (default: Indonesian)";
    ProfileContractPnsOnly => "awal kontrak hanya dipakai untuk PPPK", "the contract start is used for PPPK only";
    FieldNip => "NIP", "NIP";
    FieldUnit => "Unit kerja", "Work unit";
    ErrSyntax => "{path} tidak dapat dibaca ({at}): {detail}", "{path} cannot be read ({at}): {detail}";
    ErrNotText => "{path} bukan berkas teks UTF-8 ({at}); mungkin rusak atau bukan berkas tumbuh", "{path} is not UTF-8 text ({at}); it may be damaged or not a tumbuh file";
    OutputIsDataFile => "itu berkas data Anda sendiri; pilih nama berkas lain", "that is your own data file; choose another file name";
    ErrInvalid => "{path} berisi isian yang tidak sah:", "{path} has entries that are not valid:";
    ErrNewerSchema => "{path} ditulis oleh versi tumbuh yang lebih baru (skema {schema}). Berkas hanya dibaca dan tidak diubah.", "{path} was written by a newer tumbuh (schema {schema}). It is read-only here and is not changed.";
    // Nothing lost, nothing leaked (issue 10): new messages go below this line.
    TodayYearOutOfRange => "tahunnya harus antara {min} dan {max}", "its year must be between {min} and {max}";
    ErrLock => "Tidak dapat mengunci {path} (berkas kunci di samping berkas data): {error}", "Cannot take the lock {path} (beside the data file): {error}";
    ErrBackup => "Tidak dapat membuat cadangan {path}: {error}; berkas data tidak diubah", "Cannot make the backup {path}: {error}; the data file was not changed";
    RefusedLink => "{path} adalah tautan simbolis; tumbuh tidak mengikuti tautan di situ. Ganti dengan folder atau berkas biasa.", "{path} is a symbolic link; tumbuh does not follow a link there. Replace it with a plain folder or file.";
    RefusedDangling => "{path} adalah tautan ke berkas yang tidak ada; periksa tautannya (tidak dibuat berkas baru)", "{path} is a link to a file that does not exist; check the link (no new file was made)";
    RefusedNotAFolder => "{path} bukan folder", "{path} is not a folder";
    RefusedNotRegular => "{path} bukan berkas biasa, melainkan {kind}; tumbuh hanya membaca berkas biasa", "{path} is not a regular file but {kind}; tumbuh reads only regular files";
    RefusedTooLarge => "{path} terlalu besar ({size} MiB; paling besar {cap} MiB)", "{path} is too large ({size} MiB; at most {cap} MiB)";
    KindFolder => "folder", "a folder";
    KindFifo => "FIFO (pipa bernama)", "a FIFO (named pipe)";
    KindDevice => "perangkat", "a device";
    KindSocket => "soket", "a socket";
    KindOther => "berkas khusus", "a special file";
    ErrRejected => "Perubahan tidak disimpan:", "Nothing was saved:";
    FileUnchanged => "Berkas tidak diubah.", "The file was not changed.";
    UsageUnknown => "{arg}: tidak dikenal di sini", "{arg}: not known here";
    UsageUnknownCommand => "{command}: bukan perintah tumbuh", "{command}: not a tumbuh command";
    UsageInvalidValue => "{arg}: \"{value}\" tidak bisa dipakai; pilihannya: {valid}", "{arg}: \"{value}\" cannot be used; the choices: {valid}";
    UsageMissing => "wajib diisi: {args}", "required: {args}";
    UsageConflict => "{arg} tidak bisa dipakai bersama {other}", "{arg} cannot be used with {other}";
    UsageDidYouMean => "maksud Anda: {suggestion}?", "did you mean: {suggestion}?";
    UsageSeeHelp => "Lihat: tumbuh --help (atau tumbuh PERINTAH --help)", "See: tumbuh --help (or tumbuh COMMAND --help)";
    ErrorPrefix => "galat", "error";
    WarningPrefix => "peringatan", "warning";
    WarnUnknownForm => "{place}: bentuk \"{form}\" tidak ada di katalog; disimpan dan ditampilkan apa adanya", "{place}: form \"{form}\" is not in the catalog; kept and shown as written";
    ErrNoDataDir => "Tidak menemukan folder data pengguna. Gunakan --file PATH atau TUMBUH_FILE.", "Cannot find the user's data folder. Use --file PATH or TUMBUH_FILE.";

    // The year at a glance.
    StatusHeading => "Pengembangan kompetensi {year}", "Competency development {year}";
    LabelDone => "Selesai", "Done";
    DoneOfTarget => "{done} dari {target} JP ({percent}%) · {gap}", "{done} of {target} JP ({percent}%) · {gap}";
    GapLeft => "kurang {gap} JP", "{gap} JP to go";
    GapNone => "target tercapai", "target reached";
    LabelPace => "Laju", "Pace";
    PaceAhead => "lebih cepat {delta} JP dari laju tahunan (laju sampai hari ini: {expected} JP)", "{delta} JP ahead of the year's pace ({expected} JP due by today)";
    PaceBehind => "tertinggal {delta} JP dari laju tahunan (laju sampai hari ini: {expected} JP)", "{delta} JP behind the year's pace ({expected} JP due by today)";
    PaceEven => "tepat pada laju tahunan ({expected} JP sampai hari ini)", "exactly on the year's pace ({expected} JP due by today)";
    LabelPlan => "Rencana", "Plan";
    PlanCloses => "sisa rencana {remaining} JP, perkiraan akhir {projected} JP: rencana menutup kekurangan", "{remaining} JP still planned, {projected} JP projected: the plan closes the gap";
    PlanShort => "sisa rencana {remaining} JP, perkiraan akhir {projected} JP: masih kurang {short} JP", "{remaining} JP still planned, {projected} JP projected: still {short} JP short";
    PlanBeyond => "sisa rencana {remaining} JP, perkiraan akhir {projected} JP", "{remaining} JP still planned, {projected} JP projected";
    LabelCeiling => "Batas atas", "Ceiling";
    CeilingOver => "rencana melebihi batas {ceiling} JP sebanyak {over} JP", "the plan exceeds the {ceiling} JP ceiling by {over} JP";
    CeilingWithin => "{ceiling} JP, rencana masih di bawahnya", "{ceiling} JP; the plan stays within it";
    LabelState => "Keadaan", "State";
    StateAchieved => "TERCAPAI", "ACHIEVED";
    StateOnPlan => "SESUAI RENCANA", "ON PLAN";
    StateAtRisk => "BERISIKO", "AT RISK";
    StateNotAchieved => "TIDAK TERCAPAI", "NOT ACHIEVED";
    YearEnded => "tahun {year} sudah berakhir", "{year} has ended";
    LabelOverdue => "Lewat tanggal", "Overdue";
    OverdueWords => "rencana pelatihan yang sudah lewat tanggalnya: {n} ({jp} JP), tidak dihitung dalam perkiraan. Sudah terlaksana?", "planned trainings past their dates: {n} ({jp} JP), left out of the projection. Did they happen?";
    LabelPerWorkday => "Per hari kerja", "Per working day";
    NeededPerWorkday => "perlu {jp} JP setiap hari kerja, masih {days} hari kerja", "{jp} JP needed each working day, {days} working days left";
    NoWorkdaysLeft => "tidak ada hari kerja lagi tahun ini", "no working days left this year";
    LabelSiasn => "SIASN", "SIASN";
    SiasnWords => "{siasn} dari {done} JP sudah diunggah ke SIASN", "{siasn} of {done} JP in SIASN";
    ContractYear => "tahun kontrak {first} s.d. {last}", "contract year {first} to {last}";
    LabelDaysLeft => "Sisa hari", "Days left";
    LabelTodos => "Perlu ditindaklanjuti", "To do";
    TodoNoReflection => "pelatihan selesai tanpa refleksi: {n}", "trainings done without a reflection: {n}";
    TodoFollowUps => "tindak lanjut refleksi yang sudah waktunya: {n}", "reflection follow-ups due: {n}";
    TodoNoCertificate => "catatan JP tanpa nomor sertifikat: {n}", "log entries without a certificate number: {n}";
    TodoNotInSiasn => "catatan JP yang belum masuk SIASN: {n}", "log entries not yet in SIASN: {n}";
    TodoNoWhy => "rencana pelatihan tanpa alasan: {n}", "planned trainings without a why: {n}";
    TodoOverCap => "hari yang melebihi batas harian bentuknya: {n}", "days over their form's daily cap: {n}";
    TodoNothing => "tidak ada, semuanya rapi", "nothing, all in order";
    TodoOverdue => "rencana pelatihan yang sudah lewat tanggalnya (sudah terlaksana?): {n}", "planned trainings past their dates (did they happen?): {n}";
    TodoMonthOverCap => "bulan yang melebihi batas bulanan bentuknya: {n}", "months over their form's monthly cap: {n}";
    ShortLine => "{year}: {done}/{target} JP", "{year}: {done}/{target} JP";
    ShortGapLeft => "kurang {gap}", "{gap} to go";

    // Logging JP.
    Logged => "dicatat {id}: {jp} JP · {title} · {date}", "logged {id}: {jp} JP · {title} · {date}";
    CountedBy => "dihitung: {rule}", "counted: {rule}";
    RuleByTime => "{minutes} menit ÷ {per} menit per JP", "{minutes} min ÷ {per} min per JP";
    RuleBonus => " + {bonus}% internasional", " + {bonus}% international";
    RulePerUnit => "{units} {unit} × {per} JP", "{units} {unit} × {per} JP";
    CapPerDay => "dibatasi {cap} JP per hari", "capped at {cap} JP a day";
    CapPerMonth => "dibatasi {max} {unit} per bulan", "capped at {max} {unit} a month";
    UnitsNeedForm => "--units memerlukan --form, atau --training yang punya bentuk", "--units needs --form, or a --training that has a form";
    UnitsNeedRule => "bentuk {form} dihitung menurut waktu; gunakan --minutes, --hours atau --jp", "form {form} is counted by time; use --minutes, --hours or --jp";

    // Shell commands and reports.
    HintPrefix => "saran", "hint";
    Planned => "direncanakan {id}: {title} · {jp} JP · {when}", "planned {id}: {title} · {jp} JP · {when}";
    HintWhy => "pelatihan yang menjawab masalah nyata di pekerjaan jauh lebih bermanfaat; tuliskan masalahnya: tumbuh plan edit {id} --why \"…\"", "a training that answers a real problem at work is worth far more; write the problem down: tumbuh plan edit {id} --why \"…\"";
    PlanYearWords => "{year}: {words}", "{year}: {words}";
    MarkedDone => "selesai {id}: {title}", "done {id}: {title}";
    NextLog => "berikutnya, catat JP-nya: tumbuh log --training {id} --jp {jp} --certificate NOMOR", "next, log its JP: tumbuh log --training {id} --jp {jp} --certificate NUMBER";
    NextReflect => "lalu tulis satu hal yang berubah: tumbuh reflect --training {id} --changed \"…\"", "then write down the one thing that changed: tumbuh reflect --training {id} --changed \"…\"";
    Edited => "diubah {id}: {title}", "changed {id}: {title}";
    EditNothing => "tidak ada yang diubah; sertakan misalnya --title, --jp atau --start", "nothing to change; give for example --title, --jp or --start";
    Removed => "dihapus {id}: {title}", "deleted {id}: {title}";
    RemovedToo => "ikut dihapus: {items}", "also deleted: {items}";
    KeptUnlinked => "disimpan tanpa kaitan: {items}", "kept without the link: {items}";
    RemoveLinkedHint => "Tambahkan --unlink untuk menyimpannya tanpa kaitan, atau --cascade untuk ikut menghapusnya.", "Add --unlink to keep them without the link, or --cascade to delete them too.";
    NeedSubject => "sebutkan pelatihannya (--training ID) atau catatan JP-nya (--log ID)", "name the training (--training ID) or the log entry (--log ID)";
    Reflected => "refleksi {id} dicatat: {subject} · {date}", "reflected {id}: {subject} · {date}";
    FollowUpOn => "tindak lanjut {date}: periksa apakah perubahannya bertahan", "follow-up on {date}: check whether the change stuck";
    HintFollowUp => "tentukan tanggal tindak lanjut, misalnya sebulan lagi, untuk memeriksa apakah perubahannya bertahan: tumbuh reflect --id {id} --follow-up {date}", "set a follow-up date, a month from now for example, to check whether the change stuck: tumbuh reflect --id {id} --follow-up {date}";
    AppliedRecorded => "tindak lanjut {id} dicatat · diterapkan: {answer}", "follow-up {id} recorded · applied: {answer}";
    NoTrainings => "Belum ada pelatihan untuk {year}. Tambahkan: tumbuh plan add --title \"…\" --jp N --why \"…\"", "No trainings for {year} yet. Add one: tumbuh plan add --title \"…\" --jp N --why \"…\"";
    NoLogs => "Belum ada catatan JP untuk {year}. Catat: tumbuh log --jp N --title \"…\"", "No log entries for {year} yet. Log one: tumbuh log --jp N --title \"…\"";
    NoReflections => "Belum ada refleksi untuk {year}. Setelah pelatihan: tumbuh reflect --training ID --changed \"…\"", "No reflections for {year} yet. After a training: tumbuh reflect --training ID --changed \"…\"";
    ColId => "ID", "ID";
    ColDates => "Tanggal", "Dates";
    ColDate => "Tanggal", "Date";
    ColTitle => "Judul", "Title";
    ColActivity => "Kegiatan", "Activity";
    ColForm => "Bentuk", "Form";
    ColCompetency => "Kompetensi", "Competency";
    ColPlanned => "JP rencana", "JP planned";
    ColLogged => "JP tercatat", "JP logged";
    ColJp => "JP", "JP";
    ColStatus => "Status", "Status";
    ColCertificate => "Sertifikat", "Certificate";
    ColSiasn => "SIASN", "SIASN";
    ColWhy => "Masalah di pekerjaan", "Problem at work";
    ColMix => "Cara belajar", "Way of learning";
    ColShare => "Porsi", "Share";
    Percent => "{n}%", "{n}%";
    ColModel => "Model", "Model";
    InSiasnYes => "sudah", "yes";
    InSiasnNo => "belum", "not yet";
    Total => "Jumlah", "Total";
    LogTotal => "Jumlah {jp} JP dari {n} catatan", "Total {jp} JP in {n} entries";
    NotLinked => "(tanpa kaitan)", "(not linked)";
    ReflectionChanged => "berubah: {text}", "changed: {text}";
    ReflectionUsefulness => "kegunaan {n}/5", "usefulness {n}/5";
    FollowUpDue => "tindak lanjut {date} sudah waktunya: tumbuh reflect --id {id} --applied yes|partly|no", "follow-up due since {date}: tumbuh reflect --id {id} --applied yes|partly|no";
    FollowUpLater => "tindak lanjut {date}", "follow-up {date}";
    FollowUpAnswered => "tindak lanjut {date} · diterapkan: {answer}", "follow-up {date} · applied: {answer}";
    ReportTitle => "Laporan Pengembangan Kompetensi {year}", "Competency Development Report {year}";
    ReportAsOf => "per {date}", "as of {date}";
    ReportSummary => "Ringkasan", "Summary";
    ReportEarned => "JP yang diperoleh", "JP earned";
    ReportStillPlanned => "Rencana berikutnya", "Still planned";
    ReportChanged => "Yang berubah dalam pekerjaan", "What changed at work";
    ReportLearned => "Yang dipelajari", "Learned";
    ReportNextStep => "Langkah berikutnya", "Next step";
    ReportMix => "Komposisi belajar", "Learning mix";
    ReportByCompetency => "Menurut jenis kompetensi", "By competency type";
    ReportByMix => "Menurut model 10:20:70", "By the 10:20:70 model";
    ReportNone => "Belum ada.", "None yet.";
    CompetencyNotGiven => "tidak disebut", "not given";
    MixNotKnown => "bentuk tidak dikenal", "form not known";
    LabelProvider => "Penyelenggara", "Provider";
    Written => "disimpan di {path}", "written to {path}";
    Imported => "diimpor {n} catatan JP ({ids}) · {jp} JP", "imported {n} log entries ({ids}) · {jp} JP";
    // SIASN (issue 12): new messages go below this line.
    ImportSkipped => "dilewati {n} baris yang sudah ada di berkas", "skipped {n} rows already in the file";
    ImportNothing => "Tidak ada baris baru untuk diimpor.", "No new rows to import.";
    ImportUnlinked => "{n} baris menyebut pelatihan yang tidak ada di berkas ini; dicatat tanpa kaitan", "{n} rows name a training that is not in this file; logged without the link";
    ImportBadRows => "{file}: {n} baris bermasalah, jadi tidak ada yang diimpor:", "{file}: {n} rows have problems, so nothing was imported:";
    ImportRowProblem => "baris {line}, {field}: {problem}", "line {line}, {field}: {problem}";
    ImportMissingColumn => "tidak ada kolom {column} (kolom yang dikenali: {known})", "there is no {column} column (known columns: {known})";
    ImportUnreadable => "baris {line}: {detail}", "line {line}: {detail}";

    // Units of counting, one and many.
    UnitHour => "jam", "hour";
    UnitHours => "jam", "hours";
    UnitDay => "hari", "day";
    UnitDays => "hari", "days";
    UnitSession => "sesi", "session";
    UnitSessions => "sesi", "sessions";
    UnitTime => "kali", "time";
    UnitTimes => "kali", "times";
    UnitSemester => "semester", "semester";
    UnitSemesters => "semester", "semesters";

    // The catalog.
    FormsOverridden => "(aturan instansi Anda)", "(your agency's rule)";
    GroupPendidikan => "Pendidikan", "Formal education";
    GroupKlasikal => "Pelatihan klasikal", "Classroom training";
    GroupNonklasikal => "Pelatihan nonklasikal", "Non-classroom learning";
    GroupLainnya => "Lainnya", "Other";
    CountHourly => "menurut jam pelajaran sebenarnya", "by actual learning hours";
    CountPerUnit => "{per} JP per {unit}", "{per} JP per {unit}";
    CountInternational => "internasional {per} JP", "international {per} JP";
    CountDailyCap => "paling banyak {cap} JP per hari", "at most {cap} JP a day";
    CountDailyCapInternational => "paling banyak {cap} JP per hari (internasional {international})", "at most {cap} JP a day (international {international})";
    CountMonthlyCap => "paling banyak {max} {unit} per bulan", "at most {max} {unit} a month";
    CountBonus => "+{bonus}% bila internasional", "+{bonus}% if international";
    CountInternationalPerUnit => "internasional {per} JP per {unit}", "international {per} JP per {unit}";
    CountInternationalSame => "sama bila internasional", "the same if international";
    CountNoInternational => "tanpa tambahan bila internasional", "no extra if international";
    CountMonthlyCapInternational => "paling banyak {max} {unit} per bulan (internasional {max} {international})", "at most {max} {unit} a month (international {max} {international})";
    FormsSource => "sumber: {source}", "source: {source}";
    FormsSourceChanged => "sumber: {source}, diubah oleh aturan instansi Anda", "source: {source}, changed by your agency's rule";
    FormsSourceNone => "sumber: tidak ada dalam tabel BPS", "source: not in the BPS table";
    FormsSourceAgency => "sumber: aturan instansi Anda", "source: your agency's rule";
    FormsSourceNote => "BPS B-031/2019: tabel pada Lampiran Surat Sestama BPS Nomor B-031/BPS/2600/02/2019. Aturan instansi Anda dapat berbeda; tuliskan di berkas data, misalnya [forms.seminar].", "BPS B-031/2019: the table attached to BPS's Surat Sestama B-031/BPS/2600/02/2019. Your agency's rules may differ; write them in the data file, for example under [forms.seminar].";

    // Vocabulary.
    MixStructured => "belajar terstruktur (10)", "structured learning (10)";
    MixSocial => "belajar dari orang lain (20)", "learning from others (20)";
    MixOnTheJob => "belajar sambil bekerja (70)", "learning on the job (70)";
    CompetencyTeknis => "teknis", "technical";
    CompetencyManajerial => "manajerial", "managerial";
    CompetencySosialKultural => "sosial kultural", "socio-cultural";
    CompetencyPemerintahan => "pemerintahan", "governance";
    StatusPlanned => "direncanakan", "planned";
    StatusRegistered => "terdaftar", "registered";
    StatusOngoing => "berlangsung", "ongoing";
    StatusDone => "selesai", "done";
    StatusCancelled => "batal", "cancelled";
    AppliedUnknown => "belum diketahui", "not known yet";
    AppliedYes => "ya", "yes";
    AppliedPartly => "sebagian", "partly";
    AppliedNo => "tidak", "no";

    // The interactive screen.
    PaneTrainings => "Pelatihan", "Trainings";
    PaneLog => "Catatan JP", "Log";
    PaneReflections => "Refleksi", "Reflections";
    PaneColDate => "Tgl", "Date";
    ColJpLogged => "JP", "JP";
    PaneColCertificate => "Sert.", "Cert.";
    ColTotal => "Total", "Total";
    ColAbout => "Tentang", "About";
    ColChanged => "Yang berubah", "What changed";
    ColFollowUp => "Tindak lanjut", "Follow-up";
    PaneFollowUpDue => "cek {date}!", "check {date}!";
    EmptyTrainings => "Belum ada pelatihan untuk {year}. Tekan a untuk merencanakan.", "No trainings planned for {year} yet. Press a to plan one.";
    EmptyLog => "Belum ada JP tercatat untuk {year}. Tekan a untuk mencatat, atau x pada pelatihan yang selesai.", "No JP logged for {year} yet. Press a to log some, or x on a finished training.";
    EmptyReflections => "Belum ada refleksi untuk {year}. Tekan r pada pelatihan yang selesai.", "No reflections for {year} yet. Press r on a finished training.";
    WelcomeTitle => "Selamat datang di tumbuh.", "Welcome to tumbuh.";
    WelcomePlan => "Mulailah dengan merencanakan pelatihan tahun ini: tekan a, lalu tuliskan masalah nyata di pekerjaan yang ingin dijawabnya.", "Start by planning this year's trainings: press a, and write down the real problem at work each one should answer.";
    WelcomeProfile => "Tekan p untuk mengisi profil (nama, PNS atau PPPK, target JP).", "Press p to fill in your profile (name, PNS or PPPK, JP target).";
    WelcomeHelp => "Tekan ? untuk melihat semua tombol.", "Press ? to see every key.";
    HeaderDaysLeft => "{days} hari lagi", "{days} days left";
    // The catch-up plan (issue 13): new messages go below this line.
    HeaderSiasn => "SIASN {jp} JP", "SIASN {jp} JP";
    HeaderOverdue => "lewat tanggal: {n} pelatihan, sudah terlaksana?", "past their dates: {n}, did they happen?";
    HeaderPerWorkday => "perlu {jp} JP per hari kerja", "{jp} JP needed per working day";
    HeaderOverTarget => "lewat target", "past the target";
    HeaderPaceAhead => "{delta} JP di depan jadwal", "{delta} JP ahead of schedule";
    HeaderPaceBehind => "tertinggal {delta} JP dari jadwal", "{delta} JP behind schedule";
    HeaderPaceEven => "tepat sesuai jadwal", "on schedule";
    HeaderPlanCloses => "rencana menutup kekurangan (perkiraan {projected} JP)", "the plan closes the gap ({projected} JP projected)";
    HeaderPlanShort => "rencana belum cukup, kurang {short} JP (perkiraan {projected} JP)", "the plan falls {short} JP short ({projected} JP projected)";
    HeaderPlanBeyond => "perkiraan akhir tahun {projected} JP", "{projected} JP projected for the year";
    HeaderCeiling => "melebihi batas {ceiling} JP (lebih {over} JP)", "over the {ceiling} JP ceiling by {over} JP";
    TuiDemo => "DEMO", "DEMO";
    TuiReadOnlyFlag => "HANYA BACA", "READ-ONLY";
    TuiReadOnly => "Berkas data tidak dapat dibaca, jadi dibuka hanya untuk dibaca. Perbaiki berkasnya, lalu buka lagi.", "The data file cannot be read, so it is open read-only. Fix the file, then open it again.";
    TuiNeedsTerminal => "Tampilan interaktif membutuhkan terminal. Dari skrip, gunakan tumbuh status, tumbuh log, dan lainnya (lihat tumbuh --help).", "The interactive screen needs a terminal. From a script, use tumbuh status, tumbuh log and the other commands (see tumbuh --help).";
    TuiTooSmall => "Terminal terlalu kecil. Perbesar jendelanya (paling kecil 40×12).", "Terminal too small. Make the window larger (at least 40×12).";
    TuiSaved => "tersimpan: {what}", "saved: {what}";
    TuiUndone => "dibatalkan: {what}", "undone: {what}";
    DidAdd => "{what} ditambahkan", "{what} added";
    DidEdit => "{what} diubah", "{what} changed";
    DidDelete => "{what} dihapus", "{what} deleted";
    DidFinish => "{what} selesai, JP tercatat", "{what} done, JP logged";
    DidProfile => "profil diubah", "profile changed";
    TuiNothingToUndo => "Tidak ada yang bisa dibatalkan.", "Nothing to undo.";
    TuiFilter => "saring", "filter";
    TuiDoneOnTraining => "Tombol x hanya untuk pelatihan (panel 1).", "x works on a training (pane 1).";
    TuiReflectOnWhat => "Refleksi ditulis pada pelatihan atau catatan JP: pilih salah satu, lalu tekan r.", "A reflection belongs to a training or a log entry: select one, then press r.";
    NoMatch => "Tidak ada yang cocok dengan \"{filter}\". Esc untuk menghapus saringan.", "Nothing matches \"{filter}\". Esc clears the filter.";
    HeaderYearAhead => "tahun belum dimulai", "the year has not started";
    HeaderNoPlanYet => "BELUM ADA RENCANA", "NO PLAN YET";
    HelpLegend => "!  lewat tanggal: sudah terlaksana?\n?  belum ada masalah kerja\n✎  belum ada refleksi\n—  belum ada nomor sertifikat\n·  belum di SIASN", "!  past its dates: did it happen?\n?  no work problem given\n✎  no reflection yet\n—  no certificate number\n·  not yet in SIASN";
    DetailWhy => "Masalah kerja: {why}", "Work problem: {why}";
    DetailNoWhy => "Belum ada masalah kerja yang dijawab (tekan e untuk mengisi).", "No work problem given yet (press e to add one).";
    DetailCertificate => "Sertifikat {certificate}", "Certificate {certificate}";
    DetailNoCertificate => "belum ada nomor sertifikat", "no certificate number yet";
    DetailInSiasn => "sudah di SIASN", "in SIASN";
    DetailNotInSiasn => "belum di SIASN", "not yet in SIASN";
    DetailChanged => "Yang berubah: {text}", "What changed: {text}";
    DetailLearned => "Yang dipelajari: {text}", "What I learned: {text}";
    TuiReflectionLater => "Refleksi belum ditulis. Tekan r untuk menulisnya nanti.", "No reflection yet. Press r to write it later.";
    HintAdd => "tambah", "add";
    HintEdit => "ubah", "edit";
    HintDone => "selesai", "done";
    HintReflect => "refleksi", "reflect";
    HintSummary => "ringkasan", "summary";
    HintHelp => "bantuan", "help";
    HintQuit => "keluar", "quit";
    KeyNextPane => "panel berikutnya", "next pane";
    KeyPrevPane => "panel sebelumnya", "previous pane";
    KeyPane1 => "panel Pelatihan", "Trainings pane";
    KeyPane2 => "panel Catatan JP", "Log pane";
    KeyPane3 => "panel Refleksi", "Reflections pane";
    KeyUp => "naik", "up";
    KeyDown => "turun", "down";
    KeyPageUp => "halaman sebelumnya", "page up";
    KeyPageDown => "halaman berikutnya", "page down";
    KeyFirst => "ke paling atas", "first";
    KeyLast => "ke paling bawah", "last";
    KeyAdd => "tambah di panel ini", "add in this pane";
    KeyEdit => "ubah yang dipilih", "edit the selected item";
    KeyDelete => "hapus (ditanya dulu)", "delete (asks first)";
    KeyMarkDone => "selesai: catat JP, refleksi", "done: log JP, then reflect";
    KeyReflect => "tulis/ubah refleksi", "write or edit a reflection";
    KeyPrevYear => "tahun sebelumnya", "previous year";
    KeyNextYear => "tahun berikutnya", "next year";
    KeyFilter => "saring panel ini", "filter this pane";
    KeyClearFilter => "hapus saringan; tutup", "clear the filter; close";
    KeySummary => "ringkasan tahun ini", "the year's summary";
    KeyUndo => "batalkan perubahan terakhir", "undo the last change";
    KeyProfile => "profil dan pengaturan", "profile and settings";
    KeyLanguage => "ganti bahasa (id / en)", "switch language (id / en)";
    KeyHelp => "bantuan ini", "this help";
    KeyQuit => "keluar (juga Ctrl-C)", "quit (also Ctrl-C)";
    KeySuspend => "jeda ke shell (lalu fg)", "suspend (back with fg)";
    KeyFormNext => "isian berikutnya", "next field";
    KeyFormPrev => "isian sebelumnya", "previous field";
    KeyFormSave => "simpan", "save";
    KeyFormEnter => "berikutnya; simpan di akhir", "next; saves on the last";
    KeyFormCancel => "batal", "cancel";
    FormLeaveAsk => "Isian belum disimpan. Tekan Esc sekali lagi untuk membuangnya, atau Ctrl-S untuk menyimpan.", "Not saved yet. Press Esc again to discard it, or Ctrl-S to save.";
    FormChoiceHint => "← → pilih", "← → choose";
    HintFormNext => "berikutnya", "next";
    HintFormSave => "simpan", "save";
    HintFormCancel => "batal", "cancel";
    HelpTitle => "Bantuan: semua tombol", "Help: every key";
    HelpForms => "Di dalam isian", "In a form";
    HelpClose => "Esc atau ? untuk menutup", "Esc or ? to close";
    FormNewTraining => "Rencana pelatihan baru", "New planned training";
    FormEditTraining => "Ubah pelatihan", "Edit training";
    FormNewLog => "Catat JP", "Log JP";
    FormEditLog => "Ubah catatan JP", "Edit log entry";
    FormLogFor => "Selesai: {title}", "Done: {title}";
    FormReflection => "Refleksi: {title}", "Reflection: {title}";
    FormProfile => "Profil dan pengaturan", "Profile and settings";
    FieldTraining => "Pelatihan", "Training";
    FieldNotRated => "(belum dinilai)", "(not rated)";
    FieldNone => "(belum dipilih)", "(not chosen)";
    FieldTitle => "Judul", "Title";
    FieldPlannedJp => "JP direncanakan", "Planned JP";
    FieldForm => "Bentuk", "Form";
    FieldCompetency => "Kompetensi", "Competency";
    FieldStart => "Mulai", "Start";
    FieldEnd => "Selesai", "End";
    FieldProvider => "Penyelenggara", "Provider";
    FieldStatus => "Status", "Status";
    FieldWhy => "Masalah kerja", "Work problem";
    FieldJp => "JP", "JP";
    FieldDate => "Tanggal", "Date";
    FieldDuration => "Lama", "Duration";
    FieldInternational => "Internasional", "International";
    FieldCertificate => "No. sertifikat", "Certificate no.";
    FieldCertificateFile => "Berkas sertifikat", "Certificate file";
    FieldInSiasn => "Sudah di SIASN", "In SIASN";
    FieldChanged => "Satu hal yang berubah", "One thing that changed";
    FieldLearned => "Yang dipelajari", "What I learned";
    FieldUsefulness => "Manfaat", "Usefulness";
    FieldNextStep => "Langkah selanjutnya", "Next step";
    FieldFollowUp => "Tanggal cek ulang", "Check again on";
    FieldApplied => "Sudah diterapkan", "Applied";
    FieldName => "Nama", "Name";
    FieldEmployeeType => "Jenis pegawai", "Employee type";
    FieldTarget => "Target JP", "JP target";
    FieldCeiling => "Batas atas JP", "JP ceiling";
    FieldMinutesPerJp => "Menit per JP", "Minutes per JP";
    FieldLanguage => "Bahasa", "Language";
    FieldMouse => "Pakai mouse", "Use the mouse";
    CeilingHint => "kosongkan untuk bawaan (PPPK 24 JP, PNS tanpa batas)", "leave empty for the default (PPPK 24 JP, PNS none)";
    DurationHint => "mis. 90 menit, 2 hari, 3 sesi", "e.g. 90 min, 2 days, 3 sessions";
    DurationResult => "= {jp} JP ({rule})", "= {jp} JP ({rule})";
    DurationTypedWins => "= {jp} JP ({rule}); JP yang Anda ketik tetap dipakai", "= {jp} JP ({rule}); the JP you typed is kept";
    DurationNeedsForm => "pilih bentuknya dulu agar hari atau sesi bisa dihitung", "choose the form first, so days or sessions can be counted";
    DurationNeedsTime => "bentuk ini dihitung per jam; tulis menit atau jam", "this form counts hours; give minutes or hours";
    DurationUnreadable => "tidak dikenali; tulis angka dan satuan, mis. 90 menit atau 2 hari", "not understood; write a number and a unit, e.g. 90 min or 2 days";
    Useful1 => "tidak bermanfaat", "not useful";
    Useful2 => "kurang bermanfaat", "of little use";
    Useful3 => "cukup bermanfaat", "fairly useful";
    Useful4 => "bermanfaat", "useful";
    Useful5 => "sangat bermanfaat", "very useful";
    ConfirmTitle => "Hapus", "Delete";
    ConfirmDeleteTraining => "Hapus pelatihan {id} \"{title}\"?", "Delete training {id} \"{title}\"?";
    ConfirmDeleteLog => "Hapus catatan JP {id}?", "Delete log entry {id}?";
    ConfirmDeleteReflection => "Hapus refleksi {id}?", "Delete reflection {id}?";
    ConfirmLinked => "Terkait: {logs} catatan JP, {reflections} refleksi.", "Linked: log entries {logs}, reflections {reflections}.";
    ConfirmKeepUnlinked => "hapus ini saja, simpan yang terkait", "delete only this, keep what is linked";
    ConfirmDeleteAll => "hapus semuanya", "delete it all";
    ConfirmYes => "ya, hapus", "yes, delete";
    ConfirmNo => "batal", "cancel";
    SummaryTitle => "Ringkasan {year}", "Summary {year}";
    HintChoose => "pilih", "choose";
    HintOpen => "buka", "open";
    HintClose => "tutup", "close";
    SummaryByMonth => "JP per bulan", "JP by month";
    SummaryDone => "selesai", "done";
    SummaryPlanned => "rencana", "planned";
    SummaryMonthPlanned => "{jp} direncanakan", "{jp} planned";
    SummaryByCompetency => "JP per jenis kompetensi", "JP by competency type";
    SummaryByGroup => " JP per bentuk: {groups}", " JP by form: {groups}";
    SummaryByMix => "Pola 10:20:70", "The 10:20:70 model";
    SummaryMixLine => "{part}: {jp} JP · {share}%", "{part}: {jp} JP · {share}%";
    SummaryUnspecified => "belum ditentukan", "not set";
    TodoItemOverdue => "lewat tanggal, sudah terlaksana? · {title}", "past its dates, did it happen? · {title}";
    TodoItemNoReflection => "belum ada refleksi · {title}", "no reflection yet · {title}";
    TodoItemFollowUp => "waktunya cek perubahan · {title}", "time to check the change · {title}";
    TodoItemNoCertificate => "belum ada nomor sertifikat · {title}", "no certificate number · {title}";
    TodoItemNotInSiasn => "belum masuk SIASN · {title}", "not yet in SIASN · {title}";
    TodoItemNoWhy => "belum ada masalah kerja · {title}", "no work problem given · {title}";
    TodoItemMonthOverCap => "melebihi batas {cap} kali sebulan · {month}: {units} kali {form}", "over the cap of {cap} a month · {month}: {units} times {form}";
    TodoItemOverCap => "melebihi batas harian {cap} JP · {date}: {jp} JP {form}", "over the daily cap of {cap} JP · {date}: {jp} JP of {form}";
    // The planner's forms (issue 9).
    FieldLogStart => "Hari pertama", "First day";
    LogStartHint => "kosongkan bila hanya sehari", "leave empty for a single day";
    ProblemStartAfterDate => "harus pada atau sebelum tanggal di atas", "must be on or before the date above";
    WarnBeforeTraining => "pelatihan baru mulai {date}; tetap bisa disimpan", "the training starts {date}; you can still save";
    TuiSavedOverdue => "Tersimpan. Tanggalnya sudah lewat, jadi {id} terhitung lewat tanggal.", "Saved. Its date has passed, so {id} counts as overdue.";
    FieldContractStart => "Awal kontrak", "Contract start";
    FormCapOwnCount => "isi JP sendiri untuk hitungan instansi Anda", "type the JP yourself for your agency's own count";
    ContractStartHint => "PPPK: batas atas dihitung per tahun, mulai tanggal ini", "PPPK: the ceiling counts per year from this day";

    // The log command (issue 9).
    PlanPastDate => "tanggal {id} sudah lewat, jadi tidak dihitung sebagai rencana; bila sudah terlaksana, catat JP-nya (tumbuh log --training {id} …)", "{id} is dated in the past, so it does not count as plan; if it happened, log its JP (tumbuh log --training {id} …)";
    LogStartAfterDate => "hari pertama ({start}) tidak boleh sesudah --date ({date})", "the first day ({start}) must not be after --date ({date})";
    LogSpanNotUnits => "dari {start} sampai {date} ada {span}, sedangkan --units menyebut {units}", "{start} to {date} is {span}, but --units gives {units}";
    CapDayHas => "{date} sudah ada {had} JP {form}; batas hariannya {cap} JP", "{date} already has {had} JP of {form}; its daily cap is {cap} JP";
    CapMonthHas => "{month} sudah ada {had} {form}; batasnya {cap} sebulan", "{month} already has {had} of {form}; the cap is {cap} a month";
    CapMonthHasLeft => "{month} sudah ada {had} {form}; batasnya {cap} sebulan, jadi hanya {left} lagi yang dapat dicatat", "{month} already has {had} of {form}; the cap is {cap} a month, so only {left} more can be logged";
    CapMonthOver => "{asked} {form} melebihi batas {cap} sebulan", "{asked} of {form} exceed the cap of {cap} a month";
    CapOwnCount => "--jp mencatat JP menurut hitungan instansi Anda sendiri", "--jp records the JP as your agency counts them";
    WarnDayOverCap => "{date}: {form} berjumlah {jp} JP, melebihi batas harian {cap} JP; JP yang Anda ketik tetap disimpan", "{date}: {form} comes to {jp} JP, over its daily cap of {cap} JP; the JP you typed is kept";
    WarnDaysOverCap => "{form} melebihi batas harian {cap} JP pada {n} hari, mulai {date}; JP yang Anda ketik tetap disimpan", "{form} is over its daily cap of {cap} JP on {n} days from {date}; the JP you typed is kept";
    WarnMonthOverCap => "{month}: {form} berjumlah {units}, melebihi batas {cap} sebulan; JP yang Anda ketik tetap disimpan", "{month}: {form} comes to {units}, over its cap of {cap} a month; the JP you typed is kept";
    LogBeforeTraining => "{place} bertanggal {date}, sebelum pelatihan {training} dimulai ({start}); catatannya tetap disimpan, tetapi periksa tanggalnya", "{place} is dated {date}, before training {training} starts ({start}); it is saved, but check the date";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages() {
        // That both have the same placeholders is checked when the table compiles.
        for msg in Msg::ALL {
            let [id, en] = msg.texts();
            assert!(!id.trim().is_empty(), "{msg:?} has no Indonesian text");
            assert!(!en.trim().is_empty(), "{msg:?} has no English text");
        }
    }

    #[test]
    fn a_message_takes_exactly_its_placeholders() {
        assert!(Msg::GapLeft.takes(&["gap"]));
        assert!(!Msg::GapLeft.takes(&["gap", "extra"]), "a value the message does not use");
        assert!(!Msg::GapLeft.takes(&[]), "a placeholder without a value");
        assert!(!Msg::GapLeft.takes(&["gpa"]), "a misspelt name");
        assert!(placeholders_within(b"{a} and {b}", b"{b}, {a}"));
        assert!(!placeholders_within(b"{a} and {b}", b"{a}"));
        assert!(placeholders_within(b"{ not a name } {}", b""));
    }

    #[test]
    fn fills_named_values_and_leaves_other_braces() {
        let text = tr!(Lang::Id, Msg::GapLeft, gap = "6,25");
        assert_eq!(text, "kurang 6,25 JP");
        assert_eq!(fill("{a} {b} {", &[("a", &1)]), "1 {b} {");
    }

    #[test]
    fn languages_have_keys() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_key(lang.key()), Some(lang));
        }
        assert_eq!(Lang::from_key(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_key("fr"), None);
    }
}
