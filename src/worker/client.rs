//! The page's side of the analysis worker: [`start`] it at once, then [`analyse`] a corpus,
//! [`search`] and [`segment`] through it. Every answer is awaited on a oneshot channel; if the
//! worker fails (its script or wasm does not load, it panics) every waiting call and every
//! later one gets [`LoadError::Worker`], and the page keeps what it has.

use super::protocol::{decode, encode, Counts, FromWorker, ToWorker};
use crate::load_error::{js_reason, LoadError};
use crate::slices;
use baimo_core::analysis::Analysis;
use baimo_core::explore::search::{Match, Results, SearchQuery, Sort};
use baimo_core::wire::ArticleText;
use baimo_core::{Corpus, Token};
use futures_channel::oneshot;
use js_sys::{Array, Object, Reflect, Uint8Array};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The worker's script, beside index.html (public/analysis-worker.js).
const SCRIPT: &str = "analysis-worker.js";
/// trunk's links to the page's own wasm-bindgen glue and wasm, which the worker loads too.
const GLUE_LINK: &str = "link[rel=modulepreload]";
const WASM_LINK: &str = "link[rel=preload][type=\"application/wasm\"]";
/// The dictionary's preload link (index.html; trunk serve: `jieba.dict`).
const DICTIONARY_LINK: &str = "link[rel=preload][href*=jieba]";
/// Articles per message: each batch is encoded in a task of its own.
const BATCH: usize = 32;

type Answer<T> = oneshot::Sender<Result<T, LoadError>>;

/// What is waiting for an answer.
enum Waiting {
    Found(Answer<(SearchQuery, Results)>),
    Segmented(Answer<Vec<Vec<Token>>>),
}

#[derive(Default)]
struct Client {
    worker: Option<web_sys::Worker>,
    /// Why the worker is gone, once it is.
    failed: Option<LoadError>,
    next: u64,
    waiting: HashMap<u64, Waiting>,
    /// Analyses awaited, by generation.
    analyses: HashMap<u64, Answer<(Analysis, Counts)>>,
    /// The worker's message and error handlers, kept alive with it.
    handlers: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::default();
    /// True once the worker said its cache is full. Reference-counted, not arena-owned: an
    /// `RwSignal` made here would belong to whichever page first asked, and be disposed with
    /// it — every later read (after Back, say) panicked.
    static CACHE_FULL: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// True once the worker's cache of analysed articles is full (tracked): new articles are
/// still analysed, but analysed again on every visit.
pub fn cache_full() -> bool {
    CACHE_FULL.with(|s| s.get())
}

/// Starts the worker (once): it loads the page's wasm and starts building the segmenter.
pub fn start() {
    if CLIENT.with(|c| {
        let c = c.borrow();
        c.worker.is_some() || c.failed.is_some()
    }) {
        return;
    }
    if let Err(e) = spawn() {
        fail(e);
    }
}

fn spawn() -> Result<(), LoadError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(LoadError::NoWindow)?;
    let link = |selector: &str| {
        document
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|l| l.dyn_into::<web_sys::HtmlLinkElement>().ok())
            .map(|l| l.href())
    };
    let glue = link(GLUE_LINK)
        .ok_or_else(|| LoadError::Worker("the page names no wasm-bindgen glue".to_owned()))?;
    // trunk names the wasm after the glue: `<name>-<hash>.js`, `<name>-<hash>_bg.wasm`.
    let wasm =
        link(WASM_LINK).unwrap_or_else(|| format!("{}_bg.wasm", glue.trim_end_matches(".js")));
    let dictionary = link(DICTIONARY_LINK).unwrap_or_else(|| "jieba.dict".to_owned());
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let script = web_sys::Url::new_with_base(SCRIPT, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| SCRIPT.to_owned());
    let js_error = |e: JsValue| LoadError::Worker(js_reason(&e));

    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(&script, &options).map_err(js_error)?;
    let on_message = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        if let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() {
            receive(e.data());
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        let reason = e
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "the worker's script could not run".to_owned());
        fail(LoadError::Worker(reason));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker.set_onmessageerror(Some(on_error.as_ref().unchecked_ref()));

    // The worker script imports the glue and instantiates the wasm from these URLs.
    let boot = Object::new();
    let urls = Object::new();
    let _ = Reflect::set(&urls, &"glue".into(), &glue.into());
    let _ = Reflect::set(&urls, &"wasm".into(), &wasm.into());
    let _ = Reflect::set(&boot, &"boot".into(), &urls);
    worker.post_message(&boot).map_err(js_error)?;
    CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        c.worker = Some(worker);
        c.handlers = vec![on_message, on_error];
    });
    post(&ToWorker::Start {
        dictionary,
        version: fake_version(),
    })
}

