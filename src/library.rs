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
use baimo_core::wire::snapshot;
use baimo_core::{Article, ArticleMeta, Corpus};
use futures_channel::oneshot;
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

/// Where something read from the browser's storage stands: the imported articles, and the
/// reader's curation ([`crate::curation`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Still being read from the browser's storage.
    Loading,
    /// Read (possibly empty).
    Ready,
    /// The browser's storage could not be read: what it holds is not available.
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
    /// The stored library's stamp ([`store::stamp`]): read before the articles, so a page can
    /// tell its last build still holds without them.
    stamp: Stamp,
}

/// Where the stored library's stamp stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stamp {
    /// Not read yet.
    Unread,
    /// Read: `None` when the library was never written (or cannot be read).
    Read(Option<String>),
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
    /// Lets the imported articles be read ([`Library::read_articles`]).
    go: Arc<Mutex<Option<oneshot::Sender<()>>>>,
}

impl Library {
    /// Reads the bundled manifest and the stored library's stamp, and reads the imported
    /// articles once [`Library::read_articles`] is called: the explorer first looks for its
    /// snapshot, which a reopened page needs nothing else for, without megabytes of articles
    /// being read beside it.
    pub fn load() -> Library {
        let (go, wait) = oneshot::channel();
        let library = Library {
            go: Arc::new(Mutex::new(Some(go))),
            metas: Arc::new(bundled::metas()),
            cleaned: Arc::default(),
            imported: RwSignal::new(Imported {
                status: Status::Loading,
                articles: Vec::new(),
                unreadable: 0,
                revision: 0,
                stamp: Stamp::Unread,
            }),
        };
        let imported = library.imported;
        spawn_local(async move {
            let stamp = store::stamp().await;
            slices::mark("baimo:stamp-read");
            // Without a stamp, the explorer's key needs the articles themselves.
            let wait_for_explorer = stamp.is_some();
            imported.update(|s| s.stamp = Stamp::Read(stamp));
            if wait_for_explorer {
                // Also when the sender is dropped.
                let _ = wait.await;
            }
            let found = store::load().await;
            slices::mark("baimo:library-read");
            imported.update(|s| {
                match found {
                    Ok(found) => {
                        s.status = Status::Ready;
                        s.unreadable = found.unreadable;
                        s.stamp = Stamp::Read(found.stamp);
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

    /// Starts reading the imported articles from storage, if that has not started yet. Every
    /// accessor of the articles calls it: a page that needs them (the import page, an
    /// imported article's reader) does not wait for the explorer's snapshot.
    pub fn read_articles(&self) {
        if let Some(go) = self.go.lock().ok().and_then(|mut go| go.take()) {
            let _ = go.send(());
        }
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
        self.read_articles();
        self.imported.with(|s| s.status.clone())
    }

    /// The imported articles in import order (tracked).
    pub fn imported(&self) -> Vec<Arc<Mine>> {
        self.read_articles();
        self.imported.with(|s| s.articles.clone())
    }

    /// How many stored records could not be read (tracked).
    pub fn unreadable(&self) -> usize {
        self.imported.with(|s| s.unreadable)
    }

    /// The imported article with this id (tracked).
    pub fn mine(&self, id: &str) -> Option<Arc<Mine>> {
        self.read_articles();
        self.imported
            .with(|s| s.articles.iter().find(|m| m.id() == id).cloned())
    }

    /// True while an imported article's id cannot be looked up yet (tracked).
    pub fn waiting_for(&self, id: &str) -> bool {
        self.read_articles();
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
    /// An imported article found in `cleaned` (by id, with the same facts) is taken from there;
    /// the rest are cleaned in slices ([`crate::slices`]): a thousand imports are megabytes.
    pub async fn corpus(
        &self,
        mut cleaned: HashMap<String, Article>,
    ) -> Result<Corpus, BundledError> {
        let metas = self.metas().map_err(Clone::clone)?;
        let mine = self.imported.with_untracked(|s| s.articles.clone());
        let (mut bundled, mut imported) = (metas.iter(), mine.iter());
        let mut articles = Vec::new();
        slices::run(|| {
            // Bundled first, then imported: `imported` is only asked once `bundled` is done.
            let article = if let Some(meta) = bundled.next() {
                // The manifest read, so only the article's raw file can be missing.
                let article = self.get(&meta.id).ok_or_else(|| {
                    BundledError::RawFiles(RawFilesError::Missing(meta.id.clone()))
                })?;
                (*article).clone()
            } else if let Some(m) = imported.next() {
                match cleaned.remove(m.id()) {
                    Some(article) if article.meta == m.stored.meta => article,
                    // Not kept in `m` as well: the reader cleans its one article again.
                    _ => m.stored.article(),
                }
            } else {
                return Ok(true);
            };
            articles.push(article);
            Ok(false)
        })
        .await?;
        Ok(Corpus { articles })
    }

    /// What the corpus is built from, as a key (tracked), once it can be told: the analyser's
    /// `version`, the bundled articles' facts, and the stored library's stamp — or, where the
    /// library has none, every imported article's facts once they are read
    /// ([`baimo_core::wire::snapshot::key`]).
    pub fn key(&self, version: &str) -> Option<String> {
        let bundled = self.metas().unwrap_or_default();
        self.imported.with(|s| match (&s.stamp, &s.status) {
            (Stamp::Read(Some(stamp)), _) => Some(snapshot::key(version, bundled, Some(stamp))),
            (_, Status::Loading) => None,
            _ => {
                let imported = s.articles.iter().map(|m| &m.stored.meta);
                Some(snapshot::key(version, bundled.iter().chain(imported), None))
            }
        })
    }

    /// True once the imported articles have been read from storage (untracked).
    pub fn loaded(&self) -> bool {
        self.imported
            .with_untracked(|s| s.status != Status::Loading)
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
        let stamp = store::put(&[mine.record()]).await?;
        Ok(self
            .insert(vec![mine], stamp)
            .map_or(Added::Already, |_| Added::New))
    }

    /// Adds `new` to the list (skipping ids already there), kept under `stamp`; `None` when
    /// nothing was added.
    fn insert(&self, new: Vec<Arc<Mine>>, stamp: String) -> Option<usize> {
        let mut added = 0;
        self.imported.update(|s| {
            s.stamp = Stamp::Read(Some(stamp));
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
        let stamp = store::put(&[new.record()])
            .await
            .map_err(RenameError::Storage)?;
        self.imported.update(|s| {
            s.stamp = Stamp::Read(Some(stamp));
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
        let stamp = store::delete(id).await?;
        self.imported.update(|s| {
            s.stamp = Stamp::Read(Some(stamp));
            s.articles.retain(|m| m.id() != id);
            s.revision += 1;
        });
        Ok(Some(old))
    }

    /// Puts a removed article back where it was.
    pub async fn restore(&self, mine: Arc<Mine>) -> Result<(), StorageError> {
        let stamp = store::put(&[mine.record()]).await?;
        self.insert(vec![mine], stamp);
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
            let stamp = store::put(&records).await?;
            self.insert(new, stamp);
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
            stamp: None,
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
    /// The stored library's stamp after the last batch kept.
    stamp: Option<String>,
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
        self.stamp = Some(store::put(&records).await?);
        self.seq = seq;
        self.kept.extend(new);
        Ok(())
    }

    /// Shows every kept article in the list (one change); returns how many there were.
    pub fn show(self) -> usize {
        let n = self.kept.len();
        if let (true, Some(stamp)) = (n > 0, self.stamp) {
            self.library.insert(self.kept, stamp);
        }
        n
    }
}
