//! The word lists, read once: what a name may start after, end with, or never be.

use super::lists::{entries, shipped};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The lists of `corpus/discover/`, parsed.
pub(super) struct Words {
    /// Chinese name endings, longest first.
    pub(super) suffixes: Vec<Vec<char>>,
    /// Latin last words.
    pub(super) latin_suffixes: HashSet<&'static str>,
    /// Words before a name, longest first.
    pub(super) descriptors: Vec<Vec<char>>,
    /// Context words stripped from a name's ends, longest first.
    pub(super) noise: Vec<Vec<char>>,
    /// Places before a name, longest first.
    pub(super) places: Vec<Vec<char>>,
    /// Quantifiers, longest first.
    pub(super) quantifiers: Vec<Vec<char>>,
    /// Endings of phrases that name a thing.
    pub(super) generic_endings: Vec<Vec<char>>,
    /// Words between a name and its verb, longest first.
    pub(super) trailing: Vec<Vec<char>>,
    /// Never a name.
    pub(super) stop_names: HashSet<&'static str>,
    /// Latin words never a name alone (lowercase).
    pub(super) latin_stops: HashSet<&'static str>,
}

fn longest_first(name: &str) -> Vec<Vec<char>> {
    let mut v: Vec<Vec<char>> = entries(shipped(name))
        .map(|e| e.chars().collect())
        .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
}

/// The shipped lists.
pub(super) fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words {
        suffixes: longest_first("suffixes.txt"),
        latin_suffixes: entries(shipped("latin-suffixes.txt")).collect(),
        descriptors: longest_first("descriptors.txt"),
        noise: longest_first("noise.txt"),
        trailing: longest_first("trailing.txt"),
        places: longest_first("places.txt"),
        quantifiers: longest_first("quantifiers.txt"),
        generic_endings: longest_first("generic-endings.txt"),
        stop_names: entries(shipped("stop-names.txt")).collect(),
        latin_stops: entries(shipped("latin-stops.txt")).collect(),
    })
}

/// Whether `word` is written at `c[i..]`.
pub(super) fn at(c: &[char], i: usize, word: &[char]) -> bool {
    c.len() >= i + word.len() && c[i..i + word.len()] == *word
}

/// The first of `words` written at `i`.
pub(super) fn any_at<'a>(c: &[char], i: usize, words: &'a [Vec<char>]) -> Option<&'a [char]> {
    words.iter().find(|w| at(c, i, w)).map(Vec::as_slice)
}

/// The first of `words` that `c[..end]` ends with.
pub(super) fn any_before<'a>(c: &[char], end: usize, words: &'a [Vec<char>]) -> Option<&'a [char]> {
    words
        .iter()
        .find(|w| w.len() <= end && at(c, end - w.len(), w))
        .map(Vec::as_slice)
}
