//! Comparison data per company: mentions per article, share of voice, money figures,
//! distinctive terms and the companies it appears with.

use super::keyness::{distinctive_within, Term};
use super::reading::{Evidence, Reading};
use crate::registry::{Origin, Registry};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// How many distinctive terms each company gets.
pub const TERMS_PER_COMPANY: usize = 12;

/// A company's display names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyNames {
    /// Simplified Chinese.
    pub hans: String,
    /// Traditional Chinese.
    pub hant: String,
    /// English.
    pub en: String,
}

/// Mentions of a company in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleMentions {
    /// Article id.
    pub article: String,
    /// Number of names (any alias) counted.
    pub count: usize,
    /// Mentions per 10,000 characters of cleaned text, to two decimals.
    pub per_10k: f64,
}

/// A company's mentions over the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mentions {
    /// All mentions.
    pub total: usize,
    /// Share of voice: its mentions over all company mentions, 0–1, to four decimals.
    pub share: f64,
    /// Per article that names it, in corpus order: articles that never name it are left out
    /// (with hundreds of companies, a row per company and article would be most of the
    /// analysis — see [`Mentions::in_article`]).
    pub per_article: Vec<ArticleMentions>,
}

impl Mentions {
    /// Its mentions in this article (`None`: it never names it).
    pub fn in_article(&self, article: &str) -> Option<&ArticleMentions> {
        self.per_article.iter().find(|m| m.article == article)
    }
}

/// Another company named in the same sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cooccur {
    /// Registry id of the other company.
    pub id: String,
    /// Sentences naming both.
    pub count: usize,
    /// Those sentences.
    pub sentences: Vec<Evidence>,
}

/// Comparison data for one company: what `baimo export` lists under `companies`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompanyStats {
    /// Registry id.
    pub id: String,
    /// Display names.
    pub names: CompanyNames,
    /// Registered, discovered in the text, or the reader's.
    pub origin: Origin,
    /// Mentions.
    pub mentions: Mentions,
    /// Ids of the money figures about it (`m…`, see `money`).
    pub money: Vec<String>,
    /// Distinctive terms of the sentences naming it, best first.
    pub terms: Vec<Term>,
    /// Companies named in the same sentences, most frequent first (ties by id).
    pub cooccurs: Vec<Cooccur>,
}

/// Comparison data for every company in the registry, in registry order.
pub fn compare(readings: &[Reading], registry: &Registry) -> Vec<CompanyStats> {
    compare_without(readings, registry, &HashSet::new())
}

/// [`compare`] with the articles in `left_out` not counted at all: not in the mentions, the
/// shares, the money, the terms or the co-occurrences, and not listed in
/// [`Mentions::per_article`]. With the copies of reposted stories left out
/// ([`super::Analysis::copies`]), a story told by four accounts counts once.
pub fn compare_without(
    readings: &[Reading],
    registry: &Registry,
    left_out: &HashSet<&str>,
) -> Vec<CompanyStats> {
    let counted: Vec<&Reading> = readings
        .iter()
        .filter(|r| !left_out.contains(r.article.as_str()))
        .collect();
    let readings = counted.as_slice();
    let companies = registry.companies();
    let index: HashMap<&str, usize> = companies
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let k = companies.len();
    let mut counts = vec![vec![0usize; readings.len()]; k];
    let mut words_with = vec![HashMap::<String, usize>::new(); k];
    let mut all_words = HashMap::<String, usize>::new();
    let mut pairs: HashMap<(usize, usize), Vec<Evidence>> = HashMap::new();
    for (a, reading) in readings.iter().enumerate() {
        for facts in &reading.sentences {
            for c in &facts.companies {
                if let Some(&i) = index.get(c.id.as_str()) {
                    counts[i][a] += 1;
                }
            }
            let present: Vec<usize> = facts
                .company_ids()
                .iter()
                .filter_map(|id| index.get(id.as_str()).copied())
                .collect();
            for w in &facts.words {
                count(&mut all_words, w);
                for &i in &present {
                    count(&mut words_with[i], w);
                }
            }
            if present.len() >= 2 {
                let evidence = facts.sentence_evidence(&reading.article);
                for (x, &i) in present.iter().enumerate() {
                    for &j in &present[x + 1..] {
                        pairs
                            .entry((i.min(j), i.max(j)))
                            .or_default()
                            .push(evidence.clone());
                    }
                }
            }
        }
    }
    let grand_total: usize = counts.iter().flatten().sum();
    let money = money_ids(readings, &index, k);
    companies
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let total: usize = counts[i].iter().sum();
            let per_article = readings
                .iter()
                .enumerate()
                .filter(|&(a, _)| counts[i][a] > 0)
                .map(|(a, r)| ArticleMentions {
                    article: r.article.clone(),
                    count: counts[i][a],
                    per_10k: round(counts[i][a] as f64 * 10_000.0 / r.chars.max(1) as f64, 2),
                })
                .collect();
            let mut cooccurs: Vec<Cooccur> = (0..k)
                .filter(|&j| j != i)
                .filter_map(|j| {
                    let sentences = pairs.get(&(i.min(j), i.max(j)))?.clone();
                    Some(Cooccur {
                        id: companies[j].id.clone(),
                        count: sentences.len(),
                        sentences,
                    })
                })
                .collect();
            cooccurs.sort_by(|x, y| y.count.cmp(&x.count).then_with(|| x.id.cmp(&y.id)));
            CompanyStats {
                id: c.id.clone(),
                names: CompanyNames {
                    hans: c.hans.clone(),
                    hant: c.hant.clone(),
                    en: c.en.clone(),
                },
                origin: c.origin,
                mentions: Mentions {
                    total,
                    share: if grand_total == 0 {
                        0.0
                    } else {
                        round(total as f64 / grand_total as f64, 4)
                    },
                    per_article,
                },
                money: money[i].clone(),
                terms: distinctive_within(&words_with[i], &all_words, TERMS_PER_COMPANY),
                cooccurs,
            }
        })
        .collect()
}

/// Adds one to `word`'s count, copying the word only the first time.
fn count(counts: &mut HashMap<String, usize>, word: &str) {
    match counts.get_mut(word) {
        Some(n) => *n += 1,
        None => {
            counts.insert(word.to_owned(), 1);
        }
    }
}

/// Ids of the money figures about each of the `k` companies (by registry index), in money
/// order: one pass over the figures, whatever the number of companies.
fn money_ids(readings: &[&Reading], index: &HashMap<&str, usize>, k: usize) -> Vec<Vec<String>> {
    let mut out = vec![Vec::new(); k];
    for m in readings
        .iter()
        .flat_map(|r| r.sentences.iter().flat_map(|s| s.money.iter()))
    {
        let mut about: Vec<usize> = m
            .figure
            .entities
            .iter()
            .filter_map(|e| index.get(e.as_str()).copied())
            .collect();
        about.sort_unstable();
        about.dedup();
        for i in about {
            out[i].push(m.id.clone());
        }
    }
    out
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}
