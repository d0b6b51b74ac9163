//! `/import`: the reader's own articles. Paste text or choose / drop files; each input
//! becomes a card ([`card`]) showing how it was read, a preview and the facts to confirm; a
//! folder, a `.zip` or many files are imported at once with a summary ([`bulk`]);
//! below, the articles already imported ([`mine`]): rename, remove, export, import a library.
//!
//! Everything imported is shown as text: no string from an imported file is ever given to
//! the page as HTML.

mod bulk;
mod card;
mod inputs;
mod mine;
mod sources;

use crate::app::set_page_title;
use crate::i18n::import::TEXTS;
use crate::i18n::texts;
use bulk::{Bulk, BulkView};
use card::{Card, CardView};
use inputs::{FileChooser, PasteForm};
use leptos::prelude::*;
use mine::MyArticles;

/// The cards on the page, newest last, and the next card's key.
#[derive(Clone, Copy)]
pub struct Cards {
    list: RwSignal<Vec<Card>>,
    next: StoredValue<u64>,
}

impl Cards {
    fn new() -> Cards {
        Cards {
            list: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        }
    }

    /// A key for a new card.
    pub fn key(&self) -> u64 {
        let key = self.next.get_value();
        self.next.set_value(key + 1);
        key
    }

    /// Adds a card, or replaces the one with the same key.
    pub fn put(&self, card: Card) {
        self.list
            .update(|list| match list.iter_mut().find(|c| c.key == card.key) {
                Some(slot) => *slot = card,
                None => list.push(card),
            });
    }

    /// Takes a card off the page.
    pub fn close(&self, key: u64) {
        self.list.update(|list| list.retain(|c| c.key != key));
    }
}

/// The import page.
#[component]
pub fn Import() -> impl IntoView {
    let t = texts(&TEXTS);
    Effect::new(move |_| set_page_title(Some(t().heading)));
    let cards = Cards::new();
    let bulk = Bulk::new();
    view! {
        <main class="import wide">
            <h1>{move || t().heading}</h1>
            <p class="intro">{move || t().intro}</p>
            <p class="limits">{move || (t().limits)()}</p>
            <div class="import-inputs">
                <FileChooser cards bulk />
                <PasteForm cards />
            </div>
            <BulkView bulk />
            <section class="drafts" aria-labelledby="drafts-heading" hidden=move || cards.list.with(Vec::is_empty)>
                <h2 id="drafts-heading">{move || t().drafts_heading}</h2>
                <ul class="cards" aria-label=move || t().drafts_label>
                    <For
                        each=move || cards.list.get()
                        key=|card| (card.key, card.is_reading())
                        children=move |card| view! { <CardView card cards /> }
                    />
                </ul>
            </section>
            <MyArticles />
        </main>
    }
}
