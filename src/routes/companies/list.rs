//! The effective registry as a list: filtered by name and origin, the most mentioned first,
//! a page at a time, each company with a button that opens its editor.

use super::Page;
use crate::curation::registry;
use crate::i18n::companies::TEXTS;
use crate::i18n::{texts, use_lang, Lang};
use baimo_core::registry::{name_key, Company, Origin};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Rows shown at first, and added by each "more".
const STEP: usize = 50;

/// The origin filter's choices, by the select's value.
const ORIGINS: [(&str, Option<Origin>); 4] = [
    ("all", None),
    ("registered", Some(Origin::Registered)),
    ("discovered", Some(Origin::Discovered)),
    ("reader", Some(Origin::Reader)),
];

/// The company's name in the interface language.
pub(crate) fn display_name(c: &Company, lang: Lang) -> String {
    match lang {
        Lang::Zh => c.hans.clone(),
        Lang::En => c.en.clone(),
    }
}

/// The filters and the list.
#[component]
pub fn CompanyList() -> impl IntoView {
    let t = texts(&TEXTS);
    let page = expect_context::<Page>();
    let name = RwSignal::new(String::new());
    let origin = RwSignal::new("all".to_owned());
    let limit = RwSignal::new(STEP);

    // The matching companies, most mentioned first (then by id), and how many there are.
    let matching = Memo::new(move |_| {
        let wanted = ORIGINS
            .iter()
            .find(|(key, _)| *key == origin.get())
            .and_then(|(_, o)| *o);
        let needle = name_key(name.get().trim());
        let mentions = page.mentions.get();
        let count = |id: &str| mentions.as_ref().and_then(|m| m.get(id).copied());
        let registry = registry();
        let mut rows: Vec<(Company, Option<usize>)> = registry
            .companies()
            .iter()
            .filter(|c| wanted.is_none_or(|o| c.origin == o))
            .filter(|c| {
                needle.is_empty()
                    || c.id.contains(&needle)
                    || c.names().any(|n| name_key(n).contains(&needle))
            })
            .map(|c| (c.clone(), count(&c.id)))
            .collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.id.cmp(&b.0.id)));
        (rows, registry.companies().len())
    });

    let rows = move || {
        let (rows, _) = matching.get();
        rows.into_iter()
            .take(limit.get())
            .map(|(c, n)| view! { <Row company=c mentions=n /> })
            .collect_view()
    };
    let summary = move || {
        let (rows, all) = matching.get();
        (t().shown)(rows.len().min(limit.get()), all)
    };
    let rest = move || matching.with(|(rows, _)| rows.len().saturating_sub(limit.get()));

    view! {
        <section class="company-list" aria-labelledby="company-list-heading">
            <h2 id="company-list-heading">{move || t().list_heading}</h2>
            <div class="company-filters" role="group" aria-label=move || t().list_heading>
                <label for="companies-filter">{move || t().filter_name}</label>
                <input
                    id="companies-filter"
                    type="search"
                    placeholder=move || t().filter_name_placeholder
                    prop:value=move || name.get()
                    on:input=move |ev| {
                        name.set(event_target_value(&ev));
                        limit.set(STEP);
                    }
                />
                <label for="companies-origin">{move || t().filter_origin}</label>
                <select
                    id="companies-origin"
                    on:change=move |ev| {
                        origin.set(event_target_value(&ev));
                        limit.set(STEP);
                    }
                >
                    {ORIGINS
                        .iter()
                        .map(|(key, o)| {
                            let label = move || match o {
                                None => t().origin_all,
                                Some(o) => (t().origin)(*o),
                            };
                            view! {
                                <option value=*key selected=move || origin.get() == *key>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <p class="hint" id="companies-shown" aria-live="polite">{summary}</p>
            {move || page.mentions.get().is_none().then(|| view! { <p class="hint">{t().counting}</p> })}
            <ul class="companies-rows">{rows}</ul>
            <Show when=move || { rest() > 0 }>
                <button
                    type="button"
                    class="button secondary more"
                    on:click=move |_| limit.update(|l| *l += STEP)
                >
                    {move || (t().more)(rest().min(STEP))}
                </button>
            </Show>
        </section>
    }
}

/// One company: its names, id, origin and mentions, and the button that edits it.
#[component]
fn Row(company: Company, mentions: Option<usize>) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let page = expect_context::<Page>();
    let id = company.id.clone();
    let origin = company.origin;
    let (hans, en) = (company.hans.clone(), company.en.clone());
    let label = {
        let c = company.clone();
        move || (t().edit_label)(&display_name(&c, lang.get()))
    };
    let open = {
        let id = id.clone();
        move || page.selected.get().as_deref() == Some(id.as_str())
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            let now = page.selected.get_untracked();
            let opening = now.as_deref() != Some(id.as_str());
            page.selected.set(opening.then(|| id.clone()));
            if opening {
                // The editor sits above the list: take the reader (and focus) to it.
                request_animation_frame(|| {
                    if let Some(heading) = document()
                        .get_element_by_id("company-editor-heading")
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = heading.focus();
                    }
                });
            }
        }
    };
    view! {
        <li class="company-row" data-company-row=id.clone() data-origin=format!("{origin:?}").to_lowercase()>
            <span class="company-names">
                <span class="company-hans" lang="zh-Hans">{hans.clone()}</span>
                {(en != hans).then(|| view! { <span class="company-en" lang="en">{en.clone()}</span> })}
            </span>
            <span class="company-meta">
                <code class="company-id">{id.clone()}</code>
                <span class="company-mentions">
                    {move || mentions.map(|n| (t().mentions)(n))}
                </span>
            </span>
            <span class=format!("origin-badge origin-{}", format!("{origin:?}").to_lowercase())>
                {move || (t().origin)(origin)}
            </span>
            <button
                type="button"
                class="button secondary edit-company"
                aria-label=label
                aria-expanded=move || open().to_string()
                on:click=toggle
            >
                {move || t().edit}
            </button>
        </li>
    }
}
