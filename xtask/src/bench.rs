//! `cargo xtask bench`: what a reader pays for the explorer.
//!
//! 1. Size on the wire of every file in `dist/`: raw, gzip (level 9) and brotli (quality 11),
//!    the encodings a static host or CDN would serve.
//! 2. Time from navigation start to the first article text on screen (or a view's heading),
//!    and to segmentation ready (or, for the timeline, comparison and search, the whole corpus
//!    analysed and shown), in headless Chromium: `tests/browser/bench.mjs` records both inside
//!    the page (`performance.now()` from a MutationObserver) over N cold visits per page;
//!    here we report median and range. Numbers only, no thresholds.

use crate::tools::{self, Tools};
use crate::{browser_dir, heading, site, static_server};
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

pub fn run(tools: &Tools, runs: u32, skip_build: bool) -> Result<()> {
    let dist = if skip_build {
        site::dist_dir()
    } else {
        site::build(tools)?
    };
    if !dist.join("index.html").is_file() {
        bail!("no site in {}: run without --skip-build", dist.display());
    }
    sizes(&dist)?;
    timings(tools, &dist, runs)
}

fn sizes(dist: &Path) -> Result<()> {
    heading("bench: size on the wire (dist/)");
    let mut files = Vec::new();
    walk(dist, &mut files)?;
    files.sort();
    let total_label = format!("total ({} files)", files.len());
    let width = files
        .iter()
        .map(|f| rel(dist, f).chars().count())
        .chain([total_label.len()])
        .max()
        .unwrap_or(0);
    println!(
        "{:<width$}  {:>11}  {:>11}  {:>11}",
        "file", "raw", "gzip -9", "brotli -q11"
    );
    let mut total = [0u64; 3];
    for file in &files {
        let data = std::fs::read(file)?;
        let row = [data.len() as u64, gzip_len(&data)?, brotli_len(&data)?];
        for (t, n) in total.iter_mut().zip(row) {
            *t += n;
        }
        print_size_row(&rel(dist, file), width, row);
    }
    print_size_row(&total_label, width, total);
    Ok(())
}

fn print_size_row(name: &str, width: usize, [raw, gz, br]: [u64; 3]) {
    println!(
        "{name:<width$}  {:>11}  {:>11}  {:>11}",
        human(raw),
        human(gz),
        human(br)
    );
}

fn gzip_len(data: &[u8]) -> Result<u64> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    enc.write_all(data)?;
    Ok(enc.finish()?.len() as u64)
}

fn brotli_len(data: &[u8]) -> Result<u64> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &data[..], &mut out, &params)?;
    Ok(out.len() as u64)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

fn rel(dist: &Path, file: &Path) -> String {
    file.strip_prefix(dist)
        .unwrap_or(file)
        .display()
        .to_string()
}

fn human(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{:.2} MiB", b as f64 / (1024.0 * 1024.0)),
    }
}

fn timings(tools: &Tools, dist: &Path, runs: u32) -> Result<()> {
    heading(&format!(
        "bench: time to first article text, {runs} cold visit(s) per article (headless Chromium)"
    ));
    let server = static_server::Server::start(dist, 0, false)?;
    let mut node = tools.command("node");
    node.current_dir(browser_dir())
        .arg("bench.mjs")
        .env("BAIMO_BASE_URL", server.url())
        .env("BAIMO_CHROMIUM", tools::CHROMIUM)
        .env("BAIMO_BENCH_RUNS", runs.to_string())
        .stdout(Stdio::piped());
    println!("$ {}", crate::display(&node));
    let mut child = node.spawn().context("starting node bench.mjs")?;

    // bench.mjs prints `BENCH <id> <run> <first text ms> <segmented ms> <longest task ms>` lines
    // (`-` when the page never got there); everything else is progress, passed through.
    let mut samples: BTreeMap<String, [Vec<Option<f64>>; 3]> = BTreeMap::new();
    for line in BufReader::new(child.stdout.take().expect("piped")).lines() {
        let line = line?;
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["BENCH", id, _run, text, seg, long_task] => {
                let entry = samples.entry(id.to_string()).or_default();
                entry[0].push(text.parse().ok());
                entry[1].push(seg.parse().ok());
                entry[2].push(long_task.parse().ok());
            }
            _ => println!("{line}"),
        }
    }
    let status = child.wait()?;
    if !status.success() {
        bail!("bench.mjs failed ({status})");
    }
    if samples.is_empty() {
        bail!("bench.mjs reported no measurements");
    }

    let width = samples.keys().map(|k| k.len()).max().unwrap_or(7).max(7);
    println!();
    println!("ms from navigation start; median [min - max] over {runs} run(s)");
    println!(
        "{:<width$}  {:>26}  {:>26}  {:>26}",
        "page", "first text / heading", "segmented / analysed", "longest task after text"
    );
    for (id, [text, seg, long_task]) in &samples {
        println!(
            "{id:<width$}  {:>26}  {:>26}  {:>26}",
            stats(text),
            stats(seg),
            stats(long_task)
        );
    }
    let incomplete = samples
        .values()
        .flat_map(|s| s.iter().flatten())
        .filter(|v| v.is_none())
        .count();
    if incomplete > 0 {
        println!("note: {incomplete} measurement(s) missing: the page never showed text / became ready (see above)");
    }
    Ok(())
}

/// `median [min - max]` of the measured values, with how many runs were missing.
fn stats(values: &[Option<f64>]) -> String {
    let mut v: Vec<f64> = values.iter().flatten().copied().collect();
    if v.is_empty() {
        return "n/a".into();
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    let median = if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    };
    let missing = values.len() - v.len();
    let missing = if missing > 0 {
        format!(" ({missing} n/a)")
    } else {
        String::new()
    };
    format!("{median:.0} [{:.0} - {:.0}]{missing}", v[0], v[v.len() - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_median_and_range() {
        assert_eq!(stats(&[Some(3.0), Some(1.0), Some(2.0)]), "2 [1 - 3]");
        assert_eq!(
            stats(&[Some(4.0), Some(1.0), None, Some(2.0)]),
            "2 [1 - 4] (1 n/a)"
        );
        assert_eq!(stats(&[Some(10.0), Some(20.0)]), "15 [10 - 20]");
        assert_eq!(stats(&[None]), "n/a");
    }

    #[test]
    fn compressed_sizes_shrink_repetitive_data() {
        let data = "百模大战 ".repeat(1000).into_bytes();
        assert!(gzip_len(&data).unwrap() < data.len() as u64 / 10);
        assert!(brotli_len(&data).unwrap() < data.len() as u64 / 10);
    }
}
