//! Waits for the corpus analysis, then shows what needs it.

use crate::explorer::{use_explorer, Loaded};
use crate::i18n::common::COMMON;
use crate::i18n::load::LOAD;
use crate::i18n::texts;
use baimo_core::explore::Explorer;
use leptos::prelude::*;
use std::sync::Arc;

/// A status line while the corpus is analysed, an error if it can't be, then `children`
/// with the result (under a notice if the analysis could not be cached: storage full). The page's heading sits outside, so it shows at once.
#[component]
pub fn ExplorerGate<V: IntoView + 'static>(
    /// The view of the ready analysis.
    children: impl Fn(Arc<Explorer>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_explorer();
    let t = texts(&COMMON);
    let tl = texts(&LOAD);
    move || match state.get() {
        Loaded::Pending => view! {
            <p class="loading" role="status" aria-live="polite">{t().analysis_pending}</p>
        }
        .into_any(),
        Loaded::Failed(e) => view! {
            <p class="error" role="alert">{t().analysis_failed} {(tl().reason)(&e)}</p>
        }
        .into_any(),
        Loaded::Ready(explorer) => view! {
            <Show when=crate::worker::client::cache_full>
                <p class="notice" role="status" id="cache-full">{move || tl().cache_full}</p>
            </Show>
            {children(explorer)}
        }
        .into_any(),
    }
}
