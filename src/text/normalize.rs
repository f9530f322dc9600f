//! Stage 1: fold the input into one canonical form, keeping a map back to
//! the original byte offsets.
//!
//! Folding: full-width ASCII forms (U+FF01..U+FF5E, e.g. `（`, `：`, `１`) become
//! their ASCII counterparts, U+3000 and U+00A0 become a space, CRLF and lone CR
//! become LF, and invisible marks (BOM, zero-width spaces) are dropped. Every
//! later stage works on the folded text; spans are mapped back through
//! [`OffsetMap`] at the end, so users always get offsets into their input.
//!
//! A notice in traditional script (繁体) is folded to simplified characters
//! too, each of the same byte length (see [`crate::text`]'s `script`, feature
//! `traditional`).
//!
//! Outline markers such as ① and ㈠ are *not* folded (NFKC would turn ① into
//! `1`), so marker classification still sees the original character.

use std::borrow::Cow;

use super::bytes::ByteSet;

/// The folded text and the way back to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The folded text.
    pub text: String,
    /// Folded offsets → original offsets.
    pub map: OffsetMap,
}

/// Maps byte offsets of the folded text back to the original input.
///
/// Stored as "stops" (like markdown-rs): sorted pairs `(folded, original)`
/// recorded after every character whose length changed. Between stops the
/// two texts advance byte for byte. A lookup starts at the first stop of
/// the offset's 64-byte stretch (an index kept beside the stops) and steps
/// over the few stops of that stretch before it: the output asks for two
/// offsets per item, and a binary search of a long document's stops cost
/// more than all the stepping.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    stops: Vec<(usize, usize)>,
    /// `first[k]`: how many stops lie before folded offset `64 · k`.
    first: Vec<usize>,
    folded_len: usize,
    original_len: usize,
}

impl OffsetMap {
    fn new(stops: Vec<(usize, usize)>, folded_len: usize, original_len: usize) -> Self {
        let mut first = Vec::with_capacity(folded_len / 64 + 1);
        let mut j = 0;
        for k in 0..=folded_len / 64 {
            while j < stops.len() && stops[j].0 < k * 64 {
                j += 1;
            }
            first.push(j);
        }
        OffsetMap {
            stops,
            first,
            folded_len,
            original_len,
        }
    }

    /// The original offset of folded offset `pos` (a char boundary of the
    /// folded text). Offsets past the end map to the end of the original.
    pub fn to_original(&self, pos: usize) -> usize {
        if pos >= self.folded_len {
            return self.original_len;
        }
        // The stops up to `pos`: those before its stretch, then the ones
        // of its stretch not after it.
        let mut i = self
            .first
            .get(pos / 64)
            .copied()
            .unwrap_or(self.stops.len());
        while self.stops.get(i).is_some_and(|&(f, _)| f <= pos) {
            i += 1;
        }
        if i == 0 {
            pos
        } else {
            let (f, o) = self.stops[i - 1];
            o + (pos - f)
        }
    }

    /// Whether folding changed nothing (the map is the identity).
    pub fn is_identity(&self) -> bool {
        self.stops.is_empty() && self.folded_len == self.original_len
    }
}

/// Fold one character, or `None` to drop it. Returns the character unchanged
/// when it needs no folding.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    match c {
        // Square brackets, full-width or not, are read as round ones
        // ([牵头单位:区卫健局;…], 国办函[2016]38号).
        '[' | '\u{FF3B}' => Some('('),
        ']' | '\u{FF3D}' => Some(')'),
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        '\u{3000}' | '\u{00A0}' | '\u{2002}' | '\u{2003}' | '\u{2009}' => Some(' '),
        // Tortoise-shell brackets: a 发文字号's year (〔2017〕, read in either
        // form) or an assignment (〔责任单位:…〕), read as brackets are.
        '〔' => Some('('),
        '〕' => Some(')'),
        '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' => None,
        _ => Some(c),
    }
}

