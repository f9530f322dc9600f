//! Stage 2, with the block split: where the characters later stages stop
//! at stand in the folded text, found in one pass.
//!
//! Three walks look for a few characters among the Han text: the block
//! splitter for brackets and sentence ends (`Stops`), the sentence
//! splitter for 。;!? (a few of the stops) and the date scanner for digits
//! and 年/月/季 (`Anchors`). Each found them sixteen bytes at a time on
//! its own, block by block; [`Marks::of`] loads each sixteen bytes of the
//! document once, compares them for both sets, and keeps one bit per byte
//! and set, which the walks then read a word (64 bytes) at a time.

use super::bytes::{seq_set, Chunked};
use std::ops::Range;

seq_set! {
    /// The characters the block splitter (`lines::split_markers`) stops at:
    /// brackets (`(` `)` `《` `》`), the sentence ends after which a marker
    /// may open an item, and ① to ⑳, which may open one after any character.
    /// `lines::tests::marker_walk_agrees_with_a_plain_walk` holds the walk
    /// to one that decodes every character.
    pub(crate) struct Stops = [
        [(b'(', b')')],
        [(b':', b';')],
        [(b'!', b'!')],
        [(b'?', b'?')],
        // 。 and, with 〃々〆〇〈〉 between them, 《 》: one compare.
        [(0xE3, 0xE3), (0x80, 0x80), (0x82, 0x8B)],
        // ！ ； ？ and the rest of the full-width punctuation.
        [(0xEF, 0xEF), (0xBC, 0xBC), (0x81, 0x9F)],
        // ① … ⑳
        [(0xE2, 0xE2), (0x91, 0x91), (0xA0, 0xB3)],
    ];
}

#[cfg(test)]
seq_set! {
    /// The ends of sentences: ; ! ? and 。 (E3 80 82). Each is one of the
    /// [`Stops`], so [`Marks::ends`] reads them off those; this scan of
    /// their own is what the tests hold that to.
    pub(crate) struct Ends = [
        [(b';', b';')],
        [(b'!', b'!')],
        [(b'?', b'?')],
        [(0xE3, 0xE3), (0x80, 0x80), (0x82, 0x82)],
    ];
}

seq_set! {
    /// Characters of which every date holds at least one, near its start
    /// (`deadline::ANCHOR_REACH`): ASCII digits, the separators of
    /// 2017.6.30, 年 (years, 年底, 上半年), 月 (months) and 季 (季度): the ASCII
    /// ones are the one range `-./0-9` (0x2D..=0x39), the Han ones their
    /// three bytes. (Told by its last byte alone, 年 E5 B9 **B4**, one Han
    /// character in twenty stopped the scan.)
    pub(crate) struct Anchors = [
        [(b'-', b'9')],
        [(0xE5, 0xE5), (0xB9, 0xB9), (0xB4, 0xB4)],
        [(0xE5, 0xE5), (0xAD, 0xAD), (0xA3, 0xA3)],
        [(0xE6, 0xE6), (0x9C, 0x9C), (0x88, 0x88)],
    ];
}

/// The marks of `$text`, with `$masks` giving those of the 32 bytes
/// `$chunk` starts with (it holds 2 more) for `Stops` and `Anchors`. A
/// macro, not a function taking a closure: the AVX2 compares inline only
/// into code compiled for AVX2, and a closure is not.
macro_rules! marks_of {
    ($text:expr, |$chunk:ident| $masks:expr) => {{
        let bytes = $text.as_bytes();
        let words = bytes.len().div_ceil(64);
        let mut marks = Marks {
            stops: vec![0; words],
            anchors: vec![0; words],
        };
        // Each step reads 32 bytes and the 2 after them; the last step or
        // two (up to 33 bytes are left) from a copy padded with zeros
        // (which match no byte after the first of a sequence).
        const STEP: usize = 32;
        let mut base = 0;
        let mut padded;
        while base < bytes.len() {
            let $chunk: &[u8] = if base + STEP + 2 <= bytes.len() {
                &bytes[base..base + STEP + 2]
            } else {
                let n = (bytes.len() - base).min(STEP + 2);
                padded = [0u8; STEP + 2];
                padded[..n].copy_from_slice(&bytes[base..base + n]);
                &padded
            };
            let (stops, anchors) = $masks;
            let (word, shift) = (base / 64, base % 64);
            marks.stops[word] |= stops << shift;
            marks.anchors[word] |= anchors << shift;
            base += STEP;
        }
        marks
    }};
}

