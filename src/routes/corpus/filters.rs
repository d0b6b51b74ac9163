//! The corpus table's filters: title (as you type), month range, publisher, company, yours
//! or bundled, and the switch that lists every repost. Each only changes the address; the
//! table follows it.

use super::{corpus_href, Articles};
use crate::components::company::company_name;
use crate::i18n::corpus::TEXTS;
use crate::i18n::{texts, use_lang};
use crate::url_state::use_set_query;
use baimo_core::explore::listing::{companies, publishers, Origin, Params, SortKey};
use baimo_core::explore::params::Query;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// The most publishers the publisher menu offers (the most frequent), so a library of many
/// one-article accounts keeps a short page; the chosen one is always offered.
const MAX_PUBLISHERS: usize = 60;

/// The filter bar.
#[component]
pub fn Filters(corpus: Arc<Articles>, params: Memo<Params>, reposts: bool) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let navigate = use_set_query("/corpus");
    let go = move |next: Params| navigate(Params { page: 1, ..next }.to_query());
    let items = &corpus.items;
    let months: Vec<&str> = items
        .iter()
        .filter_map(|i| i.date.get(..7))
        .filter(|m| m.len() == 7)
        .collect();
    let min = months
        .iter()
        .min()
        .map(|m| m.to_string())
        .unwrap_or_default();
    let max = months
        .iter()
        .max()
        .map(|m| m.to_string())
        .unwrap_or_default();
    let mut publisher_counts = publishers(items);
    publisher_counts.truncate(MAX_PUBLISHERS);
    let company_counts = companies(items);
    let any_yours = items.iter().any(|i| i.yours);

    let month =
        |id: &'static str, label: fn(&crate::i18n::corpus::Texts) -> &'static str, to: bool| {
            let go = go.clone();
            let (min, max) = (min.clone(), max.clone());
            let change = move |ev| {
                let value = event_target_value(&ev);
                let p = params.get_untracked();
                go(if to {
                    Params { to: value, ..p }
                } else {
                    Params { from: value, ..p }
                });
            };
            view! {
                <div class="filter filter-month">
                    <label for=id>{move || label(t())}</label>
                    <input
                        id=id
                        type="month"
                        min=min
                        max=max
                        prop:value=move || {
                            let p = params.get();
                            let d = if to { p.to } else { p.from };
                            d.get(..7).filter(|_| d.len() >= 7).unwrap_or_default().to_owned()
                        }
                        on:change=change
                    />
                </div>
            }
        };

    let publisher_select = {
        let go = go.clone();
        let options = publisher_counts
            .into_iter()
            .map(|(name, n)| {
                let value = name.clone();
                let chosen = name.clone();
                view! {
                    <option value=value prop:selected=move || params.get().publisher == chosen>
                        {move || (t().with_count)(&name, n)}
                    </option>
                }
            })
            .collect_view();
        let change = move |ev| {
            go(Params {
                publisher: event_target_value(&ev),
                ..params.get_untracked()
            })
        };
        view! {
            <div class="filter">
                <label for="filter-publisher">{move || t().filter_publisher}</label>
                <select id="filter-publisher" on:change=change>
                    <option value="" prop:selected=move || params.get().publisher.is_empty()>{move || t().any_publisher}</option>
                    {options}
                </select>
            </div>
        }
    };

    let company_select = {
        let go = go.clone();
        let options = company_counts
            .into_iter()
            .map(|(id, n)| {
                let chosen = id.clone();
                let name = id.clone();
                view! {
                    <option value=id prop:selected=move || params.get().company == chosen>
                        {move || (t().with_count)(&company_name(&name, lang.get()), n)}
                    </option>
                }
            })
            .collect_view();
        let change = move |ev| {
            go(Params {
                company: event_target_value(&ev),
                ..params.get_untracked()
            })
        };
        view! {
            <div class="filter">
                <label for="filter-company">{move || t().filter_company}</label>
                <select id="filter-company" on:change=change>
                    <option value="" prop:selected=move || params.get().company.is_empty()>{move || t().any_company}</option>
                    {options}
                </select>
            </div>
        }
    };

    // Only a library with the reader's own articles has a choice to make.
    let origin_select = (any_yours || params.get_untracked().origin != Origin::All).then(|| {
        let go = go.clone();
        let options = Origin::ALL
            .into_iter()
            .map(|origin| {
                let label = move || match origin {
                    Origin::All => t().origin_all,
                    Origin::Yours => t().origin_yours,
                    Origin::Bundled => t().origin_bundled,
                };
                view! {
                    <option value=origin.as_str() prop:selected=move || params.get().origin == origin>{label}</option>
                }
            })
            .collect_view();
        let change = move |ev| {
            let value = event_target_value(&ev);
            let origin = Origin::ALL
                .into_iter()
                .find(|o| o.as_str() == value)
                .unwrap_or_default();
            go(Params {
                origin,
                ..params.get_untracked()
            })
        };
        view! {
            <div class="filter">
                <label for="filter-origin">{move || t().filter_origin}</label>
                <select id="filter-origin" on:change=change>{options}</select>
            </div>
        }
    });

    // The column headings sort on wide screens; small screens show the rows as cards
    // without them, so the order is a menu too.
    let sort_select = {
        let go = go.clone();
        let value = |key: SortKey, descending: bool| {
            format!("{}{}", if descending { "-" } else { "" }, key.as_str())
        };
        let options = [
            (SortKey::Order, false),
            (SortKey::Date, true),
            (SortKey::Date, false),
            (SortKey::Title, false),
            (SortKey::Publisher, false),
            (SortKey::Length, true),
            (SortKey::Length, false),
        ]
        .into_iter()
        .map(|(key, descending)| {
            let v = value(key, descending);
            let label = v.clone();
            view! {
                <option
                    value=v
                    prop:selected=move || {
                        let p = params.get();
                        p.sort == key && (p.descending == descending || key == SortKey::Order)
                    }
                >
                    {move || (t().sort_option)(&label)}
                </option>
            }
        })
        .collect_view();
        let change = move |ev| {
            let v = event_target_value(&ev);
            let (descending, key) = match v.strip_prefix('-') {
                Some(key) => (true, key.to_owned()),
                None => (false, v),
            };
            go(Params {
                sort: SortKey::parse(&key).unwrap_or_default(),
                descending,
                ..params.get_untracked()
            })
        };
        view! {
            <div class="filter filter-sort">
                <label for="filter-sort">{move || t().filter_sort}</label>
                <select id="filter-sort" on:change=change>{options}</select>
            </div>
        }
    };

    let copies_switch = (reposts || params.get_untracked().every_copy).then(|| {
        let go = go.clone();
        let change = move |ev| {
            go(Params {
                every_copy: event_target_checked(&ev),
                ..params.get_untracked()
            })
        };
        view! {
            <label class="filter-switch" title=move || t().every_copy_title>
                <input type="checkbox" id="filter-copies" prop:checked=move || params.get().every_copy on:change=change />
                {move || t().every_copy}
            </label>
        }
    });

    let clear = move || {
        let p = params.get();
        p.is_filtered().then(|| {
            let href = corpus_href(&p.unfiltered());
            view! { <A href=href attr:class="clear-filters" attr:id="clear-filters">{move || t().clear_filters}</A> }
        })
    };

    view! {
        <form class="list-filters" aria-label=move || t().filters_label on:submit=|ev| ev.prevent_default()>
            <TitleFilter params />
            {month("filter-from", |t| t.filter_from, false)}
            {month("filter-to", |t| t.filter_to, true)}
            {publisher_select}
            {company_select}
            {origin_select}
            {sort_select}
            {copies_switch}
            {clear}
        </form>
    }
}

