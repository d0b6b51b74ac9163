//! Match keys: what a paragraph and a query term are compared by, folded to simplified
//! script and ASCII, lowercased, with spacing normalised.

use crate::extract::fold;
use crate::normalize::is_han;
use crate::registry::is_name_dot;
use crate::segment::{Token, TokenKind};

/// A run of tokens keyed: the key of the whole and each token's byte span in it.
pub(super) struct Keyed {
    /// The key of the whole run.
    pub(super) key: String,
    /// Each token's byte span in `key` (empty for a token with no key, such as a space).
    pub(super) spans: Vec<(usize, usize)>,
}

/// Letters and digits that are not Han: a space between two of them separates words
/// (`Hugging Face`); anywhere else (`生成式 AI`) it is only typography.
fn latin_like(c: char) -> bool {
    c.is_alphanumeric() && !is_han(c)
}

/// Keys tokens in one pass so a space token's meaning can depend on its neighbours.
pub(super) fn key_tokens(tokens: &[Token]) -> Keyed {
    let mut key = String::new();
    let mut spans = Vec::with_capacity(tokens.len());
    let mut pending_space = false;
    for token in tokens {
        let mut start = None;
        for c in fold(&token.simplified).chars() {
            if c.is_whitespace() {
                pending_space = true;
                continue;
            }
            let c = if is_name_dot(c) { '·' } else { c };
            let keep_space =
                pending_space && key.chars().next_back().is_some_and(latin_like) && latin_like(c);
            pending_space = false;
            if keep_space {
                key.push(' ');
            }
            start.get_or_insert(key.len());
            key.extend(c.to_lowercase());
        }
        let end = key.len();
        spans.push((start.unwrap_or(end), end));
    }
    Keyed { key, spans }
}

/// The match key of a text on its own (no segmenter needed): folded to simplified script and
/// ASCII, lowercased, spaces kept only between two Latin letters or digits. Two texts that
/// should match each other have the same key.
pub fn match_key(text: &str) -> String {
    let token = Token {
        text: text.to_owned(),
        simplified: crate::normalize::to_simplified(text),
        kind: TokenKind::Word,
    };
    key_tokens(std::slice::from_ref(&token)).key
}