/// The analyser's version the caches are keyed by: this build's, or (test hooks) the one in
/// the page's address.
pub fn version() -> String {
    fake_version().unwrap_or_else(|| baimo_core::wire::ANALYSER_VERSION.to_owned())
}

/// Test hooks only: `?analyser=<v>` in the page's address keys the cache as if this were
/// build `<v>` (the tests' way to see a new analyser invalidate it).
fn fake_version() -> Option<String> {
    if !cfg!(feature = "test-hooks") {
        return None;
    }
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("analyser")
}

/// Sends `message`, its buffer transferred.
fn post(message: &ToWorker) -> Result<(), LoadError> {
    let bytes = Uint8Array::from(encode(message).as_slice());
    CLIENT.with(|c| {
        let c = c.borrow();
        if let Some(e) = &c.failed {
            return Err(e.clone());
        }
        let worker = c.worker.as_ref().ok_or(LoadError::NotBuilt)?;
        worker
            .post_message_with_transfer(&bytes, &Array::of1(&bytes.buffer()))
            .map_err(|e| LoadError::Worker(js_reason(&e)))
    })
}

/// The worker is gone: every waiting call hears why, and so does every later one.
fn fail(e: LoadError) {
    web_sys::console::error_1(&format!("baimo: {e}").into());
    let (waiting, analyses, worker) = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        if c.failed.is_none() {
            c.failed = Some(e.clone());
        }
        (
            std::mem::take(&mut c.waiting),
            std::mem::take(&mut c.analyses),
            c.worker.take(),
        )
    });
    if let Some(worker) = worker {
        worker.terminate();
    }
    for w in waiting.into_values() {
        match w {
            Waiting::Found(tx) => drop(tx.send(Err(e.clone()))),
            Waiting::Segmented(tx) => drop(tx.send(Err(e.clone()))),
        }
    }
    for tx in analyses.into_values() {
        let _ = tx.send(Err(e.clone()));
    }
}

/// One message from the worker: a wire buffer, or the script's own `{failed}` when the wasm
/// could not be loaded.
fn receive(data: JsValue) {
    if !(data.is_instance_of::<Uint8Array>() || data.is_instance_of::<js_sys::ArrayBuffer>()) {
        let reason = Reflect::get(&data, &"failed".into())
            .ok()
            .and_then(|r| r.as_string())
            .unwrap_or_else(|| "an unexpected message".to_owned());
        return fail(LoadError::Worker(reason));
    }
    let message = match decode::<FromWorker>(&Uint8Array::new(&data).to_vec()) {
        Ok(m) => m,
        Err(e) => return fail(LoadError::Worker(e.to_string())),
    };
    match message {
        FromWorker::Mark(name) => slices::mark(&name),
        FromWorker::Analysed {
            generation,
            analysis,
        } => {
            if let Some(tx) = CLIENT.with(|c| c.borrow_mut().analyses.remove(&generation)) {
                let _ = tx.send(
                    analysis
                        .map(|(shipped, counts)| (shipped.0, counts))
                        .map_err(LoadError::from),
                );
            }
        }
        FromWorker::CacheFull => CACHE_FULL.with(|s| s.set(true)),
        FromWorker::Found { id, found } => {
            if let Some(Waiting::Found(tx)) = take(id) {
                let _ = tx.send(found.map_err(LoadError::from));
            }
        }
        FromWorker::Segmented { id, lines } => {
            if let Some(Waiting::Segmented(tx)) = take(id) {
                let lines = lines.map(|lines| {
                    lines
                        .into_iter()
                        .map(|l| l.into_iter().map(Token::from).collect())
                        .collect()
                });
                let _ = tx.send(lines.map_err(LoadError::from));
            }
        }
        FromWorker::Panicked(message) => fail(LoadError::Worker(message)),
    }
}

