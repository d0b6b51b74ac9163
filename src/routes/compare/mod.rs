//! `/compare?c=amazon,anthropic`: 2 to 5 companies side by side.
//!
//! The URL is the state ([`Selection`]: `c`, `scale`, `pair`); every control navigates to a
//! new URL, so back/forward, reload and a pasted link restore the view. The data comes from
//! `baimo_core::explore::compare`; these components only draw it.

mod chart;
mod column;
mod matrix;
mod picker;

use crate::app::set_page_title;
use crate::components::company::company_name;
use crate::components::explorer_gate::ExplorerGate;
use crate::components::export_buttons::ExportButtons;
use crate::i18n::compare::TEXTS;
use crate::i18n::{texts, use_lang};
use crate::url_state::{site_href, use_query, use_set_query};
use baimo_core::explore::compare::{
    choices, suggested, table, Comparison, Scale, Selection, MAX_COMPANIES, TABLE_HEADERS,
};
use baimo_core::explore::reader::article_path;
use baimo_core::explore::table::{to_json, Table};
use baimo_core::explore::Explorer;
use baimo_core::registry::Registry;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// The compare page.
#[component]
pub fn Compare() -> impl IntoView {
    let t = texts(&TEXTS);
    Effect::new(move |_| set_page_title(Some(t().heading)));
    view! {
        <main class="compare wide">
            <h1>{move || t().heading}</h1>
            <p class="intro">{move || t().intro}</p>
            <ExplorerGate let:explorer><CompareView explorer /></ExplorerGate>
        </main>
    }
}

/// Goes to the URL of `selection` (a new history entry).
fn use_go() -> impl Fn(Selection) + Clone + 'static {
    let set_query = use_set_query("/compare");
    move |selection: Selection| set_query(selection.to_query())
}

/// The picker, then the comparison of what the URL selects (or suggestions when it selects
/// fewer than two companies).
#[component]
fn CompareView(explorer: Arc<Explorer>) -> impl IntoView {
    let t = texts(&TEXTS);
    let query = use_query();
    let selection = Memo::new(move |_| Selection::from_query(&query.get(), Registry::bundled()));
    // Rebuilt only when the companies or the scale change, not when a cell opens.
    let key = Memo::new(move |_| selection.with(|s| (s.ids.clone(), s.scale)));
    let comparison = {
        let explorer = explorer.clone();
        Memo::new(move |_| {
            let (ids, scale) = key.get();
            let s = Selection {
                ids,
                scale,
                ..Selection::default()
            };
            s.is_comparable()
                .then(|| Arc::new(Comparison::build(&explorer.analysis, &explorer.corpus, &s)))
        })
    };
    let choices = Arc::new(choices(&explorer.analysis));
    let suggestions = suggested(&explorer.analysis);

    let csv = Callback::new(move |_| {
        comparison
            .get_untracked()
            .map(|c| table(&c))
            .unwrap_or_else(|| Table::new(&TABLE_HEADERS))
    });
    let json = Callback::new(move |_| {
        comparison
            .get_untracked()
            .map(|c| to_json(&*c))
            .unwrap_or_else(|| "null".to_owned())
    });

    let notices = move || {
        let s = selection.get();
        let unknown = (!s.unknown.is_empty()).then(|| {
            view! { <p class="notice" role="status">{(t().unknown_ids)(&s.unknown.join(", "))}</p> }
        });
        let too_many = s.too_many.then(|| {
            view! { <p class="notice" role="status">{(t().too_many)(MAX_COMPANIES)}</p> }
        });
        (unknown, too_many)
    };

    view! {
        {notices}
        <picker::Picker selection choices />
        {move || match comparison.get() {
            Some(c) => view! {
                <ExportButtons view="compare" csv json />
                <ScaleSwitch selection />
                <ArticleKey comparison=c.clone() />
                <section class="columns" aria-label=move || t().columns_label>
                    {c.columns
                        .iter()
                        .cloned()
                        .map(|col| view! { <column::CompanyColumn column=col comparison=c.clone() /> })
                        .collect_view()}
                </section>
                <matrix::Cooccurrence comparison=c.clone() selection />
            }
            .into_any(),
            None => view! { <Suggestions suggestions=suggestions.clone() /> }.into_any(),
        }}
    }
}

/// Raw counts or per 10,000 characters, for every chart at once (they share an axis).
#[component]
fn ScaleSwitch(selection: Memo<Selection>) -> impl IntoView {
    let t = texts(&TEXTS);
    let go = use_go();
    let button = move |scale: Scale, id: &'static str| {
        let go = go.clone();
        let label = move || match scale {
            Scale::Raw => t().scale_raw,
            Scale::Per10k => t().scale_per10k,
        };
        view! {
            <button
                type="button"
                id=id
                class="toggle"
                aria-pressed=move || (selection.with(|s| s.scale) == scale).to_string()
                on:click=move |_| go(selection.get_untracked().with_scale(scale))
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="scale-switch" role="group" aria-label=move || t().scale_label>
            <span class="scale-label" aria-hidden="true">{move || t().scale_label}</span>
            {button(Scale::Raw, "scale-raw")}
            {button(Scale::Per10k, "scale-per10k")}
        </div>
    }
}

/// What `#1`…`#5` in the charts stand for.
#[component]
fn ArticleKey(comparison: Arc<Comparison>) -> impl IntoView {
    let t = texts(&TEXTS);
    let items = comparison
        .articles
        .iter()
        .map(|a| {
            let href = site_href(&article_path(&a.id));
            let (lang, title) = (a.lang.clone(), a.title.clone());
            view! {
                <li>
                    <span class="article-number">"#"{a.number}</span>" "
                    <A href=href><span lang=lang>{title.clone()}</span></A>
                    <span class="article-source" lang=a.lang.clone()>
                        " · "{a.publisher.clone()}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="article-key" open>
            <summary>{move || t().articles_label}</summary>
            <ol>{items}</ol>
        </details>
    }
}

/// Ready-made comparisons, as links.
#[component]
fn Suggestions(suggestions: Vec<Vec<String>>) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let links = suggestions
        .into_iter()
        .map(|ids| {
            let href = site_href(&format!("/compare?c={}", ids.join(",")));
            let label = move || {
                ids.iter()
                    .map(|id| company_name(id, lang.get()))
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            view! { <li><A href=href>{label}</A></li> }
        })
        .collect_view();
    view! {
        <section class="suggestions" aria-label=move || t().suggestions_label>
            <p>{move || t().need_two}</p>
            <ul>{links}</ul>
        </section>
    }
}
