//! Every article the app shows: the bundled corpus and the reader's own imported articles.
//!
//! The bundled manifest is read once at start (cheap); a bundled article is cleaned the first
//! time a page asks for it, then kept. Imported articles live in the browser's IndexedDB
//! ([`store`]): they load in the background at start, and every change is written there
//! first, so the list on screen changes only once the browser has kept it. A revision counter
//! (a signal) tells the pages and the explorer when the imported set changed.

pub mod store;

use crate::slices;
use baimo_core::bundled::{self, BundledError};
use baimo_core::corpus::RawFilesError;
use baimo_core::import::library::{self, Stored};
use baimo_core::import::EditError;
use baimo_core::{Article, ArticleMeta, Corpus};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};
use store::{Record, StorageError};

/// One imported article: what is stored, its place in the list, and its cleaned form (made
/// when first asked for).
pub struct Mine {
    /// The article as stored.
    pub stored: Stored,
    seq: u64,
    cleaned: OnceLock<Arc<Article>>,
}

impl Mine {
    fn new(stored: Stored, seq: u64) -> Arc<Mine> {
        Arc::new(Mine {
            stored,
            seq,
            cleaned: OnceLock::new(),
        })
    }

    /// The article, cleaned (once).
    pub fn article(&self) -> Arc<Article> {
        self.cleaned
            .get_or_init(|| Arc::new(self.stored.article()))
            .clone()
    }

    /// The article's id.
    pub fn id(&self) -> &str {
        &self.stored.meta.id
    }

    fn record(&self) -> Record {
        Record {
            seq: self.seq,
            article: self.stored.clone(),
        }
    }
}

/// Where the imported articles stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Still being read from the browser's storage.
    Loading,
    /// Read (possibly none).
    Ready,
    /// The browser's storage could not be read: the imported articles are not available.
    Unavailable(StorageError),
}

#[derive(Clone)]
struct Imported {
    status: Status,
    articles: Vec<Arc<Mine>>,
    /// Records in storage that could not be read.
    unreadable: usize,
    /// Goes up with every change to `articles`.
    revision: u64,
}

/// What became of an article the person imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// It is in the library now.
    New,
    /// The library already had the same text; it was left as it was.
    Already,
}

/// Why a rename did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenameError {
    /// The title cannot be used.
    Edit(EditError),
    /// The browser did not keep the change.
    Storage(StorageError),
}

/// What merging a library file did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeOutcome {
    /// Articles that are new.
    pub added: usize,
    /// Articles the library already had (left as they were).
    pub already: usize,
}

/// The articles the app shows, or why they could not be read. Cheap to clone: it is provided
/// to all pages as Leptos context.
#[derive(Clone)]
pub struct Library {
    metas: Arc<Result<Vec<ArticleMeta>, BundledError>>,
    cleaned: Arc<Mutex<HashMap<String, Arc<Article>>>>,
    imported: RwSignal<Imported>,
}

impl Library {
    /// Reads the bundled manifest, and starts reading the imported articles from storage.
    pub fn load() -> Library {
        let library = Library {
            metas: Arc::new(bundled::metas()),
            cleaned: Arc::default(),
            imported: RwSignal::new(Imported {
                status: Status::Loading,
                articles: Vec::new(),
                unreadable: 0,
                revision: 0,
            }),
        };
        let imported = library.imported;
        spawn_local(async move {
            let found = store::load().await;
            imported.update(|s| {
                match found {
                    Ok(found) => {
                        s.status = Status::Ready;
                        s.unreadable = found.unreadable;
                        s.articles = found
                            .records
                            .into_iter()
                            .map(|r| Mine::new(r.article, r.seq))
                            .collect();
                    }
                    Err(e) => s.status = Status::Unavailable(e),
                }
                s.revision += 1;
            });
        });
        library
    }

    /// Every bundled article's facts in manifest order, or why there are none.
    pub fn metas(&self) -> Result<&[ArticleMeta], &BundledError> {
        match &*self.metas {
            Ok(list) => Ok(list),
            Err(e) => Err(e),
        }
    }

    /// Where the imported articles stand (tracked).
    pub fn status(&self) -> Status {
        self.imported.with(|s| s.status.clone())
    }

