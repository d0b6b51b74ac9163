//! The reader's imported articles: each with a link to the reader, rename in place and
//! remove (with undo); export the whole library as one file, and import such a file.

use super::card::focus_later;
use crate::components::facts::{SourceLink, Tags};
use crate::download::{download, today};
use crate::i18n::common::COMMON;
use crate::i18n::import::TEXTS;
use crate::i18n::texts;
use crate::library::store::StorageError;
use crate::library::{Library, MergeOutcome, Mine, RenameError, Status};
use crate::url_state::site_href;
use baimo_core::explore::reader::article_path;
use baimo_core::explore::table::file_name;
use baimo_core::import::library::{self, LibraryError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use std::sync::Arc;
use web_sys::HtmlInputElement;

/// Articles listed at first, and added by each "show more".
const LISTED: usize = 50;

/// What the last action on the list did.
#[derive(Clone)]
enum Notice {
    /// An article was removed; it can be put back.
    Removed(Arc<Mine>),
    /// A library file was merged.
    Merged(String, MergeOutcome),
    /// A library file was refused.
    Refused(String, LibraryError),
    /// The browser did not keep a change to the named article or file.
    Storage(String, StorageError),
    /// The browser could not read the named file.
    Unreadable(String, String),
}

/// The list, its notices, and export / import of the library file.
#[component]
pub fn MyArticles() -> impl IntoView {
    let t = texts(&TEXTS);
    let library = expect_context::<Library>();
    let notice = RwSignal::new(None::<Notice>);
    let status = {
        let library = library.clone();
        move || match library.status() {
            Status::Loading => {
                view! { <p class="loading" role="status">{move || t().mine_loading}</p> }.into_any()
            }
            Status::Unavailable(e) => view! {
                <p class="error" role="alert">{move || (t().mine_unavailable)(&e)}</p>
            }
            .into_any(),
            Status::Ready => {
                let n = library.imported().len();
                let unreadable = library.unreadable();
                view! {
                    <p class="mine-count" data-count=n>
                        {move || if n == 0 { t().mine_empty.to_owned() } else { (t().mine_count)(n) }}
                    </p>
                    {(unreadable > 0).then(|| view! { <p class="error" role="alert">{move || (t().unreadable)(unreadable)}</p> })}
                }
                .into_any()
            }
        }
    };
    // A bounded list: a library of a thousand would be a page of tens of thousands of nodes.
    let shown = RwSignal::new(LISTED);
    let list = {
        let library = library.clone();
        move || {
            let mut all = library.imported();
            all.truncate(shown.get());
            all
        }
    };
    let more = {
        let library = library.clone();
        move || {
            let total = library.imported().len();
            let n = shown.get();
            (total > n).then(|| {
                view! {
                    <p class="mine-more">
                        <button type="button" id="mine-more" class="button secondary" on:click=move |_| shown.update(|s| *s += LISTED)>
                            {move || (t().show_more)(LISTED.min(total - n), total - n)}
                        </button>
                    </p>
                }
            })
        }
    };
    view! {
        <section class="mine" aria-labelledby="mine-heading">
            <h2 id="mine-heading">{move || t().mine_heading}</h2>
            {status}
            <ul id="my-articles" class="mine-list">
                <For
                    each=list
                    key=|m| (m.id().to_owned(), m.stored.meta.title.clone())
                    children=move |m| view! { <Entry mine=m notice /> }
                />
            </ul>
            {more}
            <NoticeLine notice id="mine-notice" />
            <LibraryFile />
        </section>
    }
}

/// A notice: removed (with undo), merged, or what went wrong.
#[component]
fn NoticeLine(notice: RwSignal<Option<Notice>>, id: &'static str) -> impl IntoView {
    let t = texts(&TEXTS);
    let library = expect_context::<Library>();
    move || {
        let library = library.clone();
        notice.get().map(|n| match n {
            Notice::Removed(mine) => {
                let title = mine.stored.meta.title.clone();
                let undo = move |_| {
                    let library = library.clone();
                    let mine = mine.clone();
                    spawn_local(async move {
                        let title = mine.stored.meta.title.clone();
                        let result = library.restore(mine).await;
                        let _ = notice.try_set(result.err().map(|e| Notice::Storage(title, e)));
                    });
                };
                view! {
                    <p id=id class="notice" role="status">
                        {move || (t().removed)(&title)} " "
                        <button type="button" class="button secondary undo" on:click=undo>{move || t().undo}</button>
                    </p>
                }
                .into_any()
            }
            Notice::Merged(name, outcome) => view! {
                <p id=id class="notice" role="status" data-added=outcome.added data-already=outcome.already>
                    {move || (t().merged)(&name, outcome.added, outcome.already)}
                </p>
            }
            .into_any(),
            Notice::Refused(name, e) => view! {
                <p id=id class="error" role="alert">{move || (t().library_error)(&name, &e)}</p>
            }
            .into_any(),
            Notice::Storage(name, e) => view! {
                <p id=id class="error" role="alert">{move || (t().storage_error)(&name, &e)}</p>
            }
            .into_any(),
            Notice::Unreadable(name, why) => view! {
                <p id=id class="error" role="alert">{move || (t().read_failed)(&name, &why)}</p>
            }
            .into_any(),
        })
    }
}

/// One imported article: its title (a link to the reader), facts, rename and remove.
#[component]
fn Entry(mine: Arc<Mine>, notice: RwSignal<Option<Notice>>) -> impl IntoView {
    let t = texts(&TEXTS);
    let c = texts(&COMMON);
    let library = expect_context::<Library>();
    let meta = mine.stored.meta.clone();
    let source = mine.stored.source.clone();
    let imported = mine.stored.imported.clone();
    let id = meta.id.clone();
    let lang = meta.script.lang_tag();
    let editing = RwSignal::new(false);
    let draft_title = RwSignal::new(meta.title.clone());
    let error = RwSignal::new(None::<RenameError>);
    let busy = RwSignal::new(false);

    let save = {
        let (library, id) = (library.clone(), id.clone());
        move || {
            let (library, id) = (library.clone(), id.clone());
            busy.set(true);
            spawn_local(async move {
                match library.rename(&id, &draft_title.get_untracked()).await {
                    Ok(()) => {
                        let _ = editing.try_set(false);
                        let _ = error.try_set(None);
                        focus_later(format!(
                            "li.mine-entry[data-article=\"{id}\"] a.article-title"
                        ));
                    }
                    Err(e) => {
                        let _ = error.try_set(Some(e));
                    }
                }
                let _ = busy.try_set(false);
            });
        }
    };
    let remove = {
        let (library, id, title) = (library.clone(), id.clone(), meta.title.clone());
        move |_| {
            let (library, id, title) = (library.clone(), id.clone(), title.clone());
            busy.set(true);
            spawn_local(async move {
                match library.remove(&id).await {
                    Ok(Some(mine)) => {
                        notice.set(Some(Notice::Removed(mine)));
                        // The entry (and its focused button) is gone: offer the undo instead.
                        focus_later("#mine-notice .undo".to_owned());
                    }
                    Ok(None) => {}
                    Err(e) => notice.set(Some(Notice::Storage(title, e))),
                }
                let _ = busy.try_set(false);
            });
        }
    };
    let title_text = meta.title.clone();
    let error_text = move || {
        error.get().map(|e| {
            let name = title_text.clone();
            let message = move || match &e {
                RenameError::Edit(_) => t().rename_empty.to_owned(),
                RenameError::Storage(e) => (t().storage_error)(&name, e),
            };
            view! { <p class="error" role="alert">{message}</p> }
        })
    };
    let rename_id = format!("rename-{id}");
    let href = site_href(&article_path(&id));
    let file = source.file_name.clone();
    let date = meta.date.clone();
    let heading = {
        let (href, title) = (href.clone(), meta.title.clone());
        let save = save.clone();
        move || {
            if editing.get() {
                let save = save.clone();
                view! {
                    <form
                        class="rename-form"
                        on:submit=move |ev| {
                            ev.prevent_default();
                            save();
                        }
                    >
                        <label for=rename_id.clone() class="visually-hidden">{move || t().rename_label}</label>
                        <input
                            id=rename_id.clone()
                            class="rename-input"
                            type="text"
                            lang=lang
                            autocomplete="off"
                            prop:value=move || draft_title.get()
                            on:input=move |ev| draft_title.set(event_target_value(&ev))
                        />
                        <button type="submit" class="button save" disabled=move || busy.get()>{move || t().save}</button>
                        <button
                            type="button"
                            class="button secondary cancel"
                            on:click=move |_| {
                                editing.set(false);
                                error.set(None);
                            }
                        >
                            {move || t().cancel}
                        </button>
                    </form>
                }
                .into_any()
            } else {
                let title = title.clone();
                view! { <A href=href.clone() attr:class="article-title" attr:lang=lang>{title}</A> }
                    .into_any()
            }
        }
    };
    view! {
        <li class="mine-entry" data-article=id.clone()>
            {heading}
            <p class="facts">
                {(!meta.publisher.is_empty()).then(|| view! { <span class="fact" lang=lang>{meta.publisher.clone()}</span> })}
                {meta.author.clone().map(|a| view! { <span class="fact" lang=lang>{a}</span> })}
                {meta.web_address().map(|href| view! { <span class="fact"><SourceLink href=href.to_owned() /></span> })}
                <span class="fact">{move || (c().format_date)(&date)}</span>
                {file.map(|f| view! { <span class="fact">{move || (t().from_file)(&f)}</span> })}
                <span class="fact">{move || (t().imported_on)(&imported)}</span>
            </p>
            <div class="entry-actions" hidden=move || editing.get()>
                <button
                    type="button"
                    class="button secondary rename"
                    on:click=move |_| {
                        editing.set(true);
                        focus_later(format!("#rename-{}", mine.id()));
                    }
                >
                    {move || t().rename}
                </button>
                <button type="button" class="button secondary remove" disabled=move || busy.get() on:click=remove>
                    {move || t().remove}
                </button>
            </div>
            {(!meta.tags.is_empty()).then(|| view! { <Tags tags=meta.tags.clone() /> })}
            {error_text}
        </li>
    }
}

/// Export the library as one file, and import such a file (merging; nothing changes when the
/// file is refused).
#[component]
fn LibraryFile() -> impl IntoView {
    let t = texts(&TEXTS);
    let notice = RwSignal::new(None::<Notice>);
    let c = texts(&COMMON);
    let library = expect_context::<Library>();
    let curation = crate::curation::use_curation();
    let export_error = RwSignal::new(None::<String>);
    let export = {
        let library = library.clone();
        move |_| {
            // The reader's curation of the registry goes with the articles (library version 2).
            let json = library::to_json_with(&library.stored(), &curation.overlay_untracked());
            let name = file_name("library", &today(), "json");
            export_error.set(download(&name, "application/json;charset=utf-8", &json).err());
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        input.set_value("");
        let library = library.clone();
        spawn_local(async move {
            let name = file.name();
            let outcome = read_library(&library, curation, file).await;
            let _ = notice.try_set(Some(match outcome {
                Ok(merged) => Notice::Merged(name, merged),
                Err(Refusal::File(e)) => Notice::Refused(name, e),
                Err(Refusal::Storage(e)) => Notice::Storage(name, e),
                Err(Refusal::Unreadable(why)) => Notice::Unreadable(name, why),
            }));
        });
    };
    view! {
        <div class="library-file">
            <h3>{move || t().library_file_heading}</h3>
            <p class="hint">{move || t().export_hint}</p>
            <div class="export" role="group" aria-label=move || c().export_label>
                <button type="button" id="export-library" class="button" on:click=export>
                    {move || t().export_button}
                </button>
            </div>
            {move || export_error.get().map(|e| view! { <p class="error" role="alert">{c().export_failed} {e}</p> })}
            <label for="import-library" class="library-label">{move || t().library_file_label}</label>
            <input id="import-library" type="file" accept=".json,application/json" on:change=import />
            <NoticeLine notice id="library-notice" />
        </div>
    }
}

enum Refusal {
    File(LibraryError),
    Storage(StorageError),
    Unreadable(String),
}

async fn read_library(
    library: &Library,
    curation: crate::curation::Curation,
    file: web_sys::File,
) -> Result<MergeOutcome, Refusal> {
    let size = file.size();
    if size > library::MAX_FILE_BYTES as f64 {
        return Err(Refusal::File(LibraryError::TooLarge {
            bytes: size as usize,
            limit: library::MAX_FILE_BYTES,
        }));
    }
    let blob = gloo::file::File::from(file);
    let bytes = gloo::file::futures::read_as_bytes(&blob)
        .await
        .map_err(|e| Refusal::Unreadable(e.to_string()))?;
    let read = library::parse_library_bytes(&bytes).map_err(Refusal::File)?;
    let merged = library
        .merge(read.articles)
        .await
        .map_err(Refusal::Storage)?;
    // The file's curation joins the reader's (edits it already has are not repeated).
    curation
        .merge(read.curation)
        .await
        .map_err(Refusal::Storage)?;
    Ok(merged)
}
