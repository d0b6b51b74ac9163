//! The analysis, off the main thread: a Web Worker runs the same wasm as the page and owns the
//! segmenter, the per-article analysis (cached in IndexedDB), the corpus-wide step and the
//! search index; the page keeps the corpus and the [`Analysis`](baimo_core::analysis::Analysis)
//! the views read, and asks the worker for search results and the reader's words.
//!
//! - [`client`]: the page's side — starts the worker from `analysis-worker.js` (public/), hands
//!   it the wasm-bindgen glue and wasm the page itself loaded (the HTTP cache serves them again:
//!   one download), sends it the corpus and awaits its answers.
//! - [`host`]: the worker's side — the wasm export the worker script hands every message to.
//! - [`cache`]: the worker's IndexedDB cache of per-article results.
//! - [`discovered`]: the companies nobody registered, found in the corpus's text, and the
//!   registry and segmenter they make.
//! - [`protocol`]: the messages, in the binary form of [`baimo_core::wire`].

pub mod cache;
pub mod client;
pub mod discovered;
pub mod host;
pub mod protocol;

/// True inside a Web Worker (no `window`): the binary's `main` then does nothing, and the
/// worker script drives [`host`].
pub fn in_worker() -> bool {
    web_sys::window().is_none()
}
