//! `/companies`: the registry the analysis uses — bundled, discovered and the reader's own
//! companies — and the reader's edits to it ([`crate::curation`]): rename, add an alias,
//! merge, hide, confirm a discovered company, add one by hand, take an edit back. Every view
//! is analysed again with the edited registry at once.

mod add;
mod editor;
mod edits;
mod list;

use crate::app::set_page_title;
use crate::curation::{use_curation, Curation, EditFailure, Status};
use crate::explorer::{use_explorer, Loaded};
use crate::i18n::companies::{curation_error, storage_reason, TEXTS};
use crate::i18n::{texts, use_lang};
use crate::library::store::StorageError;
use baimo_core::curation::{CurationError, Edit};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashMap;
use std::sync::Arc;

/// What the last action came to, said under the page's heading.
#[derive(Debug, Clone)]
pub(crate) enum Said {
    /// The edit is kept and applied.
    Saved(Edit),
    /// An edit was taken back.
    Undone,
    /// The edit does not apply (nothing changed).
    Refused(CurationError),
    /// The browser did not keep it (nothing changed).
    NotKept(StorageError),
}

/// The page's shared state: the last message, the company being edited, mention counts.
#[derive(Clone, Copy)]
pub(crate) struct Page {
    pub said: RwSignal<Option<Said>>,
    pub selected: RwSignal<Option<String>>,
    pub mentions: Memo<Option<Arc<HashMap<String, usize>>>>,
    pub curation: Curation,
}

impl Page {
    /// Makes `edit`; `on_done` runs once it is kept (to clear the form that made it). A
    /// refused edit leaves the form as it was, so nothing typed is lost.
    pub fn submit(self, edit: Edit, on_done: impl FnOnce() + 'static) {
        spawn_local(async move {
            let said = match self.curation.edit(edit.clone()).await {
                Ok(()) => {
                    on_done();
                    Said::Saved(edit)
                }
                Err(EditFailure::Refused(e)) => Said::Refused(e),
                Err(EditFailure::Storage(e)) => Said::NotKept(e),
            };
            let _ = self.said.try_set(Some(said));
        });
    }
}

/// The companies page.
#[component]
pub fn Companies() -> impl IntoView {
    let t = texts(&TEXTS);
    Effect::new(move |_| set_page_title(Some(t().heading)));
    let explorer = use_explorer();
    let mentions = Memo::new(move |_| match explorer.get() {
        Loaded::Ready(e) => Some(Arc::new(
            e.analysis
                .companies
                .iter()
                .map(|c| (c.id.clone(), c.mentions.total))
                .collect::<HashMap<_, _>>(),
        )),
        _ => None,
    });
    let page = Page {
        said: RwSignal::new(None),
        selected: RwSignal::new(None),
        mentions,
        curation: use_curation(),
    };
    provide_context(page);
    let status = move || match page.curation.status() {
        Status::Loading => Some(view! { <p class="loading" role="status">{t().loading}</p> }),
        Status::Unavailable(_) => {
            Some(view! { <p class="notice" role="status">{t().unavailable}</p> })
        }
        Status::Ready => None,
    };
    view! {
        <main class="companies wide">
            <h1>{move || t().heading}</h1>
            <p class="intro">{move || t().intro}</p>
            {status}
            <Message />
            <div class="companies-layout">
                <div class="companies-main">
                    <editor::Editor />
                    <list::CompanyList />
                </div>
                <aside class="companies-side">
                    <add::AddCompany />
                    <edits::Edits />
                </aside>
            </div>
        </main>
    }
}

/// The last action's outcome: a status line, or an alert for an edit refused.
#[component]
fn Message() -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let page = expect_context::<Page>();
    move || {
        page.said.get().map(|said| match said {
            Said::Saved(edit) => view! {
                <p id="curation-message" class="notice done" role="status">
                    {(t().saved)(&(t().describe)(&edit))}
                </p>
            }
            .into_any(),
            Said::Undone => view! {
                <p id="curation-message" class="notice done" role="status">{t().undone}</p>
            }
            .into_any(),
            Said::Refused(e) => view! {
                <p id="curation-message" class="error" role="alert">
                    {curation_error(&e, lang.get())}
                </p>
            }
            .into_any(),
            Said::NotKept(e) => view! {
                <p id="curation-message" class="error" role="alert">
                    {t().not_kept} " " {storage_reason(&e, lang.get())}
                </p>
            }
            .into_any(),
        })
    }
}
