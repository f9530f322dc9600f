//! `parse` on any UTF-8: never panics, and every span it returns is in
//! bounds, on char boundaries, and points at the text the item claims.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 goes through parse_bytes, which must refuse it cleanly.
    let parsed = match gongwen::parse_bytes(data, &gongwen::Options::default()) {
        Ok(p) => p,
        Err(gongwen::Error::Decode { .. }) => match std::str::from_utf8(data) {
            Ok(_) => panic!("valid UTF-8 refused"),
            Err(_) => return,
        },
        Err(e) => panic!("unexpected error {e}"),
    };
    if let Err(e) = invariants::check(&parsed.text, &parsed.document) {
        panic!("invariant broken: {e}");
    }
});
