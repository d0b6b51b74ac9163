//! Step 2 of discovery: the candidates of the whole library pooled, weighed and made
//! companies. Precision matters more than recall: a name is kept on a funding or deal pattern,
//! or on weaker cues seen in two articles; never when the registry already has it.

use super::{Candidate, Cue};
use crate::analysis::Evidence;
use crate::normalize::is_han;
use crate::registry::{name_key, Alias, AliasKind, Company, Origin, Registry, DISCOVERED_PREFIX};
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
    let mut texts: Vec<&str> = Vec::new();
    for (n, (id, text, candidates)) in articles.into_iter().enumerate() {
        texts.push(text);
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
            company: with_short_name(company(&t.name), &t.articles, &texts, registry, &names),
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

/// `Juniper Networks` is `Juniper` where its own articles write the name without its
/// organisation's last words (`Emmes Group` → `Emmes`, `InBC Investment Corp` → `InBC`): that
/// short name becomes an alias, case-sensitive (`Loft` of `Loft Labs` is also a word), when
/// it is a name on its own (not a stop word, three chars or more, nobody's registered or
/// discovered name) and one of the articles the company was found in writes it alone.
fn with_short_name(
    mut company: Company,
    articles: &[usize],
    texts: &[&str],
    registry: &Registry,
    discovered: &[String],
) -> Company {
    let Some(stem) = short_name(&company.hans) else {
        return company;
    };
    let taken = registry.lookup(&stem).is_some()
        || discovered.iter().any(|d| name_key(d) == name_key(&stem));
    let alone = articles
        .iter()
        .filter_map(|&n| texts.get(n))
        .any(|text| written_alone(text, &stem));
    if !taken && alone {
        company.aliases.push(Alias {
            name: stem,
            kind: AliasKind::Company,
            case_sensitive: true,
            ..Alias::default()
        });
    }
    company
}

/// A Latin name without its last words that are organisation suffixes (`Keysight
/// Technologies, Inc` → `Keysight`), if something name-like is left.
fn short_name(name: &str) -> Option<String> {
    if name.chars().any(is_han) {
        return None;
    }
    let w = super::words::words();
    let mut stem = name;
    loop {
        let trimmed = stem.trim_end_matches([' ', ',']);
        match trimmed.rsplit_once(' ') {
            Some((head, last))
                if w.latin_suffixes.contains(last)
                    || w.latin_suffixes.contains(last.trim_end_matches('.')) =>
            {
                stem = head;
            }
            _ => break,
        }
    }
    let stem = stem.trim_end_matches([' ', ',']);
    let ok = stem.len() < name.len()
        && stem.chars().filter(|c| !c.is_whitespace()).count() >= 3
        && !w.latin_stops.contains(stem.to_ascii_lowercase().as_str())
        && super::name::plausible(stem);
    ok.then(|| stem.to_owned())
}

/// Whether `text` writes `stem` as a word of its own in Chinese prose: not followed by more
/// Latin words of the name, and next to Chinese text on one side (`与Juniper、AMD` yes,
/// `Juniper Networks` no, `the Forum` of an English quote no).
fn written_alone(text: &str, stem: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    text.match_indices(stem).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let rest = &text[at + stem.len()..];
        let after = rest.chars().next();
        let next_word = rest
            .strip_prefix(' ')
            .is_some_and(|r| word(r.chars().next()));
        let chinese = |c: Option<char>| c.is_some_and(|c| !c.is_ascii());
        !word(before)
            && !word(after)
            && after != Some('.')
            && !next_word
            && (chinese(before) || chinese(after))
    })
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
    // Weak cues again and again: in two articles, or in three sentences of one (a press
    // release names its company all through).
    let weak_twice = t.articles.len() >= 2 || t.sentences >= 3;
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

    #[test]
    // Fictional names.
    fn weak_cues_in_three_sentences_of_one_article_are_enough() {
        let reg = Registry::bundled();
        let a = vec![
            cand("Zorb Security", Cue::Suffix, 0),
            cand("Zorb Security", Cue::Suffix, 2),
            cand("Zorb Security", Cue::Suffix, 4),
            cand("Quib Labs", Cue::Suffix, 0),
            cand("Quib Labs", Cue::Suffix, 2),
        ];
        let found = aggregate([("a", "一二三四五六", a.as_slice())], reg);
        let names: Vec<&str> = found.iter().map(|d| d.company.hans.as_str()).collect();
        assert_eq!(names, ["Zorb Security"]);
    }

    #[test]
    // Fictional names.
    fn a_name_without_its_suffix_words_is_an_alias_where_written_alone() {
        let reg = Registry::bundled();
        let a = vec![cand("Quillon Networks", Cue::Is, 0)];
        let b = vec![cand("Pittwick Robotics Inc", Cue::Is, 0)];
        let c = vec![cand("Loftan Labs", Cue::Is, 0)];
        let found = aggregate(
            [
                (
                    "a",
                    "Quillon Networks宣布。与Quillon、AMD合作",
                    a.as_slice(),
                ),
                // Only in English prose, or only before its suffix word: no alias.
                (
                    "b",
                    "Pittwick Robotics Inc.宣布。 in Pittwick today",
                    b.as_slice(),
                ),
                ("c", "Loftan Labs宣布。Loftan Labs的产品", c.as_slice()),
            ],
            reg,
        );
        let aliases = |name: &str| -> Vec<String> {
            let d = found.iter().find(|d| d.company.hans == name).unwrap();
            d.company.aliases.iter().map(|a| a.name.clone()).collect()
        };
        assert_eq!(aliases("Quillon Networks"), ["Quillon"]);
        assert!(aliases("Pittwick Robotics Inc").is_empty());
        assert!(aliases("Loftan Labs").is_empty());
        assert_eq!(
            short_name("Keyfold Technologies, Inc").as_deref(),
            Some("Keyfold")
        );
        assert_eq!(short_name("AI Labs"), None);
        assert_eq!(short_name("Zu Group"), None);
        let eff = effective(reg, &found);
        assert_eq!(eff.lookup("Quillon").unwrap().id, "~Quillon Networks");
        // Case-sensitive: the lowercase word is not the company.
        assert_eq!(eff.resolve("quillon").map(|m| m.company.id.as_str()), None);
        assert_eq!(
            eff.resolve("Quillon").map(|m| m.company.id.as_str()),
            Some("~Quillon Networks")
        );
    }
}