fn take(id: u64) -> Option<Waiting> {
    CLIENT.with(|c| c.borrow_mut().waiting.remove(&id))
}

/// Registers a request and sends it; its answer comes through `wrap`'s channel.
async fn ask<T>(
    wrap: impl FnOnce(Answer<T>) -> Waiting,
    message: impl FnOnce(u64) -> ToWorker,
) -> Result<T, LoadError> {
    let (tx, rx) = oneshot::channel();
    let id = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        c.next += 1;
        let id = c.next;
        c.waiting.insert(id, wrap(tx));
        id
    });
    if let Err(e) = post(&message(id)) {
        take(id);
        return Err(e);
    }
    rx.await.unwrap_or_else(|_| Err(gone()))
}

fn gone() -> LoadError {
    CLIENT
        .with(|c| c.borrow().failed.clone())
        .unwrap_or_else(|| LoadError::Worker("no answer".to_owned()))
}

/// Has the worker analyse `corpus` (sent a batch per task) and returns the analysis, with how
/// many articles it analysed and took from its cache. `generation` numbers the request: a
/// newer one makes the worker drop an older one.
pub async fn analyse(generation: u64, corpus: &Corpus) -> Result<(Analysis, Counts), LoadError> {
    start();
    let (tx, rx) = oneshot::channel();
    CLIENT.with(|c| c.borrow_mut().analyses.insert(generation, tx));
    send(generation, corpus, false).await?;
    rx.await.unwrap_or_else(|_| Err(gone()))
}

/// Has the worker index `corpus` for search, its analysis already known (the page's snapshot
/// of its last build, [`crate::snapshot`]): nothing is sent back.
pub async fn index(generation: u64, corpus: &Corpus) -> Result<(), LoadError> {
    start();
    send(generation, corpus, true).await
}

/// Sends `corpus` a batch per task.
async fn send(generation: u64, corpus: &Corpus, index_only: bool) -> Result<(), LoadError> {
    let mut batches = corpus.articles.chunks(BATCH).peekable();
    if batches.peek().is_none() {
        post(&ToWorker::Articles {
            generation,
            articles: Vec::new(),
            last: true,
            index_only,
        })?;
    }
    slices::run(|| {
        let Some(batch) = batches.next() else {
            return Ok::<bool, LoadError>(true);
        };
        post(&ToWorker::Articles {
            generation,
            articles: batch.iter().map(ArticleText::of).collect(),
            last: batches.peek().is_none(),
            index_only,
        })?;
        Ok(false)
    })
    .await
}

/// Tells the worker the reader's curation of the registry: the next analyses, searches and
/// cuts use the registry it makes (and cache their results under it).
pub fn curate(overlay: &baimo_core::curation::Overlay) -> Result<(), LoadError> {
    start();
    post(&ToWorker::Curation {
        overlay: overlay.to_value().to_string(),
    })
}

/// Searches the latest corpus sent to [`analyse`].
pub async fn search(
    q: String,
    how: Match,
    sort: Sort,
    only: Vec<String>,
) -> Result<(SearchQuery, Results), LoadError> {
    start();
    ask(Waiting::Found, move |id| ToWorker::Search {
        id,
        q,
        how,
        sort,
        only,
    })
    .await
}

/// Each of `paragraphs` cut into words, by the worker's segmenter.
pub async fn segment(paragraphs: Vec<String>) -> Result<Vec<Vec<Token>>, LoadError> {
    start();
    ask(Waiting::Segmented, move |id| ToWorker::Segment {
        id,
        paragraphs,
    })
    .await
}
