//! `baimo import PATH…`: articles from files, folders and `.zip` archives, as a library file
//! the web app can import.
//!
//! Each file goes through the same core as the browser's import ([`read_file`] with the
//! encoding detected, then the guessed facts confirmed as they are). A folder stands for
//! every file under it (sorted, hidden ones skipped), an archive for every file inside it.
//! Files that cannot be read are named on stderr, one line each; the others still make the
//! library.

use baimo_core::import::decode::Choice;
use baimo_core::import::library::{self, Stored};
use baimo_core::import::zip::{self, MAX_ARCHIVE_BYTES};
use baimo_core::import::{listing, read_file, ImportError, MAX_FILE_BYTES};
use flate2::read::DeflateDecoder;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// What came of a run: the library file's text and one message per file that failed.
pub struct Outcome {
    /// The library file (`baimo-library`, every article that could be read).
    pub json: String,
    /// `path: why`, per failed file (or unreadable folder or archive), in the order read.
    pub failures: Vec<String>,
    /// How many files were tried.
    pub files: usize,
}

/// The articles read so far, and what failed.
struct Run<'a> {
    today: &'a str,
    articles: Vec<Stored>,
    failures: Vec<String>,
    files: usize,
}

/// Reads every file in `paths` (a folder: every file under it; a `.zip`: every file in it)
/// as an article imported on `today` (`YYYY-MM-DD`).
pub fn run(paths: &[String], today: &str) -> Outcome {
    let mut run = Run {
        today,
        articles: Vec::new(),
        failures: Vec::new(),
        files: 0,
    };
    for path in paths {
        let path = Path::new(path);
        if path.is_dir() {
            match files_under(path) {
                Ok(files) => files.iter().for_each(|f| run.add_file(f)),
                Err(why) => {
                    run.files += 1;
                    run.fail(&path.display().to_string(), &why.to_string());
                }
            }
        } else {
            run.add_file(path);
        }
    }
    Outcome {
        json: library::to_json(&run.articles),
        failures: run.failures,
        files: run.files,
    }
}

impl Run<'_> {
    fn add_file(&mut self, path: &Path) {
        if is_zip(path) {
            self.add_archive(path);
            return;
        }
        self.files += 1;
        let shown = path.display().to_string();
        let article = read_bytes(path).and_then(|bytes| {
            // Only the file's own name goes into the library: not the folders it sat in here.
            let name = path
                .file_name()
                .map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy());
            self.article(&name, &bytes)
        });
        self.add(&shown, article);
    }

    fn add_archive(&mut self, path: &Path) {
        let shown = path.display().to_string();
        let opened = read_archive(path)
            .and_then(|bytes| Ok((zip::entries(&bytes).map_err(|e| e.to_string())?, bytes)));
        let (mut entries, bytes) = match opened {
            Ok(opened) => opened,
            Err(why) => {
                self.files += 1;
                return self.fail(&shown, &why);
            }
        };
        entries.retain(|e| !listing::is_hidden(&e.name));
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        for entry in entries {
            self.files += 1;
            let article = entry
                .data
                .map_err(|e| e.to_string())
                .and_then(|data| inflate(&bytes, &data))
                .and_then(|file| self.article(listing::base_name(&entry.name), &file));
            self.add(&format!("{shown}:{}", entry.name), article);
        }
    }

    fn article(&self, name: &str, bytes: &[u8]) -> Result<Stored, String> {
        let draft = read_file(name, bytes, Choice::Auto, self.today).map_err(|e| e.to_string())?;
        draft
            .finish(&draft.edits(), self.today)
            .map_err(|e| e.to_string())
    }

    fn add(&mut self, shown: &str, article: Result<Stored, String>) {
        match article {
            Ok(stored) => {
                // The same text twice is one article, as in the browser's library.
                let merged = library::merge(&self.articles, vec![stored]);
                if merged.already.is_empty() {
                    self.articles = merged.library;
                } else {
                    self.fail(shown, "the same text as an earlier file");
                }
            }
            Err(why) => self.fail(shown, &why),
        }
    }

    fn fail(&mut self, shown: &str, why: &str) {
        self.failures.push(format!("{shown}: {why}"));
    }
}

fn too_large(bytes: u64) -> String {
    ImportError::TooLarge {
        bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
        limit: MAX_FILE_BYTES,
    }
    .to_string()
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    // Refuse a huge file before reading it, as the browser does.
    let size = fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_FILE_BYTES as u64 {
        return Err(too_large(size));
    }
    fs::read(path).map_err(|e| e.to_string())
}

fn read_archive(path: &Path) -> Result<Vec<u8>, String> {
    let size = fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_ARCHIVE_BYTES as u64 {
        return Err(ImportError::TooLarge {
            bytes: usize::try_from(size).unwrap_or(usize::MAX),
            limit: MAX_ARCHIVE_BYTES,
        }
        .to_string());
    }
    fs::read(path).map_err(|e| e.to_string())
}

/// An entry's file, inflated (never more than the limit, whatever its header claims) and
/// checked against its size and CRC-32.
fn inflate(archive: &[u8], data: &zip::Data) -> Result<Vec<u8>, String> {
    if data.size > MAX_FILE_BYTES as u64 {
        return Err(too_large(data.size));
    }
    let raw = &archive[data.range.clone()];
    let bytes = match data.method {
        zip::Method::Stored => raw.to_vec(),
        zip::Method::Deflated => {
            let mut out = Vec::new();
            DeflateDecoder::new(raw)
                .take(MAX_FILE_BYTES as u64 + 1)
                .read_to_end(&mut out)
                .map_err(|e| e.to_string())?;
            out
        }
    };
    zip::check(data, &bytes).map_err(|e| e.to_string())?;
    Ok(bytes)
}

fn is_zip(path: &Path) -> bool {
    listing::is_zip(&path.to_string_lossy())
}

/// Every file under `dir`, sorted by path, hidden files and folders skipped. Links to
/// folders are not followed (they could lead back up).
fn files_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder)? {
            let entry = entry?;
            if listing::is_hidden(&entry.file_name().to_string_lossy()) {
                continue;
            }
            let kind = entry.file_type()?;
            let path = entry.path();
            if kind.is_dir() {
                folders.push(path);
            } else if kind.is_file() || (kind.is_symlink() && path.is_file()) {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
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
