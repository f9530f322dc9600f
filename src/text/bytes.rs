//! Finding the few characters that matter in a long text, sixteen bytes at
//! a time.
//!
//! Chinese text is mostly Han characters (three bytes, lead byte E4–E9), and
//! several stages only care about rare characters between them: folding
//! looks for full-width forms, the deadline scanner for digits and 年/月/季,
//! the sentence splitter for 。;!?, the block splitter for brackets and
//! sentence ends. They are found by comparing sixteen bytes per vector
//! instruction (SSE2 on x86-64, which every x86-64 processor has; two
//! vectors per step) and walking only the hits, where a byte-by-byte walk
//! spent most of its time on characters it passed over.
//!
//! - A [`ByteSet`] names single bytes: right where the bytes sought are the
//!   characters (ASCII) or where most hits are wanted anyway (folding: the
//!   full-width forms share their lead bytes with little else).
//! - A set declared with [`seq_set`] names whole characters (up to three
//!   bytes), so the walk does not stop at 、 when it wants 。 (both start
//!   with E3) or at one Han character in twenty when it wants 年 (its last
//!   byte, B4, ends many). The block splitter, whose byte walk stopped at
//!   every non-Han character, went from 774 to 965 MiB/s over the corpus.
//!   Folding went the other way (3.2 → 2.2 GiB/s: its hits are mostly real,
//!   and the wider compare cost more than the few stops it saved), so it
//!   keeps its `ByteSet`.
//!
//! The one pass over a whole document ([`super::marks::Marks::of`]) also
//! has AVX2 compares ([`avx2`], thirty-two bytes each), chosen at run time
//! when the processor has them: one check per document pays for itself
//! there (corpus 43.9 M → 42.0 M instructions a pass), not in the many
//! short per-block scans.
//!
//! The crate's `unsafe` is here and at that choice: calling intrinsics,
//! which Rust marks unsafe because they need a processor feature. SSE2 is
//! part of the x86-64 baseline, so it is always present on that target;
//! AVX2 is called only after `is_x86_feature_detected!` found it; other
//! targets use the plain loop.

/// A set of bytes, as inclusive ranges (a single byte is `(b, b)`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ByteSet {
    ranges: &'static [(u8, u8)],
}

/// Whether `b` is in the inclusive range `(lo, hi)`.
#[cfg(any(test, not(target_arch = "x86_64")))]
#[inline(always)]
fn in_range(b: u8, (lo, hi): (u8, u8)) -> bool {
    b.wrapping_sub(lo) <= hi.wrapping_sub(lo)
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
        self.ranges.iter().any(|&r| in_range(b, r))
    }

    /// The positions in `hay` of bytes in the set, in order.
    #[inline]
    pub(crate) fn positions<'a>(&'a self, hay: &'a [u8]) -> Positions<'a, Self> {
        Positions::new(self, hay)
    }
}

