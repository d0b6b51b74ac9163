//! Word segmentation: jieba-rs with its default dictionary, the domain dictionary
//! (`corpus/dict/domain.dict`) and every name in the company registry.
//!
//! Text is cut in simplified script (jieba's dictionary is simplified) and each token is
//! mapped back to the original by char offset, which [`crate::normalize::to_simplified`]
//! keeps aligned. The reader, the index and search queries all use this one segmenter.
//!
//! Registry names come out as one token each: Chinese names through jieba's dictionary,
//! Latin names spanning several jieba pieces (`Hugging Face`, `蒂姆 · 库克`) by joining the
//! pieces afterwards. Whether a name is the company is then decided in context, from the
//! rules the registry carries ([`crate::registry::Alias`]): `苹果` in 吃苹果 is a word. The
//! decision is made here, once, so every count and highlight agrees.
//!
//! One module per step: the [`Token`] type (`token`), building the segmenter (`builder`),
//! cutting in simplified script (`script`), joining registry names (`names`), deciding them
//! in context (`context`) by the patterns the rules are written in (`patterns`).

mod builder;
mod context;
mod names;
mod patterns;
mod script;
mod token;

pub use builder::SegmenterBuilder;
pub use token::{Token, TokenKind};

use crate::registry::Registry;
use jieba_rs::Jieba;
use rustc_hash::FxHashSet;

/// The domain dictionary shipped with the app, in jieba's `word freq tag` format.
pub const DOMAIN_DICT: &str = include_str!("../../../../corpus/dict/domain.dict");

/// A ready segmenter. Building one loads jieba's dictionary: do it once and share it.
pub struct Segmenter {
    jieba: Jieba,
    registry: &'static Registry,
    /// Keys of the first jieba piece of every name jieba cuts into several pieces
    /// (`hugging` of `Hugging Face`, `蒂姆` of `蒂姆·库克`): only these start a name run.
    run_starts: FxHashSet<String>,
}

/// Why the segmenter could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmenterError(pub String);

impl std::fmt::Display for SegmenterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "segmenter: {}", self.0)
    }
}

impl std::error::Error for SegmenterError {}

impl Segmenter {
    /// Cuts one text into tokens in its own script.
    ///
    /// Pass a whole paragraph: whether an ambiguous alias (`苹果`, `字节`) is the company is
    /// decided from its sentence and its paragraph, so cutting a paragraph sentence by
    /// sentence can decide differently. The rules (see [`Alias`](crate::registry::Alias)):
    /// 1. a stop pattern next to the name, or a stop word in its sentence, makes it a word;
    /// 2. otherwise a name that is not ambiguous is the company;
    /// 3. an ambiguous one is the company when the paragraph names the same company by a name
    ///    that is not ambiguous, or its sentence holds one of its cues (`#company`: another
    ///    company's name);
    /// 4. once one ambiguous mention is supported, the company's other mentions in the
    ///    paragraph are too (`苹果发布了新手机。苹果说…`).
    ///
    /// Either way the name stays one token: a [`TokenKind::Word`] when it is not the company.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let pieces = script::cut(&self.jieba, text);
        let (mut tokens, mut matches) = self.merge_names(pieces);
        self.apply_context(&mut tokens, &mut matches);
        tokens
    }

    /// jieba's own cut of `text` (with its HMM for unknown words), nothing added: no script
    /// conversion, no names. What a benchmark compares with jieba-rs elsewhere.
    pub fn jieba_cut<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.jieba
            .cut(text, true)
            .into_iter()
            .map(|t| t.word)
            .collect()
    }

    /// The words of a text in its own script, without spaces: what `baimo segment` prints.
    pub fn words(&self, text: &str) -> Vec<String> {
        self.tokens(text)
            .into_iter()
            .filter(|t| t.kind != TokenKind::Space)
            .map(|t| t.text)
            .collect()
    }
}

#[cfg(test)]
mod tests;
