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
    let mut original = text.chars();
    pieces
        .into_iter()
        .map(|piece| {
            let n = piece.word.chars().count();
            Piece {
                original: original.by_ref().take(n).collect(),
                simplified: piece.word.to_owned(),
            }
        })
        .collect()
}