/// Declare a set of short byte sequences, found where they start: each is
/// one to three bytes, every byte given as an inclusive range (`。` is
/// `[(0xE3, 0xE3), (0x80, 0x80), (0x82, 0x82)]`, the digits
/// `[(b'0', b'9')]`).
///
/// Where a [`ByteSet`] must name a character by one of its bytes, a lead
/// byte (E3 stands for 、 as much as for 。) or a last byte (B4 ends 年 and
/// one Han character in sixty-four), every byte found that is not the
/// character costs a look and a mispredicted branch; a sequence set
/// compares the two bytes after each byte too (the text loaded again one
/// and two bytes on), so the scan stops only at the characters sought.
///
/// A macro, not a value: each sequence becomes its own vector compares with
/// the bytes as constants. (A `SeqSet` value holding a slice of sequences
/// was compiled as a loop over the slice, building each compare vector
/// again for every sixteen bytes: 13 M more instructions per pass over the
/// corpus.) No byte after the first of a sequence may match 0: the
/// text is padded with zeros past its end.
macro_rules! seq_set {
    ($(#[$attr:meta])* $vis:vis struct $name:ident = [$([$(($lo:expr, $hi:expr)),+ $(,)?]),+ $(,)?];) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy)]
        $vis struct $name;

        impl $name {
            /// The sequences, for the plain scan the vector one must agree with.
            #[allow(dead_code)]
            const SEQS: &'static [&'static [(u8, u8)]] = &[$(&[$(($lo, $hi)),+]),+];

            /// Where sequences of the set start in `hay`, in order.
            #[inline]
            #[allow(dead_code)]
            pub(crate) fn positions(hay: &[u8]) -> $crate::text::bytes::Positions<'_, Self> {
                $crate::text::bytes::Positions::new(&$name, hay)
            }

            /// Whether a sequence of the set starts at `hay[i]`.
            #[cfg(test)]
            #[allow(dead_code)]
            pub(crate) fn starts_at(hay: &[u8], i: usize) -> bool {
                $crate::text::bytes::seq_starts_at(Self::SEQS, hay, i)
            }
        }

        // The text is read at most two bytes on (`Chunked::AHEAD`): a longer
        // sequence is a compile error, not one cut short.
        const _: () = {
            let seqs = $name::SEQS;
            let mut k = 0;
            while k < seqs.len() {
                assert!(!seqs[k].is_empty() && seqs[k].len() <= 3, "one to three bytes");
                k += 1;
            }
        };

        #[cfg(target_arch = "x86_64")]
        impl $name {
            /// Bit `k` set when a member starts at byte `k` of `chunk`, which
            /// holds thirty-two bytes and two more: one AVX2 compare per
            /// byte of each sequence, where SSE2 takes two.
            #[target_feature(enable = "avx2")]
            #[inline]
            #[allow(dead_code)]
            pub(crate) fn mask32_avx2(chunk: &[u8]) -> u32 {
                let v = $crate::text::bytes::avx2::load3(chunk);
                let mut hits = std::arch::x86_64::_mm256_setzero_si256();
                $(
                    hits = std::arch::x86_64::_mm256_or_si256(
                        hits,
                        $crate::text::bytes::avx2::seq(&v, [$(($lo, $hi)),+]),
                    );
                )+
                std::arch::x86_64::_mm256_movemask_epi8(hits) as u32
            }
        }

        impl $crate::text::bytes::Chunked for $name {
            const AHEAD: usize = 2;

            #[inline(always)]
            fn mask16(&self, chunk: &[u8]) -> u32 {
                #[cfg(target_arch = "x86_64")]
                {
                    // SAFETY: SSE2 is part of the x86-64 baseline: every
                    // processor this code can run on has it.
                    unsafe {
                        let v = $crate::text::bytes::sse2::load3(chunk);
                        let mut hits = std::arch::x86_64::_mm_setzero_si128();
                        $(
                            hits = std::arch::x86_64::_mm_or_si128(
                                hits,
                                $crate::text::bytes::sse2::seq(&v, [$(($lo, $hi)),+]),
                            );
                        )+
                        std::arch::x86_64::_mm_movemask_epi8(hits) as u32
                    }
                }
                #[cfg(not(target_arch = "x86_64"))]
                {
                    let mut m = 0;
                    for k in 0..16 {
                        m |= u32::from($crate::text::bytes::seq_starts_at(Self::SEQS, chunk, k)) << k;
                    }
                    m
                }
            }
        }
    };
}
pub(crate) use seq_set;

/// Whether one of `seqs` starts at `hay[i]` (see [`seq_set`]).
#[cfg(any(test, not(target_arch = "x86_64")))]
pub(crate) fn seq_starts_at(seqs: &[&[(u8, u8)]], hay: &[u8], i: usize) -> bool {
    seqs.iter().any(|seq| {
        seq.iter()
            .enumerate()
            .all(|(j, &r)| hay.get(i + j).is_some_and(|&b| in_range(b, r)))
    })
}

/// What [`Positions`] looks for, sixteen bytes at a time.
pub(crate) trait Chunked {
    /// Bytes read past the sixteen a mask describes.
    const AHEAD: usize;

    /// Bit `k` set when a member starts at byte `k` of `chunk`, which holds
    /// sixteen bytes and [`Chunked::AHEAD`] more.
    fn mask16(&self, chunk: &[u8]) -> u32;
}

impl Chunked for ByteSet {
    const AHEAD: usize = 0;

    #[inline(always)]
    fn mask16(&self, chunk: &[u8]) -> u32 {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_mm_movemask_epi8, _mm_or_si128, _mm_setzero_si128};
            // SAFETY: SSE2 is part of the x86-64 baseline: every processor
            // this code can run on has it.
            unsafe {
                let v = sse2::load(chunk, 0);
                let mut hits = _mm_setzero_si128();
                for &r in self.ranges {
                    hits = _mm_or_si128(hits, sse2::in_range(v, r));
                }
                _mm_movemask_epi8(hits) as u32
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let mut m = 0;
            for (k, &b) in chunk[..16].iter().enumerate() {
                m |= u32::from(self.contains(b)) << k;
            }
            m
        }
    }
}

