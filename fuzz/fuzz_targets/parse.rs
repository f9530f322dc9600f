//! `parse` on any input: never panics, and every span it returns is in
//! bounds, on char boundaries, and points at the text the item claims.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = match gongwen::parse_bytes(data, &gongwen::Options::default()) {
        Ok(p) => {
            if let Err(e) = invariants::check(&p.text, &p.document) {
                panic!("invariant broken: {e}");
            }
            return;
        }
        // Invalid bytes must be refused cleanly, never valid UTF-8...
        Err(gongwen::Error::Decode { .. }) => {
            assert!(std::str::from_utf8(data).is_err(), "valid UTF-8 refused");
            // ...and their lossy decoding still parses: most mutations break
            // UTF-8 somewhere, and the parser should see them anyway.
            String::from_utf8_lossy(data)
        }
        Err(e) => panic!("unexpected error {e}"),
    };
    let doc = gongwen::parse(&text);
    if let Err(e) = invariants::check(&text, &doc) {
        panic!("invariant broken: {e}");
    }
});
