//! `/search`. (Filled in by the search work.)

use crate::app::set_page_title;
use crate::components::explorer_gate::ExplorerGate;
use crate::i18n::search::TEXTS;
use crate::i18n::texts;
use leptos::prelude::*;
use std::sync::Arc;

/// The search page.
#[component]
pub fn Search() -> impl IntoView {
    let t = texts(&TEXTS);
    Effect::new(move |_| set_page_title(Some(t().heading)));
    view! {
        <main class="search">
            <h1>{move || t().heading}</h1>
            <ExplorerGate let:explorer><Stub explorer /></ExplorerGate>
        </main>
    }
}

#[component]
fn Stub(explorer: Arc<baimo_core::explore::Explorer>) -> impl IntoView {
    view! { <p>{explorer.analysis.events.len()}</p> }
}
