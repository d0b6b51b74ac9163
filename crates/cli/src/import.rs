//! `baimo import FILE…`: articles from files, as a library file the web app can import.
//!
//! Each file goes through the same core as the browser's import ([`read_file`] with the
//! encoding detected, then the guessed facts confirmed as they are). Files that cannot be
//! read are named on stderr, one line each; the others still make the library.

use baimo_core::import::decode::Choice;
use baimo_core::import::library::{self, Stored};
use baimo_core::import::{read_file, MAX_FILE_BYTES};
use std::fs;
use std::path::Path;

/// What came of a run: the library file's text and one message per file that failed.
pub struct Outcome {
    /// The library file (`baimo-library`, every article that could be read).
    pub json: String,
    /// `path: why`, per failed file, in argument order.
    pub failures: Vec<String>,
}

/// Reads every file in `paths` as an article imported on `today` (`YYYY-MM-DD`).
pub fn run(paths: &[String], today: &str) -> Outcome {
    let mut articles: Vec<Stored> = Vec::new();
    let mut failures = Vec::new();
    for path in paths {
        match read_one(Path::new(path), today) {
            Ok(stored) => {
                // The same text twice is one article, as in the browser's library.
                let merged = library::merge(&articles, vec![stored]);
                if merged.already.is_empty() {
                    articles = merged.library;
                } else {
                    failures.push(format!("{path}: the same text as an earlier file"));
                }
            }
            Err(why) => failures.push(format!("{path}: {why}")),
        }
    }
    Outcome {
        json: library::to_json(&articles),
        failures,
    }
}

fn read_one(path: &Path, today: &str) -> Result<Stored, String> {
    // Refuse a huge file before reading it, as the browser does.
    let size = fs::metadata(path).map_err(|e| e.to_string())?.len();
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    if size > MAX_FILE_BYTES {
        return Err(baimo_core::import::ImportError::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        }
        .to_string());
    }
    let bytes = fs::read(path).map_err(|e| e.to_string())?;
    // Only the file's own name goes into the library: not the folders it sat in here.
    let name = path
        .file_name()
        .map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy());
    let draft = read_file(&name, &bytes, Choice::Auto, today).map_err(|e| e.to_string())?;
    draft
        .finish(&draft.edits(), today)
        .map_err(|e| e.to_string())
}

/// Today's date on this machine's clock, in its time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    jiff::ZonedDateTime::now().date().to_string()
}

/// Checks a `--today` value: a full date, `YYYY-MM-DD`.
pub fn check_today(date: &str) -> Result<(), String> {
    date.parse::<jiff::civil::Date>()
        .ok()
        .filter(|_| date.len() == 10)
        .map(|_| ())
        .ok_or_else(|| format!("--today {date:?} is not a date like 2024-03-05"))
}
