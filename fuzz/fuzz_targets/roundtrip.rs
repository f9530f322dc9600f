//! The document survives a JSON round trip unchanged, whatever the input,
//! and `parse_lazy` writes the same JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    // Lossy decoding, so arbitrary bytes still reach the parser.
    let text = String::from_utf8_lossy(data);
    let doc = gongwen::parse(&text);
    if let Err(e) = invariants::roundtrip(&doc) {
        panic!("{e}");
    }
    if let Err(e) = invariants::lazy_agrees(&text, &doc) {
        panic!("{e}");
    }
});
