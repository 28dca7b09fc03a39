//! Any bytes as a data file: reading never panics, and whatever reads survives save → load.
//! Compared as saved text, since an unknown key may hold `nan`, which equals nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tumbuh::store::{decode, decode_bytes, encode};

fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = decode_bytes(data) {
        let saved = encode(&decoded.plan);
        let again = decode(&saved).expect("a saved plan reads back");
        assert_eq!(encode(&again.plan), saved);
    }
});
