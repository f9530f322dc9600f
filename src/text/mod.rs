//! Stages 1–2: fold the text and split it into lines and paragraphs.

pub(crate) mod bytes;
pub mod lines;
pub(crate) mod marks;
pub mod normalize;
#[cfg(feature = "traditional")]
pub(crate) mod script;
pub(crate) mod words;

/// Whether `c` is a Han character (CJK Unified Ideographs and Extension A).
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// The length of the UTF-8 character whose first byte is `b` (1 for a
/// continuation byte, at which valid text never starts a step). Byte walks
/// use it to step over a whole character without decoding it.
#[inline]
pub(crate) fn utf8_len(b: u8) -> usize {
    match b {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// The largest char boundary of `s` at or below `i` (`str::floor_char_boundary`,
/// stable only since Rust 1.91).
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// [`char::is_whitespace`] (which takes in U+3000, the ideographic
/// space), answered at once for every character above U+3000, the last
/// whitespace: the standard test looks Han characters up in a table.
#[inline]
pub(crate) fn is_blank(c: char) -> bool {
    (c as u32) <= 0x3000 && c.is_whitespace()
}

/// `s` without [`is_blank`] characters at either end, as
/// `s.trim_matches(is_blank)`. Names and sentences nearly always start and
/// end with characters that are no whitespace, told from their bytes; such
/// a text is returned as it is, without decoding characters.
pub(crate) fn trim_blank(s: &str) -> &str {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return s;
    };
    // Whitespace starts with 09–0D, 20, C2, E1, E2 or E3.
    let starts_blank = matches!(first, 0x09..=0x0D | 0x20 | 0xC2 | 0xE1..=0xE3)
        && is_blank_bytes(&b[..utf8_len(first).min(b.len())]);
    let ends_blank = if last < 0x80 {
        matches!(last, 0x09..=0x0D | 0x20)
    } else if b.len() >= 3 && (0xE4..=0xE9).contains(&b[b.len() - 3]) {
        // A Han character.
        false
    } else {
        // The last character starts at the last byte that is no
        // continuation byte (10xxxxxx), at most three back.
        let at = (b.len().saturating_sub(4)..b.len())
            .rev()
            .find(|&i| b[i] & 0xC0 != 0x80)
            .unwrap_or(0);
        is_blank_bytes(&b[at..])
    };
    if starts_blank || ends_blank {
        s.trim_matches(is_blank)
    } else {
        s
    }
}

/// Whether the UTF-8 bytes of one character are whitespace: 09–0D, 20,
/// U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F,
/// U+3000 (`is_blank_is_is_whitespace` and the `trim_blank` tests check
/// the list).
fn is_blank_bytes(c: &[u8]) -> bool {
    matches!(
        c,
        [0x09..=0x0D | 0x20]
            | [0xC2, 0x85 | 0xA0]
            | [0xE1, 0x9A, 0x80]
            | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF]
            | [0xE2, 0x81, 0x9F]
            | [0xE3, 0x80, 0x80]
    )
}

/// [`slice::partition_point`] started from `hint` (the answer of the last
/// search, updated): a gallop from there, then a binary search of the
/// bracketed run. Searches that move through the text in order cost O(1)
/// each and stay near the last one in memory, where a plain binary search
/// of a large table starts from its middle every time.
pub(crate) fn partition_point_near<T>(
    v: &[T],
    hint: &std::cell::Cell<usize>,
    pred: impl Fn(&T) -> bool,
) -> usize {
    let mut i = hint.get().min(v.len());
    // Most lookups land where the last one did, or just after it.
    for _ in 0..2 {
        let before_ok = i == 0 || pred(&v[i - 1]);
        if !before_ok {
            break;
        }
        if i == v.len() || !pred(&v[i]) {
            hint.set(i);
            return i;
        }
        i += 1;
    }
    i = hint.get().min(v.len());
    if i > 0 && !pred(&v[i - 1]) {
        // The answer is before the hint: gallop down.
        let mut step = 1;
        let mut hi = i - 1;
        while hi >= step && !pred(&v[hi - step]) {
            hi -= step;
            step *= 2;
        }
        let lo = hi.saturating_sub(step);
        i = lo + v[lo..hi].partition_point(&pred);
    } else {
        // At or after the hint: gallop up.
        let mut step = 1;
        let mut lo = i;
        while lo + step <= v.len() && pred(&v[lo + step - 1]) {
            lo += step;
            step *= 2;
        }
        let hi = (lo + step).min(v.len());
        i = lo + v[lo..hi].partition_point(&pred);
    }
    hint.set(i);
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_blank_is_is_whitespace() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_blank(c), c.is_whitespace(), "{:#x}", c as u32);
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(is_blank_bytes(bytes), c.is_whitespace(), "{:#x}", c as u32);
        }
    }

    proptest::proptest! {
        #[test]
        fn trim_blank_is_trim_matches(
            s in "[ \t\n\u{85}\u{a0}\u{1680}\u{2000}-\u{200b}\u{2028}\u{202f}\u{205f}\u{3000}\u{3001}甲a、。\u{4e00}-\u{4e10}\u{9fa5}]{0,6}"
        ) {
            proptest::prop_assert_eq!(trim_blank(&s), s.trim_matches(is_blank));
        }
    }

    #[test]
    fn trim_blank_on_every_character_at_either_end() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [
                format!("{c}"),
                format!("{c}甲"),
                format!("甲{c}"),
                format!("{c}甲{c}"),
            ] {
                assert_eq!(trim_blank(&s), s.trim_matches(is_blank), "{:#x}", c as u32);
            }
        }
    }

    #[test]
    fn partition_point_near_agrees_with_partition_point() {
        let v: Vec<u32> = (0..200).map(|x| x * 3).collect();
        let hint = std::cell::Cell::new(0);
        let mut targets: Vec<u32> = (0..=610).collect();
        targets.extend((0..=610).rev());
        targets.extend((0..=610).map(|x| (x * 7919) % 611));
        for t in targets {
            let want = v.partition_point(|&x| x <= t);
            assert_eq!(partition_point_near(&v, &hint, |&x| x <= t), want, "{t}");
        }
        assert_eq!(partition_point_near(&[] as &[u32], &hint, |_| true), 0);
    }
}
