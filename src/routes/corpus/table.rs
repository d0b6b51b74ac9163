//! One page of the corpus table: sortable column headings (links), and a row per article or
//! per story, its copies folded under it.

use super::{corpus_href, Articles};
use crate::components::facts::{DateLabel, ScriptBadge};
use crate::i18n::common::COMMON;
use crate::i18n::corpus::{Texts, TEXTS};
use crate::i18n::import::TEXTS as IMPORT;
use crate::i18n::{texts, use_lang};
use crate::library::Library;
use crate::url_state::site_href;
use baimo_core::explore::corpus::Row;
use baimo_core::explore::listing::{Item, Listing, Params, SortKey};
use baimo_core::explore::reader::article_path;
use baimo_core::import::Source;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// The rows of one page.
#[component]
pub fn ArticleTable(
    corpus: Arc<Articles>,
    listing: Listing,
    params: Memo<Params>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let p = params.get_untracked();
    let library = expect_context::<Library>();
    // Rows again once the imported articles are read (their files and encodings): a page
    // opened from the snapshot of the last build shows the table before they are.
    let rows = move || {
        listing
            .rows
            .iter()
            .map(|listed| {
                let i = listed.item;
                let source = corpus.items[i]
                    .yours
                    .then(|| library.mine(&corpus.items[i].id))
                    .flatten()
                    .map(|m| m.stored.source.clone());
                let copies: Vec<Item> = listed
                    .copies
                    .iter()
                    .map(|&c| corpus.items[c].clone())
                    .collect();
                // A copy listed as its own row names its original.
                let original = match corpus.items[i].story {
                    Some((story, false)) => {
                        corpus.originals[story].map(|o| corpus.items[o].clone())
                    }
                    _ => None,
                };
                view! { <ArticleRow row=corpus.rows[i].clone() source copies original /> }
            })
            .collect_view()
    };
    let heading = |key: Option<SortKey>, label: fn(&Texts) -> &'static str| {
        let Some(key) = key else {
            return view! { <th scope="col">{move || label(t())}</th> }.into_any();
        };
        let sorted = p.sort == key;
        let aria = match (sorted, p.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        let mark = match (sorted, p.descending) {
            (false, _) => "↕",
            (true, false) => "▲",
            (true, true) => "▼",
        };
        let href = corpus_href(&p.sorted_by(key));
        view! {
            <th scope="col" aria-sort=aria data-sort=key.as_str()>
                <A href=href attr:class="sort-link" attr:title=move || (t().sort_by)(label(t()))>
                    {move || label(t())}
                    <span class="sort-mark" aria-hidden="true">{mark}</span>
                </A>
            </th>
        }
        .into_any()
    };
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=move || t().table_label>
            <table class="corpus-table">
                <thead>
                    <tr>
                        {heading(Some(SortKey::Title), |t| t.col_article)}
                        {heading(Some(SortKey::Publisher), |t| t.col_publisher)}
                        {heading(Some(SortKey::Date), |t| t.col_date)}
                        {heading(None, |t| t.col_script)}
                        {heading(Some(SortKey::Length), |t| t.col_length)}
                        {heading(None, |t| t.col_removed)}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// An article's row; an imported one is marked as the reader's, with its file, encoding and
/// damage; a story's original lists its copies, a copy shown alone names its original.
#[component]
fn ArticleRow(
    row: Row,
    source: Option<Source>,
    copies: Vec<Item>,
    original: Option<Item>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let ti = texts(&IMPORT);
    let yours = source.is_some();
    let source_view = source.map(|s| view! { <SourceFacts source=s /> });
    let c = texts(&COMMON);
    let lang = row.script.lang_tag();
    let href = site_href(&article_path(&row.id));
    let raw_href = site_href(&format!("{}?raw=1", article_path(&row.id)));
    let written = row.written.clone().map(|w| {
        let date = w.date.clone();
        view! {
            <div class="written" title=w.reason>
                {move || t().written} " " {move || (c().format_date)(&date)}
            </div>
        }
    });
    let (clean, raw, paragraphs) = (row.clean_chars, row.raw_chars, row.paragraphs);
    let removed: Vec<(String, usize)> = row.removed.into_iter().filter(|(_, n)| *n > 0).collect();
    let removed_view = if removed.is_empty() {
        view! { <span class="muted">{move || t().none_removed}</span> }.into_any()
    } else {
        view! {
            <ul class="removed">
                {removed
                    .into_iter()
                    .map(|(rule, n)| {
                        let key = rule.clone();
                        view! {
                            <li data-rule=rule>
                                <span title=move || (t().rule)(&key).1>{
                                    let key = key.clone();
                                    move || (t().rule)(&key).0
                                }</span>
                                " "
                                <span class="count">{n}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let story = original.map(|o| {
        let href = site_href(&article_path(&o.id));
        view! {
            <div class="repost-of muted">
                {move || t().repost_of} " " <A href=href attr:data-original=o.id.clone()>{o.title}</A>
            </div>
        }
    });
    let is_copy = story.is_some();
    let n_copies = copies.len();
    let date = row.date.clone();
    view! {
        <tr data-article=row.id.clone() data-date=date class:yours=yours class:repost=is_copy data-copies=n_copies>
            <th scope="row">
                <A href=href attr:lang=lang>{row.title}</A>
                <div class="article-id"><code>{row.id.clone()}</code></div>
                {story}
                {source_view}
                <A href=raw_href attr:class="raw-link">
                    {move || if yours { ti().toggle_raw } else { t().compare_raw }}
                </A>
                <StoryCopies copies />
            </th>
            <td lang=lang data-label=move || t().col_publisher>{row.publisher}{row.author.map(|a| view! { <div class="muted">{a}</div> })}</td>
            <td data-label=move || t().col_date><DateLabel date=row.date basis=row.date_basis />{written}</td>
            <td data-label=move || t().col_script><ScriptBadge script=row.script /></td>
            <td class="length" data-label=move || t().col_length>{move || (t().length)(clean, raw, paragraphs)}</td>
            <td data-label=move || t().col_removed>{removed_view}</td>
        </tr>
    }
}

/// A story's copies, folded under its original: "3 reposts", which opens to their links.
#[component]
pub fn StoryCopies(copies: Vec<Item>) -> impl IntoView {
    let t = texts(&TEXTS);
    let c = texts(&COMMON);
    (!copies.is_empty()).then(|| {
        let n = copies.len();
        let items = copies
            .into_iter()
            .map(|copy| {
                let href = site_href(&article_path(&copy.id));
                let date = copy.date.clone();
                let facts = (!copy.publisher.is_empty() || !date.is_empty()).then(|| {
                    let publisher = copy.publisher.clone();
                    view! {
                        <span class="muted">
                            {publisher} " " {move || (!date.is_empty()).then(|| (c().format_date)(&date))}
                        </span>
                    }
                });
                view! {
                    <li data-article=copy.id.clone()>
                        <A href=href>{copy.title}</A> " " {facts}
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="story-copies" data-count=n>
                <summary>{move || (t().reposts)(n)}</summary>
                <ul>{items}</ul>
            </details>
        }
    })
}

/// "Yours", and where an imported article came from: its file (or pasted), the encoding and
/// how it was settled, and how many bytes could not be decoded.
#[component]
fn SourceFacts(source: Source) -> impl IntoView {
    let ti = texts(&IMPORT);
    let lang = use_lang();
    let file = source.file_name.clone();
    let origin = move || match &file {
        Some(name) => (ti().source_file)(name),
        None => ti().source_pasted.to_owned(),
    };
    let encoding = source.encoding.zip(source.detection).map(|(e, d)| {
        view! { <li class="source-encoding" data-encoding=e.key()>{move || (ti().source_encoding)(e, d)}</li> }
    });
    let replaced = source.replaced;
    view! {
        <div class="source-facts" lang=move || lang.get().tag()>
            <span class="yours-badge" title=move || ti().yours_title>{move || ti().yours}</span>
            <ul>
                <li class="source-file">{origin}</li>
                {encoding}
                <li class="source-replaced" data-count=replaced>{move || (ti().source_replaced)(replaced)}</li>
            </ul>
        </div>
    }
}
