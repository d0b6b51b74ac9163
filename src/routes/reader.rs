//! `/read/:address`: one article, readable at once, then segmented into words. The address is
//! the article's id without its file's `.txt` (`baimo_core::explore::reader::address`); an
//! old address, the id whole, opens the same article.

use crate::app::set_page_title;
use crate::components::facts::{basis_prefix, DateLabel, ScriptBadge, SourceLink, Tags};
use crate::components::paragraph::{TokenParagraph, Tokens};
use crate::components::story_note::StoryNote;
use crate::components::toggle::Toggle;
use crate::i18n::common::COMMON;
use crate::i18n::import::TEXTS as IMPORT;
use crate::i18n::load::LOAD;
use crate::i18n::{texts, use_lang};
use crate::library::Library;
use crate::load_error::LoadError;
use crate::routes::not_found::{ArticleNotFound, CorpusError};
use crate::segmentation::{self, Stats};
use crate::url_state::{site_href, use_query};
use baimo_core::explore::reader::{article_id, target, Target};
use baimo_core::import::library::is_imported;
use baimo_core::normalize::to_simplified;
use baimo_core::{Article, Script};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// The reader page: looks the article up by its address and shows it, or says it doesn't exist.
#[component]
pub fn Reader() -> impl IntoView {
    let library = expect_context::<Library>();
    let params = use_params_map();
    let address = Memo::new(move |_| params.read().get("address").unwrap_or_default());
    let t = texts(&COMMON);
    let ti = texts(&IMPORT);
    // Rebuilt when the address changes (a link from one article to another reuses this route).
    move || {
        let address = address.get();
        let id = article_id(&address);
        // An imported article's id is only known once storage has been read.
        if library.waiting_for(&id) {
            return view! {
                <main class="reader">
                    <h1 class="loading" role="status">{move || ti().loading_yours}</h1>
                </main>
            }
            .into_any();
        }
        match (library.get(&id), library.metas()) {
            (Some(article), _) => view! { <ArticleView article /> }.into_any(),
            (None, Ok(_)) => view! { <ArticleNotFound address /> }.into_any(),
            (None, Err(error)) => view! {
                <main class="not-found">
                    <h1>{move || t().corpus_failed_heading}</h1>
                    <CorpusError error=error.clone() />
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
    Failed(LoadError),
}

/// One article: header with its facts, the toolbar, and the text.
#[component]
fn ArticleView(article: Arc<Article>) -> impl IntoView {
    let meta = &article.meta;
    let original = meta.script;
    let paragraphs: Vec<Arc<str>> = article.paragraphs().map(Arc::from).collect();
    let raw: Arc<str> = Arc::from(article.raw.as_str());
    let slots: Vec<RwSignal<Tokens>> = paragraphs.iter().map(|_| RwSignal::new(None)).collect();
    let state = RwSignal::new(Segmentation::Pending);
    let boundaries = RwSignal::new(false);
    let simplified = RwSignal::new(false);
    let t = texts(&COMMON);
    let ti = texts(&IMPORT);
    let tl = texts(&LOAD);
    // An imported article: its "raw" text is the text as imported (decoded, markup removed).
    let yours = is_imported(&meta.id);

    // The part of the text a link points at (`?s=a-b#pN`), and the raw-scrape view (`?raw=1`):
    // both live in the address, so a shared link opens exactly this.
    let query = use_query();
    let location = use_location();
    let spans = article.paragraph_spans();
    let target = Memo::new(move |_| target(&query.get(), &location.hash.get(), &spans));
    let show_raw = Signal::derive(move || query.get().get("raw") == Some("1"));
    let raw_pressed = RwSignal::new(show_raw.get_untracked());
    Effect::new(move |_| raw_pressed.set(show_raw.get()));
    let navigate = use_navigate();
    Effect::new(move |prev: Option<bool>| {
        let want = raw_pressed.get();
        if prev.is_some() && want != show_raw.get_untracked() {
            let mut q = query.get_untracked();
            q = baimo_core::explore::params::Query::from_pairs(
                q.pairs().iter().filter(|(k, _)| k != "raw").cloned(),
            );
            if want {
                q.set("raw", "1");
            }
            // `navigate` adds the site's base: give it the route's own path.
            let path = crate::url_state::route_path(&location.pathname.get_untracked()).to_owned();
            let qs = q.to_query_string();
            let url = if qs.is_empty() {
                path
            } else {
                format!("{path}?{qs}")
            };
            navigate(
                &url,
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            );
        }
        want
    });
    scroll_to_target(target);

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
        Segmentation::Failed(e) => format!("{}{}", t().seg_failed, (tl().reason)(&e)),
    };

    let author = meta.author.clone().map(|a| {
        view! {
            <div>
                <dt>{move || t().author}</dt>
                <dd>{a}</dd>
            </div>
        }
    });
    let source = meta.web_address().map(|href| {
        let href = href.to_owned();
        view! {
            <div>
                <dt>{move || t().source_link}</dt>
                <dd><SourceLink href /></dd>
            </div>
        }
    });
    let tags = (!meta.tags.is_empty()).then(|| {
        let tags = meta.tags.clone();
        view! {
            <div class="tags-fact">
                <dt>{move || t().tags}</dt>
                <dd><Tags tags /></dd>
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
                {yours.then(|| view! { <YoursNote /> })}
                <StoryNote id=meta.id.clone() />
                <dl class="facts">
                    <div>
                        <dt>{move || t().publisher}</dt>
                        <dd>{meta.publisher.clone()}</dd>
                    </div>
                    {author}
                    {source}
                    <div>
                        <dt>{move || t().date}</dt>
                        <dd><DateLabel date=meta.date.clone() basis=meta.date_basis.clone() /></dd>
                    </div>
                    <div>
                        <dt>{move || t().script}</dt>
                        <dd><ScriptBadge script=original /></dd>
                    </div>
                    {tags}
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
                <Toggle
                    id="toggle-raw"
                    label=Signal::derive(move || if yours { ti().toggle_raw } else { t().toggle_raw })
                    title=Signal::derive(move || t().toggle_raw_title)
                    pressed=raw_pressed
                    disabled=false
                />
                <p
                    class="seg-status"
                    class:failed=move || matches!(state.get(), Segmentation::Failed(_))
                    role="status"
                >
                    {status}
                </p>
            </div>
            <div class="reading" class:with-raw=move || show_raw.get()>
                {move || {
                    show_raw
                        .get()
                        .then(|| {
                            view! {
                                <section class="raw-scrape" aria-labelledby="raw-heading">
                                    <h2 id="raw-heading">
                                        {move || if yours { ti().raw_heading } else { t().raw_heading }}
                                    </h2>
                                    <pre lang=original.lang_tag() tabindex="0">{raw.clone()}</pre>
                                </section>
                            }
                        })
                }}
                <div class="clean-text">
                    {move || show_raw.get().then(|| view! { <h2>{move || t().clean_heading}</h2> })}
                    <article
                        lang=lang
                        class:show-boundaries=move || boundaries.get()
                        data-segmented=move || if ready.get() { "true" } else { "false" }
                    >
                        {paragraphs
                            .into_iter()
                            .zip(slots)
                            .enumerate()
                            .map(|(index, (text, tokens))| {
                                let highlight = Signal::derive(move || {
                                    target.get().filter(|t| t.paragraph == index).map(|t| t.span)
                                });
                                view! { <TokenParagraph index text tokens original simplified highlight /> }
                            })
                            .collect_view()}
                    </article>
                </div>
            </div>
        </main>
    }
}

/// Says that the article is the reader's own, with a way to manage it.
#[component]
fn YoursNote() -> impl IntoView {
    let ti = texts(&IMPORT);
    let lang = use_lang();
    view! {
        <p class="yours-note" lang=move || lang.get().tag()>
            <span class="yours-badge">{move || ti().yours}</span>
            " "
            {move || ti().reader_note}
            " "
            <A href=site_href("/import")>{move || ti().manage}</A>
        </p>
    }
}

/// Scrolls the linked paragraph into view once it is on screen, and again whenever the link
/// changes (a second evidence link into the same article).
fn scroll_to_target(target: Memo<Option<Target>>) {
    Effect::new(move |_| {
        let Some(t) = target.get() else { return };
        request_animation_frame(move || {
            let Some(element) = document().get_element_by_id(&format!("p{}", t.paragraph)) else {
                return;
            };
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        });
    });
}
