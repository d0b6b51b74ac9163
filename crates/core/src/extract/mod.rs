//! Extraction: what one sentence says. Sentences are split from paragraphs ([`sentence`]);
//! inside a sentence, [`date`] finds and resolves dates and [`money`] finds money figures;
//! both read Chinese numerals through [`numerals`].
//!
//! Every extractor takes one sentence in either script and returns char offsets into it
//! (Unicode scalar values, not bytes): traditional→simplified conversion and full-width→ASCII
//! digits are both one char for one char, so offsets found on the normalised text hold for
//! the original.

pub mod date;
pub mod money;
pub mod numerals;
pub mod sentence;
mod span;

pub use span::Span;

use serde::{Deserialize, Serialize};

/// A company named in a sentence: its registry id and where its name sits (char offsets,
/// end exclusive). The segmenter's company tokens produce these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanySpan {
    /// Registry id (`amazon`).
    pub id: String,
    /// First char of the name.
    pub start: usize,
    /// One past the last char of the name.
    pub end: usize,
}

impl CompanySpan {
    /// Where the name sits in the sentence, in chars.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Folds the differences extractors must not see: traditional → simplified, full-width
/// digits, letters and `．，％～` → ASCII. One char for one char, so offsets are kept.
pub fn fold(text: &str) -> String {
    crate::normalize::to_simplified(text)
        .chars()
        .map(|c| match c {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            '．' => '.',
            '％' => '%',
            '～' | '〜' => '~',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_keeps_char_count() {
        let s = "２０２３年８月，亞馬遜投資４０億美元，約合２９２．３４億元";
        let f = fold(s);
        assert_eq!(f.chars().count(), s.chars().count());
        assert_eq!(f, "2023年8月，亚马逊投资40亿美元，约合292.34亿元");
    }
}
