//! `/compare?c=amazon,anthropic`: 2 to 5 companies side by side.
//!
//! The URL is the state ([`Selection`]: `c`, `scale`, `chart`, `copies`, `articles`,
//! `money`, `pair`, `sentences`); every control navigates to a new URL, so back/forward,
//! reload and a pasted link restore the view. The data comes from
//! `baimo_core::explore::compare`; these components only draw it: bars per article while
//! the articles fit, else mentions over time ([`series`]), and every list that grows with
//! the library a few items at a time ([`more`]).

mod chart;
mod column;
mod matrix;
mod more;
mod picker;
mod series;

use crate::app::set_page_title;
use crate::components::company::company_name;
use crate::components::explorer_gate::ExplorerGate;
use crate::components::export_buttons::ExportButtons;
use crate::i18n::compare::{Texts, TEXTS};
use crate::i18n::{texts, use_lang};
use crate::url_state::{site_href, use_query, use_set_query};
use baimo_core::explore::compare::{
    choices, suggested, table, ChartKind, Comparison, Copies, Scale, Selection, MAX_COMPANIES,
    TABLE_HEADERS,
};
use baimo_core::explore::reader::article_path;
use baimo_core::explore::table::{to_json, Table};
use baimo_core::explore::Explorer;
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
    let selection =
        Memo::new(move |_| Selection::from_query(&query.get(), crate::curation::registry()));
    // Rebuilt only when the companies, the scale, the chart or the reposts switch change,
    // not when a cell opens or a list shows more.
    let key = Memo::new(move |_| selection.with(|s| (s.ids.clone(), s.scale, s.chart, s.copies)));
    let comparison = {
        let explorer = explorer.clone();
        Memo::new(move |_| {
            let (ids, scale, chart, copies) = key.get();
            let s = Selection {
                ids,
                scale,
                chart,
                copies,
                ..Selection::default()
            };
            s.is_comparable()
                .then(|| Arc::new(Comparison::build(&explorer.analysis, &explorer.corpus, &s)))
        })
    };
    let choices = Arc::new(choices(&explorer.analysis));
    let has_copies = !explorer.analysis.reposts.is_empty();
    let comparable = Memo::new(move |_| selection.with(Selection::is_comparable));
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

    // The switches stay put while the comparison under them is rebuilt, so focus stays on
    // the one just pressed.
    let controls = move || {
        comparable.get().then(|| {
            view! {
                <ExportButtons view="compare" csv json />
                <div class="switches">
                    <ScaleSwitch selection />
                    <ChartSwitch selection comparison />
                    {has_copies.then(|| view! { <CopiesSwitch selection /> })}
                </div>
            }
        })
    };

    view! {
        {notices}
        <picker::Picker selection choices />
        {controls}
        {move || match comparison.get() {
            Some(c) => {
                let chart = match c.chart {
                    ChartKind::Articles => view! { <ArticleKey comparison=c.clone() /> }.into_any(),
                    ChartKind::Time => view! { <series::SeriesChart comparison=c.clone() /> }.into_any(),
                };
                let left_out = c.copies_left_out;
                view! {
                    {(left_out > 0).then(|| view! {
                        <p class="note copies-note" data-left-out=left_out>{move || (t().copies_note)(left_out)}</p>
                    })}
                    {chart}
                    <section class="columns" aria-label=move || t().columns_label>
                        {c.columns
                            .iter()
                            .cloned()
                            .enumerate()
                            .map(|(series, col)| view! {
                                <column::CompanyColumn column=col comparison=c.clone() selection series />
                            })
                            .collect_view()}
                    </section>
                    <matrix::Cooccurrence comparison=c.clone() selection />
                }
                .into_any()
            }
            None => view! { <Suggestions suggestions=suggestions.clone() /> }.into_any(),
        }}
    }
}

/// One button of a [`switch_group`]: its value, element id and label.
type SwitchButton<V> = (V, &'static str, fn(&Texts) -> &'static str);

/// A group of buttons of which one is pressed.
fn switch_group<V: Copy + PartialEq + Send + Sync + 'static>(
    class: &'static str,
    label: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    current: impl Fn() -> V + Copy + Send + Sync + 'static,
    buttons: Vec<SwitchButton<V>>,
    press: impl Fn(V) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let buttons = buttons
        .into_iter()
        .map(|(value, id, text)| {
            let press = press.clone();
            view! {
                <button
                    type="button"
                    id=id
                    class="toggle"
                    aria-pressed=move || (current() == value).to_string()
                    on:click=move |_| press(value)
                >
                    {move || text(t())}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class=format!("switch {class}") role="group" aria-label=label>
            <span class="switch-label" aria-hidden="true">{label}</span>
            {buttons}
        </div>
    }
}

/// Bars per article or mentions over time: offered only while the articles fit in bars.
#[component]
fn ChartSwitch(
    selection: Memo<Selection>,
    comparison: Memo<Option<Arc<Comparison>>>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let go = use_go();
    let choosable = Memo::new(move |_| {
        comparison.with(|c| {
            c.as_ref()
                .is_some_and(|c| ChartKind::choosable(c.articles.len()))
        })
    });
    let current = move || comparison.with(|c| c.as_ref().map_or(ChartKind::Articles, |c| c.chart));
    move || {
        let go = go.clone();
        choosable.get().then(|| {
            switch_group(
                "chart-switch",
                move || t().chart_label,
                current,
                vec![
                    (ChartKind::Articles, "chart-articles", |t| t.chart_articles),
                    (ChartKind::Time, "chart-time", |t| t.chart_time),
                ],
                move |kind| go(selection.get_untracked().with_chart(kind)),
            )
        })
    }
}

/// Each reposted story once, or every copy (`copies=all`).
#[component]
fn CopiesSwitch(selection: Memo<Selection>) -> impl IntoView {
    let t = texts(&TEXTS);
    let go = use_go();
    switch_group(
        "copies-switch",
        move || t().copies_label,
        move || selection.with(|s| s.copies),
        vec![
            (Copies::Once, "copies-once", |t| t.copies_once),
            (Copies::All, "copies-all", |t| t.copies_all),
        ],
        move |copies| go(selection.get_untracked().with_copies(copies)),
    )
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
