//! Keyness: which words are distinctive of a company's sentences against the rest of the
//! corpus. Dunning's log-likelihood (G²) on word counts, computed from the corpus itself, so
//! no external IDF table ships and an imported article changes the scores like any other.

use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A distinctive word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Term {
    /// The word, in simplified script.
    pub word: String,
    /// Log-likelihood G²: the higher, the less likely its excess is chance (3.84 ≈ p < 0.05).
    pub score: f64,
    /// Occurrences in the company's sentences.
    pub count: usize,
    /// Occurrences in the rest of the corpus.
    pub rest: usize,
}

/// Words too common to tell anything about a company (`corpus/keyness/stopwords.txt`):
/// Chinese function words, money units, and English function words, which English quotes
/// and articles are cut into.
const STOPWORDS: &str = include_str!("../../../../corpus/keyness/stopwords.txt");

/// The stopword list as a set, read once.
fn stopwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| crate::discover::lists::entries(STOPWORDS).collect())
}

/// Is `word` a stopword (Latin ones in any case)?
fn is_stopword(word: &str) -> bool {
    let set = stopwords();
    set.contains(word)
        || (word.bytes().any(|b| b.is_ascii_uppercase())
            && set.contains(word.to_ascii_lowercase().as_str()))
}

/// Is `word` a candidate term: a word of two or more Han chars, or Latin of two or more
/// letters, that is not a number or a stopword.
pub fn is_candidate(word: &str) -> bool {
    let han = word
        .chars()
        .filter(|&c| crate::normalize::is_han(c))
        .count();
    let letters = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
    (han >= 2 || (han == 0 && letters >= 2)) && !is_stopword(word)
}

/// Log-likelihood of `a` occurrences in `c` target words against `b` in `d` reference words.
pub fn log_likelihood(a: usize, b: usize, c: usize, d: usize) -> f64 {
    let (a, b, c, d) = (a as f64, b as f64, c as f64, d as f64);
    if c == 0.0 || d == 0.0 {
        return 0.0;
    }
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let term = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    2.0 * (term(a, e1) + term(b, e2))
}

/// The `limit` most distinctive candidate words of `target` against `reference` (both word →
/// count), over-represented ones only, seen at least twice, best first (ties by word).
pub fn distinctive(
    target: &HashMap<String, usize>,
    reference: &HashMap<String, usize>,
    limit: usize,
) -> Vec<Term> {
    let d: usize = reference.values().sum();
    ranked(target, d, |w| reference.get(w).copied().unwrap_or(0), limit)
}

/// [`distinctive`] against the rest of a corpus: `all` counts every word of the corpus,
/// `target`'s included, and the reference is `all` less `target`. Nothing is copied, so a
/// company costs its own words, not the corpus vocabulary.
pub fn distinctive_within(
    target: &HashMap<String, usize>,
    all: &HashMap<String, usize>,
    limit: usize,
) -> Vec<Term> {
    let c: usize = target.values().sum();
    let d = all.values().sum::<usize>().saturating_sub(c);
    let rest = |w: &str| {
        let n = all.get(w).copied().unwrap_or(0);
        n.saturating_sub(target.get(w).copied().unwrap_or(0))
    };
    ranked(target, d, rest, limit)
}

/// The ranking behind both: `d` reference words, `rest(w)` of them `w`.
fn ranked(
    target: &HashMap<String, usize>,
    d: usize,
    rest: impl Fn(&str) -> usize,
    limit: usize,
) -> Vec<Term> {
    let c: usize = target.values().sum();
    let mut terms: Vec<Term> = target
        .iter()
        .filter(|(w, &a)| a >= 2 && is_candidate(w))
        .filter_map(|(w, &a)| {
            let b = rest(w);
            // Only words relatively more frequent in the target are its distinctive terms.
            if d > 0 && (a as f64 / c as f64) <= (b as f64 / d as f64) {
                return None;
            }
            let score = (log_likelihood(a, b, c, d) * 100.0).round() / 100.0;
            Some(Term {
                word: w.clone(),
                score,
                count: a,
                rest: b,
            })
        })
        .collect();
    terms.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then_with(|| x.word.cmp(&y.word))
    });
    terms.truncate(limit);
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(words: &[(&str, usize)]) -> HashMap<String, usize> {
        words.iter().map(|(w, n)| (w.to_string(), *n)).collect()
    }

    #[test]
    fn log_likelihood_is_zero_for_equal_rates_and_grows_with_the_excess() {
        assert!(log_likelihood(10, 10, 100, 100).abs() < 1e-9);
        assert!(log_likelihood(20, 10, 100, 100) > log_likelihood(15, 10, 100, 100));
        // By hand: 2·(10·ln(10/5.5) + 1·ln(1/5.5)) = 8.547.
        assert!((log_likelihood(10, 1, 1000, 1000) - 8.55).abs() < 0.01);
    }

    #[test]
    fn ranks_over_represented_words_and_skips_stopwords_and_single_chars() {
        let target = counts(&[
            ("芯片", 6),
            ("云服务", 3),
            ("我们", 9),
            ("的", 30),
            ("模型", 2),
        ]);
        let rest = counts(&[
            ("芯片", 1),
            ("云服务", 1),
            ("我们", 1),
            ("的", 40),
            ("模型", 40),
        ]);
        let terms = distinctive(&target, &rest, 10);
        let words: Vec<&str> = terms.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, vec!["芯片", "云服务"]);
        assert_eq!((terms[0].count, terms[0].rest), (6, 1));
    }

    #[test]
    fn against_the_rest_of_the_corpus_is_against_the_corpus_less_the_target() {
        let target = counts(&[("芯片", 6), ("云服务", 3), ("模型", 2), ("算力", 2)]);
        let all = counts(&[
            ("芯片", 7),
            ("云服务", 4),
            ("模型", 42),
            ("算力", 2),
            ("其他", 50),
        ]);
        let rest: HashMap<String, usize> = all
            .iter()
            .map(|(w, &n)| (w.clone(), n - target.get(w).copied().unwrap_or(0)))
            .filter(|(_, n)| *n > 0)
            .collect();
        let within = distinctive_within(&target, &all, 10);
        assert_eq!(within, distinctive(&target, &rest, 10));
        assert_eq!(within[0].word, "芯片");
    }

    /// English function words are stopwords in any case, as are the Chinese ones; a word
    /// that only contains one is not.
    #[test]
    fn stopwords_in_both_languages() {
        for (word, candidate) in [
            ("the", false),
            ("The", false),
            ("THE", false),
            ("said", false),
            ("我们", false),
            ("亿美元", false),
            ("theory", true),
            ("Anthropic", true),
            ("芯片", true),
        ] {
            assert_eq!(is_candidate(word), candidate, "{word}");
        }
    }

    /// The list reads as the README says: entries once each, none empty.
    #[test]
    fn the_stopword_list_holds_each_word_once() {
        let entries: Vec<&str> = crate::discover::lists::entries(STOPWORDS).collect();
        assert!(entries.len() > 100);
        let set: HashSet<&str> = entries.iter().copied().collect();
        assert_eq!(set.len(), entries.len());
        assert!(entries.iter().all(|w| w.to_lowercase() == *w));
    }

    #[test]
    fn a_word_seen_once_is_not_a_term() {
        let terms = distinctive(
            &counts(&[("孤例", 1), ("算力", 2)]),
            &counts(&[("其他", 50)]),
            10,
        );
        assert_eq!(terms.len(), 1);
        assert_eq!(terms[0].word, "算力");
    }
}
