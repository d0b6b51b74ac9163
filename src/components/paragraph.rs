//! One paragraph of an article: plain text until its tokens arrive, then one element per word.

use crate::i18n::common::COMMON;
use baimo_core::clean::GAP;
use baimo_core::normalize::to_simplified;
use baimo_core::registry::Registry;
use baimo_core::segment::TokenKind;
use baimo_core::{Script, Token};
use leptos::prelude::*;
use std::sync::Arc;

/// The tokens of a paragraph once segmented (`None` until then).
pub type Tokens = Option<Arc<Vec<Token>>>;

/// A `<p>` of article text.
///
/// Before segmentation it is the plain text; after, words are `span.tok` and company names
/// `mark.company.tok[data-company]`, while punctuation and spaces stay bare text so that
/// boundary styling only touches words. Censoring gaps are always `mark.gap`.
#[component]
pub fn TokenParagraph(
    /// The paragraph in its original script.
    text: Arc<str>,
    /// Its tokens, filled in by the segmentation task.
    tokens: RwSignal<Tokens>,
    /// The script the article is written in.
    original: Script,
    /// Show the paragraph in simplified script.
    #[prop(into)]
    simplified: Signal<bool>,
) -> impl IntoView {
    view! {
        <p>
            {move || {
                // Only traditional text needs converting; simplified text is shown as it is.
                let convert = simplified.get() && original == Script::Traditional;
                let shown = if convert || original == Script::Simplified {
                    Script::Simplified
                } else {
                    Script::Traditional
                };
                match tokens.get() {
                    Some(tokens) => tokens.iter().map(|t| token_view(t, shown)).collect_view().into_any(),
                    None if convert => plain_view(&to_simplified(&text)).into_any(),
                    None => plain_view(&text).into_any(),
                }
            }}
        </p>
    }
}

/// One token, in the script being shown.
fn token_view(token: &Token, shown: Script) -> AnyView {
    let text = match shown {
        Script::Simplified => token.simplified.clone(),
        Script::Traditional => token.text.clone(),
    };
    match &token.kind {
        TokenKind::Word => view! { <span class="tok">{text}</span> }.into_any(),
        TokenKind::Company(id) => {
            let title = company_title(id, shown);
            view! { <mark class="company tok" data-company=id.clone() title=title>{text}</mark> }
                .into_any()
        }
        TokenKind::Gap => gap_view().into_any(),
        TokenKind::Punct | TokenKind::Space => text.into_any(),
    }
}

/// Unsegmented text, with its censoring gaps marked.
fn plain_view(text: &str) -> impl IntoView {
    let mut parts = Vec::new();
    for (i, piece) in text.split(GAP).enumerate() {
        if i > 0 {
            parts.push(gap_view().into_any());
        }
        if !piece.is_empty() {
            parts.push(piece.to_owned().into_any());
        }
    }
    parts
}

/// The visible mark of a word censored in the source.
fn gap_view() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let title = move || COMMON.get(lang.get()).gap_title;
    view! { <mark class="gap" title=title>{GAP.to_string()}</mark> }
}

/// "亚马逊 · Amazon": the company's display name in the script shown, and in English.
fn company_title(id: &str, shown: Script) -> String {
    match Registry::bundled().get(id) {
        Some(c) => {
            let zh = match shown {
                Script::Traditional => &c.hant,
                Script::Simplified => &c.hans,
            };
            if zh == &c.en {
                c.en.clone()
            } else {
                format!("{zh} · {}", c.en)
            }
        }
        None => id.to_owned(),
    }
}
