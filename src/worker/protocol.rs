//! What the page and the analysis worker say to each other, each message one
//! [`baimo_core::wire`] buffer, transferred (not copied) with `postMessage`.

use crate::load_error::LoadError;
use baimo_core::explore::search::{Match, Results, SearchQuery, Sort};
use baimo_core::segment::TokenKind;
use baimo_core::wire::{self, ArticleText, Shipped};
use baimo_core::Token;
use serde::{Deserialize, Serialize};

/// From the page to the worker.
#[derive(Debug, Serialize, Deserialize)]
pub enum ToWorker {
    /// Sent first: where the dictionary is, and (test hooks only) another analyser version
    /// to key the cache with, as a new build would.
    Start {
        /// The dictionary's URL, from the page's preload link.
        dictionary: String,
        /// An analyser version other than this build's.
        version: Option<String>,
    },
    /// Part of the corpus to analyse; the analysis starts with the `last` batch. A newer
    /// generation replaces an older one.
    Articles {
        /// Which build of the explorer this is for.
        generation: u64,
        /// The articles, in corpus order.
        articles: Vec<ArticleText>,
        /// True on the last batch.
        last: bool,
        /// Only the search index is wanted: the page has the analysis already.
        index_only: bool,
    },
    /// A search of the latest corpus.
    Search {
        /// Request number, echoed in the answer.
        id: u64,
        /// What was typed.
        q: String,
        /// How terms match.
        how: Match,
        /// Order of the hits.
        sort: Sort,
        /// The articles to list hits of (all when empty).
        only: Vec<String>,
    },
    /// Paragraphs to cut into words (the reader's article).
    Segment {
        /// Request number, echoed in the answer.
        id: u64,
        /// The paragraphs.
        paragraphs: Vec<String>,
    },
    /// The reader's curation of the registry ([`baimo_core::curation::Overlay`] as JSON: the
    /// wire's bincode cannot read back its tagged edits), for the analyses, searches and
    /// cuts that follow.
    Curation {
        /// The overlay's JSON.
        overlay: String,
    },
}

/// A failure inside the worker, said in both languages there (the page's language may change).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Said {
    /// In Chinese.
    pub zh: String,
    /// In English.
    pub en: String,
}

impl From<Said> for LoadError {
    fn from(said: Said) -> LoadError {
        LoadError::InWorker {
            zh: said.zh,
            en: said.en,
        }
    }
}

impl From<&LoadError> for Said {
    fn from(e: &LoadError) -> Said {
        use crate::i18n::load::LOAD;
        Said {
            zh: (LOAD.zh.reason)(e),
            en: (LOAD.en.reason)(e),
        }
    }
}

/// How many articles an analysis cut and read, and how many it took from the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Analysed now.
    pub analysed: usize,
    /// Taken from the cache.
    pub cached: usize,
}

/// From the worker to the page.
#[derive(Debug, Serialize, Deserialize)]
pub enum FromWorker {
    /// A User Timing mark to leave in the page's timeline (the bench reads them there).
    Mark(String),
    /// The analysis of a generation.
    Analysed {
        /// The generation it is of.
        generation: u64,
        /// The analysis, or why it could not be made.
        analysis: Result<(Shipped, Counts), Said>,
    },
    /// The cache is full: results are no longer kept (said once per worker).
    CacheFull,
    /// A search's results.
    Found {
        /// The request's number.
        id: u64,
        /// The parsed query and what it found, or why it could not run.
        found: Result<(SearchQuery, Results), Said>,
    },
    /// Paragraphs cut into words.
    Segmented {
        /// The request's number.
        id: u64,
        /// Each paragraph's tokens, or why they could not be cut.
        lines: Result<Vec<Vec<WireToken>>, Said>,
    },
    /// The worker's wasm panicked (it is dead now): the panic's message.
    Panicked(String),
}

/// A [`Token`] as it crosses: bincode cannot read back the tagged enum of its JSON.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WireToken {
    text: String,
    simplified: String,
    /// 0 word, 1 company, 2 punctuation, 3 space, 4 gap.
    kind: u8,
    company: Option<String>,
}

impl From<Token> for WireToken {
    fn from(t: Token) -> WireToken {
        let (kind, company) = match t.kind {
            TokenKind::Word => (0, None),
            TokenKind::Company(id) => (1, Some(id)),
            TokenKind::Punct => (2, None),
            TokenKind::Space => (3, None),
            TokenKind::Gap => (4, None),
        };
        WireToken {
            text: t.text,
            simplified: t.simplified,
            kind,
            company,
        }
    }
}

impl From<WireToken> for Token {
    fn from(t: WireToken) -> Token {
        let kind = match (t.kind, t.company) {
            (1, Some(id)) => TokenKind::Company(id),
            (2, _) => TokenKind::Punct,
            (3, _) => TokenKind::Space,
            (4, _) => TokenKind::Gap,
            _ => TokenKind::Word,
        };
        Token {
            text: t.text,
            simplified: t.simplified,
            kind,
        }
    }
}

/// A message's bytes.
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    wire::encode(message)
}

/// A message from its bytes.
pub fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, wire::WireError> {
    wire::decode(bytes)
}
