//! The ways in: a file chooser that is also a drop zone (files, folders, `.zip` archives), a
//! folder chooser, and a box to paste text into. A few files become cards to check one by
//! one; a folder, an archive or many files are imported at once ([`super::bulk`]).

use super::bulk::Bulk;
use super::card::{Card, Failure, Input, Stage};
use super::sources::{self, Given};
use super::Cards;
use crate::i18n::bulk::TEXTS as BULK;
use crate::i18n::import::TEXTS;
use crate::i18n::texts;
use crate::library::Library;
use baimo_core::import::decode::Choice;
use baimo_core::import::listing;
use baimo_core::import::{ImportError, MAX_FILE_BYTES};
use gloo::timers::future::TimeoutFuture;
use leptos::ev::{DragEvent, SubmitEvent};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use web_sys::HtmlInputElement;

/// Reads `files` one after another, each onto its own card.
fn read_files(files: Vec<web_sys::File>, cards: Cards) {
    // Every card shows at once, as "reading"; the work follows.
    let queued: Vec<(u64, web_sys::File)> = files
        .into_iter()
        .map(|file| {
            let key = cards.key();
            cards.put(Card {
                key,
                file: Some(file.name()),
                stage: Stage::Reading,
            });
            (key, file)
        })
        .collect();
    spawn_local(async move {
        for (key, file) in queued {
            let name = file.name();
            let stage = read_one(&name, file).await;
            cards.put(Card {
                key,
                file: Some(name),
                stage,
            });
            // Paint the card before the next file's work.
            TimeoutFuture::new(0).await;
        }
    });
}

/// One file: refused by its size before it is read, else its bytes decoded and cleaned.
async fn read_one(name: &str, file: web_sys::File) -> Stage {
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        return Stage::Failed(Failure::Refused(ImportError::TooLarge {
            bytes: size as usize,
            limit: MAX_FILE_BYTES,
        }));
    }
    let blob = gloo::file::File::from(file);
    let bytes = match gloo::file::futures::read_as_bytes(&blob).await {
        Ok(bytes) => bytes,
        Err(e) => return Stage::Failed(Failure::Unreadable(e.to_string())),
    };
    let input = Input::Bytes(Arc::new(bytes));
    let draft = input.read(name, Choice::Auto).map(Arc::new);
    Stage::Read { input, draft }
}

/// Up to this many loose files become cards, to be checked one by one; more are imported
/// at once with a summary.
const CARDS_UP_TO: usize = 10;

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// A file's path in the folder chosen (`folder/sub/a.md`), or its name.
fn path_of(file: &web_sys::File) -> String {
    js_sys::Reflect::get(file, &"webkitRelativePath".into())
        .ok()
        .and_then(|p| p.as_string())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| file.name())
}

/// Cards for a few loose files; everything else (folders, archives, many files) at once.
fn take(given: Vec<Given>, cards: Cards, bulk: Bulk, library: Library) {
    let loose = given.len() <= CARDS_UP_TO
        && given
            .iter()
            .all(|g| matches!(g, Given::File(path, _) if !listing::is_zip(path)));
    if loose {
        let files = given
            .into_iter()
            .filter_map(|g| match g {
                Given::File(_, file) => Some(file),
                Given::Folder(_) => None,
            })
            .collect();
        read_files(files, cards);
    } else {
        bulk.start(given, library);
    }
}

/// A file input (several files at once) inside a zone that also takes dropped files, folders
/// and archives; and a folder input.
#[component]
pub fn FileChooser(cards: Cards, bulk: Bulk) -> impl IntoView {
    let t = texts(&TEXTS);
    let b = texts(&BULK);
    let library = expect_context::<Library>();
    let over = RwSignal::new(false);
    let on_change = {
        let library = library.clone();
        move |ev: leptos::ev::Event| {
            let input: HtmlInputElement = event_target(&ev);
            let given = files_of(input.files())
                .into_iter()
                .map(|f| Given::File(path_of(&f), f))
                .collect();
            // Cleared, so choosing the same files again reads them again.
            input.set_value("");
            take(given, cards, bulk, library.clone());
        }
    };
    let on_folder = {
        let library = library.clone();
        move |ev: leptos::ev::Event| {
            let input: HtmlInputElement = event_target(&ev);
            let given = files_of(input.files())
                .into_iter()
                .map(|f| Given::File(path_of(&f), f))
                .collect();
            input.set_value("");
            bulk.start(given, library.clone());
        }
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        over.set(false);
        let Some(data) = ev.data_transfer() else {
            return;
        };
        let given = sources::dropped(&data).unwrap_or_else(|| {
            files_of(data.files())
                .into_iter()
                .map(|f| Given::File(f.name(), f))
                .collect()
        });
        take(given, cards, bulk, library.clone());
    };
    view! {
        <section class="import-files" aria-labelledby="files-heading">
            <h2 id="files-heading">{move || t().files_heading}</h2>
            <div
                id="drop-zone"
                class="drop-zone"
                class:over=move || over.get()
                on:dragover=move |ev: DragEvent| {
                    // Without this the browser would open a dropped file instead.
                    ev.prevent_default();
                    over.set(true);
                }
                on:dragleave=move |_| over.set(false)
                on:drop=on_drop
            >
                <label for="import-files">{move || t().files_label}</label>
                <input
                    id="import-files"
                    type="file"
                    multiple=true
                    aria-describedby="files-hint"
                    disabled=move || bulk.running()
                    on:change=on_change
                />
                <p id="files-hint" class="hint">{move || t().files_hint} " " {move || t().drop_zone}</p>
                <label for="import-folder" class="folder-label">{move || b().folder_label}</label>
                <input
                    id="import-folder"
                    type="file"
                    prop:webkitdirectory=true
                    aria-describedby="folder-hint"
                    disabled=move || bulk.running()
                    on:change=on_folder
                />
                <p id="folder-hint" class="hint">{move || b().folder_hint}</p>
            </div>
        </section>
    }
}

/// A text box; its text becomes a card when read.
#[component]
pub fn PasteForm(cards: Cards) -> impl IntoView {
    let t = texts(&TEXTS);
    let text = RwSignal::new(String::new());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let pasted: Arc<str> = Arc::from(text.get_untracked());
        let input = Input::Text(pasted);
        let draft = input.read("", Choice::Auto).map(Arc::new);
        cards.put(Card {
            key: cards.key(),
            file: None,
            stage: Stage::Read { input, draft },
        });
        text.set(String::new());
    };
    view! {
        <section class="import-paste" aria-labelledby="paste-heading">
            <h2 id="paste-heading">{move || t().paste_heading}</h2>
            <form on:submit=submit>
                <label for="paste-text">{move || t().paste_label}</label>
                <textarea
                    id="paste-text"
                    rows="6"
                    lang="zh"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <button type="submit" id="paste-read" class="button">{move || t().paste_button}</button>
            </form>
        </section>
    }
}
