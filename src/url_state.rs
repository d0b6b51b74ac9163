//! View state in the address bar: every filter and selection is a query parameter, so
//! back/forward, reload and a pasted link restore the exact view.
//!
//! The site may live under a sub-path (`/baimo/`): [`base`] is that path, read at start from
//! the page's `<base href>`, and every internal link carries it ([`site_href`]). The router
//! is given it too, so routes and `navigate` work on paths without it.

use baimo_core::explore::params::Query;
use baimo_core::explore::reader::{article_id, article_path};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::OnceLock;
use wasm_bindgen::JsValue;

/// The path the site is served under, without a trailing slash: `""` at the domain root,
/// `"/baimo"` under a sub-path (percent-encoded, as in `location.pathname`).
pub fn base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(read_base)
}

/// The site's root from `<base href>`: index.html has `./`, the copy of it in each route's
/// folder `../` or `../../`, and pages made by the service worker or 404.html the root's path.
/// No `<base>` (never in a build of ours) means the domain root.
fn read_base() -> String {
    let document = document();
    if !matches!(document.query_selector("base[href]"), Ok(Some(_))) {
        return String::new();
    }
    let Ok(Some(root)) = document.base_uri() else {
        return String::new();
    };
    web_sys::Url::new(&root)
        .map(|url| url.pathname().trim_end_matches('/').to_owned())
        .unwrap_or_default()
}

/// Prepares the address before the router reads it. Fixes `<base href>` to the absolute root
/// it points at now (a relative one would follow the address as the app changes it), and
/// drops a trailing slash or `index.html` (`/baimo/timeline/`, as a static server redirects
/// `/baimo/timeline` to its folder), so every page has one address. An article's old
/// address, its id whole (`/read/000_946407f189b5cffc.txt`), becomes its address now
/// (`/read/000_946407f189b5cffc`), query and fragment kept: links made before still work.
pub fn settle_address() {
    let document = document();
    if let Ok(Some(el)) = document.query_selector("base[href]") {
        if let Ok(Some(root)) = document.base_uri() {
            let _ = el.set_attribute("href", &root);
        }
    }
    let base = base();
    let location = window().location();
    let Ok(path) = location.pathname() else {
        return;
    };
    let Some(route) = path.strip_prefix(base) else {
        return;
    };
    let trimmed = route
        .strip_suffix("index.html")
        .unwrap_or(route)
        .trim_end_matches('/');
    let canonical = match trimmed.strip_prefix("/read/") {
        Some(address) if !address.contains('/') => article_path(&article_id(address)),
        _ if trimmed.is_empty() => "/".to_owned(),
        _ => trimmed.to_owned(),
    };
    if canonical != route {
        let search = location.search().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        if let Ok(history) = window().history() {
            let url = format!("{base}{canonical}{search}{hash}");
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// The link to a page of the site: `path` (from `/`, as in the routes) under the site's base.
/// Every `<A href>` inside the site goes through this (the router adds the base to `navigate`
/// but not to links).
pub fn site_href(path: &str) -> String {
    format!("{}{path}", base())
}

/// `pathname` (from `location`) as a route path, without the site's base.
pub fn route_path(pathname: &str) -> &str {
    match pathname.strip_prefix(base()) {
        Some("") => "/",
        Some(route) if route.starts_with('/') => route,
        _ => pathname,
    }
}

/// The current page's query parameters, re-read whenever the address changes.
pub fn use_query() -> Memo<Query> {
    let location = use_location();
    Memo::new(move |_| Query::parse(&location.search.get()))
}

/// Goes to `path` with `query` as a new history entry (so Back returns to the previous
/// filters). Does nothing when the address would not change.
pub fn use_set_query(path: &'static str) -> impl Fn(Query) + Clone + 'static {
    let navigate = use_navigate();
    let location = use_location();
    move |query: Query| {
        let qs = query.to_query_string();
        let target = if qs.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{qs}")
        };
        let current_qs = location.search.get_untracked();
        let current_qs = current_qs.strip_prefix('?').unwrap_or(&current_qs);
        if Query::parse(current_qs) == Query::parse(&qs)
            && route_path(&location.pathname.get_untracked()) == path
        {
            return;
        }
        // `navigate` puts the base in front of `path`.
        navigate(
            &target,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// The reader's address for an evidence span: the paragraph as the fragment, the span as `s`.
/// `<base>/read/<address>?s=<start>-<end>#p<paragraph>`; offsets are chars of the cleaned text.
pub fn evidence_href(article: &str, paragraph: usize, span: [usize; 2]) -> String {
    site_href(&baimo_core::explore::reader::evidence_path(
        article, paragraph, span,
    ))
}
