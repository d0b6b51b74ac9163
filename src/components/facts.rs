//! How an article's facts are shown: its date (and whether it is inferred) and its script.

use crate::i18n;
use baimo_core::{DateBasis, DateKind, Script};
use leptos::prelude::*;

/// A date in Chinese form, with a visible 推定 marker when the page does not state it.
/// The tooltip gives the evidence either way.
#[component]
pub fn DateLabel(date: String, basis: DateBasis) -> impl IntoView {
    let inferred = basis.kind == DateKind::Inferred;
    let tooltip = format!("{}{}", basis_prefix(basis.kind), basis.reason);
    view! {
        <span class="date" class:inferred=inferred title=tooltip>
            <time datetime=date.clone()>{i18n::date(&date)}</time>
            {inferred.then(|| view! { <span class="inferred-marker">{i18n::DATE_INFERRED}</span> })}
        </span>
    }
}

/// "原文标注:" or "推定理由:", before a date's reason.
pub fn basis_prefix(kind: DateKind) -> &'static str {
    match kind {
        DateKind::Stated => i18n::DATE_STATED_PREFIX,
        DateKind::Inferred => i18n::DATE_INFERRED_PREFIX,
    }
}

/// 繁 or 简, with the full name as its expansion.
#[component]
pub fn ScriptBadge(script: Script) -> impl IntoView {
    let (short, full) = match script {
        Script::Traditional => (i18n::SCRIPT_TRADITIONAL_SHORT, i18n::SCRIPT_TRADITIONAL),
        Script::Simplified => (i18n::SCRIPT_SIMPLIFIED_SHORT, i18n::SCRIPT_SIMPLIFIED),
    };
    view! { <abbr class="script-badge" title=full>{short}</abbr> }
}
