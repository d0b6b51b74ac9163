//! The whole corpus analysed and indexed, which the timeline, comparison and search read: the
//! bundled articles and the reader's imported ones.
//!
//! Built from the start on whatever page opens, after its first paint and once the imported
//! articles have been read from storage, in short slices so the page stays responsive; built
//! again, from `Pending`, whenever the imported articles change. `<html data-ready="all">`
//! marks it built. Pages read it through [`use_explorer`].

use crate::library::Library;
use crate::segmenter;
use crate::slices;
use baimo_core::explore::{Explorer, ExplorerBuilder};
use baimo_core::registry::Registry;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

/// Where the analysis stands.
#[derive(Clone)]
pub enum Loaded {
    /// Not built yet (or being built again).
    Pending,
    /// Ready to read.
    Ready(Arc<Explorer>),
    /// Could not be built; the message says why.
    Failed(String),
}

#[derive(Clone, Copy)]
struct ExplorerSignal {
    state: RwSignal<Loaded>,
    started: RwSignal<bool>,
}

/// Makes the (not yet built) explorer available to every page, and rebuilds it when the
/// library's imported articles change. Needs the [`Library`] in context.
pub fn provide_explorer() {
    let library = expect_context::<Library>();
    let signal = ExplorerSignal {
        state: RwSignal::new(Loaded::Pending),
        // Every view's data is built from the start, whichever page opens first: the reader's
        // neighbours are one click away, and `data-ready` means everything.
        started: RwSignal::new(true),
    };
    provide_context(signal);
    Effect::new(move |_| mark_ready(matches!(signal.state.get(), Loaded::Ready(_))));
    // Each build has a number; a build that finishes after a newer one started is dropped.
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let revision = library.revision();
        if !signal.started.get() || revision.is_none() {
            return;
        }
        let current = generation.get_value() + 1;
        generation.set_value(current);
        if !matches!(signal.state.get_untracked(), Loaded::Pending) {
            signal.state.set(Loaded::Pending);
        }
        let library = library.clone();
        // A timeout queued from inside an animation frame runs after that frame is painted.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    spawn_local(async move {
                        let built = build(&library).await;
                        if generation.try_get_value() == Some(current) {
                            let _ = signal.state.try_set(built);
                        }
                    })
                },
                Duration::ZERO,
            );
        });
    });
}

/// The explorer's state; asks for it to be built on the first call.
pub fn use_explorer() -> ReadSignal<Loaded> {
    let signal = expect_context::<ExplorerSignal>();
    if !signal.started.get_untracked() {
        signal.started.set(true);
    }
    signal.state.read_only()
}

/// Cleans the corpus, waits for the segmenter, then cuts and analyses it a paragraph or an
/// article at a time ([`ExplorerBuilder`]), giving the browser a turn after every slice of
/// [`slices::SLICE_MS`]; the corpus-wide part comes last, in one piece.
async fn build(library: &Library) -> Loaded {
    let corpus = match library.corpus().await {
        Ok(c) => c,
        Err(e) => return Loaded::Failed(e),
    };
    slices::mark("baimo:articles-cleaned");
    let segmenter = match segmenter::load().await {
        Ok(s) => s,
        Err(e) => return Loaded::Failed(e),
    };
    let mut builder = ExplorerBuilder::new(corpus);
    slices::yield_now().await;
    let cut: Result<(), Infallible> = slices::run(|| Ok(builder.step(&segmenter))).await;
    let Ok(()) = cut;
    slices::yield_now().await;
    slices::mark("baimo:articles-analysed");
    let explorer = builder.finish(&segmenter, Registry::bundled());
    slices::mark("baimo:corpus-analysed");
    Loaded::Ready(Arc::new(explorer))
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
