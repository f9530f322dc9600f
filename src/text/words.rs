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

/// A list of endings, grouped by last character: which of them a text ends
/// with is found by looking up its last character, then comparing the few
/// endings that share it (`str::ends_with` over a whole list calls `memcmp`
/// once per word).
#[derive(Debug)]
pub(crate) struct Endings(Vec<(char, Vec<&'static str>)>);

impl Endings {
    /// The endings `words`, in their order. Empty words are left out.
    pub(crate) fn new(words: &[&'static str]) -> Self {
        let mut groups: Vec<(char, Vec<&'static str>)> = Vec::new();
        for w in words {
            let Some(c) = w.chars().next_back() else {
                continue;
            };
            match groups.iter_mut().find(|(g, _)| *g == c) {
                Some((_, ws)) => ws.push(w),
                None => groups.push((c, vec![w])),
            }
        }
        groups.sort_by_key(|(c, _)| *c);
        Self(groups)
    }

    /// The first ending (in the order given) that `s` ends with.
    pub(crate) fn ending_of(&self, s: &str) -> Option<&'static str> {
        let c = s.chars().next_back()?;
        let k = self.0.binary_search_by_key(&c, |(g, _)| *g).ok()?;
        self.0[k].1.iter().find(|w| s.ends_with(**w)).copied()
    }

    /// Whether `s` ends with any of the endings.
    pub(crate) fn ends(&self, s: &str) -> bool {
        self.ending_of(s).is_some()
    }
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
        let e = Endings::new(&["局", "办公室", "公室", "部门", "门", ""]);
        assert_eq!(e.ending_of("市住建局"), Some("局"));
        assert_eq!(e.ending_of("区政府办公室"), Some("办公室"));
        assert_eq!(e.ending_of("公室"), Some("公室"));
        // The first in the order given, as `iter().find` would.
        assert_eq!(e.ending_of("有关部门"), Some("部门"));
        assert_eq!(e.ending_of("九亭镇"), None);
        assert_eq!(e.ending_of(""), None);
        assert!(Endings::new(&["门"]).ends("财政部门"));
        assert!(!Endings::new(&["部门"]).ends("财政部"));
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
