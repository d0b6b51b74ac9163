//! The app shell: shared state, the site header and the routes.

use crate::components::site_header::SiteHeader;
use crate::i18n;
use crate::library::Library;
use crate::routes::{home::Home, not_found::NotFound, reader::Reader};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole app. The corpus is read once here and shared through context.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Library::load());
    view! {
        <Router>
            <SiteHeader />
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/") view=Home />
                <Route path=path!("/read/:id") view=Reader />
            </Routes>
        </Router>
    }
}

/// Sets the browser tab's title: the page's own title, then the site's name.
pub fn set_page_title(page: Option<&str>) {
    let site = format!("{} {}", i18n::SITE_NAME, i18n::SITE_NAME_LATIN);
    let title = match page {
        Some(page) => format!("{page} · {site}"),
        None => site,
    };
    document().set_title(&title);
}
