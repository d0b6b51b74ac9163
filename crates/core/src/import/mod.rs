//! Articles people bring themselves: files (`.txt`, `.md`, `.html`) or pasted text, decoded,
//! stripped to text and checked, then cleaned and analysed like the bundled corpus.
//!
//! The steps are [`read_file`] / [`read_paste`] → a [`Draft`] with guessed facts → the person
//! confirms or edits them → [`Draft::finish`] → a [`library::Stored`] article, which the app
//! keeps in the browser and can export as one [`library`] file.

pub mod batch;
pub mod dating;
pub mod decode;
pub mod front_matter;
pub mod guess;
pub mod html;
pub mod library;
pub mod listing;
mod markdown;
pub mod zip;

use crate::corpus::{is_partial_date, Article, ArticleMeta, DateBasis, DateKind};
use crate::normalize::detect_script;
use decode::{Choice, Detection, Encoding};
use front_matter::FrontMatter;
use library::Stored;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Files larger than this are refused before they are read (10 MiB): a web page of a long
/// article with all its markup stays well under it.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// Articles longer than this many characters of text are refused (200,000: several times
/// the longest feature, and what the browser analyses without a long stall).
pub const MAX_CHARS: usize = 200_000;

/// The prefix of every imported article's id, which keeps imported ids apart from the
/// bundled corpus's file names.
pub const ID_PREFIX: &str = "mine-";

/// Why an input cannot become an article. Messages for people live in the app (both
/// languages); [`fmt::Display`] gives the English one for logs and the CLI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ImportError {
    /// Nothing in it, or only blanks.
    Empty,
    /// Not text: an image, an archive, a word processor's or PDF file, UTF-16 without a BOM.
    Binary,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// Longer than [`MAX_CHARS`] once decoded and stripped.
    TooLong {
        /// Characters of text.
        chars: usize,
        /// The limit in characters.
        limit: usize,
    },
    /// Text came in, but cleaning left nothing (only markup, page chrome or spam).
    NothingLeft,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "the file is empty"),
            ImportError::Binary => write!(f, "this is not a text file"),
            ImportError::TooLarge { bytes, limit } => {
                write!(f, "the file has {bytes} bytes; the limit is {limit}")
            }
            ImportError::TooLong { chars, limit } => {
                write!(f, "the text has {chars} characters; the limit is {limit}")
            }
            ImportError::NothingLeft => write!(f, "no article text is left after cleaning"),
        }
    }
}

impl std::error::Error for ImportError {}

/// What kind of document came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown: its markup is removed, its text kept.
    Markdown,
    /// A web page: reduced to its text.
    Html,
}

impl Format {
    /// The format a file name's extension says (`.html`/`.htm`/`.xhtml`, `.md`/`.markdown`),
    /// else text. Content that [`html::looks_like_html`] is treated as HTML whatever its name.
    pub fn from_name(name: &str) -> Format {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
            Some("md" | "markdown" | "mdown") => Format::Markdown,
            _ => Format::Text,
        }
    }
}

/// Where an imported article's text came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The file's name; `None` when pasted.
    pub file_name: Option<String>,
    /// Size of the input in bytes.
    pub bytes: usize,
    /// How it was read.
    pub format: Format,
    /// The encoding (`None` when pasted: the browser hands over text).
    pub encoding: Option<Encoding>,
    /// How the encoding was settled.
    pub detection: Option<Detection>,
    /// Malformed byte sequences shown as U+FFFD.
    pub replaced: usize,
}

/// Which of a draft's facts are guesses the person should check.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guessed {
    /// No title was found: it is the file name or the first words.
    pub title: bool,
    /// No publisher was found.
    pub publisher: bool,
    /// No date is stated: it is guessed from the file name or the text, or the article is
    /// undated ([`dating`]).
    pub date: bool,
}

/// An article read and cleaned, waiting for the person to confirm its facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The article as it would be imported now (its `raw` is the decoded text).
    pub article: Article,
    /// Where it came from.
    pub source: Source,
    /// Which facts are guesses.
    pub guessed: Guessed,
}

/// The facts a person confirms or corrects before importing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edits {
    /// The headline.
    pub title: String,
    /// The outlet (may be empty).
    pub publisher: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: String,
}

/// A fact a person entered that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum EditError {
    /// The title is empty.
    NoTitle,
    /// The date is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    BadDate {
        /// What was entered.
        date: String,
    },
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::NoTitle => write!(f, "the title is empty"),
            EditError::BadDate { date } => {
                write!(f, "{date:?} is not a date like 2024-03-05, 2024-03 or 2024")
            }
        }
    }
}

impl std::error::Error for EditError {}

/// Reads a file: checks its size, decodes it as `choice` says, reduces HTML and Markdown to
/// text, guesses its facts and cleans it. `today` (`YYYY-MM-DD`) is the import day: never the
/// article's date, only the latest a date guessed from the text may be ([`dating`]).
pub fn read_file(
    name: &str,
    bytes: &[u8],
    choice: Choice,
    today: &str,
) -> Result<Draft, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let decoded = decode::decode(bytes, choice)?;
    let source = Source {
        file_name: Some(name.to_owned()),
        bytes: bytes.len(),
        format: Format::from_name(name),
        encoding: Some(decoded.encoding),
        detection: Some(decoded.detection),
        replaced: decoded.replaced,
    };
    draft(&decoded.text, source, file_stem(name), today)
}

/// Reads pasted text, like [`read_file`] without the decoding.
pub fn read_paste(text: &str, today: &str) -> Result<Draft, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let source = Source {
        file_name: None,
        bytes: text.len(),
        format: Format::Text,
        encoding: None,
        detection: None,
        replaced: 0,
    };
    draft(text, source, None, today)
}

