//! Finding the few bytes that matter in a long text, sixteen at a time.
//!
//! Chinese text is mostly Han characters (three bytes, lead byte E4–E9), and
//! several stages only care about rare bytes between them: folding looks for
//! full-width forms, the deadline scanner for digits and 年/月/季, the
//! sentence splitter for 。;!?. A [`ByteSet`] names those bytes;
//! [`ByteSet::positions`] finds them by comparing sixteen bytes per vector
//! instruction (SSE2 on x86-64, which every x86-64 processor has; two vectors
//! per step) and walking only the hits, where a byte-by-byte walk spent most
//! of its time on characters it passed over. Where the bytes sought are not
//! rare (the block splitter stops at every non-Han character, one in six),
//! this was measured to gain nothing, and the byte walk stays.
//!
//! The only `unsafe` in the crate is here: calling SSE2 intrinsics, which
//! Rust marks unsafe because they need a processor feature. SSE2 is part of
//! the x86-64 baseline, so the feature is always present on that target;
//! other targets use the plain loop.

/// A set of bytes, as inclusive ranges (a single byte is `(b, b)`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ByteSet {
    ranges: &'static [(u8, u8)],
}

impl ByteSet {
    /// The bytes in any of `ranges`. Keep the list short: each range costs
    /// one to three vector instructions per sixteen bytes.
    pub(crate) const fn new(ranges: &'static [(u8, u8)]) -> Self {
        Self { ranges }
    }

    /// Whether `b` is in the set (the plain test the vector one must agree
    /// with).
    #[cfg(any(test, not(target_arch = "x86_64")))]
    #[inline(always)]
    pub(crate) fn contains(&self, b: u8) -> bool {
        self.ranges
            .iter()
            .any(|&(lo, hi)| b.wrapping_sub(lo) <= hi.wrapping_sub(lo))
    }

    /// Bit `k` set when byte `k` of `chunk` is in the set.
    #[inline(always)]
    fn mask16(&self, chunk: &[u8; 16]) -> u32 {
        #[cfg(target_arch = "x86_64")]
        {
            // SAFETY: SSE2 is part of the x86-64 baseline: every processor
            // this code can run on has it.
            unsafe { self.mask16_sse2(chunk) }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let mut m = 0;
            for (k, &b) in chunk.iter().enumerate() {
                m |= u32::from(self.contains(b)) << k;
            }
            m
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "sse2")]
    #[inline]
    fn mask16_sse2(&self, chunk: &[u8; 16]) -> u32 {
        use std::arch::x86_64::{
            _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
            _mm_set_epi64x, _mm_setzero_si128, _mm_sub_epi8,
        };
        // Built from two integer loads (no pointer, so no unsafe load);
        // the compiler emits one unaligned vector load.
        let (lo, hi) = chunk.split_at(8);
        let lo = i64::from_le_bytes(lo.try_into().unwrap_or_default());
        let hi = i64::from_le_bytes(hi.try_into().unwrap_or_default());
        let v = _mm_set_epi64x(hi, lo);
        let mut hits = _mm_setzero_si128();
        for &(lo, hi) in self.ranges {
            let m = if lo == hi {
                _mm_cmpeq_epi8(v, _mm_set1_epi8(lo as i8))
            } else {
                // lo <= b <= hi  ⇔  (b - lo) <= (hi - lo), unsigned.
                let d = _mm_sub_epi8(v, _mm_set1_epi8(lo as i8));
                let width = _mm_set1_epi8(hi.wrapping_sub(lo) as i8);
                _mm_cmpeq_epi8(_mm_min_epu8(d, width), d)
            };
            hits = _mm_or_si128(hits, m);
        }
        _mm_movemask_epi8(hits) as u32
    }

    /// The positions in `hay` of bytes in the set, in order.
    #[inline]
    pub(crate) fn positions<'a>(&'a self, hay: &'a [u8]) -> Positions<'a> {
        let mut p = Positions {
            set: self,
            hay,
            base: 0,
            mask: 0,
        };
        p.mask = p.mask_at(0);
        p
    }
}

