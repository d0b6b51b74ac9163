//! The reader's note on a reposted story: this article is the original and was reposted N
//! times, or is a copy of an original; either way, links to the story's other articles.

use crate::explorer::{use_explorer, Loaded};
use crate::i18n::corpus::TEXTS;
use crate::i18n::{texts, use_lang};
use crate::url_state::site_href;
use baimo_core::explore::reader::article_path;
use leptos::prelude::*;
use leptos_router::components::A;

/// Nothing for an article published once (or before the analysis is ready); else the note.
#[component]
pub fn StoryNote(
    /// The article's id.
    id: String,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let state = use_explorer();
    move || {
        let Loaded::Ready(explorer) = state.get() else {
            return None;
        };
        let story = explorer.analysis.story_of(&id)?;
        let link = |other: &str| {
            let article = explorer.corpus.get(other);
            let title = article.map_or_else(|| other.to_owned(), |a| a.meta.title.clone());
            let lang = article.map(|a| a.meta.script.lang_tag());
            view! { <li><A href=site_href(&article_path(other)) attr:lang=lang attr:data-article=other.to_owned()>{title}</A></li> }
        };
        let others: Vec<_> = story
            .copies
            .iter()
            .map(|c| c.article.as_str())
            .filter(|a| *a != id)
            .map(link)
            .collect();
        let is_original = story.original == id;
        let copies = story.copies.len();
        let lead = if is_original {
            view! { <p>{move || (t().story_original)(copies)}</p> }.into_any()
        } else {
            let original = view! { <ul class="story-original">{link(&story.original)}</ul> };
            view! {
                <p>{move || t().story_copy}</p>
                {original}
                {(!others.is_empty()).then(|| view! { <p>{move || t().story_others}</p> })}
            }
            .into_any()
        };
        Some(view! {
            <div class="story-note" lang=move || lang.get().tag() data-story=story.id.clone() class:original=is_original>
                {lead}
                <ul class="story-others">{others}</ul>
            </div>
        })
    }
}
