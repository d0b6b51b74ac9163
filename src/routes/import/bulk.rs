//! Many files at once (a folder, an archive, a big selection): read one after another in
//! slices of [`slices::SLICE_MS`], so the page never freezes; kept in storage a batch at a
//! time; shown with progress ("312 / 918") and a button to stop, then a summary — imported,
//! already there, exact duplicates, skipped, failed, each file with its reason — instead of a
//! card per file.

use super::card::focus_later;
use super::sources::{self, Given, Queued};
use crate::download::today;
use crate::i18n::bulk::TEXTS;
use crate::i18n::texts;
use crate::library::store::StorageError;
use crate::library::{Batches, Library, Status};
use crate::slices::{self, Slice};
use crate::url_state::site_href;
use baimo_core::import::batch::{Failure, Fate, Seen, Tally};
use baimo_core::import::decode::Choice;
use baimo_core::import::library::Stored;
use baimo_core::import::read_file;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use std::sync::Arc;

/// Articles kept in storage per transaction: big enough that a thousand take twenty writes,
/// small enough that one write stays well under a long task.
const BATCH: usize = 50;

/// Files listed per kind in the summary; the rest are counted.
const LISTED: usize = 50;

/// How an import ended.
#[derive(Default)]
pub struct Summary {
    /// What became of every file.
    pub tally: Tally,
    /// Stopped by the person, with this many files not read.
    pub cancelled: Option<usize>,
    /// Articles read but not kept, and why (the run stops there).
    pub storage: Option<(usize, StorageError)>,
}

/// Where a many-file import stands.
#[derive(Clone, PartialEq)]
enum Phase {
    /// Waiting for the saved articles to be read.
    Waiting,
    /// Walking folders and opening archives.
    Listing,
    /// Reading: files done, of how many.
    Reading(usize, usize),
}

/// The page's many-file import: at most one at a time.
#[derive(Clone, Copy)]
pub struct Bulk {
    phase: RwSignal<Option<Phase>>,
    summary: RwSignal<Option<Arc<Summary>>>,
    cancel: StoredValue<bool>,
}

impl Bulk {
    /// A page's, with nothing running.
    pub fn new() -> Bulk {
        Bulk {
            phase: RwSignal::new(None),
            summary: RwSignal::new(None),
            cancel: StoredValue::new(false),
        }
    }

    /// True while an import runs (tracked).
    pub fn running(&self) -> bool {
        self.phase.with(Option::is_some)
    }