/// The title filter: the table follows each keystroke, replacing the address rather than
/// adding to the history (back goes to the list before the typing, not to each letter). While
/// an input method composes (pinyin before it becomes 汉字) the address waits.
#[component]
fn TitleFilter(params: Memo<Params>) -> impl IntoView {
    let t = texts(&TEXTS);
    let navigate = use_navigate();
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    let composing = StoredValue::new(false);
    let apply = move || {
        let Some(el) = input.get_untracked() else {
            return;
        };
        let next = Params {
            title: el.value(),
            page: 1,
            ..params.get_untracked()
        };
        let qs = next.to_query().to_query_string();
        let same = Query::parse(&qs) == params.get_untracked().to_query();
        if !same {
            let path = if qs.is_empty() {
                "/corpus".to_owned()
            } else {
                format!("/corpus?{qs}")
            };
            navigate(
                &path,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    // Back, forward or "clear filters" change the address: the box follows, unless it is
    // being typed in (the address may still hold the text of a keystroke ago) or already says
    // the same.
    Effect::new(move |_| {
        let want = params.get().title;
        if let Some(el) = input.get() {
            let focused = document()
                .active_element()
                .is_some_and(|active| active == **el);
            if !focused && el.value().trim() != want.trim() {
                el.set_value(&want);
            }
        }
    });
    let on_input = {
        let apply = apply.clone();
        move |_| {
            if !composing.get_value() {
                apply();
            }
        }
    };
    view! {
        <div class="filter filter-title">
            <label for="filter-title">{move || t().filter_title}</label>
            <input
                id="filter-title"
                type="search"
                autocomplete="off"
                spellcheck="false"
                node_ref=input
                value=params.get_untracked().title
                placeholder=move || t().filter_title_placeholder
                on:compositionstart=move |_| composing.set_value(true)
                on:compositionend=move |_| {
                    composing.set_value(false);
                    apply();
                }
                on:input=on_input
            />
        </div>
    }
}
