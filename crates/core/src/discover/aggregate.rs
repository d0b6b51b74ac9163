//! Step 2 of discovery: the candidates of the whole library pooled, weighed and made
//! companies. Precision matters more than recall: a name is kept on a funding or deal pattern,
//! or on weaker cues seen in two articles; never when the registry already has it.

use super::{Candidate, Cue};
use crate::analysis::Evidence;
use crate::normalize::is_han;
use crate::registry::{name_key, Company, Origin, Registry, DISCOVERED_PREFIX};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// How many evidence sentences a discovered company keeps.
pub const DISCOVERED_EVIDENCE: usize = 5;

/// A company found in the text, with what found it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Discovered {
    /// The company: id `~<name>`, origin [`Origin::Discovered`].
    pub company: Company,
    /// Articles it was found in.
    pub articles: usize,
    /// Sentences it was found in.
    pub sentences: usize,
    /// How often each cue found it, by cue.
    pub cues: BTreeMap<Cue, usize>,
    /// The first sentences it was found in (at most [`DISCOVERED_EVIDENCE`]).
    pub evidence: Vec<Evidence>,
}

#[derive(Default)]
struct Tally {
    name: String,
    articles: Vec<usize>,
    sentences: usize,
    cues: BTreeMap<Cue, usize>,
    evidence: Vec<Evidence>,
}

/// Pools the candidates of every article (`(article id, cleaned text, its candidates)`, in
/// library order), keeps the names with enough evidence that `registry` does not already
/// own, and returns them as companies, most seen first.
pub fn aggregate<'a>(
    articles: impl IntoIterator<Item = (&'a str, &'a str, &'a [Candidate])>,
    registry: &Registry,
) -> Vec<Discovered> {
    let mut tallies: HashMap<String, Tally> = HashMap::new();
    for (n, (id, text, candidates)) in articles.into_iter().enumerate() {
        let mut last_sentence: HashMap<String, [usize; 2]> = HashMap::new();
        for c in candidates {
            let key = name_key(&c.name);
            let t = tallies.entry(key.clone()).or_insert_with(|| Tally {
                name: c.name.clone(),
                ..Tally::default()
            });
            if t.articles.last() != Some(&n) {
                t.articles.push(n);
            }
            *t.cues.entry(c.cue).or_default() += 1;
            if last_sentence.get(&key) != Some(&c.sentence) {
                last_sentence.insert(key, c.sentence);
                t.sentences += 1;
                if t.evidence.len() < DISCOVERED_EVIDENCE {
                    t.evidence.push(evidence(id, text, c.sentence));
                }
            }
        }
    }
    let owned = registered_prefixes(registry);
    let mut kept: Vec<Tally> = tallies
        .into_values()
        .filter(|t| enough(t) && !is_owned(&t.name, registry, &owned))
        .collect();
    // `美国公司X` left as `国X` and the like: a name that is another kept name with a
    // little more before it is the other name.
    let names: Vec<String> = kept.iter().map(|t| t.name.clone()).collect();
    kept.retain(|t| !names.iter().any(|b| extends(&t.name, b)));
    kept.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then(b.sentences.cmp(&a.sentences))
            .then(a.name.cmp(&b.name))
    });
    kept.into_iter()
        .map(|t| Discovered {
            company: company(&t.name),
            articles: t.articles.len(),
            sentences: t.sentences,
            cues: t.cues,
            evidence: t.evidence,
        })
        .collect()
}

/// The company a discovered name stands for.
fn company(name: &str) -> Company {
    Company {
        id: format!("{DISCOVERED_PREFIX}{name}"),
        hans: name.to_owned(),
        hant: name.to_owned(),
        en: name.to_owned(),
        origin: Origin::Discovered,
        ..Company::default()
    }
}

/// `registry` with the discovered companies added: what the analysis and the segmenter take.
pub fn effective(registry: &Registry, discovered: &[Discovered]) -> Registry {
    registry.with_companies(discovered.iter().map(|d| d.company.clone()))
}

fn evidence(article: &str, text: &str, span: [usize; 2]) -> Evidence {
    Evidence {
        article: article.to_owned(),
        paragraph: text.chars().take(span[0]).filter(|&c| c == '\n').count(),
        span,
        text: text
            .chars()
            .skip(span[0])
            .take(span[1].saturating_sub(span[0]))
            .collect(),
    }
}