    /// Imports `given`, unless an import is running already.
    pub fn start(self, given: Vec<Given>, library: Library) {
        slices::mark("baimo:import-chosen");
        if self.phase.get_untracked().is_some() {
            return;
        }
        self.cancel.set_value(false);
        self.summary.set(None);
        self.phase.set(Some(Phase::Waiting));
        // The progress may be below the fold (on a phone, always): bring it into view.
        request_animation_frame(|| {
            if let Ok(Some(el)) = document().query_selector("#bulk") {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
        spawn_local(async move {
            let summary = self.run(given, &library).await;
            let _ = self.phase.try_set(None);
            let _ = self.summary.try_set(Some(Arc::new(summary)));
            focus_later("#bulk-summary h3".to_owned());
        });
    }

    async fn run(self, given: Vec<Given>, library: &Library) -> Summary {
        let mut summary = Summary::default();
        while library.status() == Status::Loading {
            gloo::timers::future::TimeoutFuture::new(50).await;
        }
        if let Status::Unavailable(e) = library.status() {
            summary.storage = Some((0, e));
            return summary;
        }
        self.phase.set(Some(Phase::Listing));
        slices::mark("baimo:import-start");
        let queue = sources::gather(given, &mut summary.tally).await;
        slices::mark("baimo:import-listed");
        let total = queue.len();
        let mut batches = library.batches();
        let mut seen = Seen::default();
        let mut pending: Vec<Stored> = Vec::new();
        let today = today();
        let mut slice = Slice::start();
        for (done, item) in queue.iter().enumerate() {
            if self.cancel.get_value() {
                summary.cancelled = Some(total - done);
                break;
            }
            let _ = self.phase.try_set(Some(Phase::Reading(done, total)));
            match read(item, &today).await {
                Ok(stored) => {
                    if batches.has(&stored.meta.id) {
                        summary.tally.note(item.path.clone(), Fate::Already);
                    } else if let Some(first) = seen.first(&stored.meta.id, &item.path) {
                        summary
                            .tally
                            .note(item.path.clone(), Fate::Duplicate(first));
                    } else {
                        pending.push(stored);
                    }
                }
                Err(why) => summary.tally.note(item.path.clone(), Fate::Failed(why)),
            }
            if pending.len() >= BATCH && !keep(&mut batches, &mut pending, &mut summary).await {
                break;
            }
            if slice.over() {
                slices::yield_now().await;
                slice = Slice::start();
            }
        }
        if summary.storage.is_none() {
            keep(&mut batches, &mut pending, &mut summary).await;
        }
        slices::mark("baimo:import-read");
        batches.show();
        slices::mark("baimo:import-shown");
        summary
    }

    /// Asks the running import to stop after the file it is reading.
    fn stop(&self) {
        self.cancel.set_value(true);
    }
}

/// One file, read and confirmed as its facts were guessed (front matter, the text).
async fn read(item: &Queued, today: &str) -> Result<Stored, Failure> {
    let bytes = item.bytes().await?;
    let draft = read_file(item.name(), &bytes, Choice::Auto, today).map_err(Failure::Read)?;
    draft
        .finish(&draft.edits(), today)
        .map_err(|e| Failure::Unreadable(e.to_string()))
}

/// Keeps the pending articles in storage; false (with the reason noted) when the browser
/// would not, which ends the run.
async fn keep(batches: &mut Batches, pending: &mut Vec<Stored>, summary: &mut Summary) -> bool {
    if pending.is_empty() {
        return true;
    }
    let batch = std::mem::take(pending);
    let n = batch.len();
    match batches.keep(batch).await {
        Ok(()) => {
            summary.tally.imported += n;
            true
        }
        Err(e) => {
            summary.storage = Some((n, e));
            false
        }
    }
}

/// The running import's progress, or the last one's summary.
#[component]
pub fn BulkView(bulk: Bulk) -> impl IntoView {
    let t = texts(&TEXTS);
    let progress = move || {
        bulk.phase.get().map(|phase| {
            let (line, value) = match phase {
                Phase::Waiting => (t().waiting.to_owned(), None),
                Phase::Listing => (t().listing.to_owned(), None),
                Phase::Reading(done, total) => ((t().progress)(done, total), Some((done, total))),
            };
            let bar = value.map(|(done, total)| {
                view! { <progress id="bulk-progress" max=total.max(1) value=done data-done=done data-total=total></progress> }
            });
            view! {
                <div class="bulk-progress" role="status">
                    {bar}
                    <span class="bulk-count">{line}</span>
                    <button type="button" id="bulk-cancel" class="button secondary" on:click=move |_| bulk.stop()>
                        {move || t().cancel}
                    </button>
                </div>
            }
        })
    };
    let summary = move || {
        bulk.summary
            .get()
            .map(|s| view! { <SummaryView summary=s /> })
    };
    view! {
        <section
            id="bulk"
            class="bulk"
            aria-labelledby="bulk-heading"
            hidden=move || bulk.phase.with(Option::is_none) && bulk.summary.with(Option::is_none)
        >
            <h2 id="bulk-heading">{move || t().heading}</h2>
            {progress}
            {summary}
        </section>
    }
}

/// What an import did, in counts and lists of files with their reasons.
#[component]
fn SummaryView(summary: Arc<Summary>) -> impl IntoView {
    let t = texts(&TEXTS);
    let tally = &summary.tally;
    let s = summary.clone();
    let heading = move || {
        if s.cancelled.is_some() {
            t().cancelled
        } else {
            t().finished
        }
    };
    let not_read = summary
        .cancelled
        .map(|n| view! { <p class="notice">{move || (t().not_read)(n)}</p> });
    let storage = summary.storage.clone().map(|(n, e)| {
        view! { <p class="error" role="alert">{move || (t().storage)(n, &e)}</p> }
    });
    // An archive that cannot be opened at all is said out loud, not only listed.
    let archives = tally
        .failed
        .iter()
        .filter_map(|(name, f)| match f {
            Failure::Archive(e) => Some((name.clone(), e.clone())),
            _ => None,
        })
        .map(|(name, e)| {
            view! { <p class="error archive-error" role="alert">{move || (t().archive_failed)(&name, &e)}</p> }
        })
        .collect_view();
    let already: Vec<(String, Reason)> = tally
        .already
        .iter()
        .map(|n| (n.clone(), Reason::None))
        .collect();
    let duplicates: Vec<(String, Reason)> = tally
        .duplicates
        .iter()
        .map(|(n, of)| (n.clone(), Reason::Duplicate(of.clone())))
        .collect();
    let skipped: Vec<(String, Reason)> = tally
        .skipped
        .iter()
        .map(|(n, why)| (n.clone(), Reason::Skip(why.clone())))
        .collect();
    let failed: Vec<(String, Reason)> = tally
        .failed
        .iter()
        .map(|(n, why)| (n.clone(), Reason::Failure(why.clone())))
        .collect();
    view! {
        <div
            id="bulk-summary"
            data-imported=tally.imported
            data-already=tally.already.len()
            data-duplicates=tally.duplicates.len()
            data-skipped=tally.skipped.len()
            data-failed=tally.failed.len()
            data-cancelled=summary.cancelled.is_some().to_string()
        >
            <h3 tabindex="-1">{heading}</h3>
            {archives}
            {storage}
            {not_read}
            <dl class="bulk-counts">
                <Count kind="imported" label=|t| t.imported n=tally.imported />
                <Count kind="already" label=|t| t.already_short n=already.len() />
                <Count kind="duplicates" label=|t| t.duplicates_short n=duplicates.len() />
                <Count kind="skipped" label=|t| t.skipped_short n=skipped.len() />
                <Count kind="failed" label=|t| t.failed_short n=failed.len() />
            </dl>
            <FileList kind="failed" label=|t| t.failed files=failed />
            <FileList kind="duplicates" label=|t| t.duplicates files=duplicates />
            <FileList kind="already" label=|t| t.already files=already />
            <FileList kind="skipped" label=|t| t.skipped files=skipped />
            {(tally.imported > 0).then(|| view! {
                <p><A href=site_href("/corpus")>{move || t().see_corpus}</A></p>
            })}
        </div>
    }
}

#[component]
fn Count(
    kind: &'static str,
    label: fn(&crate::i18n::bulk::Texts) -> &'static str,
    n: usize,
) -> impl IntoView {
    let t = texts(&TEXTS);
    view! {
        <div class=format!("bulk-count-{kind}") class:zero=n == 0>
            <dt>{move || label(t())}</dt>
            <dd data-count=n>{crate::i18n::import::grouped(n)}</dd>
        </div>
    }
}

/// Why a listed file was not imported.
#[derive(Clone)]
enum Reason {
    None,
    Duplicate(String),
    Skip(baimo_core::import::listing::Skip),
    Failure(Failure),
}

/// Up to [`LISTED`] files of one kind, each with its reason, in a disclosure.
#[component]
fn FileList(
    kind: &'static str,
    label: fn(&crate::i18n::bulk::Texts) -> &'static str,
    files: Vec<(String, Reason)>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    if files.is_empty() {
        return None;
    }
    let rest = files.len().saturating_sub(LISTED);
    let items = files
        .into_iter()
        .take(LISTED)
        .map(|(name, reason)| {
            let why = move || match &reason {
                Reason::None => String::new(),
                Reason::Duplicate(of) => (t().duplicate_of)(of),
                Reason::Skip(s) => (t().skip)(s),
                Reason::Failure(f) => (t().failure)(f),
            };
            view! {
                <li>
                    <span class="bulk-file">{name}</span>
                    " "
                    <span class="bulk-why">{why}</span>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <details class=format!("bulk-list bulk-{kind}") open=kind == "failed">
            <summary>{move || label(t())}</summary>
            <ul>
                {items}
                {(rest > 0).then(|| view! { <li class="bulk-more">{move || (t().more)(rest)}</li> })}
            </ul>
        </details>
    })
}
