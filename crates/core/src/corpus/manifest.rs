//! The manifest (`corpus/manifest.toml`): one `[[article]]` table of facts per raw file.
//!
//! `build.rs` compiles this file too (through `#[path]`, to check the manifest before it
//! ships), so it must stay free of the crate's other modules: it may use only `super::meta`'s
//! types, which `build.rs` compiles beside it.

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
pub enum ManifestError {
    /// The file is not valid TOML (or JSON), or a table has a field the manifest does not
    /// know; the parser's own message.
    Syntax(String),
    /// Two articles with the same id.
    DuplicateId(String),
    /// An article's `date` is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadDate {
        /// The article's id.
        id: String,
        /// The date as written.
        date: String,
    },
    /// An article's `written.date` is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadWrittenDate {
        /// The article's id.
        id: String,
        /// The date as written.
        date: String,
    },
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("manifest: ")?;
        match self {
            ManifestError::Syntax(e) => write!(f, "{e}"),
            ManifestError::DuplicateId(id) => write!(f, "duplicate id {id}"),
            ManifestError::BadDate { id, date } => {
                write!(f, "{id}: date {date:?} is not YYYY, YYYY-MM or YYYY-MM-DD")
            }
            ManifestError::BadWrittenDate { id, date } => {
                write!(
                    f,
                    "{id}: written date {date:?} is not YYYY, YYYY-MM or YYYY-MM-DD"
                )
            }
        }
    }
}

impl std::error::Error for ManifestError {}

/// Why the manifest and the raw files disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawFilesError {
    /// A raw file (named here) that no manifest entry describes.
    Unlisted(String),
    /// A manifest entry (its id) without a raw file.
    Missing(String),
}

impl fmt::Display for RawFilesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RawFilesError::Unlisted(file) => write!(f, "corpus/raw/{file} has no manifest entry"),
            RawFilesError::Missing(id) => {
                write!(f, "manifest names {id} but corpus/raw has no such file")
            }
        }
    }
}

impl std::error::Error for RawFilesError {}

/// Parses the manifest and checks what the types cannot: unique ids and well-formed dates.
pub fn parse_manifest(text: &str) -> Result<Vec<ArticleMeta>, ManifestError> {
    let file: ManifestFile =
        toml::from_str(text).map_err(|e| ManifestError::Syntax(e.to_string()))?;
    check(file)
}

/// [`parse_manifest`] for the JSON that `build.rs` makes of the bundled manifest after checking
/// it: the shipped app then needs no TOML parser. The same checks run again, cheaply.
pub(crate) fn manifest_from_json(json: &str) -> Result<Vec<ArticleMeta>, ManifestError> {
    let file: ManifestFile =
        serde_json::from_str(json).map_err(|e| ManifestError::Syntax(e.to_string()))?;
    check(file)
}

fn check(file: ManifestFile) -> Result<Vec<ArticleMeta>, ManifestError> {
    let mut seen = std::collections::HashSet::new();
    for a in &file.article {
        if !seen.insert(a.id.as_str()) {
            return Err(ManifestError::DuplicateId(a.id.clone()));
        }
        if !is_partial_date(&a.date) {
            return Err(ManifestError::BadDate {
                id: a.id.clone(),
                date: a.date.clone(),
            });
        }
        if let Some(w) = a.written.as_ref().filter(|w| !is_partial_date(&w.date)) {
            return Err(ManifestError::BadWrittenDate {
                id: a.id.clone(),
                date: w.date.clone(),
            });
        }
    }
    Ok(file.article)
}

/// Checks that the manifest describes exactly the raw files `files` (their names): no article
/// without a file, no file without an entry.
pub(crate) fn check_raw_files(metas: &[ArticleMeta], files: &[&str]) -> Result<(), RawFilesError> {
    for id in files {
        if !metas.iter().any(|m| m.id == *id) {
            return Err(RawFilesError::Unlisted((*id).to_owned()));
        }
    }
    for m in metas {
        if !files.contains(&m.id.as_str()) {
            return Err(RawFilesError::Missing(m.id.clone()));
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
        let written = |d: &str| format!("{ONE}written = {{ date = \"{d}\", reason = \"转载\" }}\n");
        assert_eq!(
            parse_manifest(&written("2023-09")).unwrap()[0].anchor_date(),
            "2023-09"
        );
        let bad_date = |date: &str| ManifestError::BadDate {
            id: "a.txt".to_owned(),
            date: date.to_owned(),
        };
        for (text, want) in [
            (
                format!("{ONE}{ONE}"),
                ManifestError::DuplicateId("a.txt".to_owned()),
            ),
            (ONE.replace("2023-10", "2023-13"), bad_date("2023-13")),
            (ONE.replace("2023-10", "23-10"), bad_date("23-10")),
            (
                written("2023-9"),
                ManifestError::BadWrittenDate {
                    id: "a.txt".to_owned(),
                    date: "2023-9".to_owned(),
                },
            ),
        ] {
            assert_eq!(parse_manifest(&text).unwrap_err(), want, "{text}");
        }
        match parse_manifest(&ONE.replace("script", "scrpt")) {
            Err(ManifestError::Syntax(e)) => assert!(e.contains("script"), "{e}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn raw_files_must_match_the_entries() {
        let metas = parse_manifest(ONE).unwrap();
        assert_eq!(check_raw_files(&metas, &["a.txt"]), Ok(()));
        assert_eq!(
            check_raw_files(&metas, &["a.txt", "b.txt"]),
            Err(RawFilesError::Unlisted("b.txt".to_owned()))
        );
        assert_eq!(
            check_raw_files(&metas, &[]),
            Err(RawFilesError::Missing("a.txt".to_owned()))
        );
    }

    #[test]
    fn errors_read_as_english_sentences() {
        let id = || "a.txt".to_owned();
        for (error, text) in [
            (
                ManifestError::Syntax("missing field `id`".to_owned()),
                "manifest: missing field `id`".to_owned(),
            ),
            (
                ManifestError::DuplicateId(id()),
                "manifest: duplicate id a.txt".to_owned(),
            ),
            (
                ManifestError::BadDate {
                    id: id(),
                    date: "2023-13".to_owned(),
                },
                "manifest: a.txt: date \"2023-13\" is not YYYY, YYYY-MM or YYYY-MM-DD".to_owned(),
            ),
            (
                ManifestError::BadWrittenDate {
                    id: id(),
                    date: "2023-9".to_owned(),
                },
                "manifest: a.txt: written date \"2023-9\" is not YYYY, YYYY-MM or YYYY-MM-DD"
                    .to_owned(),
            ),
        ] {
            assert_eq!(error.to_string(), text);
        }
        assert_eq!(
            RawFilesError::Unlisted(id()).to_string(),
            "corpus/raw/a.txt has no manifest entry"
        );
        assert_eq!(
            RawFilesError::Missing(id()).to_string(),
            "manifest names a.txt but corpus/raw has no such file"
        );
    }

    #[test]
    fn partial_dates() {
        assert!(is_partial_date("2023"));
        assert!(is_partial_date("2023-08-08"));
        assert!(!is_partial_date("2023-8-8"));
        assert!(!is_partial_date(""));
    }
}
