//! The binary form of what the web app's analysis worker is sent and sends back (articles in,
//! an [`Analysis`] and search results out) and of what it caches (each article's
//! [`ArticleAnalysis`]): bincode with variable-length integers, a few times smaller and faster
//! to read than JSON, which stays the form of `baimo export` and the downloads.
//!
//! Types whose JSON is written for people ([`crate::analysis::MoneyFigure`]'s flat form,
//! [`crate::extract::date::Precision`]'s label) check `is_human_readable` and have a binary
//! form that reads back whole.

use crate::analysis::reading::{read_segmented, segment_lines, Reading};
use crate::analysis::Analysis;
use crate::corpus::{Article, ArticleMeta};
use crate::explore::search::IndexedArticle;
use crate::segment::Segmenter;
use bincode::Options;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

pub mod snapshot;

include!(concat!(env!("OUT_DIR"), "/analyser_version.rs"));

/// Why bytes did not read back as what was expected (damaged, or written by another version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError(pub String);

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unreadable data: {}", self.0)
    }
}

impl std::error::Error for WireError {}

fn options() -> impl Options {
    bincode::DefaultOptions::new()
}

/// `value` in the binary form.
pub fn encode<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    // Only a failing `Serialize` impl could make this fail, and none of ours does.
    options().serialize(value).unwrap_or_default()
}

/// Reads `bytes` written by [`encode`]; trailing bytes are an error.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, WireError> {
    options()
        .deserialize(bytes)
        .map_err(|e| WireError(e.to_string()))
}

/// What the per-article step reads of an article: its facts and its cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleText {
    /// The article's facts (id, title, date, script…), as JSON: they leave out empty fields,
    /// which a binary form cannot read back.
    #[serde(with = "as_json")]
    pub meta: ArticleMeta,
    /// Its cleaned text.
    pub text: String,
}

impl ArticleText {
    /// The facts and text of `article`.
    pub fn of(article: &Article) -> ArticleText {
        ArticleText {
            meta: article.meta.clone(),
            text: article.text.clone(),
        }
    }

    /// An article with these facts and text (its raw text left empty: nothing here reads it).
    pub fn into_article(self) -> Article {
        Article {
            meta: self.meta,
            raw: String::new(),
            text: self.text,
            removed: Default::default(),
        }
    }

    /// What the cache knows this article's results by: a hash of everything the per-article
    /// step reads (its facts and text) and of the analyser's version, 16 hex digits.
    pub fn key(&self) -> String {
        key_with(ANALYSER_VERSION, self)
    }
}

/// [`ArticleText::key`] under another analyser version (tests fake a new build with it).
pub fn key_with(version: &str, article: &ArticleText) -> String {
    let mut hash = Fnv::new();
    hash.write(version.as_bytes());
    hash.write(&encode(article));
    format!("{:016x}", hash.0)
}

/// What the per-article step makes of one article: its reading (what the corpus-wide step
/// aggregates) and its search index entry, from one cut of its text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleAnalysis {
    /// The article read once: sentences, companies, dates, money.
    pub reading: Reading,
    /// The article keyed for search.
    pub indexed: IndexedArticle,
}

impl ArticleAnalysis {
    /// Cuts `article` into words once and reads and indexes it.
    pub fn of(article: &Article, segmenter: &Segmenter) -> ArticleAnalysis {
        let lines = segment_lines(&article.text, segmenter);
        ArticleAnalysis {
            reading: read_segmented(article, &lines),
            indexed: IndexedArticle::new(article, &lines),
        }
    }
}

/// An [`Analysis`] as the worker sends it: with each event's days, which its JSON leaves out.
#[derive(Debug, Clone)]
pub struct Shipped(pub Analysis);

impl Serialize for Shipped {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let days: Vec<(i64, i64)> = self.0.events.iter().map(|e| e.days).collect();
        (&self.0, days).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Shipped {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (mut analysis, days) = <(Analysis, Vec<(i64, i64)>)>::deserialize(d)?;
        if days.len() != analysis.events.len() {
            return Err(serde::de::Error::custom("one day range per event"));
        }
        for (event, days) in analysis.events.iter_mut().zip(days) {
            event.days = days;
        }
        Ok(Shipped(analysis))
    }
}

