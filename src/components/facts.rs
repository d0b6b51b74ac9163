//! How an article's facts are shown: its date (and whether it is inferred), its script, and
//! what an imported file's front matter gave: its address and its tags.

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

/// An article's address as a link, named by its host. Only an address that
/// [`baimo_core::ArticleMeta::web_address`] accepts (http or https) is ever given here; it opens
/// in a new tab that gets neither this page nor its address.
#[component]
pub fn SourceLink(href: String) -> impl IntoView {
    let t = texts(&COMMON);
    let host = href
        .split_once("://")
        .map_or(href.as_str(), |(_, rest)| rest)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .to_owned();
    view! {
        <a class="source-link" href=href target="_blank" rel="noopener noreferrer" title=move || t().source_link_title>
            {host}
        </a>
    }
}

/// An article's tags, each as a small label.
#[component]
pub fn Tags(tags: Vec<String>) -> impl IntoView {
    view! {
        <ul class="tags">
            {tags.into_iter().map(|tag| view! { <li class="tag">{tag}</li> }).collect_view()}
        </ul>
    }
}
