//! Sets of literal words, each set searched in one pass.
//!
//! Many rules ask "does this sentence hold any of these words?". Asking with
//! `str::contains` once per word builds a searcher and walks the text once per
//! word; a [`Words`] set builds its searchers once (in a `LazyLock`) and
//! each search is a vectorised `memchr::memmem` scan.
//!
//! (aho-corasick was tried: its rare-byte prefilter suits Latin text, but in
//! Chinese text the lead bytes it picks are everywhere, and it ran slower
//! than one `str::contains` per word.)

use memchr::memmem::Finder;

/// A set of literal words.
#[derive(Debug)]
pub(crate) struct Words(Vec<Finder<'static>>);

impl Words {
    /// The set of `words` (literal, case-sensitive).
    pub(crate) fn new(words: &[&'static str]) -> Self {
        Self(words.iter().map(|w| Finder::new(w.as_bytes())).collect())
    }

    /// Whether `s` holds any of the words.
    pub(crate) fn any_in(&self, s: &str) -> bool {
        self.0.iter().any(|f| f.find(s.as_bytes()).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_any_word() {
        let w = Words::new(&["负责", "会同", ":"]);
        assert!(w.any_in("由市住建委负责"));
        assert!(w.any_in("区民防办:"));
        assert!(!w.any_in("各县区政府要抓好落实"));
        assert!(!w.any_in(""));
    }
}
