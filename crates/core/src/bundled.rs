//! The corpus that ships with baimo: `corpus/raw/*` described by `corpus/manifest.toml`.

use crate::corpus::{check_raw_files, manifest_from_json, Article, ArticleMeta, Corpus};
use crate::registry::Registry;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/raw_files.rs"));

/// The manifest text, as shipped.
pub const MANIFEST: &str = include_str!("../../../corpus/manifest.toml");

/// `corpus/manifest.toml` as JSON, written by `build.rs` once the manifest has passed
/// [`crate::corpus::parse_manifest`] and matched the raw files: the app parses JSON, which it
/// needs anyway, instead of carrying a TOML parser.
const MANIFEST_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/manifest.json"));

/// `corpus/companies.toml` as JSON, written by `build.rs` once it has passed
/// [`Registry::parse`].
const COMPANIES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/companies.json"));

impl Registry {
    /// The registry shipped in `corpus/companies.toml`.
    pub fn bundled() -> &'static Registry {
        static REG: OnceLock<Registry> = OnceLock::new();
        REG.get_or_init(|| {
            // Checked when the crate is built, so a bad edit fails the build, never a
            // reader's page.
            Registry::from_json(COMPANIES_JSON).unwrap_or_else(|_| Registry::empty())
        })
    }
}

/// The manifest entries, checked against the raw files, without cleaning anything: what a
/// list of articles needs.
///
/// Fails with a message naming the problem when the manifest and the raw files disagree
/// (an article without a file, a file without an entry); `build.rs` runs the same checks, so
/// that cannot ship.
pub fn metas() -> Result<Vec<ArticleMeta>, String> {
    let metas = manifest_from_json(MANIFEST_JSON).map_err(|e| e.to_string())?;
    let files: Vec<&str> = RAW_FILES.iter().map(|(id, _)| *id).collect();
    check_raw_files(&metas, &files)?;
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
pub fn article(id: &str) -> Result<Option<Article>, String> {
    let Some(meta) = metas()?.into_iter().find(|m| m.id == id) else {
        return Ok(None);
    };
    let raw = raw(id).ok_or_else(|| format!("no raw file for {id}"))?;
    Ok(Some(Article::from_raw(meta, raw.to_owned())))
}

/// Reads, checks and cleans the whole bundled corpus.
pub fn corpus() -> Result<Corpus, String> {
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
        let toml = include_str!("../../../corpus/companies.toml");
        let parsed = Registry::parse(toml).unwrap();
        assert_eq!(Registry::bundled().companies(), parsed.companies());
        assert_eq!(Registry::bundled().cues(), parsed.cues());
        assert!(!parsed.companies().is_empty());
    }
}
