//! `baimo`: the analysis core on the command line.
//!
//! ```text
//! baimo export             the analysed corpus as one JSON document on stdout
//! baimo segment            segment UTF-8 lines from stdin, tokens separated by spaces
//! ```

use baimo_core::{bundled, export, Segmenter};
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: baimo <command>

commands:
  export    print the bundled corpus, cleaned and analysed, as one JSON document
  segment   read UTF-8 lines on stdin, print each line's tokens separated by single spaces";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("export") => run_export(),
        Some("segment") => run_segment(),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}\n\n{USAGE}")),
        None => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("baimo: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run_export() -> Result<(), String> {
    let corpus = bundled::corpus()?;
    let doc = export::export(&corpus);
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
