//! One company's column: mentions and share of voice, the chart, money figures and terms.

use super::chart::MentionsChart;
use crate::components::company::company_name;
use crate::i18n::compare::TEXTS;
use crate::i18n::{texts, use_lang};
use crate::url_state::evidence_href;
use baimo_core::analysis::MoneyFigure;
use baimo_core::explore::compare::{percent, Column, Comparison};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// A column, `[data-company-column=<id>]`.
#[component]
pub fn CompanyColumn(column: Column, comparison: Arc<Comparison>) -> impl IntoView {
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

    view! {
        <article class="company-column" data-company-column=id.clone() aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{name}</h2>
            <p class="total" data-total=total>{move || (t().mentions_total)(total)}</p>
            <div class="share">
                <span>{move || t().share}" "<strong class="share-value">{share}</strong></span>
                <span class="share-bar" aria-hidden="true"><span style:width=share_width></span></span>
            </div>
            <h3>{move || t().chart_heading}</h3>
            <MentionsChart column=column.clone() comparison=comparison.clone() name />
            <h3>{move || t().money_heading}</h3>
            <MoneyTable money=column.money.clone() name />
            <h3>{move || t().terms_heading}</h3>
            <Terms column />
        </article>
    }
}

/// The money figures about a company, each with a link to its sentence in the reader.
#[component]
fn MoneyTable(money: Vec<MoneyFigure>, name: Signal<String>) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    if money.is_empty() {
        return view! { <p class="empty">{move || t().no_money}</p> }.into_any();
    }
    let rows = money
        .into_iter()
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
        .collect_view();
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
                <tbody>{rows}</tbody>
            </table>
        </div>
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
