//! The reader's edits, oldest first: what each did, whether it applies, and a button that
//! takes it back.

use super::{Page, Said};
use crate::download::{download, today};
use crate::i18n::companies::{curation_error, TEXTS};
use crate::i18n::{texts, use_lang};
use baimo_core::explore::table::file_name;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The list of edits.
#[component]
pub fn Edits() -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let page = expect_context::<Page>();
    let items = move || {
        let overlay = page.curation.overlay();
        if overlay.is_empty() {
            return view! { <p class="hint">{t().edits_none}</p> }.into_any();
        }
        let stale = page.curation.stale();
        let rows = overlay
            .edits
            .iter()
            .enumerate()
            .map(|(index, edit)| {
                let reason = stale
                    .iter()
                    .find(|s| s.index == index)
                    .map(|s| curation_error(&s.error, lang.get()));
                let undo = move |_| {
                    spawn_local(async move {
                        let said = match page.curation.undo(index).await {
                            Ok(()) => Said::Undone,
                            Err(e) => Said::NotKept(e),
                        };
                        let _ = page.said.try_set(Some(said));
                    });
                };
                let text = (t().describe)(edit);
                let is_stale = reason.is_some();
                view! {
                    <li class="curation-edit" class:stale=is_stale data-edit=index>
                        <span class="edit-text">{text.clone()}</span>
                        {reason.map(|r| view! { <span class="edit-stale">{t().stale} " " {r}</span> })}
                        <button
                            type="button"
                            class="button secondary undo"
                            aria-label=format!("{}: {text}", t().undo)
                            on:click=undo
                        >
                            {t().undo}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ol id="curation-edits">{rows}</ol> }.into_any()
    };
    // The edits as their own file, for `baimo --registry FILE` (docs/CURATION.md).
    let failed = RwSignal::new(None::<String>);
    let save = move |_| {
        let json = page.curation.overlay_untracked().to_json();
        let name = file_name("curation", &today(), "json");
        failed.set(download(&name, "application/json;charset=utf-8", &json).err());
    };
    view! {
        <section class="curation-edits" aria-labelledby="curation-edits-heading">
            <h2 id="curation-edits-heading">{move || t().edits_heading}</h2>
            {items}
            <Show when=move || !page.curation.overlay().is_empty()>
                <p class="hint">{move || t().download_hint}</p>
                <button type="button" id="download-curation" class="button secondary" on:click=save>
                    {move || t().download}
                </button>
            </Show>
            {move || failed.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}
