//! Analysis: from segmented, extracted sentences to what the timeline and comparison views
//! read. [`reading`] reads each article once (sentences, companies, dates, money);
//! [`events`] turns dated clauses into events, [`cluster`] groups the same event told by
//! several articles and flags disagreements, [`reposts`] finds the same story published
//! again by other accounts, [`compare`] builds per-company comparison data
//! (with [`keyness`] for distinctive terms). `synthetic` (the `synthetic` feature, on in the
//! crate's own tests) makes a big corpus out of a small one, to measure how all this scales.

pub mod cluster;
pub mod compare;
pub mod events;
pub mod keyness;
pub mod reading;
pub mod reposts;
// Test and measuring material, never part of what the CLI or the site ship.
#[cfg(any(test, feature = "synthetic"))]
pub mod synthetic;

pub use cluster::{Cluster, Conflict, ConflictSide};
pub use compare::{ArticleMentions, CompanyNames, CompanyStats, Cooccur, Mentions};
pub use events::Event;
pub use keyness::Term;
pub use reading::{Evidence, MoneyFigure, Reading, SentenceFacts};
pub use reposts::Story;

use crate::corpus::Corpus;
use crate::registry::Registry;
use crate::segment::Segmenter;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Everything the analysis engine finds in a corpus.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Analysis {
    /// Dated events, in date order.
    pub events: Vec<Event>,
    /// Groups of events from several articles that tell the same thing.
    pub clusters: Vec<Cluster>,
    /// Every money figure, in article and text order.
    pub money: Vec<MoneyFigure>,
    /// Comparison data for every company in the registry, in registry order.
    pub companies: Vec<CompanyStats>,
    /// [`Analysis::companies`] with each reposted story counted once: the copies
    /// ([`Analysis::copies`]) left out of every count, money figure, term and co-occurrence.
    pub companies_once: Vec<CompanyStats>,
    /// Stories published more than once (near-duplicate articles), in corpus order.
    pub reposts: Vec<Story>,
}

impl Analysis {
    /// The event with this id. Ids are numbered by place (`e<n>` is `events[n]`), so this is
    /// no search; an analysis put together otherwise is still searched.
    pub fn event(&self, id: &str) -> Option<&Event> {
        by_id(&self.events, id, "e", |e| &e.id)
    }

    /// The cluster with this id (`c<n>`); see [`Analysis::event`].
    pub fn cluster(&self, id: &str) -> Option<&Cluster> {
        by_id(&self.clusters, id, "c", |c| &c.id)
    }

    /// The money figure with this id (`m<n>`); see [`Analysis::event`].
    pub fn money_figure(&self, id: &str) -> Option<&MoneyFigure> {
        by_id(&self.money, id, "m", |m| &m.id)
    }

    /// The ids of every article that is a copy of another's story ([`Story::copies`]): what
    /// the views leave out to count a reposted story once.
    pub fn copies(&self) -> HashSet<&str> {
        copies_in(&self.reposts)
    }

    /// The story `article` belongs to, as its original or as a copy (`None` when the article
    /// was published once).
    pub fn story_of(&self, article: &str) -> Option<&Story> {
        self.reposts
            .iter()
            .find(|s| s.original == article || s.copies.iter().any(|c| c.article == article))
    }
}

/// The ids of the copies in `stories` (every article but each story's original).
fn copies_in(stories: &[Story]) -> HashSet<&str> {
    stories
        .iter()
        .flat_map(|s| s.copies.iter().map(|c| c.article.as_str()))
        .collect()
}

/// The item of `list` whose id is `id`: first at the place the id's number names, else the
/// first with that id.
fn by_id<'a, T>(
    list: &'a [T],
    id: &str,
    prefix: &str,
    id_of: impl Fn(&T) -> &String,
) -> Option<&'a T> {
    id.strip_prefix(prefix)
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| list.get(n))
        .filter(|x| id_of(x) == id)
        .or_else(|| list.iter().find(|x| id_of(x) == id))
}

/// Analyses a corpus with a ready segmenter and the registry it was built with.
pub fn analyse(corpus: &Corpus, segmenter: &Segmenter, registry: &Registry) -> Analysis {
    let readings: Vec<Reading> = corpus
        .articles
        .iter()
        .map(|a| reading::read(a, segmenter))
        .collect();
    aggregate(readings, registry)
}

/// The analysis of articles already read one by one ([`reading::read`], in corpus order):
/// what [`analyse`] does after reading, so a caller can read in slices and aggregate once.
/// Every step here is linear (or n log n) in the corpus size.
pub fn aggregate(mut readings: Vec<Reading>, registry: &Registry) -> Analysis {
    let money = number_money(&mut readings);
    let mut events = events::events(&readings);
    let clusters = cluster::cluster(&mut events);
    let companies = compare::compare(&readings, registry);
    let members: Vec<reposts::Member> = readings
        .iter()
        .map(|r| reposts::Member {
            article: &r.article,
            date: &r.date,
            signature: &r.signature,
        })
        .collect();
    let reposts = reposts::group(&members);
    let companies_once = compare::compare_without(&readings, registry, &copies_in(&reposts));
    Analysis {
        events,
        clusters,
        money,
        companies,
        companies_once,
        reposts,
    }
}

/// Numbers every money figure across the corpus (`m0`, `m1`… in article and text order),
/// so events and companies can point at them, and returns them all in that order.
pub fn number_money(readings: &mut [Reading]) -> Vec<MoneyFigure> {
    for (n, m) in readings
        .iter_mut()
        .flat_map(|r| r.sentences.iter_mut().flat_map(|s| s.money.iter_mut()))
        .enumerate()
    {
        m.id = format!("m{n}");
    }
    readings
        .iter()
        .flat_map(|r| r.sentences.iter().flat_map(|s| s.money.iter().cloned()))
        .collect()
}

#[cfg(test)]
mod tests;
