//! Segmenting an article without holding up its first paint: the text is on screen first,
//! then the analysis worker cuts its paragraphs ([`crate::worker::client::segment`]) and they
//! are drawn in short slices ([`crate::slices`]), so scrolling and the toggles stay
//! responsive meanwhile.

use crate::load_error::LoadError;
use crate::slices;
use crate::worker;
use baimo_core::Token;
use leptos::task::spawn_local;
use std::sync::Arc;

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

/// Segments `paragraphs` after the next paint ([`slices::next_paint`]), a few at a time.
///
/// `deliver(i, tokens)` receives each paragraph's tokens in order and returns `false` when
/// nobody wants them any more (the page was left), which stops the work. `finish` is called
/// once at the end, with the totals or with the reason the segmenter could not be built;
/// it is not called when the work was stopped.
pub fn segment_after_paint(
    paragraphs: Vec<Arc<str>>,
    deliver: impl FnMut(usize, Vec<Token>) -> bool + 'static,
    finish: impl FnOnce(Result<Stats, LoadError>) + 'static,
) {
    spawn_local(async move {
        slices::next_paint().await;
        if let Some(result) = segment(&paragraphs, deliver).await {
            finish(result);
        }
    });
}

/// `deliver` said nobody wants the tokens any more.
struct Stopped;

/// The work itself; `None` when `deliver` asked to stop. The worker cuts the words; the
/// paragraphs are handed out here a few at a time.
async fn segment(
    paragraphs: &[Arc<str>],
    mut deliver: impl FnMut(usize, Vec<Token>) -> bool,
) -> Option<Result<Stats, LoadError>> {
    let texts = paragraphs.iter().map(|p| p.to_string()).collect();
    let lines = match worker::client::segment(texts).await {
        Ok(lines) => lines,
        Err(e) => return Some(Err(e)),
    };
    let mut stats = Stats::default();
    let mut next = lines.into_iter().enumerate();
    let cut = slices::run(|| {
        let Some((i, tokens)) = next.next() else {
            return Ok(true);
        };
        stats.add(&tokens);
        if deliver(i, tokens) {
            Ok(false)
        } else {
            Err(Stopped)
        }
    })
    .await;
    cut.ok().map(|()| Ok(stats))
}
