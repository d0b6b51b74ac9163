//! How often the selected companies are named in the same sentence: a matrix whose non-zero
//! cells open the sentences behind them (the open cell is `pair=` in the URL).

use super::more::More;
use super::use_go;
use crate::components::company::company_name;
use crate::i18n::compare::TEXTS;
use crate::i18n::{texts, use_lang};
use crate::url_state::evidence_href;
use baimo_core::explore::compare::{Comparison, Selection};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// Id of the list of sentences the cells control.
const SENTENCES_ID: &str = "cooccurrence-sentences";

/// The matrix and, under it, the open cell's sentences.
#[component]
pub fn Cooccurrence(comparison: Arc<Comparison>, selection: Memo<Selection>) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let go = use_go();
    let ids = comparison.matrix.ids.clone();

    let header = {
        let ids = ids.clone();
        move || {
            ids.iter()
                .map(|id| view! { <th scope="col">{company_name(id, lang.get())}</th> })
                .collect_view()
        }
    };
    let rows = ids
        .iter()
        .enumerate()
        .map(|(i, row_id)| {
            let cells = ids
                .iter()
                .enumerate()
                .map(|(j, col_id)| {
                    let count = comparison.matrix.cells[i][j].as_ref().map(|c| c.count);
                    match count {
                        None => view! { <td class="diagonal"><span aria-hidden="true">"—"</span></td> }
                            .into_any(),
                        Some(0) => view! { <td class="zero">"0"</td> }.into_any(),
                        Some(n) => {
                            let (a, b) = (row_id.clone(), col_id.clone());
                            let go = go.clone();
                            let label = {
                                let (a, b) = (a.clone(), b.clone());
                                move || {
                                    (t().cell_label)(
                                        &company_name(&a, lang.get()),
                                        &company_name(&b, lang.get()),
                                        n,
                                    )
                                }
                            };
                            let open = {
                                let (a, b) = (a.clone(), b.clone());
                                move || selection.with(|s| s.is_open(&a, &b))
                            };
                            view! {
                                <td>
                                    <button
                                        type="button"
                                        class="cell"
                                        data-pair=format!("{a},{b}")
                                        aria-expanded=move || open().to_string()
                                        aria-controls=SENTENCES_ID
                                        aria-label=label
                                        on:click=move |_| go(selection.get_untracked().toggled_pair(&a, &b))
                                    >
                                        {n}
                                    </button>
                                </td>
                            }
                            .into_any()
                        }
                    }
                })
                .collect_view();
            let row_id = row_id.clone();
            view! {
                <tr>
                    <th scope="row">{move || company_name(&row_id, lang.get())}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();

    view! {
        <section class="cooccurrence-section" aria-labelledby="cooccurrence-heading">
            <h2 id="cooccurrence-heading">{move || t().matrix_heading}</h2>
            <p class="note">{move || t().matrix_intro}</p>
            <div class="table-scroll" role="region" tabindex="0" aria-label=move || t().matrix_scroll_label>
                <table class="cooccurrence">
                    <caption class="visually-hidden">{move || t().matrix_caption}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {header}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div id=SENTENCES_ID>
                <Sentences comparison selection />
            </div>
        </section>
    }
}

/// The sentences of the open cell, each with its article and a link to it in the reader.
#[component]
fn Sentences(comparison: Arc<Comparison>, selection: Memo<Selection>) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let go = use_go();
    // Only opening another cell redraws the list; "more" only adds to it.
    let open = Memo::new(move |_| selection.with(|s| s.pair.clone()));
    move || {
        let (a, b) = open.get()?;
        let cell = comparison.matrix.cell(&a, &b)?.clone();
        let go = go.clone();
        let pair = format!("{a},{b}");
        let heading = {
            let (a, b) = (a.clone(), b.clone());
            let n = cell.count;
            move || {
                (t().sentences_heading)(
                    &company_name(&a, lang.get()),
                    &company_name(&b, lang.get()),
                    n,
                )
            }
        };
        let total = cell.sentences.len();
        let shown = Memo::new(move |_| selection.with(|s| s.sentences));
        let sentences = Arc::new(cell.sentences.clone());
        let comparison = comparison.clone();
        let items = move || {
            sentences
                .iter()
                .take(shown.get())
                .map(|ev| {
                    let article = comparison.article(&ev.article).cloned().unwrap_or_default();
                    let href = evidence_href(&ev.article, ev.paragraph, ev.span);
                    view! {
                        <li>
                            <q lang=article.lang.clone()>{ev.text.clone()}</q>
                            <span class="source">
                                <span class="article-number">"#"{article.number}</span>" "
                                <A href=href attr:class="evidence">{move || t().evidence_link}</A>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        };
        let on_more = {
            let go = go.clone();
            Callback::new(move |_| go(selection.get_untracked().more_sentences()))
        };
        Some(view! {
            <div class="sentences" data-pair=pair>
                <div class="sentences-head">
                    <h3>{heading}</h3>
                    <button
                        type="button"
                        class="close"
                        on:click=move |_| go(selection.get_untracked().toggled_pair(&a, &b))
                    >
                        {move || t().close}
                    </button>
                </div>
                <ol id="cooccurrence-list">{items}</ol>
                <More total shown controls="cooccurrence-list".to_owned() on_more />
            </div>
        })
    }
}
