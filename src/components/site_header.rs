//! The header on every page: the site's name, the main navigation, and the language and
//! theme switches.

use crate::i18n::common::{COMMON, SITE_NAME, SITE_NAME_LATIN};
use crate::i18n::{texts, use_lang};
use crate::theme::{use_theme, Theme};
use crate::url_state::site_href;
use leptos::prelude::*;
use leptos_router::components::A;

/// Site name (a link home), navigation and switches. Not a heading: each page has its own `<h1>`.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let t = texts(&COMMON);
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <A href=site_href("/") exact=true attr:class="brand">
                    <span class="brand-zh" lang="zh-Hans">{SITE_NAME}</span>
                    " "
                    <span class="brand-latin" lang="en">{SITE_NAME_LATIN}</span>
                </A>
                <nav aria-label=move || t().nav_label>
                    <A href=site_href("/") exact=true>{move || t().nav_home}</A>
                    <A href=site_href("/timeline")>{move || t().nav_timeline}</A>
                    <A href=site_href("/compare")>{move || t().nav_compare}</A>
                    <A href=site_href("/search")>{move || t().nav_search}</A>
                    <A href=site_href("/corpus")>{move || t().nav_corpus}</A>
                    <A href=site_href("/import")>{move || t().nav_import}</A>
                    <A href=site_href("/companies")>{move || t().nav_companies}</A>
                </nav>
                <div class="switches">
                    <LangSwitch />
                    <ThemePicker />
                </div>
            </div>
        </header>
    }
}

/// A button naming the other language, in that language.
#[component]
fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let t = texts(&COMMON);
    view! {
        <button
            type="button"
            id="lang-switch"
            class="switch"
            lang=move || t().lang_switch_tag
            title=move || t().lang_switch_title
            on:click=move |_| lang.update(|l| *l = l.other())
        >
            {move || t().lang_switch}
        </button>
    }
}

/// System, light or dark.
#[component]
fn ThemePicker() -> impl IntoView {
    let theme = use_theme();
    let t = texts(&COMMON);
    let name = move |choice: Theme| match choice {
        Theme::System => t().theme_system,
        Theme::Light => t().theme_light,
        Theme::Dark => t().theme_dark,
    };
    view! {
        <label class="switch theme-picker">
            <span class="visually-hidden">{move || t().theme_label}</span>
            <select
                id="theme-picker"
                on:change=move |ev| {
                    if let Some(choice) = Theme::from_key(&event_target_value(&ev)) {
                        theme.set(choice);
                    }
                }
            >
                {Theme::ALL
                    .into_iter()
                    .map(|choice| {
                        view! {
                            <option value=choice.key() selected=move || theme.get() == choice>
                                {move || name(choice)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
