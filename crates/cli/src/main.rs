//! `baimo`: the analysis core on the command line.
//!
//! ```text
//! baimo export [--library F]   the analysed corpus (and a library file's articles) as JSON
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
use baimo_core::discover::{discover, effective, Discovered};
use baimo_core::registry::Registry;
use baimo_core::{bundled, export, Segmenter};
use clap::{Parser, Subcommand};
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

/// baimo 百模: the Chinese-language press on the AI race, cleaned, segmented and analysed.
#[derive(Parser)]
#[command(name = "baimo", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the bundled corpus, cleaned and analysed, as one JSON document.
    Export {
        /// Also analyse the articles of this library file (what `baimo import` prints and
        /// the web app's "export my library" saves), after the bundled ones, as the web app
        /// does with the articles imported there.
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
        /// The import day (`YYYY-MM-DD`), also the date of an article that gives none;
        /// default: today on this machine's clock.
        #[arg(long)]
        today: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Export { library } => run_export(library.as_deref()),
        Command::Segment => run_segment(),
        Command::Timeline { company } => run_timeline(company.as_deref()),
        Command::Compare { ids } => run_compare(&ids),
        Command::Summary => run_summary(),
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

/// The bundled corpus and its analysis.
fn analysed() -> Result<(Corpus, Analysis), String> {
    analysed_with(None)
}

/// The bundled corpus, then the articles of a library file, and their analysis.
fn analysed_with(library: Option<&str>) -> Result<(Corpus, Analysis), String> {
    analysed_open(library).map(|(corpus, analysis, _)| (corpus, analysis))
}

/// [`analysed_with`] in the open world: the companies the text names that nobody registered
/// are discovered first, and the analysis takes them as it takes registered ones (the
/// effective registry, and a segmenter that keeps their names whole).
fn analysed_open(library: Option<&str>) -> Result<(Corpus, Analysis, Vec<Discovered>), String> {
    let mut corpus = bundled::corpus().map_err(|e| e.to_string())?;
    if let Some(path) = library {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        let stored =
            baimo_core::import::library::parse_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?;
        corpus.articles.extend(stored.iter().map(|s| s.article()));
    }
    let bundled = Registry::bundled();
    let found = discover(&corpus, bundled);
    // The process ends after one analysis: the effective registry lives as long as it.
    let registry: &'static Registry = Box::leak(Box::new(effective(bundled, &found)));
    let segmenter = Segmenter::new()
        .map_err(|e| e.to_string())?
        .with_registry(registry);
    let analysis = analyse(&corpus, &segmenter, registry);
    Ok((corpus, analysis, found))
}

/// Checks registry ids, naming the valid ones when one is unknown.
fn check_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> Result<(), String> {
    let registry = Registry::bundled();
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

fn run_export(library: Option<&str>) -> Result<(), String> {
    let (corpus, analysis, found) = analysed_open(library)?;
    let doc = export::export_with(&corpus, analysis, found);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, &doc).map_err(|e| e.to_string())?;
    writeln!(out).map_err(|e| e.to_string())
}

fn run_segment() -> Result<(), String> {
    let segmenter = Segmenter::new().map_err(|e| e.to_string())?;
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| format!("line {}: not UTF-8 text ({e})", n + 1))?;
        writeln!(out, "{}", segmenter.words(&line).join(" ")).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn run_timeline(company: Option<&str>) -> Result<(), String> {
    check_ids(company)?;
    let (_, analysis) = analysed()?;
    print(&timeline::render(&analysis, company))
}

fn run_compare(ids: &[String]) -> Result<(), String> {
    check_ids(ids.iter().map(String::as_str))?;
    let (corpus, analysis) = analysed()?;
    print(&compare::render(&corpus, &analysis, ids))
}

fn run_summary() -> Result<(), String> {
    let (corpus, analysis) = analysed()?;
    print(&summary::render(&corpus, &analysis))
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
