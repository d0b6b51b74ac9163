//! Long work on the main thread, cut into slices with a turn for the browser between them:
//! no task holds the page for more than a slice, so input and paint are never kept waiting
//! (the Long Tasks API sees nothing over [`SLICE_MS`] plus one unit of work). Work that can
//! wait for the page to be drawn starts after [`next_paint`].

use futures_channel::oneshot;
use gloo::timers::future::TimeoutFuture;
use leptos::prelude::{request_animation_frame, set_timeout};
use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long one slice may hold the main thread (ms): under half of the 50 ms the Long Tasks
/// API calls long, so a slice plus one more unit of work stays short.
pub const SLICE_MS: f64 = 20.0;

/// Milliseconds since the page (or worker) started, or `None` where the browser has no clock.
pub fn now() -> Option<f64> {
    performance().map(|p| p.now())
}

/// The page's or the worker's `performance`.
fn performance() -> Option<web_sys::Performance> {
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// A slice's time allowance, started when it is made.
pub struct Slice {
    started: Option<f64>,
}

impl Slice {
    /// A slice starting now.
    pub fn start() -> Slice {
        Slice { started: now() }
    }

    /// True once the slice has used its time (always, without a clock: one unit per slice).
    pub fn over(&self) -> bool {
        match (self.started, now()) {
            (Some(a), Some(b)) => b - a > SLICE_MS,
            _ => true,
        }
    }
}

/// Calls `step` until it says done (`Ok(true)`) or fails, giving the browser a turn whenever
/// a slice's time is used: the one loop every long job of the app runs in.
pub async fn run<E>(step: impl FnMut() -> Result<bool, E>) -> Result<(), E> {
    run_with(yield_now, step).await
}

/// [`run`], awaiting `turn()` between slices instead of [`yield_now`]: for work that may run
/// where the browser needs no turn (a Web Worker).
pub async fn run_with<E, T: Future<Output = ()>>(
    mut turn: impl FnMut() -> T,
    mut step: impl FnMut() -> Result<bool, E>,
) -> Result<(), E> {
    loop {
        let slice = Slice::start();
        loop {
            if step()? {
                return Ok(());
            }
            if slice.over() {
                break;
            }
        }
        turn().await;
    }
}

/// Gives the browser a turn: input, paint, other tasks.
pub async fn yield_now() {
    TimeoutFuture::new(0).await;
}

/// If no animation frame comes (a background tab), [`next_paint`] ends anyway after this long.
const FRAME_FALLBACK: Duration = Duration::from_millis(300);

/// Ends once the page has been painted, so that work started after it never delays what the
/// reader sees first; or after [`FRAME_FALLBACK`] in a background tab, which paints nothing.
pub async fn next_paint() {
    let (painted, wait) = oneshot::channel::<()>();
    // Whichever comes first ends the wait; the other finds the sender gone.
    let painted = Rc::new(Cell::new(Some(painted)));
    let on_frame = painted.clone();
    // A timeout queued from inside an animation frame runs after that frame is painted.
    request_animation_frame(move || set_timeout(move || send(&on_frame), Duration::ZERO));
    set_timeout(move || send(&painted), FRAME_FALLBACK);
    let _ = wait.await;
}

fn send(once: &Cell<Option<oneshot::Sender<()>>>) {
    if let Some(sender) = once.take() {
        let _ = sender.send(());
    }
}

/// Leaves a User Timing mark (`performance.mark`), which profilers and `cargo xtask bench`
/// read to see where the time between navigation and `data-ready` went.
/// In the analysis worker the mark is sent to the page, whose timeline the bench reads.
pub fn mark(name: &str) {
    if crate::worker::in_worker() {
        crate::worker::host::send(&crate::worker::protocol::FromWorker::Mark(name.to_owned()));
    } else if let Some(p) = performance() {
        let _ = p.mark(name);
    }
}
