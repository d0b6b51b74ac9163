//! The worker's side: public/analysis-worker.js hands every message from the page to
//! [`baimo_worker_receive`]. The worker owns the segmenter ([`crate::segmenter`]), analyses
//! the corpus a whole article at a time — taking what it can from [`super::cache`] — runs the
//! corpus-wide step, keeps the search index and answers searches and the reader's requests.

use super::cache;
use super::discovered::{self, World};
use super::protocol::{decode, encode, Counts, FromWorker, Said, ToWorker, WireToken};
use crate::explorer::Stage;
use crate::load_error::LoadError;
use crate::segmenter;
use baimo_core::analysis::aggregate;
use baimo_core::curation::Overlay;
use baimo_core::explore::search::{self, Index, Match, SearchQuery, Sort};
use baimo_core::wire::{self, ArticleAnalysis, ArticleText, Shipped, ANALYSER_VERSION};
use futures_channel::oneshot;
use gloo::timers::future::TimeoutFuture;
use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;

/// How long the worker analyses before it looks at its messages (a newer corpus may be there).
const TURN_MS: f64 = 100.0;

#[derive(Default)]
struct Host {
    /// The analyser version the cache is keyed by (this build's unless the test hooks said).
    version: Option<String>,
    /// The newest generation asked for, and its articles as they arrive.
    latest: u64,
    articles: Vec<ArticleText>,
    /// The search index of the newest corpus analysed, and who waits for one.
    index: Option<Rc<Index>>,
    index_waiters: Vec<oneshot::Sender<()>>,
    /// True once the page was told the cache is full.
    said_full: bool,
    /// The reader's curation (see [`curate`]), applied on top of the bundled and discovered
    /// companies ([`World`]).
    overlay: Overlay,
}

thread_local! {
    static HOST: RefCell<Host> = RefCell::default();
}

/// Called by `main` in the worker: a panic is told to the page (which says so) before the
/// wasm dies.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("baimo worker: {info}").into());
        send(&FromWorker::Panicked(info.to_string()));
    }));
}

/// One message from the page (the bytes of a [`ToWorker`]).
#[wasm_bindgen]
pub fn baimo_worker_receive(data: JsValue) {
    let message = match decode::<ToWorker>(&Uint8Array::new(&data).to_vec()) {
        Ok(m) => m,
        Err(e) => return send(&FromWorker::Panicked(e.to_string())),
    };
    match message {
        ToWorker::Start {
            dictionary,
            version,
        } => {
            // Test hooks: `?analyser=panic` makes the worker crash, as a bug would.
            if cfg!(feature = "test-hooks") && version.as_deref() == Some("panic") {
                panic!("the worker panicked on purpose (?analyser=panic)");
            }
            segmenter::set_dictionary_url(dictionary);
            HOST.with(|h| h.borrow_mut().version = version);
        }
        ToWorker::Articles {
            generation,
            articles,
            last,
            index_only,
        } => {
            let ready = HOST.with(|h| {
                let mut h = h.borrow_mut();
                if generation < h.latest {
                    return None;
                }
                if generation > h.latest {
                    h.latest = generation;
                    h.articles.clear();
                }
                h.articles.extend(articles);
                last.then(|| std::mem::take(&mut h.articles))
            });
            if let Some(articles) = ready {
                spawn_local(analyse(generation, articles, index_only));
            }
        }
        ToWorker::Search {
            id,
            q,
            how,
            sort,
            only,
        } => spawn_local(async move {
            let found = find(q, how, sort, only).await.map_err(|e| Said::from(&e));
            send(&FromWorker::Found { id, found });
        }),
        ToWorker::Curation { overlay } => curate(&overlay),
        ToWorker::Segment { id, paragraphs } => spawn_local(async move {
            let lines = match discovered::segmenter().await {
                Ok(s) => Ok(paragraphs
                    .iter()
                    .map(|p| s.tokens(p).into_iter().map(WireToken::from).collect())
                    .collect()),
                Err(e) => Err(Said::from(&e)),
            };
            send(&FromWorker::Segmented { id, lines });
        }),
    }
}

/// Posts `message` to the page, its buffer transferred.
pub fn send(message: &FromWorker) {
    let bytes = Uint8Array::from(encode(message).as_slice());
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message_with_transfer(&bytes, &Array::of1(&bytes.buffer()));
}

fn is_latest(generation: u64) -> bool {
    HOST.with(|h| h.borrow().latest == generation)
}

/// Analyses `articles` (generation `generation`) and sends the result, unless a newer
/// generation came meanwhile; with `index_only`, only indexes them for search.
async fn analyse(generation: u64, articles: Vec<ArticleText>, index_only: bool) {
    let analysis = match analysis(generation, articles, index_only).await {
        Ok(Some(done)) => Some(Ok(done)),
        Ok(None) => None,
        Err(e) => Some(Err(Said::from(&e))),
    };
    if let Some(analysis) = analysis {
        send(&FromWorker::Analysed {
            generation,
            analysis,
        });
    }
    // Searches and the reader need the segmenter even when the cache had every article.
    if is_latest(generation) {
        segmenter::start();
    }
}

