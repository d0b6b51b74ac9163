//! What the explorer's views ask of the analysis: the timeline filtered and grouped,
//! companies side by side, corpus search with keyword-in-context lines, and each view as a
//! downloadable table.
//!
//! Every view state is plain data that round-trips through a URL query string
//! ([`params`]), so a link restores the exact view; the browser shell only reads these
//! results and draws them.

pub mod compare;
pub mod corpus;
pub mod money;
pub mod params;
pub mod reader;
pub mod search;
pub mod table;
pub mod timeline;

use crate::analysis::{analyse, Analysis};
use crate::corpus::Corpus;
use crate::registry::Registry;
use crate::segment::Segmenter;

/// A corpus with everything the views need: its analysis and its search index.
#[derive(Debug, Clone)]
pub struct Explorer {
    /// The cleaned articles, in manifest order.
    pub corpus: Corpus,
    /// Events, clusters, money and per-company figures.
    pub analysis: Analysis,
    /// The segmented text, for search.
    pub index: search::Index,
}

impl Explorer {
    /// Analyses and indexes `corpus` with a ready segmenter and the registry it was built with.
    pub fn build(corpus: Corpus, segmenter: &Segmenter, registry: &Registry) -> Explorer {
        let analysis = analyse(&corpus, segmenter, registry);
        let index = search::Index::build(&corpus, segmenter);
        Explorer {
            corpus,
            analysis,
            index,
        }
    }
}
