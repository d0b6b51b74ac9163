//! The search form, the sort control, and example queries for an empty page.

use crate::i18n::search::{Texts, TEXTS};
use crate::i18n::texts;
use crate::url_state::{site_href, use_set_query};
use baimo_core::explore::search::{Match, Params, Sort};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;

/// A labelled search box; submitting navigates to the new query (a history entry). The box
/// follows the URL, so back/forward and reload show the query being displayed.
#[component]
pub fn SearchForm(params: Memo<Params>) -> impl IntoView {
    let t = texts(&TEXTS);
    let navigate = use_set_query("/search");
    let text = RwSignal::new(params.get_untracked().q);
    Effect::new(move |_| text.set(params.get().q));
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        // A new query lists every article again: a filter chosen for the last one may hide
        // all of this one's hits.
        let next = Params {
            q: text.get_untracked(),
            articles: Vec::new(),
            top: 0,
            ..params.get_untracked()
        }
        .first_page();
        navigate(next.to_query());
    };
    view! {
        <form class="search-form" role="search" aria-label=move || t().form_label on:submit=submit>
            <label for="search-q">{move || t().input_label}</label>
            <div class="search-row">
                <input
                    id="search-q"
                    type="search"
                    name="q"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=move || t().input_placeholder
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <button type="submit" class="button">{move || t().submit}</button>
            </div>
        </form>
    }
}

fn sort_label(t: &Texts, sort: Sort) -> &'static str {
    match sort {
        Sort::Article => t.sort_article,
        Sort::Left => t.sort_left,
        Sort::Right => t.sort_right,
    }
}

/// Radio buttons for the order of the lines (`sort` in the URL).
#[component]
pub fn SortControl(params: Memo<Params>) -> impl IntoView {
    let t = texts(&TEXTS);
    let navigate = use_set_query("/search");
    let options = Sort::ALL
        .into_iter()
        .map(|sort| {
            let navigate = navigate.clone();
            let choose = move |_| {
                let next = Params {
                    sort,
                    ..params.get_untracked()
                }
                .first_page();
                navigate(next.to_query());
            };
            view! {
                <label class="sort-option">
                    <input
                        type="radio"
                        name="sort"
                        value=sort.as_str()
                        prop:checked=move || params.get().sort == sort
                        on:change=choose
                    />
                    {move || sort_label(t(), sort)}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="search-sort">
            <legend>{move || t().sort_legend}</legend>
            {options}
        </fieldset>
    }
}

/// Whole words only, or anywhere inside words too (`m=anywhere` in the URL).
#[component]
pub fn MatchControl(params: Memo<Params>) -> impl IntoView {
    let t = texts(&TEXTS);
    let navigate = use_set_query("/search");
    let toggle = move |ev| {
        let how = if event_target_checked(&ev) {
            Match::Words
        } else {
            Match::Anywhere
        };
        navigate(
            Params {
                how,
                ..params.get_untracked()
            }
            .first_page()
            .to_query(),
        );
    };
    view! {
        <label class="search-match" title=move || t().whole_words_title>
            <input
                type="checkbox"
                id="search-whole-words"
                prop:checked=move || params.get().how == Match::Words
                on:change=toggle
            />
            {move || t().whole_words}
        </label>
    }
}

/// Queries that show what search can do, as links.
const EXAMPLES: [&str; 4] = ["亚马逊", "\"生成式 AI\"", "OpenAI 微软", "\"Hugging Face\""];

/// With no query: example queries to start from.
#[component]
pub fn Examples() -> impl IntoView {
    let t = texts(&TEXTS);
    let links = EXAMPLES
        .into_iter()
        .map(|q| {
            let params = Params {
                q: q.to_owned(),
                ..Params::default()
            };
            let href = site_href(&format!("/search?{}", params.to_query().to_query_string()));
            view! { <li><A href=href attr:lang="zh-Hans">{q}</A></li> }
        })
        .collect_view();
    view! {
        <div class="search-examples">
            <p>{move || t().examples}</p>
            <ul>{links}</ul>
        </div>
    }
}
