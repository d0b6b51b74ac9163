//! "Download CSV" and "Download JSON" for the view on screen.

use crate::download::{download, today};
use crate::i18n::common::COMMON;
use crate::i18n::texts;
use baimo_core::explore::table::{file_name, Table};
use leptos::prelude::*;

/// Two buttons that save the current view (with its filters) as `baimo-<view>-<date>.csv`
/// and `.json`. `csv` and `json` are asked for their content only when clicked.
#[component]
pub fn ExportButtons(
    /// The view's name in the file name: `timeline`, `compare`, `search`.
    view: &'static str,
    /// The view as a table.
    csv: Callback<(), Table>,
    /// The view as a JSON document.
    json: Callback<(), String>,
) -> impl IntoView {
    let t = texts(&COMMON);
    let error = RwSignal::new(None::<String>);
    let save = move |ext: &'static str| {
        let (mime, content) = match ext {
            "csv" => ("text/csv;charset=utf-8", csv.run(()).to_csv()),
            _ => ("application/json;charset=utf-8", json.run(())),
        };
        error.set(download(&file_name(view, &today(), ext), mime, &content).err());
    };
    view! {
        <div class="export" role="group" aria-label=move || t().export_label>
            <button type="button" class="export-csv" on:click=move |_| save("csv")>
                {move || t().export_csv}
            </button>
            <button type="button" class="export-json" on:click=move |_| save("json")>
                {move || t().export_json}
            </button>
            {move || {
                error
                    .get()
                    .map(|e| view! { <p class="error" role="alert">{t().export_failed} {e}</p> })
            }}
        </div>
    }
}
