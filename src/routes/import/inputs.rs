//! The ways in: a file chooser that is also a drop zone, and a box to paste text into.

use super::card::{Card, Failure, Input, Stage};
use super::Cards;
use crate::i18n::import::TEXTS;
use crate::i18n::texts;
use baimo_core::import::decode::Choice;
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

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// A file input (several files at once) inside a zone that also takes dropped files.
#[component]
pub fn FileChooser(cards: Cards) -> impl IntoView {
    let t = texts(&TEXTS);
    let over = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let files = files_of(input.files());
        // Cleared, so choosing the same file again reads it again.
        input.set_value("");
        read_files(files, cards);
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        over.set(false);
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        read_files(files, cards);
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
                <input id="import-files" type="file" multiple=true aria-describedby="files-hint" on:change=on_change />
                <p id="files-hint" class="hint">{move || t().files_hint} " " {move || t().drop_zone}</p>
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
