//! The whole corpus analysed and indexed, which the timeline, comparison and search read.
//!
//! Built once per visit, on the first page that asks for it, after that page has painted its
//! heading and a status line: segmenting every article and analysing it holds the main thread
//! for a moment. Pages read it through [`use_explorer`].

use crate::segmentation;
use baimo_core::explore::Explorer;
use baimo_core::registry::Registry;
use baimo_core::bundled;
use gloo::timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use std::time::Duration;

/// Where the analysis stands.
#[derive(Clone)]
pub enum Loaded {
    /// Not built yet.
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

/// Makes the (not yet built) explorer available to every page.
pub fn provide_explorer() {
    provide_context(ExplorerSignal {
        state: RwSignal::new(Loaded::Pending),
        started: RwSignal::new(false),
    });
}

/// The explorer's state; starts building it (after the next paint) on the first call.
pub fn use_explorer() -> ReadSignal<Loaded> {
    let signal = expect_context::<ExplorerSignal>();
    if !signal.started.get_untracked() {
        signal.started.set(true);
        let state = signal.state;
        // A timeout queued from inside an animation frame runs after that frame is painted.
        request_animation_frame(move || {
            set_timeout(move || spawn_local(async move { state.set(build().await) }), Duration::ZERO);
        });
    }
    signal.state.read_only()
}

/// Cleans the corpus, builds the segmenter, then analyses: with a yield to the browser between
/// the steps, so input and paint get a turn between the long ones.
async fn build() -> Loaded {
    let corpus = match bundled::corpus() {
        Ok(c) => c,
        Err(e) => return Loaded::Failed(e),
    };
    TimeoutFuture::new(0).await;
    let segmenter = match segmentation::shared() {
        Ok(s) => s,
        Err(e) => return Loaded::Failed(e),
    };
    TimeoutFuture::new(0).await;
    Loaded::Ready(Arc::new(Explorer::build(corpus, &segmenter, Registry::bundled())))
}
