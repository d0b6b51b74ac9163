//! The app shell: shared state, the site header and the routes.

use crate::components::site_header::SiteHeader;
use crate::components::update_prompt::UpdatePrompt;
use crate::curation::Curation;
use crate::explorer::provide_explorer;
use crate::i18n::common::{SITE_NAME, SITE_NAME_LATIN};
use crate::i18n::provide_lang;
use crate::library::Library;
use crate::offline::provide_update;
use crate::routes::{
    companies::Companies, compare::Compare, corpus::Corpus, home::Home, import::Import,
    not_found::NotFound, reader::Reader, search::Search, timeline::Timeline,
};
use crate::theme::provide_theme;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole app. The corpus is read once here and shared through context, with the
/// interface language, the theme and the (lazily built) corpus analysis.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Library::load());
    provide_context(Curation::load());
    provide_lang();
    provide_theme();
    provide_explorer();
    provide_update();
    view! {
        // The site's path (`/baimo` under a sub-path, empty at the root): routes match below it.
        <Router base=crate::url_state::base()>
            <SiteHeader />
            <UpdatePrompt />
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/") view=Home />
                <Route path=path!("/read/:address") view=Reader />
                <Route path=path!("/timeline") view=Timeline />
                <Route path=path!("/compare") view=Compare />
                <Route path=path!("/search") view=Search />
                <Route path=path!("/corpus") view=Corpus />
                <Route path=path!("/import") view=Import />
                <Route path=path!("/companies") view=Companies />
            </Routes>
        </Router>
    }
}

/// Sets the browser tab's title: the page's own title, then the site's name.
pub fn set_page_title(page: Option<&str>) {
    let site = format!("{SITE_NAME} {SITE_NAME_LATIN}");
    let title = match page {
        Some(page) => format!("{page} · {site}"),
        None => site,
    };
    document().set_title(&title);
}
