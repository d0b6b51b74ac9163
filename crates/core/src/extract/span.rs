//! [`Span`]: where something sits in a text.

/// A stretch `[start, end)` of a text: `start` is its first position, `end` one past its last.
///
/// The unit is the holder's: the extractors report char offsets (Unicode scalar values), while
/// regex matches are byte offsets until they are converted. Every field or function holding a
/// `Span` says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First position.
    pub start: usize,
    /// One past the last position.
    pub end: usize,
}

impl Span {
    /// The span from `start` to `end` (end exclusive).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Whether `other` lies wholly inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}
