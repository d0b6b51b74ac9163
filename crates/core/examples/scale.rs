//! How the analysis scales with the corpus: the bundled articles repeated
//! ([`baimo_core::analysis::synthetic::repeated`]) to 50, 100, 200 and 400 articles (or the
//! sizes given as arguments), each stage of `analysis::analyse`, the search index and what the
//! timeline and comparison views compute timed separately, with the growth factor of each
//! stage from one size to the next.
//!
//! ```sh
//! cargo run --release -p baimo-core --features embedded-dictionary,synthetic --example scale [N…]
//! ```
//!
//! Linear work grows by about the size ratio (2.0 from one doubling to the next); quadratic
//! work by its square. Each stage is timed as the best of a few batches of runs (a batch at
//! least 0.2 s), in CPU time of the running thread where Linux tells it
//! (`/proc/thread-self/schedstat`), else in wall-clock time, so other work on a busy machine
//! disturbs the figures less.

use baimo_core::analysis::{self, cluster, events, reading, synthetic, Reading};
use baimo_core::explore::search::Index;
use baimo_core::explore::{compare, timeline};
use baimo_core::registry::Registry;
use baimo_core::{Corpus, Segmenter};
use std::time::{Duration, Instant};

/// Runs per stage; the fastest is kept.
const RUNS: usize = 3;

/// The stages, in pipeline order.
const STAGES: [&str; 9] = [
    "read", "money", "events", "cluster", "compare", "analyse", "index", "timeline", "cmp-view",
];

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| {
            a.parse()
                .unwrap_or_else(|_| fail(&format!("not a size: {a}")))
        })
        .collect();
    let sizes = if sizes.is_empty() {
        vec![50, 100, 200, 400]
    } else {
        sizes
    };
    let segmenter = Segmenter::new().unwrap_or_else(|e| fail(&e.to_string()));
    let registry = Registry::bundled();
    let base = baimo_core::bundled::corpus().unwrap_or_else(|e| fail(&e.to_string()));

    let mut rows: Vec<(usize, usize, usize, Vec<Duration>)> = Vec::new();
    for &n in &sizes {
        let corpus = synthetic::repeated(&base, n);
        let chars: usize = corpus.articles.iter().map(|a| a.char_len()).sum();
        let (times, events) = measure(&corpus, &segmenter, registry);
        rows.push((n, chars, events, times));
    }

    print!("{:>8} {:>10} {:>7}", "articles", "chars", "events");
    for s in STAGES {
        print!(" {s:>9}");
    }
    println!(
        "   (ms of {} per run, best of {RUNS} batches)",
        Clock::name()
    );
    for (n, chars, events, times) in &rows {
        print!("{n:>8} {chars:>10} {events:>7}");
        for t in times {
            print!(" {:>9.1}", t.as_secs_f64() * 1e3);
        }
        println!();
    }
    println!("\ngrowth from the previous size (text ratio, then each stage's time ratio):");
    for pair in rows.windows(2) {
        let (prev, next) = (&pair[0], &pair[1]);
        print!(
            "{:>8} {:>10} {:>7}",
            format!("{}→{}", prev.0, next.0),
            format!("×{:.2}", next.1 as f64 / prev.1 as f64),
            format!("×{:.2}", next.2 as f64 / prev.2.max(1) as f64)
        );
        for (a, b) in prev.3.iter().zip(&next.3) {
            print!(
                " {:>9}",
                format!("×{:.2}", b.as_secs_f64() / a.as_secs_f64())
            );
        }
        println!();
    }
}

