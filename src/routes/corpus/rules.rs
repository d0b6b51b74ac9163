//! The cleaning rules, each with what it does and its total over the corpus.

use crate::i18n::corpus::TEXTS;
use crate::i18n::texts;
use leptos::prelude::*;

/// What each rule does, with its total over the corpus.
#[component]
pub fn RuleLegend(totals: Vec<(String, usize)>) -> impl IntoView {
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
