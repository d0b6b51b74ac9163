//! `/timeline`: every dated event, filtered by what the address says: an overview chart of
//! events per month whose range can be brushed, and the list below, a page at a time,
//! grouped by year and month.
//!
//! The address is the only state: the filter, range, page and reposts switch are read from
//! `use_query()`, and every control writes a new address, so back/forward, reload and a
//! pasted link restore the exact view. Filtering, binning, paging and the downloads are
//! `baimo_core::explore::timeline`'s.

mod events;
mod filters;
mod overview;
mod pager;

use crate::app::set_page_title;
use crate::components::explorer_gate::ExplorerGate;
use crate::components::export_buttons::ExportButtons;
use crate::i18n::texts;
use crate::i18n::timeline::TEXTS;
use crate::url_state::{use_query, use_set_query};
use baimo_core::analysis::Event;
use baimo_core::explore::timeline::{
    export, listed, overview::overview, page_to_show, shown, Filter,
};
use baimo_core::explore::Explorer;
use events::EventList;
use filters::FilterPanel;
use leptos::prelude::*;
use overview::OverviewChart;
use pager::Pager;
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

/// The events of `explorer` at positions `shown`, in that order.
fn events_at<'a>(explorer: &'a Explorer, shown: &[usize]) -> Vec<&'a Event> {
    shown
        .iter()
        .filter_map(|&i| explorer.analysis.events.get(i))
        .collect()
}

/// The chart, then filters beside the paged events, once the analysis is ready.
#[component]
fn TimelineView(explorer: Arc<Explorer>) -> impl IntoView {
    let t = texts(&TEXTS);
    let query = use_query();
    let parsed = {
        let explorer = explorer.clone();
        Memo::new(move |_| {
            Filter::from_query(&query.get(), crate::curation::registry(), &explorer.corpus)
        })
    };
    let filter = Memo::new(move |_| parsed.get().filter);
    // What the chart draws: the filter over the whole period, so its context stays while a
    // range is picked.
    let overview = {
        let explorer = explorer.clone();
        Memo::new(move |_| {
            let f = filter.get().without_range();
            let positions = shown(&explorer.analysis, &f);
            overview(&events_at(&explorer, &positions))
        })
    };
    // Positions of the events the filter shows, in the order the page lists them.
    let listed_all = {
        let explorer = explorer.clone();
        Memo::new(move |_| {
            listed(
                &explorer.analysis,
                &shown(&explorer.analysis, &filter.get()),
            )
        })
    };
    let page = {
        let explorer = explorer.clone();
        Memo::new(move |_| {
            let f = filter.get();
            let dense_from = (!f.has_range())
                .then(|| overview.with(|o| o.as_ref().map(|o| o.span.first)))
                .flatten();
            page_to_show(
                &explorer.analysis,
                &listed_all.get(),
                parsed.get().page,
                dense_from,
            )
        })
    };
    let on_page = Memo::new(move |_| {
        let p = page.get();
        listed_all.with(|l| l[p.start..p.end].to_vec())
    });
    let set_query = use_set_query("/timeline");
    // A changed filter or range starts the list again: its page is not carried over.
    let apply = {
        let set_query = set_query.clone();
        Callback::new(move |f: Filter| set_query(f.to_query()))
    };
    let go_to_page = Callback::new(move |n: usize| {
        set_query(filter.get_untracked().to_query_at(n));
        if let Some(top) = document().get_element_by_id("timeline-count") {
            top.scroll_into_view();
        }
    });

    let total = {
        let explorer = explorer.clone();
        let every = Filter {
            all_copies: true,
            ..Filter::default()
        };
        let once = shown(&explorer.analysis, &Filter::default()).len();
        let all = shown(&explorer.analysis, &every).len();
        move || {
            if filter.get().all_copies {
                all
            } else {
                once
            }
        }
    };
    let hidden_copies = explorer.analysis.copies().len();
    let csv = {
        let explorer = explorer.clone();
        Callback::new(move |_| {
            export::table(
                &events_at(&explorer, &listed_all.get_untracked()),
                &explorer.analysis,
            )
        })
    };
    let json = {
        let explorer = explorer.clone();
        Callback::new(move |_| {
            let events = events_at(&explorer, &listed_all.get_untracked());
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
    let copies_switch = (hidden_copies > 0).then(|| {
        view! {
            <p class="copies-switch">
                <label>
                    <input
                        type="checkbox"
                        id="timeline-copies"
                        name="copies"
                        prop:checked=move || filter.get().all_copies
                        on:change=move |_| {
                            let mut f = filter.get_untracked();
                            f.all_copies = !f.all_copies;
                            apply.run(f);
                        }
                    />
                    " "
                    {move || t().copies_switch}
                </label>
                <span class="hint">{move || (t().copies_hidden)(hidden_copies)}</span>
            </p>
        }
    });

    view! {
        {ignored}
        <OverviewChart overview filter apply />
        <div class="timeline-layout">
            <FilterPanel explorer=explorer.clone() filter apply />
            <section class="timeline-results" aria-labelledby="timeline-count">
                <div class="results-bar">
                    <p
                        id="timeline-count"
                        role="status"
                        data-count=move || listed_all.with(Vec::len).to_string()
                    >
                        {move || (t().count)(listed_all.with(Vec::len), total())}
                    </p>
                    <ExportButtons view="timeline" csv json />
                </div>
                {copies_switch}
                <Pager page filter go_to_page place="top" />
                <EventList explorer shown=on_page filter />
                <Pager page filter go_to_page place="bottom" />
            </section>
        </div>
    }
}
