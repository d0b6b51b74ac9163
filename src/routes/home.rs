//! `/`: what baimo is, and the list of articles.

use crate::app::set_page_title;
use crate::components::facts::{DateLabel, ScriptBadge};
use crate::i18n::common::{COMMON, SITE_NAME, SITE_NAME_LATIN};
use crate::i18n::import::TEXTS as IMPORT;
use crate::i18n::{texts, use_lang};
use crate::library::Library;
use crate::routes::not_found::CorpusError;
use crate::url_state::site_href;
use baimo_core::explore::reader::article_path;
use baimo_core::ArticleMeta;
use leptos::prelude::*;
use leptos_router::components::A;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    set_page_title(None);
    let t = texts(&COMMON);
    let ti = texts(&IMPORT);
    let library = expect_context::<Library>();
    // The reader's own articles follow the bundled ones, once they are read from storage.
    let mine = {
        let library = library.clone();
        move || {
            library
                .imported()
                .into_iter()
                .map(|m| view! { <ArticleEntry meta=m.stored.meta.clone() yours=true /> })
                .collect_view()
        }
    };
    let list = match library.metas() {
        Ok(metas) => view! {
            <section aria-labelledby="articles-heading">
                <h2 id="articles-heading">{move || t().articles_heading}</h2>
                <ol class="article-list">
                    {metas
                        .iter()
                        .map(|meta| view! { <ArticleEntry meta=meta.clone() /> })
                        .collect_view()}
                    {mine}
                </ol>
            </section>
        }
        .into_any(),
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

/// One article in the list: its title (a link to the reader) and its facts; the reader's own
/// articles are marked as theirs.
#[component]
fn ArticleEntry(meta: ArticleMeta, #[prop(optional)] yours: bool) -> impl IntoView {
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
        </li>
    }
}
