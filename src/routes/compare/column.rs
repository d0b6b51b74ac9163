//! One company's column: mentions and share of voice, the per-article chart (while the
//! articles fit), its articles ranked by mentions, money figures and terms. Lists that grow
//! with the library show a few items and more on request.

use super::chart::MentionsChart;
use super::more::More;
use super::use_go;
use crate::components::company::company_name;
use crate::i18n::compare::TEXTS;
use crate::i18n::{texts, use_lang};
use crate::url_state::{evidence_href, site_href};
use baimo_core::analysis::MoneyFigure;
use baimo_core::explore::compare::{percent, ChartKind, Column, Comparison, Selection};
use baimo_core::explore::reader::article_path;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// A column, `[data-company-column=<id>]`; `series` is its place in the selection (its
/// colour in the chart over time).
#[component]
pub fn CompanyColumn(
    column: Column,
    comparison: Arc<Comparison>,
    selection: Memo<Selection>,
    series: usize,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let id = column.id.clone();
    let name = Signal::derive({
        let id = id.clone();
        move || company_name(&id, lang.get())
    });
    let heading_id = format!("company-{id}");
    let share = percent(column.share);
    // Set through the CSSOM (`style:`), which the Content-Security-Policy allows; a `style`
    // attribute it would block.
    let share_width = format!("{:.2}%", (column.share * 100.0).clamp(0.0, 100.0));
    let total = column.total;

    let chart = (comparison.chart == ChartKind::Articles).then(|| {
        view! {
            <h3>{move || t().chart_heading}</h3>
            <MentionsChart column=column.clone() comparison=comparison.clone() name />
        }
    });

    view! {
        <article class="company-column" data-company-column=id.clone() data-series=series
            aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{name}</h2>
            <p class="total" data-total=total>{move || (t().mentions_total)(total)}</p>
            <div class="share">
                <span>{move || t().share}" "<strong class="share-value">{share}</strong></span>
                <span class="share-bar" aria-hidden="true"><span style:width=share_width></span></span>
            </div>
            {chart}
            <h3>{move || t().top_heading}</h3>
            <TopArticles column=column.clone() comparison=comparison.clone() selection name />
            <h3>{move || t().money_heading}</h3>
            <MoneyTable id=id.clone() money=column.money.clone() selection name />
            <h3>{move || t().terms_heading}</h3>
            <Terms column />
        </article>
    }
}

/// The articles naming the company, most mentions first, each linking to the reader:
/// `ol.top-articles`, the first few and more on request (`articles=` in the URL).
#[component]
fn TopArticles(
    column: Column,
    comparison: Arc<Comparison>,
    selection: Memo<Selection>,
    name: Signal<String>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let go = use_go();
    let total = column.ranked.len();
    if total == 0 {
        return view! { <p class="empty">{move || t().no_articles}</p> }.into_any();
    }
    let id = column.id.clone();
    let shown = Memo::new({
        let id = id.clone();
        move |_| selection.with(|s| s.articles.of(&id))
    });
    let list_id = format!("top-{id}");
    let ranked = Arc::new(column.ranked);
    let items = move || {
        ranked
            .iter()
            .take(shown.get())
            .map(|bar| {
                let label = comparison
                    .article(&bar.article)
                    .cloned()
                    .unwrap_or_default();
                let href = site_href(&article_path(&bar.article));
                let count = bar.count;
                let (lang, title) = (label.lang.clone(), label.title.clone());
                view! {
                    <li data-article=bar.article.clone() data-count=count>
                        <A href=href><span lang=lang>{title}</span></A>
                        " "
                        <span class="top-count">{move || (t().top_count)(count)}</span>
                        <span class="top-source" lang=label.lang>{source(&label.date, &label.publisher)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let on_more = Callback::new(move |_| go(selection.get_untracked().more_articles(&id)));
    view! {
        <ol class="top-articles" id=list_id.clone() aria-label=move || (t().top_label)(&name.get())>
            {items}
        </ol>
        <More total shown controls=list_id on_more />
    }
    .into_any()
}

/// "2024-04-29 · 界面新闻", leaving out what the article doesn't say.
fn source(date: &str, publisher: &str) -> String {
    [date, publisher]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The money figures about a company, each with a link to its sentence in the reader: the
/// first few and more on request (`money=` in the URL).
#[component]
fn MoneyTable(
    id: String,
    money: Vec<MoneyFigure>,
    selection: Memo<Selection>,
    name: Signal<String>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let go = use_go();
    if money.is_empty() {
        return view! { <p class="empty">{move || t().no_money}</p> }.into_any();
    }
    let total = money.len();
    let shown = Memo::new({
        let id = id.clone();
        move |_| selection.with(|s| s.money.of(&id))
    });
    let money = Arc::new(money);
    let rows = move || {
        money
            .iter()
            .take(shown.get())
            .map(|m| {
                let figure = Arc::new(m.figure.clone());
                let amount = {
                    let figure = figure.clone();
                    move || (t().format_amount)(&figure)
                };
                let kind = m.figure.kind;
                let parties = {
                    let (payer, payee) = (m.figure.payer.clone(), m.figure.payee.clone());
                    move || match (&payer, &payee) {
                        (None, None) => "—".to_owned(),
                        (a, b) => {
                            let side = |id: &Option<String>| {
                                id.as_deref().map_or(t().party_unknown.to_owned(), |id| {
                                    company_name(id, lang.get())
                                })
                            };
                            format!("{} → {}", side(a), side(b))
                        }
                    }
                };
                let ev = &m.evidence;
                let href = evidence_href(&ev.article, ev.paragraph, ev.span);
                view! {
                    <tr data-money=m.id.clone()>
                        <td>
                            <span class="amount">{amount}</span>
                            <span class="kind">{move || (t().kind)(kind)}</span>
                        </td>
                        <td>{parties}</td>
                        <td><A href=href attr:class="evidence">{move || t().evidence_link}</A></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let body_id = format!("money-{id}");
    let on_more = Callback::new(move |_| go(selection.get_untracked().more_money(&id)));
    view! {
        <div class="table-scroll" role="region" tabindex="0"
            aria-label=move || (t().money_table_label)(&name.get())>
            <table class="money">
                <thead>
                    <tr>
                        <th scope="col">{move || t().col_amount}</th>
                        <th scope="col">{move || t().col_parties}</th>
                        <th scope="col">{move || t().col_evidence}</th>
                    </tr>
                </thead>
                <tbody id=body_id.clone()>{rows}</tbody>
            </table>
        </div>
        <More total shown controls=body_id on_more />
    }
    .into_any()
}

/// The company's distinctive terms (simplified script) with their counts.
#[component]
fn Terms(column: Column) -> impl IntoView {
    let t = texts(&TEXTS);
    if column.terms.is_empty() {
        return view! { <p class="empty">{move || t().no_terms}</p> }.into_any();
    }
    let items = column
        .terms
        .into_iter()
        .map(|term| {
            let count = term.count;
            view! {
                <li>
                    <span class="term" lang="zh-Hans">{term.word}</span>
                    " "
                    <span class="term-count">{move || (t().term_count)(count)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="note">{move || t().terms_note}</p>
        <ul class="terms">{items}</ul>
    }
    .into_any()
}
