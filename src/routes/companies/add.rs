//! Adding a company by hand: its names, and aliases separated by commas.

use super::Page;
use crate::curation::registry;
use crate::i18n::companies::TEXTS;
use crate::i18n::texts;
use baimo_core::curation::{suggest_id, Edit};
use leptos::prelude::*;

/// The form; its fields are cleared once the company is kept, and left as typed when not.
#[component]
pub fn AddCompany() -> impl IntoView {
    let t = texts(&TEXTS);
    let page = expect_context::<Page>();
    let hans = RwSignal::new(String::new());
    let en = RwSignal::new(String::new());
    let aliases = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (h, e) = (hans.get_untracked(), en.get_untracked());
        let e = (!e.trim().is_empty()).then_some(e);
        let names: Vec<String> = aliases
            .get_untracked()
            .split([',', '，', '、'])
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect();
        // The id from the first name with Latin letters (`01.AI` → `01-ai`), else the name.
        let latin = e
            .iter()
            .chain(&names)
            .find(|n| n.chars().any(|c| c.is_ascii_alphanumeric()));
        let id = suggest_id(registry(), latin.unwrap_or(&h));
        page.submit(
            Edit::Add {
                id,
                hans: h,
                hant: None,
                en: e,
                kind: None,
                aliases: names,
            },
            move || {
                hans.set(String::new());
                en.set(String::new());
                aliases.set(String::new());
            },
        );
    };
    view! {
        <form id="add-form" class="add-company editor-form" on:submit=add>
            <h2>{move || t().add_heading}</h2>
            <label for="add-hans">{move || t().name_hans}</label>
            <input id="add-hans" type="text" autocomplete="off" prop:value=move || hans.get()
                on:input=move |ev| hans.set(event_target_value(&ev)) />
            <label for="add-en">{move || t().name_en}</label>
            <input id="add-en" type="text" autocomplete="off" prop:value=move || en.get()
                on:input=move |ev| en.set(event_target_value(&ev)) />
            <label for="add-aliases">
                {move || t().add_aliases} <span class="hint">" (" {move || t().add_aliases_hint} ")"</span>
            </label>
            <input id="add-aliases" type="text" autocomplete="off" prop:value=move || aliases.get()
                on:input=move |ev| aliases.set(event_target_value(&ev)) />
            <button type="submit" class="button">{move || t().add_button}</button>
        </form>
    }
}
