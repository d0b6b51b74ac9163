//! Many files imported at once (a folder, an archive, a big selection): what became of each
//! file, tallied for a summary instead of a card per file.

use super::listing::Skip;
use super::zip::{EntryError, ZipError};
use super::ImportError;
use std::collections::HashMap;
use std::fmt;

/// Why a file of a many-file import was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// Read, but it cannot be an article.
    Read(ImportError),
    /// An archive that cannot be opened at all.
    Archive(ZipError),
    /// A file in an archive that cannot be taken out.
    Entry(EntryError),
    /// The system could not read it; its words.
    Unreadable(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Read(e) => e.fmt(f),
            Failure::Archive(e) => e.fmt(f),
            Failure::Entry(e) => e.fmt(f),
            Failure::Unreadable(why) => write!(f, "could not be read: {why}"),
        }
    }
}

/// What became of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    /// A new article in the library.
    Imported,
    /// The library already had the same text (left as it was).
    Already,
    /// The same text as an earlier file of this import (the file named).
    Duplicate(String),
    /// Not read: hidden, or not an article file.
    Skipped(Skip),
    /// Read, or tried, and refused.
    Failed(Failure),
}

/// Every file's fate, by kind, in the order the files came. Names are paths as the person
/// chose them (`folder/file.md`, `archive.zip/file.md`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// How many articles are new.
    pub imported: usize,
    /// Files whose text the library already had.
    pub already: Vec<String>,
    /// Files with the same text as an earlier one: (file, the earlier file).
    pub duplicates: Vec<(String, String)>,
    /// Files not read, and why.
    pub skipped: Vec<(String, Skip)>,
    /// Files refused, and why.
    pub failed: Vec<(String, Failure)>,
}

impl Tally {
    /// Notes what became of the file `name`.
    pub fn note(&mut self, name: String, fate: Fate) {
        match fate {
            Fate::Imported => self.imported += 1,
            Fate::Already => self.already.push(name),
            Fate::Duplicate(of) => self.duplicates.push((name, of)),
            Fate::Skipped(why) => self.skipped.push((name, why)),
            Fate::Failed(why) => self.failed.push((name, why)),
        }
    }

    /// How many files it has counted.
    pub fn files(&self) -> usize {
        self.imported
            + self.already.len()
            + self.duplicates.len()
            + self.skipped.len()
            + self.failed.len()
    }
}

/// The texts (by article id) met so far in one import, and the file each came from first:
/// the same text twice in an import is one article.
#[derive(Debug, Default)]
pub struct Seen(HashMap<String, String>);

impl Seen {
    /// Records `id` as read from `name`; if it was met before, the file it came from first.
    pub fn first(&mut self, id: &str, name: &str) -> Option<String> {
        match self.0.get(id) {
            Some(first) => Some(first.clone()),
            None => {
                self.0.insert(id.to_owned(), name.to_owned());
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tally_keeps_each_file_under_its_fate() {
        let mut tally = Tally::default();
        let mut seen = Seen::default();
        for (name, id) in [("a.md", "mine-1"), ("b.md", "mine-2"), ("c.md", "mine-1")] {
            let fate = match seen.first(id, name) {
                Some(of) => Fate::Duplicate(of),
                None => Fate::Imported,
            };
            tally.note(name.to_owned(), fate);
        }
        tally.note("d.md".into(), Fate::Already);
        tally.note(".DS_Store".into(), Fate::Skipped(Skip::Hidden));
        tally.note(
            "e.txt".into(),
            Fate::Failed(Failure::Read(ImportError::Empty)),
        );
        tally.note(
            "x.zip".into(),
            Fate::Failed(Failure::Archive(ZipError::NotAZip)),
        );
        assert_eq!(tally.imported, 2);
        assert_eq!(tally.already, ["d.md"]);
        assert_eq!(tally.duplicates, [("c.md".to_owned(), "a.md".to_owned())]);
        assert_eq!(tally.skipped, [(".DS_Store".to_owned(), Skip::Hidden)]);
        assert_eq!(tally.failed.len(), 2);
        assert_eq!(tally.files(), 7);
        assert_eq!(
            tally.failed[1].1.to_string(),
            "not a zip archive, or cut short"
        );
    }
}
