//! The reader's curation of the company registry, on the page: the overlay
//! ([`baimo_core::curation::Overlay`]) kept in IndexedDB with the library
//! ([`crate::library::store`]), and the effective registry it makes, which every view names
//! companies by ([`registry`]) and the analysis worker analyses with (the explorer sends it
//! the overlay before each analysis, [`crate::worker::client::curate`]).
//!
//! An edit is kept in storage first and shown after, like the library's articles: a refused
//! edit or a storage failure changes nothing. A revision counter (a signal) tells the
//! explorer to analyse again.

use crate::library::store::{self, StorageError};
use baimo_core::curation::{CurationError, Edit, Overlay, Stale};
use baimo_core::registry::Registry;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::Cell;

thread_local! {
    /// The effective registry: the bundled one until the overlay is read, then the bundled
    /// one with the reader's edits. Each is leaked once made: the views and the segmenter hold
    /// `&'static` registries, and edits are few (one registry per edit).
    static EFFECTIVE: Cell<Option<&'static Registry>> = const { Cell::new(None) };
}

/// Where the overlay stands: read from storage as the imported articles are.
pub use crate::library::Status;

#[derive(Clone)]
struct State {
    status: Status,
    overlay: Overlay,
    stale: Vec<Stale>,
    /// Goes up with every change to `overlay`.
    revision: u64,
}

/// Why an edit was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditFailure {
    /// The edit does not apply: said in both languages by the core.
    Refused(CurationError),
    /// The browser did not keep it.
    Storage(StorageError),
}

/// The reader's curation, provided to every page as context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Curation {
    state: RwSignal<State>,
}

/// The effective registry (the bundled one with the reader's edits); tracked where a
/// [`Curation`] is in context, so names on screen follow each edit.
pub fn registry() -> &'static Registry {
    if let Some(c) = use_context::<Curation>() {
        c.state.track();
    }
    EFFECTIVE.with(Cell::get).unwrap_or_else(Registry::bundled)
}

fn set_effective(registry: Registry) {
    let leaked: &'static Registry = Box::leak(Box::new(registry));
    EFFECTIVE.with(|e| e.set(Some(leaked)));
}

impl Curation {
    /// Starts reading the overlay from storage.
    pub fn load() -> Curation {
        let state = RwSignal::new(State {
            status: Status::Loading,
            overlay: Overlay::default(),
            stale: Vec::new(),
            revision: 0,
        });
        spawn_local(async move {
            let found = store::load_curation().await;
            let (status, overlay) = match found {
                Ok(overlay) => (Status::Ready, overlay),
                Err(e) => (Status::Unavailable(e), Overlay::default()),
            };
            let applied = overlay.apply(Registry::bundled());
            set_effective(applied.registry);
            state.update(|s| {
                s.status = status;
                s.overlay = overlay;
                s.stale = applied.stale;
                s.revision += 1;
            });
        });
        Curation { state }
    }

    /// Where the overlay stands (tracked).
    pub fn status(&self) -> Status {
        self.state.with(|s| s.status.clone())
    }

    /// Goes up with every change; `None` while the overlay is still loading (tracked).
    pub fn revision(&self) -> Option<u64> {
        self.state
            .with(|s| (s.status != Status::Loading).then_some(s.revision))
    }

    /// The overlay (tracked).
    pub fn overlay(&self) -> Overlay {
        self.state.with(|s| s.overlay.clone())
    }

    /// The overlay, untracked: what the explorer sends the worker and an export writes.
    pub fn overlay_untracked(&self) -> Overlay {
        self.state.with_untracked(|s| s.overlay.clone())
    }

    /// The edits that did not apply, by their place in the overlay (tracked).
    pub fn stale(&self) -> Vec<Stale> {
        self.state.with(|s| s.stale.clone())
    }

    /// Makes `edit`: checked against the effective registry, kept in storage, then applied.
    pub async fn edit(&self, edit: Edit) -> Result<(), EditFailure> {
        let mut overlay = self.overlay_untracked();
        let next = overlay
            .push(registry_untracked(), edit)
            .map_err(EditFailure::Refused)?;
        store::put_curation(&overlay)
            .await
            .map_err(EditFailure::Storage)?;
        set_effective(next);
        self.state.update(|s| {
            s.overlay = overlay;
            s.revision += 1;
        });
        Ok(())
    }

    /// Takes back the edit at `index` (the edits after it are applied again without it).
    pub async fn undo(&self, index: usize) -> Result<(), StorageError> {
        let mut overlay = self.overlay_untracked();
        if index >= overlay.edits.len() {
            return Ok(());
        }
        overlay.edits.remove(index);
        self.replace(overlay).await
    }

    /// Adds the edits of a library file that this overlay does not have, after its own;
    /// returns how many were new.
    pub async fn merge(&self, incoming: Overlay) -> Result<usize, StorageError> {
        let mut overlay = self.overlay_untracked();
        let before = overlay.edits.len();
        for edit in incoming.edits {
            if !overlay.edits.contains(&edit) {
                overlay.edits.push(edit);
            }
        }
        let added = overlay.edits.len() - before;
        if added > 0 {
            self.replace(overlay).await?;
        }
        Ok(added)
    }

    /// Keeps `overlay` and applies it whole.
    async fn replace(&self, overlay: Overlay) -> Result<(), StorageError> {
        store::put_curation(&overlay).await?;
        let applied = overlay.apply(Registry::bundled());
        set_effective(applied.registry);
        self.state.update(|s| {
            s.overlay = overlay;
            s.stale = applied.stale;
            s.revision += 1;
        });
        Ok(())
    }
}

/// [`registry`], untracked.
pub fn registry_untracked() -> &'static Registry {
    EFFECTIVE.with(Cell::get).unwrap_or_else(Registry::bundled)
}

/// The reader's curation, from context.
pub fn use_curation() -> Curation {
    expect_context::<Curation>()
}
