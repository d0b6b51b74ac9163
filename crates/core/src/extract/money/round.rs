//! The round of a funding or deal figure (`种子轮`, `A+轮`, `Pre-IPO`, `战略融资`, `收购`), from
//! the words listed in `corpus/money/rounds.txt` and a pattern for lettered rounds.

use super::chars::{bounds, CLAUSE_BREAKS, SEGMENT_BREAKS};
use crate::extract::Span;
use regex::Regex;
use std::sync::LazyLock;

/// The round list: `id = word, word` lines, `#` comments.
const ROUNDS: &str = include_str!("../../../../../corpus/money/rounds.txt");

/// A round named in the sentence (char offsets).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RoundHit {
    /// Where the words sit.
    pub(super) span: Span,
    /// The round's id (`seed`, `a+`, `pre-ipo`).
    pub(super) id: String,
}

/// The listed words and their ids, longest word first. Bad lines are skipped here and
/// failed by the test below, so a typo in the list never reaches a user as a panic.
fn listed() -> &'static [(String, String)] {
    static LIST: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
        let mut out: Vec<(String, String)> = parse(ROUNDS).unwrap_or_default();
        out.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
        out
    });
    &LIST
}

/// Reads the list: `(word, id)` pairs, or the first line that is not `id = words`.
fn parse(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, words) = line.split_once('=').ok_or_else(|| line.to_owned())?;
        let id = id.trim();
        if id.is_empty() || words.trim().is_empty() {
            return Err(line.to_owned());
        }
        for w in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            out.push((w.to_owned(), id.to_owned()));
        }
    }
    Ok(out)
}

/// Lettered rounds (`A轮`, `B+轮`, `Pre-A轮`, `A1轮`, `Series B`) and the listed words.
fn round_regex() -> &'static Regex {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        let alts: Vec<String> = listed().iter().map(|(w, _)| regex::escape(w)).collect();
        Regex::new(&format!(
            r"(?i)(?:(pre-?\s*)?([a-h](?:-?[0-9])?\+{{0,2}})\s*(?:轮|系列)|series\s+([a-h][0-9]?\+?)|{})",
            alts.join("|")
        ))
        .expect("the round pattern is built from escaped words")
    });
    &RE
}

/// Every round named in the folded sentence.
pub(super) fn find_rounds(folded: &str, n_chars: usize) -> Vec<RoundHit> {
    let starts: Vec<usize> = folded.char_indices().map(|(b, _)| b).collect();
    let to_char = |b: usize| starts.partition_point(|&s| s < b).min(n_chars);
    round_regex()
        .captures_iter(folded)
        .filter_map(|c| {
            let m = c.get(0)?;
            // DATA轮 is no A round: a Latin round letter starts a word.
            let before = folded[..m.start()].chars().next_back();
            let latin = m.as_str().starts_with(|ch: char| ch.is_ascii_alphabetic());
            if latin && before.is_some_and(|ch| ch.is_ascii_alphanumeric()) {
                return None;
            }
            let after = folded[m.end()..].chars().next();
            if c.get(3).is_some() && after.is_some_and(|ch| ch.is_ascii_alphanumeric()) {
                return None; // series about…
            }
            let id = if let Some(letter) = c.get(2).or(c.get(3)) {
                let pre = if c.get(1).is_some() { "pre-" } else { "" };
                format!("{pre}{}", letter.as_str().to_lowercase().replace('-', ""))
            } else {
                let word = m.as_str().to_lowercase();
                listed()
                    .iter()
                    .find(|(w, _)| w.to_lowercase() == word)?
                    .1
                    .clone()
            };
            Some(RoundHit {
                span: Span::new(to_char(m.start()), to_char(m.end())),
                id,
            })
        })
        .collect()
}

/// Deals, not rounds: they count only in the figure's own clause.
const CLAUSE_ONLY: &[&str] = &["acquisition", "ipo"];

/// The round of the figure at `figure`: the one named nearest to it in its clause, else in
/// its segment (up to `；` or `。`), deals ([`CLAUSE_ONLY`]) left out there.
pub(super) fn round_of(chars: &[char], rounds: &[RoundHit], figure: Span) -> Option<String> {
    let distance = |h: &RoundHit| {
        if h.span.end <= figure.start {
            figure.start - h.span.end
        } else {
            h.span.start.saturating_sub(figure.end)
        }
    };
    [CLAUSE_BREAKS, SEGMENT_BREAKS]
        .iter()
        .enumerate()
        .find_map(|(wide, breaks)| {
            let within = bounds(chars, figure, breaks);
            rounds
                .iter()
                .filter(|h| h.span.start >= within.start && h.span.end <= within.end)
                .filter(|h| wide == 0 || !CLAUSE_ONLY.contains(&h.id.as_str()))
                .min_by_key(|h| distance(h))
                .map(|h| h.id.clone())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_reads() {
        let list = parse(ROUNDS).expect("corpus/money/rounds.txt: every line is `id = words`");
        assert!(list.iter().any(|(w, id)| w == "种子轮" && id == "seed"));
        let mut words: Vec<&str> = list.iter().map(|(w, _)| w.as_str()).collect();
        words.sort_unstable();
        let n = words.len();
        words.dedup();
        assert_eq!(words.len(), n, "a word is listed twice");
        assert!(parse("seed 种子轮").is_err());
    }

    #[test]
    fn rounds_in_a_sentence() {
        let table = [
            ("完成4800万美元的C轮融资", vec!["c"]),
            ("获得超1.42亿美元种子轮融资", vec!["seed"]),
            ("完成Pre-A轮融资", vec!["pre-a"]),
            ("完成 A+ 轮融资", vec!["a+"]),
            ("B2轮和Pre-IPO轮", vec!["b2", "pre-ipo"]),
            ("D-2轮融资", vec!["d2"]),
            ("raised a Series B round", vec!["b"]),
            ("完成战略融资，并计划IPO", vec!["strategic", "ipo"]),
            ("以13亿美元收购MosaicML", vec!["acquisition"]),
            ("DATA轮", vec![]),
        ];
        for (s, want) in table {
            let ids: Vec<String> = find_rounds(s, s.chars().count())
                .into_iter()
                .map(|h| h.id)
                .collect();
            assert_eq!(ids, want, "{s}");
        }
    }

    #[test]
    fn nearest_round_in_the_clause_first() {
        let s = "去年完成A轮融资，今年完成1亿美元B轮融资";
        let c: Vec<char> = s.chars().collect();
        let rounds = find_rounds(s, c.len());
        let fig = Span::new(13, 18);
        assert_eq!(round_of(&c, &rounds, fig).as_deref(), Some("b"));
        let s = "获得1亿美元，为A轮融资";
        let c: Vec<char> = s.chars().collect();
        let rounds = find_rounds(s, c.len());
        assert_eq!(round_of(&c, &rounds, Span::new(2, 7)).as_deref(), Some("a"));
    }
}
