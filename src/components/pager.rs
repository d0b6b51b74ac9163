//! Links to the pages of a long list: first, previous, "page 3 of 12", next, last.

use crate::i18n::corpus::{Texts, TEXTS};
use crate::i18n::texts;
use leptos::prelude::*;
use leptos_router::components::A;

/// The pager of a list on page `page` of `pages` (nothing when there is one page). Each link
/// is the list's address on that page (`href`), so a page can be opened in a new tab, kept
/// as a link, or reached with back and forward.
#[component]
pub fn Pager(
    /// This page, from 1.
    page: usize,
    /// Pages in all.
    pages: usize,
    /// The address of a page.
    href: Callback<usize, String>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    (pages > 1).then(|| {
        let link = move |to: usize, label: fn(&Texts) -> &'static str, class: &'static str| {
            let label = move || label(t());
            if to == page || to == 0 || to > pages {
                view! { <span class=format!("pager-link {class}") aria-disabled="true">{label}</span> }
                    .into_any()
            } else {
                view! { <A href=href.run(to) attr:class=format!("pager-link {class}") attr:data-page=to>{label}</A> }
                    .into_any()
            }
        };
        view! {
            <nav class="pager" aria-label=move || t().pager_label>
                {link(1, |t| t.pager_first, "first")}
                {link(page - 1, |t| t.pager_previous, "previous")}
                <span class="pager-page" aria-current="page" data-page=page data-pages=pages>
                    {move || (t().pager_page)(page, pages)}
                </span>
                {link(page + 1, |t| t.pager_next, "next")}
                {link(pages, |t| t.pager_last, "last")}
            </nav>
        }
    })
}
