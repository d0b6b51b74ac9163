//! Which companies to compare: the picks as removable chips, and a list to add one more.

use super::use_go;
use crate::components::company::{company_name, CompanyChip};
use crate::i18n::compare::TEXTS;
use crate::i18n::{texts, use_lang};
use baimo_core::explore::compare::{Choice, Selection, MAX_COMPANIES};
use baimo_core::registry::Origin;
use leptos::prelude::*;
use std::sync::Arc;

/// The picks and the add control. At [`MAX_COMPANIES`] the add control is disabled and a
/// note says why.
#[component]
pub fn Picker(selection: Memo<Selection>, choices: Arc<Vec<Choice>>) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let go = use_go();
    // The company chosen in the list, added when "Add" is pressed.
    let picked = RwSignal::new(String::new());
    let full = Memo::new(move |_| selection.with(Selection::is_full));

    let chips = {
        let go = go.clone();
        move || {
            let s = selection.get();
            if s.ids.is_empty() {
                return view! { <p class="none-selected">{t().none_selected}</p> }.into_any();
            }
            let items = s
                .ids
                .iter()
                .map(|id| {
                    let go = go.clone();
                    let id = id.clone();
                    let name = company_name(&id, lang.get());
                    let remove_label = (t().remove)(&name);
                    let without = id.clone();
                    let note = id
                        .starts_with(baimo_core::registry::DISCOVERED_PREFIX)
                        .then(|| t().discovered_note);
                    view! {
                        <li class="pick" data-pick=id title=note>
                            <CompanyChip id=id.clone() />
                            <button
                                type="button"
                                class="pick-remove"
                                aria-label=remove_label.clone()
                                title=remove_label
                                on:click=move |_| go(selection.get_untracked().without(&without))
                            >
                                <span aria-hidden="true">"×"</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ul class="picks" aria-label=t().selected_label>{items}</ul>
            }
            .into_any()
        }
    };

    // Registered companies first, then those found in the text, each group apart.
    let options = move || {
        let s = selection.get();
        let group = |origin: Origin, label: &'static str| {
            let items = choices
                .iter()
                .filter(|c| c.origin == origin && !s.ids.contains(&c.id))
                .map(|c| {
                    let name = company_name(&c.id, lang.get());
                    view! {
                        <option value=c.id.clone()>
                            {(t().choice)(&name, c.total)}
                        </option>
                    }
                })
                .collect::<Vec<_>>();
            (!items.is_empty()).then(|| {
                view! {
                    <optgroup label=label data-origin=format!("{origin:?}").to_lowercase()>
                        {items}
                    </optgroup>
                }
            })
        };
        view! {
            {group(Origin::Registered, t().registered_group)}
            {group(Origin::Discovered, t().discovered_group)}
        }
    };

    let add = move || {
        let id = picked.get_untracked();
        if !id.is_empty() {
            picked.set(String::new());
            go(selection.get_untracked().with(&id));
        }
    };

    view! {
        <fieldset class="picker">
            <legend>{move || t().picker_label}</legend>
            {chips}
            <div class="add-row">
                <label for="compare-add">{move || t().add_label}</label>
                <select
                    id="compare-add"
                    disabled=move || full.get()
                    aria-describedby=move || full.get().then_some("compare-full")
                    prop:value=move || picked.get()
                    on:change=move |ev| picked.set(event_target_value(&ev))
                >
                    <option value="" selected=move || picked.with(String::is_empty)>
                        {move || t().add_placeholder}
                    </option>
                    {options}
                </select>
                <button
                    type="button"
                    id="compare-add-button"
                    class="button"
                    disabled=move || full.get() || picked.with(String::is_empty)
                    on:click=move |_| add()
                >
                    {move || t().add_button}
                </button>
            </div>
            {move || {
                full.get()
                    .then(|| {
                        view! {
                            <p id="compare-full" class="full-note">{(t().full_note)(MAX_COMPANIES)}</p>
                        }
                    })
            }}
        </fieldset>
    }
}
