//! The page links above and below the list: previous, the page numbers near the current
//! one (with the first and last), next. Each is a real link to its permalink; a plain click
//! stays in the app and brings the top of the list into view.

use crate::i18n::texts;
use crate::i18n::timeline::TEXTS;
use crate::url_state::site_href;
use baimo_core::explore::timeline::paging::{page_links, Page};
use baimo_core::explore::timeline::Filter;
use leptos::prelude::*;

/// Pages on each side of the current one that get a link.
const AROUND: usize = 2;

/// The page links; nothing when the list fits on one page.
#[component]
pub fn Pager(
    page: Memo<Page>,
    filter: Memo<Filter>,
    /// Goes to a page.
    go_to_page: Callback<usize>,
    /// `top` or `bottom`: the two copies need their own ids.
    place: &'static str,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let href = move |n: usize| {
        let qs = filter.get().to_query_at(n).to_query_string();
        site_href(&format!("/timeline?{qs}"))
    };
    let link = move |n: usize, label: Signal<String>, class: &'static str| {
        view! {
            <a
                class=class
                href=move || href(n)
                on:click=move |ev| {
                    // Modified clicks (a new tab) keep the browser's meaning.
                    if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0) {
                        ev.prevent_default();
                        go_to_page.run(n);
                    }
                }
            >
                {move || label.get()}
            </a>
        }
    };
    move || {
        let p = page.get();
        (p.pages > 1).then(|| {
            let prev = (p.number > 1).then(|| {
                link(
                    p.number - 1,
                    Signal::derive(move || t().previous.to_owned()),
                    "prev",
                )
            });
            let next = (p.number < p.pages).then(|| {
                link(
                    p.number + 1,
                    Signal::derive(move || t().next.to_owned()),
                    "next",
                )
            });
            let numbers = page_links(p.number, p.pages, AROUND)
                .into_iter()
                .map(|l| match l {
                    Some(n) if n == p.number => view! {
                        <li>
                            <span
                                class="current"
                                aria-current="page"
                                title=move || (t().page_of)(n, p.pages)
                            >
                                {n}
                            </span>
                        </li>
                    }
                    .into_any(),
                    Some(n) => view! {
                        <li>
                            <a
                                href=move || href(n)
                                aria-label=move || (t().page_name)(n)
                                on:click=move |ev| {
                                    if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()
                                        || ev.button() != 0)
                                    {
                                        ev.prevent_default();
                                        go_to_page.run(n);
                                    }
                                }
                            >
                                {n}
                            </a>
                        </li>
                    }
                    .into_any(),
                    None => view! { <li class="gap" aria-hidden="true">"…"</li> }.into_any(),
                })
                .collect_view();
            let label =
                move || format!("{} · {}", t().pages_label, (t().page_of)(p.number, p.pages));
            let id = format!("timeline-pager-{place}");
            // One navigation landmark; the copy below the list is a group, so the page has no
            // two landmarks of one name.
            if place == "top" {
                view! {
                    <nav class="pager" id=id data-page=p.number data-pages=p.pages aria-label=label>
                        {prev}
                        <ol class="pages">{numbers}</ol>
                        {next}
                    </nav>
                }
                .into_any()
            } else {
                view! {
                    <div
                        class="pager"
                        role="group"
                        id=id
                        data-page=p.number
                        data-pages=p.pages
                        aria-label=label
                    >
                        {prev}
                        <ol class="pages">{numbers}</ol>
                        {next}
                    </div>
                }
                .into_any()
            }
        })
    }
}
