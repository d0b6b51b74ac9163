//! The app's one word segmenter, and segmenting an article without holding up its first paint.
//!
//! Building a [`Segmenter`] loads jieba's dictionary (0.5–0.9 s in wasm), so it is built once,
//! on first use, and only after the reader has painted the plain text. Paragraphs are then cut
//! in short time slices with a yield to the browser between them, so scrolling and the toggles
//! stay responsive while a long article is segmented.

use baimo_core::{Segmenter, Token};
use gloo::timers::future::TimeoutFuture;
use leptos::prelude::{request_animation_frame, set_timeout};
use leptos::task::spawn_local;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

thread_local! {
    // wasm is single-threaded: a thread-local is the whole app's one copy.
    static SHARED: OnceCell<Result<Rc<Segmenter>, String>> = const { OnceCell::new() };
}

/// The shared segmenter, built on the first call. Expensive the first time: call it only
/// once the page has painted (see [`segment_after_paint`]).
pub fn shared() -> Result<Rc<Segmenter>, String> {
    SHARED.with(|cell| {
        cell.get_or_init(|| Segmenter::new().map(Rc::new).map_err(|e| e.to_string()))
            .clone()
    })
}

/// What segmenting one article found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Words, company names included.
    pub words: usize,
    /// Company names (registry matches).
    pub companies: usize,
}

impl Stats {
    fn add(&mut self, tokens: &[Token]) {
        self.words += tokens.iter().filter(|t| t.is_word()).count();
        self.companies += tokens.iter().filter(|t| t.company().is_some()).count();
    }
}

/// How long one slice of work may hold the main thread before yielding (ms): well under a
/// 60 Hz frame, so input is handled between slices.
const SLICE_MS: f64 = 10.0;

/// If no animation frame comes (a background tab), start anyway after this long.
const FRAME_FALLBACK: Duration = Duration::from_millis(300);

/// Segments `paragraphs` after the next paint, a few at a time.
///
/// `deliver(i, tokens)` receives each paragraph's tokens in order and returns `false` when
/// nobody wants them any more (the page was left), which stops the work. `finish` is called
/// once at the end, with the totals or with the reason the segmenter could not be built;
/// it is not called when the work was stopped.
pub fn segment_after_paint(
    paragraphs: Vec<Arc<str>>,
    deliver: impl FnMut(usize, Vec<Token>) -> bool + 'static,
    finish: impl FnOnce(Result<Stats, String>) + 'static,
) {
    let job = Rc::new(RefCell::new(Some((paragraphs, deliver, finish))));
    let started = Rc::new(Cell::new(false));
    let start = move || {
        if started.replace(true) {
            return;
        }
        if let Some((paragraphs, mut deliver, finish)) = job.borrow_mut().take() {
            spawn_local(async move {
                if let Some(result) = run(&paragraphs, &mut deliver).await {
                    finish(result);
                }
            });
        }
    };
    let on_frame = start.clone();
    // A timeout queued from inside an animation frame runs after that frame is painted.
    request_animation_frame(move || set_timeout(on_frame, Duration::ZERO));
    set_timeout(start, FRAME_FALLBACK);
}

/// The work itself; `None` when `deliver` asked to stop.
async fn run(
    paragraphs: &[Arc<str>],
    deliver: &mut impl FnMut(usize, Vec<Token>) -> bool,
) -> Option<Result<Stats, String>> {
    let segmenter = match shared() {
        Ok(s) => s,
        Err(e) => return Some(Err(e)),
    };
    // Building the segmenter may have taken most of a second: let the browser breathe.
    TimeoutFuture::new(0).await;
    let mut stats = Stats::default();
    let mut i = 0;
    while i < paragraphs.len() {
        let slice_start = now();
        loop {
            let tokens = segmenter.tokens(&paragraphs[i]);
            stats.add(&tokens);
            if !deliver(i, tokens) {
                return None;
            }
            i += 1;
            let slice_over = match (slice_start, now()) {
                (Some(a), Some(b)) => b - a > SLICE_MS,
                _ => true, // no clock: one paragraph per slice
            };
            if i == paragraphs.len() || slice_over {
                break;
            }
        }
        TimeoutFuture::new(0).await;
    }
    Some(Ok(stats))
}

/// Milliseconds since page load, where the browser has the clock.
fn now() -> Option<f64> {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
}