/// A field written as its JSON, in a string.
pub(crate) mod as_json {
    use serde::de::{DeserializeOwned, Error as _};
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer, T: Serialize>(value: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&serde_json::to_string(value).map_err(S::Error::custom)?)
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: DeserializeOwned>(
        d: D,
    ) -> Result<T, D::Error> {
        serde_json::from_str(&String::deserialize(d)?).map_err(D::Error::custom)
    }
}

/// 64-bit FNV-1a, as the build script hashes the analyser's version with.
pub(crate) struct Fnv(pub(crate) u64);

impl Fnv {
    pub(crate) fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for &b in bytes.iter().chain(&(bytes.len() as u64).to_le_bytes()) {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::aggregate;
    use crate::explore::search::{self, Index, SearchQuery};
    use crate::registry::Registry;
    use crate::test_support;

    /// The analysis reads back the same, JSON (the export) and the days alike.
    #[test]
    fn analysis_reads_back_whole() {
        let (_, analysis) = test_support::bundled();
        let back: Shipped = decode(&encode(&Shipped(analysis.clone()))).unwrap();
        assert_eq!(
            serde_json::to_string(&back.0).unwrap(),
            serde_json::to_string(analysis).unwrap()
        );
        assert_eq!(back.0.events, analysis.events);
        assert!(analysis.events.iter().any(|e| e.days != (0, 0)));
    }

    /// Cached per-article results give the analysis and the search results of a fresh run.
    #[test]
    fn article_results_read_back_to_the_same_analysis_and_search() {
        let segmenter = test_support::segmenter();
        let (corpus, analysis) = test_support::bundled();
        let cached: Vec<ArticleAnalysis> = corpus
            .articles
            .iter()
            .map(|a| decode(&encode(&ArticleAnalysis::of(a, segmenter))).unwrap())
            .collect();
        let (readings, indexed): (Vec<_>, Vec<_>) =
            cached.into_iter().map(|a| (a.reading, a.indexed)).unzip();
        assert_eq!(
            serde_json::to_string(&aggregate(readings, Registry::bundled())).unwrap(),
            serde_json::to_string(analysis).unwrap()
        );
        let index = Index::from_articles(indexed);
        for q in ["亚马逊", "Anthropic 投资", "40亿美元"] {
            let parsed = SearchQuery::parse(q, segmenter);
            let run = |ix: &Index| {
                search::search(ix, &parsed, Default::default(), Default::default(), &[])
            };
            let found = run(&index);
            assert!(found.total > 0, "{q}");
            assert_eq!(found, run(test_support::index()), "{q}");
            // The terms' match keys stay in the worker, as in their JSON.
            let back: search::Results = decode(&encode(&found)).unwrap();
            let mut expected = found.clone();
            expected.terms.iter_mut().for_each(|t| t.key.clear());
            assert_eq!(back, expected);
        }
    }

    /// The corpus crosses to the worker whole, facts and all.
    #[test]
    fn articles_read_back_whole() {
        let (corpus, _) = test_support::bundled();
        for article in &corpus.articles {
            let text = ArticleText::of(article);
            assert_eq!(decode::<ArticleText>(&encode(&text)).unwrap(), text);
        }
    }

    /// The key follows the text, the facts and the analyser's version, and nothing else.
    #[test]
    fn key_follows_text_facts_and_version() {
        let (corpus, _) = test_support::bundled();
        let article = ArticleText::of(&corpus.articles[0]);
        let key = article.key();
        assert_eq!(key.len(), 16);
        assert_eq!(ArticleText::of(&corpus.articles[0]).key(), key);
        let mut edited = article.clone();
        edited.text.push('。');
        assert_ne!(edited.key(), key);
        let mut renamed = article.clone();
        renamed.meta.title.push('!');
        assert_ne!(renamed.key(), key);
        assert_ne!(key_with("another build", &article), key);
        assert_eq!(ANALYSER_VERSION.len(), 16);
    }

    /// Damaged bytes are an error, never a panic or a wrong value.
    #[test]
    fn damaged_bytes_are_an_error() {
        let (corpus, _) = test_support::bundled();
        let bytes = encode(&ArticleText::of(&corpus.articles[0]));
        assert!(decode::<ArticleText>(&bytes[..bytes.len() / 2]).is_err());
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode::<ArticleText>(&longer).is_err());
        assert!(decode::<ArticleAnalysis>(&bytes).is_err());
    }
}
