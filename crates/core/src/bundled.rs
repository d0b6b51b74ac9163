//! The corpus that ships with baimo: `corpus/raw/*` described by `corpus/manifest.toml`.

use crate::corpus::{
    check_raw_files, manifest_from_json, Article, ArticleMeta, Corpus, ManifestError, RawFilesError,
};
use crate::registry::{Registry, RegistryError};
use std::fmt;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/raw_files.rs"));

/// The manifest text, as shipped.
pub const MANIFEST: &str = include_str!("../../../corpus/manifest.toml");

/// `corpus/manifest.toml` as JSON, written by `build.rs` once the manifest has passed
/// [`crate::corpus::parse_manifest`] and matched the raw files: the app parses JSON, which it
/// needs anyway, instead of carrying a TOML parser.
const MANIFEST_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/manifest.json"));

/// The registry's files (`corpus/registry/*.toml`) as one JSON document, written by
/// `build.rs` once they have passed [`Registry::parse_files`].
const COMPANIES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/companies.json"));

/// Why the bundled corpus could not be read. `build.rs` runs the same checks, so this is a
/// bug in the build, never a bad edit that shipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundledError {
    /// The manifest does not read.
    Manifest(ManifestError),
    /// The manifest and the raw files disagree.
    RawFiles(RawFilesError),
}

impl fmt::Display for BundledError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("bundled corpus: ")?;
        match self {
            BundledError::Manifest(e) => write!(f, "{e}"),
            BundledError::RawFiles(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for BundledError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BundledError::Manifest(e) => Some(e),
            BundledError::RawFiles(e) => Some(e),
        }
    }
}

impl Registry {
    /// The registry shipped in `corpus/registry/`, or why it does not read.
    ///
    /// `build.rs` checks it, so an error here is a bug in the build: callers show it (the
    /// app's pages do) rather than run on without company names.
    pub fn try_bundled() -> Result<&'static Registry, RegistryError> {
        static REG: OnceLock<Result<Registry, RegistryError>> = OnceLock::new();
        REG.get_or_init(|| Registry::from_json(COMPANIES_JSON))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The registry shipped in `corpus/registry/`.
    ///
    /// # Panics
    ///
    /// If it does not read ([`Registry::try_bundled`] says why): a bug in the build, which
    /// must not pass unnoticed as a registry without companies.
    pub fn bundled() -> &'static Registry {
        Registry::try_bundled()
            .unwrap_or_else(|e| panic!("the bundled registry does not read: {e}"))
    }
}

/// The manifest entries, checked against the raw files, without cleaning anything: what a
/// list of articles needs.
///
/// Fails when the manifest does not read or disagrees with the raw files (an article without
/// a file, a file without an entry); `build.rs` runs the same checks, so that cannot ship.
pub fn metas() -> Result<Vec<ArticleMeta>, BundledError> {
    let metas = manifest_from_json(MANIFEST_JSON).map_err(BundledError::Manifest)?;
    let files: Vec<&str> = RAW_FILES.iter().map(|(id, _)| *id).collect();
    check_raw_files(&metas, &files).map_err(BundledError::RawFiles)?;
    Ok(metas)
}

/// The raw scrape of a bundled article.
pub fn raw(id: &str) -> Option<&'static str> {
    RAW_FILES
        .iter()
        .find(|(name, _)| *name == id)
        .map(|(_, text)| *text)
}

/// One bundled article, cleaned; `Ok(None)` when no article has this id.
pub fn article(id: &str) -> Result<Option<Article>, BundledError> {
    let Some(meta) = metas()?.into_iter().find(|m| m.id == id) else {
        return Ok(None);
    };
    let raw =
        raw(id).ok_or_else(|| BundledError::RawFiles(RawFilesError::Missing(id.to_owned())))?;
    Ok(Some(Article::from_raw(meta, raw.to_owned())))
}

/// Reads, checks and cleans the whole bundled corpus.
pub fn corpus() -> Result<Corpus, BundledError> {
    let articles = metas()?
        .into_iter()
        .map(|meta| {
            let raw = raw(&meta.id).unwrap_or_default().to_owned();
            Article::from_raw(meta, raw)
        })
        .collect();
    Ok(Corpus { articles })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_article_cleans_like_the_whole_corpus() {
        let corpus = corpus().unwrap();
        let one = article("002_f7e134bfcf147c3d.txt").unwrap().unwrap();
        assert_eq!(corpus.get("002_f7e134bfcf147c3d.txt"), Some(&one));
        assert_eq!(article("nope.txt"), Ok(None));
        assert_eq!(metas().unwrap().len(), corpus.articles.len());
    }

    #[test]
    fn the_shipped_json_reads_exactly_as_the_toml() {
        let from_toml = crate::corpus::parse_manifest(MANIFEST).unwrap();
        assert_eq!(metas().unwrap(), from_toml);
        let parsed = crate::test_support::registry_from_files();
        assert_eq!(Registry::bundled().companies(), parsed.companies());
        assert_eq!(Registry::bundled().cues(), parsed.cues());
        assert!(!parsed.companies().is_empty());
    }

    #[test]
    fn the_shipped_registry_reads() {
        let registry = Registry::try_bundled().expect("build.rs checked it");
        assert!(std::ptr::eq(registry, Registry::bundled()));
        assert!(registry.get("openai").is_some());
    }

    #[test]
    fn errors_name_the_bundled_corpus() {
        let manifest = BundledError::Manifest(ManifestError::DuplicateId("a.txt".to_owned()));
        assert_eq!(
            manifest.to_string(),
            "bundled corpus: manifest: duplicate id a.txt"
        );
        let missing = BundledError::RawFiles(RawFilesError::Missing("a.txt".to_owned()));
        assert_eq!(
            missing.to_string(),
            "bundled corpus: manifest names a.txt but corpus/raw has no such file"
        );
        let source = std::error::Error::source(&missing).map(ToString::to_string);
        assert_eq!(
            source.as_deref(),
            Some("manifest names a.txt but corpus/raw has no such file")
        );
    }
}
