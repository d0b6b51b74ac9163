//! The header on every page: the site's name and the main navigation.

use crate::i18n;
use leptos::prelude::*;
use leptos_router::components::A;

/// Site name (a link home) and navigation. Not a heading: each page has its own `<h1>`.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <A href="/" exact=true attr:class="brand">
                    <span class="brand-zh">{i18n::SITE_NAME}</span>
                    " "
                    <span class="brand-latin" lang="en">{i18n::SITE_NAME_LATIN}</span>
                </A>
                <nav aria-label=i18n::NAV_LABEL>
                    <A href="/" exact=true>{i18n::NAV_HOME}</A>
                </nav>
            </div>
        </header>
    }
}
