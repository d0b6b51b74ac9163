//! Articles, their metadata and the corpus that holds them.

mod manifest;
mod meta;

pub(crate) use manifest::{check_raw_files, is_partial_date, manifest_from_json};
pub use manifest::{parse_manifest, ManifestError, RawFilesError};
pub use meta::{ArticleMeta, DateBasis, DateKind, Script, Written};

use crate::clean::Removed;
use serde::{Deserialize, Serialize};

/// One article: its metadata, the raw scrape and the cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Facts from the manifest.
    pub meta: ArticleMeta,
    /// The scrape exactly as stored (kept so a reader can compare).
    pub raw: String,
    /// The cleaned text in the original script, one paragraph per line.
    pub text: String,
    /// What each cleaning rule removed.
    pub removed: Removed,
}

impl Article {
    /// Cleans `raw` and builds the article.
    pub fn from_raw(meta: ArticleMeta, raw: String) -> Article {
        let cleaned = crate::clean::clean(&raw, &meta.title);
        Article {
            meta,
            raw,
            text: cleaned.text,
            removed: cleaned.removed,
        }
    }

    /// The cleaned paragraphs, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.text.lines().filter(|l| !l.is_empty())
    }

    /// Where each cleaned paragraph starts and ends (`[start, end)` in chars of `text`), in
    /// the order of [`Article::paragraphs`]: evidence spans are offsets into `text`.
    pub fn paragraph_spans(&self) -> Vec<[usize; 2]> {
        let mut spans = Vec::new();
        let mut start = 0;
        for line in self.text.split('\n') {
            let len = line.chars().count();
            if len > 0 {
                spans.push([start, start + len]);
            }
            start += len + 1;
        }
        spans
    }

    /// Length of the cleaned text in characters.
    pub fn char_len(&self) -> usize {
        self.text.chars().count()
    }
}

/// All articles, in manifest order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    /// The articles.
    pub articles: Vec<Article>,
}

impl Corpus {
    /// The article with this id, if any.
    pub fn get(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.meta.id == id)
    }
}
