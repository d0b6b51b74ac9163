//! The token type: what the segmenter hands out, in both scripts.

use crate::clean::GAP;
use crate::normalize::is_han;
use serde::{Deserialize, Serialize};

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "id")]
pub enum TokenKind {
    /// A word (Han, Latin or digits).
    Word,
    /// A name from the registry; carries the company id.
    Company(String),
    /// Punctuation or symbols.
    Punct,
    /// White space.
    Space,
    /// A censoring mark kept from the source (see [`crate::clean::GAP`]).
    Gap,
}

/// One token of a text, in both scripts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// The token as written in the original text.
    pub text: String,
    /// The same token in simplified script (same number of chars).
    pub simplified: String,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// True for words and company names: what a reader sees as a word with boundaries.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Company(_))
    }

    /// The company id, for a registry name.
    pub fn company(&self) -> Option<&str> {
        match &self.kind {
            TokenKind::Company(id) => Some(id),
            _ => None,
        }
    }
}

/// The kind of a token that is no registry name, from its simplified text.
pub(super) fn classify(s: &str) -> TokenKind {
    if s.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else if s.chars().all(|c| c == GAP) {
        TokenKind::Gap
    } else if s.chars().any(|c| is_han(c) || c.is_alphanumeric()) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
}
