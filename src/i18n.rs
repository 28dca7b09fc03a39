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
    ProblemJpDecimals => "paling banyak dua angka di belakang koma, misalnya 1,25", "at most two decimals, for example 1.25";
    ProblemJpNotFinite => "harus berupa angka biasa (bukan NaN atau tak hingga)", "must be an ordinary number (not NaN or infinity)";
    ProblemJpOutOfRange => "angkanya terlalu besar", "is far too large";
    ProblemJpNotPositive => "harus lebih dari 0", "must be more than 0";
    ProblemJpNegative => "tidak boleh negatif", "must not be negative";
    ProblemJpTooLarge => "paling banyak 1.000 JP", "may be at most 1,000 JP";
    ProblemDateUnreadable => "bukan tanggal yang dikenali; misalnya 12/3/2026 atau 12 Mar 2026", "not a date; for example 12/3/2026 or 12 Mar 2026";
    ProblemDateNoSuchDay => "tanggal itu tidak ada di kalender", "is not a day on the calendar";
    ProblemNotOneOf => "harus salah satu dari: {allowed}", "must be one of: {allowed}";
    ProblemOutOfRange => "harus antara {min} dan {max}", "must be between {min} and {max}";
    ProblemEndBeforeStart => "tidak boleh sebelum tanggal mulai", "must not be before the start";
    ProblemStartOutsideYear => "harus jatuh pada tahun pelatihan ({year})", "must fall in the training's year ({year})";
    ProblemUnknownTraining => "tidak ada pelatihan dengan ID {id}", "there is no training with ID {id}";
    ProblemUnknownLog => "tidak ada catatan JP dengan ID {id}", "there is no log entry with ID {id}";
    ProblemUnknownReflection => "tidak ada refleksi dengan ID {id}", "there is no reflection with ID {id}";
    OpLinked => "{place} masih terkait dengan {items}", "{place} is still linked to {items}";
    ProblemDuplicateId => "ID {id} dipakai lebih dari sekali", "ID {id} is used more than once";
    ProblemBadId => "hanya boleh berisi huruf, angka, tanda hubung (-), dan garis bawah (_), paling banyak 32 karakter", "may only hold letters, digits, hyphens (-) and underscores (_), at most 32 characters";
    ProblemNoTitleOrTraining => "isi judul atau kaitkan dengan pelatihan", "give a title or link a training";
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
    SyntaxExpectedEquals => "setelah nama kunci harus ada = lalu nilainya, misalnya title = \"Kursus\"", "a key must be followed by = and its value, e.g. title = \"Kursus\"";
    SyntaxMissingValue => "tidak ada nilai setelah =", "there is no value after =";
    SyntaxDuplicateKey => "kunci atau tabel ini sudah ditulis sebelumnya; hapus salah satunya", "this key or table is already written above; remove one of them";
    SyntaxInvalidDate => "tanggal atau jam tidak valid; tulis tanggal sebagai YYYY-MM-DD, misalnya 2026-03-12", "not a valid date or time; write a date as YYYY-MM-DD, e.g. 2026-03-12";
    SyntaxInvalidNumber => "angka tidak ditulis dengan benar (misalnya tanpa 0 di depan; 2.5, bukan 2.)", "the number is not written correctly (e.g. no leading 0; 2.5, not 2.)";
    SyntaxUnquotedText => "teks harus diapit tanda kutip, misalnya provider = \"LAN RI\"", "text must be in quotes, e.g. provider = \"LAN RI\"";
    SyntaxUnclosedHeader => "judul tabel tidak ditutup dengan ], misalnya [[training]]", "a table header is not closed with ], e.g. [[training]]";
    SyntaxUnclosedList => "daftar [ ] atau tabel sebaris { } tidak ditutup", "a list [ ] or an inline table { } is not closed";
    SyntaxExtraContent => "ada tulisan lain setelah nilai; satu baris hanya untuk satu kunci = nilai (komentar diawali #)", "there is more after the value; a line holds one key = value (a comment starts with #)";
    SyntaxInvalidEscape => "garis miring terbalik (\\) di dalam teks harus diikuti kode yang valid, misalnya \\\\ atau \\n; untuk jalur berkas pakai tanda kutip tunggal: 'C:\\Dokumen'", "a backslash (\\) in a string must start a known code, e.g. \\\\ or \\n; for a file path use single quotes: 'C:\\Documents'";
    SyntaxControlCharacter => "ada karakter kendali yang tidak boleh ada di sini", "there is a control character that is not allowed here";
    SyntaxParserSays => "pesan pengurai TOML (dalam bahasa Inggris): {detail}", "the TOML parser says: {detail}";
    TypoKey => "{at}: {place}: `{written}` tidak dikenal — maksudnya `{meant}`? (disimpan apa adanya, tetapi tidak dipakai)", "{at}: {place}: `{written}` is not a known key — did you mean `{meant}`? (kept as written, but not used)";
    MissingTypo => "{problem}; {at} berisi `{written}` — maksudnya `{meant}`?", "{problem}; {at} has `{written}` — did you mean `{meant}`?";
    TyposMore => "(dan {count} lainnya; lihat tumbuh status)", "(and {count} more; see tumbuh status)";
    ProfileHeading => "Profil", "Profile";
    ProfileSaved => "Profil disimpan: {fields}", "Profile saved: {fields}";
    ProfileUnchanged => "Profil tidak berubah: nilainya sudah sama.", "Profile unchanged: the values were already these.";
    ProfileNotSet => "—", "—";
    ProfileCeilingDefault => "{jp} (ketentuan umum PPPK)", "{jp} (the PPPK default)";
    ProfileCeilingNone => "tidak ada (ketentuan umum PNS)", "none (the PNS default)";
    ProfileLanguageUnset => "belum dipilih (ketentuan umum: Bahasa Indonesia)", "not chosen (default: Indonesian)";
    ProfileContractPnsOnly => "awal kontrak hanya dipakai untuk PPPK", "the contract start is used for PPPK only";
    FieldNip => "NIP", "NIP";
    FieldUnit => "Unit kerja", "Work unit";
    ErrSyntax => "{path} tidak sesuai format TOML ({at}): {detail}", "{path} is not valid TOML ({at}): {detail}";
    ErrNotText => "{path} bukan berkas teks UTF-8 ({at}); mungkin rusak atau bukan berkas tumbuh", "{path} is not UTF-8 text ({at}); it may be damaged or not a tumbuh file";
    OutputIsDataFile => "itu berkas data Anda sendiri; pilih nama berkas lain", "that is your own data file; choose another file name";
    ErrInvalid => "{path} berisi nilai yang tidak valid:", "{path} has values that are not valid:";
    ErrNewerSchema => "{path} ditulis oleh versi tumbuh yang lebih baru (skema {schema}), jadi di sini hanya dapat dibaca.", "{path} was written by a newer tumbuh (schema {schema}), so it is read-only here.";
    // Nothing lost, nothing leaked (issue 10): new messages go below this line.
    KeyFormTakeTheirs => "bentrok: pakai nilai lain", "on conflict: take theirs";
    FormConflict => "Selama formulir terbuka, isian ini diubah di tempat lain: {fields}. Ctrl-S lagi: simpan isian Anda · Ctrl-T: pakai nilai itu", "While the form was open, these fields changed elsewhere: {fields}. Ctrl-S again: save yours · Ctrl-T: take that value";
    FormConflictField => "{label} (kini \"{value}\")", "{label} (now \"{value}\")";
    UndoKeptField => "{place}: {field} sudah diubah di tempat lain, jadi dibiarkan", "{place}: {field} was changed elsewhere since, so it is left as it is";
    UndoKeptGone => "{place} sudah dihapus di tempat lain, jadi tidak dikembalikan", "{place} was deleted elsewhere since, so it is not brought back";
    UndoKeptLinked => "{place} tidak dihapus karena kini dirujuk oleh {items}", "{place} is kept because {items} now point at it";
    UndoKeptChanged => "{place} tidak dihapus karena sudah diubah di tempat lain", "{place} is kept because it was changed elsewhere since";
    UndoKeptLinkGone => "{place} tidak dikembalikan karena yang dirujuknya sudah dihapus", "{place} is not brought back because what it points at was deleted";
    TuiUndonePartly => "Dibatalkan: {what}; kecuali: {kept}", "Undone: {what}; except: {kept}";
    TuiUndoneNothing => "Tidak ada yang dapat dibatalkan dari {what}: {kept}", "Nothing of {what} could be undone: {kept}";
    OpConflict => "{place} diubah di tempat lain sementara itu: {fields}. Tidak ada yang disimpan; periksa nilainya, lalu ulangi bila perlu.", "{place} was changed elsewhere meanwhile: {fields}. Nothing was saved; check the values, then try again if need be.";
    FormFieldFull => "Isian ini paling banyak {cap} karakter; selebihnya tidak dimasukkan.", "This field holds at most {cap} characters; the rest was not taken.";
    UsageNotUtf8 => "\"{arg}\" bukan teks UTF-8; tulis argumennya sebagai teks UTF-8", "\"{arg}\" is not UTF-8 text; give the argument as UTF-8 text";
    TodayYearOutOfRange => "tahunnya harus antara {min} dan {max}", "its year must be between {min} and {max}";
    ErrLock => "Tidak dapat mengunci {path} (berkas kunci di samping berkas data): {error}", "Cannot take the lock {path} (beside the data file): {error}";
    ErrBackup => "Tidak dapat membuat cadangan {path}: {error}", "Cannot make the backup {path}: {error}";
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
    ErrRejected => "Ada nilai yang tidak valid:", "Some values are not valid:";
    FileUnchanged => "Berkas tidak diubah.", "The file was not changed.";
    UsageUnknown => "{arg}: tidak dikenal di sini", "{arg}: not known here";
    UsageUnknownCommand => "{command}: bukan perintah tumbuh", "{command}: not a tumbuh command";
    UsageInvalidValue => "{arg}: \"{value}\" tidak dapat dipakai; pilihannya: {valid}", "{arg}: \"{value}\" cannot be used; the choices: {valid}";
    UsageMissing => "wajib diisi: {args}", "required: {args}";
    UsageConflict => "{arg} tidak dapat dipakai bersama {other}", "{arg} cannot be used with {other}";
    UsageDidYouMean => "maksud Anda: {suggestion}?", "did you mean: {suggestion}?";
    UsageSeeHelp => "Lihat: tumbuh --help (atau tumbuh PERINTAH --help)", "See: tumbuh --help (or tumbuh COMMAND --help)";
    ErrorPrefix => "Kesalahan", "Error";
    WarningPrefix => "Peringatan", "Warning";
    WarnUnknownForm => "{place}: bentuk \"{form}\" tidak ada di katalog; disimpan dan ditampilkan apa adanya", "{place}: form \"{form}\" is not in the catalog; kept and shown as written";
    ErrNoDataDir => "Folder data pengguna tidak ditemukan. Gunakan --file PATH atau TUMBUH_FILE.", "The user's data folder was not found. Use --file PATH or TUMBUH_FILE.";

    // The year at a glance.
    StatusHeading => "Pengembangan kompetensi {year}", "Competency development {year}";
    LabelDone => "Capaian", "Done";
    DoneOfTarget => "{done} dari {target} JP ({percent}) · {gap}", "{done} of {target} JP ({percent}) · {gap}";
    GapLeft => "kurang {gap} JP", "{gap} JP to go";
    GapNone => "target tercapai", "target reached";
    LabelPace => "Laju", "Pace";
    PaceAhead => "{delta} JP di atas target s.d. hari ini ({expected} JP)", "{delta} JP above the {expected} JP due by today";
    PaceBehind => "{delta} JP di bawah target s.d. hari ini ({expected} JP)", "{delta} JP below the {expected} JP due by today";
    PaceEven => "tepat pada target s.d. hari ini ({expected} JP)", "exactly the {expected} JP due by today";
    LabelPlan => "Rencana", "Plan";
    PlanCloses => "sisa rencana {remaining} JP, perkiraan akhir tahun {projected} JP: rencana ini cukup untuk mencapai target", "{remaining} JP still planned, {projected} JP projected: the plan is enough to reach the target";
    PlanShort => "sisa rencana {remaining} JP, perkiraan akhir tahun {projected} JP: masih kurang {short} JP dari target", "{remaining} JP still planned, {projected} JP projected: still {short} JP short of the target";
    PlanBeyond => "sisa rencana {remaining} JP, perkiraan akhir tahun {projected} JP", "{remaining} JP still planned, {projected} JP projected";
    LabelCeiling => "Batas atas JP", "Ceiling";
    CeilingOver => "perkiraan akhir tahun melebihi batas atas {ceiling} JP sebanyak {over} JP", "the projection exceeds the {ceiling} JP ceiling by {over} JP";
    CeilingWithin => "{ceiling} JP; perkiraan akhir tahun masih di bawahnya", "{ceiling} JP; the projection stays within it";
    LabelState => "Keadaan", "State";
    StateAchieved => "TERCAPAI", "ACHIEVED";
    StateOnPlan => "SESUAI RENCANA", "ON PLAN";
    StateAtRisk => "BERISIKO", "AT RISK";
    StateNotAchieved => "TIDAK TERCAPAI", "NOT ACHIEVED";
    YearEnded => "tahun {year} sudah berakhir", "{year} has ended";
    LabelOverdue => "Lewat tanggal", "Overdue";
    OverdueWords => "{n} rencana pelatihan ({jp} JP) sudah lewat tanggalnya, jadi tidak dihitung dalam perkiraan akhir tahun. Sudah terlaksana?", "planned trainings past their dates: {n} ({jp} JP), left out of the projection. Did they happen?";
    LabelPerWorkday => "Per hari kerja", "Per working day";
    NeededPerWorkday => "perlu {jp} JP per hari kerja selama {days} hari kerja yang tersisa", "{jp} JP needed each working day for the {days} working days left";
    NoWorkdaysLeft => "tidak ada hari kerja lagi tahun ini", "no working days left this year";
    LabelSiasn => "SIASN", "SIASN";
    SiasnWords => "{siasn} dari {done} JP sudah diunggah ke SIASN", "{siasn} of {done} JP in SIASN";
    ContractYear => "tahun kontrak {first} s.d. {last}", "contract year {first} to {last}";
    LabelDaysLeft => "Sisa waktu", "Time left";
    LabelTodos => "Perlu ditindaklanjuti", "To do";
    TodoNoReflection => "pelatihan selesai tanpa refleksi: {n}", "trainings done without a reflection: {n}";
    TodoFollowUps => "refleksi yang sudah waktunya ditindaklanjuti: {n}", "reflections due for their follow-up: {n}";
    TodoNoCertificate => "catatan JP tanpa nomor sertifikat: {n}", "log entries without a certificate number: {n}";
    TodoNotInSiasn => "catatan JP yang belum diunggah ke SIASN: {n}", "log entries not yet in SIASN: {n}";
    TodoNoWhy => "rencana pelatihan tanpa masalah kerja: {n}", "planned trainings without a work problem: {n}";
    TodoOverCap => "hari yang melebihi batas harian bentuknya: {n}", "days over their form's daily cap: {n}";
    TodoNothing => "tidak ada, semuanya rapi", "nothing, all in order";
    TodoDoneWithoutJp => "pelatihan selesai yang JP-nya belum dicatat: {n}", "trainings done with no JP logged: {n}";
    TodoOverdue => "rencana pelatihan yang sudah lewat tanggalnya (sudah terlaksana?): {n}", "planned trainings past their dates (did they happen?): {n}";
    TodoMonthOverCap => "bulan yang melebihi batas bulanan bentuknya: {n}", "months over their form's monthly cap: {n}";
    ShortLine => "{year}: {done}/{target} JP", "{year}: {done}/{target} JP";
    ShortGapLeft => "kurang {gap}", "{gap} to go";

    // Logging JP.
    Logged => "Catatan JP {id} disimpan: {jp} JP · {title} · {date}", "Log entry {id} saved: {jp} JP · {title} · {date}";
    CountedBy => "Dihitung dari {rule}", "Counted from {rule}";
    RuleByTime => "{minutes} menit ÷ {per} menit per JP", "{minutes} min ÷ {per} min per JP";
    RuleBonus => " + {bonus}% internasional", " + {bonus}% international";
    RulePerUnit => "{units} {unit} × {per} JP", "{units} {unit} × {per} JP";
    CapPerDay => "dibatasi {cap} JP per hari", "capped at {cap} JP a day";
    CapPerMonth => "dibatasi {max} {unit} per bulan", "capped at {max} {unit} a month";
    UnitsNeedForm => "perlu --form, atau --training yang bentuknya sudah diisi", "needs --form, or a --training that has a form";
    UnitsNeedRule => "bentuk {form} dihitung menurut waktu; gunakan --minutes, --hours, atau --jp", "form {form} is counted by time; use --minutes, --hours or --jp";

    // Shell commands and reports.
    HintPrefix => "Saran", "Tip";
    Planned => "Pelatihan {id} direncanakan: {title} · {jp} JP · {when}", "Training {id} planned: {title} · {jp} JP · {when}";
    HintWhy => "pelatihan yang menjawab masalah kerja yang nyata jauh lebih bermanfaat; tuliskan masalah kerjanya: tumbuh plan edit {id} --why \"…\"", "a training that answers a real work problem is worth far more; write the problem down: tumbuh plan edit {id} --why \"…\"";
    PlanYearWords => "{year}: {words}", "{year}: {words}";
    MarkedDone => "Pelatihan {id} selesai: {title}", "Training {id} done: {title}";
    NextLog => "Berikutnya, catat JP-nya: tumbuh log --training {id} --jp {jp} --certificate NOMOR", "Next, log its JP: tumbuh log --training {id} --jp {jp} --certificate NUMBER";
    NextReflect => "Lalu tulis satu hal yang berubah: tumbuh reflect --training {id} --changed \"…\"", "Then write down the one thing that changed: tumbuh reflect --training {id} --changed \"…\"";
    Edited => "Pelatihan {id} diubah: {title}", "Training {id} changed: {title}";
    EditNothing => "tidak ada yang diubah; sebutkan yang diubah, misalnya --title, --jp, atau --start", "nothing to change; give for example --title, --jp or --start";
    Removed => "Pelatihan {id} dihapus: {title}", "Training {id} deleted: {title}";
    RemovedToo => "Ikut dihapus: {items}", "Also deleted: {items}";
    KeptUnlinked => "Tetap disimpan tanpa kaitan: {items}", "Kept without the link: {items}";
    RemoveLinkedHint => "Tambahkan --unlink untuk menyimpannya tanpa kaitan, atau --cascade untuk ikut menghapusnya.", "Add --unlink to keep them without the link, or --cascade to delete them too.";
    NeedSubject => "sebutkan pelatihannya (--training ID) atau catatan JP-nya (--log ID)", "name the training (--training ID) or the log entry (--log ID)";
    Reflected => "Refleksi {id} disimpan: {subject} · {date}", "Reflection {id} saved: {subject} · {date}";
    FollowUpOn => "Tanggal tindak lanjut {date}: periksa apakah perubahannya bertahan", "Follow-up date {date}: check whether the change stuck";
    HintFollowUp => "tentukan tanggal tindak lanjut, misalnya sebulan lagi, untuk memeriksa apakah perubahannya bertahan: tumbuh reflect --id {id} --follow-up {date}", "set a follow-up date, a month from now for example, to check whether the change stuck: tumbuh reflect --id {id} --follow-up {date}";
    AppliedRecorded => "Tindak lanjut refleksi {id} disimpan · diterapkan: {answer}", "Follow-up of reflection {id} saved · applied: {answer}";
    NoTrainings => "Belum ada rencana pelatihan untuk {year}. Tambahkan: tumbuh plan add --title \"…\" --jp N --why \"…\"", "No trainings for {year} yet. Add one: tumbuh plan add --title \"…\" --jp N --why \"…\"";
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
    ColWhy => "Masalah kerja", "Work problem";
    ColMix => "Cara belajar", "Way of learning";
    ColShare => "Porsi", "Share";
    Percent => "{n}%", "{n}%";
    ColModel => "Model", "Model";
    InSiasnYes => "sudah", "yes";
    InSiasnNo => "belum", "not yet";
    Total => "Jumlah", "Total";
    LogTotal => "Jumlah {jp} JP dari {n} catatan JP", "Total {jp} JP in {n} entries";
    NotLinked => "(tanpa kaitan)", "(not linked)";
    ReflectionChanged => "yang berubah: {text}", "what changed: {text}";
    ReflectionUsefulness => "manfaat {n}/5", "usefulness {n}/5";
    FollowUpDue => "tanggal tindak lanjut {date} sudah tiba: tumbuh reflect --id {id} --applied ya|sebagian|tidak", "follow-up due since {date}: tumbuh reflect --id {id} --applied yes|partly|no";
    FollowUpLater => "tanggal tindak lanjut {date}", "follow-up date {date}";
    FollowUpAnswered => "tindak lanjut {date} · diterapkan: {answer}", "follow-up {date} · applied: {answer}";
    ReportTitle => "Laporan Pengembangan Kompetensi {year}", "Competency Development Report {year}";
    ReportAsOf => "per {date}", "as of {date}";
    ReportSummary => "Ringkasan", "Summary";
    ReportEarned => "JP yang diperoleh", "JP earned";
    ReportStillPlanned => "Rencana pelatihan berikutnya", "Trainings still planned";
    ReportChanged => "Yang berubah dalam pekerjaan", "What changed at work";
    ReportLearned => "Yang dipelajari", "Learned";
    ReportNextStep => "Langkah berikutnya", "Next step";
    ReportMix => "Komposisi belajar", "Learning mix";
    ReportByCompetency => "Menurut jenis kompetensi", "By competency type";
    ReportByMix => "Menurut model 10:20:70", "By the 10:20:70 model";
    ReportNone => "Belum ada.", "None yet.";
    CompetencyNotGiven => "belum diisi", "not given";
    MixNotKnown => "bentuk tidak dikenal", "form not known";
    LabelProvider => "Penyelenggara", "Provider";
    Written => "Hasil ekspor disimpan di {path}", "Export written to {path}";
    Imported => "{n} catatan JP diimpor ({ids}) · {jp} JP", "{n} log entries imported ({ids}) · {jp} JP";
    // SIASN (issue 12): new messages go below this line.
    SiasnFieldHistory => "Riwayat", "History";
    SiasnFieldJenisDiklat => "Jenis diklat", "Course type";
    SiasnFieldNamaKursus => "Nama kursus", "Course name";
    SiasnFieldInstitusi => "Institusi penyelenggara", "Provider";
    SiasnFieldNomor => "Nomor sertifikat", "Certificate number";
    SiasnFieldTahun => "Tahun", "Year";
    SiasnFieldMulai => "Tanggal mulai", "Start date";
    SiasnFieldSelesai => "Tanggal selesai", "End date";
    SiasnFieldJam => "Jumlah jam", "Hours (JP)";
    SiasnFieldLokasi => "Lokasi", "Location";
    SiasnFieldFile => "Berkas sertifikat", "Certificate file";
    SiasnFieldLogs => "Catatan JP", "Log entries";
    SiasnHistoryKursus => "riwayat kursus", "riwayat kursus (course history)";
    SiasnHistoryDiklat => "riwayat diklat (pilih jenjangnya); bila tidak ada, riwayat kursus sebagai Diklat Struktural", "riwayat diklat (structural training: choose its level); failing that, riwayat kursus as Diklat Struktural";
    SiasnHistoryPendidikan => "riwayat pendidikan, bukan riwayat kursus", "riwayat pendidikan (education history), not riwayat kursus";
    SiasnHistoryNone => "bentuknya tidak menentukan; pilih sendiri di MyASN", "its form does not say; choose it yourself in MyASN";
    SiasnJenisNone => "pilih sendiri di MyASN", "choose it yourself in MyASN";
    SiasnJamRounded => "{jam} (dibulatkan ke bawah dari {jp} JP; SIASN hanya menerima bilangan bulat, sehingga {fraction} tidak tercatat)", "{jam} (rounded down from {jp} JP; SIASN takes whole numbers only, so {fraction} is left out)";
    SiasnQuarter => "seperempat JP", "a quarter of a JP";
    SiasnHalf => "setengah JP", "half a JP";
    SiasnThreeQuarters => "tiga perempat JP", "three quarters of a JP";
    SiasnLokasiDalam => "dalam negeri", "in Indonesia";
    SiasnLokasiLuar => "luar negeri", "abroad";
    SiasnFileNone => "belum ada", "none yet";
    SiasnFileNotFound => "{path} (tidak ditemukan)", "{path} (not found)";
    SiasnMissing => "Belum lengkap: {items}", "Still missing: {items}";
    SiasnMissingJenis => "jenis diklat", "course type";
    SiasnMissingInstitusi => "institusi penyelenggara", "provider";
    SiasnMissingNomor => "nomor sertifikat", "certificate number";
    SiasnMissingFile => "berkas sertifikat", "certificate file";
    SiasnMissingFileNotFound => "berkas sertifikat (yang tercatat tidak ditemukan)", "certificate file (the one named is not found)";
    SiasnComplete => "Lengkap, siap dimasukkan ke MyASN.", "Complete, ready to enter in MyASN.";
    SiasnStateIn => "sudah diunggah ke SIASN", "in SIASN";
    SiasnStateNot => "belum diunggah ke SIASN", "not yet in SIASN";
    SiasnPending => "{n} kegiatan belum diunggah ke SIASN ({jp} JP).", "{n} courses not yet in SIASN ({jp} JP).";
    SiasnAll => "{n} kegiatan pada {year}; {pending} di antaranya belum diunggah ke SIASN.", "{n} courses in {year}; {pending} of them not yet in SIASN.";
    SiasnNextDone => "Setelah dimasukkan di MyASN, tandai: tumbuh siasn done ID", "Once entered in MyASN, mark it: tumbuh siasn done ID";
    SiasnAllIn => "Semua kegiatan {year} yang sudah ada catatan JP-nya sudah diunggah ke SIASN.", "Every course of {year} with JP logged is in SIASN.";
    SiasnMarked => "{id} · {title} kini tercatat sudah diunggah ke SIASN ({logs})", "{id} · {title} is now marked as in SIASN ({logs})";
    SiasnAlready => "{id} sudah diunggah ke SIASN; tidak ada yang diubah", "{id} is already in SIASN; nothing was changed";
    SiasnNoCourse => "tidak ada pelatihan atau catatan JP dengan ID {id}", "there is no training or log entry with ID {id}";
    SiasnNothingLogged => "{id} belum punya catatan JP, jadi belum ada yang dapat diunggah; catat dulu: tumbuh log --training {id} --jp N", "{id} has no JP logged yet, so there is nothing to enter; log it first: tumbuh log --training {id} --jp N";
    ImportSiasnSummary => "Baris dari SIASN: {added} ditambahkan sebagai catatan JP baru, {matched} cocok dengan catatan yang sudah ada (kini tercatat sudah diunggah), {skipped} dilewati karena sudah tercatat.", "Rows from SIASN: {added} added as new log entries, {matched} matched entries already in the file (now marked as in SIASN), {skipped} skipped as already recorded.";
    ReportNotInSiasn => "Belum diunggah ke SIASN", "Not yet in SIASN";
    ReportNotInSiasnIntro => "Setiap kegiatan di bawah ini satu riwayat di MyASN; isiannya berurutan seperti di MyASN.", "Each course below is one record in MyASN, its fields in MyASN's order.";
    FormsSiasnKursus => "SIASN: riwayat kursus, jenis diklat {id} ({name})", "SIASN: riwayat kursus (course history), jenis diklat {id} ({name})";
    FormsSiasnDiklat => "SIASN: riwayat diklat; bila harus di riwayat kursus, jenis diklat {id} ({name})", "SIASN: riwayat diklat (structural training); in riwayat kursus if need be, jenis diklat {id} ({name})";
    FormsSiasnPendidikan => "SIASN: riwayat pendidikan", "SIASN: riwayat pendidikan (education history)";
    FormsSiasnNone => "SIASN: tidak tetap; pilih sendiri riwayat dan jenis diklatnya di MyASN", "SIASN: no fixed place; choose the history and course type yourself in MyASN";
    KeySiasn => "SIASN: yang belum diunggah", "SIASN: not yet entered";
    KeySiasnPrev => "kegiatan sebelumnya", "previous course";
    KeySiasnNext => "kegiatan berikutnya", "next course";
    KeySiasnCopy => "salin isian ke papan klip (OSC 52)", "copy the field to the clipboard (OSC 52)";
    KeySiasnMark => "tandai sudah diunggah ke SIASN", "mark it as in SIASN";
    HintSiasnField => "isian", "field";
    HintSiasnCourse => "kegiatan", "course";
    HintCopy => "salin", "copy";
    HintEntered => "sudah diunggah", "entered";
    SiasnTitle => "SIASN {year}: belum diunggah", "SIASN {year}: not yet entered";
    TuiCopied => "{field} disalin (OSC 52; tidak semua terminal mendukungnya).", "{field} copied (OSC 52; not every terminal supports it).";
    TuiCopiedTmux => "{field} disalin; di tmux perlu set -g set-clipboard on.", "{field} copied; in tmux this needs set -g set-clipboard on.";
    TuiCopiedUnsupported => "{field}: terminal ini tampaknya tidak mendukung OSC 52.", "{field}: this terminal seems not to support OSC 52.";
    TuiMarkedSiasn => "{id} kini tercatat sudah diunggah ke SIASN ({logs}).", "{id} is now marked as in SIASN ({logs}).";
    TuiCopyEmpty => "{field} masih kosong; tidak ada yang disalin.", "{field} is empty; nothing was copied.";
    ImportSkipped => "{n} baris dilewati karena sudah ada di berkas", "{n} rows skipped, already in the file";
    ImportNothing => "Tidak ada baris baru untuk diimpor.", "No new rows to import.";
    ImportUnlinked => "{n} baris menyebut pelatihan yang tidak ada di berkas ini; catatannya disimpan tanpa kaitan", "{n} rows name a training that is not in this file; saved without the link";
    ImportBadRows => "{file}: {n} baris bermasalah, jadi tidak ada yang diimpor:", "{file}: {n} rows have problems, so nothing was imported:";
    ImportRowProblem => "baris {line}, {field}: {problem}", "row {line}, {field}: {problem}";
    ImportMissingColumn => "tidak ada kolom {column} (kolom yang dikenali: {known})", "there is no {column} column (known columns: {known})";
    ImportUnreadable => "baris {line}: {detail}", "row {line}: {detail}";

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
    GroupPendidikan => "Pendidikan", "Education";
    GroupKlasikal => "Pelatihan klasikal", "Classroom training";
    GroupNonklasikal => "Pelatihan nonklasikal", "Non-classroom training";
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
    CompetencyPemerintahan => "pemerintahan", "governmental";
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
    PaneColDate => "Tgl.", "Date";
    ColJpLogged => "JP", "JP";
    PaneColCertificate => "Sert.", "Cert.";
    ColTotal => "Total", "Total";
    ColAbout => "Tentang", "About";
    ColChanged => "Yang berubah", "What changed";
    ColFollowUp => "Tindak lanjut", "Follow-up";
    PaneFollowUpDue => "! {date}", "due {date}";
    EmptyTrainings => "Belum ada rencana pelatihan untuk {year}. Tekan a untuk menambahkannya.", "No trainings planned for {year} yet. Press a to plan one.";
    EmptyLog => "Belum ada catatan JP untuk {year}. Tekan a untuk mencatat JP, atau x pada pelatihan yang sudah selesai.", "No JP logged for {year} yet. Press a to log some, or x on a finished training.";
    EmptyReflections => "Belum ada refleksi untuk {year}. Tekan r pada pelatihan yang selesai.", "No reflections for {year} yet. Press r on a finished training.";
    WelcomeTitle => "Selamat datang di tumbuh.", "Welcome to tumbuh.";
    WelcomePlan => "Mulailah dengan merencanakan pelatihan tahun ini: tekan a, lalu tuliskan masalah kerja yang ingin dijawab oleh pelatihan itu.", "Start by planning this year's trainings: press a, and write down the work problem each one should answer.";
    WelcomeProfile => "Tekan p untuk mengisi profil (nama, jenis pegawai PNS atau PPPK, dan target JP).", "Press p to fill in your profile (name, PNS or PPPK, and JP target).";
    WelcomeHelp => "Tekan ? untuk melihat semua tombol.", "Press ? to see every key.";
    HeaderDaysLeft => "sisa waktu {days} hari", "{days} days left";
    // The catch-up plan (issue 13): new messages go below this line.
    CatchUpHeading => "Rencana kejar target {year}", "Catch-up plan {year}";
    CatchUpNeed => "Dengan rencana yang ada, Anda masih kurang {need} JP. Sampai 31 Desember masih ada {days}.", "After the plan you have, you still need {need} JP. There are {days} left until 31 December.";
    CatchUpNoDays => "Tidak ada lagi hari kerja pada {year}, jadi kekurangan {need} JP tidak dapat dikejar tahun ini.", "No working days are left in {year}, so the {need} JP to go cannot be caught up this year.";
    CatchUpOnPlan => "Rencana {year} sudah cukup untuk mencapai target; tidak ada yang perlu dikejar.", "The plan for {year} already reaches the target; there is nothing to catch up.";
    CatchUpAchieved => "Target {year} sudah tercapai; tidak ada yang perlu dikejar.", "The {year} target is reached; there is nothing to catch up.";
    CatchUpClosed => "Tahun {year} sudah berakhir; rencana kejar target hanya untuk tahun yang masih berjalan.", "{year} has ended; a catch-up plan is only for a year still running.";
    CatchUpCloses => "Dengan rencana ini, target {target} JP tercapai dalam {days}: perkiraan akhir tahun {projected} JP.", "This plan reaches the {target} JP target in {days}: {projected} JP projected for the year.";
    CatchUpShort => "Hari kerja yang tersisa tidak cukup. Dengan rencana ini, perkiraan akhir tahun {projected} JP, masih kurang {short} JP dari target {target} JP.", "The working days left are not enough. With this plan, {projected} JP are projected, {short} JP short of the {target} JP target.";
    CatchUpChosenShort => "Dengan yang dipilih, perkiraan akhir tahun {projected} JP, masih kurang {short} JP dari target {target} JP.", "With the items chosen, {projected} JP are projected, {short} JP short of the {target} JP target.";
    CatchUpWorkday => "{n} hari kerja", "{n} working day";
    CatchUpWorkdays => "{n} hari kerja", "{n} working days";
    CatchUpTitle => "{form} (kejar target)", "{form} (catch-up)";
    CatchUpWhyAlone => "{form} dapat dikerjakan sendiri kapan saja; dihitung paling banyak {cap} JP per hari.", "{form}: on your own, at any hour; it counts at most {cap} JP a day.";
    CatchUpWhyDay => "{form} berlangsung sehari penuh dan dihitung {jp} JP per hari; carilah yang diadakan pada tanggal itu.", "{form}: a whole day, counted {jp} JP; look for one held on that day.";
    CatchUpWhyCoaching => "{form} bersama atasan atau coach: {per} JP per sesi, paling banyak {cap} sesi sebulan; pada {month} masih tersisa {left} sesi.", "{form} with your superior or a coach: {per} JP a session, at most {cap} a month; {left} left in {month}.";
    CatchUpWhyMentoring => "{form} bersama mentor: {per} JP per sesi, paling banyak {cap} sesi sebulan; pada {month} masih tersisa {left} sesi.", "{form} with a mentor: {per} JP a session, at most {cap} a month; {left} left in {month}.";
    CatchUpAddHint => "tumbuh plan suggest --add menambahkannya ke rencana pelatihan", "tumbuh plan suggest --add adds it to your planned trainings";
    CatchUpNothingAdded => "Tidak ada yang ditambahkan.", "Nothing was added.";
    DidCatchUp => "rencana kejar target ({ids})", "the catch-up plan ({ids})";
    KeyCatchUp => "rencana kejar target", "catch-up plan when at risk";
    HintCatchUp => "kejar target", "catch up";
    HintTick => "centang", "tick";
    HintAddToPlan => "tambahkan ke rencana", "add to the plan";
    HeaderCatchUp => "c: rencana kejar target", "c: catch-up plan";
    PacePlanWords => "rencanakan sekitar {jp} JP lagi sampai akhir {month} agar tidak tertinggal dari target", "plan about {jp} JP more by the end of {month} to keep up with what is due";
    HeaderPacePlan => "rencanakan {jp} JP s.d. akhir {month}", "plan {jp} JP by end of {month}";
    HeaderSiasn => "SIASN {jp} JP", "SIASN {jp} JP";
    HeaderOverdue => "lewat tanggal: {n} pelatihan, sudah terlaksana?", "past their dates: {n}, did they happen?";
    HeaderPerWorkday => "perlu {jp} JP per hari kerja", "{jp} JP needed per working day";
    HeaderPaceAhead => "{delta} JP di atas target s.d. hari ini", "{delta} JP above what is due by today";
    HeaderPaceBehind => "{delta} JP di bawah target s.d. hari ini", "{delta} JP below what is due by today";
    HeaderPaceEven => "sesuai target s.d. hari ini", "on what is due by today";
    HeaderPlanCloses => "rencana cukup untuk mencapai target (perkiraan {projected} JP)", "the plan is enough to reach the target ({projected} JP projected)";
    HeaderPlanShort => "rencana belum cukup, kurang {short} JP (perkiraan {projected} JP)", "the plan falls {short} JP short ({projected} JP projected)";
    HeaderPlanBeyond => "perkiraan akhir tahun {projected} JP", "{projected} JP projected for the year";
    HeaderCeiling => "lebih {over} JP dari batas atas {ceiling} JP", "{over} JP over the {ceiling} JP ceiling";
    TuiDemo => "DEMO", "DEMO";
    TuiReadOnlyFlag => "HANYA BACA", "READ-ONLY";
    TuiReadOnly => "Berkas data bermasalah, jadi hanya ditampilkan dan tidak dapat diubah. Perbaiki berkasnya, lalu buka tumbuh lagi.", "The data file has a problem, so it is shown read-only. Fix the file, then open tumbuh again.";
    TuiNeedsTerminal => "Tampilan interaktif membutuhkan terminal. Dari skrip, gunakan tumbuh status, tumbuh log, dan lainnya (lihat tumbuh --help).", "The interactive screen needs a terminal. From a script, use tumbuh status, tumbuh log and the other commands (see tumbuh --help).";
    TuiTooSmall => "Terminal terlalu kecil. Perbesar jendelanya (paling kecil 40×12).", "Terminal too small. Make the window larger (at least 40×12).";
    TuiSaved => "Tersimpan: {what}", "Saved: {what}";
    TuiUndone => "Dibatalkan: {what}", "Undone: {what}";
    DidAdd => "{what} ditambahkan", "{what} added";
    DidEdit => "{what} diubah", "{what} changed";
    DidDelete => "{what} dihapus", "{what} deleted";
    DidDeleteWith => "{what} dihapus bersama {logs} catatan JP dan {reflections} refleksinya", "{what} deleted with its {logs} log entries and {reflections} reflections";
    DidFinish => "{what} selesai, JP tercatat", "{what} done, JP logged";
    DidProfile => "profil diubah", "profile changed";
    TuiNothingToUndo => "Tidak ada yang dapat dibatalkan.", "Nothing to undo.";
    TuiFilter => "saring", "filter";
    TuiDoneOnTraining => "Tombol x hanya untuk pelatihan (panel 1).", "x works on a training (pane 1).";
    TuiReflectOnWhat => "Refleksi ditulis pada pelatihan atau catatan JP: pilih salah satu, lalu tekan r.", "A reflection belongs to a training or a log entry: select one, then press r.";
    NoMatch => "Tidak ada yang cocok dengan \"{filter}\". Esc untuk menghapus saringan.", "Nothing matches \"{filter}\". Esc clears the filter.";
    HeaderYearAhead => "tahun belum dimulai", "the year has not started";
    HeaderNoPlanYet => "BELUM ADA RENCANA", "NO PLAN YET";
    HelpLegend => "!  lewat tanggal: sudah terlaksana?\n?  masalah kerja belum diisi\n✎  belum ada refleksi\n—  nomor sertifikat belum diisi\n·  belum diunggah ke SIASN", "!  past its dates: did it happen?\n?  no work problem given\n✎  no reflection yet\n—  no certificate number\n·  not yet in SIASN";
    DetailWhy => "Masalah kerja: {why}", "Work problem: {why}";
    DetailNoWhy => "Masalah kerja belum diisi (tekan e untuk mengisinya).", "No work problem given yet (press e to add one).";
    DetailCertificate => "Sertifikat {certificate}", "Certificate {certificate}";
    DetailNoCertificate => "nomor sertifikat belum diisi", "no certificate number yet";
    DetailInSiasn => "sudah diunggah ke SIASN", "in SIASN";
    DetailNotInSiasn => "belum diunggah ke SIASN", "not yet in SIASN";
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
    KeyLanguage => "ganti bahasa (id/en)", "switch language (id/en)";
    KeyHelp => "bantuan ini", "this help";
    KeyQuit => "keluar (juga Ctrl-C)", "quit (also Ctrl-C)";
    KeySuspend => "jeda ke shell (lalu fg)", "suspend (back with fg)";
    KeyFormNext => "isian berikutnya", "next field";
    KeyFormPrev => "isian sebelumnya", "previous field";
    KeyFormSave => "simpan", "save";
    KeyFormEnter => "berikutnya; simpan di akhir", "next; saves on the last";
    KeyFormCancel => "batal", "cancel";
    FormLeaveAsk => "Formulir belum disimpan. Tekan Esc sekali lagi untuk membuang isinya, atau Ctrl-S untuk menyimpan.", "Not saved yet. Press Esc again to discard it, or Ctrl-S to save.";
    FormChoiceHint => "← → pilih", "← → choose";
    HintFormNext => "berikutnya", "next";
    HintFormSave => "simpan", "save";
    HintFormCancel => "batal", "cancel";
    HelpTitle => "Bantuan: semua tombol", "Help: every key";
    HelpForms => "Di dalam formulir", "In a form";
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
    FieldNone => "(belum diisi)", "(not given)";
    FieldTitle => "Judul", "Title";
    FieldPlannedJp => "JP rencana", "Planned JP";
    FieldForm => "Bentuk", "Form";
    FieldCompetency => "Kompetensi", "Competency";
    FieldStart => "Mulai", "Start";
    FieldEnd => "Selesai", "End";
    FieldProvider => "Penyelenggara", "Provider";
    FieldStatus => "Status", "Status";
    FieldWhy => "Masalah kerja", "Work problem";
    FieldJp => "JP", "JP";
    FieldDate => "Tanggal", "Date";
    FieldDuration => "Durasi", "Duration";
    FieldInternational => "Internasional", "International";
    FieldCertificate => "No. sertifikat", "Certificate no.";
    FieldCertificateFile => "Berkas sertifikat", "Certificate file";
    FieldInSiasn => "Diunggah ke SIASN", "In SIASN";
    FieldChanged => "Satu hal yang berubah", "One thing that changed";
    FieldLearned => "Yang dipelajari", "What I learned";
    FieldUsefulness => "Manfaat", "Usefulness";
    FieldNextStep => "Langkah berikutnya", "Next step";
    FieldFollowUp => "Tanggal tindak lanjut", "Follow-up date";
    FieldApplied => "Diterapkan", "Applied";
    FieldName => "Nama", "Name";
    FieldEmployeeType => "Jenis pegawai", "Employee type";
    FieldTarget => "Target JP", "JP target";
    FieldCeiling => "Batas atas JP", "JP ceiling";
    FieldMinutesPerJp => "Menit per JP", "Minutes per JP";
    FieldLanguage => "Bahasa", "Language";
    FieldMouse => "Pakai mouse", "Use the mouse";
    CeilingHint => "kosongkan untuk ketentuan umum: PPPK 24, PNS tanpa batas", "leave empty for the general rule: PPPK 24, PNS none";
    DurationHint => "misalnya 90 menit, 2 hari, atau 3 sesi", "e.g. 90 min, 2 days or 3 sessions";
    DurationResult => "= {jp} JP ({rule})", "= {jp} JP ({rule})";
    DurationTypedWins => "= {jp} JP ({rule}); JP yang Anda ketik tetap dipakai", "= {jp} JP ({rule}); the JP you typed is kept";
    DurationNeedsForm => "pilih bentuknya dulu agar hari atau sesi dapat dihitung", "choose the form first, so days or sessions can be counted";
    DurationNeedsTime => "bentuk ini dihitung per jam; tulis menit atau jam", "this form counts hours; give minutes or hours";
    DurationUnreadable => "tidak dikenali; tulis angka dan satuannya, misalnya 90 menit atau 2 hari", "not understood; write a number and a unit, e.g. 90 min or 2 days";
    Useful1 => "tidak bermanfaat", "not useful";
    Useful2 => "kurang bermanfaat", "of little use";
    Useful3 => "cukup bermanfaat", "fairly useful";
    Useful4 => "bermanfaat", "useful";
    Useful5 => "sangat bermanfaat", "very useful";
    ConfirmTitle => "Hapus", "Delete";
    ConfirmDeleteTraining => "Hapus pelatihan {id} \"{title}\"?", "Delete training {id} \"{title}\"?";
    ConfirmDeleteLog => "Hapus catatan JP {id}?", "Delete log entry {id}?";
    ConfirmDeleteReflection => "Hapus refleksi {id}?", "Delete reflection {id}?";
    ConfirmLinked => "Terkait: {logs} catatan JP dan {reflections} refleksi.", "Linked log entries: {logs}; reflections: {reflections}.";
    ConfirmKeepUnlinked => "hapus ini saja, simpan yang terkait", "delete only this, keep what is linked";
    ConfirmDeleteAll => "hapus semuanya", "delete it all";
    ConfirmYes => "ya, hapus", "yes, delete";
    ConfirmNo => "batal", "cancel";
    SummaryTitle => "Ringkasan {year}", "Summary {year}";
    // A unit's year (issue 14): new messages go below this line.
    TeamReportTitle => "Pengembangan Kompetensi Unit {year}", "A Unit's Competency Development {year}";
    TeamMembersCount => "{n} anggota", "members: {n}";
    TeamAtTargetHeading => "Anggota yang mencapai target", "Members at their target";
    TeamAtTargetOf => "{at} dari {members} anggota ({percent})", "{at} of {members} members ({percent})";
    TeamAtTargetLine => "**{share}** sudah mencapai target JP tahun {year}. Angka ini yang dipakai Sistem 20JP BPS untuk memeringkat unit.", "**{share}** have reached their JP target for {year}. This is the figure BPS's Sistem 20JP ranks units by.";
    TeamNoMembers => "Belum ada berkas anggota yang dapat dibaca.", "No member's file could be read.";
    TeamColMembers => "Anggota", "Members";
    TeamColDone => "Capaian/target", "Done/target";
    TeamColGap => "Kekurangan", "Gap";
    TeamColProjected => "Perkiraan akhir tahun", "Projected";
    TeamColOverdue => "Rencana lewat tanggal", "Overdue plans";
    TeamColLogs => "Catatan JP", "Log entries";
    TeamColFile => "Berkas", "File";
    TeamColProblem => "Masalah", "Problem";
    TeamAtRiskHeading => "Anggota berisiko", "Members at risk";
    TeamAtRiskIntro => "Rencana anggota berikut belum cukup untuk mencapai target. Rencana yang lewat tanggal perlu ditanyakan: sudah terlaksana, batal, atau perlu tanggal baru?", "These members' plans do not reach their target. Overdue plans are a question: did they happen, were they cancelled, or do they need a new date?";
    TeamNotAchievedHeading => "Anggota yang belum mencapai target", "Members short of their target";
    TeamNotAchievedIntro => "Tahun ini sudah berakhir; anggota berikut tidak mencapai targetnya.", "The year has ended; these members did not reach their target.";
    TeamNone => "Tidak ada.", "None.";
    TeamNeedsHeading => "Kebutuhan pelatihan", "Training needs";
    TeamNeedsIntro => "Rencana pelatihan dengan judul, bentuk, dan jenis kompetensi yang sama dapat diselenggarakan sekali untuk semua anggota yang merencanakannya. Yang paling banyak direncanakan ada di atas.", "Planned trainings with the same title, form and competency type could be organised once for every member who plans them. The most planned come first.";
    TeamNoNeeds => "Tidak ada rencana pelatihan yang masih terbuka.", "No open planned training.";
    TeamSiasnLine => "{jp} JP dari {done} JP yang tercatat belum diunggah ke SIASN ({n} catatan JP). JP yang belum ada di SIASN tidak terhitung dalam Indeks Profesionalitas ASN.", "{jp} JP of the {done} JP logged are not yet in SIASN ({n} log entries). JP that are not in SIASN do not count in the IP ASN.";
    TeamSiasnNothing => "Semua JP yang tercatat sudah diunggah ke SIASN.", "Every JP logged is in SIASN.";
    TeamUnreadableHeading => "Berkas yang tidak dapat dibaca", "Files not read";
    TeamSameNip => "NIP {nip} sudah dihitung dari {file}", "NIP {nip} is already counted from {file}";
    TeamNotFound => "berkas atau folder ini tidak ada", "no such file or folder";
    TeamNoFilesInFolder => "folder ini tidak berisi berkas .toml atau .json", "this folder holds no .toml or .json file";
    TeamNotShared => "berkas JSON ini bukan hasil tumbuh export --format json --share", "this JSON file is not from tumbuh export --format json --share";
    TeamShareNewer => "berkas ini dibagikan dari tumbuh yang lebih baru (versi {version}); perbarui tumbuh", "shared by a newer tumbuh (version {version}); update tumbuh";
    TeamShareJson => "JSON-nya tidak dapat dibaca: {detail}", "its JSON cannot be read: {detail}";
    TeamShareKey => "{field} \"{value}\" tidak dikenal", "{field} \"{value}\" is not known";
    TeamShareYear => "berkas ini berisi tahun {shared}, bukan {year}", "this file holds {shared}, not {year}";
    TeamWarnUnreadable => "{file} tidak dihitung: {problem}", "{file} is not counted: {problem}";
    TeamPaneMembers => "Anggota", "Members";
    TeamPaneNeeds => "Kebutuhan", "Needs";
    TeamPaneMix => "Komposisi", "Mix";
    TeamHeaderTitle => "tumbuh · unit · {year}", "tumbuh · unit · {year}";
    TeamHeaderGauge => "{share} mencapai target", "{share} at their target";
    TeamHeaderStates => "{on_plan} sesuai rencana · {at_risk} berisiko", "{on_plan} on plan · {at_risk} at risk";
    TeamHeaderStatesClosed => "{not_achieved} tidak tercapai", "{not_achieved} not achieved";
    TeamHeaderSiasn => "{jp} JP belum diunggah ke SIASN", "{jp} JP not yet in SIASN";
    HelpTeam => "Tahun sebuah unit dari berkas anggotanya atau hasil bagi mereka (folder dibaca seluruhnya): siapa sudah mencapai target, siapa berisiko, kebutuhan pelatihan, dan SIASN", "A unit's year from its members' files or shared exports (a folder is read whole): who is at the target, who is at risk, the training needs, and SIASN";
    ArgExportShare => "Dengan --format json: hanya yang Anda bagikan ke unit (tumbuh team): profil, angka, rencana, dan catatan JP, tanpa berkas sertifikat dan refleksi", "With --format json: only what you share with your unit (tumbuh team): profile, figures, plan and log, without certificate files or reflections";
    ArgExportWithReflections => "Dengan --share: sertakan satu hal yang berubah dari setiap refleksi (tidak lebih)", "With --share: add each reflection's one change (nothing else of it)";
    HelpProfile => "Tampilkan profil, atau ubah isian yang disebut (isian kosong menghapus batas atas, awal kontrak, NIP, atau unit)", "Show the profile, or set the fields given (an empty value clears the ceiling, contract start, NIP or unit)";
    ValueUnit => "UNIT", "UNIT";
    ArgProfileName => "Nama", "Name";
    ArgProfileType => "Jenis pegawai: pns atau pppk", "Employee type: pns or pppk";
    ArgProfileTarget => "Target JP setahun (paling sedikit)", "The yearly JP target (a minimum)";
    ArgProfileCeiling => "Batas atas JP setahun (kosong: ketentuan umum, PPPK 24 JP)", "The yearly JP ceiling (empty: the default, PPPK 24 JP)";
    ArgProfileMinutes => "Menit per JP (ketentuan umum 45)", "Minutes per JP (default 45)";
    ArgProfileContractStart => "PPPK: awal kontrak; batas atas dihitung per tahun kontrak", "PPPK: the contract's start; the ceiling counts per contract year";
    ArgProfileNip => "NIP, untuk rekap unit", "NIP, for a unit's roll-up";
    ArgProfileUnit => "Unit kerja, untuk rekap unit", "Work unit, for a unit's roll-up";
    ArgProfileLanguage => "Bahasa: id atau en", "Language: id or en";
    ArgTeamPaths => "Berkas data anggota (.toml), hasil bagi (.json), atau folder berisi keduanya", "Members' data files (.toml), shared years (.json), or folders of them";
    ArgTeamRecursive => "Baca juga subfolder (backups/ dan folder tersembunyi dilewati)", "Read the folders' subfolders too (backups/ and hidden ones are skipped)";
    ArgTeamJson => "Satu objek JSON: anggota, berkas yang tidak dapat dibaca, ringkasan, dan kebutuhan pelatihan", "One JSON object: members, unreadable files, summary and training needs";
    ArgTeamFormat => "md: laporan untuk kepala unit; csv: satu baris per anggota", "md: a report for the head of the unit; csv: one row per member";
    TeamHeaderUnreadable => "{n} berkas tidak terbaca", "files not read: {n}";
    TeamHeaderSorted => "urutan: {by}", "sorted by: {by}";
    TeamSortGap => "kekurangan terbesar", "largest gap";
    TeamSortName => "nama", "name";
    TeamColState => "Keadaan", "State";
    TeamColOverdueShort => "Lewat", "Overdue";
    TeamColDoneShort => "Capaian", "Done";
    TeamColNotInSiasn => "Belum SIASN", "Not in SIASN";
    TeamKeyOpen => "lihat tahun anggota ini (hanya baca)", "see this member's year (read-only)";
    TeamKeySort => "urutkan menurut kekurangan terbesar atau nama", "sort by largest gap or by name";
    TeamKeyBack => "kembali ke unit (dari tahun seorang anggota)", "back to the unit (from a member's year)";
    HintSort => "urutkan", "sort";
    TeamReadOnly => "Tahun {name}, hanya dibaca · q kembali ke unit", "{name}'s year, read-only · q back to the unit";
    TeamOpenFailed => "{file} tidak dapat dibuka: {problem}", "{file} cannot be opened: {problem}";
    TeamHelpTitle => "Bantuan: layar unit", "Help: the unit's screen";
    ShareNeedsJson => "hanya berlaku dengan --format json", "works only with --format json";
    TeamKeyPane1 => "panel Anggota", "Members pane";
    TeamKeyPane2 => "panel Kebutuhan pelatihan", "Training needs pane";
    TeamKeyPane3 => "panel Komposisi belajar", "Learning mix pane";
    HintChoose => "pilih", "choose";
    HintOpen => "buka", "open";
    HintClose => "tutup", "close";
    SummaryByMonth => "JP per bulan", "JP by month";
    SummaryDone => "capaian", "done";
    SummaryPlanned => "rencana", "planned";
    SummaryMonthPlanned => "{jp} rencana", "{jp} planned";
    SummaryByCompetency => "JP per jenis kompetensi", "JP by competency type";
    SummaryByGroup => " JP per bentuk: {groups}", " JP by form: {groups}";
    SummaryByMix => "Model 10:20:70", "The 10:20:70 model";
    SummaryMixLine => "{part}: {jp} JP · {share}", "{part}: {jp} JP · {share}";
    SummaryUnspecified => "belum diisi", "not given";
    TodoItemDoneWithoutJp => "JP belum dicatat · {title}", "no JP logged yet · {title}";
    TodoItemOverdue => "lewat tanggal, sudah terlaksana? · {title}", "past its dates, did it happen? · {title}";
    TodoItemNoReflection => "belum ada refleksi · {title}", "no reflection yet · {title}";
    TodoItemFollowUp => "waktunya tindak lanjut · {title}", "follow-up due · {title}";
    TodoItemNoCertificate => "nomor sertifikat belum diisi · {title}", "no certificate number · {title}";
    TodoItemNotInSiasn => "belum diunggah ke SIASN · {title}", "not yet in SIASN · {title}";
    TodoItemNoWhy => "masalah kerja belum diisi · {title}", "no work problem given · {title}";
    TodoItemMonthOverCap => "melebihi batas {cap} kali sebulan · {month}: {units} kali {form}", "over the cap of {cap} a month · {month}: {units} times {form}";
    TodoItemOverCap => "melebihi batas harian {cap} JP · {date}: {jp} JP {form}", "over the daily cap of {cap} JP · {date}: {jp} JP of {form}";
    // The planner's forms (issue 9).
    FieldLogStart => "Hari pertama", "First day";
    LogStartHint => "kosongkan bila hanya sehari", "leave empty for a single day";
    ProblemStartAfterDate => "harus pada atau sebelum tanggal di atas", "must be on or before the date above";
    WarnBeforeTraining => "pelatihan dimulai {date}; tetap dapat disimpan", "the training starts {date}; you can still save";
    TuiSavedOverdue => "Tersimpan. Tanggalnya sudah lewat, jadi {id} terhitung lewat tanggal.", "Saved. Its date has passed, so {id} counts as overdue.";
    FieldContractStart => "Awal kontrak", "Contract start";
    FormCapOwnCount => "isi JP sendiri untuk hitungan instansi Anda", "type the JP yourself for your agency's own count";
    ContractStartHint => "PPPK: batas atas dihitung per tahun, mulai tanggal ini", "PPPK: the ceiling counts per year from this day";

    // The log command (issue 9).
    LogAfterToday => "{id} bertanggal {date}, sesudah hari ini; JP-nya sudah dihitung sebagai capaian", "{id} is dated {date}, after today; its JP already count as done";
    PlanPastDate => "tanggal pelatihan {id} sudah lewat, jadi tidak dihitung sebagai rencana; bila sudah terlaksana, catat JP-nya (tumbuh log --training {id} …)", "{id} is dated in the past, so it does not count as plan; if it happened, log its JP (tumbuh log --training {id} …)";
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
    // Language and help (issue 15): new messages go below this line.
    GapOver => "melampaui target, lebih {over} JP", "{over} JP over the target";
    DaysLeftWords => "{days} hari", "{days} days";
    HelpUsage => "Penggunaan", "Usage";
    HelpOptions => "Pilihan", "Options";
    HelpGlobalOptions => "Pilihan umum", "Global options";
    HelpArguments => "Argumen", "Arguments";
    HelpCommands => "Perintah", "Commands";
    HelpOptionsTag => "[PILIHAN]", "[OPTIONS]";
    HelpCommandValue => "PERINTAH", "COMMAND";
    ArgHelp => "Tampilkan bantuan", "Print help";
    ArgVersion => "Tampilkan versi", "Print version";
    HelpHelpCommand => "Tampilkan bantuan ini atau bantuan perintah yang disebut", "Print this message or the help of the given command";
    ArgHelpCommand => "Perintah yang bantuannya ingin dilihat", "The command to show the help of";
    ValueTitle => "JUDUL", "TITLE";
    ValueForm => "BENTUK", "FORM";
    ValueCompetency => "JENIS", "TYPE";
    ValueDate => "TANGGAL", "DATE";
    ValueProvider => "PENYELENGGARA", "PROVIDER";
    ValueProblem => "MASALAH", "PROBLEM";
    ValueStatus => "STATUS", "STATUS";
    ValueNumber => "NOMOR", "NUMBER";
    ValueText => "TEKS", "TEXT";
    ValueMinutes => "MENIT", "MINUTES";
    ValueHours => "JAM", "HOURS";
    ValueFile => "BERKAS", "FILE";
    ValueCsvFile => "BERKAS.csv", "FILE.csv";
    ValueApplied => "ya|sebagian|tidak", "yes|partly|no";
    HelpAbout => "Rencanakan pelatihan, catat JP, dan tulis refleksi untuk 20 JP pengembangan kompetensi Anda setiap tahun", "Plan, log and reflect on your yearly 20 JP of competency development";
    HelpAboutAfter => "Satu tahun dalam empat langkah:\n  tumbuh plan add --title \"Pelatihan Analisis Kebijakan\" --jp 24 --start 8/9/2026 --why \"…\"\n  tumbuh plan done t3\n  tumbuh log --training t3 --jp 24 --certificate 123/LAN/2026\n  tumbuh reflect --training t3 --changed \"…\" --follow-up 15/10/2026\n\nTanggal: 12/3/2026, 2026-03-12, \"12 Mar 2026\", \"12 Mei 2026\", hari ini, kemarin, besok.\nJP: 2, 2,5, atau 2.5. Pilihan berupa kata boleh dalam bahasa Indonesia atau Inggris\n(--applied ya atau yes, --status selesai atau done).\nVariabel lingkungan: TUMBUH_FILE, TUMBUH_LANG, TUMBUH_TODAY (YYYY-MM-DD).\nHalaman manual: tumbuh man > tumbuh.1", "The year in four steps:\n  tumbuh plan add --title \"Pelatihan Analisis Kebijakan\" --jp 24 --start 8/9/2026 --why \"…\"\n  tumbuh plan done t3\n  tumbuh log --training t3 --jp 24 --certificate 123/LAN/2026\n  tumbuh reflect --training t3 --changed \"…\" --follow-up 15/10/2026\n\nDates: 12/3/2026, 2026-03-12, \"12 Mar 2026\", \"12 May 2026\", today, yesterday, tomorrow.\nJP: 2, 2,5 or 2.5. Words may be typed in English or Indonesian\n(--applied yes or ya, --status done or selesai).\nEnvironment: TUMBUH_FILE, TUMBUH_LANG, TUMBUH_TODAY (YYYY-MM-DD).\nManual page: tumbuh man > tumbuh.1";
    ArgDemo => "Buka tampilan interaktif pada salinan contoh satu tahun; berkas Anda sendiri tidak disentuh", "Open the planner on a copy of a sample year; your own file is not touched";
    ArgFile => "Berkas data yang dipakai (jika tidak disebut: TUMBUH_FILE, lalu folder data Anda)", "The data file to use (default: TUMBUH_FILE, then your data folder)";
    ArgLang => "Bahasa: id (Indonesia) atau en (Inggris); juga lewat TUMBUH_LANG atau profil", "Language: id (Indonesian) or en (English); or TUMBUH_LANG, or the profile's";
    ArgYear => "Tahun yang ditampilkan (jika tidak disebut: tahun ini)", "The year to show (default: this year)";
    ArgNoMouse => "Biarkan mouse dipakai terminal (untuk memilih teks)", "Leave the mouse to the terminal (for text selection)";
    HelpStatus => "Ringkasan tahun ini: capaian, target, kekurangan, laju, dan perkiraan akhir tahun", "The year at a glance: done, target, gap, pace and projection";
    ArgStatusJson => "Satu objek JSON berisi semua angka", "One JSON object with every figure";
    ArgStatusShort => "Satu baris, untuk prompt shell", "One line, for a shell prompt";
    HelpPlan => "Rencana pelatihan tahun ini: add, list, done, edit, rm, suggest", "Plan the year's trainings: add, list, done, edit, rm, suggest";
    HelpPlanAdd => "Tambahkan rencana pelatihan ke tahun --start (atau --year, atau tahun ini)", "Add a training to the year of --start (else --year, else this year)";
    HelpPlanAddAfter => "Contoh:\n  tumbuh plan add --title \"Bimtek SIPD\" --jp 16 --form bimtek --competency pemerintahan \\\n      --start 5/8/2026 --end 6/8/2026 --why \"Laporan evaluasi masih direkap manual\"", "Example:\n  tumbuh plan add --title \"Bimtek SIPD\" --jp 16 --form bimtek --competency pemerintahan \\\n      --start 5/8/2026 --end 6/8/2026 --why \"Laporan evaluasi masih direkap manual\"";
    HelpPlanList => "Rencana pelatihan tahun ini: tanggal, JP rencana dan tercatat, status, bentuk, judul", "The year's trainings: dates, JP planned and logged, status, form, title";
    ArgListJson => "Keluaran berupa array JSON, bukan tabel", "A JSON array instead of the table";
    HelpPlanDone => "Tandai pelatihan selesai (lalu catat JP-nya dan tulis refleksinya)", "Mark a training done (then log its JP and reflect on it)";
    ArgTrainingId => "Pelatihannya, misalnya t3", "The training, e.g. t3";
    HelpPlanEdit => "Ubah sebagian isian pelatihan; nilai kosong mengosongkan isian yang tidak wajib (--form \"\")", "Change some fields of a training; a blank value clears an optional field (--form \"\")";
    HelpPlanSuggest => "Bila tahun ini berisiko: rencana kejar target berupa bentuk, JP, dan hari kerja yang cukup untuk mencapai target tanpa melewati batas tiap bentuk", "When the year is at risk: a catch-up plan of forms, JP and working days that reaches the target within every form's caps";
    HelpPlanSuggestAfter => "Contoh:\n  tumbuh plan suggest\n  tumbuh plan suggest --add", "Example:\n  tumbuh plan suggest\n  tumbuh plan suggest --add";
    ArgSuggestJson => "Keluaran berupa array JSON berisi butir rencana (form, jp, days, title, why), bukan teks", "A JSON array of the items (form, jp, days, title, why) instead of the text";
    ArgSuggestAdd => "Tambahkan butir-butirnya sebagai rencana pelatihan", "Add the items to the plan as planned trainings";
    HelpPlanRm => "Hapus rencana pelatihan; ditolak selama masih ada catatan JP atau refleksi yang terkait, kecuali dengan --unlink atau --cascade", "Delete a training; refused while log entries or reflections point at it, unless --unlink or --cascade says what to do with them";
    ArgUnlink => "Simpan catatan JP dan refleksinya tanpa kaitan", "Keep its log entries and reflections, without the link";
    ArgCascade => "Ikut hapus catatan JP dan refleksinya", "Delete its log entries and reflections too";
    ArgPlanTitleAdd => "Judul pelatihan (wajib)", "The training's name (required)";
    ArgPlanTitleEdit => "Judul pelatihan yang baru", "The training's new name";
    ArgPlanJpAdd => "JP rencana, misalnya 24 atau 2,5 (wajib)", "Planned JP, e.g. 24 or 2,5 (required)";
    ArgPlanJpEdit => "JP rencana yang baru, misalnya 24 atau 2,5", "The new planned JP, e.g. 24 or 2,5";
    ArgPlanForm => "Bentuk pengembangan kompetensi: kuncinya di tumbuh forms (misalnya pelatihan-teknis, seminar, coaching) atau namanya", "Form of development: its key in tumbuh forms (e.g. pelatihan-teknis, seminar, coaching) or its name";
    ArgPlanCompetency => "Jenis kompetensi: teknis, manajerial, sosial-kultural, atau pemerintahan", "Competency type: teknis, manajerial, sosial-kultural or pemerintahan (technical, managerial, socio-cultural, governmental)";
    ArgPlanStart => "Hari pertama, misalnya 10/3/2026; pelatihan masuk ke tahun tanggal ini", "First day, e.g. 10/3/2026; the training belongs to its year";
    ArgPlanEnd => "Hari terakhir", "Last day";
    ArgPlanProvider => "Penyelenggaranya", "Who runs it";
    ArgPlanWhy => "Masalah kerja nyata yang ingin dijawab pelatihan ini", "The real work problem it answers";
    ArgPlanStatusAdd => "direncanakan, terdaftar, berlangsung, selesai, atau batal (jika tidak disebut: direncanakan)", "planned, registered, ongoing, done or cancelled (default: planned)";
    ArgPlanStatusEdit => "direncanakan, terdaftar, berlangsung, selesai, atau batal", "planned, registered, ongoing, done or cancelled";
    HelpLog => "Catat JP yang diperoleh (sebutkan tepat satu dari --jp, --minutes, --hours, atau --units), atau log list", "Log JP earned (give exactly one of --jp, --minutes, --hours, --units), or log list";
    HelpLogAfter => "Contoh:\n  tumbuh log --jp 2,5 --title \"Webinar Satu Data\" --certificate 77/SDI/2026 --in-siasn\n  tumbuh log --minutes 90 --training t5 --date kemarin\n  tumbuh log --units 2 --form seminar --title \"Rakornas\"   (2 hari × 4 JP, berakhir hari ini)\n  tumbuh log --units 3 --form workshop --start 4/5/2026 --date 6/5/2026 --title \"Lokakarya\"\n  tumbuh log list [--json]\nBatas dihitung atas semua catatan JP bentuk yang sama: JP yang dihitung berhenti pada sisa batas\nhari itu (e-learning: 3 JP sehari), dan sesi di atas batas bulanan (coaching, mentoring: 2 sebulan)\nditolak. --jp mencatat hitungan instansi Anda apa adanya, dengan peringatan bila melewati batas.", "Examples:\n  tumbuh log --jp 2,5 --title \"Webinar Satu Data\" --certificate 77/SDI/2026 --in-siasn\n  tumbuh log --minutes 90 --training t5 --date yesterday\n  tumbuh log --units 2 --form seminar --title \"Rakornas\"   (2 days × 4 JP, ending today)\n  tumbuh log --units 3 --form workshop --start 4/5/2026 --date 6/5/2026 --title \"Lokakarya\"\n  tumbuh log list [--json]\nCaps count over every entry of the form: counted JP stop at what the day's cap still allows\n(e-learning: 3 JP a day), and sessions beyond the month's cap (coaching, mentoring: 2 a month)\nare refused. --jp records an agency's own count as typed, with a warning when it passes a cap.";
    HelpLogList => "Catatan JP tahun ini", "The year's log entries";
    ArgLogJp => "JP yang diperoleh, misalnya 2, 2,5, atau \"24 JP\"", "JP earned, e.g. 2, 2,5 or \"24 JP\"";
    ArgLogMinutes => "Menit belajar, diubah menjadi JP (45 menit = 1 JP, kecuali diatur lain di profil)", "Minutes of learning, turned into JP (45 minutes = 1 JP unless the profile says otherwise)";
    ArgLogHours => "Jam belajar, diubah menjadi JP", "Hours of learning, turned into JP";
    ArgLogUnits => "Hari, sesi, atau kali, dihitung menurut aturan bentuknya (lihat tumbuh forms); hari-harinya berakhir pada --date, kecuali --start disebut", "Days, sessions or times, counted by the form's rule (see tumbuh forms); days end on --date unless --start is given";
    ArgLogTitle => "Kegiatan yang diikuti (wajib, kecuali --training disebut)", "What you attended (required unless --training is given)";
    ArgLogTraining => "Rencana pelatihan tempat catatan ini berada, misalnya t3", "The planned training this entry belongs to, e.g. t3";
    ArgLogForm => "Bentuk pengembangan kompetensi: kuncinya di tumbuh forms atau namanya (jika tidak disebut: bentuk pelatihannya)", "Form of development: its key in tumbuh forms or its name (default: the training's)";
    ArgLogDate => "Tanggalnya, misalnya 12/3/2026, \"12 Mar 2026\", hari ini, kemarin, atau besok; untuk kegiatan beberapa hari, hari terakhirnya (jika tidak disebut: hari ini)", "The day, e.g. 12/3/2026, \"12 Mar 2026\", today, yesterday or tomorrow; for an entry over several days, its last day (default: today)";
    ArgLogStart => "Hari pertama, bila kegiatannya beberapa hari (pada atau sebelum --date)", "The first day, when the entry spans several days (on or before --date)";
    ArgLogProvider => "Penyelenggaranya (jika tidak disebut: penyelenggara pelatihannya)", "Who ran it (default: the training's provider)";
    ArgLogCertificate => "Nomor sertifikat", "Certificate number";
    ArgLogCertificateFile => "Tempat berkas sertifikat disimpan", "Where the certificate file is kept";
    ArgLogInSiasn => "Sudah diunggah ke SIASN", "Already in SIASN";
    ArgLogInternational => "Kegiatan internasional (dihitung menurut aturan internasional; disimpan bersama catatannya)", "An international event (counts by the international rule; saved with the entry)";
    HelpReflect => "Tulis satu hal yang berubah setelah pelatihan, atau jawab tindak lanjutnya; atau reflect list", "Write down the one thing that changed after a course, or answer its follow-up; or reflect list";
    HelpReflectAfter => "Contoh:\n  tumbuh reflect --training t3 --changed \"Sebelum rapat saya menulis ringkasan satu halaman\" \\\n      --usefulness 4 --follow-up 15/10/2026\n  tumbuh reflect --id r2 --applied sebagian\n  tumbuh reflect --id r2 --follow-up 1/11/2026\n  tumbuh reflect list [--json]      (tindak lanjut yang sudah waktunya tampil lebih dulu)", "Examples:\n  tumbuh reflect --training t3 --changed \"Sebelum rapat saya menulis ringkasan satu halaman\" \\\n      --usefulness 4 --follow-up 15/10/2026\n  tumbuh reflect --id r2 --applied partly\n  tumbuh reflect --id r2 --follow-up 1/11/2026\n  tumbuh reflect list [--json]      (follow-ups that are due come first)";
    HelpReflectList => "Refleksi tahun ini", "The year's reflections";
    ArgReflectTraining => "Pelatihan yang direfleksikan, misalnya t3", "The training it is about, e.g. t3";
    ArgReflectLog => "Atau catatan JP yang direfleksikan (untuk catatan tanpa pelatihan), misalnya l7", "Or the log entry it is about (for an entry without a training), e.g. l7";
    ArgReflectChanged => "Satu hal yang berubah dalam pekerjaan Anda (wajib)", "The one thing that changes in your work (required)";
    ArgReflectLearned => "Yang Anda pelajari", "What you learned";
    ArgReflectNext => "Langkah berikutnya", "Your next step";
    ArgReflectUsefulness => "Manfaatnya, 1 sampai 5", "How useful it was, 1 to 5";
    ArgReflectFollowUp => "Tanggal tindak lanjut untuk memeriksa apakah perubahannya bertahan, misalnya 15/10/2026", "The follow-up date, to check whether the change stuck, e.g. 15/10/2026";
    ArgReflectDate => "Tanggal refleksi (jika tidak disebut: hari ini)", "The day of the reflection (default: today)";
    ArgReflectId => "Refleksi yang sudah ada, misalnya r2: sebutkan --applied pada tindak lanjutnya, atau --follow-up untuk menentukan tanggalnya", "An existing reflection, e.g. r2: give --applied at its follow-up, or --follow-up to set the day";
    ArgReflectApplied => "Apakah perubahannya bertahan? ya, sebagian, atau tidak (bersama --id)", "Did the change stick? yes, partly or no (with --id)";
    HelpExport => "Data tahun ini (--year) sebagai csv, md, json, atau ics, ke keluaran standar atau ke berkas", "The year (--year) as csv, md, json or ics, on standard output or in a file";
    ArgExportFormat => "csv: satu baris per catatan JP (isian SIASN); md: laporan untuk atasan; json: seluruh data tahun ini; ics: pelatihan bertanggal untuk kalender", "csv: one row per log entry (SIASN's fields); md: a report for your superior; json: the whole year; ics: the dated trainings for a calendar";
    ArgExportOutput => "Tulis ke berkas ini, bukan ke keluaran standar", "Write to this file instead of standard output";
    HelpExportAfter => "Kolom csv (tetap): form, provider, name, jp, certificate, year, start, end, date, training,\nin_siasn, certificate_file. RFC 4180, UTF-8, baris diakhiri CRLF; jp ditulis seperti 2.5.\nContoh:\n  tumbuh export --format md --output laporan-2026.md\n  tumbuh export --format ics --year 2027 --output pelatihan.ics", "csv columns (stable): form, provider, name, jp, certificate, year, start, end, date, training,\nin_siasn, certificate_file. RFC 4180, UTF-8, CRLF line ends; jp written as 2.5.\nExamples:\n  tumbuh export --format md --output laporan-2026.md\n  tumbuh export --format ics --year 2027 --output pelatihan.ics";
    HelpImport => "Catatan JP dari CSV (dengan kolom export --format csv, atau isian SIASN); semua baris atau tidak sama sekali", "Log entries from a CSV (with the columns of export --format csv, or SIASN's fields); all rows or none";
    ArgImportCsv => "Berkas CSV (UTF-8; dipisah koma atau titik koma)", "The CSV file (UTF-8; comma or semicolon separated)";
    HelpImportAfter => "Kolom dikenali dari judulnya, dalam urutan apa pun; kolom lain diabaikan. Yang wajib: jp, satu\ntanggal (date, atau end, atau start), dan name atau training. ID pelatihan yang tidak ada di berkas\ndisimpan sebagai nama. Baris yang sudah ada di berkas (hari, JP, nama, dan sertifikat yang sama)\ndilewati. Bila ada baris yang bermasalah, setiap masalah disebut dengan nomor barisnya di lembar\nkerja (judul kolom adalah baris 1), dan tidak ada yang diimpor.\nNama isian SIASN juga dikenali (namaKursus, jenisDiklatId, institusiPenyelenggara,\nnomorSertipikat, tahunKursus, tanggalKursus, tanggalSelesaiKursus, jumlahJam), begitu pula judul\nkolomnya (\"Nama Kursus\", \"Jumlah Jam\", \"Tanggal Selesai\"…), dengan tanggal dd-mm-yyyy.\nBaris dari SIASN berarti sudah diunggah ke SIASN. Baris yang cocok dengan catatan di berkas (nomor\nsertifikat yang sama, atau nama dan hari terakhir yang sama) menandai kegiatan itu sudah diunggah,\nbukan menambah salinannya.", "Columns are found by their header name, in any order; others are ignored. Needed: jp, a date\n(date, else end, else start) and name or training. A training ID the file does not have is kept as\na name. Rows already in the file (same day, JP, name and certificate) are skipped. If any row is\nbad, each problem is listed with its spreadsheet row (the header is row 1), and nothing is\nimported.\nSIASN's field names are read too (namaKursus, jenisDiklatId, institusiPenyelenggara,\nnomorSertipikat, tahunKursus, tanggalKursus, tanggalSelesaiKursus, jumlahJam), or their\nheadings as typed (\"Nama Kursus\", \"Jumlah Jam\", \"Tanggal Selesai\"…), with dd-mm-yyyy dates.\nRows from SIASN are in SIASN. One that matches an entry in the file (same certificate number,\nelse same name and last day) marks that entry's course as in SIASN instead of adding a copy.";
    HelpSiasn => "Kegiatan tahun ini yang belum diunggah ke SIASN, masing-masing sebagai riwayat yang diminta MyASN", "The year's courses not yet in SIASN, each as the record MyASN asks for";
    ArgSiasnAll => "Semua kegiatan tahun ini, termasuk yang sudah diunggah ke SIASN", "Every course of the year, those already in SIASN too";
    ArgSiasnJson => "Keluaran berupa array JSON berisi riwayatnya, bukan teks", "A JSON array of the records instead of the text";
    HelpSiasnAfter => "Satu kegiatan adalah satu riwayat SIASN: satu pelatihan dengan semua catatan JP-nya, atau satu\ncatatan JP yang berdiri sendiri. Tanggal ditulis dd-mm-yyyy; jumlah jam adalah JP yang dibulatkan ke\nbawah menjadi bilangan bulat (SIASN tidak menerima pecahan), dan bagian yang tidak tercatat\ndisebutkan. Lokasi diambil dari --international.\nContoh:\n  tumbuh siasn                 kegiatan tahun ini yang belum diunggah ke SIASN\n  tumbuh siasn --all --json    semua kegiatan tahun ini, sebagai JSON\n  tumbuh siasn done t4         setelah t4 dimasukkan di MyASN", "A course is one SIASN record: a training with all its log entries, or one entry of its own.\nDates are dd-mm-yyyy; jumlah jam is the JP rounded down to a whole number (SIASN takes no\nfraction), with the part left out named. Lokasi comes from --international.\nExamples:\n  tumbuh siasn                 the year's courses not yet in SIASN\n  tumbuh siasn --all --json    every course of the year, as JSON\n  tumbuh siasn done t4         after entering t4 in MyASN";
    HelpSiasnDone => "Tandai kegiatan sudah diunggah ke SIASN: semua catatan JP pelatihannya, atau satu catatan itu saja", "Mark a course as in SIASN: every log entry of the training, or the one entry";
    ArgSiasnDoneId => "Pelatihan atau catatan JP, misalnya t4 atau l10 (catatan JP milik pelatihan menandai pelatihannya)", "The training or log entry, e.g. t4 or l10 (an entry of a training marks the training)";
    HelpFormsCommand => "Katalog bentuk pengembangan kompetensi, cara JP-nya dihitung, dan tempatnya di SIASN", "The catalog of forms of development, how each counts JP, and where SIASN keeps it";
    ArgFormsJson => "Keluaran berupa array JSON berisi bentuk dan aturannya, bukan teks", "A JSON array of the forms with their rules instead of the text";
    HelpPath => "Tampilkan path berkas data yang dipakai", "Print the path of the data file in use";
    HelpCompletions => "Pelengkapan perintah untuk shell, misalnya: tumbuh completions bash > ~/.local/share/bash-completion/completions/tumbuh", "Shell completions, e.g.: tumbuh completions bash > ~/.local/share/bash-completion/completions/tumbuh";
    ArgShell => "Shell-nya: bash, elvish, fish, powershell, atau zsh", "The shell: bash, elvish, fish, powershell or zsh";
    HelpMan => "Halaman manual dalam bahasa yang dipilih: tumbuh man > tumbuh.1, atau tumbuh man log untuk satu perintah", "The manual page in the chosen language: tumbuh man > tumbuh.1, or tumbuh man log for one command";
    ArgManCommand => "Perintahnya, misalnya log atau plan add (jika tidak disebut: tumbuh sendiri)", "The command, e.g. log or plan add (default: tumbuh itself)";
    ManName => "NAMA", "NAME";
    ManSynopsis => "SINOPSIS", "SYNOPSIS";
    ManDescription => "DESKRIPSI", "DESCRIPTION";
    ManExtra => "KETERANGAN DAN CONTOH", "NOTES AND EXAMPLES";
    ManVersion => "VERSI", "VERSION";
    ManManual => "Panduan tumbuh", "tumbuh manual";
    ManUnknownCommand => "{command}: bukan perintah tumbuh; lihat tumbuh --help", "{command}: not a tumbuh command; see tumbuh --help";
    UsageNeedsValue => "{arg}: perlu nilai", "{arg}: needs a value";
    HeaderContractYear => "kontrak {first}–{last}", "contract {first}–{last}";
    UsageBadValue => "{arg}: \"{value}\" tidak valid", "{arg}: \"{value}\" is not valid";
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

    /// Words the glossary retired and English carried over word for word (DESIGN, "Language").
    const RETIRED: &[&str] = &[
        "galat",
        "di depan jadwal",
        "dari jadwal",
        "laju tahunan",
        "menutup kekurangan",
        "lewat target",
        "tidak sah",
        "bawaan",
        "kegunaan",
        "cek ulang",
        "cek perubahan",
        "masalah di pekerjaan",
        "masalah nyata di pekerjaan",
        "tanpa alasan",
        "langkah selanjutnya",
        "pola 10:20:70",
        "belum di siasn",
        "sudah di siasn",
        "belum masuk siasn",
        "sisa hari",
        "mis. ",
        "id / en",
        " / konferensi",
    ];

    #[test]
    fn indonesian_has_no_calques_or_retired_words() {
        for msg in Msg::ALL {
            let id = Lang::Id.t(*msg);
            let lowered = id.to_lowercase();
            for word in RETIRED {
                assert!(!lowered.contains(word), "{msg:?} says {word:?}: {id}");
            }
            // Subject first, as Indonesian does: not "dicatat l13", "direncanakan t11",
            // "diimpor 5 …", "dilewati 12 …".
            for verb in ["dicatat ", "direncanakan ", "diimpor ", "dilewati ", "diubah ", "dihapus "] {
                assert!(!lowered.starts_with(verb), "{msg:?} starts with a verb: {id}");
            }
            assert_ne!(id, "Lama", "{msg:?}: the label is Durasi");
            // The message prefixes are capitalised wherever they are printed.
            assert!(!["peringatan", "saran", "kesalahan"].contains(&id), "{msg:?}: {id}");
        }
        assert_eq!(Lang::Id.t(Msg::ErrorPrefix), "Kesalahan");
        assert_eq!(Lang::En.t(Msg::HintPrefix), "Tip");
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
