//! `/`: what baimo is, the library in numbers, its newest stories, and the way into the
//! corpus table (which lists them all, a page at a time).

use crate::app::set_page_title;
use crate::components::explorer_gate::ExplorerGate;
use crate::components::facts::{DateLabel, ScriptBadge};
use crate::i18n::common::{COMMON, SITE_NAME, SITE_NAME_LATIN};
use crate::i18n::corpus::TEXTS as CORPUS;
use crate::i18n::import::TEXTS as IMPORT;
use crate::i18n::{texts, use_lang};
use crate::library::Library;
use crate::routes::corpus::StoryCopies;
use crate::routes::not_found::CorpusError;
use crate::url_state::site_href;
use baimo_core::explore::listing::{self, list, Item, Params, SortKey, Summary};
use baimo_core::explore::reader::article_path;
use baimo_core::explore::Explorer;
use baimo_core::ArticleMeta;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    set_page_title(None);
    let t = texts(&COMMON);
    let ti = texts(&IMPORT);
    let library = expect_context::<Library>();
    let list = match library.metas() {
        Ok(_) => view! { <ExplorerGate let:explorer><Newest explorer /></ExplorerGate> }.into_any(),
        Err(error) => view! { <CorpusError error=error.clone() /> }.into_any(),
    };
    view! {
        <main class="home">
            <h1>
                <span class="site-name"><span lang="zh-Hans">{SITE_NAME}</span> " "<span lang="en">{SITE_NAME_LATIN}</span></span>
                <span class="tagline">{move || t().tagline}</span>
            </h1>
            <p class="intro">{move || t().home_intro}</p>
            <section aria-labelledby="views-heading">
                <h2 id="views-heading">{move || t().views_heading}</h2>
                <ul class="view-list">
                    <li><A href=site_href("/timeline")>{move || t().nav_timeline}</A> {move || t().view_timeline}</li>
                    <li><A href=site_href("/compare?c=amazon,anthropic")>{move || t().nav_compare}</A> {move || t().view_compare}</li>
                    <li><A href=site_href("/search")>{move || t().nav_search}</A> {move || t().view_search}</li>
                    <li><A href=site_href("/corpus")>{move || t().nav_corpus}</A> {move || t().view_corpus}</li>
                    <li><A href=site_href("/import")>{move || t().nav_import}</A> {move || ti().view_import}</li>
                </ul>
            </section>
            {list}
        </main>
    }
}

/// Stories shown on the home page: the newest, a reposted story once.
const NEWEST: usize = 10;

/// The library in numbers, its [`NEWEST`] stories, and the link to all of them.
#[component]
fn Newest(explorer: Arc<Explorer>) -> impl IntoView {
    let t = texts(&COMMON);
    let tc = texts(&CORPUS);
    let items = listing::items(&explorer.corpus, &explorer.analysis);
    let summary = listing::summary(&items);
    let newest = Params {
        sort: SortKey::Date,
        descending: true,
        ..Params::default()
    };
    let shown = list(&items, &newest, NEWEST);
    let entries = shown
        .rows
        .iter()
        .map(|row| {
            let item = &items[row.item];
            let meta = explorer.corpus.articles[row.item].meta.clone();
            let copies = row.copies.iter().map(|&c| items[c].clone()).collect();
            view! { <ArticleEntry meta yours=item.yours copies /> }
        })
        .collect_view();
    let Summary {
        articles,
        stories,
        yours,
        first,
        last,
        ..
    } = summary;
    let span = (!first.is_empty() && first != last).then(|| {
        let c = texts(&COMMON);
        move || (tc().home_span)(&(c().format_date)(&first), &(c().format_date)(&last))
    });
    let all_href = site_href(&format!("/corpus?{}", newest.to_query().to_query_string()));
    view! {
        <section aria-labelledby="articles-heading">
            <h2 id="articles-heading">{move || if articles > NEWEST { tc().home_recent } else { t().articles_heading }}</h2>
            <p class="library-summary" data-articles=articles data-stories=stories>
                {move || (tc().home_summary)(articles, stories, yours)}{span}
            </p>
            <ol class="article-list">{entries}</ol>
            <p class="all-articles">
                <A href=all_href attr:id="all-articles">{move || (tc().home_all)(articles)}</A>
            </p>
        </section>
    }
}

/// One article in the list: its title (a link to the reader) and its facts; the reader's own
/// articles are marked as theirs; a reposted story lists its copies.
#[component]
fn ArticleEntry(
    meta: ArticleMeta,
    #[prop(optional)] yours: bool,
    #[prop(optional)] copies: Vec<Item>,
) -> impl IntoView {
    let ti = texts(&IMPORT);
    let href = site_href(&article_path(&meta.id));
    let badge = yours.then(|| {
        let lang = use_lang();
        view! {
            <span class="yours-badge" lang=move || lang.get().tag() title=move || ti().yours_title>
                {move || ti().yours}
            </span>
        }
    });
    let author = meta
        .author
        .clone()
        .map(|a| view! { <span class="fact">{a}</span> });
    view! {
        <li class="article-entry" class:yours=yours lang=meta.script.lang_tag() data-article=meta.id.clone()>
            {badge}
            <A href=href attr:class="article-title">{meta.title.clone()}</A>
            <p class="facts">
                {(!meta.publisher.is_empty()).then(|| view! { <span class="fact">{meta.publisher.clone()}</span> })}
                {author}
                <span class="fact">
                    <DateLabel date=meta.date.clone() basis=meta.date_basis.clone() />
                </span>
                <span class="fact">
                    <ScriptBadge script=meta.script />
                </span>
            </p>
            <StoryCopies copies />
        </li>
    }
}
