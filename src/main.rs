//! baimo 百模: a browser explorer of the Chinese-language press on the AI race.
//!
//! Client-side rendered Leptos app: [`app`] holds the router and the shared state, [`routes`]
//! one component per page, [`components`] the pieces pages share, [`i18n`] every label in
//! Chinese and English, [`explorer`] the whole-corpus analysis the timeline, comparison and
//! search read, made off the main thread by [`worker`]. Analysis lives in
//! `baimo-core`; this crate only shows it. [`offline`] keeps the site working without a
//! network (the service worker and the update prompt), [`url_state`] knows the path the site
//! is served under, and [`panic_panel`] turns a crash into a message instead of a dead page.

mod app;
#[cfg(feature = "test-hooks")]
mod bench_hooks;
mod components;
mod curation;
mod decompress;
mod download;
mod explorer;
mod i18n;
mod legacy_encodings;
mod library;
mod load_error;
mod offline;
mod panic_panel;
mod routes;
mod segmentation;
mod segmenter;
mod slices;
mod snapshot;
mod theme;
mod url_state;
mod worker;

fn main() {
    // The same wasm runs the analysis worker (src/worker/), which has no page: there the
    // worker script drives it, and a panic is told to the page.
    if worker::in_worker() {
        worker::host::install();
        return;
    }
    // A panic then reaches the console with its message, and the page shows what to do.
    panic_panel::install();
    // Imported files in GBK or Big5 are read by the browser's own decoder.
    legacy_encodings::install();
    // Before the router reads the address: the site's base path, one address per page.
    url_state::settle_address();
    // An article's page arrives with its text as plain HTML (xtask/src/publish.rs); the app
    // draws the same text in the same task, so nothing flickers.
    drop_prerendered();
    leptos::mount::mount_to_body(app::App);
    // Every view needs the analysis: start the worker (which fetches the dictionary and
    // builds the segmenter) from the start.
    worker::client::start();
    #[cfg(feature = "test-hooks")]
    panic_panel::panic_if_asked();
}

/// Removes the page's pre-rendered article, which the app is about to draw itself.
fn drop_prerendered() {
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerendered"))
    {
        main.remove();
    }
}
