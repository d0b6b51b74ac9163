//! Pages for addresses that lead nowhere.

use crate::app::set_page_title;
use crate::i18n;
use leptos::prelude::*;
use leptos_router::components::A;

/// Any route the app doesn't know.
#[component]
pub fn NotFound() -> impl IntoView {
    set_page_title(Some(i18n::PAGE_NOT_FOUND));
    view! {
        <main class="not-found">
            <h1>{i18n::PAGE_NOT_FOUND}</h1>
            <p>{i18n::PAGE_NOT_FOUND_DETAIL} <span lang="en">{i18n::PAGE_NOT_FOUND_EN}</span></p>
            <p><A href="/">{i18n::BACK_HOME}</A></p>
        </main>
    }
}

/// `/read/<id>` with an id the corpus doesn't have.
#[component]
pub fn ArticleNotFound(id: String) -> impl IntoView {
    set_page_title(Some(i18n::ARTICLE_NOT_FOUND));
    view! {
        <main class="not-found">
            <h1>{i18n::ARTICLE_NOT_FOUND}</h1>
            <p>
                {i18n::ARTICLE_NOT_FOUND_BEFORE} " " <code>{id}</code> " " {i18n::ARTICLE_NOT_FOUND_AFTER}
                " " <span lang="en">{i18n::ARTICLE_NOT_FOUND_EN}</span>
            </p>
            <p><A href="/">{i18n::BACK_HOME}</A></p>
        </main>
    }
}

/// The bundled corpus failed to load: say so, with the reason, instead of an empty page.
#[component]
pub fn CorpusError(message: String) -> impl IntoView {
    view! {
        <p class="error" role="alert">{i18n::CORPUS_FAILED} {message}</p>
    }
}
