//! The whole corpus analysed and indexed, which the timeline, comparison and search read: the
//! bundled articles and the reader's imported ones.
//!
//! Built on the first page that asks for it, after that page has painted its heading and a
//! status line (segmenting every article and analysing it holds the main thread for a
//! moment), and once the imported articles have been read from storage. Built again, from
//! `Pending`, whenever the imported articles change. Pages read it through [`use_explorer`].

use crate::library::Library;
use crate::segmenter;
use baimo_core::explore::Explorer;
use baimo_core::registry::Registry;
use gloo::timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
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
        started: RwSignal::new(false),
    };
    provide_context(signal);
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

/// Cleans the corpus, builds the segmenter, then analyses: with a yield to the browser between
/// the steps, so input and paint get a turn between the long ones.
async fn build(library: &Library) -> Loaded {
    let corpus = match library.corpus() {
        Ok(c) => c,
        Err(e) => return Loaded::Failed(e),
    };
    TimeoutFuture::new(0).await;
    let segmenter = match segmenter::load().await {
        Ok(s) => s,
        Err(e) => return Loaded::Failed(e),
    };
    TimeoutFuture::new(0).await;
    Loaded::Ready(Arc::new(Explorer::build(
        corpus,
        &segmenter,
        Registry::bundled(),
    )))
}
