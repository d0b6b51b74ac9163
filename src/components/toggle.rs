//! A toggle button (`aria-pressed`), as used in the reader's toolbar.

use leptos::prelude::*;

/// A button that flips `pressed`. Its label should name the effect of pressing it, and stay
/// the same whatever the state (`aria-pressed` tells the state).
#[component]
pub fn Toggle(
    /// The element id (tests and links address the control by it).
    id: &'static str,
    /// Visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// Longer explanation, shown as a tooltip.
    #[prop(into)]
    title: Signal<&'static str>,
    /// The state the button shows and flips.
    pressed: RwSignal<bool>,
    /// While true the button can't be pressed (e.g. its feature is not ready yet).
    #[prop(into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            id=id
            class="toggle"
            aria-pressed=move || if pressed.get() { "true" } else { "false" }
            title=move || title.get()
            disabled=move || disabled.get()
            on:click=move |_| pressed.update(|p| *p = !*p)
        >
            <span class="toggle-indicator" aria-hidden="true"></span>
            {move || label.get()}
        </button>
    }
}