/// Times each stage on `corpus`; also returns the number of events.
fn measure(corpus: &Corpus, segmenter: &Segmenter, registry: &Registry) -> (Vec<Duration>, usize) {
    let read = || -> Vec<Reading> {
        corpus
            .articles
            .iter()
            .map(|a| reading::read(a, segmenter))
            .collect()
    };
    let t_read = best(|| {
        std::hint::black_box(read());
    });
    let mut readings = read();
    // Numbering rewrites the same ids on every run: no fresh copy needed.
    let t_money = best(|| {
        std::hint::black_box(analysis::number_money(&mut readings));
    });
    let t_events = best(|| {
        std::hint::black_box(events::events(&readings));
    });
    let mut evs = events::events(&readings);
    // Clustering reads no cluster ids and writes the same ones on every run.
    let t_cluster = best(|| {
        std::hint::black_box(cluster::cluster(&mut evs));
    });
    let t_compare = best(|| {
        std::hint::black_box(analysis::compare::compare(&readings, registry));
    });
    let t_analyse = best(|| {
        std::hint::black_box(analysis::analyse(corpus, segmenter, registry));
    });
    let t_index = best(|| {
        std::hint::black_box(Index::build(corpus, segmenter));
    });
    let analysis = analysis::analyse(corpus, segmenter, registry);
    let t_timeline = best(|| timeline_view(&analysis, corpus));
    let t_comparison = best(|| comparison_view(&analysis, corpus));
    (
        vec![
            t_read,
            t_money,
            t_events,
            t_cluster,
            t_compare,
            t_analyse,
            t_index,
            t_timeline,
            t_comparison,
        ],
        evs.len(),
    )
}

/// What the timeline view computes from a ready analysis: its facets, groups, table and
/// every event's sources.
fn timeline_view(analysis: &analysis::Analysis, corpus: &Corpus) {
    let filter = timeline::Filter::default();
    std::hint::black_box(timeline::facets(analysis, corpus, &filter));
    let events = timeline::filter(analysis, &filter);
    std::hint::black_box(timeline::groups(&events));
    std::hint::black_box(timeline::export::table(&events, analysis));
    for e in &events {
        if let Some(s) = timeline::sources(analysis, e) {
            std::hint::black_box(timeline::in_conflict(&s, e));
        }
    }
}

/// What the comparison view computes: the five most mentioned companies compared, with each
/// chart bar's article label.
fn comparison_view(analysis: &analysis::Analysis, corpus: &Corpus) {
    let top: Vec<String> = compare::choices(analysis)
        .into_iter()
        .take(5)
        .map(|c| c.id)
        .collect();
    let selection = compare::Selection {
        ids: top,
        ..Default::default()
    };
    let comparison = compare::Comparison::build(analysis, corpus, &selection);
    for column in &comparison.columns {
        for bar in &column.per_article {
            std::hint::black_box(comparison.article(&bar.article));
        }
    }
}

/// Shortest batch worth timing: the thread's CPU time advances in scheduler ticks (a few
/// ms), so a short stage is run many times over and the batch divided.
const MIN_BATCH: Duration = Duration::from_millis(200);

/// Time of one run of `f`: the fastest of [`RUNS`] batches of runs, each batch at least
/// [`MIN_BATCH`] long, divided by its runs.
fn best(mut f: impl FnMut()) -> Duration {
    let mut batch = |runs: u32| {
        let start = Clock::now();
        for _ in 0..runs {
            f();
        }
        start.elapsed()
    };
    let mut runs = 1;
    let mut first = batch(runs);
    while first < MIN_BATCH && runs < 1 << 16 {
        // Enough runs to fill a batch, judged from the last one (at least twice as many).
        let per_run = first.as_secs_f64() / f64::from(runs);
        let wanted = (MIN_BATCH.as_secs_f64() * 1.2 / per_run.max(1e-9)).ceil();
        runs = (wanted.min(f64::from(1 << 16)) as u32).max(runs * 2);
        first = batch(runs);
    }
    let fastest = (1..RUNS).map(|_| batch(runs)).fold(first, Duration::min);
    fastest / runs
}

/// A start time: CPU time of this thread when the system reports it, else wall-clock time.
enum Clock {
    Cpu(u64),
    Wall(Instant),
}

impl Clock {
    fn now() -> Clock {
        thread_cpu_ns().map_or_else(|| Clock::Wall(Instant::now()), Clock::Cpu)
    }

    fn elapsed(&self) -> Duration {
        match self {
            Clock::Cpu(start) => {
                Duration::from_nanos(thread_cpu_ns().unwrap_or(*start).saturating_sub(*start))
            }
            Clock::Wall(start) => start.elapsed(),
        }
    }

    /// What [`Clock::now`] measures on this system.
    fn name() -> &'static str {
        if thread_cpu_ns().is_some() {
            "thread CPU time"
        } else {
            "wall-clock time"
        }
    }
}

/// Nanoseconds this thread has run on a CPU (Linux: the first field of its schedstat).
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn fail(message: &str) -> ! {
    eprintln!("scale: {message}");
    std::process::exit(2)
}
