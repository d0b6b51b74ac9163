//! `cargo xtask fuzz`: builds the cargo-fuzz targets in `fuzz/` and runs each for a while,
//! reporting executions and crashes per target. `cargo xtask test` runs every target briefly.
//!
//! Each target starts from three corpora: what earlier runs found (`fuzz/corpus/<target>`,
//! git-ignored), seeds cut from `corpus/raw/` on every run (`fuzz/target/raw-seeds/<target>`),
//! and the small hand-written seeds committed in `fuzz/seeds/<target>`. A crash leaves its
//! input in `fuzz/artifacts/<target>/` and the command says how to replay it.

use crate::tools::Tools;
use crate::{display, fmt_duration, heading, root, run};
use anyhow::{bail, Context, Result};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// How the raw scrapes become seeds for a target.
#[derive(Clone, Copy)]
enum Seeds {
    /// Stretches of whole lines (pages for the cleaner, the HTML reader, the decoder).
    Chunks,
    /// One sentence per seed (for the extractors).
    Sentences,
}

/// A fuzz target: its name (`fuzz/fuzz_targets/<name>.rs`), its seeds from the raw corpus,
/// its dictionary in `fuzz/dict/` if any, and the longest input libFuzzer makes for it.
struct Target {
    name: &'static str,
    seeds: Seeds,
    dict: Option<&'static str>,
    max_len: usize,
}

const TARGETS: &[Target] = &[
    Target {
        name: "clean",
        seeds: Seeds::Chunks,
        dict: Some("html.dict"),
        // Cleaning reads every line several ways: shorter pages give more runs a second.
        max_len: 4096,
    },
    Target {
        name: "date",
        seeds: Seeds::Sentences,
        dict: None,
        max_len: 2048,
    },
    Target {
        name: "money",
        seeds: Seeds::Sentences,
        dict: None,
        max_len: 2048,
    },
    Target {
        name: "html",
        seeds: Seeds::Chunks,
        dict: Some("html.dict"),
        max_len: 8192,
    },
    Target {
        name: "decode",
        seeds: Seeds::Chunks,
        dict: Some("decode.dict"),
        max_len: 8192,
    },
];

/// Seconds per target for `cargo xtask fuzz` without `--time`.
pub const DEFAULT_SECS: u64 = 60;

/// Seconds per target in `cargo xtask test`: enough to replay every seed and try a few
/// thousand mutations, not a search.
pub const TEST_SECS: u64 = 10;

/// A single input that runs this long is reported as a hang (libFuzzer's `-timeout`): far
/// beyond what any input of `max_len` takes, so only a real hang trips it.
const HANG_SECS: u64 = 60;

