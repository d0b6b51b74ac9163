//! `/corpus`: the articles as a table — where each comes from, how its date is known, its
//! length and script, and what cleaning removed, rule by rule — a page at a time, sorted and
//! filtered as the address says ([`baimo_core::explore::listing`]), a reposted story as one
//! row with its copies under it.

mod filters;
mod rules;
mod table;

pub use table::StoryCopies;

use crate::app::set_page_title;
use crate::components::explorer_gate::ExplorerGate;
use crate::components::pager::Pager;
use crate::i18n::corpus::TEXTS;
use crate::i18n::texts;
use crate::library::Library;
use crate::routes::not_found::CorpusError;
use crate::url_state::{site_href, use_query};
use baimo_core::explore::corpus::{row, totals, Row};
use baimo_core::explore::listing::{self, list, Item, Params, PAGE_SIZE};
use baimo_core::explore::Explorer;
use filters::Filters;
use leptos::prelude::*;
use rules::RuleLegend;
use std::sync::Arc;
use table::ArticleTable;

/// The corpus page.
#[component]
pub fn Corpus() -> impl IntoView {
    let t = texts(&TEXTS);
    Effect::new(move |_| set_page_title(Some(t().heading)));
    let library = expect_context::<Library>();
    let body = match library.metas() {
        Ok(_) => {
            view! { <ExplorerGate let:explorer><CorpusView explorer /></ExplorerGate> }.into_any()
        }
        Err(error) => view! { <CorpusError error=error.clone() /> }.into_any(),
    };
    view! {
        <main class="corpus wide">
            <h1>{move || t().heading}</h1>
            <p class="intro">{move || t().intro}</p>
            {body}
        </main>
    }
}

/// The address of the corpus table in state `params`.
fn corpus_href(params: &Params) -> String {
    let qs = params.to_query().to_query_string();
    if qs.is_empty() {
        site_href("/corpus")
    } else {
        site_href(&format!("/corpus?{qs}"))
    }
}

/// Everything the table draws from: the articles as the lists know them, their rows (the
/// cleaning figures), and which story each original tells — all in corpus order.
pub(crate) struct Articles {
    items: Vec<Item>,
    rows: Vec<Row>,
    /// Per story, the index of its original.
    originals: Vec<Option<usize>>,
}

/// The filters, the page of the table and its pagers, and the rule legend.
#[component]
fn CorpusView(explorer: Arc<Explorer>) -> impl IntoView {
    let t = texts(&TEXTS);
    let items = listing::items(&explorer.corpus, &explorer.analysis);
    let originals = explorer
        .analysis
        .reposts
        .iter()
        .map(|s| items.iter().position(|i| i.id == s.original))
        .collect();
    let rows: Vec<Row> = explorer.corpus.articles.iter().map(row).collect();
    let rule_totals = totals(&rows);
    let corpus = Arc::new(Articles {
        items,
        rows,
        originals,
    });
    let query = use_query();
    let params = Memo::new(move |_| Params::from_query(&query.get()));
    let shown = {
        let corpus = corpus.clone();
        Memo::new(move |_| list(&corpus.items, &params.get(), PAGE_SIZE))
    };
    let reposts = !explorer.analysis.reposts.is_empty();
    let filters = view! { <Filters corpus=corpus.clone() params reposts /> };
    let page = move || {
        let listing = shown.get();
        let p = params.get();
        let href = Callback::new(move |page| corpus_href(&p.on_page(page)));
        let first = (listing.page - 1) * PAGE_SIZE + 1;
        let last = first + listing.rows.len() - 1;
        let status = if listing.rows.is_empty() {
            view! { <p class="list-status" role="status" id="corpus-status" data-rows="0">{move || t().no_match}</p> }
                .into_any()
        } else {
            let (rows, matched, all) = (listing.total_rows, listing.matched, listing.all);
            view! {
                <p class="list-status" role="status" id="corpus-status" data-rows=rows data-matched=matched>
                    {move || (t().showing)(first, last, rows, matched, all)}
                </p>
            }
            .into_any()
        };
        view! {
            {status}
            <Pager page=listing.page pages=listing.pages href />
            <ArticleTable corpus=corpus.clone() listing=listing.clone() params />
            <Pager page=listing.page pages=listing.pages href />
        }
    };
    view! {
        {filters}
        {page}
        <RuleLegend totals=rule_totals />
    }
}
