//! `cargo xtask score [--articles DIR] [--labels DIR]`: the hand labels in `tests/labels/`
//! against what the real pipeline finds in the articles they name.
//!
//! The labelled articles are imported as `baimo import` does (the file read, its encoding
//! detected, the guessed facts confirmed as they are) and analysed together with the effective
//! registry; each scorer then finds its labels in the result and prints its figures and one
//! line per miss. The figures are a report, not an assertion: the command exits 0 when it ran.
//!
//! Scorers: [`money`] (`money.tsv`: amounts, currencies, rounds, companies, payer and payee)
//! and [`orgs`] (`orgs.tsv`: names kept whole and attributed; `discovered-sample.tsv`:
//! discovery's precision on a seeded sample). Both analyse with the effective registry: the
//! bundled one and the companies discovered over the whole folder of articles, as the app
//! does over a reader's library.

pub mod money;
pub mod orgs;

use anyhow::{bail, Context, Result};
use baimo_core::analysis::{analyse, Analysis};
use baimo_core::discover;
use baimo_core::import::decode::Choice;
use baimo_core::import::read_file;
use baimo_core::registry::Registry;
use baimo_core::segment::Segmenter;
use baimo_core::Corpus;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The day the scored articles are "imported": fixed, so a run does not depend on the clock
/// (an article whose text gives no date is dated by the import's rules, never by this day).
const IMPORT_DAY: &str = "2026-12-03";

/// Where the articles and the labels are.
pub struct Options {
    /// The folder of the articles the labels name (`../shared/news-2024/articles`).
    pub articles: PathBuf,
    /// The folder of the label files (`tests/labels`).
    pub labels: PathBuf,
}

impl Options {
    /// The defaults: `$BAIMO_NEWS_2024` or `../shared/news-2024/articles` beside the
    /// repository, and the repository's `tests/labels`.
    pub fn defaults(root: &Path) -> Options {
        let articles = std::env::var_os("BAIMO_NEWS_2024")
            .map_or_else(|| root.join("../shared/news-2024/articles"), PathBuf::from);
        Options {
            articles,
            labels: root.join("tests/labels"),
        }
    }
}

/// The labelled articles, analysed: what every scorer reads.
pub struct Analysed {
    /// The analysis of the labelled articles (and only them).
    pub analysis: Analysis,
    /// Article id → the files it was imported from (reposts with the same text are one
    /// article, as `baimo import` keeps them).
    pub files: HashMap<String, Vec<String>>,
    /// The registry the analysis used.
    pub registry: &'static Registry,
    /// Files named by a label that could not be imported, with why.
    pub failures: Vec<String>,
}

/// Runs every scorer and prints its report.
pub fn run(opts: &Options) -> Result<()> {
    let money_path = opts.labels.join("money.tsv");
    let text = std::fs::read_to_string(&money_path)
        .with_context(|| format!("reading {}", money_path.display()))?;
    let labels = money::parse_labels(&text).map_err(|e| anyhow::anyhow!("{e}"))?;
    let files: BTreeSet<&str> = labels.iter().map(|l| l.file.as_str()).collect();
    // orgs.rs adds the files its labels name here.
    let analysed = analyse_files(&opts.articles, &files)?;
    for f in &analysed.failures {
        println!("could not import {f}");
    }
    let report = money::score(&labels, &money::outputs(&analysed), analysed.registry);
    print!("{}", report.render());
    print!("{}", orgs::run(&opts.articles, &opts.labels)?);
    Ok(())
}

/// Imports `files` from `dir` the way `baimo import` does and analyses them.
pub fn analyse_files(dir: &Path, files: &BTreeSet<&str>) -> Result<Analysed> {
    if !dir.is_dir() {
        bail!(
            "no articles at {} (set BAIMO_NEWS_2024 or pass --articles DIR)",
            dir.display()
        );
    }
    let mut corpus = Corpus::default();
    let mut by_id: HashMap<String, Vec<String>> = HashMap::new();
    let mut failures = Vec::new();
    for name in files {
        let path = dir.join(name);
        let imported = std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                let draft =
                    read_file(name, &bytes, Choice::Auto, IMPORT_DAY).map_err(|e| e.to_string())?;
                let stored = draft
                    .finish(&draft.edits(), IMPORT_DAY)
                    .map_err(|e| e.to_string())?;
                Ok(stored.article())
            });
        match imported {
            Ok(article) => {
                let files = by_id.entry(article.meta.id.clone()).or_default();
                if files.is_empty() {
                    corpus.articles.push(article);
                }
                files.push((*name).to_owned());
            }
            Err(why) => failures.push(format!("{name}: {why}")),
        }
    }
    // Discovered over the whole folder, as the app discovers over the whole library.
    let bundled = Registry::bundled();
    let discovered = orgs::discover_all(&orgs::load_articles(dir)?, bundled);
    let registry: &'static Registry =
        Box::leak(Box::new(discover::effective(bundled, &discovered)));
    let segmenter = Segmenter::new()
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .with_registry(registry);
    let analysis = analyse(&corpus, &segmenter, registry);
    Ok(Analysed {
        analysis,
        files: by_id,
        registry,
        failures,
    })
}
