//! The query as the segmenter cut it, and the hits per article (which also filter the lines).

use super::ArticleLabel;
use crate::i18n::search::TEXTS;
use crate::i18n::texts;
use crate::url_state::use_set_query;
use baimo_core::explore::search::{top_counts, ArticleCount, Params, Term};
use leptos::prelude::*;
use std::sync::Arc;

/// `查询分词：亚马逊 | "生成式 AI"`: each term's words as chips, with its hits.
#[component]
pub fn QueryWords(terms: Vec<Term>, per_term: Vec<usize>) -> impl IntoView {
    let t = texts(&TEXTS);
    let items = terms
        .into_iter()
        .zip(per_term)
        .map(|(term, n)| {
            let words = term
                .words
                .into_iter()
                .map(|w| view! { <span class="query-word">{w}</span> })
                .collect_view();
            let class = if term.phrase {
                "query-term phrase"
            } else {
                "query-term"
            };
            view! {
                <li class=class>
                    <span lang="zh-Hans">{words}</span>
                    " "
                    <span class="term-count">{move || (t().term_count)(n)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="query-words">
            <span id="query-words-label">{move || t().query_words}</span>
            <ul aria-labelledby="query-words-label">{items}</ul>
        </div>
    }
}

/// Hits per article, the articles with most first (`top` of them, in the URL; "more" lists
/// more). An article's button limits the lines to the pressed articles (`a` in the URL);
/// "show all" lifts the limit.
#[component]
pub fn CountsTable(per_article: Vec<ArticleCount>, params: Memo<Params>) -> impl IntoView {
    let per_article = Arc::new(per_article);
    let top = Memo::new(move |_| params.get().top);
    move || view! { <CountsOf per_article=per_article.clone() top=top.get() params /> }
}

/// The table listing `top` articles.
#[component]
fn CountsOf(
    per_article: Arc<Vec<ArticleCount>>,
    top: usize,
    params: Memo<Params>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let navigate = use_set_query("/search");
    let total: usize = per_article.iter().map(|c| c.count).sum();
    let filtering = per_article.iter().any(|c| !c.selected);
    let selected = per_article.iter().filter(|c| c.selected).count();
    let top = top_counts(&per_article, top);
    let hidden = top.hidden;
    let more = top.more.map(|next| {
        let navigate = navigate.clone();
        let adds = next - top.rows.len().min(next);
        let show_more = move |_| navigate(params.get_untracked().with_top(next).to_query());
        view! {
            <button type="button" class="button counts-more" id="counts-more" data-top=next on:click=show_more>
                {move || (t().counts_more)(adds)}
            </button>
        }
    });
    let note = (hidden > 0).then(|| {
        view! {
            <p class="search-note counts-hidden" data-hidden=hidden>
                {move || (t().counts_hidden)(hidden)} " " {more}
            </p>
        }
    });
    let rows = top
        .rows
        .into_iter()
        .map(|c| {
            let navigate = navigate.clone();
            let label = ArticleLabel {
                lang: c.script.lang_tag(),
                title: c.title.clone(),
                id: c.article.clone(),
            };
            let pressed = filtering && c.selected;
            let toggle =
                move |_| navigate(params.get_untracked().toggle_article(&label.id).to_query());
            view! {
                <tr class:selected=pressed>
                    <th scope="row">
                        <button
                            type="button"
                            class="count-filter"
                            aria-pressed=if pressed { "true" } else { "false" }
                            title=move || t().filter_title
                            on:click=toggle
                        >
                            <span lang=label.lang>{label.title.clone()}</span>
                        </button>
                    </th>
                    <td>{c.count}</td>
                </tr>
            }
        })
        .collect_view();
    let show_all = filtering.then(|| {
        let navigate = navigate.clone();
        let clear = move |_| {
            let next = Params {
                articles: Vec::new(),
                ..params.get_untracked()
            }
            .first_page();
            navigate(next.to_query());
        };
        view! {
            <p class="search-filter">
                {move || (t().filtered)(selected)} " "
                <button type="button" class="button show-all" on:click=clear>
                    {move || t().show_all}
                </button>
            </p>
        }
    });
    view! {
        <table class="search-counts">
            <caption>{move || t().counts_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t().col_article}</th>
                    <th scope="col">{move || t().col_hits}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row">{move || t().counts_total}</th>
                    <td>{total}</td>
                </tr>
            </tfoot>
        </table>
        {note}
        {show_all}
    }
}
