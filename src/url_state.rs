//! View state in the address bar: every filter and selection is a query parameter, so
//! back/forward, reload and a pasted link restore the exact view.

use baimo_core::explore::params::Query;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

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
        if Query::parse(current_qs) == Query::parse(&qs) && location.pathname.get_untracked() == path {
            return;
        }
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
/// `/read/<id>?s=<start>-<end>#p<paragraph>`; offsets are chars of the cleaned text.
pub fn evidence_href(article: &str, paragraph: usize, span: [usize; 2]) -> String {
    baimo_core::explore::reader::evidence_path(article, paragraph, span)
}
