//! `cargo xtask bench`: the five targets, measured side by side in one run.
//!
//! 1. Builds the site (unless `--skip-build`) and the peers ([`peers`]: a bare Leptos page,
//!    jieba-wasm from npm, native jieba-rs), lists every file of the site raw / gzip / brotli
//!    ([`sizes`]), and writes the texts ([`corpus`]: the bundled text, generated libraries of
//!    [`CORPUS_SIZES`] articles) into `target/bench/`.
//! 2. Serves each web contender from its own loopback server, gzip-encoded and logging every
//!    body it sends (`static_server::Measured`), and runs `tests/browser/bench.mjs`, which
//!    visits them in headless Chromium in alternation (a cold browser context per visit) and
//!    prints `BENCH <metric> <run> <value>` lines (see that file for what each metric is).
//! 3. Prints one table ([`table`]): per target, our median, the peer's, the ratio, the target
//!    and whether it is met; writes it as Markdown to `target/bench/table.md` too. Numbers
//!    only: the bench never fails on a missed target.

mod corpus;
mod machine;
mod news;
mod peers;
mod sizes;
mod table;

use crate::static_server::{Measured, Options, Server};
use crate::tools::{self, Tools};
use crate::{browser_dir, heading, root, site};
use anyhow::{bail, Context, Result};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use table::{Row, Samples, Target, Unit};

/// How many articles the generated corpora have (target 5 compares the two).
pub const CORPUS_SIZES: [usize; 2] = [100, 1000];

/// What `cargo xtask bench` was asked for.
pub struct Config {
    /// Cold visits per contender (and throughput measurements per segmenter).
    pub runs: u32,
    /// Imports of each generated corpus (slow: a fresh import of up to 10 MB each).
    pub corpus_runs: u32,
    /// Reuse the last site built with the test hooks (and the peers already built).
    pub skip_build: bool,
}

/// Runs the whole bench and prints its table.
pub fn run(tools: &Tools, config: &Config) -> Result<()> {
    // The site as deployed plus the hooks the bench calls (src/bench_hooks.rs).
    let site = site::Site::TestHooks;
    let dist = if config.skip_build {
        site.check().context("--skip-build: run without it")?;
        site.dir()
    } else {
        site::build(tools, site)?
    };
    let dist_gzip = sizes::list(&dist)?;
    let peers = peers::prepare(tools, !config.skip_build)?;
    let texts = write_texts(tools, config.corpus_runs > 0)?;

    heading("bench: the machine");
    let machine = machine::describe();
    for (what, value) in &machine {
        println!("{what:<20} {value}");
    }

    let (mut samples, infos) = measure(tools, config, &dist, &peers, &texts)?;
    if let Some(news) = &texts.news {
        heading("bench: native `baimo export --library` on the real library");
        let runs = news::native_export(news, config.corpus_runs);
        println!("{}", spread(&runs));
        samples.insert("native.export_library".into(), runs);
    }
    let rows = rows(&samples, dist_gzip);
    let (text, markdown) = table::render(&rows);

    heading(&format!(
        "bench: medians of {} run(s), {} corpus run(s); peer = the target's reference",
        config.runs, config.corpus_runs
    ));
    print!("{text}");
    for (key, value) in &infos {
        println!("note: {key}: {value}");
    }
    println!("\nevery metric: median [min - max] (runs measured / runs)");
    for (name, values) in &samples {
        println!("  {name:<22} {}", spread(values));
    }

    let out = root().join("target").join("bench").join("table.md");
    let mut md = format!(
        "Measured {} run(s), {} corpus run(s), by `cargo xtask bench`.\n\n{markdown}\n",
        config.runs, config.corpus_runs
    );
    for (what, value) in &machine {
        md += &format!("- {what}: {value}\n");
    }
    for (key, value) in &infos {
        md += &format!("- {key}: {value}\n");
    }
    std::fs::write(&out, md).with_context(|| format!("writing {}", out.display()))?;
    println!("\n(the table as Markdown: {})", out.display());
    Ok(())
}