/// The analysis of `articles`, or `None` when a newer generation made it moot or only the
/// index was asked for.
async fn analysis(
    generation: u64,
    articles: Vec<ArticleText>,
    index_only: bool,
) -> Result<Option<(Shipped, Counts)>, LoadError> {
    let (version, overlay) = HOST.with(|h| {
        let h = h.borrow();
        let version = h
            .version
            .clone()
            .unwrap_or_else(|| ANALYSER_VERSION.to_owned());
        // Curated results are cached apart: `<version>+<overlay>-<article>`.
        let fingerprint = h.overlay.fingerprint();
        match fingerprint.is_empty() {
            true => (version, h.overlay.clone()),
            false => (format!("{version}+{fingerprint}"), h.overlay.clone()),
        }
    });
    // The open world first: what the articles are read with depends on every article.
    let world = World::of(&articles, &overlay)?;
    let keys: Vec<String> = articles
        .iter()
        .map(|a| {
            let text_key = wire::key_with(&version, a);
            cache::key(&version, &format!("{text_key}-{}", world.key(a)))
        })
        .collect();
    let mut found = cache::get(&keys).await;
    let missing = found.iter().filter(|f| f.is_none()).count();
    let registry = world.registry;
    let mut fresh = Vec::new();
    if missing > 0 {
        let segmenter = world.segmenter().await?;
        let mut turn = crate::slices::now();
        for ((slot, text), key) in found.iter_mut().zip(&articles).zip(&keys) {
            if slot.is_some() {
                continue;
            }
            let done = ArticleAnalysis::of(&text.clone().into_article(), &segmenter);
            fresh.push((key.clone(), wire::encode(&done)));
            *slot = Some(done);
            // Kept as the work goes (written at the next turn), so a page left before the end
            // still finds most of it next time.
            if fresh.len() >= KEEP_BATCH {
                keep(std::mem::take(&mut fresh), version.clone());
            }
            // A look at the messages now and then: a newer corpus makes this one moot.
            if let (Some(then), Some(now)) = (turn, crate::slices::now()) {
                if now - then > TURN_MS {
                    TimeoutFuture::new(0).await;
                    if !is_latest(generation) {
                        return Ok(None);
                    }
                    turn = Some(now);
                }
            }
        }
    }
    if index_only {
        if is_latest(generation) {
            let indexed = found.into_iter().flatten().map(|a| a.indexed).collect();
            set_index(Index::from_articles(indexed));
            send(&FromWorker::Mark(INDEXED.to_owned()));
        }
        keep(fresh, version);
        return Ok(None);
    }
    send(&FromWorker::Mark(Stage::ArticlesAnalysed.mark().to_owned()));
    let counts = Counts {
        analysed: missing,
        cached: articles.len() - missing,
    };
    let (readings, indexed): (Vec<_>, Vec<_>) = found
        .into_iter()
        .flatten()
        .map(|a| (a.reading, a.indexed))
        .unzip();
    let analysis = aggregate(readings, registry);
    if !is_latest(generation) {
        return Ok(None);
    }
    set_index(Index::from_articles(indexed));
    // The rest kept once the answer is sent: the page need not wait for the disk.
    keep(fresh, version);
    Ok(Some((Shipped(analysis), counts)))
}

/// The mark left once a corpus whose analysis the page already had is indexed for search.
const INDEXED: &str = "baimo:indexed";

/// Fresh results written to the cache per batch of this many.
const KEEP_BATCH: usize = 64;

/// Writes `entries` to the cache in the background; a full store is told to the page once.
fn keep(entries: Vec<(String, Vec<u8>)>, version: String) {
    if entries.is_empty() {
        return;
    }
    spawn_local(async move {
        if let Err(crate::library::store::StorageError::Full) = cache::put(entries, &version).await
        {
            let first = HOST.with(|h| !std::mem::replace(&mut h.borrow_mut().said_full, true));
            if first {
                send(&FromWorker::CacheFull);
            }
        }
    });
}

fn set_index(index: Index) {
    let waiters = HOST.with(|h| {
        let mut h = h.borrow_mut();
        h.index = Some(Rc::new(index));
        std::mem::take(&mut h.index_waiters)
    });
    for w in waiters {
        let _ = w.send(());
    }
}

/// The newest search index, once there is one.
async fn index() -> Option<Rc<Index>> {
    loop {
        let (tx, rx) = oneshot::channel();
        if let Some(index) = HOST.with(|h| {
            let mut h = h.borrow_mut();
            if h.index.is_none() {
                h.index_waiters.push(tx);
            }
            h.index.clone()
        }) {
            return Some(index);
        }
        rx.await.ok()?;
    }
}

async fn find(
    q: String,
    how: Match,
    sort: Sort,
    mut only: Vec<String>,
) -> Result<(SearchQuery, search::Results), LoadError> {
    let index = index().await.ok_or(LoadError::NotBuilt)?;
    let segmenter = discovered::segmenter().await?;
    let parsed = SearchQuery::parse(&q, &segmenter);
    // Ids the index does not know are left out (a link to a removed article).
    only.retain(|a| index.articles().any(|(id, _, _)| id == a));
    let results = search::search(&index, &parsed, how, sort, &only);
    Ok((parsed, results))
}

/// Takes the reader's curation (an overlay's JSON; one that does not read is no curation,
/// said on the console: the page checked it before keeping it). The next analysis applies it.
fn curate(json: &str) {
    let overlay = serde_json::from_str::<serde_json::Value>(json)
        .map_err(|e| e.to_string())
        .and_then(|v| Overlay::from_value(v).map_err(|e| e.to_string()))
        .unwrap_or_else(|e| {
            web_sys::console::warn_1(&format!("baimo worker: curation unread: {e}").into());
            Overlay::default()
        });
    HOST.with(|h| h.borrow_mut().overlay = overlay);
}
