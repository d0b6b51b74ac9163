//! `/search?q=…&sort=…&a=…`: the corpus searched, as keyword-in-context lines.
//!
//! Everything the page shows comes from the URL: the form and the sort control only
//! navigate, and the results are recomputed from the new query string. The search itself
//! (parsing, matching, sorting, counting, the downloads) is `baimo_core::explore::search`.

mod counts;
mod form;
mod lines;

use crate::app::set_page_title;
use crate::components::explorer_gate::ExplorerGate;
use crate::components::export_buttons::ExportButtons;
use crate::i18n::load::LOAD;
use crate::i18n::search::TEXTS;
use crate::i18n::texts;
use crate::load_error::LoadError;
use crate::url_state::use_query;
use crate::worker;
use baimo_core::explore::search::{self, Params, Results, SearchQuery};
use baimo_core::explore::Explorer;
use baimo_core::Script;
use counts::{CountsTable, QueryWords};
use form::{Examples, MatchControl, SearchForm, SortControl};
use leptos::prelude::*;
use leptos::task::spawn_local;
use lines::KwicLines;
use std::sync::Arc;

/// The search page.
#[component]
pub fn Search() -> impl IntoView {
    let t = texts(&TEXTS);
    Effect::new(move |_| set_page_title(Some(t().heading)));
    view! {
        <main class="search wide">
            <h1>{move || t().heading}</h1>
            <p class="search-intro">{move || t().intro}</p>
            <ExplorerGate let:explorer><SearchView explorer /></ExplorerGate>
        </main>
    }
}

/// What the URL's query found.
#[derive(Debug, Clone, PartialEq)]
enum Found {
    /// No query yet.
    Nothing,
    /// The worker has not answered the first query yet.
    Searching,
    /// The query couldn't be cut into words.
    Failed(LoadError),
    /// The parsed query and its results.
    Ready(Arc<(SearchQuery, Results)>),
}

/// A listed article's title and the `lang` of its text.
#[derive(Debug, Clone)]
struct ArticleLabel {
    id: String,
    title: String,
    lang: &'static str,
}

/// The titles and languages of the indexed articles, to label lines and counts.
#[derive(Debug, Clone, Default)]
struct Labels(Arc<Vec<ArticleLabel>>);

impl Labels {
    fn of(explorer: &Explorer) -> Labels {
        Labels(Arc::new(
            explorer
                .corpus
                .articles
                .iter()
                .map(|a| ArticleLabel {
                    id: a.meta.id.clone(),
                    title: a.meta.title.clone(),
                    lang: a.meta.script.lang_tag(),
                })
                .collect(),
        ))
    }

    /// Title and `lang` of an article (its id and simplified Chinese if unknown).
    fn get(&self, id: &str) -> (String, &'static str) {
        self.0
            .iter()
            .find(|a| a.id == id)
            .map_or((id.to_owned(), Script::Simplified.lang_tag()), |a| {
                (a.title.clone(), a.lang)
            })
    }
}

/// The form, the sort control and whatever the URL's query found.
#[component]
fn SearchView(explorer: Arc<Explorer>) -> impl IntoView {
    let query = use_query();
    let params = Memo::new(move |_| Params::from_query(&query.get()));
    let labels = Labels::of(&explorer);
    // The search runs again only when what it finds changes, not for another page. The
    // index lives in the analysis worker: each query is a request to it, and an answer to a
    // query the address has left since is dropped.
    let asked = Memo::new(move |_| Params {
        page: 0,
        top: 0,
        ..params.get()
    });
    let found = RwSignal::new(Found::Searching);
    Effect::new(move |_| {
        let p = asked.get();
        if p.q.trim().is_empty() {
            found.set(Found::Nothing);
            return;
        }
        spawn_local(async move {
            let answer =
                worker::client::search(p.q.clone(), p.how, p.sort, p.articles.clone()).await;
            if asked.try_get_untracked().as_ref() == Some(&p) {
                let _ = found.try_set(match answer {
                    Ok(data) => Found::Ready(Arc::new(data)),
                    Err(e) => Found::Failed(e),
                });
            }
        });
    });
    let t = texts(&TEXTS);
    let tl = texts(&LOAD);
    view! {
        <div class="search-controls">
            <SearchForm params />
            <MatchControl params />
            <SortControl params />
        </div>
        {move || match found.get() {
            Found::Nothing => view! { <Examples /> }.into_any(),
            Found::Searching => ().into_any(),
            Found::Failed(e) => {
                view! { <p class="error" role="alert">{t().segmenter_failed} {(tl().reason)(&e)}</p> }
                    .into_any()
            }
            Found::Ready(data) => {
                view! { <ResultsView data params labels=labels.clone() /> }.into_any()
            }
        }}
    }
}

/// The query's words, the counts, the downloads and the lines.
#[component]
fn ResultsView(
    data: Arc<(SearchQuery, Results)>,
    params: Memo<Params>,
    labels: Labels,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let (parsed, results) = &*data;
    let truncated = parsed
        .truncated
        .then(|| view! { <p class="search-note">{move || t().truncated}</p> });
    if parsed.is_empty() {
        return view! {
            {truncated}
            <p class="search-empty" role="status">{move || t().no_words}</p>
        }
        .into_any();
    }
    let words =
        view! { <QueryWords terms=results.terms.clone() per_term=results.per_term.clone() /> };
    if results.per_article.is_empty() {
        return view! {
            {truncated}
            {words}
            <p class="search-empty" role="status">{move || t().no_hits}</p>
        }
        .into_any();
    }
    let total = results.total;
    let csv = {
        let data = data.clone();
        Callback::new(move |_| search::table(&data.1))
    };
    let json = {
        let data = data.clone();
        Callback::new(move |_| search::to_json(&params.get_untracked(), &data.1))
    };
    view! {
        {truncated}
        {words}
        <p class="search-total" role="status">{move || (t().total)(total)}</p>
        <CountsTable per_article=results.per_article.clone() params />
        <ExportButtons view="search" csv json />
        <KwicLines hits=results.hits.clone() params labels />
    }
    .into_any()
}
