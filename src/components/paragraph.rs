//! One paragraph of an article: plain text until its tokens arrive, then one element per word.

use crate::i18n::common::COMMON;
use baimo_core::clean::GAP;
use baimo_core::normalize::to_simplified;
use baimo_core::segment::TokenKind;
use baimo_core::{Script, Token};
use leptos::prelude::*;
use std::sync::Arc;

/// The tokens of a paragraph once segmented (`None` until then).
pub type Tokens = Option<Arc<Vec<Token>>>;

/// A `<p id="p<N>">` of article text.
///
/// Before segmentation it is the plain text; after, words are `span.tok` and company names
/// `mark.company.tok[data-company]`, while punctuation and spaces stay bare text so that
/// boundary styling only touches words. Censoring gaps are always `mark.gap`. An evidence
/// span (from a timeline, comparison or search link) is wrapped in `mark.evidence`.
#[component]
pub fn TokenParagraph(
    /// Position of the paragraph in the article, from 0: its element id is `p<index>`.
    index: usize,
    /// The paragraph in its original script.
    text: Arc<str>,
    /// Its tokens, filled in by the segmentation task.
    tokens: RwSignal<Tokens>,
    /// The script the article is written in.
    original: Script,
    /// Show the paragraph in simplified script.
    #[prop(into)]
    simplified: Signal<bool>,
    /// `[start, end)` in chars of this paragraph to highlight as evidence.
    #[prop(into)]
    highlight: Signal<Option<[usize; 2]>>,
) -> impl IntoView {
    view! {
        <p id=format!("p{index}") class:has-evidence=move || highlight.get().is_some()>
            {move || {
                // Only traditional text needs converting; simplified text is shown as it is.
                let convert = simplified.get() && original == Script::Traditional;
                let shown = if convert || original == Script::Simplified {
                    Script::Simplified
                } else {
                    Script::Traditional
                };
                let pieces: Vec<(usize, AnyView)> = match tokens.get() {
                    Some(tokens) => {
                        let mut at = 0;
                        tokens
                            .iter()
                            .map(|t| {
                                let start = at;
                                at += t.text.chars().count();
                                (start, token_view(t, shown))
                            })
                            .collect()
                    }
                    None => {
                        let plain = if convert { to_simplified(&text) } else { text.to_string() };
                        plain_pieces(&plain, highlight.get())
                    }
                };
                with_evidence(pieces, highlight.get())
            }}
        </p>
    }
}

/// Wraps the pieces starting inside `span` in one `mark.evidence`.
fn with_evidence(pieces: Vec<(usize, AnyView)>, span: Option<[usize; 2]>) -> AnyView {
    let Some([start, end]) = span else {
        return pieces.into_iter().map(|(_, v)| v).collect_view().into_any();
    };
    let (mut before, mut inside, mut after) = (Vec::new(), Vec::new(), Vec::new());
    for (at, piece) in pieces {
        if at < start {
            before.push(piece);
        } else if at < end {
            inside.push(piece);
        } else {
            after.push(piece);
        }
    }
    let lang = crate::i18n::use_lang();
    let title = move || COMMON.get(lang.get()).evidence_label;
    view! {
        {before}
        <mark class="evidence" id="evidence" title=title>{inside}</mark>
        {after}
    }
    .into_any()
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

/// Unsegmented text in pieces with their char offsets: runs of text cut at censoring gaps
/// (shown as marks) and at the edges of `span`, so an evidence span can start anywhere.
fn plain_pieces(text: &str, span: Option<[usize; 2]>) -> Vec<(usize, AnyView)> {
    let cuts = span.map_or([usize::MAX; 2], |s| s);
    let mut pieces = Vec::new();
    let mut run = String::new();
    let mut run_start = 0;
    for (i, c) in text.chars().enumerate() {
        if (cuts.contains(&i) || c == GAP) && !run.is_empty() {
            pieces.push((run_start, std::mem::take(&mut run).into_any()));
        }
        if run.is_empty() {
            run_start = i;
        }
        if c == GAP {
            pieces.push((i, gap_view().into_any()));
        } else {
            run.push(c);
        }
    }
    if !run.is_empty() {
        pieces.push((run_start, run.into_any()));
    }
    pieces
}

/// The visible mark of a word censored in the source.
fn gap_view() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let title = move || COMMON.get(lang.get()).gap_title;
    view! { <mark class="gap" title=title>{GAP.to_string()}</mark> }
}

/// "亚马逊 · Amazon": the company's display name in the script shown, and in English.
fn company_title(id: &str, shown: Script) -> String {
    match crate::curation::registry().get(id) {
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
