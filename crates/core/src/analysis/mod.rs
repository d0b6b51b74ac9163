//! Analysis: from segmented, extracted sentences to what the timeline and comparison views
//! read. [`reading`] reads each article once (sentences, companies, dates, money);
//! [`events`] turns dated clauses into events, [`cluster`] groups the same event told by
//! several articles and flags disagreements, [`compare`] builds per-company comparison data
//! (with [`keyness`] for distinctive terms).

pub mod cluster;
pub mod compare;
pub mod events;
pub mod keyness;
pub mod reading;

pub use cluster::{Cluster, Conflict, ConflictSide};
pub use compare::{ArticleMentions, CompanyNames, CompanyStats, Cooccur, Mentions};
pub use events::Event;
pub use keyness::Term;
pub use reading::{Evidence, MoneyFigure, Reading, SentenceFacts};

use crate::corpus::Corpus;
use crate::registry::Registry;
use crate::segment::Segmenter;
use serde::Serialize;

/// Everything the analysis engine finds in a corpus.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// Dated events, in date order.
    pub events: Vec<Event>,
    /// Groups of events from several articles that tell the same thing.
    pub clusters: Vec<Cluster>,
    /// Every money figure, in article and text order.
    pub money: Vec<MoneyFigure>,
    /// Comparison data for every company in the registry, in registry order.
    pub companies: Vec<CompanyStats>,
}

/// Analyses a corpus with a ready segmenter and the registry it was built with.
pub fn analyse(corpus: &Corpus, segmenter: &Segmenter, registry: &Registry) -> Analysis {
    let readings: Vec<Reading> = corpus
        .articles
        .iter()
        .map(|a| reading::read(a, segmenter))
        .collect();
    from_readings(readings, registry)
}

/// The corpus-wide part of [`analyse`], from every article's reading in corpus order: what a
/// caller that reads the articles one at a time (the browser, in slices) finishes with.
pub fn from_readings(mut readings: Vec<Reading>, registry: &Registry) -> Analysis {
    // Money ids run across the corpus so events and companies can point at `money`.
    for (n, m) in readings
        .iter_mut()
        .flat_map(|r| r.sentences.iter_mut().flat_map(|s| s.money.iter_mut()))
        .enumerate()
    {
        m.id = format!("m{n}");
    }
    let money: Vec<MoneyFigure> = readings
        .iter()
        .flat_map(|r| r.sentences.iter().flat_map(|s| s.money.iter().cloned()))
        .collect();
    let mut events = events::events(&readings);
    let clusters = cluster::cluster(&mut events);
    let companies = compare::compare(&readings, registry);
    Analysis {
        events,
        clusters,
        money,
        companies,
    }
}

#[cfg(test)]
mod tests;
