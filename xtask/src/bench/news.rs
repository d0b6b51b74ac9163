//! The real library of issue 14: `../shared/news-2024/articles/` (918 Chinese AI-industry
//! articles, third-party text read at bench time only, never copied into the repo), imported
//! by the native `baimo import` into `target/bench/news.json` for the page, and the native
//! `baimo export --library` on that file timed as the page's reference.

use crate::tools::Tools;
use crate::{root, run};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// The day the bench imports the library on (fixed: an undated article's date stays put).
const IMPORT_DAY: &str = "2026-12-03";

/// The real library, ready for the page.
pub struct News {
    /// The library file `baimo import` wrote.
    pub library: PathBuf,
    /// How many articles it holds (files refused as exact duplicates are not in it).
    pub articles: usize,
    /// The release CLI that made it.
    pub cli: PathBuf,
}

/// Where the real articles are: `BAIMO_NEWS_2024`, else `../shared/news-2024/articles/`
/// beside the repo.
pub fn articles_dir() -> PathBuf {
    std::env::var_os("BAIMO_NEWS_2024")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/news-2024/articles"))
}

/// Builds the release CLI and imports every Markdown file of [`articles_dir`] into
/// `dir/news.json`; `None` (said on stdout) when the folder is not there.
pub fn prepare(tools: &Tools, dir: &Path) -> Result<Option<News>> {
    let articles = articles_dir();
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&articles) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect(),
        Err(e) => {
            println!(
                "no real library: {} ({e}); set BAIMO_NEWS_2024",
                articles.display()
            );
            return Ok(None);
        }
    };
    files.sort();
    run(tools
        .command("cargo")
        .args(["build", "--release", "-p", "baimo-cli"]))?;
    let cli = root().join("target/release/baimo");
    let library = dir.join("news.json");
    let out = std::fs::File::create(&library)
        .with_context(|| format!("writing {}", library.display()))?;
    // Exact duplicates are refused (said on stderr) and the command exits non-zero for them:
    // the file holds every article that could be imported.
    Command::new(&cli)
        .args(["import", "--today", IMPORT_DAY])
        .args(&files)
        .stdout(out)
        .stderr(Stdio::null())
        .status()
        .context("running baimo import")?;
    let json = std::fs::read(&library)?;
    let count = baimo_core::import::library::parse_bytes(&json)
        .map_err(|e| anyhow::anyhow!("{}: {e}", library.display()))?
        .len();
    println!(
        "{}: {count} of {} files, {} bytes",
        library.display(),
        files.len(),
        json.len()
    );
    Ok(Some(News {
        library,
        articles: count,
        cli,
    }))
}

/// `baimo export --library` on the real library, `runs` times: wall-clock ms of each run
/// (process start, analysis and the JSON written to nowhere), `None` for a failed run.
pub fn native_export(news: &News, runs: u32) -> Vec<Option<f64>> {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            let status = Command::new(&news.cli)
                .arg("export")
                .arg("--library")
                .arg(&news.library)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            let ms = started.elapsed().as_secs_f64() * 1e3;
            status.ok().filter(|s| s.success()).map(|_| ms)
        })
        .collect()
}
