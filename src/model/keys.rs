//! The small closed vocabularies of the data file, each with its stable file key.

/// Declares an enum whose variants are written to the file as fixed keys.
macro_rules! key_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every key, in order, for messages that list what is allowed.
            pub const KEYS: &'static [&'static str] = &[$($key),+];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                match key { $($key => Some($name::$variant),)+ _ => None }
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
        Planned => "planned",
        Registered => "registered",
        Ongoing => "ongoing",
        Done => "done",
        Cancelled => "cancelled",
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
        Teknis => "teknis",
        Manajerial => "manajerial",
        SosialKultural => "sosial-kultural",
        Pemerintahan => "pemerintahan",
    }
);

key_enum!(
    /// At the follow-up: did the one change stick?
    Applied { Unknown => "unknown", Yes => "yes", Partly => "partly", No => "no" }
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
}