/// Where `Stops` and `Anchors` start in a text: one bit per byte and
/// set. Built once per document and lent to the block split and the
/// [`Walker`](crate::extract::tasks::Walker).
#[derive(Debug, Clone, Default)]
pub(crate) struct Marks {
    stops: Vec<u64>,
    anchors: Vec<u64>,
}

impl Marks {
    /// The marks of `text`, found in one pass: 32 bytes per AVX2 compare
    /// where the processor has it (checked once per text), else 16 per
    /// SSE2 compare.
    pub(crate) fn of(text: &str) -> Self {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2, checked just above.
            return unsafe { Self::of_avx2(text) };
        }
        Self::of_baseline(text)
    }

    /// [`Marks::of`] with the baseline compares (SSE2 on x86-64).
    fn of_baseline(text: &str) -> Self {
        marks_of!(text, |chunk| (
            mask32(&Stops, chunk),
            mask32(&Anchors, chunk)
        ))
    }

    /// [`Marks::of`] with AVX2 compares.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn of_avx2(text: &str) -> Self {
        marks_of!(text, |chunk| (
            u64::from(Stops::mask32_avx2(chunk)),
            u64::from(Anchors::mask32_avx2(chunk))
        ))
    }

    /// Where [`Stops`] start in `r`, in order.
    pub(crate) fn stops(&self, r: Range<usize>) -> Bits<'_> {
        Bits::new(&self.stops, r)
    }

    /// Where sentence ends (; ! ? 。) start in `r` of `text` (the text
    /// these are the marks of), in order: the [`Stops`] that are one.
    pub(crate) fn ends<'a>(
        &'a self,
        text: &'a str,
        r: Range<usize>,
    ) -> impl Iterator<Item = usize> + 'a {
        let bytes = text.as_bytes();
        self.stops(r).filter(move |&p| match bytes[p] {
            b';' | b'!' | b'?' => true,
            0xE3 => bytes.get(p + 1..p + 3) == Some(&[0x80, 0x82]),
            _ => false,
        })
    }

    /// Where [`Anchors`] start in `r`, in order.
    pub(crate) fn anchors(&self, r: Range<usize>) -> Bits<'_> {
        Bits::new(&self.anchors, r)
    }
}

/// The marks of `set` in the 32 bytes `chunk` starts with (it holds 2 more).
#[inline(always)]
fn mask32<S: Chunked>(set: &S, chunk: &[u8]) -> u64 {
    u64::from(set.mask16(&chunk[..18]) | (set.mask16(&chunk[16..34]) << 16))
}

/// The set bits of a bit vector within a range, as positions, in order.
#[derive(Debug, Clone)]
pub(crate) struct Bits<'a> {
    words: &'a [u64],
    end: usize,
    /// Index of the word `rest` comes from.
    word: usize,
    /// Bits of that word not yet returned.
    rest: u64,
}

impl<'a> Bits<'a> {
    fn new(words: &'a [u64], r: Range<usize>) -> Self {
        let word = r.start / 64;
        let rest = words
            .get(word)
            .map_or(0, |w| w & (u64::MAX << (r.start % 64)));
        Bits {
            words,
            end: r.end,
            word,
            rest,
        }
    }
}

