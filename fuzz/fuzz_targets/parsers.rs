//! Any text as a typed date, JP amount or decimal: never a panic, and a JP that parses
//! prints back to itself.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use tumbuh::model::{Jp, parse_date, parse_hundredths};

fuzz_target!(|text: &str| {
    let today = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let _ = parse_date(text, today);
    let _ = parse_hundredths(text);
    if let Ok(jp) = Jp::parse(text) {
        assert_eq!(Jp::parse(&jp.to_string()), Ok(jp));
    }
});
