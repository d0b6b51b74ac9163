//! The manifest (`corpus/manifest.toml`): one `[[article]]` table of facts per raw file.

use super::ArticleMeta;
use serde::Deserialize;
use std::fmt;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    article: Vec<ArticleMeta>,
}

/// Why a manifest could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestError(pub String);

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "manifest: {}", self.0)
    }
}

impl std::error::Error for ManifestError {}

/// Parses the manifest and checks what the types cannot: unique ids and well-formed dates.
pub fn parse_manifest(text: &str) -> Result<Vec<ArticleMeta>, ManifestError> {
    let file: ManifestFile = toml::from_str(text).map_err(|e| ManifestError(e.to_string()))?;
    check(file)
}

/// [`parse_manifest`] for the JSON that `build.rs` makes of the bundled manifest after checking
/// it: the shipped app then needs no TOML parser. The same checks run again, cheaply.
pub(crate) fn manifest_from_json(json: &str) -> Result<Vec<ArticleMeta>, ManifestError> {
    let file: ManifestFile =
        serde_json::from_str(json).map_err(|e| ManifestError(e.to_string()))?;
    check(file)
}

fn check(file: ManifestFile) -> Result<Vec<ArticleMeta>, ManifestError> {
    let mut seen = std::collections::HashSet::new();
    for a in &file.article {
        if !seen.insert(a.id.as_str()) {
            return Err(ManifestError(format!("duplicate id {}", a.id)));
        }
        if !is_partial_date(&a.date) {
            return Err(ManifestError(format!(
                "{}: date {:?} is not YYYY, YYYY-MM or YYYY-MM-DD",
                a.id, a.date
            )));
        }
        if let Some(w) = a.written.as_ref().filter(|w| !is_partial_date(&w.date)) {
            return Err(ManifestError(format!(
                "{}: written date {:?} is not YYYY, YYYY-MM or YYYY-MM-DD",
                a.id, w.date
            )));
        }
    }
    Ok(file.article)
}

/// Checks that the manifest describes exactly the raw files `files` (their names): no article
/// without a file, no file without an entry.
pub(crate) fn check_raw_files(metas: &[ArticleMeta], files: &[&str]) -> Result<(), String> {
    for id in files {
        if !metas.iter().any(|m| m.id == *id) {
            return Err(format!("corpus/raw/{id} has no manifest entry"));
        }
    }
    for m in metas {
        if !files.contains(&m.id.as_str()) {
            return Err(format!(
                "manifest names {} but corpus/raw has no such file",
                m.id
            ));
        }
    }
    Ok(())
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
pub(crate) fn is_partial_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    let in_range =
        |p: &str, lo: u32, hi: u32| p.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n));
    match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && in_range(m, 1, 12),
        [y, m, d] => {
            num(y, 4) && num(m, 2) && num(d, 2) && in_range(m, 1, 12) && in_range(d, 1, 31)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = r#"
[[article]]
id = "a.txt"
title = "标题"
title_basis = "page"
publisher = "某报"
date = "2023-10"
date_basis = { kind = "inferred", reason = "最新事件为10月4日" }
script = "simplified"
"#;

    #[test]
    fn parses_an_article() {
        let m = parse_manifest(ONE).unwrap();
        assert_eq!(m[0].id, "a.txt");
        assert_eq!(m[0].author, None);
        assert_eq!(m[0].date_basis.kind, crate::DateKind::Inferred);
    }

    #[test]
    fn rejects_duplicates_and_bad_dates() {
        let twice = format!("{ONE}{ONE}");
        assert!(parse_manifest(&twice).unwrap_err().0.contains("duplicate"));
        assert!(parse_manifest(&ONE.replace("2023-10", "2023-13")).is_err());
        assert!(parse_manifest(&ONE.replace("2023-10", "23-10")).is_err());
        assert!(parse_manifest(&ONE.replace("script", "scrpt")).is_err());
        let written = |d: &str| format!("{ONE}written = {{ date = \"{d}\", reason = \"转载\" }}\n");
        assert_eq!(
            parse_manifest(&written("2023-09")).unwrap()[0].anchor_date(),
            "2023-09"
        );
        assert!(parse_manifest(&written("2023-9")).is_err());
    }

    #[test]
    fn partial_dates() {
        assert!(is_partial_date("2023"));
        assert!(is_partial_date("2023-08-08"));
        assert!(!is_partial_date("2023-8-8"));
        assert!(!is_partial_date(""));
    }
}
