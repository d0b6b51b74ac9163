//! Segmenting an article without holding up its first paint: the text is on screen first,
//! then its paragraphs are cut in short slices ([`crate::slices`]) with the shared segmenter
//! ([`crate::segmenter`]), so scrolling and the toggles stay responsive meanwhile.

use crate::segmenter;
use crate::slices::{self, Slice};
use baimo_core::Token;
use leptos::prelude::{request_animation_frame, set_timeout};
use leptos::task::spawn_local;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

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
    let segmenter = match segmenter::load().await {
        Ok(s) => s,
        Err(e) => return Some(Err(e)),
    };
    let mut stats = Stats::default();
    let mut i = 0;
    while i < paragraphs.len() {
        let slice = Slice::start();
        loop {
            let tokens = segmenter.tokens(&paragraphs[i]);
            stats.add(&tokens);
            if !deliver(i, tokens) {
                return None;
            }
            i += 1;
            if i == paragraphs.len() || slice.over() {
                break;
            }
        }
        slices::yield_now().await;
    }
    Some(Ok(stats))
}