    /// The imported articles in import order (tracked).
    pub fn imported(&self) -> Vec<Arc<Mine>> {
        self.imported.with(|s| s.articles.clone())
    }

    /// How many stored records could not be read (tracked).
    pub fn unreadable(&self) -> usize {
        self.imported.with(|s| s.unreadable)
    }

    /// Goes up whenever the imported articles change; `None` while they are still loading
    /// (tracked).
    pub fn revision(&self) -> Option<u64> {
        self.imported
            .with(|s| (s.status != Status::Loading).then_some(s.revision))
    }

    /// The imported article with this id (tracked).
    pub fn mine(&self, id: &str) -> Option<Arc<Mine>> {
        self.imported
            .with(|s| s.articles.iter().find(|m| m.id() == id).cloned())
    }

    /// True while an imported article's id cannot be looked up yet (tracked).
    pub fn waiting_for(&self, id: &str) -> bool {
        library::is_imported(id) && self.status() == Status::Loading
    }

    /// The article with this id, bundled or imported, cleaned (once). Tracked for imported ids.
    pub fn get(&self, id: &str) -> Option<Arc<Article>> {
        if library::is_imported(id) {
            return self.mine(id).map(|m| m.article());
        }
        self.metas().ok()?.iter().find(|m| m.id == id)?;
        let mut cache = self.cleaned.lock().ok()?;
        if let Some(a) = cache.get(id) {
            return Some(a.clone());
        }
        let article = Arc::new(bundled::article(id).ok()??);
        cache.insert(id.to_owned(), article.clone());
        Some(article)
    }

    /// The whole corpus, bundled then imported, cleaned (untracked): what the explorer analyses.
    /// Articles are cleaned in slices ([`crate::slices`]): a thousand imports are megabytes.
    pub async fn corpus(&self) -> Result<Corpus, BundledError> {
        let metas = self.metas().map_err(Clone::clone)?;
        let mine = self.imported.with_untracked(|s| s.articles.clone());
        let (mut bundled, mut imported) = (metas.iter(), mine.iter());
        let mut articles = Vec::new();
        slices::run(|| {
            // Bundled first, then imported: `imported` is only asked once `bundled` is done.
            let article = if let Some(meta) = bundled.next() {
                // The manifest read, so only the article's raw file can be missing.
                self.get(&meta.id).ok_or_else(|| {
                    BundledError::RawFiles(RawFilesError::Missing(meta.id.clone()))
                })?
            } else if let Some(m) = imported.next() {
                m.article()
            } else {
                return Ok(true);
            };
            articles.push((*article).clone());
            Ok(false)
        })
        .await?;
        Ok(Corpus { articles })
    }

    fn next_seq(&self) -> u64 {
        self.imported
            .with_untracked(|s| s.articles.iter().map(|m| m.seq + 1).max().unwrap_or(0))
    }

    fn has(&self, id: &str) -> bool {
        self.imported
            .with_untracked(|s| s.articles.iter().any(|m| m.id() == id))
    }

    /// Keeps `stored` in the browser, then adds it to the list. An article with the same text
    /// is not added twice.
    pub async fn add(&self, stored: Stored) -> Result<Added, StorageError> {
        if self.has(&stored.meta.id) {
            return Ok(Added::Already);
        }
        let mine = Mine::new(stored, self.next_seq());
        store::put(&[mine.record()]).await?;
        Ok(self
            .insert(vec![mine])
            .map_or(Added::Already, |_| Added::New))
    }

    /// Adds `new` to the list (skipping ids already there); `None` when nothing was added.
    fn insert(&self, new: Vec<Arc<Mine>>) -> Option<usize> {
        let mut added = 0;
        self.imported.update(|s| {
            // A set, not a search of the list per article: a bulk import adds a thousand.
            let mut have: HashSet<String> = s.articles.iter().map(|m| m.id().to_owned()).collect();
            for mine in new {
                if have.insert(mine.id().to_owned()) {
                    s.articles.push(mine);
                    added += 1;
                }
            }
            s.articles.sort_by_key(|m| m.seq);
            if added > 0 {
                s.revision += 1;
            }
        });
        (added > 0).then_some(added)
    }

