//! The whole corpus analysed and indexed, which the timeline, comparison and search read: the
//! bundled articles and the reader's imported ones.
//!
//! Built from the start on whatever page opens, after its first paint and once the imported
//! articles have been read from storage, in short slices so the page stays responsive; built
//! again, from `Pending`, whenever the imported articles change. `<html data-ready="all">`
//! marks it built. Pages read it through [`use_explorer`].
//!
//! The analysis itself is [`analyse`], one async function from a corpus and a segmenter to
//! the [`Explorer`], told how to yield and whom to tell its progress: gathering its inputs
//! and keeping the result are this module's other part.

use crate::library::Library;
use crate::load_error::LoadError;
use crate::segmenter;
use crate::slices;
use baimo_core::explore::{Explorer, ExplorerBuilder};
use baimo_core::registry::Registry;
use baimo_core::{Corpus, Segmenter};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::convert::Infallible;
use std::future::Future;
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
    let state = RwSignal::new(Loaded::Pending);
    provide_context(ExplorerSignal(state));
    Effect::new(move |_| mark_ready(matches!(state.get(), Loaded::Ready(_))));
    // Each build has a number; a build that finishes after a newer one started is dropped.
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        if library.revision().is_none() {
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
            let built = match build(&library).await {
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

/// Gathers the analysis's inputs on this page — the corpus cleaned, the shared segmenter, the
/// bundled registry — then runs [`analyse`] in slices of [`slices::SLICE_MS`], leaving a
/// performance mark at each stage.
async fn build(library: &Library) -> Result<Explorer, LoadError> {
    let corpus = library.corpus().await.map_err(LoadError::Bundled)?;
    slices::mark("baimo:articles-cleaned");
    let segmenter = segmenter::load().await?;
    let registry = Registry::try_bundled().map_err(LoadError::Registry)?;
    let progress = |stage: Stage| slices::mark(stage.mark());
    Ok(analyse(corpus, &segmenter, registry, slices::yield_now, progress).await)
}

/// A stage of [`analyse`], reported as it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Every article cut into words and analysed on its own.
    ArticlesAnalysed,
    /// The corpus-wide part done: the explorer is ready.
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

/// Cuts and analyses `corpus` a paragraph or an article at a time ([`ExplorerBuilder`]),
/// awaiting `turn()` after every slice of work; the corpus-wide part comes last, in one piece.
/// `progress` hears each [`Stage`] as it ends.
///
/// Nothing in here touches the page: on the main thread `turn` gives the browser a turn
/// ([`slices::yield_now`]); elsewhere (a Web Worker) it can be anything.
pub async fn analyse<T: Future<Output = ()>>(
    corpus: Corpus,
    segmenter: &Segmenter,
    registry: &Registry,
    mut turn: impl FnMut() -> T,
    mut progress: impl FnMut(Stage),
) -> Explorer {
    let mut builder = ExplorerBuilder::new(corpus);
    turn().await;
    let cut: Result<(), Infallible> =
        slices::run_with(&mut turn, || Ok(builder.step(segmenter))).await;
    let Ok(()) = cut;
    turn().await;
    progress(Stage::ArticlesAnalysed);
    let explorer = builder.finish(segmenter, registry);
    progress(Stage::CorpusAnalysed);
    explorer
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
