//! Stages 1–2: fold the text and split it into lines and paragraphs.

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
