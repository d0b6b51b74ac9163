//! The whole corpus analysed, which the timeline, comparison and search read: the bundled
//! articles and the reader's imported ones.
//!
//! Built from the start on whatever page opens, after its first paint and once the imported
//! articles have been read from storage; built again, from `Pending`, whenever the imported
//! articles change. The page cleans the corpus (in slices) and keeps it; the analysis itself
//! runs in the analysis worker ([`crate::worker`]), which sends it back and keeps the search
//! index. `<html data-ready="all">` marks it built. Pages read it through [`use_explorer`].

use crate::curation::Curation;
use crate::library::Library;
use crate::load_error::LoadError;
use crate::slices;
use crate::worker;
use crate::worker::protocol::Counts;
use baimo_core::explore::search::Index;
use baimo_core::explore::Explorer;
use leptos::prelude::*;
use leptos::task::spawn_local;
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

/// Makes the explorer available to every page, builds it once the library's imported
/// articles are read, and rebuilds it when they change. Needs the [`Library`] in context.
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
    Effect::new(move |_| {
        // Built again when the reader's curation changes too (and not before it is read).
        if library.revision().is_none() || curation.revision().is_none() {
            return;
        }
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
            let built = match build(&library, curation, current).await {
                Ok(explorer) => Loaded::Ready(Arc::new(explorer)),
                Err(e) => Loaded::Failed(e),
            };
            if is_current() {
                let _ = state.try_set(built);
            }
        });
    });
}

/// The explorer's state, as [`provide_explorer`] keeps it.
pub fn use_explorer() -> ReadSignal<Loaded> {
    expect_context::<ExplorerSignal>().0.read_only()
}

/// Gathers the corpus on this page (cleaned in slices) and has the analysis worker analyse
/// it ([`worker::client::analyse`]), leaving a performance mark at each stage. The explorer's
/// search index stays in the worker (searches go there): the one here is empty.
async fn build(
    library: &Library,
    curation: Curation,
    generation: u64,
) -> Result<Explorer, LoadError> {
    let corpus = library.corpus().await.map_err(LoadError::Bundled)?;
    slices::mark("baimo:articles-cleaned");
    worker::client::curate(&curation.overlay_untracked())?;
    let (analysis, counts) = worker::client::analyse(generation, &corpus).await?;
    slices::mark(Stage::CorpusAnalysed.mark());
    mark_counts(counts);
    Ok(Explorer {
        corpus,
        analysis,
        index: Index::default(),
    })
}

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
