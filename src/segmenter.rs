//! The app's one word segmenter: jieba's dictionary fetched as its own file, then loaded a
//! slice at a time.
//!
//! The dictionary is not inside the wasm: the page preloads `jieba-<hash>.dict` (index.html;
//! `cargo xtask build` names it after its content, so hosts cache it for good) while the wasm
//! starts. The segmenter lives in the analysis worker ([`crate::worker`]), which the page tells
//! the dictionary's URL ([`set_dictionary_url`]); everything there that needs words awaits
//! [`load`], and the one build is shared (a [`Shared`] future). The page itself builds none
//! (only the bench's hooks do, when asked). Building adds the 349,045 words to jieba in slices
//! of [`slices::SLICE_MS`].

use crate::decompress::{decompress, Format};
use crate::load_error::LoadError;
use crate::slices;
use baimo_core::dictionary::Dictionary;
use baimo_core::registry::Registry;
use baimo_core::segment::DOMAIN_DICT;
use baimo_core::{Segmenter, SegmenterBuilder};
use futures_util::future::{FutureExt, LocalBoxFuture, Shared};
use js_sys::{Promise, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// The segmenter, or why it could not be built.
pub type Loaded = Result<Rc<Segmenter>, LoadError>;

thread_local! {
    // wasm is single-threaded: a thread-local is the whole app's one copy. The build runs
    // once, when first awaited; every later await gets its result.
    static BUILD: Shared<LocalBoxFuture<'static, Loaded>> =
        build().map(|built| built.map(Rc::new)).boxed_local().shared();
    /// Where the dictionary is, once told.
    static DICTIONARY_URL: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Tells [`load`] where the dictionary is (the page's preload link, sent to the worker).
pub fn set_dictionary_url(url: String) {
    DICTIONARY_URL.with(|u| *u.borrow_mut() = Some(url));
}

/// Words added to jieba between two looks at the clock.
const WORDS_PER_CHECK: usize = 2048;

/// Where the page's preload link says the dictionary is (trunk serve: `jieba.dict`).
pub const DICTIONARY_LINK: &str = "link[rel=preload][href*=jieba]";

/// Starts fetching and building the segmenter in the background; it is built once however
/// often this is called.
pub fn start() {
    spawn_local(async {
        let _ = load().await;
    });
}

/// The shared segmenter, once built (starting the build if nobody has).
pub async fn load() -> Loaded {
    BUILD.with(Shared::clone).await
}

/// The shared segmenter if it is built already (the bench's hooks ask).
#[cfg(feature = "test-hooks")]
pub fn loaded() -> Option<Loaded> {
    BUILD.with(|build| build.peek().cloned())
}

async fn build() -> Result<Segmenter, LoadError> {
    let bytes = fetch_dictionary().await?;
    slices::mark("baimo:dictionary-fetched");
    let dictionary = Dictionary::parse(bytes).map_err(LoadError::DictionaryDamaged)?;
    // Before the long part: without its registry the segmenter would find no company.
    let registry = Registry::try_bundled().map_err(LoadError::Registry)?;
    let mut builder = SegmenterBuilder::new(dictionary);
    slices::run(|| builder.step(WORDS_PER_CHECK))
        .await
        .map_err(LoadError::Segmenter)?;
    let built = builder
        .finish_with(DOMAIN_DICT, registry)
        .map_err(LoadError::Segmenter);
    slices::mark("baimo:segmenter-built");
    built
}

/// The dictionary file's bytes, un-gzipped by the browser's own `DecompressionStream`.
async fn fetch_dictionary() -> Result<Vec<u8>, LoadError> {
    let url = DICTIONARY_URL
        .with(|u| u.borrow().clone())
        .or_else(page_dictionary_url)
        .unwrap_or_else(|| "jieba.dict".to_owned());
    let response: web_sys::Response = JsFuture::from(fetch(&url))
        .await
        .map_err(|e| LoadError::unreachable(&url, &e))?
        .unchecked_into();
    if !response.ok() {
        return Err(LoadError::DictionaryStatus {
            url,
            status: response.status(),
        });
    }
    let unreadable = |e: JsValue| LoadError::unreadable(&url, &e);
    let body = response.array_buffer().map_err(unreadable)?;
    let bytes = Uint8Array::new(&JsFuture::from(body).await.map_err(unreadable)?);
    // A host that sends the file with `Content-Encoding: gzip` has had it un-gzipped already.
    if bytes.length() < 2 || bytes.get_index(0) != 0x1f || bytes.get_index(1) != 0x8b {
        return Ok(bytes.to_vec());
    }
    decompress(Format::Gzip, &bytes).await.map_err(unreadable)
}

/// The dictionary's URL from the page's preload link (`None` in the worker, which has no page).
pub fn page_dictionary_url() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector(DICTIONARY_LINK)
        .ok()??
        .dyn_into::<web_sys::HtmlLinkElement>()
        .ok()
        .map(|l| l.href())
}

#[wasm_bindgen]
extern "C" {
    /// The global `fetch`, in a page and in a worker alike.
    #[wasm_bindgen(js_name = fetch)]
    fn fetch(url: &str) -> Promise;
}
