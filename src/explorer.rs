//! The whole corpus analysed, which the timeline, comparison and search read: the bundled
//! articles and the reader's imported ones.
//!
//! Built from the start on whatever page opens, after its first paint and once the imported
//! articles have been read from storage; built again, from `Pending`, whenever the imported
//! articles change. The page cleans the corpus (in slices) and keeps it; the analysis itself
//! runs in the analysis worker ([`crate::worker`]), which sends it back and keeps the search
//! index. Each build is kept ([`crate::snapshot`]): a page opened on the same articles reads
//! it back instead, and the worker only indexes them for search. `<html data-ready="all">`
//! marks it built. Pages read it through [`use_explorer`].

use crate::curation::Curation;
use crate::library::Library;
use crate::load_error::LoadError;
use crate::slices;
use crate::snapshot;
use crate::worker;
use crate::worker::protocol::Counts;
use baimo_core::explore::search::Index;
use baimo_core::explore::Explorer;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashMap;
use std::sync::Arc;

/// Where the analysis stands.
#[derive(Clone)]
pub enum Loaded {
    /// Not built yet (or being built again).
    Pending,
    /// Ready to read.
    Ready(Arc<Explorer>),
    /// Could not be built, and why.
    Failed(LoadError),
}

#[derive(Clone, Copy)]
struct ExplorerSignal(RwSignal<Loaded>);

/// Makes the explorer available to every page, builds it once the library can say what it
/// holds, and rebuilds it when that changes. Needs the [`Library`] in context.
///
/// Every view's data is built from the start, whichever page opens first: the reader's
/// neighbours are one click away, and `data-ready` means everything.
pub fn provide_explorer() {
    let library = expect_context::<Library>();
    let curation = expect_context::<Curation>();
    let state = RwSignal::new(Loaded::Pending);
    provide_context(ExplorerSignal(state));
    Effect::new(move |_| mark_ready(matches!(state.get(), Loaded::Ready(_))));
    // Each build has a number; a build that finishes after a newer one started is dropped.
    let generation = StoredValue::new(0u64);
    // The key of the build under way or done: the same articles are not built twice (the
    // library's articles finishing loading after a snapshot was read changes nothing).
    let started = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        // Built again when the reader's curation changes too (and not before it is read):
        // the key holds its fingerprint, as the worker's cache keys do.
        if curation.revision().is_none() {
            return;
        }
        let fingerprint = curation.overlay().fingerprint();
        let version = match fingerprint.is_empty() {
            true => worker::client::version(),
            false => format!("{}+{fingerprint}", worker::client::version()),
        };
        let Some(key) = library.key(&version) else {
            return;
        };
        if started.get_value().as_ref() == Some(&key) {
            return;
        }
        started.set_value(Some(key.clone()));
        let current = generation.get_value() + 1;
        generation.set_value(current);
        if !matches!(state.get_untracked(), Loaded::Pending) {
            state.set(Loaded::Pending);
        }
        let is_current = move || generation.try_get_value() == Some(current);
        let library = library.clone();
        spawn_local(async move {
            slices::next_paint().await;
            if !is_current() {
                return;
            }
            let (built, then) = match build(&library, curation, current, key).await {
                Ok(Some((explorer, then))) => (Arc::new(explorer), then),
                // The snapshot did not hold and the articles are still being read: built
                // again once they are (the library's key changes then, or is asked again).
                Ok(None) => {
                    if is_current() {
                        started.set_value(None);
                    }
                    return;
                }
                Err(e) => {
                    if is_current() {
                        let _ = state.try_set(Loaded::Failed(e));
                    }
                    return;
                }
            };
            if !is_current() {
                return;
            }
            let _ = state.try_set(Loaded::Ready(built.clone()));
            // After the views are drawn: the worker indexes a snapshot's corpus, or this build
            // is kept for the next visit.
            slices::next_paint().await;
            match then {
                Then::Index => {
                    if let Err(e) = worker::client::index(current, &built.corpus).await {
                        web_sys::console::warn_1(&format!("baimo: no search index: {e}").into());
                    }
                }
                Then::Keep(key) => snapshot::keep(key, &built.corpus, &built.analysis).await,
            }
        });
    });
}

