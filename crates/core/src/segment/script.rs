//! Cutting in simplified script and handing back the original.
//!
//! jieba's dictionary is simplified, so text is cut after [`to_simplified`]; that conversion
//! is char for char, so each piece maps back to the original text by its char count.

use crate::normalize::to_simplified;
use jieba_rs::Jieba;

/// One piece of jieba's cut, in both scripts (same number of chars).
#[derive(Debug, Clone)]
pub(super) struct Piece {
    /// As written in the original text.
    pub(super) original: String,
    /// In simplified script: what jieba cut.
    pub(super) simplified: String,
}

/// jieba's cut of `text` (with its HMM for unknown words), made on the simplified text.
pub(super) fn cut(jieba: &Jieba, text: &str) -> Vec<Piece> {
    let simplified = to_simplified(text);
    let pieces = jieba.cut(&simplified, true);
    // Each piece's original is the same number of chars further on, sliced, not rebuilt a
    // char at a time (allocation was most of the app's segmentation time).
    let mut rest = text;
    pieces
        .into_iter()
        .map(|piece| {
            let end = if rest.starts_with(piece.word) {
                piece.word.len()
            } else {
                let n = piece.word.chars().count();
                rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i)
            };
            let (original, after) = rest.split_at(end);
            rest = after;
            Piece {
                original: original.to_owned(),
                simplified: piece.word.to_owned(),
            }
        })
        .collect()
}