impl Iterator for Bits<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.rest == 0 {
            self.word += 1;
            if self.word * 64 >= self.end {
                return None;
            }
            self.rest = *self.words.get(self.word)?;
        }
        let p = self.word * 64 + self.rest.trailing_zeros() as usize;
        if p >= self.end {
            return None;
        }
        self.rest &= self.rest - 1;
        Some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks of every range of a text are what each set's own scan of
    /// that range finds (ranges that start and end at characters).
    #[test]
    fn marks_agree_with_each_sets_scan() {
        let mut texts = vec![
            String::new(),
            "年".into(),
            "一、总体要求。(一)2017年6月底前;①完成!《方案》?".repeat(5),
            "2021.6.30;季度,月底".into(),
        ];
        texts.extend(crate::test_support::folded_corpus(true));
        for t in &texts {
            let marks = Marks::of(t);
            // Each processor's compares find the same marks.
            let baseline = Marks::of_baseline(t);
            assert_eq!(
                (&marks.stops, &marks.anchors),
                (&baseline.stops, &baseline.anchors)
            );
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            // Every range would be slow over the corpus: a spread of them.
            let step = (bounds.len() / 40).max(1);
            for &a in bounds.iter().step_by(step) {
                for &b in bounds.iter().filter(|&&b| b >= a).step_by(step) {
                    let r = a..b;
                    let bytes = &t.as_bytes()[r.clone()];
                    let shift = |v: Vec<usize>| v.into_iter().map(|p| p + a).collect::<Vec<_>>();
                    assert_eq!(
                        marks.stops(r.clone()).collect::<Vec<_>>(),
                        shift(Stops::positions(bytes).collect()),
                        "stops {r:?}"
                    );
                    assert_eq!(
                        marks.ends(t, r.clone()).collect::<Vec<_>>(),
                        shift(Ends::positions(bytes).collect()),
                        "ends {r:?}"
                    );
                    assert_eq!(
                        marks.anchors(r.clone()).collect::<Vec<_>>(),
                        shift(Anchors::positions(bytes).collect()),
                        "anchors {r:?}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn marks_agree_on_any_text(t in "[年月季一0-9.;:!?()。、《》①⑳；甲 ]{0,90}", a in 0usize..300, b in 0usize..300) {
            let marks = Marks::of(&t);
            let baseline = Marks::of_baseline(&t);
            proptest::prop_assert_eq!((&marks.stops, &marks.anchors), (&baseline.stops, &baseline.anchors));
            let mut a = a.min(t.len());
            let mut b = b.min(t.len()).max(a);
            while !t.is_char_boundary(a) { a -= 1; }
            while !t.is_char_boundary(b) { b += 1; }
            let bytes = &t.as_bytes()[a..b];
            let got: Vec<usize> = marks.anchors(a..b).map(|p| p - a).collect();
            proptest::prop_assert_eq!(got, Anchors::positions(bytes).collect::<Vec<_>>());
            let got: Vec<usize> = marks.stops(a..b).map(|p| p - a).collect();
            proptest::prop_assert_eq!(got, Stops::positions(bytes).collect::<Vec<_>>());
            let got: Vec<usize> = marks.ends(&t, a..b).map(|p| p - a).collect();
            proptest::prop_assert_eq!(got, Ends::positions(bytes).collect::<Vec<_>>());
        }

        /// Any text at all, every length around the 32-byte steps: the
        /// AVX2 compares (where the processor has them) find what the
        /// baseline ones find, and both what the plain scans find.
        #[test]
        fn both_paths_agree_on_any_string(t in "\\PC{0,120}") {
            let marks = Marks::of(&t);
            let baseline = Marks::of_baseline(&t);
            proptest::prop_assert_eq!((&marks.stops, &marks.anchors), (&baseline.stops, &baseline.anchors));
            let got: Vec<usize> = marks.stops(0..t.len()).collect();
            proptest::prop_assert_eq!(got, Stops::positions(t.as_bytes()).collect::<Vec<_>>());
            let got: Vec<usize> = marks.anchors(0..t.len()).collect();
            proptest::prop_assert_eq!(got, Anchors::positions(t.as_bytes()).collect::<Vec<_>>());
        }
    }
}
