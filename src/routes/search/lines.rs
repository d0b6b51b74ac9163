//! The keyword-in-context lines: left context right-aligned, the hit centred, right context
//! left-aligned, each line linked to its place in the reader.

use super::Labels;
use crate::i18n::search::TEXTS;
use crate::i18n::texts;
use crate::url_state::evidence_href;
use baimo_core::explore::search::Hit;
use leptos::prelude::*;
use leptos_router::components::A;

/// Lines drawn at most: a query for a common word can hit thousands of times, which the page
/// would draw slowly; the downloads keep every hit.
const MAX_LINES: usize = 1000;

/// The hits as a list of lines.
#[component]
pub fn KwicLines(hits: Vec<Hit>, labels: Labels) -> impl IntoView {
    let t = texts(&TEXTS);
    let total = hits.len();
    let capped = (total > MAX_LINES).then(
        || view! { <p class="search-note">{move || (t().lines_capped)(MAX_LINES, total)}</p> },
    );
    let lines = hits
        .into_iter()
        .take(MAX_LINES)
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
        {capped}
        <ol class="kwic" aria-label=move || t().lines_label>{lines}</ol>
    }
}
