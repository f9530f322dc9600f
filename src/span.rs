//! Byte spans into the original input.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` of the original input.
///
/// Every extracted item carries one, so `&input[span.range()]` is the exact
/// source text the item was read from (before any width folding or line-ending
/// normalisation).
///
/// ```
/// use gongwen::Span;
/// let input = "盘政办发〔2017〕69号";
/// let span = Span::new(0, input.len());
/// assert_eq!(&input[span.range()], input);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (half-open).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a `Range<usize>`, ready to index a `str`.
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text this span covers in `input`, or `None` when it is out of
    /// bounds or not on character boundaries.
    pub fn text(self, input: &str) -> Option<&str> {
        input.get(self.range())
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
