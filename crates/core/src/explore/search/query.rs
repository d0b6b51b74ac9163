//! Query parsing: what a person typed, as terms cut and keyed like the corpus.

use super::key::key_tokens;
use crate::segment::{Segmenter, Token};
use serde::{Deserialize, Serialize};

/// Longest query read, in chars; the rest is ignored (and [`SearchQuery::truncated`] says so).
pub const MAX_QUERY_CHARS: usize = 200;
/// Most terms a query may have; further ones are ignored.
pub const MAX_TERMS: usize = 12;

/// One term of a query: a word or a quoted phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// The term as typed (without its quotes).
    pub text: String,
    /// The words the segmenter cuts it into, as typed.
    pub words: Vec<String>,
    /// Whether it was quoted.
    pub phrase: bool,
    /// What it matches: see [`match_key`](super::match_key).
    #[serde(skip)]
    pub key: String,
}

/// A parsed query: its terms, each giving its own hits (a hit of any term is shown).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchQuery {
    /// The terms, without duplicates (亚马逊 and 亞馬遜 are one term), at most [`MAX_TERMS`].
    pub terms: Vec<Term>,
    /// True when the query was longer than [`MAX_QUERY_CHARS`] or had more than
    /// [`MAX_TERMS`] terms, and the rest was ignored.
    pub truncated: bool,
}

/// Opening quote marks and the closing mark each expects.
const QUOTES: [(char, char); 4] = [('"', '"'), ('“', '”'), ('「', '」'), ('『', '』')];

/// What separates unquoted terms besides white space (people type 亚马逊，微软).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | '，' | '、' | ';' | '；')
}

/// Splits a query into `(text, quoted)` pieces. An unclosed quote runs to the end.
fn split_terms(q: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut chars = q.chars().peekable();
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<(String, bool)>| {
        if !current.trim().is_empty() {
            out.push((current.trim().to_owned(), false));
        }
        current.clear();
    };
    while let Some(c) = chars.next() {
        if let Some(&(_, close)) = QUOTES.iter().find(|(open, _)| *open == c) {
            flush(&mut current, &mut out);
            let phrase: String = chars.by_ref().take_while(|&d| d != close).collect();
            if !phrase.trim().is_empty() {
                out.push((phrase.trim().to_owned(), true));
            }
        } else if is_separator(c) {
            flush(&mut current, &mut out);
        } else {
            current.push(c);
        }
    }
    flush(&mut current, &mut out);
    out
}

impl SearchQuery {
    /// Parses what a person typed: terms separated by spaces (or commas), `"quoted phrases"`
    /// (also “…” and 「…」) as one term. Each term is cut by `segmenter`, as the corpus was;
    /// leading and trailing punctuation is dropped, and a term with no word at all is ignored.
    pub fn parse(q: &str, segmenter: &Segmenter) -> SearchQuery {
        let mut truncated = q.chars().count() > MAX_QUERY_CHARS;
        let q: String = q.chars().take(MAX_QUERY_CHARS).collect();
        let mut terms: Vec<Term> = Vec::new();
        for (text, phrase) in split_terms(&q) {
            let tokens = segmenter.tokens(&text);
            let (Some(first), Some(last)) = (
                tokens.iter().position(Token::is_word),
                tokens.iter().rposition(Token::is_word),
            ) else {
                continue;
            };
            let tokens = &tokens[first..=last];
            let key = key_tokens(tokens).key;
            if key.is_empty() || terms.iter().any(|t| t.key == key) {
                continue;
            }
            if terms.len() == MAX_TERMS {
                truncated = true;
                break;
            }
            terms.push(Term {
                text: tokens.iter().map(|t| t.text.as_str()).collect(),
                words: tokens
                    .iter()
                    .filter(|t| t.is_word())
                    .map(|t| t.text.clone())
                    .collect(),
                phrase,
                key,
            });
        }
        SearchQuery { terms, truncated }
    }

    /// True when there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}
