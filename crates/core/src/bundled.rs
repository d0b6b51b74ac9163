//! The corpus that ships with baimo: `corpus/raw/*` described by `corpus/manifest.toml`.

use crate::corpus::{parse_manifest, Article, Corpus};

include!(concat!(env!("OUT_DIR"), "/raw_files.rs"));

/// The manifest text, as shipped.
pub const MANIFEST: &str = include_str!("../../../corpus/manifest.toml");

/// Reads, checks and cleans the bundled corpus.
///
/// Fails with a message naming the problem when the manifest and the raw files disagree
/// (an article without a file, a file without an entry); the test suite keeps that from shipping.
pub fn corpus() -> Result<Corpus, String> {
    let metas = parse_manifest(MANIFEST).map_err(|e| e.to_string())?;
    for (id, _) in RAW_FILES {
        if !metas.iter().any(|m| m.id == *id) {
            return Err(format!("corpus/raw/{id} has no manifest entry"));
        }
    }
    let articles = metas
        .into_iter()
        .map(|meta| {
            let raw = RAW_FILES
                .iter()
                .find(|(id, _)| *id == meta.id)
                .map(|(_, text)| (*text).to_owned())
                .ok_or_else(|| format!("manifest names {} but corpus/raw has no such file", meta.id))?;
            Ok(Article::from_raw(meta, raw))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Corpus { articles })
}
