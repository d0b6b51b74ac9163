//! "有新版本 · 重新加载 / A new version is ready · Reload": shown when a new deploy of the site
//! has been installed in the background (see [`crate::offline`]).

use crate::i18n::offline::OFFLINE;
use crate::i18n::texts;
use crate::offline::use_update;
use leptos::prelude::*;

/// A small bar at the bottom of the page, in a live region so screen readers announce it.
/// Nothing is shown until a new version is waiting.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let update = use_update();
    let t = texts(&OFFLINE);
    view! {
        <div class="update-region" role="status">
            <Show when=move || update.ready()>
                <p class="update-prompt">
                    <span>{move || t().update_ready}</span>
                    <button type="button" id="update-reload" on:click=move |_| update.apply()>
                        {move || t().update_reload}
                    </button>
                </p>
            </Show>
        </div>
    }
}