/// Enough evidence: a funding or deal pattern, or weaker cues in two articles. A Latin name
/// that looks like a person's (`Nat Friedman`), found only as an investor, needs both.
fn enough(t: &Tally) -> bool {
    // A Chinese buyer (`X收购Y`) has no firm start in running text: it needs a second article
    // unless a suffix makes it an organisation.
    let firm_name = latin_or_suffixed(&t.name);
    let pattern = t
        .cues
        .keys()
        .any(|&c| c.is_pattern() && (c != Cue::Acquires || firm_name));
    let weak_twice = t.articles.len() >= 2;
    if looks_like_person(&t.name) {
        let only_invests = t.cues.keys().all(|&c| c == Cue::Invests);
        return !only_invests && pattern && weak_twice;
    }
    pattern || weak_twice
}

/// A Latin name, or a Chinese one with an organisation suffix.
fn latin_or_suffixed(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    !chars.iter().copied().any(is_han)
        || super::words::any_before(&chars, chars.len(), &super::words::words().suffixes).is_some()
}

/// Two or three capitalised Latin words and nothing that makes an organisation of them.
fn looks_like_person(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let suffixes = &super::words::words().latin_suffixes;
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(|c| c.is_ascii_uppercase()) && cs.all(|c| c.is_ascii_lowercase())
        })
        && !words.last().is_some_and(|w| suffixes.contains(w))
}

/// Registered names of two or more chars, by key: a name starting with one is that
/// company's unit or product (`百度智能云`, `Google DeepMind`).
fn registered_prefixes(registry: &Registry) -> Vec<String> {
    let mut v: Vec<String> = registry
        .all_names()
        .map(name_key)
        .filter(|k| k.chars().count() >= 2)
        .collect();
    v.sort();
    v.dedup();
    v
}

fn is_owned(name: &str, registry: &Registry, prefixes: &[String]) -> bool {
    if registry.lookup(name).is_some() {
        return true;
    }
    let key = name_key(name);
    prefixes.iter().any(|p| {
        key.strip_prefix(p.as_str()).is_some_and(|rest| {
            // A Latin prefix must end on a word (`Meta` is not in `Metaverse`).
            let latin_end = p.chars().last().is_some_and(|c| c.is_ascii_alphanumeric());
            !(latin_end
                && rest
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphanumeric()))
        })
    })
}

/// Whether `a` is `b` with one to three more Han chars before it.
fn extends(a: &str, b: &str) -> bool {
    a.len() > b.len()
        && b.chars().count() >= 2
        && a.strip_suffix(b)
            .is_some_and(|pre| pre.chars().count() <= 3 && pre.chars().all(is_han))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(name: &str, cue: Cue, s: usize) -> Candidate {
        Candidate {
            name: name.to_owned(),
            cue,
            sentence: [s, s + 1],
        }
    }

    #[test]
    // Fictional names: the registry holds the real ones (面壁智能, K Health).
    fn keeps_patterns_and_repeated_weak_cues() {
        let reg = Registry::bundled();
        let a = vec![
            cand("Zeta Health", Cue::Raises, 0),
            cand("百模智能", Cue::Suffix, 1),
            cand("某某科技", Cue::Suffix, 2),
            cand("Nat Friedman", Cue::Invests, 3),
            cand("OpenAI", Cue::Raises, 4),
            cand("百度智能云", Cue::Suffix, 5),
            cand("国百模智能", Cue::Raises, 6),
        ];
        let b = vec![cand("百模智能", Cue::Described, 0)];
        let text = "一二三四五六七八九十";
        let found = aggregate([("a", text, a.as_slice()), ("b", text, b.as_slice())], reg);
        let names: Vec<&str> = found.iter().map(|d| d.company.hans.as_str()).collect();
        assert_eq!(names, ["百模智能", "Zeta Health"]);
        let mianbi = &found[0];
        assert_eq!(mianbi.company.id, "~百模智能");
        assert_eq!(mianbi.company.origin, Origin::Discovered);
        assert_eq!((mianbi.articles, mianbi.sentences), (2, 2));
        assert_eq!(mianbi.evidence[0].text, "二");
        let eff = effective(reg, &found);
        assert_eq!(eff.lookup("百模智能").unwrap().id, "~百模智能");
        assert_eq!(eff.lookup("zeta health").unwrap().id, "~Zeta Health");
        assert_eq!(eff.lookup("OpenAI").unwrap().id, "openai");
    }
}
