//! Stages 1–2: fold the text and split it into lines and paragraphs.

pub(crate) mod bytes;
pub mod lines;
pub mod normalize;
pub(crate) mod words;

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

/// [`char::is_whitespace`] (which takes in U+3000, the ideographic
/// space), answered at once for every character above U+3000, the last
/// whitespace: the standard test looks Han characters up in a table.
#[inline]
pub(crate) fn is_blank(c: char) -> bool {
    (c as u32) <= 0x3000 && c.is_whitespace()
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