/// The explorer's state, as [`provide_explorer`] keeps it.
pub fn use_explorer() -> ReadSignal<Loaded> {
    expect_context::<ExplorerSignal>().0.read_only()
}

/// What is left to do once a build is on screen.
enum Then {
    /// It came from the snapshot: the worker has yet to index its corpus for search.
    Index,
    /// It is new: keep it as the snapshot, under this key.
    Keep(String),
}

/// Reads the snapshot of the last build if it was made from the same articles; otherwise
/// gathers the corpus on this page (cleaned in slices, taking what the snapshot has already
/// cleaned) and has the analysis worker analyse it ([`worker::client::analyse`]), leaving a
/// performance mark at each stage. The explorer's search index stays in the worker (searches
/// go there): the one here is empty.
async fn build(
    library: &Library,
    curation: Curation,
    generation: u64,
    key: String,
) -> Result<Option<(Explorer, Then)>, LoadError> {
    slices::mark("baimo:build-started");
    let last = snapshot::last().await;
    slices::mark("baimo:snapshot-found");
    let cleaned = match last {
        Some(last) if last.key == key => match last.build().await {
            Some((corpus, analysis)) => {
                slices::mark(SNAPSHOT_READ);
                mark_counts(Counts {
                    analysed: 0,
                    cached: corpus.articles.len(),
                });
                library.read_articles();
                // The worker searches and cuts with the reader's curation too.
                worker::client::curate(&curation.overlay_untracked())?;
                let explorer = Explorer {
                    corpus,
                    analysis,
                    index: Index::default(),
                };
                return Ok(Some((explorer, Then::Index)));
            }
            None => HashMap::new(),
        },
        Some(last) => last.articles().await,
        None => HashMap::new(),
    };
    library.read_articles();
    if !library.loaded() {
        return Ok(None);
    }
    let corpus = library.corpus(cleaned).await.map_err(LoadError::Bundled)?;
    slices::mark("baimo:articles-cleaned");
    worker::client::curate(&curation.overlay_untracked())?;
    let (analysis, counts) = worker::client::analyse(generation, &corpus).await?;
    slices::mark(Stage::CorpusAnalysed.mark());
    mark_counts(counts);
    let explorer = Explorer {
        corpus,
        analysis,
        index: Index::default(),
    };
    Ok(Some((explorer, Then::Keep(key))))
}

/// The mark left when the explorer was read from the snapshot of the last build.
const SNAPSHOT_READ: &str = "baimo:snapshot-read";

/// A stage of the analysis, reported as it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Every article cut into words and analysed on its own (or taken from the cache).
    ArticlesAnalysed,
    /// The corpus-wide part done, and the analysis on the page: the explorer is ready.
    CorpusAnalysed,
}

impl Stage {
    /// The User Timing mark the page leaves for this stage (`cargo xtask bench` reads it).
    pub fn mark(self) -> &'static str {
        match self {
            Stage::ArticlesAnalysed => "baimo:articles-analysed",
            Stage::CorpusAnalysed => "baimo:corpus-analysed",
        }
    }
}

/// `<html data-analysed="N" data-cached="M">`: how many articles the last analysis cut and
/// read, and how many it took from the worker's cache (the tests and the bench read them).
fn mark_counts(counts: Counts) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-analysed", &counts.analysed.to_string());
        let _ = html.set_attribute("data-cached", &counts.cached.to_string());
    }
}

/// Marks `<html data-ready="all">` while every view's data is built (timeline, comparison,
/// search index, every article cut), so a test or a benchmark can wait for that moment.
fn mark_ready(ready: bool) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = if ready {
            html.set_attribute("data-ready", "all")
        } else {
            html.remove_attribute("data-ready")
        };
    }
}
