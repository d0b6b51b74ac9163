//! baimo 百模: a browser explorer of the Chinese-language press on the AI race.
//!
//! Client-side rendered Leptos app: [`app`] holds the router and the shared state, [`routes`]
//! one component per page, [`components`] the pieces pages share, [`i18n`] every label in
//! Chinese and English, [`explorer`] the whole-corpus analysis the timeline, comparison and
//! search read. Analysis lives in
//! `baimo-core`; this crate only shows it.

mod app;
mod components;
mod download;
mod explorer;
mod i18n;
mod library;
mod routes;
mod segmentation;
mod theme;
mod url_state;

fn main() {
    // A panic then reaches the console with its message instead of "unreachable executed".
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