/// Target names, for the usage text.
pub fn names() -> String {
    TARGETS
        .iter()
        .map(|t| t.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// What one target's run did.
struct Outcome {
    name: &'static str,
    executions: u64,
    /// The input that crashed, hung or ran out of memory (libFuzzer stops at the first).
    artifact: Option<PathBuf>,
    /// The panic message or libFuzzer's error line, for the summary.
    reason: Option<String>,
    /// The line just read said `panicked at`: the next one is the message.
    panic_message_next: bool,
    secs: f64,
}

/// `cargo xtask fuzz [--time SECS] [TARGET]`: every target (or the one named) for `secs`
/// each; an error when any crashed.
pub fn run_targets(tools: &Tools, secs: u64, only: Option<&str>) -> Result<()> {
    let outcomes = fuzz(tools, secs, only)?;
    let crashed = outcomes.iter().filter(|o| o.artifact.is_some()).count();
    if crashed > 0 {
        bail!("{crashed} of {} fuzz targets crashed", outcomes.len());
    }
    Ok(())
}

/// The `cargo xtask test` step: every target for [`TEST_SECS`]; "N executions" or an error
/// naming the targets that crashed.
pub fn smoke(tools: &Tools) -> Result<String> {
    let outcomes = fuzz(tools, TEST_SECS, None)?;
    let crashed: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.artifact.is_some())
        .map(|o| o.name)
        .collect();
    if !crashed.is_empty() {
        bail!("crashed: {}", crashed.join(", "));
    }
    let executions: u64 = outcomes.iter().map(|o| o.executions).sum();
    Ok(format!(
        "{} targets, {executions} executions, no crash",
        outcomes.len()
    ))
}

/// Builds the targets, runs them and prints a table of executions and crashes.
fn fuzz(tools: &Tools, secs: u64, only: Option<&str>) -> Result<Vec<Outcome>> {
    let targets: Vec<&Target> = match only {
        Some(name) => match TARGETS.iter().find(|t| t.name == name) {
            Some(t) => vec![t],
            None => bail!("no fuzz target `{name}`; the targets are {}", names()),
        },
        None => TARGETS.iter().collect(),
    };
    let toolchain = crate::tools::setup_fuzz(tools)?;
    heading("fuzz: build (cargo fuzz, no sanitizer, debug assertions on)");
    let started = Instant::now();
    run(&mut cargo_fuzz(tools, toolchain.as_deref(), "build"))?;
    println!("built in {}", fmt_duration(started.elapsed()));

    let raw = raw_articles()?;
    let mut outcomes = Vec::new();
    for target in targets {
        heading(&format!("fuzz: {} for {secs} s", target.name));
        let seeds = write_raw_seeds(target, &raw)?;
        outcomes.push(run_one(tools, toolchain.as_deref(), target, &seeds, secs)?);
    }

    println!(
        "\n  {:<8} {:>12} {:>8} {:>8}",
        "target", "executions", "exec/s", "crashes"
    );
    for o in &outcomes {
        let rate = if o.secs > 0.0 {
            o.executions as f64 / o.secs
        } else {
            0.0
        };
        println!(
            "  {:<8} {:>12} {:>8.0} {:>8}",
            o.name,
            o.executions,
            rate,
            usize::from(o.artifact.is_some())
        );
    }
    for o in &outcomes {
        if let Some(artifact) = &o.artifact {
            let artifact = artifact.strip_prefix(root()).unwrap_or(artifact);
            println!(
                "\n{} crashed: {}\n  input:  {}\n  replay: cargo {}fuzz run -s none -a {} {}",
                o.name,
                o.reason.as_deref().unwrap_or("see the log above"),
                artifact.display(),
                toolchain
                    .as_deref()
                    .map_or(String::new(), |t| format!("+{t} ")),
                o.name,
                artifact.display()
            );
        }
    }
    Ok(outcomes)
}

/// `cargo fuzz <subcommand> -s none -a`, run from the repo root on the fuzz toolchain.
///
/// No sanitizer: the core is safe Rust, so AddressSanitizer would only slow every run down;
/// debug assertions on, so integer overflow panics instead of wrapping.
fn cargo_fuzz(tools: &Tools, toolchain: Option<&str>, subcommand: &str) -> Command {
    let mut cmd = tools.command("cargo");
    cmd.args([
        "fuzz",
        subcommand,
        "--sanitizer",
        "none",
        "--debug-assertions",
    ]);
    // `cargo xtask` runs under the stable cargo, which leaves its own path in CARGO; cargo-fuzz
    // must reach rustup's `cargo` on PATH to get the fuzz toolchain.
    cmd.env_remove("CARGO");
    if let Some(toolchain) = toolchain {
        cmd.env("RUSTUP_TOOLCHAIN", toolchain);
    }
    cmd
}

/// Runs one target for `secs`, its output going to `fuzz/target/logs/<target>.log`, and
/// reads executions and any crash from libFuzzer's report.
fn run_one(
    tools: &Tools,
    toolchain: Option<&str>,
    target: &Target,
    raw_seeds: &Path,
    secs: u64,
) -> Result<Outcome> {
    let fuzz = root().join("fuzz");
    let corpus = fuzz.join("corpus").join(target.name);
    let hand = fuzz.join("seeds").join(target.name);
    std::fs::create_dir_all(&corpus)?;
    let logs = fuzz.join("target").join("logs");
    std::fs::create_dir_all(&logs)?;
    let log_path = logs.join(format!("{}.log", target.name));

    let mut cmd = cargo_fuzz(tools, toolchain, "run");
    cmd.arg(target.name).arg(&corpus).arg(raw_seeds);
    if hand.is_dir() {
        cmd.arg(&hand);
    }
    cmd.arg("--")
        .arg(format!("-max_total_time={secs}"))
        .arg(format!("-max_len={}", target.max_len))
        .arg(format!("-timeout={HANG_SECS}"))
        .arg("-print_final_stats=1");
    if let Some(dict) = target.dict {
        cmd.arg(format!("-dict={}", fuzz.join("dict").join(dict).display()));
    }
    println!("$ {}", display(&cmd));
    println!("  (libFuzzer's output: {})", log_path.display());

    let started = Instant::now();
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start `{}`", display(&cmd)))?;
    let mut log = std::fs::File::create(&log_path)?;
    let mut outcome = Outcome {
        name: target.name,
        executions: 0,
        artifact: None,
        reason: None,
        panic_message_next: false,
        secs: 0.0,
    };
    let stderr = child.stderr.take().context("piped stderr")?;
    for line in BufReader::new(stderr).lines() {
        let line = line?;
        std::io::Write::write_all(&mut log, format!("{line}\n").as_bytes())?;
        read_report_line(&line, &mut outcome);
    }
    let status = child.wait()?;
    outcome.secs = started.elapsed().as_secs_f64();
    if !status.success() && outcome.artifact.is_none() {
        bail!(
            "`cargo fuzz run {}` failed ({status}) without a crash report; see {}",
            target.name,
            log_path.display()
        );
    }
    match &outcome.artifact {
        Some(a) => println!(
            "CRASH after {} executions: {}",
            outcome.executions,
            a.display()
        ),
        None => println!(
            "ok: {} executions in {}, no crash",
            outcome.executions,
            fmt_duration(started.elapsed())
        ),
    }
    Ok(outcome)
}

/// Takes what matters from one line of libFuzzer's (and the panic handler's) output.
fn read_report_line(line: &str, outcome: &mut Outcome) {
    if let Some(n) = line.strip_prefix("stat::number_of_executed_units:") {
        outcome.executions = n.trim().parse().unwrap_or(outcome.executions);
        return;
    }
    if let Some(rest) = line.split("Test unit written to ").nth(1) {
        outcome.artifact = Some(PathBuf::from(rest.trim()));
        return;
    }
    let panic = line.contains("panicked at");
    if panic || line.contains("ERROR: libFuzzer:") || outcome.panic_message_next {
        println!("{line}");
        match &mut outcome.reason {
            // The panic message is the line after `panicked at`.
            Some(reason) if outcome.panic_message_next => {
                reason.push('\n');
                reason.push_str(line.trim());
            }
            // The first report is the cause; what libFuzzer says next follows from it.
            Some(_) => {}
            None => outcome.reason = Some(line.trim().to_owned()),
        }
        outcome.panic_message_next = panic && !outcome.panic_message_next;
    }
}

/// The raw scrapes in `corpus/raw/`, by file stem.
fn raw_articles() -> Result<Vec<(String, String)>> {
    let dir = root().join("corpus").join("raw");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
            let stem = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            Ok((stem, text))
        })
        .collect()
}

