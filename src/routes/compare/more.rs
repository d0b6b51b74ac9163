//! "5 of 40 · Show 5 more" under a list shown in part. The button stays the same element
//! while the list grows, so keyboard focus stays on it.

use crate::i18n::compare::TEXTS;
use crate::i18n::texts;
use baimo_core::explore::compare::shown::STEP;
use baimo_core::explore::compare::visible;
use leptos::prelude::*;

/// The count and the button for a list of `total` items of which `shown` are asked for;
/// nothing when the whole list fits at first. `controls` is the list's element id.
#[component]
pub fn More(
    total: usize,
    #[prop(into)] shown: Signal<usize>,
    controls: String,
    on_more: Callback<()>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let counts = move || visible(total, shown.get());
    (total > STEP).then(|| {
        view! {
            <p class="more-row">
                <span class="shown-of">{move || (t().shown_of)(counts().0, total)}</span>
                <button
                    type="button"
                    class="more"
                    aria-controls=controls
                    hidden=move || counts().1 == 0
                    on:click=move |_| on_more.run(())
                >
                    {move || (t().more)(counts().1)}
                </button>
            </p>
        }
    })
}
