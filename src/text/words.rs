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

/// A 1024-bit filter over characters, indexed by their low ten bits: one
/// bit test tells that most characters are not in a small set (Han
/// characters spread evenly over those bits), before an exact lookup.
#[derive(Debug, Clone, Default)]
pub(crate) struct CharFilter([u64; 16]);

impl CharFilter {
    /// The filter of `chars`.
    pub(crate) fn of(chars: impl IntoIterator<Item = char>) -> Self {
        let mut f = Self::default();
        for c in chars {
            let k = c as usize & 1023;
            f.0[k >> 6] |= 1 << (k & 63);
        }
        f
    }

    /// False when `c` is certainly not in the set.
    #[inline]
    pub(crate) fn may_hold(&self, c: char) -> bool {
        let k = c as usize & 1023;
        (self.0[k >> 6] >> (k & 63)) & 1 != 0
    }
}

/// The first characters of a set of words: tells cheaply that no word of
/// the set starts a text, before a costlier test (an anchored regex).
#[derive(Debug)]
pub(crate) struct FirstChars {
    chars: Vec<char>,
    filter: CharFilter,
}

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
        Self {
            filter: CharFilter::of(v.iter().copied()),
            chars: v,
        }
    }

    /// Whether `s` starts with one of the characters.
    pub(crate) fn starts(&self, s: &str) -> bool {
        s.chars()
            .next()
            .is_some_and(|c| self.filter.may_hold(c) && self.chars.binary_search(&c).is_ok())
    }
}

/// Words grouped by one of their characters (the first, or the last), with
/// a [`CharFilter`] over those characters: the words a character may start
/// (or end) are found with one bit test for most characters, and a binary
/// search for the rest.
#[derive(Debug)]
struct Grouped {
    groups: Vec<(char, Vec<&'static str>)>,
    filter: CharFilter,
}

impl Grouped {
    /// `words` grouped by `key` (words it gives no character are left out),
    /// each group in the order given.
    fn new(words: &[&'static str], key: impl Fn(&str) -> Option<char>) -> Self {
        let mut groups: Vec<(char, Vec<&'static str>)> = Vec::new();
        for w in words {
            let Some(c) = key(w) else { continue };
            match groups.iter_mut().find(|(g, _)| *g == c) {
                Some((_, ws)) => ws.push(w),
                None => groups.push((c, vec![w])),
            }
        }
        groups.sort_by_key(|(c, _)| *c);
        Self {
            filter: CharFilter::of(groups.iter().map(|(c, _)| *c)),
            groups,
        }
    }

    /// The words grouped under `c`.
    #[inline]
    fn under(&self, c: char) -> &[&'static str] {
        if !self.filter.may_hold(c) {
            return &[];
        }
        match self.groups.binary_search_by_key(&c, |(g, _)| *g) {
            Ok(k) => &self.groups[k].1,
            Err(_) => &[],
        }
    }
}

/// A set of words grouped by first character: which of them occurs in a
/// text is found in one walk over its characters, comparing words only
/// where a character starts one.
#[derive(Debug)]
pub(crate) struct WordsByFirst(Grouped);

impl WordsByFirst {
    /// The set of `words` (empty words are left out).
    pub(crate) fn new(words: &[&'static str]) -> Self {
        Self(Grouped::new(words, |w| w.chars().next()))
    }

    /// The first of the words (in the order given) that `s`, whose first
    /// character is `first`, starts with.
    #[inline]
    pub(crate) fn starting(&self, s: &str, first: char) -> Option<&'static str> {
        self.0
            .under(first)
            .iter()
            .find(|w| s.starts_with(**w))
            .copied()
    }

    /// Whether any of the words occurs in `s`.
    #[cfg(test)]
    pub(crate) fn any_in(&self, s: &str) -> bool {
        self.any_where(s, |_, _| true)
    }

    /// Whether any of the words occurs in `s` at a place `keep(at, word)`
    /// accepts (`at`: the word's byte offset).
    pub(crate) fn any_where(&self, s: &str, keep: impl Fn(usize, &str) -> bool) -> bool {
        // Not `find_iter(s).any(…)`: its nested iterators cost 1 % of a
        // corpus pass on this hot path.
        s.char_indices().any(|(i, c)| {
            self.0
                .under(c)
                .iter()
                .any(|w| s[i..].starts_with(w) && keep(i, w))
        })
    }

    /// Every occurrence of the words in `s`, overlapping ones included: its
    /// byte offset and the word, by offset (words at one offset in the order
    /// given).
    pub(crate) fn find_iter<'s>(
        &'s self,
        s: &'s str,
    ) -> impl Iterator<Item = (usize, &'static str)> + 's {
        s.char_indices().flat_map(move |(i, c)| {
            self.0
                .under(c)
                .iter()
                .filter(move |w| s[i..].starts_with(**w))
                .map(move |w| (i, *w))
        })
    }
}

/// A list of endings, grouped by last character: which of them a text ends
/// with is found by looking up its last character, then comparing the few
/// endings that share it (`str::ends_with` over a whole list calls `memcmp`
/// once per word).
#[derive(Debug)]
pub(crate) struct Endings(Grouped);

impl Endings {
    /// The endings `words`, in their order. Empty words are left out.
    pub(crate) fn new(words: &[&'static str]) -> Self {
        Self(Grouped::new(words, |w| w.chars().next_back()))
    }

    /// The first ending (in the order given) that `s` ends with.
    pub(crate) fn ending_of(&self, s: &str) -> Option<&'static str> {
        let c = s.chars().next_back()?;
        self.0.under(c).iter().find(|w| s.ends_with(**w)).copied()
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
    fn char_filter_holds_every_member() {
        let members = ['负', '牵', '配', 'a', '😀', '\u{0}'];
        let f = CharFilter::of(members);
        assert!(members.iter().all(|&c| f.may_hold(c)));
        // Most other characters fail (a filter, so not all need to).
        let misses = ('一'..='龥').filter(|&c| !f.may_hold(c)).count();
        assert!(misses > 20_000, "{misses}");
    }

    #[test]
    fn words_by_first_finds_any_word() {
        let w = WordsByFirst::new(&["负责", "牵头", "牵头负责", "的", ""]);
        assert!(w.any_in("由市住建委负责"));
        assert!(w.any_in("牵牵头"));
        assert!(w.any_in("我的"));
        assert!(!w.any_in("市住建委"));
        assert!(!w.any_in("牵"));
        assert!(!w.any_in(""));
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
