//! `baimo`: the analysis core on the command line.
//!
//! ```text
//! baimo export [--library F] [--registry F]  the analysed corpus (and a library file's
//!                              articles) as JSON, with the reader's curation applied
//! baimo segment                segment UTF-8 lines from stdin, tokens separated by spaces
//! baimo timeline [--company ID]  the dated events, oldest first, as a table
//! baimo compare ID ID…         companies side by side, as tables
//! baimo summary                what the analysis found, in counts
//! baimo import PATH… [--today YYYY-MM-DD]  articles from files, folders and .zip archives,
//!                              as a library file on stdout
//! ```

mod compare;
mod import;
mod summary;
mod table;
mod timeline;

use baimo_core::analysis::{analyse, Analysis};
use baimo_core::corpus::Corpus;
use baimo_core::curation::Overlay;
use baimo_core::discover::{self, discover, Discovered};
use baimo_core::registry::Registry;
use baimo_core::{bundled, export, Segmenter};
use clap::{Parser, Subcommand};
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

/// baimo 百模: the Chinese-language press on the AI race, cleaned, segmented and analysed.
#[derive(Parser)]
#[command(name = "baimo", version, about)]
struct Cli {
    /// The reader's curation of the company registry (a `baimo-curation` file, JSON or TOML:
    /// see docs/CURATION.md), applied after a library file's own.
    #[arg(long, value_name = "FILE", global = true)]
    registry: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the bundled corpus, cleaned and analysed, as one JSON document.
    Export {
        /// Also analyse the articles of this library file (what `baimo import` prints and
        /// the web app's "export my library" saves), after the bundled ones, as the web app
        /// does with the articles imported there; the library's curation of the registry
        /// applies too.
        #[arg(long, value_name = "FILE")]
        library: Option<String>,
    },
    /// Read UTF-8 lines on stdin; print each line's tokens separated by single spaces.
    Segment,
    /// Print the dated events, oldest first.
    Timeline {
        /// Only events naming this company (registry id, e.g. `amazon`).
        #[arg(long)]
        company: Option<String>,
    },
    /// Print companies side by side: mentions, share of voice, money, terms, co-occurrence.
    Compare {
        /// Two or more registry ids (e.g. `amazon anthropic`).
        #[arg(required = true, num_args = 2..)]
        ids: Vec<String>,
    },
    /// Print what the analysis found, in counts: events, money, mentions, clusters.
    Summary,
    /// Read article files (.txt, .md, .html; UTF-8, UTF-16, GBK/GB18030 or Big5) and print
    /// them as one library file for the web app's "import a library file". Markdown front
    /// matter gives an article's title, date, author, source and tags. Files that cannot be
    /// read are named on stderr, and the exit status is then non-zero.
    Import {
        /// The article files, folders (every file under them, sorted, hidden ones skipped)
        /// and .zip archives (every file in them).
        #[arg(required = true)]
        files: Vec<String>,
        /// The import day (`YYYY-MM-DD`), kept with each article; never its date (an article
        /// nothing dates is undated); default: today on this machine's clock.
        #[arg(long)]
        today: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let curation = cli.registry.as_deref();
    let result = match cli.command {
        Command::Export { library } => run_export(library.as_deref(), curation),
        Command::Segment => run_segment(curation),
        Command::Timeline { company } => run_timeline(company.as_deref(), curation),
        Command::Compare { ids } => run_compare(&ids, curation),
        Command::Summary => run_summary(curation),
        Command::Import { files, today } => run_import(&files, today),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("baimo: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// The analysed corpus in the open world, and the registry it was analysed with.
struct Analysed {
    corpus: Corpus,
    analysis: Analysis,
    /// The companies the text names that nobody registered.
    found: Vec<Discovered>,
    /// The effective registry: bundled, discovered, then the reader's edits.
    registry: &'static Registry,
}

/// The bundled corpus, then the articles of a library file, and their analysis in the open
/// world: the companies the text names that nobody registered are discovered first, the
/// reader's curation (the library's edits, then `--registry`'s) applies on top, and the
/// analysis takes the resulting companies as it takes registered ones (a segmenter that
/// keeps their names whole).
fn analysed(library: Option<&str>, curation: Option<&str>) -> Result<Analysed, String> {
    let mut corpus = bundled::corpus().map_err(|e| e.to_string())?;
    let mut overlay = Overlay::default();
    if let Some(path) = library {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        let read = baimo_core::import::library::parse_library_bytes(&bytes)
            .map_err(|e| format!("{path}: {e}"))?;
        corpus
            .articles
            .extend(read.articles.iter().map(|s| s.article()));
        overlay = read.curation;
    }
    if let Some(path) = curation {
        overlay.edits.extend(read_curation(path)?.edits);
    }
    let bundled = Registry::bundled();
    let found = discover(&corpus, bundled);
    let registry = curated(discover::effective(bundled, &found), &overlay);
    let segmenter = Segmenter::new()
        .map_err(|e| e.to_string())?
        .with_registry(registry);
    let analysis = analyse(&corpus, &segmenter, registry);
    Ok(Analysed {
        corpus,
        analysis,
        found,
        registry,
    })
}

/// Reads a curation file (`--registry`).
fn read_curation(path: &str) -> Result<Overlay, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    Overlay::parse(&text).map_err(|e| format!("{path}: {e}"))
}

/// `base` with the overlay's edits; an edit that does not apply is said on stderr (and the
/// rest still apply).
fn curated(base: Registry, overlay: &Overlay) -> &'static Registry {
    let applied = overlay.apply(&base);
    for stale in &applied.stale {
        eprintln!(
            "baimo: curation edit {} not applied: {}",
            stale.index + 1,
            stale.error
        );
    }
    // Once per run: the segmenter holds on to its registry for good.
    Box::leak(Box::new(applied.registry))
}

/// Checks registry ids, naming the valid ones when one is unknown.
fn check_ids<'a>(
    registry: &Registry,
    ids: impl IntoIterator<Item = &'a str>,
) -> Result<(), String> {
    for id in ids {
        if registry.get(id).is_none() {
            let known: Vec<&str> = registry.companies().iter().map(|c| c.id.as_str()).collect();
            return Err(format!(
                "unknown company id {id:?}; known ids: {}",
                known.join(", ")
            ));
        }
    }
    Ok(())
}

fn run_export(library: Option<&str>, curation: Option<&str>) -> Result<(), String> {
    let run = analysed(library, curation)?;
    let doc = export::export_with(&run.corpus, run.analysis, run.found);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, &doc).map_err(|e| e.to_string())?;
    writeln!(out).map_err(|e| e.to_string())
}

