//! The filter panel: companies, articles, money kinds and a month range. Every control hands
//! a changed [`Filter`] to `apply`, which writes it to the address; what is checked is read
//! back from the address.

use crate::components::company::company_name;
use crate::i18n::timeline::TEXTS;
use crate::i18n::{texts, use_lang};
use crate::url_state::site_href;
use baimo_core::explore::timeline::{facets, kind_key, Facet, Filter};
use baimo_core::explore::Explorer;
use baimo_core::extract::money::MoneyKind;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// How many companies show before "more": the most-named ones (selected ones always show).
const MAIN_COMPANIES: usize = 10;

/// The panel beside the events.
#[component]
pub fn FilterPanel(
    explorer: Arc<Explorer>,
    /// The filter in the address.
    filter: Memo<Filter>,
    /// Writes a changed filter to the address.
    apply: Callback<Filter>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let facets = {
        let explorer = explorer.clone();
        Memo::new(move |_| facets(&explorer.analysis, &explorer.corpus, &filter.get()))
    };
    let change = move |edit: &dyn Fn(&mut Filter)| {
        let mut f = filter.get_untracked();
        edit(&mut f);
        apply.run(f);
    };

    // On narrow screens the filters fold away behind a button (CSS shows them on wide ones).
    let open = RwSignal::new(false);
    let toggle_label = move || {
        let label = if open.get() {
            t().filters_hide
        } else {
            t().filters_show
        };
        match filter.get().choices() {
            0 => label.to_owned(),
            n => format!("{label}（{}）", (t().filters_active)(n)),
        }
    };

    view! {
        <section class="filters" class:open=move || open.get() aria-labelledby="filters-heading">
            <div class="filters-head">
                <h2 id="filters-heading">{move || t().filters_heading}</h2>
                <button
                    type="button"
                    class="filters-toggle"
                    aria-controls="filters-body"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {toggle_label}
                </button>
            </div>
            <div class="filters-body" id="filters-body">
                <Companies facets filter change />
                <Articles explorer facets filter change />
                <fieldset class="facet facet-kinds">
                    <legend>{move || t().kinds_legend}</legend>
                    <ul class="choices choices-inline">
                        <For each=move || facets.get().kinds key=|f| (f.value, f.count) let:facet>
                            {kind_choice(facet, filter, change)}
                        </For>
                    </ul>
                </fieldset>
                <Dates filter change />
                {move || {
                    (!filter.get().is_empty())
                        .then(|| {
                            view! {
                                <p class="clear">
                                    <A href=site_href("/timeline") attr:id="timeline-clear">
                                        {move || t().clear}
                                    </A>
                                </p>
                            }
                        })
                }}
            </div>
        </section>
    }
}

/// Company checkboxes: the most-named first, the rest behind a disclosure button.
#[component]
fn Companies(
    facets: Memo<baimo_core::explore::timeline::Facets>,
    filter: Memo<Filter>,
    change: impl Fn(&dyn Fn(&mut Filter)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let expanded = RwSignal::new(false);
    let visible = move || {
        let selected = filter.get().companies;
        let all = facets.get().companies;
        if expanded.get() {
            return all;
        }
        all.into_iter()
            .enumerate()
            .filter(|(i, f)| *i < MAIN_COMPANIES || selected.contains(&f.value))
            .map(|(_, f)| f)
            .collect()
    };
    let hidden = move || {
        let selected = filter.get().companies;
        facets
            .get()
            .companies
            .iter()
            .skip(MAIN_COMPANIES)
            .filter(|f| !selected.contains(&f.value))
            .count()
    };
    view! {
        <fieldset class="facet facet-companies">
            <legend>{move || t().companies_legend}</legend>
            <ul class="choices choices-inline" id="timeline-companies">
                <For each=visible key=|f| (f.value.clone(), f.count) let:facet>
                    {company_choice(facet, filter, change)}
                </For>
            </ul>
            {move || {
                (hidden() > 0 || expanded.get())
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="more"
                                aria-controls="timeline-companies"
                                aria-expanded=move || expanded.get().to_string()
                                on:click=move |_| expanded.update(|e| *e = !*e)
                            >
                                {move || {
                                    if expanded.get() {
                                        t().fewer_companies.to_owned()
                                    } else {
                                        (t().more_companies)(hidden())
                                    }
                                }}
                            </button>
                        }
                    })
            }}
        </fieldset>
    }
}

/// Articles shown before "more", and how many more each press shows: a library of a
/// thousand articles would otherwise draw a thousand checkboxes.
const MAIN_ARTICLES: usize = 10;
const MORE_ARTICLES: usize = 40;