    /// Gives an imported article a new title, in the browser's storage and then on screen.
    pub async fn rename(&self, id: &str, title: &str) -> Result<(), RenameError> {
        let Some(old) = self.mine(id) else {
            return Ok(());
        };
        let stored = old.stored.renamed(title).map_err(RenameError::Edit)?;
        if stored == old.stored {
            return Ok(());
        }
        let new = Mine::new(stored, old.seq);
        store::put(&[new.record()])
            .await
            .map_err(RenameError::Storage)?;
        self.imported.update(|s| {
            if let Some(slot) = s.articles.iter_mut().find(|m| m.id() == id) {
                *slot = new;
            }
            s.revision += 1;
        });
        Ok(())
    }

    /// Removes an imported article from storage and the list; returns it, for an undo.
    pub async fn remove(&self, id: &str) -> Result<Option<Arc<Mine>>, StorageError> {
        let Some(old) = self.mine(id) else {
            return Ok(None);
        };
        store::delete(id).await?;
        self.imported.update(|s| {
            s.articles.retain(|m| m.id() != id);
            s.revision += 1;
        });
        Ok(Some(old))
    }

    /// Puts a removed article back where it was.
    pub async fn restore(&self, mine: Arc<Mine>) -> Result<(), StorageError> {
        store::put(&[mine.record()]).await?;
        self.insert(vec![mine]);
        Ok(())
    }

    /// Adds the articles of a library file that the library does not have yet, all or none.
    pub async fn merge(&self, incoming: Vec<Stored>) -> Result<MergeOutcome, StorageError> {
        // The same article twice in the file counts once, as one already there.
        let file = library::merge(&[], incoming);
        let mut outcome = MergeOutcome {
            added: 0,
            already: file.already.len(),
        };
        let mut new = Vec::new();
        let mut seq = self.next_seq();
        for stored in file.library {
            if self.has(&stored.meta.id) {
                outcome.already += 1;
            } else {
                new.push(Mine::new(stored, seq));
                seq += 1;
            }
        }
        outcome.added = new.len();
        if !new.is_empty() {
            let records: Vec<Record> = new.iter().map(|m| m.record()).collect();
            store::put(&records).await?;
            self.insert(new);
        }
        Ok(outcome)
    }

    /// Starts a many-file import: its articles are kept in storage a batch at a time
    /// ([`Batches::keep`]) and shown in the list together when it ends ([`Batches::show`]),
    /// so the views are rebuilt once, not once per batch.
    pub fn batches(&self) -> Batches {
        Batches {
            known: self
                .imported
                .with_untracked(|s| s.articles.iter().map(|m| m.id().to_owned()).collect()),
            seq: self.next_seq(),
            kept: Vec::new(),
            library: self.clone(),
        }
    }

    /// Every imported article as stored, in list order (untracked): what an export writes.
    pub fn stored(&self) -> Vec<Stored> {
        self.imported
            .with_untracked(|s| s.articles.iter().map(|m| m.stored.clone()).collect())
    }
}

/// A many-file import's articles on their way into the library (see [`Library::batches`]).
pub struct Batches {
    library: Library,
    /// Ids the library had when the import started.
    known: HashSet<String>,
    /// Articles kept in storage, not yet in the list.
    kept: Vec<Arc<Mine>>,
    seq: u64,
}

impl Batches {
    /// True when the library had an article with this id before the import started.
    pub fn has(&self, id: &str) -> bool {
        self.known.contains(id)
    }

    /// Keeps `batch` in the browser's storage, all or none (one transaction).
    pub async fn keep(&mut self, batch: Vec<Stored>) -> Result<(), StorageError> {
        let mut seq = self.seq;
        let new: Vec<Arc<Mine>> = batch
            .into_iter()
            .map(|stored| {
                seq += 1;
                Mine::new(stored, seq - 1)
            })
            .collect();
        let records: Vec<Record> = new.iter().map(|m| m.record()).collect();
        store::put(&records).await?;
        self.seq = seq;
        self.kept.extend(new);
        Ok(())
    }

    /// Shows every kept article in the list (one change); returns how many there were.
    pub fn show(self) -> usize {
        let n = self.kept.len();
        if n > 0 {
            self.library.insert(self.kept);
        }
        n
    }
}
