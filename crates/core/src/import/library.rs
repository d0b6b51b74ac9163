//! The reader's own library as one JSON file: what the app stores and what "export my
//! articles" downloads and "import a library" reads back.
//!
//! ```json
//! { "schema": "baimo-library", "version": 1, "articles": [ { "meta": …, "raw": …, "source": …, "imported": "2026-11-24" } ] }
//! ```
//! Version 2 adds the reader's curation of the registry (see [`crate::curation`]):
//! `"curation": { "schema": "baimo-curation", "version": 1, "edits": [ … ] }`. A library
//! without edits is still written as version 1, which every baimo reads; version 1 files
//! read as a library without edits.
//! A file from a newer baimo (a higher `version`) is refused with a message rather than
//! half-read; nothing already in the library changes when a file is refused.

use super::{EditError, Source, ID_PREFIX, MAX_CHARS};
use crate::corpus::{is_partial_date, Article, ArticleMeta};
use crate::curation::Overlay;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The `schema` value every library file carries.
pub const SCHEMA: &str = "baimo-library";

/// The newest library file version this baimo reads, and the one it writes when the
/// library carries curation (version 2).
pub const VERSION: u32 = 2;

/// The version of a library file without curation: what older baimos read.
pub const VERSION_WITHOUT_CURATION: u32 = 1;

/// Library files larger than this are refused before they are read (64 MiB: a few hundred
/// long articles).
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// One imported article, as stored: its facts and its text before cleaning (cleaning runs
/// again on load, so better cleaning rules reach old imports).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// The facts, as the person confirmed them.
    pub meta: ArticleMeta,
    /// The decoded text (HTML and Markdown already reduced to text).
    pub raw: String,
    /// Where it came from.
    pub source: Source,
    /// The day it was imported, `YYYY-MM-DD`.
    pub imported: String,
}

impl Stored {
    /// The article, cleaned.
    pub fn article(&self) -> Article {
        Article::from_raw(self.meta.clone(), self.raw.clone())
    }

    /// The same article under a new title (trimmed; it must not be empty), marked as the
    /// person's. The text is kept: cleaning, which drops a headline repeated in the body,
    /// runs again with the new title when the article is next read.
    pub fn renamed(&self, title: &str) -> Result<Stored, EditError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(EditError::NoTitle);
        }
        let mut renamed = self.clone();
        if title != renamed.meta.title {
            renamed.meta.title = title.to_owned();
            renamed.meta.title_basis = "person".to_owned();
        }
        Ok(renamed)
    }
}

#[derive(Serialize, Deserialize)]
struct File<T> {
    schema: String,
    version: u32,
    articles: T,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    curation: Option<serde_json::Value>,
}

/// Everything a library file holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    /// The articles, in file order.
    pub articles: Vec<Stored>,
    /// The reader's edits to the registry (none in a version 1 file).
    pub curation: Overlay,
}

/// Why a library file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum LibraryError {
    /// Not JSON at all (or cut short).
    NotJson {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
    },
    /// JSON, but not a baimo library (no `"schema": "baimo-library"`).
    NotALibrary,
    /// Written by a newer baimo.
    FutureVersion {
        /// The file's version.
        found: u64,
        /// The newest this baimo reads.
        supported: u32,
    },
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// Its curation (the reader's edits to the registry) does not read.
    BadCuration {
        /// What is wrong.
        problem: String,
    },
    /// An article in it is malformed.
    BadArticle {
        /// Its position in the file, from 1.
        number: usize,
        /// What is wrong.
        problem: String,
    },
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryError::NotJson { line, column } => {
                write!(f, "not valid JSON (line {line}, column {column})")
            }
            LibraryError::NotALibrary => write!(f, "JSON, but not a baimo library file"),
            LibraryError::FutureVersion { found, supported } => write!(
                f,
                "library version {found} comes from a newer baimo; this one reads up to version {supported}"
            ),
            LibraryError::TooLarge { bytes, limit } => {
                write!(f, "the file has {bytes} bytes; the limit is {limit}")
            }
            LibraryError::BadArticle { number, problem } => write!(f, "article {number}: {problem}"),
            LibraryError::BadCuration { problem } => write!(f, "{problem}"),
        }
    }
}

impl std::error::Error for LibraryError {}

/// The library file for these articles.
pub fn to_json(articles: &[Stored]) -> String {
    to_json_with(articles, &Overlay::default())
}

