//! The last build of the explorer — the cleaned corpus and its analysis — as the web app keeps
//! it between visits, so reopening a library of a thousand articles neither cleans nor
//! analyses it again. Written as lists of small pieces ([`article_pieces`],
//! [`analysis_pieces`]) that each read back in a short task ([`Assembler`]), and known by a
//! [`key`] over everything the build read.

use super::{as_json, decode, encode, Fnv, WireError};
use crate::analysis::{Analysis, Cluster, CompanyStats, Event, MoneyFigure, Story};
use crate::clean::Removed;
use crate::corpus::{Article, ArticleMeta, Corpus};
use serde::{Deserialize, Serialize};

/// Articles per piece: a piece of real articles is about 100 kB and reads in a few ms.
const ARTICLES: usize = 24;
/// Events, clusters, money figures or stories per piece.
const ITEMS: usize = 400;
/// Companies' comparison data per piece (each holds terms, co-occurrences and figures).
const COMPANIES: usize = 16;

/// The key of a build over the articles with these facts, in corpus order, by analyser
/// `version`, and with `stamp` (the web app's mark of its stored library, which changes with
/// every write to it) standing for articles not listed: 16 hex digits. An imported article's
/// id is a hash of its text, and a bundled article's text is part of the analyser's version,
/// so the facts stand for the text too.
pub fn key<'a>(
    version: &str,
    metas: impl IntoIterator<Item = &'a ArticleMeta>,
    stamp: Option<&str>,
) -> String {
    let mut hash = Fnv::new();
    hash.write(version.as_bytes());
    for meta in metas {
        hash.write(serde_json::to_string(meta).unwrap_or_default().as_bytes());
    }
    if let Some(stamp) = stamp {
        hash.write(b"stamp");
        hash.write(stamp.as_bytes());
    }
    format!("{:016x}", hash.0)
}