#[cfg(target_arch = "x86_64")]
pub(crate) mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_min_epu8, _mm_set1_epi8, _mm_set_epi64x,
        _mm_sub_epi8,
    };

    /// The sixteen bytes of `chunk` from `at`, as a vector. Built from two
    /// integer loads (no pointer, so no unsafe load); the compiler emits
    /// one unaligned vector load.
    #[target_feature(enable = "sse2")]
    #[inline]
    pub(crate) fn load(chunk: &[u8], at: usize) -> __m128i {
        let word = |k: usize| {
            chunk
                .get(k..k + 8)
                .and_then(|w| w.try_into().ok())
                .map_or(0, i64::from_le_bytes)
        };
        _mm_set_epi64x(word(at + 8), word(at))
    }

    /// The sixteen bytes of `chunk` from 0, 1 and 2.
    #[target_feature(enable = "sse2")]
    #[inline]
    pub(crate) fn load3(chunk: &[u8]) -> [__m128i; 3] {
        [load(chunk, 0), load(chunk, 1), load(chunk, 2)]
    }

    /// 0xFF in each lane where the sequence `seq` starts (`v` as from
    /// [`load3`]).
    #[target_feature(enable = "sse2")]
    #[inline]
    pub(crate) fn seq<const N: usize>(v: &[__m128i; 3], seq: [(u8, u8); N]) -> __m128i {
        let mut m = in_range(v[0], seq[0]);
        for j in 1..N {
            m = _mm_and_si128(m, in_range(v[j], seq[j]));
        }
        m
    }

    /// 0xFF in each lane whose byte is in `(lo, hi)`.
    #[target_feature(enable = "sse2")]
    #[inline]
    pub(crate) fn in_range(v: __m128i, (lo, hi): (u8, u8)) -> __m128i {
        if lo == hi {
            _mm_cmpeq_epi8(v, _mm_set1_epi8(lo as i8))
        } else {
            // lo <= b <= hi  ⇔  (b - lo) <= (hi - lo), unsigned.
            let d = _mm_sub_epi8(v, _mm_set1_epi8(lo as i8));
            let width = _mm_set1_epi8(hi.wrapping_sub(lo) as i8);
            _mm_cmpeq_epi8(_mm_min_epu8(d, width), d)
        }
    }
}

/// The [`sse2`] compares thirty-two bytes wide, for processors found at
/// run time to have AVX2 (the callers check `is_x86_feature_detected!`).
#[cfg(target_arch = "x86_64")]
pub(crate) mod avx2 {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_min_epu8, _mm256_set1_epi8,
        _mm256_set_epi64x, _mm256_sub_epi8,
    };

    /// The thirty-two bytes of `chunk` from `at`, as a vector (from integer
    /// loads, like [`super::sse2::load`]; the compiler emits one vector load).
    #[target_feature(enable = "avx2")]
    #[inline]
    pub(crate) fn load(chunk: &[u8], at: usize) -> __m256i {
        let word = |k: usize| {
            chunk
                .get(k..k + 8)
                .and_then(|w| w.try_into().ok())
                .map_or(0, i64::from_le_bytes)
        };
        _mm256_set_epi64x(word(at + 24), word(at + 16), word(at + 8), word(at))
    }

    /// The thirty-two bytes of `chunk` from 0, 1 and 2.
    #[target_feature(enable = "avx2")]
    #[inline]
    pub(crate) fn load3(chunk: &[u8]) -> [__m256i; 3] {
        [load(chunk, 0), load(chunk, 1), load(chunk, 2)]
    }

    /// 0xFF in each lane where the sequence `seq` starts.
    #[target_feature(enable = "avx2")]
    #[inline]
    pub(crate) fn seq<const N: usize>(v: &[__m256i; 3], seq: [(u8, u8); N]) -> __m256i {
        let mut m = in_range(v[0], seq[0]);
        for j in 1..N {
            m = _mm256_and_si256(m, in_range(v[j], seq[j]));
        }
        m
    }

    /// 0xFF in each lane whose byte is in `(lo, hi)`.
    #[target_feature(enable = "avx2")]
    #[inline]
    pub(crate) fn in_range(v: __m256i, (lo, hi): (u8, u8)) -> __m256i {
        if lo == hi {
            _mm256_cmpeq_epi8(v, _mm256_set1_epi8(lo as i8))
        } else {
            let d = _mm256_sub_epi8(v, _mm256_set1_epi8(lo as i8));
            let width = _mm256_set1_epi8(hi.wrapping_sub(lo) as i8);
            _mm256_cmpeq_epi8(_mm256_min_epu8(d, width), d)
        }
    }
}