fn run_segment(curation: Option<&str>) -> Result<(), String> {
    let registry = match curation {
        Some(path) => curated(Registry::bundled().clone(), &read_curation(path)?),
        None => Registry::bundled(),
    };
    let segmenter = Segmenter::new()
        .map_err(|e| e.to_string())?
        .with_registry(registry);
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| format!("line {}: not UTF-8 text ({e})", n + 1))?;
        writeln!(out, "{}", segmenter.words(&line).join(" ")).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

// Ids are checked against the effective registry, so a discovered company (`~名字`) or
// one of the reader's can be named too.
fn run_timeline(company: Option<&str>, curation: Option<&str>) -> Result<(), String> {
    let run = analysed(None, curation)?;
    check_ids(run.registry, company)?;
    print(&timeline::render(&run.analysis, company))
}

fn run_compare(ids: &[String], curation: Option<&str>) -> Result<(), String> {
    let run = analysed(None, curation)?;
    check_ids(run.registry, ids.iter().map(String::as_str))?;
    print(&compare::render(&run.corpus, &run.analysis, ids))
}

fn run_summary(curation: Option<&str>) -> Result<(), String> {
    let run = analysed(None, curation)?;
    print(&summary::render(&run.corpus, &run.analysis))
}

fn run_import(files: &[String], today: Option<String>) -> Result<(), String> {
    let today = match today {
        Some(date) => {
            import::check_today(&date)?;
            date
        }
        None => import::today(),
    };
    let outcome = import::run(files, &today);
    print(&outcome.json)?;
    print("\n")?;
    if outcome.failures.is_empty() {
        return Ok(());
    }
    for failure in &outcome.failures {
        eprintln!("baimo import: {failure}");
    }
    Err(format!(
        "{} of {} files could not be imported",
        outcome.failures.len(),
        outcome.files
    ))
}

fn print(text: &str) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    // A closed pipe (`baimo timeline | head`) is not an error worth a message.
    match out.write_all(text.as_bytes()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| e.to_string()),
    }
}