/// The library file for these articles and the reader's curation (version 2 when there is
/// any, else version 1).
pub fn to_json_with(articles: &[Stored], curation: &Overlay) -> String {
    let file = File {
        schema: SCHEMA.to_owned(),
        version: if curation.is_empty() {
            VERSION_WITHOUT_CURATION
        } else {
            VERSION
        },
        articles,
        curation: (!curation.is_empty()).then(|| curation.to_value()),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a library file: all its articles, or why none can be taken.
pub fn parse(json: &str) -> Result<Vec<Stored>, LibraryError> {
    parse_library(json).map(|l| l.articles)
}

/// Reads a library file: its articles and curation, or why nothing can be taken.
pub fn parse_library(json: &str) -> Result<Library, LibraryError> {
    let value = serde_json::from_str(json.trim_start_matches('\u{feff}')).map_err(not_json)?;
    library(value)
}

/// Reads a library file from its bytes, as a file chooser gives them: refuses one larger than
/// [`MAX_FILE_BYTES`] and bytes that are not UTF-8 JSON, then as [`parse`].
pub fn parse_bytes(bytes: &[u8]) -> Result<Vec<Stored>, LibraryError> {
    parse_library_bytes(bytes).map(|l| l.articles)
}

/// [`parse_library`] from a file's bytes (see [`parse_bytes`]).
pub fn parse_library_bytes(bytes: &[u8]) -> Result<Library, LibraryError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(LibraryError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    library(serde_json::from_slice(body).map_err(not_json)?)
}

fn not_json(e: serde_json::Error) -> LibraryError {
    LibraryError::NotJson {
        line: e.line(),
        column: e.column(),
    }
}

fn library(value: serde_json::Value) -> Result<Library, LibraryError> {
    if value.get("schema").and_then(|s| s.as_str()) != Some(SCHEMA) {
        return Err(LibraryError::NotALibrary);
    }
    let version = value
        .get("version")
        .and_then(|v| v.as_u64())
        .ok_or(LibraryError::NotALibrary)?;
    if version > u64::from(VERSION) {
        return Err(LibraryError::FutureVersion {
            found: version,
            supported: VERSION,
        });
    }
    let curation = match value.get("curation") {
        Some(c) if version >= 2 => {
            Overlay::from_value(c.clone()).map_err(|e| LibraryError::BadCuration {
                problem: e.to_string(),
            })?
        }
        _ => Overlay::default(),
    };
    let Some(items) = value.get("articles").and_then(|a| a.as_array()) else {
        return Err(LibraryError::NotALibrary);
    };
    let articles = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let bad = |problem: String| LibraryError::BadArticle {
                number: i + 1,
                problem,
            };
            let stored = Stored::deserialize(item).map_err(|e| bad(e.to_string()))?;
            check(&stored).map_err(bad)?;
            Ok(stored)
        })
        .collect::<Result<_, _>>()?;
    Ok(Library { articles, curation })
}

/// What an article must satisfy to be taken in (from a library file, or from the browser's
/// storage): an imported article's id, a title, a date, and 1 to [`MAX_CHARS`] characters
/// of text. The error says what is wrong.
pub fn check(s: &Stored) -> Result<(), String> {
    let id = &s.meta.id;
    let id_ok = id.strip_prefix(ID_PREFIX).is_some_and(|h| {
        !h.is_empty() && h.len() <= 32 && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    if !id_ok {
        return Err(format!(
            "id {id:?} is not an imported article's id ({ID_PREFIX}…)"
        ));
    }
    if s.meta.title.trim().is_empty() {
        return Err("no title".to_owned());
    }
    // An empty date is an undated article (import/dating.rs).
    if !s.meta.date.is_empty() && !is_partial_date(&s.meta.date) {
        return Err(format!(
            "date {:?} is not YYYY-MM-DD, YYYY-MM or YYYY",
            s.meta.date
        ));
    }
    let chars = s.raw.chars().count();
    if chars == 0 || chars > MAX_CHARS {
        return Err(format!(
            "its text has {chars} characters (1 to {MAX_CHARS} allowed)"
        ));
    }
    Ok(())
}

/// The outcome of adding articles to a library.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    /// The library after the merge: every article it had, then the new ones.
    pub library: Vec<Stored>,
    /// Ids of the articles that were new.
    pub added: Vec<String>,
    /// Ids of incoming articles the library already had (kept as they were).
    pub already: Vec<String>,
}

/// Adds `incoming` to `library`. An article already there (same id, i.e. the same text) is
/// left as it is, with the person's edits: adding never loses anything.
pub fn merge(library: &[Stored], incoming: Vec<Stored>) -> Merged {
    let mut merged = Merged {
        library: library.to_vec(),
        ..Merged::default()
    };
    for s in incoming {
        if merged.library.iter().any(|have| have.meta.id == s.meta.id) {
            merged.already.push(s.meta.id);
        } else {
            merged.added.push(s.meta.id.clone());
            merged.library.push(s);
        }
    }
    merged
}

/// True when `id` names an imported article (not one of the bundled corpus).
pub fn is_imported(id: &str) -> bool {
    id.starts_with(ID_PREFIX)
}