/// The iterator of [`ByteSet::positions`] and of the sets of [`seq_set`].
#[derive(Debug)]
pub(crate) struct Positions<'a, S> {
    set: &'a S,
    hay: &'a [u8],
    /// Offset of the chunk `mask` describes.
    base: usize,
    /// Hits of that chunk not yet returned.
    mask: u32,
}

/// Bytes read per step of [`Positions`]: two vectors, one 32-bit mask.
const STEP: usize = 32;

impl<'a, S: Chunked> Positions<'a, S> {
    #[inline(always)]
    pub(crate) fn new(set: &'a S, hay: &'a [u8]) -> Self {
        let mut p = Positions {
            set,
            hay,
            base: 0,
            mask: 0,
        };
        p.mask = p.mask_at(0);
        p
    }

    /// The mask of the thirty-two bytes of `hay` from `at` (which must all
    /// exist, with [`Chunked::AHEAD`] more).
    #[inline(always)]
    fn mask32(set: &S, hay: &[u8], at: usize) -> u32 {
        set.mask16(&hay[at..at + 16 + S::AHEAD])
            | (set.mask16(&hay[at + 16..at + STEP + S::AHEAD]) << 16)
    }

    /// The mask of the (up to) thirty-two bytes from `base`.
    ///
    /// The last, short step is read as the last thirty-two bytes of the
    /// text (overlapping what was read, whose bits are shifted out) where
    /// nothing past them is needed, or else from a zero-padded copy: either
    /// is a few instructions, where a byte loop over the tail cost as much
    /// as the rest of a short block.
    #[inline(always)]
    fn mask_at(&self, base: usize) -> u32 {
        let len = self.hay.len();
        if base + STEP + S::AHEAD <= len {
            return Self::mask32(self.set, self.hay, base);
        }
        if base >= len {
            return 0;
        }
        if S::AHEAD == 0 && len >= STEP {
            // Bit k of the last step is byte len - 32 + k; keep those from `base`.
            return Self::mask32(self.set, self.hay, len - STEP) >> (base - (len - STEP));
        }
        let n = len - base;
        let mut padded = [0u8; STEP + 16];
        padded[..n].copy_from_slice(&self.hay[base..]);
        let keep = if n >= STEP {
            u32::MAX
        } else {
            u32::MAX >> (STEP - n)
        };
        Self::mask32(self.set, &padded, 0) & keep
    }
}

impl<S: Chunked> Iterator for Positions<'_, S> {
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

    seq_set! {
        /// A digit, 。, 年 and ① to ⑳ (a range in the last byte).
        struct Seqs = [
            [(b'0', b'9')],
            [(0xE3, 0xE3), (0x80, 0x80), (0x82, 0x82)],
            [(0xE5, 0xE5), (0xB9, 0xB9), (0xB4, 0xB4)],
            [(0xE2, 0xE2), (0x91, 0x91), (0xA0, 0xB3)],
        ];
    }

    fn plain_starts(hay: &[u8]) -> Vec<usize> {
        (0..hay.len())
            .filter(|&i| Seqs::starts_at(hay, i))
            .collect()
    }

    #[test]
    fn sequences_found_at_every_length_and_offset() {
        let text = "年1。、①⒇⒈ 年底2017年。E3年\u{3002}";
        let hay: Vec<u8> = text
            .bytes()
            .chain((0..=255u8).rev())
            .chain(text.bytes())
            .collect();
        for start in 0..40 {
            for end in start..hay.len() {
                let h = &hay[start..end];
                assert_eq!(Seqs::positions(h).collect::<Vec<_>>(), plain_starts(h));
            }
        }
        // A sequence cut by the end of the text is not found.
        assert_eq!(
            Seqs::positions("1年".as_bytes()).collect::<Vec<_>>(),
            [0, 1]
        );
        assert_eq!(
            Seqs::positions(&"1年".as_bytes()[..3]).collect::<Vec<_>>(),
            [0]
        );
        assert_eq!(Seqs::positions(b"").next(), None);
    }

    proptest! {
        #[test]
        fn sequences_agree_with_a_plain_scan(
            hay in proptest::collection::vec(
                prop_oneof![
                    Just(0xE3u8), Just(0x80), Just(0x82), Just(0xE5), Just(0xB9), Just(0xB4),
                    Just(0xE2), Just(0x91), Just(0xA0), Just(0xB3), Just(b'5'), any::<u8>()
                ],
                0..200,
            )
        ) {
            prop_assert_eq!(Seqs::positions(&hay).collect::<Vec<_>>(), plain_starts(&hay));
        }
    }
}
