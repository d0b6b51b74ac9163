//! What the explorer's views ask of the analysis: the timeline filtered and grouped,
//! companies side by side, corpus search with keyword-in-context lines, and each view as a
//! downloadable table.
//!
//! Every view state is plain data that round-trips through a URL query string
//! ([`params`]), so a link restores the exact view; the browser shell only reads these
//! results and draws them.

pub mod compare;
pub mod corpus;
pub mod listing;
pub mod money;
pub mod params;
pub mod reader;
pub mod search;
pub mod table;
pub mod timeline;

use crate::analysis::reading::{read_segmented, Reading};
use crate::analysis::{aggregate, Analysis};
use crate::corpus::Corpus;
use crate::registry::Registry;
use crate::segment::{Segmenter, Token};

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
        ExplorerBuilder::new(corpus).finish(segmenter, registry)
    }
}

/// Builds an [`Explorer`] a small step at a time, so a browser can do it between frames: each
/// [`ExplorerBuilder::step`] cuts one paragraph, or reads and indexes one article whose
/// paragraphs are all cut; [`ExplorerBuilder::finish`] then does the corpus-wide part. Every
/// paragraph is cut once, for the analysis and the index alike. Same result as
/// [`Explorer::build`].
pub struct ExplorerBuilder {
    corpus: Corpus,
    /// The article being cut, the byte where its next line starts, and its lines cut so far.
    article: usize,
    at: usize,
    lines: Vec<Vec<Token>>,
    readings: Vec<Reading>,
    indexed: Vec<search::IndexedArticle>,
}

impl ExplorerBuilder {
    /// Starts on `corpus`; nothing is cut yet.
    pub fn new(corpus: Corpus) -> ExplorerBuilder {
        ExplorerBuilder {
            corpus,
            article: 0,
            at: 0,
            lines: Vec::new(),
            readings: Vec::new(),
            indexed: Vec::new(),
        }
    }

    /// Does the next small piece of work; `true` once every article is read and indexed.
    pub fn step(&mut self, segmenter: &Segmenter) -> bool {
        let Some(article) = self.corpus.articles.get(self.article) else {
            return true;
        };
        // The lines are the text split at `\n`, a last empty one included, as `segment_lines`.
        if let Some(rest) = article.text.get(self.at..) {
            let end = rest.find('\n').unwrap_or(rest.len());
            self.lines.push(segmenter.tokens(&rest[..end]));
            self.at += end + 1;
        } else {
            self.readings.push(read_segmented(article, &self.lines));
            self.indexed
                .push(search::IndexedArticle::new(article, &self.lines));
            self.lines.clear();
            self.at = 0;
            self.article += 1;
        }
        self.article >= self.corpus.articles.len()
    }

    /// Articles read so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.article, self.corpus.articles.len())
    }

    /// The explorer, once [`ExplorerBuilder::step`] has said done (any article not yet read is
    /// read here).
    pub fn finish(mut self, segmenter: &Segmenter, registry: &Registry) -> Explorer {
        while !self.step(segmenter) {}
        Explorer {
            analysis: aggregate(self.readings, registry),
            index: search::Index::from_articles(self.indexed),
            corpus: self.corpus,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support;

    /// Cutting each paragraph once, in steps, gives what analysing and indexing apart gives.
    #[test]
    fn step_by_step_build_equals_analysing_and_indexing_apart() {
        let segmenter = test_support::segmenter();
        let registry = Registry::bundled();
        let (corpus, apart) = test_support::bundled();
        let mut builder = ExplorerBuilder::new(corpus.clone());
        let mut steps = 0;
        while !builder.step(segmenter) {
            steps += 1;
        }
        assert_eq!(builder.progress(), (5, 5));
        let lines: usize = corpus
            .articles
            .iter()
            .map(|a| a.text.split('\n').count())
            .sum();
        assert_eq!(steps + 1, lines + corpus.articles.len());
        let stepped = builder.finish(segmenter, registry);
        assert_eq!(
            serde_json::to_string(&stepped.analysis).unwrap(),
            serde_json::to_string(apart).unwrap()
        );
        let index = test_support::index();
        for q in ["亚马逊", "Anthropic 投资", "40亿美元", "云计算"] {
            let parsed = search::SearchQuery::parse(q, segmenter);
            let run = |ix: &search::Index| {
                format!(
                    "{:?}",
                    search::search(ix, &parsed, Default::default(), Default::default(), &[])
                )
            };
            assert_eq!(run(&stepped.index), run(index), "{q}");
        }
    }
}
