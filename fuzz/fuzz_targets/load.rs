//! Any bytes as a data file: reading never panics, and whatever reads survives save → load.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tumbuh::store::{decode, decode_bytes, encode};

fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = decode_bytes(data) {
        let again = decode(&encode(&decoded.plan)).expect("a saved plan reads back");
        assert_eq!(again.plan, decoded.plan);
    }
});