/// The files the bench driver reads, in `target/bench/`.
struct Texts {
    /// The bundled corpus' cleaned text.
    text: PathBuf,
    /// A library file per [`CORPUS_SIZES`] entry (none when no corpus run is asked for).
    libraries: Vec<(usize, PathBuf)>,
    /// The real library (none without corpus runs, or without `../shared/news-2024`).
    news: Option<news::News>,
}

fn write_texts(tools: &Tools, with_corpora: bool) -> Result<Texts> {
    let dir = root().join("target").join("bench");
    std::fs::create_dir_all(&dir)?;
    let text = dir.join("text.txt");
    std::fs::write(&text, corpus::bundled_text().map_err(anyhow::Error::msg)?)?;
    let mut libraries = Vec::new();
    if with_corpora {
        heading("bench: generated corpora");
        for n in CORPUS_SIZES {
            let path = dir.join(format!("library-{n}.json"));
            let json = corpus::generate(n, corpus::SEED).map_err(anyhow::Error::msg)?;
            std::fs::write(&path, &json)?;
            println!("{}: {n} articles, {} bytes", path.display(), json.len());
            libraries.push((n, path));
        }
    }
    let news = if with_corpora {
        heading("bench: the real library");
        news::prepare(tools, &dir)?
    } else {
        None
    };
    Ok(Texts {
        text,
        libraries,
        news,
    })
}

/// Serves the contenders, runs bench.mjs, and collects its samples and notes.
fn measure(
    tools: &Tools,
    config: &Config,
    dist: &Path,
    peers: &peers::Peers,
    texts: &Texts,
) -> Result<(Samples, Vec<(String, String)>)> {
    let measured = Measured {
        gzip: true,
        record: true,
    };
    let serve = |dir: &Path| {
        let options = Options {
            port: 0,
            mount: "/".into(),
            not_found_page: true,
            log: false,
        };
        Server::start_measured(dir, options, measured)
            .with_context(|| format!("serving {}", dir.display()))
    };
    let (ours, bare, jieba) = (serve(dist)?, serve(&peers.bare)?, serve(&peers.jieba)?);
    heading(&format!(
        "bench: {} run(s) in headless Chromium: site {}, bare page {}, jieba-wasm {}",
        config.runs,
        ours.url(),
        bare.url(),
        jieba.url()
    ));
    let libraries = texts
        .libraries
        .iter()
        .map(|(n, p)| format!("{n}={}", p.display()))
        .collect::<Vec<_>>()
        .join(",");
    let mut node = tools.command("node");
    node.current_dir(browser_dir())
        .arg("bench.mjs")
        .env("BAIMO_BASE_URL", ours.url())
        .env("BAIMO_BENCH_BARE_URL", bare.url())
        .env("BAIMO_BENCH_JIEBA_URL", jieba.url())
        .env("BAIMO_BENCH_RUNS", config.runs.to_string())
        .env("BAIMO_BENCH_CORPUS_RUNS", config.corpus_runs.to_string())
        .env("BAIMO_BENCH_TEXT", &texts.text)
        .env("BAIMO_BENCH_LIBRARIES", libraries)
        .env("BAIMO_BENCH_NATIVE", &peers.native)
        .env(
            "BAIMO_BENCH_NEWS",
            texts
                .news
                .as_ref()
                .map(|n| n.library.clone())
                .unwrap_or_default(),
        )
        .env(
            "BAIMO_BENCH_NEWS_COUNT",
            texts.news.as_ref().map_or(0, |n| n.articles).to_string(),
        )
        .env("BAIMO_CHROMIUM", tools::CHROMIUM)
        .stdout(Stdio::piped());
    println!("$ {}", crate::display(&node));
    let mut child = node.spawn().context("starting node bench.mjs")?;
    let mut samples = Samples::new();
    let mut infos = Vec::new();
    for line in BufReader::new(child.stdout.take().context("no stdout")?).lines() {
        let line = line?;
        match parse_line(&line) {
            Line::Sample(metric, value) => samples.entry(metric).or_default().push(value),
            Line::Info(key, value) => infos.push((key, value)),
            Line::Other => println!("{line}"),
        }
    }
    let status = child.wait()?;
    if !status.success() {
        bail!("bench.mjs failed ({status})");
    }
    if samples.is_empty() {
        bail!("bench.mjs reported no measurements");
    }
    Ok((samples, infos))
}