/// Writes `target`'s seeds from the raw scrapes into a fresh `fuzz/target/raw-seeds/<target>`.
fn write_raw_seeds(target: &Target, raw: &[(String, String)]) -> Result<PathBuf> {
    let dir = root()
        .join("fuzz")
        .join("target")
        .join("raw-seeds")
        .join(target.name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    let mut count = 0;
    for (stem, text) in raw {
        let pieces = match target.seeds {
            Seeds::Chunks => chunks(text, target.max_len / 2),
            Seeds::Sentences => sentences(text, target.max_len),
        };
        for (i, piece) in pieces.iter().enumerate() {
            std::fs::write(dir.join(format!("{stem}-{i:04}")), piece)?;
            count += 1;
        }
    }
    println!("{count} seeds from corpus/raw/");
    Ok(dir)
}

/// Consecutive whole lines, each stretch at most `max` bytes (a longer line stands alone, cut
/// at a char boundary).
fn chunks(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.split_inclusive('\n') {
        if !current.is_empty() && current.len() + line.len() > max {
            out.push(std::mem::take(&mut current));
        }
        let mut end = line.len().min(max);
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        current.push_str(&line[..end]);
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    out
}

/// Each sentence of each line (cut after 。！？!?), trimmed, of 2 chars or more and at most
/// `max` bytes.
fn sentences(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        for s in line.split_inclusive(['。', '！', '？', '!', '?']) {
            let s = s.trim();
            if s.chars().count() >= 2 && s.len() <= max {
                out.push(s.to_owned());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_keep_whole_lines_under_the_limit() {
        let text = "第一行\n第二行\n很长很长的第三行\n";
        let parts = chunks(text, 30);
        assert_eq!(parts, ["第一行\n第二行\n", "很长很长的第三行\n"]);
        assert!(chunks("亚马逊", 4).iter().all(|c| c == "亚"));
    }

    #[test]
    fn sentences_split_at_full_stops() {
        let text = "亚马逊投资。谷歌跟进！\n短\n问？";
        assert_eq!(sentences(text, 100), ["亚马逊投资。", "谷歌跟进！", "问？"]);
    }

    #[test]
    fn reads_executions_and_crashes_from_the_report() {
        let mut o = Outcome {
            name: "x",
            executions: 0,
            artifact: None,
            reason: None,
            panic_message_next: false,
            secs: 0.0,
        };
        for line in [
            "thread '<unnamed>' panicked at fuzz_targets/x.rs:3:5:",
            "empty paragraph",
            "==1== ERROR: libFuzzer: deadly signal",
            "artifact_prefix='a/'; Test unit written to a/crash-123",
            "stat::number_of_executed_units: 4567",
        ] {
            read_report_line(line, &mut o);
        }
        assert_eq!(o.executions, 4567);
        assert_eq!(o.artifact, Some(PathBuf::from("a/crash-123")));
        assert_eq!(
            o.reason.as_deref(),
            Some("thread '<unnamed>' panicked at fuzz_targets/x.rs:3:5:\nempty paragraph")
        );
    }
}