/// The iterator of [`ByteSet::positions`].
#[derive(Debug)]
pub(crate) struct Positions<'a> {
    set: &'a ByteSet,
    hay: &'a [u8],
    /// Offset of the chunk `mask` describes.
    base: usize,
    /// Hits of that chunk not yet returned.
    mask: u32,
}

/// Bytes read per step of [`Positions`]: two vectors, one 32-bit mask.
const STEP: usize = 32;

impl Positions<'_> {
    /// The mask of the thirty-two bytes from `at` (which must all exist).
    #[inline(always)]
    fn mask32(&self, at: usize) -> u32 {
        let lo: &[u8; 16] = self.hay[at..at + 16].try_into().unwrap_or(&[0; 16]);
        let hi: &[u8; 16] = self.hay[at + 16..at + 32].try_into().unwrap_or(&[0; 16]);
        self.set.mask16(lo) | (self.set.mask16(hi) << 16)
    }

    /// The mask of the (up to) thirty-two bytes from `base`.
    ///
    /// The last, short step is read as the last thirty-two bytes of the
    /// text (overlapping what was read, whose bits are shifted out), or for
    /// a text shorter than that from a zero-padded copy: either is a few
    /// instructions, where a byte loop over the tail cost as much as the
    /// rest of a short block.
    #[inline(always)]
    fn mask_at(&self, base: usize) -> u32 {
        let len = self.hay.len();
        if base + STEP <= len {
            return self.mask32(base);
        }
        if base >= len {
            return 0;
        }
        if len >= STEP {
            // Bit k of the last step is byte len - 32 + k; keep those from `base`.
            return self.mask32(len - STEP) >> (base - (len - STEP));
        }
        let mut padded = [0u8; STEP];
        padded[..len - base].copy_from_slice(&self.hay[base..]);
        let lo: &[u8; 16] = padded[..16].try_into().unwrap_or(&[0; 16]);
        let hi: &[u8; 16] = padded[16..].try_into().unwrap_or(&[0; 16]);
        let m = self.set.mask16(lo) | (self.set.mask16(hi) << 16);
        m & (u32::MAX >> (STEP - (len - base)))
    }
}

impl Iterator for Positions<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            self.base += STEP;
            if self.base >= self.hay.len() {
                return None;
            }
            self.mask = self.mask_at(self.base);
        }
        let k = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.base + k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SET: ByteSet = ByteSet::new(&[(b'-', b'9'), (0xB4, 0xB4), (0x0D, 0x0D), (0xE2, 0xE3)]);

    fn plain(set: &ByteSet, hay: &[u8]) -> Vec<usize> {
        (0..hay.len()).filter(|&i| set.contains(hay[i])).collect()
    }

    #[test]
    fn finds_every_member_at_every_length_and_offset() {
        let hay: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for start in 0..40 {
            for end in start..hay.len() {
                let h = &hay[start..end];
                assert_eq!(SET.positions(h).collect::<Vec<_>>(), plain(&SET, h));
            }
        }
        assert_eq!(SET.positions(b"").next(), None);
        assert_eq!(SET.positions(b"ab1").collect::<Vec<_>>(), [2]);
    }

    #[test]
    fn contains_reads_ranges_inclusively() {
        for b in 0..=255u8 {
            let want =
                (b'-'..=b'9').contains(&b) || b == 0xB4 || b == 0x0D || b == 0xE2 || b == 0xE3;
            assert_eq!(SET.contains(b), want, "{b:#x}");
        }
        let all = ByteSet::new(&[(0, 255)]);
        assert_eq!(all.positions(&[0, 7, 255]).collect::<Vec<_>>(), [0, 1, 2]);
    }

    proptest! {
        #[test]
        fn positions_agree_with_a_plain_scan(hay in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(SET.positions(&hay).collect::<Vec<_>>(), plain(&SET, &hay));
        }
    }
}
