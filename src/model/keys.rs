//! The small closed vocabularies of the data file, each with its stable file key.

use crate::i18n::Lang;

/// A value a person types on the command line, in either language: the file's key (`partly`,
/// `teknis`), the Indonesian word (`sebagian`) or another common word (`technical`), in any case,
/// with a space, `_` or `-` between words. The one home of these words.
pub trait Typed: Sized + Copy + 'static {
    fn from_typed(text: &str) -> Option<Self>;
    /// The words to offer in a message, in `lang`: Indonesian words, or the file's keys.
    fn words(lang: Lang) -> &'static [&'static str];
}

/// `Sosial Kultural` → `sosial-kultural`: how typed words are compared.
pub fn normalized(text: &str) -> String {
    let lowered = text.trim().to_lowercase();
    lowered.split([' ', '_', '-']).filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-")
}

/// The Indonesian word when one is given, else the key.
macro_rules! word_or_key {
    ($key:literal) => {
        $key
    };
    ($key:literal $word:literal) => {
        $word
    };
}

/// Declares an enum whose variants are written to the file as fixed keys. `Key => "key" /
/// "kata" | "alias"…` also gives the Indonesian word a person may type and see, and other words
/// that are read as the same value.
macro_rules! key_enum {
    ($(#[$meta:meta])* $name:ident {
        $($variant:ident => $key:literal $(/ $word:literal)? $(| $alias:literal)*),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every key, in order, for messages that list what is allowed.
            pub const KEYS: &'static [&'static str] = &[$($key),+];
            /// Every value's Indonesian word (its key when it has none), in order.
            pub const WORDS_ID: &'static [&'static str] = &[$(word_or_key!($key $($word)?)),+];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// Every word read as this value: its key, its Indonesian word and the others.
            pub fn typed_words(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$key $(, $word)? $(, $alias)*]),+ }
            }

            /// The file's own key, exactly as written there.
            pub fn from_key(key: &str) -> Option<$name> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }
        }

        impl Typed for $name {
            fn from_typed(text: &str) -> Option<$name> {
                let typed = normalized(text);
                $name::ALL.iter().copied().find(|value| value.typed_words().iter().any(|word| normalized(word) == typed))
            }

            fn words(lang: Lang) -> &'static [&'static str] {
                match lang {
                    Lang::Id => $name::WORDS_ID,
                    Lang::En => $name::KEYS,
                }
            }
        }
    };
}

key_enum!(
    /// PNS (civil servant) or PPPK (government employee on contract).
    EmployeeType { Pns => "pns", Pppk => "pppk" }
);

key_enum!(
    /// Where a training stands.
    Status {
        Planned => "planned" / "direncanakan" | "rencana",
        Registered => "registered" / "terdaftar" | "daftar",
        Ongoing => "ongoing" / "berlangsung" | "sedang berlangsung",
        Done => "done" / "selesai",
        Cancelled => "cancelled" / "batal" | "dibatalkan" | "canceled",
    }
);

impl Status {
    /// Still to come: counts towards the remaining plan.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Planned | Status::Registered | Status::Ongoing)
    }
}

key_enum!(
    /// *Jenis kompetensi*.
    Competency {
        Teknis => "teknis" | "technical",
        Manajerial => "manajerial" | "managerial",
        SosialKultural => "sosial-kultural" | "socio-cultural" | "sociocultural",
        Pemerintahan => "pemerintahan" | "governmental" | "governance",
    }
);

key_enum!(
    /// At the follow-up: did the one change stick?
    Applied {
        Unknown => "unknown" / "belum diketahui",
        Yes => "yes" / "ya" | "sudah",
        Partly => "partly" / "sebagian",
        No => "no" / "tidak",
    }
);

key_enum!(
    /// The three kinds of record, each with its own ID sequence.
    Kind { Training => "training", Log => "log", Reflection => "reflection" }
);

impl Kind {
    /// The letter that starts this kind's IDs (`t3`, `l7`, `r2`).
    pub fn prefix(self) -> char {
        match self {
            Kind::Training => 't',
            Kind::Log => 'l',
            Kind::Reflection => 'r',
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::from_key(status.key()), Some(*status));
        }
        for competency in Competency::ALL {
            assert_eq!(Competency::from_key(competency.key()), Some(*competency));
        }
        assert_eq!(Applied::from_key("maybe"), None);
        assert_eq!(Competency::KEYS.len(), Competency::ALL.len());
    }

    #[test]
    fn a_person_may_type_either_language() {
        for applied in Applied::ALL {
            assert_eq!(Applied::from_typed(applied.key()), Some(*applied));
        }
        assert_eq!(Applied::from_typed("ya"), Some(Applied::Yes));
        assert_eq!(Applied::from_typed(" Sebagian "), Some(Applied::Partly));
        assert_eq!(Applied::from_typed("tidak"), Some(Applied::No));
        assert_eq!(Applied::from_typed("maybe"), None);
        assert_eq!(Status::from_typed("selesai"), Some(Status::Done));
        assert_eq!(Status::from_typed("Batal"), Some(Status::Cancelled));
        assert_eq!(Competency::from_typed("Sosial Kultural"), Some(Competency::SosialKultural));
        assert_eq!(Competency::from_typed("technical"), Some(Competency::Teknis));
        assert_eq!(EmployeeType::from_typed("PPPK"), Some(EmployeeType::Pppk));
        assert_eq!(Applied::words(Lang::Id), ["belum diketahui", "ya", "sebagian", "tidak"]);
        assert_eq!(Applied::words(Lang::En), ["unknown", "yes", "partly", "no"]);
        // The file keeps its own keys: a word is read only where a person types.
        assert_eq!(Status::from_key("selesai"), None);
    }

    #[test]
    fn no_word_means_two_values() {
        fn distinct(words: Vec<&'static [&'static str]>) {
            let mut seen = std::collections::HashSet::new();
            for word in words.into_iter().flatten() {
                assert!(seen.insert(normalized(word)), "{word} names two values");
            }
        }
        distinct(Status::ALL.iter().map(|v| v.typed_words()).collect());
        distinct(Applied::ALL.iter().map(|v| v.typed_words()).collect());
        distinct(Competency::ALL.iter().map(|v| v.typed_words()).collect());
        distinct(EmployeeType::ALL.iter().map(|v| v.typed_words()).collect());
    }
}
