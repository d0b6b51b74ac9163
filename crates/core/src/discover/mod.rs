//! Discovery: organisations nobody registered, found in the library's own text.
//!
//! Two steps, so the web worker can cache the first per article:
//! 1. [`candidates`] reads one article's cleaned text (no segmenter, no registry: its result
//!    depends on the text alone) and lists the names its sentences offer, each with the
//!    [`Cue`] that found it: a funding or deal pattern (`patterns`; also a Latin name before
//!    an executive's title, `Wave创始人兼首席执行官`, and a short name the text defines,
//!    `…有限公司（下称“X”）`), an organisation suffix (`suffixes`), a descriptor or quotes
//!    before it (`quoted`), a Latin name that announces (`X很高兴宣布`, weak).
//! 2. [`aggregate`] pools the candidates of the whole library, weighs the evidence (a pattern
//!    hit; or a weaker cue seen in two articles, or in three sentences of one), drops what
//!    the registry already names, gives a Latin name its short form as an alias where its
//!    articles write it alone (`Juniper Networks` → `Juniper`), and
//!    makes each kept name a [`Company`](crate::registry::Company) of origin
//!    [`Origin::Discovered`](crate::registry::Origin) with id `~<name>`.
//!
//! The effective registry ([`effective`]) is the registry with those companies added; the
//! segmenter built on it ([`crate::Segmenter::with_registry`]) keeps each discovered name one
//! token, so every count, comparison and money role takes discovered companies as it takes
//! registered ones.
//!
//! Names are cut from running text by rules (`name`): a name runs over Han characters, Latin
//! words and digits and stops at punctuation and function characters; context words
//! (据悉, 近日, 美国) and descriptors (初创公司) are cut off its start. The word lists are data
//! (`corpus/discover/`, `lists`).

mod aggregate;
pub mod lists;
mod name;
mod patterns;
mod quoted;
mod suffixes;
mod words;

pub use aggregate::{aggregate, effective, Discovered, DISCOVERED_EVIDENCE};

use crate::corpus::Corpus;
use crate::extract::sentence::sentences;
use crate::registry::Registry;
use serde::{Deserialize, Serialize};

/// What found a candidate name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cue {
    /// It raises money (`X完成…融资`).
    Raises,
    /// It invests (`A领投`, `投资方包括A`).
    Invests,
    /// It buys (`X收购Y`: X).
    Acquires,
    /// It is bought (`X收购Y`: Y).
    Acquired,
    /// The sentence says what it is (`X是一家…公司`).
    Is,
    /// It ends with an organisation suffix (科技, Capital).
    Suffix,
    /// A descriptor is written before it (`初创公司X`, `公司“X”`).
    Described,
}

impl Cue {
    /// A funding or deal pattern: the sentence says what the name does.
    pub fn is_pattern(self) -> bool {
        !matches!(self, Cue::Suffix | Cue::Described)
    }
}

/// A name found in one sentence, before it is weighed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    name: String,
    cue: Cue,
}

/// A candidate name in one article: the name (simplified script, as written otherwise), what
/// found it, and the sentence it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    /// The name.
    pub name: String,
    /// What found it.
    pub cue: Cue,
    /// `[start, end)` of its sentence, chars of the article's cleaned text.
    pub sentence: [usize; 2],
}

/// Every candidate name in one article's cleaned text, sentence by sentence (step 1; depends
/// on the text only).
pub fn candidates(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    for s in sentences(text) {
        let folded: Vec<char> = crate::extract::fold(&s.text).chars().collect();
        let mut found = Vec::new();
        patterns::find(&folded, &mut found);
        suffixes::find(&folded, &mut found);
        quoted::find(&folded, &mut found);
        let mut seen: Vec<(String, Cue)> = Vec::new();
        for mut f in found {
            // A name ends on a word (`GitLab Inc.` is `GitLab Inc` and a full stop): the
            // segmenter joins a name's pieces only between words.
            let trimmed = f.name.trim_end_matches(['.', ' ', ',']);
            if trimmed.len() != f.name.len() {
                f.name = trimmed.to_owned();
            }
            if f.name.is_empty() {
                continue;
            }
            let key = (f.name.clone(), f.cue);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            out.push(Candidate {
                name: f.name,
                cue: f.cue,
                sentence: [s.start, s.end],
            });
        }
    }
    out
}

/// Both steps over a whole corpus: the companies its text names that `registry` does not.
pub fn discover(corpus: &Corpus, registry: &Registry) -> Vec<Discovered> {
    let found: Vec<Vec<Candidate>> = corpus
        .articles
        .iter()
        .map(|a| candidates(&a.text))
        .collect();
    aggregate(
        corpus
            .articles
            .iter()
            .zip(&found)
            .map(|(a, c)| (a.meta.id.as_str(), a.text.as_str(), c.as_slice())),
        registry,
    )
}

/// The discovered names that occur in `text` (any script), in `discovered` order: what an
/// article's analysis depends on beyond its text, so what a cache of per-article analyses
/// keys on (adding an article that discovers a new name re-analyses only the articles that
/// name it).
pub fn names_in<'a>(text: &str, discovered: &'a [Discovered]) -> Vec<&'a str> {
    let folded = crate::registry::name_key(text);
    discovered
        .iter()
        .filter(|d| {
            d.company
                .names()
                .any(|n| folded.contains(&crate::registry::name_key(n)))
        })
        .map(|d| d.company.hans.as_str())
        .collect()
}

/// For the money roles (`extract::money`): the name whose run starts at `start` (stopping
/// early at any of `stops`), cut as discovery cuts names; its `[start, end)` and text.
pub(crate) fn name_from(
    c: &[char],
    start: usize,
    stops: &[&str],
) -> Option<(usize, usize, String)> {
    let end = name::run_after(c, start, stops)?;
    let found = name::clean_at(c, start, end, true)?;
    locate(c, start, end, found)
}

/// For the money roles: the name whose run ends at `end`, cut as discovery cuts names (the
/// run's start taken as firm: the caller knows a name ends there, `由A领投`).
pub(crate) fn name_to(c: &[char], end: usize) -> Option<(usize, usize, String)> {
    let start = name::run_before(c, end)?;
    let found = name::clean_at(c, start, end, true)?;
    locate(c, start, end, found)
}

/// For the money roles: whether `name` looks like an organisation's (see `name::plausible`).
pub(crate) fn plausible_name(name: &str) -> bool {
    name::plausible(name)
}

/// Where `name`, cut from `c[start..end]`, sits in it (the last place: cutting takes more off
/// the start than the end).
fn locate(c: &[char], start: usize, end: usize, name: String) -> Option<(usize, usize, String)> {
    let n: Vec<char> = name.chars().collect();
    let at = (start..=end.checked_sub(n.len())?)
        .rev()
        .find(|&i| c[i..i + n.len()] == n[..])?;
    Some((at, at + n.len(), name))
}

#[cfg(test)]
mod tests;
