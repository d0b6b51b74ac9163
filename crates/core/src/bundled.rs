//! The corpus that ships with baimo: `corpus/raw/*` described by `corpus/manifest.toml`.

use crate::corpus::{parse_manifest, Article, ArticleMeta, Corpus};

include!(concat!(env!("OUT_DIR"), "/raw_files.rs"));

/// The manifest text, as shipped.
pub const MANIFEST: &str = include_str!("../../../corpus/manifest.toml");

/// The manifest entries, checked against the raw files, without cleaning anything: what a
/// list of articles needs.
///
/// Fails with a message naming the problem when the manifest and the raw files disagree
/// (an article without a file, a file without an entry); the test suite keeps that from shipping.
pub fn metas() -> Result<Vec<ArticleMeta>, String> {
    let metas = parse_manifest(MANIFEST).map_err(|e| e.to_string())?;
    for (id, _) in RAW_FILES {
        if !metas.iter().any(|m| m.id == *id) {
            return Err(format!("corpus/raw/{id} has no manifest entry"));
        }
    }
    for m in &metas {
        if raw(&m.id).is_none() {
            return Err(format!(
                "manifest names {} but corpus/raw has no such file",
                m.id
            ));
        }
    }
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
}
