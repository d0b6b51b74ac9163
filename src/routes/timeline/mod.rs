//! `/timeline`: every dated event, filtered by what the address says, grouped by year and
//! month.
//!
//! The address is the only state: the filter is read from `use_query()`, and every control
//! writes a new address, so back/forward, reload and a pasted link restore the exact view.
//! Filtering, grouping and the downloads are `baimo_core::explore::timeline`'s.

mod events;
mod filters;

use crate::app::set_page_title;
use crate::components::explorer_gate::ExplorerGate;
use crate::components::export_buttons::ExportButtons;
use crate::i18n::texts;
use crate::i18n::timeline::TEXTS;
use crate::url_state::{use_query, use_set_query};
use baimo_core::analysis::Event;
use baimo_core::explore::timeline::{export, page_order, Filter};
use baimo_core::explore::Explorer;
use baimo_core::registry::Registry;
use events::EventList;
use filters::FilterPanel;
use leptos::prelude::*;
use std::sync::Arc;

/// The timeline page.
#[component]
pub fn Timeline() -> impl IntoView {
    let t = texts(&TEXTS);
    Effect::new(move |_| set_page_title(Some(t().heading)));
    view! {
        <main class="timeline wide">
            <h1>{move || t().heading}</h1>
            <p class="intro">{move || t().intro}</p>
            <ExplorerGate let:explorer>
                <TimelineView explorer />
            </ExplorerGate>
        </main>
    }
}

/// The events of `explorer` at positions `shown`, in timeline order.
fn events_at<'a>(explorer: &'a Explorer, shown: &[usize]) -> Vec<&'a Event> {
    shown
        .iter()
        .filter_map(|&i| explorer.analysis.events.get(i))
        .collect()
}

/// The same in the order the page lists them, which the downloads follow.
fn listed<'a>(explorer: &'a Explorer, shown: &[usize]) -> Vec<&'a Event> {
    page_order(&events_at(explorer, shown))
}

/// Filters beside the grouped events, once the analysis is ready.
#[component]
fn TimelineView(explorer: Arc<Explorer>) -> impl IntoView {
    let t = texts(&TEXTS);
    let query = use_query();
    let parsed = {
        let explorer = explorer.clone();
        Memo::new(move |_| Filter::from_query(&query.get(), Registry::bundled(), &explorer.corpus))
    };
    let filter = Memo::new(move |_| parsed.get().filter);
    // Positions of the events shown, in timeline order.
    let shown = {
        let explorer = explorer.clone();
        Memo::new(move |_| {
            let f = filter.get();
            (0..explorer.analysis.events.len())
                .filter(|&i| f.admits(&explorer.analysis.events[i]))
                .collect::<Vec<usize>>()
        })
    };
    let set_query = use_set_query("/timeline");
    let apply = Callback::new(move |f: Filter| set_query(f.to_query()));

    let total = explorer.analysis.events.len();
    let csv = {
        let explorer = explorer.clone();
        Callback::new(move |_| {
            export::table(
                &listed(&explorer, &shown.get_untracked()),
                &explorer.analysis,
            )
        })
    };
    let json = {
        let explorer = explorer.clone();
        Callback::new(move |_| {
            let events = listed(&explorer, &shown.get_untracked());
            export::json(&events, &filter.get_untracked(), &explorer.analysis)
        })
    };
    let ignored = move || {
        let ignored = parsed.get().ignored;
        (!ignored.is_empty()).then(|| {
            view! {
                <p class="notice" role="note">
                    {move || t().ignored}
                    <code>{ignored.join(", ")}</code>
                </p>
            }
        })
    };

    view! {
        {ignored}
        <div class="timeline-layout">
            <FilterPanel explorer=explorer.clone() filter apply />
            <section class="timeline-results" aria-labelledby="timeline-count">
                <div class="results-bar">
                    <p
                        id="timeline-count"
                        role="status"
                        data-count=move || shown.get().len().to_string()
                    >
                        {move || (t().count)(shown.get().len(), total)}
                    </p>
                    <ExportButtons view="timeline" csv json />
                </div>
                <EventList explorer shown />
            </section>
        </div>
    }
}
