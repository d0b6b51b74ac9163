//! The keyword-in-context lines: left context right-aligned, the hit centred, right context
//! left-aligned, each line linked to its place in the reader.

use super::Labels;
use crate::components::pager::Pager;
use crate::i18n::search::TEXTS;
use crate::i18n::texts;
use crate::url_state::{evidence_href, site_href};
use baimo_core::explore::search::{lines_page, Hit, Params};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// The hits as a list of lines, a page at a time (`page` in the URL); the downloads keep
/// every hit.
#[component]
pub fn KwicLines(hits: Vec<Hit>, params: Memo<Params>, labels: Labels) -> impl IntoView {
    let hits = Arc::new(hits);
    // Only a new page draws the lines again (not "more" counts, say).
    let page = Memo::new(move |_| params.get().page);
    move || {
        // Read, not only tracked: a memo nobody has read has nothing to change from.
        let _ = page.get();
        let p = params.get_untracked();
        view! { <KwicPage hits=hits.clone() p labels=labels.clone() /> }
    }
}

/// One page of lines, with the pagers.
#[component]
fn KwicPage(hits: Arc<Vec<Hit>>, p: Params, labels: Labels) -> impl IntoView {
    let t = texts(&TEXTS);
    let total = hits.len();
    let shown = lines_page(&hits, p.page);
    let (page, pages, first) = (shown.page, shown.pages, shown.first);
    let last = first + shown.hits.len().saturating_sub(1);
    let href = Callback::new(move |page| {
        let qs = p.on_page(page).to_query().to_query_string();
        site_href(&format!("/search?{qs}"))
    });
    let range = (pages > 1).then(|| {
        view! { <p class="search-note" id="lines-range">{move || (t().lines_range)(first, last, total)}</p> }
    });
    let lines = shown
        .hits
        .iter()
        .cloned()
        .map(|hit| {
            let (title, lang) = labels.get(&hit.article);
            let p = hit.paragraph + 1;
            let href = evidence_href(&hit.article, hit.paragraph, [hit.start, hit.end]);
            let tooltip = {
                let title = title.clone();
                move || (t().open_line)(&title, p)
            };
            view! {
                <li class="kwic-line" data-article=hit.article.clone()>
                    <A href=href attr:class="kwic-source" attr:title=tooltip>
                        <span class="kwic-title" lang=lang>{title}</span>
                        <span class="kwic-para">{move || (t().paragraph)(p)}</span>
                    </A>
                    <span class="kwic-text" lang=lang>
                        <span class="kwic-left"><span>{hit.left}</span></span>
                        <mark class="kwic-hit">{hit.keyword}</mark>
                        <span class="kwic-right">{hit.right}</span>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        {range}
        <Pager page pages href />
        <ol class="kwic" aria-label=move || t().lines_label start=first.max(1)>{lines}</ol>
        <Pager page pages href />
    }
}
