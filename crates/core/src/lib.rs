//! baimo's analysis core.
//!
//! The pipeline, one module per stage:
//! raw scrape → [`clean`] → [`normalize`] (traditional → simplified, char for char)
//! → [`segment`] (jieba-rs + the domain dictionary + the company [`registry`]).
//! jieba's dictionary ships as its own compact file ([`dictionary`]).
//! [`corpus`] holds the article types and the manifest; [`bundled`] is the corpus shipped with the app;
//! [`export`] is the JSON document the `baimo` CLI prints; [`explore`] is what the explorer's
//! views ask of the analysis (filters, search, downloads); [`wire`] the binary form the web
//! app's analysis worker sends its results in and caches them in.
//!
//! Nothing here knows about Leptos or the browser: the same code runs natively (CLI, tests)
//! and in wasm (the explorer).

#![warn(missing_docs)]

pub mod analysis;
pub mod bundled;
pub mod clean;
pub mod corpus;
pub mod curation;
pub mod dictionary;
pub mod discover;
pub mod explore;
pub mod export;
pub mod extract;
pub mod import;
pub mod normalize;
pub mod registry;
pub mod segment;
#[cfg(test)]
pub(crate) mod test_support;
pub mod wire;

pub use corpus::{Article, ArticleMeta, Corpus, DateBasis, DateKind, Script, Written};
pub use segment::{Segmenter, SegmenterBuilder, Token};
