//! Pages for addresses that lead nowhere.

use crate::app::set_page_title;
use crate::i18n::common::COMMON;
use crate::i18n::load::LOAD;
use crate::i18n::texts;
use crate::url_state::site_href;
use baimo_core::bundled::BundledError;
use leptos::prelude::*;
use leptos_router::components::A;

/// Any route the app doesn't know.
#[component]
pub fn NotFound() -> impl IntoView {
    let t = texts(&COMMON);
    Effect::new(move |_| set_page_title(Some(t().page_not_found)));
    view! {
        <main class="not-found">
            <h1>{move || t().page_not_found}</h1>
            <p>{move || t().page_not_found_detail}</p>
            <p><A href=site_href("/")>{move || t().back_home}</A></p>
        </main>
    }
}

/// `/read/<address>` with an address no article has.
#[component]
pub fn ArticleNotFound(address: String) -> impl IntoView {
    let t = texts(&COMMON);
    Effect::new(move |_| set_page_title(Some(t().article_not_found)));
    view! {
        <main class="not-found">
            <h1>{move || t().article_not_found}</h1>
            <p>{move || (t().article_not_found_detail)(&address)}</p>
            <p><A href=site_href("/")>{move || t().back_home}</A></p>
        </main>
    }
}

/// The bundled corpus failed to load: say so, with the reason, instead of an empty page.
#[component]
pub fn CorpusError(error: BundledError) -> impl IntoView {
    let t = texts(&COMMON);
    let tl = texts(&LOAD);
    view! {
        <p class="error" role="alert">{move || t().corpus_failed} {move || (tl().bundled)(&error)}</p>
    }
}
