//! The sentence as a char slice: words at a position, and the clause or segment around a
//! stretch of it. Every offset here is a char offset.

use crate::extract::Span;

/// The first position at or after `i` that is not whitespace.
pub(super) fn skip_ws(c: &[char], mut i: usize) -> usize {
    while i < c.len() && c[i].is_whitespace() {
        i += 1;
    }
    i
}

/// Whether `w` is written at `i`.
pub(super) fn starts_with_at(c: &[char], i: usize, w: &str) -> bool {
    (i..).zip(w.chars()).all(|(k, ch)| c.get(k) == Some(&ch))
}

/// The end of the first of `words` that starts at `i` (list longer words first).
pub(super) fn word_at(c: &[char], i: usize, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .find(|w| starts_with_at(c, i, w))
        .map(|w| i + w.chars().count())
}

/// Whether an ASCII letter is at `i`.
pub(super) fn is_ascii_letter_at(c: &[char], i: usize) -> bool {
    c.get(i).is_some_and(|ch| ch.is_ascii_alphabetic())
}

/// Clause breaks: the kind and the companies of a figure come from its clause.
pub(super) const CLAUSE_BREAKS: &[char] =
    &['，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?'];

/// Segment breaks: payer and payee are looked for up to these (a `；` starts a new statement).
pub(super) const SEGMENT_BREAKS: &[char] = &['；', ';', '。', '！', '？', '!', '?'];

/// The stretch around `span` up to the nearest `breaks` on either side (the breaks left out).
pub(super) fn bounds(chars: &[char], span: Span, breaks: &[char]) -> Span {
    let start = chars[..span.start.min(chars.len())]
        .iter()
        .rposition(|ch| breaks.contains(ch))
        .map_or(0, |p| p + 1);
    let after = span.end.min(chars.len());
    let end = chars[after..]
        .iter()
        .position(|ch| breaks.contains(ch))
        .map_or(chars.len(), |p| after + p);
    Span::new(start, end)
}
