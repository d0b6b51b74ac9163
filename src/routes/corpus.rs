//! `/corpus`: the articles as a table — where each comes from, how its date is known, its
//! length and script, and what cleaning removed, rule by rule.

use crate::app::set_page_title;
use crate::components::facts::{DateLabel, ScriptBadge};
use crate::i18n::common::COMMON;
use crate::i18n::corpus::TEXTS;
use crate::i18n::import::TEXTS as IMPORT;
use crate::i18n::{texts, use_lang};
use crate::library::Library;
use crate::routes::not_found::CorpusError;
use crate::url_state::site_href;
use baimo_core::explore::corpus::{row, totals, Row};
use baimo_core::explore::reader::article_path;
use baimo_core::import::Source;
use leptos::prelude::*;
use leptos_router::components::A;

/// The corpus page.
#[component]
pub fn Corpus() -> impl IntoView {
    let t = texts(&TEXTS);
    Effect::new(move |_| set_page_title(Some(t().heading)));
    let library = expect_context::<Library>();
    let body = match library.metas() {
        Ok(metas) => {
            // Rows straight from the library's cleaned articles: no copy of their texts.
            let bundled: Vec<(Row, Option<Source>)> = metas
                .iter()
                .filter_map(|m| library.get(&m.id))
                .map(|a| (row(&a), None))
                .collect();
            // The reader's own articles follow, with where each came from; again when they change.
            let library = library.clone();
            (move || {
                let mut rows = bundled.clone();
                rows.extend(
                    library
                        .imported()
                        .iter()
                        .map(|m| (row(&m.article()), Some(m.stored.source.clone()))),
                );
                let all: Vec<Row> = rows.iter().map(|(r, _)| r.clone()).collect();
                let totals = totals(&all);
                view! {
                    <ArticleTable rows />
                    <RuleLegend totals />
                }
            })
            .into_any()
        }
        Err(error) => view! { <CorpusError error=error.clone() /> }.into_any(),
    };
    view! {
        <main class="corpus wide">
            <h1>{move || t().heading}</h1>
            <p class="intro">{move || t().intro}</p>
            {body}
        </main>
    }
}

/// One row per article (imported ones with their source).
#[component]
fn ArticleTable(rows: Vec<(Row, Option<Source>)>) -> impl IntoView {
    let t = texts(&TEXTS);
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=move || t().table_label>
            <table class="corpus-table">
                <thead>
                    <tr>
                        <th scope="col">{move || t().col_article}</th>
                        <th scope="col">{move || t().col_publisher}</th>
                        <th scope="col">{move || t().col_date}</th>
                        <th scope="col">{move || t().col_script}</th>
                        <th scope="col">{move || t().col_length}</th>
                        <th scope="col">{move || t().col_removed}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(row, source)| view! { <ArticleRow row source /> })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// An article's row; an imported one is marked as the reader's, with its file, encoding and
/// damage.
#[component]
fn ArticleRow(row: Row, source: Option<Source>) -> impl IntoView {
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
    view! {
        <tr data-article=row.id.clone() class:yours=yours>
            <th scope="row">
                <A href=href attr:lang=lang>{row.title}</A>
                <div class="article-id"><code>{row.id.clone()}</code></div>
                {source_view}
                <A href=raw_href attr:class="raw-link">
                    {move || if yours { ti().toggle_raw } else { t().compare_raw }}
                </A>
            </th>
            <td lang=lang data-label=move || t().col_publisher>{row.publisher}{row.author.map(|a| view! { <div class="muted">{a}</div> })}</td>
            <td data-label=move || t().col_date><DateLabel date=row.date basis=row.date_basis />{written}</td>
            <td data-label=move || t().col_script><ScriptBadge script=row.script /></td>
            <td class="length" data-label=move || t().col_length>{move || (t().length)(clean, raw, paragraphs)}</td>
            <td data-label=move || t().col_removed>{removed_view}</td>
        </tr>
    }
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

/// What each rule does, with its total over the corpus.
#[component]
fn RuleLegend(totals: Vec<(String, usize)>) -> impl IntoView {
    let t = texts(&TEXTS);
    view! {
        <section class="rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{move || t().rules_heading}</h2>
            <p>{move || t().rules_intro}</p>
            <table class="rules-table">
                <thead>
                    <tr>
                        <th scope="col">{move || t().col_rule}</th>
                        <th scope="col" class="num">{move || t().col_total}</th>
                    </tr>
                </thead>
                <tbody>
                    {totals
                        .into_iter()
                        .map(|(rule, n)| {
                            let (k1, k2) = (rule.clone(), rule.clone());
                            view! {
                                <tr data-rule=rule>
                                    <th scope="row">
                                        <div>{move || (t().rule)(&k1).0}</div>
                                        <div class="muted">{move || (t().rule)(&k2).1}</div>
                                    </th>
                                    <td class="num">{n}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
}