fn file_stem(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = base.rsplit_once('.').map_or(base, |(s, _)| s).trim();
    (!stem.is_empty()).then(|| stem.to_owned())
}

fn draft(
    input: &str,
    mut source: Source,
    stem: Option<String>,
    today: &str,
) -> Result<Draft, ImportError> {
    if source.format != Format::Html && html::looks_like_html(input) {
        source.format = Format::Html;
    }
    // What a file states about itself in front matter is taken as stated, and the block is
    // not text. Web pages have their own metadata.
    let (front, input) = match source.format {
        Format::Html => (FrontMatter::default(), input),
        Format::Markdown | Format::Text => {
            front_matter::split(input).unwrap_or((FrontMatter::default(), input))
        }
    };
    let (text, guess) = match source.format {
        Format::Html => {
            let text = html::to_text(input);
            let guess = guess::from_html(input, &text);
            (text, guess)
        }
        Format::Markdown => {
            let reduced = markdown::to_text(input);
            let mut guess = guess::from_text(&reduced.text);
            // The credit lines cleaning took out name the publisher, and may date the article
            // (来源：… 2023年10月9日).
            let credits = guess::from_text(&reduced.sources.join("\n"));
            if let Some(publisher) = credits.publisher {
                guess.publisher = Some(publisher);
            }
            if guess.date.is_none() {
                guess.date = credits.date;
            }
            (reduced.text, guess)
        }
        Format::Text => (
            input.replace("\r\n", "\n").replace('\r', "\n"),
            guess::from_text(input),
        ),
    };
    let title_stated = front.title.is_some();
    let guess = guess::Guess {
        title: front.title.or(guess.title),
        publisher: front.publisher.or(guess.publisher),
        date: front
            .date
            .map(|(date, words)| (date, format!("front matter: {words}")))
            .or(guess.date),
    };
    let chars = text.chars().count();
    if chars > MAX_CHARS {
        return Err(ImportError::TooLong {
            chars,
            limit: MAX_CHARS,
        });
    }
    if text.trim().is_empty() {
        return Err(ImportError::NothingLeft);
    }
    let guessed = Guessed {
        title: guess.title.is_none(),
        publisher: guess.publisher.is_none(),
        date: guess.date.is_none(),
    };
    let (date, date_basis) = match guess.date {
        Some((date, words)) => (
            date,
            DateBasis {
                kind: DateKind::Stated,
                reason: words,
            },
        ),
        None => match dating::guess(&text, stem.as_deref(), today) {
            Some((date, why)) => (
                date,
                DateBasis {
                    kind: DateKind::Inferred,
                    reason: why,
                },
            ),
            None => (
                String::new(),
                DateBasis {
                    kind: DateKind::Inferred,
                    reason: dating::UNDATED.to_owned(),
                },
            ),
        },
    };
    let (title, title_basis) = match (guess.title, stem) {
        (Some(t), _) if title_stated => (t, "front-matter"),
        (Some(t), _) => (t, "page"),
        (None, Some(stem)) => (stem, "file"),
        (None, None) => (lede(&text), "lede"),
    };
    let meta = ArticleMeta {
        id: article_id(&text),
        title,
        title_basis: title_basis.to_owned(),
        publisher: guess.publisher.unwrap_or_default(),
        author: front.author,
        date,
        date_basis,
        written: None,
        script: detect_script(&text),
        url: front.url,
        tags: front.tags,
    };
    let article = Article::from_raw(meta, text);
    if article.text.trim().is_empty() {
        return Err(ImportError::NothingLeft);
    }
    Ok(Draft {
        article,
        source,
        guessed,
    })
}

/// The first clause of the text, as a stand-in title.
fn lede(text: &str) -> String {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let clause = first
        .split(['。', '！', '？', '；', '.', '!', '?'])
        .next()
        .unwrap_or(first);
    clause.chars().take(40).collect()
}

/// A stable id for imported text: [`ID_PREFIX`] and 12 hex digits of its FNV-1a hash. The
/// same text imported twice gets the same id, which is how the library spots duplicates.
pub fn article_id(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{ID_PREFIX}{:012x}", hash >> 16)
}

impl Draft {
    /// Applies the person's facts and returns the article to store. A date the person enters
    /// is stated; a guessed one left as it is stays marked as guessed; an empty date leaves the
    /// article undated.
    pub fn finish(&self, edits: &Edits, imported: &str) -> Result<Stored, EditError> {
        let title = edits.title.trim();
        if title.is_empty() {
            return Err(EditError::NoTitle);
        }
        let date = edits.date.trim();
        if !date.is_empty() && !is_partial_date(date) {
            return Err(EditError::BadDate {
                date: date.to_owned(),
            });
        }
        let mut meta = self.article.meta.clone();
        if title != meta.title {
            meta.title = title.to_owned();
            meta.title_basis = "person".to_owned();
        }
        meta.publisher = edits.publisher.trim().to_owned();
        if date.is_empty() && !meta.date.is_empty() {
            meta.date = String::new();
            meta.date_basis = DateBasis {
                kind: DateKind::Inferred,
                reason: dating::UNDATED.to_owned(),
            };
        } else if date != meta.date {
            meta.date = date.to_owned();
            meta.date_basis = DateBasis {
                kind: DateKind::Stated,
                reason: "entered on import".to_owned(),
            };
        }
        Ok(Stored {
            meta,
            raw: self.article.raw.clone(),
            source: self.source.clone(),
            imported: imported.to_owned(),
        })
    }

    /// The facts as guessed, for the form to start from.
    pub fn edits(&self) -> Edits {
        let m = &self.article.meta;
        Edits {
            title: m.title.clone(),
            publisher: m.publisher.clone(),
            date: m.date.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