/// One piece as written (borrowing the build) ...
#[derive(Serialize)]
enum PieceOut<'a> {
    Articles(Vec<ArticleOut<'a>>),
    Events(Vec<(&'a Event, (i64, i64))>),
    Clusters(&'a [Cluster]),
    Money(&'a [MoneyFigure]),
    Companies(&'a [CompanyStats]),
    CompaniesOnce(&'a [CompanyStats]),
    Reposts(&'a [Story]),
}

/// ... and as read: the same variants in the same order.
#[derive(Deserialize)]
enum Piece {
    Articles(Vec<ArticleIn>),
    Events(Vec<(Event, (i64, i64))>),
    Clusters(Vec<Cluster>),
    Money(Vec<MoneyFigure>),
    Companies(Vec<CompanyStats>),
    CompaniesOnce(Vec<CompanyStats>),
    Reposts(Vec<Story>),
}

/// An article's wire form: its facts as JSON, which leaves out empty fields (see
/// [`super::ArticleText`]).
#[derive(Serialize)]
struct ArticleOut<'a> {
    #[serde(with = "as_json")]
    meta: &'a ArticleMeta,
    raw: &'a str,
    text: &'a str,
    removed: &'a Removed,
}

#[derive(Deserialize)]
struct ArticleIn {
    #[serde(with = "as_json")]
    meta: ArticleMeta,
    raw: String,
    text: String,
    removed: Removed,
}

/// What the pieces hold, written first: a list that stops short is known to.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Head {
    articles: usize,
    events: usize,
    clusters: usize,
    money: usize,
    companies: usize,
    companies_once: usize,
    reposts: usize,
}

impl Head {
    fn of(corpus: &Corpus, analysis: &Analysis) -> Head {
        Head {
            articles: corpus.articles.len(),
            events: analysis.events.len(),
            clusters: analysis.clusters.len(),
            money: analysis.money.len(),
            companies: analysis.companies.len(),
            companies_once: analysis.companies_once.len(),
            reposts: analysis.reposts.len(),
        }
    }
}

/// The corpus's pieces, lazily encoded (a caller can spread the work over several tasks):
/// first what both lists hold, then the articles a few at a time.
pub fn article_pieces<'a>(
    corpus: &'a Corpus,
    analysis: &'a Analysis,
) -> impl Iterator<Item = Vec<u8>> + 'a {
    std::iter::once(encode(&Head::of(corpus, analysis))).chain(
        corpus.articles.chunks(ARTICLES).map(|chunk| {
            encode(&PieceOut::Articles(
                chunk
                    .iter()
                    .map(|a| ArticleOut {
                        meta: &a.meta,
                        raw: &a.raw,
                        text: &a.text,
                        removed: &a.removed,
                    })
                    .collect(),
            ))
        }),
    )
}

/// The analysis's pieces, lazily encoded.
pub fn analysis_pieces(analysis: &Analysis) -> impl Iterator<Item = Vec<u8>> + '_ {
    let events = analysis
        .events
        .chunks(ITEMS)
        .map(|c| encode(&PieceOut::Events(c.iter().map(|e| (e, e.days)).collect())));
    let clusters = analysis
        .clusters
        .chunks(ITEMS)
        .map(|c| encode(&PieceOut::Clusters(c)));
    let money = analysis
        .money
        .chunks(ITEMS)
        .map(|c| encode(&PieceOut::Money(c)));
    let companies = analysis
        .companies
        .chunks(COMPANIES)
        .map(|c| encode(&PieceOut::Companies(c)));
    let once = analysis
        .companies_once
        .chunks(COMPANIES)
        .map(|c| encode(&PieceOut::CompaniesOnce(c)));
    let reposts = analysis
        .reposts
        .chunks(ITEMS)
        .map(|c| encode(&PieceOut::Reposts(c)));
    events
        .chain(clusters)
        .chain(money)
        .chain(companies)
        .chain(once)
        .chain(reposts)
}

/// Reads pieces back one at a time: first the article pieces (their head first), then, for
/// the whole build, the analysis pieces.
#[derive(Debug, Default)]
pub struct Assembler {
    head: Option<Head>,
    corpus: Corpus,
    analysis: Option<Analysis>,
}

impl Assembler {
    /// Nothing read yet.
    pub fn new() -> Assembler {
        Assembler::default()
    }

    /// Reads one piece, in the order written.
    pub fn add(&mut self, bytes: &[u8]) -> Result<(), WireError> {
        if self.head.is_none() {
            self.head = Some(decode(bytes)?);
            return Ok(());
        }
        let analysis = self.analysis.get_or_insert_with(Analysis::default);
        match decode::<Piece>(bytes)? {
            Piece::Articles(list) => {
                self.corpus
                    .articles
                    .extend(list.into_iter().map(|a| Article {
                        meta: a.meta,
                        raw: a.raw,
                        text: a.text,
                        removed: a.removed,
                    }))
            }
            Piece::Events(list) => analysis
                .events
                .extend(list.into_iter().map(|(mut e, days)| {
                    e.days = days;
                    e
                })),
            Piece::Clusters(list) => analysis.clusters.extend(list),
            Piece::Money(list) => analysis.money.extend(list),
            Piece::Companies(list) => analysis.companies.extend(list),
            Piece::CompaniesOnce(list) => analysis.companies_once.extend(list),
            Piece::Reposts(list) => analysis.reposts.extend(list),
        }
        Ok(())
    }

    fn head(&self) -> Result<Head, WireError> {
        self.head
            .ok_or_else(|| WireError("a snapshot without its head".to_owned()))
    }

    /// The articles read, if every one of them was.
    pub fn corpus(self) -> Result<Corpus, WireError> {
        let head = self.head()?;
        if self.corpus.articles.len() != head.articles {
            return Err(WireError(format!(
                "{} of the snapshot's {} articles",
                self.corpus.articles.len(),
                head.articles
            )));
        }
        Ok(self.corpus)
    }

    /// The articles and the analysis, if every piece was read.
    pub fn build(mut self) -> Result<(Corpus, Analysis), WireError> {
        let head = self.head()?;
        let analysis = self.analysis.take().unwrap_or_default();
        let mut read = Head::of(&self.corpus, &analysis);
        read.articles = self.corpus.articles.len();
        if read != head {
            return Err(WireError(format!(
                "a snapshot cut short: read {read:?} of {head:?}"
            )));
        }
        Ok((self.corpus()?, analysis))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support;

    fn assemble(pieces: impl Iterator<Item = Vec<u8>>) -> Assembler {
        let mut assembler = Assembler::new();
        for piece in pieces {
            assembler.add(&piece).unwrap();
        }
        assembler
    }

    /// The build reads back whole: the articles, and the analysis with each event's days.
    #[test]
    fn a_build_reads_back_whole() {
        let (corpus, analysis) = test_support::bundled();
        let pieces = article_pieces(corpus, analysis).chain(analysis_pieces(analysis));
        let (back_corpus, back) = assemble(pieces).build().unwrap();
        assert_eq!(back_corpus.articles, corpus.articles);
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            serde_json::to_string(analysis).unwrap()
        );
        assert_eq!(back.events, analysis.events);
        assert!(back.events.iter().any(|e| e.days != (0, 0)));
    }

    /// The articles alone read back without the analysis's pieces.
    #[test]
    fn the_articles_read_back_alone() {
        let (corpus, analysis) = test_support::bundled();
        let back = assemble(article_pieces(corpus, analysis)).corpus().unwrap();
        assert_eq!(back.articles, corpus.articles);
    }

    /// A list cut short, a missing head or a damaged piece is an error, never a wrong build.
    #[test]
    fn a_damaged_snapshot_is_an_error() {
        let (corpus, analysis) = test_support::bundled();
        let all: Vec<Vec<u8>> = article_pieces(corpus, analysis)
            .chain(analysis_pieces(analysis))
            .collect();
        let short = assemble(all[..all.len() - 1].iter().cloned()).build();
        assert!(short.is_err());
        let no_articles = assemble(all[..1].iter().cloned()).corpus();
        assert!(no_articles.is_err());
        assert!(Assembler::new().build().is_err());
        let mut damaged = Assembler::new();
        damaged.add(&all[0]).unwrap();
        assert!(damaged.add(&all[1][..all[1].len() / 2]).is_err());
    }

    /// The key follows every article's facts, their order and the analyser's version.
    #[test]
    fn the_key_follows_facts_order_and_version() {
        let (corpus, _) = test_support::bundled();
        let metas: Vec<&ArticleMeta> = corpus.articles.iter().map(|a| &a.meta).collect();
        let k = key("v1", metas.iter().copied(), None);
        assert_eq!(k.len(), 16);
        assert_eq!(key("v1", metas.iter().copied(), None), k);
        assert_ne!(key("v2", metas.iter().copied(), None), k);
        assert_ne!(key("v1", metas.iter().rev().copied(), None), k);
        assert_ne!(key("v1", metas[1..].iter().copied(), None), k);
        let mut renamed = metas[0].clone();
        renamed.title.push('!');
        let edited = std::iter::once(&renamed).chain(metas[1..].iter().copied());
        assert_ne!(key("v1", edited, None), k);
        let stamped = key("v1", metas.iter().copied(), Some("a"));
        assert_ne!(stamped, k);
        assert_ne!(key("v1", metas.iter().copied(), Some("b")), stamped);
    }
}