/// A line of bench.mjs's output.
#[derive(Debug, PartialEq)]
enum Line {
    /// `BENCH\t<metric>\t<run>\t<value or ->`.
    Sample(String, Option<f64>),
    /// `INFO\t<key>\t<value>`: a fact to print with the table.
    Info(String, String),
    /// Progress, passed through.
    Other,
}

fn parse_line(line: &str) -> Line {
    let fields: Vec<&str> = line.split('\t').collect();
    match fields.as_slice() {
        ["BENCH", metric, _run, value] => Line::Sample(
            metric.to_string(),
            value.parse().ok().filter(|v: &f64| v.is_finite()),
        ),
        ["INFO", key, value] => Line::Info(key.to_string(), value.to_string()),
        _ => Line::Other,
    }
}

/// The targets, in order, from the samples bench.mjs reported.
fn rows(s: &Samples, dist_gzip: u64) -> Vec<Row> {
    use Target::{AtMost, RatioAtLeast, RatioAtMost};
    let mut rows = vec![
        Row::compare(
            "1 size on the wire, cold visit (gzip) vs jieba-wasm",
            s,
            "ours.size",
            "jieba.size",
            Unit::Bytes,
            RatioAtMost(0.5),
        ),
        Row {
            label: "  all of dist/, gzip -9 (static)".into(),
            ours: Some(dist_gzip as f64),
            ..Row::single("", s, "", Unit::Bytes, Target::None)
        },
        Row::single(
            "  bare Leptos page on the wire",
            s,
            "bare.size",
            Unit::Bytes,
            Target::None,
        ),
        Row::compare(
            "2 nav → first article text vs bare Leptos page",
            s,
            "ours.text",
            "bare.text",
            Unit::Ms,
            RatioAtMost(1.3),
        ),
        Row::compare(
            "3 nav → data-ready=all (/) vs jieba-wasm init + cut",
            s,
            "ours.ready",
            "jieba.cut",
            Unit::Ms,
            RatioAtMost(0.5),
        ),
        Row::compare(
            "  nav → data-ready=all (/timeline)",
            s,
            "ours.ready_timeline",
            "jieba.cut",
            Unit::Ms,
            RatioAtMost(0.5),
        ),
        Row::single(
            "  longest task, nav → ready (/)",
            s,
            "ours.longtask",
            Unit::Ms,
            Target::None,
        ),
    ];
    for (hook, name) in [("cut", "jieba cut"), ("tokens", "app tokens")] {
        rows.push(Row::compare(
            &format!("4 {name} in the page vs native jieba-rs"),
            s,
            &format!("ours.{hook}_mbs"),
            "native.mbs",
            Unit::MbPerSec,
            RatioAtLeast(0.6),
        ));
        rows.push(Row::compare(
            &format!("4 {name} vs Intl.Segmenter, same page"),
            s,
            &format!("ours.{hook}_mbs"),
            "intl.mbs",
            Unit::MbPerSec,
            RatioAtLeast(3.0),
        ));
    }
    let [small, large] = CORPUS_SIZES;
    rows.push(Row::compare(
        &format!("5 nav → ready, {large} vs {small} articles"),
        s,
        &format!("corpus{large}.time"),
        &format!("corpus{small}.time"),
        Unit::Ms,
        RatioAtMost(11.0),
    ));
    for n in [large, small] {
        rows.push(Row::single(
            &format!("5 longest task, nav → ready, {n} articles"),
            s,
            &format!("corpus{n}.longtask"),
            Unit::Ms,
            AtMost(100.0),
        ));
    }
    for n in [large, small] {
        rows.push(Row::single(
            &format!("  memory when ready, {n} articles"),
            s,
            &format!("corpus{n}.memory"),
            Unit::Bytes,
            Target::None,
        ));
    }
    rows.extend(library_rows(s));
    rows
}

