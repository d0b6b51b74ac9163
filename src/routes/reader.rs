//! `/read/:id`: one article, readable at once, then segmented into words.

use crate::app::set_page_title;
use crate::components::facts::{basis_prefix, DateLabel, ScriptBadge};
use crate::components::paragraph::{TokenParagraph, Tokens};
use crate::components::toggle::Toggle;
use crate::i18n::common::COMMON;
use crate::i18n::texts;
use crate::library::Library;
use crate::routes::not_found::{ArticleNotFound, CorpusError};
use crate::segmentation::{self, Stats};
use baimo_core::normalize::to_simplified;
use baimo_core::{Article, Script};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// The reader page: looks the id up and shows the article, or says it doesn't exist.
#[component]
pub fn Reader() -> impl IntoView {
    let library = expect_context::<Library>();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let t = texts(&COMMON);
    // Rebuilt when the id changes (a link from one article to another reuses this route).
    move || {
        let id = id.get();
        match (library.get(&id), library.metas()) {
            (Some(article), _) => view! { <ArticleView article /> }.into_any(),
            (None, Ok(_)) => view! { <ArticleNotFound id /> }.into_any(),
            (None, Err(message)) => view! {
                <main class="not-found">
                    <h1>{move || t().corpus_failed_heading}</h1>
                    <CorpusError message=message.to_owned() />
                </main>
            }
            .into_any(),
        }
    }
}

/// Where segmentation of the article stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segmentation {
    Pending,
    Ready(Stats),
    Failed(String),
}

/// One article: header with its facts, the toolbar, and the text.
#[component]
fn ArticleView(article: Arc<Article>) -> impl IntoView {
    let meta = &article.meta;
    let original = meta.script;
    let paragraphs: Vec<Arc<str>> = article.paragraphs().map(Arc::from).collect();
    let slots: Vec<RwSignal<Tokens>> = paragraphs.iter().map(|_| RwSignal::new(None)).collect();
    let state = RwSignal::new(Segmentation::Pending);
    let boundaries = RwSignal::new(false);
    let simplified = RwSignal::new(false);
    let t = texts(&COMMON);

    // The text is already on screen; words come after the first paint.
    segmentation::segment_after_paint(
        paragraphs.clone(),
        {
            let slots = slots.clone();
            // `try_set` fails once the page is gone, which stops the work.
            move |i, tokens| slots[i].try_set(Some(Arc::new(tokens))).is_none()
        },
        move |result| {
            let _ = state.try_set(match result {
                Ok(stats) => Segmentation::Ready(stats),
                Err(e) => Segmentation::Failed(e),
            });
        },
    );

    let converting = move || simplified.get() && original == Script::Traditional;
    let lang = move || {
        if converting() {
            "zh-Hans"
        } else {
            original.lang_tag()
        }
    };
    let title = meta.title.clone();
    let shown_title = Memo::new(move |_| {
        if converting() {
            to_simplified(&title)
        } else {
            title.clone()
        }
    });
    Effect::new(move |_| set_page_title(Some(&shown_title.get())));

    let ready = Signal::derive(move || matches!(state.get(), Segmentation::Ready(_)));
    let boundaries_label = Signal::derive(move || match state.get() {
        Segmentation::Pending => t().toggle_boundaries_pending,
        _ => t().toggle_boundaries,
    });
    let script_title = Signal::derive(move || match original {
        Script::Traditional => t().toggle_script_title,
        Script::Simplified => t().toggle_script_noop_title,
    });
    let status = move || match state.get() {
        Segmentation::Pending => t().seg_pending.to_owned(),
        Segmentation::Ready(s) => (t().seg_done)(s.words, s.companies),
        Segmentation::Failed(e) => format!("{}{e}", t().seg_failed),
    };

    let author = meta.author.clone().map(|a| {
        view! {
            <div>
                <dt>{move || t().author}</dt>
                <dd>{a}</dd>
            </div>
        }
    });
    let lede_note = (meta.title_basis == "lede")
        .then(|| view! { <p class="title-note">{move || t().title_from_lede}</p> });
    let basis = meta.date_basis.clone();
    let basis_text = move || format!("{}{}", basis_prefix(t(), basis.kind), basis.reason);

    view! {
        <main class="reader">
            <header class="article-header" lang=original.lang_tag()>
                <h1 lang=lang>{move || shown_title.get()}</h1>
                {lede_note}
                <dl class="facts">
                    <div>
                        <dt>{move || t().publisher}</dt>
                        <dd>{meta.publisher.clone()}</dd>
                    </div>
                    {author}
                    <div>
                        <dt>{move || t().date}</dt>
                        <dd><DateLabel date=meta.date.clone() basis=meta.date_basis.clone() /></dd>
                    </div>
                    <div>
                        <dt>{move || t().script}</dt>
                        <dd><ScriptBadge script=original /></dd>
                    </div>
                </dl>
                <details class="date-basis">
                    <summary>{move || t().date_basis}</summary>
                    <p>{basis_text}</p>
                </details>
            </header>
            <div class="toolbar" role="toolbar" aria-label=move || t().toolbar_label>
                <Toggle
                    id="toggle-boundaries"
                    label=boundaries_label
                    title=Signal::derive(move || t().toggle_boundaries_title)
                    pressed=boundaries
                    disabled=Signal::derive(move || !ready.get())
                />
                <Toggle
                    id="toggle-script"
                    label=Signal::derive(move || t().toggle_script)
                    title=script_title
                    pressed=simplified
                    disabled=original == Script::Simplified
                />
                <p
                    class="seg-status"
                    class:failed=move || matches!(state.get(), Segmentation::Failed(_))
                    role="status"
                >
                    {status}
                </p>
            </div>
            <article
                lang=lang
                class:show-boundaries=move || boundaries.get()
                data-segmented=move || if ready.get() { "true" } else { "false" }
            >
                {paragraphs
                    .into_iter()
                    .zip(slots)
                    .map(|(text, tokens)| view! { <TokenParagraph text tokens original simplified /> })
                    .collect_view()}
            </article>
        </main>
    }
}
