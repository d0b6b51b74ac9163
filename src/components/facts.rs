//! How an article's facts are shown: its date (and whether it is inferred) and its script.

use crate::i18n::common::{Texts, COMMON};
use crate::i18n::texts;
use baimo_core::{DateBasis, DateKind, Script};
use leptos::prelude::*;

/// A date in the interface's form, with a visible 推定/inferred marker when the page does
/// not state it. The tooltip gives the evidence either way.
#[component]
pub fn DateLabel(date: String, basis: DateBasis) -> impl IntoView {
    let t = texts(&COMMON);
    let inferred = basis.kind == DateKind::Inferred;
    let tooltip = move || format!("{}{}", basis_prefix(t(), basis.kind), basis.reason);
    let shown = {
        let date = date.clone();
        move || (t().format_date)(&date)
    };
    view! {
        <span class="date" class:inferred=inferred title=tooltip>
            <time datetime=date>{shown}</time>
            {inferred.then(|| view! { <span class="inferred-marker">{move || t().date_inferred}</span> })}
        </span>
    }
}

/// "原文标注:" or "推定理由:", before a date's reason.
pub fn basis_prefix(t: &Texts, kind: DateKind) -> &'static str {
    match kind {
        DateKind::Stated => t.date_stated_prefix,
        DateKind::Inferred => t.date_inferred_prefix,
    }
}

/// 繁 or 简, with the full name as its expansion.
#[component]
pub fn ScriptBadge(script: Script) -> impl IntoView {
    let t = texts(&COMMON);
    let names = move || match script {
        Script::Traditional => (t().script_traditional_short, t().script_traditional),
        Script::Simplified => (t().script_simplified_short, t().script_simplified),
    };
    view! { <abbr class="script-badge" title=move || names().1>{move || names().0}</abbr> }
}
