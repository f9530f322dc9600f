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

/// The first characters of a set of words: tells cheaply that no word of
/// the set starts a text, before a costlier test (an anchored regex).
#[derive(Debug)]
pub(crate) struct FirstChars(Vec<char>);

impl FirstChars {
    /// The first characters of `words`, and `extra` ones.
    pub(crate) fn new(words: &[&str], extra: &[char]) -> Self {
        let mut v: Vec<char> = words
            .iter()
            .filter_map(|w| w.chars().next())
            .chain(extra.iter().copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        Self(v)
    }

    /// Whether `s` starts with one of the characters.
    pub(crate) fn starts(&self, s: &str) -> bool {
        s.chars()
            .next()
            .is_some_and(|c| self.0.binary_search(&c).is_ok())
    }
}

/// The first of `words` that `s` ends with.
///
/// Compares last bytes before whole words: `str::ends_with` calls `memcmp`,
/// and the last byte of a Han character already tells most words apart.
/// An empty word never matches.
pub(crate) fn ending_in<'w>(s: &str, words: &[&'w str]) -> Option<&'w str> {
    let last = *s.as_bytes().last()?;
    words
        .iter()
        .find(|w| w.as_bytes().last() == Some(&last) && s.ends_with(**w))
        .copied()
}

/// Whether `s` ends with any of `words` (see [`ending_in`]).
pub(crate) fn ends_with_any(s: &str, words: &[&str]) -> bool {
    ending_in(s, words).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_chars() {
        let f = FirstChars::new(&["牵头单位", "责任单位", "来源"], &['大']);
        assert!(f.starts("牵头部门:市住建委"));
        assert!(f.starts("大"));
        assert!(!f.starts("各县区"));
        assert!(!f.starts(""));
    }

    #[test]
    fn endings() {
        let words = ["局", "办公室", "部门", ""];
        assert_eq!(ending_in("市住建局", &words), Some("局"));
        assert_eq!(ending_in("区政府办公室", &words), Some("办公室"));
        assert_eq!(ending_in("有关部门", &words), Some("部门"));
        assert_eq!(ending_in("九亭镇", &words), None);
        assert_eq!(ending_in("", &words), None);
        assert!(ends_with_any("财政部门", &["门"]));
        assert!(!ends_with_any("财政部", &["部门"]));
    }

    #[test]
    fn finds_any_word() {
        let w = Words::new(&["负责", "会同", ":"]);
        assert!(w.any_in("由市住建委负责"));
        assert!(w.any_in("区民防办:"));
        assert!(!w.any_in("各县区政府要抓好落实"));
        assert!(!w.any_in(""));
    }
}
