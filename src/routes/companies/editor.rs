//! The editor of one company (opened from its row): rename, add an alias, merge into
//! another, hide, and — for a discovered company — confirm it with a proper id.

use super::list::display_name;
use super::Page;
use crate::curation::registry;
use crate::i18n::companies::TEXTS;
use crate::i18n::{texts, use_lang};
use baimo_core::curation::{suggest_id, Edit};
use baimo_core::registry::{Company, Origin};
use leptos::prelude::*;

/// The open editor, or nothing (also once its company is merged or hidden).
#[component]
pub fn Editor() -> impl IntoView {
    let page = expect_context::<Page>();
    move || {
        let id = page.selected.get()?;
        let company = registry().get(&id)?.clone();
        Some(view! { <CompanyEditor company /> })
    }
}

/// A text field with its label; its value in `value`.
#[component]
fn Field(id: &'static str, label: Signal<String>, value: RwSignal<String>) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input
            id=id
            type="text"
            autocomplete="off"
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    }
}

#[component]
fn CompanyEditor(company: Company) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let page = expect_context::<Page>();
    let id = company.id.clone();
    let heading = {
        let c = company.clone();
        move || (t().editor_heading)(&display_name(&c, lang.get()))
    };
    let label = |f: fn(&crate::i18n::companies::Texts) -> &'static str| {
        Signal::derive(move || f(t()).to_owned())
    };

    // Rename: the fields start with the current names.
    let hans = RwSignal::new(company.hans.clone());
    let en = RwSignal::new(company.en.clone());
    let rename = {
        let c = company.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let changed = |new: String, old: &str| (new.trim() != old).then_some(new);
            page.submit(
                Edit::Rename {
                    company: c.id.clone(),
                    hans: changed(hans.get_untracked(), &c.hans),
                    hant: None,
                    en: changed(en.get_untracked(), &c.en),
                },
                || {},
            );
        }
    };

    let alias = RwSignal::new(String::new());
    let add_alias = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            page.submit(
                Edit::Alias {
                    company: id.clone(),
                    name: alias.get_untracked(),
                },
                move || alias.set(String::new()),
            );
        }
    };

    let into = RwSignal::new(String::new());
    let others = {
        let id = id.clone();
        move || {
            let mut others: Vec<(String, String)> = registry()
                .companies()
                .iter()
                .filter(|c| c.id != id)
                .map(|c| {
                    (
                        c.id.clone(),
                        format!("{} ({})", display_name(c, lang.get()), c.id),
                    )
                })
                .collect();
            others.sort();
            others
                .into_iter()
                .map(|(id, name)| view! { <option value=id>{name}</option> })
                .collect_view()
        }
    };
    let merge = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            // Nothing chosen is "into itself": the core says so in both languages.
            let target = into.get_untracked();
            let target = if target.is_empty() {
                id.clone()
            } else {
                target
            };
            page.submit(
                Edit::Merge {
                    from: id.clone(),
                    into: target,
                },
                || {},
            );
        }
    };

    let hide = {
        let id = id.clone();
        move |_| {
            page.submit(
                Edit::Hide {
                    company: id.clone(),
                },
                || {},
            )
        }
    };

    let discovered = company.origin == Origin::Discovered;
    let new_id = RwSignal::new(if discovered {
        suggest_id(registry(), &company.en)
    } else {
        String::new()
    });
    let confirm = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            page.submit(
                Edit::Confirm {
                    discovered: id.clone(),
                    id: new_id.get_untracked().trim().to_owned(),
                    hans: None,
                    en: None,
                },
                || {},
            );
        }
    };

    view! {
        <section id="company-editor" class="company-editor" aria-labelledby="company-editor-heading">
            <div class="editor-top">
                <h2 id="company-editor-heading" tabindex="-1">{heading}</h2>
                <button type="button" class="button secondary" on:click=move |_| page.selected.set(None)>
                    {move || t().close}
                </button>
            </div>
            <form id="rename-form" class="editor-form" on:submit=rename>
                <h3>{move || t().rename_heading}</h3>
                <Field id="rename-hans" label=label(|t| t.name_hans) value=hans />
                <Field id="rename-en" label=label(|t| t.name_en) value=en />
                <button type="submit" class="button">{move || t().rename_button}</button>
            </form>
            <form id="alias-form" class="editor-form" on:submit=add_alias>
                <h3>{move || t().alias_heading}</h3>
                <Field id="alias-name" label=label(|t| t.alias_name) value=alias />
                <button type="submit" class="button">{move || t().alias_button}</button>
            </form>
            <form id="merge-form" class="editor-form" on:submit=merge>
                <h3>{move || t().merge_heading}</h3>
                <p class="hint">{move || t().merge_hint}</p>
                <label for="merge-into">{move || t().merge_into}</label>
                <select id="merge-into" on:change=move |ev| into.set(event_target_value(&ev))>
                    <option value="">"—"</option>
                    {others}
                </select>
                <button type="submit" class="button">{move || t().merge_button}</button>
            </form>
            <div class="editor-form">
                <h3>{move || t().hide_heading}</h3>
                <p class="hint">{move || t().hide_hint}</p>
                <button type="button" id="hide-company" class="button" on:click=hide>
                    {move || t().hide_button}
                </button>
            </div>
            {discovered.then(|| view! {
                <form id="confirm-form" class="editor-form" on:submit=confirm>
                    <h3>{move || t().confirm_heading}</h3>
                    <Field id="confirm-id" label=label(|t| t.confirm_id) value=new_id />
                    <button type="submit" class="button">{move || t().confirm_button}</button>
                </form>
            })}
        </section>
    }
}