/// Fold a string the same way as [`normalize`] (without keeping a map).
/// Borrowed when nothing changes.
pub fn fold_str(s: &str) -> Cow<'_, str> {
    if s.chars().all(|c| c != '\r' && fold_char(c) == Some(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(normalize(s).text)
}

/// Bytes that start the characters [`normalize`] may change: `\r`, U+00A0
/// (`C2`), U+2002… (`E2`), U+3000, 〔 and 〕 (`E3`), U+FEFF and U+FF01…U+FF5E
/// (`EF`). Square brackets are turned round after the scan (see
/// [`normalize`]).
/// None of them is a continuation byte, so every hit is a character
/// boundary, and every other byte is copied as it is: the scan finds these
/// bytes sixteen at a time ([`ByteSet`]) instead of stepping through
/// characters.
const TRIGGERS: ByteSet = ByteSet::new(&[(b'\r', b'\r'), (0xC2, 0xC2), (0xE2, 0xE3), (0xEF, 0xEF)]);

/// Whether the character at `i` (a lead byte C2, E2, E3 or EF) is one
/// [`fold_char`] changes, told from its bytes: most characters with these
/// lead bytes (、。《》“”—，) need no decoding to be copied.
fn may_fold(bytes: &[u8], i: usize) -> bool {
    let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match bytes[i] {
        // U+00A0
        0xC2 => next(1) == 0xA0,
        // U+2002, U+2003, U+2009, U+200B–U+200D; U+2060
        0xE2 => {
            (next(1) == 0x80 && matches!(next(2), 0x82 | 0x83 | 0x89 | 0x8B..=0x8D))
                || (next(1) == 0x81 && next(2) == 0xA0)
        }
        // U+3000, 〔 and 〕
        0xE3 => next(1) == 0x80 && matches!(next(2), 0x80 | 0x94 | 0x95),
        // U+FEFF; U+FF01–U+FF3F; U+FF40–U+FF5E
        0xEF => {
            (next(1) == 0xBB && next(2) == 0xBF)
                || (next(1) == 0xBC && next(2) >= 0x81)
                || (next(1) == 0xBD && next(2) <= 0x9E)
        }
        _ => true,
    }
}

/// Fold `input`, keeping the offset map.
pub fn normalize(input: &str) -> Normalized {
    let bytes = input.as_bytes();
    let mut text = String::with_capacity(input.len());
    let mut stops = Vec::new();
    // `input[run..i]` is unchanged text not yet copied.
    let mut run = 0;
    for i in TRIGGERS.positions(bytes) {
        if i < run {
            // Inside a character already folded (the LF of a CRLF is no
            // trigger, so this is only a guard).
            continue;
        }
        let (out, consumed) = if bytes[i] == b'\r' {
            (
                Some('\n'),
                if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                },
            )
        } else {
            if !may_fold(bytes, i) {
                continue;
            }
            let Some(c) = input[i..].chars().next() else {
                break;
            };
            match fold_char(c) {
                Some(f) if f == c => continue,
                folded => (folded, c.len_utf8()),
            }
        };
        text.push_str(&input[run..i]);
        if let Some(o) = out {
            text.push(o);
        }
        if out.map_or(0, char::len_utf8) != consumed {
            stops.push((text.len(), i + consumed));
        }
        run = i + consumed;
    }
    text.push_str(&input[run..]);
    // Square brackets (and ［］, folded to them above) become round ones:
    // one byte for one, so the offset map stands. Apart from the scan, as
    // most texts have none: two more ranges in `TRIGGERS` cost 0.22 M
    // instructions a corpus pass, one `memchr2` over the text next to
    // nothing.
    if memchr::memchr2(b'[', b']', text.as_bytes()).is_some() {
        let mut b = text.into_bytes();
        for x in b.iter_mut() {
            match *x {
                b'[' => *x = b'(',
                b']' => *x = b')',
                _ => {}
            }
        }
        text = String::from_utf8(b).expect("ASCII replaced by ASCII");
    }
    // A notice in traditional script is read in simplified characters, each
    // of the same length as the one it stands for: the map stands.
    #[cfg(feature = "traditional")]
    if let Some(simplified) = super::script::simplified(&text) {
        text = simplified;
    }
    Normalized {
        map: OffsetMap::new(stops, text.len(), input.len()),
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lookup the index replaced: a binary search of the stops.
    fn searched(map: &OffsetMap, pos: usize) -> usize {
        if pos >= map.folded_len {
            return map.original_len;
        }
        match map.stops.partition_point(|&(f, _)| f <= pos) {
            0 => pos,
            i => map.stops[i - 1].1 + (pos - map.stops[i - 1].0),
        }
    }

    proptest::proptest! {
        #[test]
        fn lookup_is_a_search_of_the_stops(s in "[a，。\u{3000}\u{FEFF}\r\n甲ａ１（）]{0,200}") {
            let n = normalize(&s);
            for pos in 0..=n.text.len() + 1 {
                proptest::prop_assert_eq!(n.map.to_original(pos), searched(&n.map, pos), "{}", pos);
            }
        }
    }

    fn check_roundtrip(input: &str) {
        let n = normalize(input);
        // Every folded char boundary maps to an original char boundary, and
        // the folded char is the fold of the original char there.
        for (i, c) in n.text.char_indices() {
            let o = n.map.to_original(i);
            assert!(input.is_char_boundary(o), "{input:?} {i}");
            let oc = input[o..].chars().next().unwrap();
            if oc == '\r' {
                assert_eq!(c, '\n');
            } else {
                assert_eq!(fold_char(oc), Some(c), "{input:?} at {i}");
            }
        }
        assert_eq!(n.map.to_original(n.text.len()), input.len());
    }

    #[test]
    fn folds_tortoise_shell_brackets() {
        let n = normalize("盘政办发〔2017〕69号〔责任单位:市住建委〕[牵头单位:区卫健局]［配合］");
        assert_eq!(
            n.text,
            "盘政办发(2017)69号(责任单位:市住建委)(牵头单位:区卫健局)(配合)"
        );
        check_roundtrip("盘政办发〔2017〕69号〔责任单位:市住建委〕[牵头单位:区卫健局]［配合］");
    }

    #[test]
    fn folds_widths_and_line_ends() {
        let n = normalize("（一）１２：\u{3000}a\r\nb\rc\u{FEFF}d");
        assert_eq!(n.text, "(一)12: a\nb\ncd");
        check_roundtrip("（一）１２：\u{3000}a\r\nb\rc\u{FEFF}d");
    }

    #[test]
    fn identity_when_nothing_to_fold() {
        let n = normalize("盘政办发(2017)69号\n");
        assert!(n.map.is_identity());
        assert_eq!(n.map.to_original(3), 3);
    }

    #[test]
    fn maps_spans_back() {
        let input = "（牵头部门：市住建委）";
        let n = normalize(input);
        assert_eq!(n.text, "(牵头部门:市住建委)");
        let s = n.text.find("市住建委").unwrap();
        let e = s + "市住建委".len();
        let (os, oe) = (n.map.to_original(s), n.map.to_original(e));
        assert_eq!(&input[os..oe], "市住建委");
    }

    /// The char-by-char definition the byte scan must agree with.
    fn reference(input: &str) -> (String, Vec<(usize, usize)>) {
        let mut text = String::new();
        let mut stops = Vec::new();
        let mut iter = input.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let (out, consumed) = if c == '\r' {
                if let Some(&(_, '\n')) = iter.peek() {
                    iter.next();
                    (Some('\n'), 2)
                } else {
                    (Some('\n'), 1)
                }
            } else {
                (fold_char(c), c.len_utf8())
            };
            if let Some(o) = out {
                text.push(o);
            }
            if out.map_or(0, char::len_utf8) != consumed {
                stops.push((text.len(), i + consumed));
            }
        }
        (text, stops)
    }

    #[test]
    fn byte_scan_agrees_with_char_definition() {
        let samples = [
            "",
            "\r",
            "\r\r\n\n",
            "（一）１２：\u{3000}a\r\nb\rc\u{FEFF}d",
            "\u{00A0}é\u{2002}\u{2003}\u{2009}\u{2014}\u{200B}\u{2060}x\u{3001}\u{3002}\u{FF5E}\u{FF5F}\u{FF00}\u{FFFD}",
            "盘政办发〔2017〕69号\n各县区人民政府：",
        ];
        for s in samples {
            let n = normalize(s);
            let (text, stops) = reference(s);
            assert_eq!(n.text, text, "{s:?}");
            assert_eq!(n.map.stops, stops, "{s:?}");
            check_roundtrip(s);
        }
        // Every character from U+0000 to U+FFFF (and a few beyond) around CRs.
        let all: String = (0u32..0x1_0000)
            .chain([0x1F600, 0x2460])
            .filter_map(char::from_u32)
            .flat_map(|c| [c, '\r', 'a'])
            .collect();
        let n = normalize(&all);
        let (text, stops) = reference(&all);
        assert_eq!(n.text, text);
        assert_eq!(n.map.stops, stops);
    }

    /// Stretches dense with stops (every character folded) and sparse ones.
    #[test]
    fn indexed_lookups_agree_with_binary_search() {
        let input = "（一）１２：\u{3000}a\r\nb\rc\u{FEFF}d，，，（二）　ｘ；".repeat(40)
            + &"甲".repeat(100)
            + "，";
        let n = normalize(&input);
        for p in 0..=n.text.len() + 2 {
            assert_eq!(n.map.to_original(p), searched(&n.map, p), "{p}");
        }
    }

    #[test]
    fn fold_str_borrows_clean_text() {
        assert!(matches!(fold_str("市住建委"), Cow::Borrowed(_)));
        assert_eq!(fold_str("２０１７年"), "2017年");
    }
}