/// Article checkboxes: the selected ones and those with events, in corpus order, a few at
/// a time.
#[component]
fn Articles(
    explorer: Arc<Explorer>,
    facets: Memo<baimo_core::explore::timeline::Facets>,
    filter: Memo<Filter>,
    change: impl Fn(&dyn Fn(&mut Filter)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let limit = RwSignal::new(MAIN_ARTICLES);
    // Articles worth offering: with events, or selected (so they can be unselected).
    let offered = Memo::new(move |_| {
        let selected = filter.get().articles;
        facets
            .get()
            .articles
            .into_iter()
            .filter(|f| f.count > 0 || selected.contains(&f.value))
            .collect::<Vec<_>>()
    });
    let visible = move || {
        let selected = filter.get().articles;
        let limit = limit.get();
        offered
            .get()
            .into_iter()
            .enumerate()
            .filter(|(i, f)| *i < limit || selected.contains(&f.value))
            .map(|(_, f)| f)
            .collect::<Vec<_>>()
    };
    let left = move || offered.with(Vec::len).saturating_sub(limit.get());
    view! {
        <fieldset class="facet facet-articles">
            <legend>{move || t().articles_legend}</legend>
            <ul class="choices" id="timeline-articles">
                <For each=visible key=|f| (f.value.clone(), f.count) let:facet>
                    {article_choice(&explorer, facet, filter, change)}
                </For>
            </ul>
            {move || {
                (left() > 0)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="more"
                                aria-controls="timeline-articles"
                                on:click=move |_| limit.update(|l| *l += MORE_ARTICLES)
                            >
                                {move || (t().more_articles)(left())}
                            </button>
                        }
                    })
            }}
        </fieldset>
    }
}

/// A choice's event count: the number shown, its meaning for screen readers.
fn count_view(count: usize) -> impl IntoView {
    let t = texts(&TEXTS);
    view! {
        <span class="count" aria-hidden="true">{count}</span>
        <span class="visually-hidden">{move || format!(" ({})", (t().events_count)(count))}</span>
    }
}

fn company_choice(
    facet: Facet<String>,
    filter: Memo<Filter>,
    change: impl Fn(&dyn Fn(&mut Filter)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let id = facet.value;
    let name = {
        let id = id.clone();
        move || company_name(&id, lang.get())
    };
    let checked = {
        let id = id.clone();
        move || filter.get().companies.contains(&id)
    };
    let toggle = {
        let id = id.clone();
        move |_| change(&|f: &mut Filter| f.toggle_company(&id))
    };
    view! {
        <li>
            <label class="choice">
                <input type="checkbox" name="c" value=id prop:checked=checked on:change=toggle />
                <span class="choice-name">{name}</span>
                {count_view(facet.count)}
            </label>
        </li>
    }
}

fn article_choice(
    explorer: &Explorer,
    facet: Facet<String>,
    filter: Memo<Filter>,
    change: impl Fn(&dyn Fn(&mut Filter)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = facet.value;
    let (title, publisher, lang) = match explorer.corpus.get(&id) {
        Some(a) => (
            a.meta.title.clone(),
            a.meta.publisher.clone(),
            a.meta.script.lang_tag(),
        ),
        None => (id.clone(), String::new(), "zh"),
    };
    let checked = {
        let id = id.clone();
        move || filter.get().articles.contains(&id)
    };
    let toggle = {
        let id = id.clone();
        move |_| change(&|f: &mut Filter| f.toggle_article(&id))
    };
    view! {
        <li>
            <label class="choice choice-article">
                <input type="checkbox" name="a" value=id prop:checked=checked on:change=toggle />
                <span class="choice-name" lang=lang>
                    {title}
                    <span class="publisher">{publisher}</span>
                </span>
                {count_view(facet.count)}
            </label>
        </li>
    }
}

fn kind_choice(
    facet: Facet<MoneyKind>,
    filter: Memo<Filter>,
    change: impl Fn(&dyn Fn(&mut Filter)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let kind = facet.value;
    view! {
        <li>
            <label class="choice">
                <input
                    type="checkbox"
                    name="k"
                    value=kind_key(kind)
                    prop:checked=move || filter.get().kinds.contains(&kind)
                    on:change=move |_| change(&|f: &mut Filter| f.toggle_kind(kind))
                />
                <span class="choice-name">{move || (t().kind)(kind)}</span>
                {count_view(facet.count)}
            </label>
        </li>
    }
}

/// From and to months. A browser without a month picker shows a text box, which takes the
/// same `YYYY-MM`.
#[component]
fn Dates(
    filter: Memo<Filter>,
    change: impl Fn(&dyn Fn(&mut Filter)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = texts(&TEXTS);
    view! {
        <fieldset class="facet facet-dates">
            <legend>{move || t().dates_legend}</legend>
            <div class="dates">
                <label>
                    <span>{move || t().from_label}</span>
                    <input
                        type="month"
                        id="timeline-from"
                        name="from"
                        placeholder="YYYY-MM"
                        aria-describedby="timeline-dates-hint"
                        prop:value=move || filter.get().from_month().unwrap_or_default()
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            change(&|f: &mut Filter| f.set_from(&value));
                        }
                    />
                </label>
                <label>
                    <span>{move || t().to_label}</span>
                    <input
                        type="month"
                        id="timeline-to"
                        name="to"
                        placeholder="YYYY-MM"
                        aria-describedby="timeline-dates-hint"
                        prop:value=move || filter.get().to_month().unwrap_or_default()
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            change(&|f: &mut Filter| f.set_to(&value));
                        }
                    />
                </label>
            </div>
            <p class="hint" id="timeline-dates-hint">{move || t().dates_hint}</p>
        </fieldset>
    }
}