/// The targets of issue 14 on the real library (`L`): the page against native, each view
/// reopened with the library against the same view with the bundled articles only.
fn library_rows(s: &Samples) -> Vec<Row> {
    use Target::{AtMost, RatioAtMost};
    let mut rows = vec![
        Row::single(
            "L import of the real library (/import, library file)",
            s,
            "news.import",
            Unit::Ms,
            Target::None,
        ),
        Row::compare(
            "L first analysis in the page vs native export --library",
            s,
            "news.first",
            "native.export_library",
            Unit::Ms,
            RatioAtMost(3.0),
        ),
        Row::single(
            "L longest task, first analysis",
            s,
            "news.first_longtask",
            Unit::Ms,
            AtMost(50.0),
        ),
    ];
    for name in VIEWS {
        rows.push(Row::compare(
            &format!("L reopen {name} vs bundled only"),
            s,
            &format!("news.{name}"),
            &format!("bundled.{name}"),
            Unit::Ms,
            RatioAtMost(1.5),
        ));
    }
    rows.push(Row::single(
        "L longest task, reopening every view",
        s,
        "news.reopen_longtask",
        Unit::Ms,
        AtMost(50.0),
    ));
    for name in VIEWS {
        rows.push(Row::single(
            &format!("L elements on {name}, ready"),
            s,
            &format!("news.{name}_nodes"),
            Unit::Count,
            AtMost(3000.0),
        ));
    }
    rows.push(Row::single(
        "L memory, renderer process (page + worker)",
        s,
        "news.memory",
        Unit::Bytes,
        AtMost(200e6),
    ));
    rows
}

/// The views reopened with the real library, as bench/page.mjs's `VIEWS` names them.
const VIEWS: [&str; 5] = ["home", "timeline", "compare", "corpus", "search"];

/// `median [min - max] (measured/runs)` of one metric's samples.
fn spread(values: &[Option<f64>]) -> String {
    let got: Vec<f64> = values.iter().flatten().copied().collect();
    let Some(median) = table::median(values) else {
        return format!("n/a (0/{})", values.len());
    };
    let min = got.iter().copied().fold(f64::INFINITY, f64::min);
    let max = got.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    format!(
        "{median:.2} [{min:.2} - {max:.2}] ({}/{})",
        got.len(),
        values.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_driver_lines() {
        assert_eq!(
            parse_line("BENCH\tours.text\t3\t412.5"),
            Line::Sample("ours.text".into(), Some(412.5))
        );
        assert_eq!(
            parse_line("BENCH\tcorpus1000.time\t1\t-"),
            Line::Sample("corpus1000.time".into(), None)
        );
        assert_eq!(
            parse_line("INFO\tmemory\tusedJSHeapSize + wasm memory"),
            Line::Info("memory".into(), "usedJSHeapSize + wasm memory".into())
        );
        assert_eq!(parse_line("run 1/3 done"), Line::Other);
        assert_eq!(
            parse_line("BENCH\tx\t1\tNaN"),
            Line::Sample("x".into(), None)
        );
    }

    #[test]
    fn every_target_has_a_row() {
        let mut s = Samples::new();
        for (k, v) in [
            ("ours.size", 1.0e6),
            ("jieba.size", 2.8e6),
            ("ours.cut_mbs", 20.0),
        ] {
            s.insert(k.into(), vec![Some(v)]);
        }
        let rows = rows(&s, 1_234);
        let numbered: Vec<char> = rows
            .iter()
            .filter_map(|r| r.label.chars().next().filter(char::is_ascii_digit))
            .collect();
        for n in ['1', '2', '3', '4', '5'] {
            assert!(numbered.contains(&n), "target {n}");
        }
        let library = rows.iter().filter(|r| r.label.starts_with("L ")).count();
        assert_eq!(library, 3 + VIEWS.len() * 2 + 2, "issue 14's rows");
        assert_eq!(rows[0].met(), Some(true));
        assert_eq!(rows[1].ours, Some(1_234.0));
    }

    #[test]
    fn spread_counts_missing_runs() {
        assert_eq!(
            spread(&[Some(2.0), None, Some(4.0)]),
            "3.00 [2.00 - 4.00] (2/3)"
        );
        assert_eq!(spread(&[None]), "n/a (0/1)");
    }
}
