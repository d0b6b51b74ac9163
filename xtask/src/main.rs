//! `cargo xtask <command>`: baimo's build, test and bench tasks, in Rust so they need nothing
//! but cargo to start.
//!
//! - `setup`  install whatever build/test tool is missing (also run by every other command)
//! - `build`  release build of the web app into `dist/` (trunk)
//! - `serve`  build, then serve `dist/` on <http://127.0.0.1:8080/>
//! - `test`   native `cargo test`, release build with the test hooks, browser tests against it
//! - `bench`  the speed and size targets: the site against its peers, in headless Chromium
//! - `fuzz`   the cargo-fuzz targets in `fuzz/`, executions and crashes per target
//! - `score`  the hand labels in `tests/labels/` against the real pipeline's output

mod bench;
mod dict;
mod fuzz;
mod publish;
mod score;
mod site;
mod static_server;
mod tools;

use anyhow::{bail, Context, Result};
use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  setup                      install missing tools (rust wasm target, clippy, rustfmt, trunk,
                             wasm-bindgen-cli, Chromium, a CJK font, npm packages); fast no-op
                             when all are present
  build                      release build of the web app into dist/ (what gets deployed)
  serve [--port N] [--watch] build and serve dist/ on http://127.0.0.1:N/ (default 8080);
                             --watch: `trunk serve` instead, rebuilding on every change
  test [--skip-build] [--only NAME]
                             cargo tests, fmt and clippy (native and wasm32), the dictionary
                             file, fuzz smoke, release build with the test hooks (into
                             target/site-test-hooks/, never dist/), browser tests against it;
                             non-zero exit on any failure.
                             --only NAME: no cargo tests, and only the browser test files whose
                             name contains NAME, or one of NAME,NAME… (e.g. --only timeline)
  bench [--runs N] [--corpus-runs N] [--skip-build]
                             the issue's speed and size targets, side by side in headless
                             Chromium: the site vs a bare Leptos page, jieba-wasm (npm) and
                             native jieba-rs, alternating, N cold runs each (default 7), and
                             N imports of a generated 100- and 1,000-article corpus (default
                             3; 0 skips them); a table of medians, ratios and targets
  dict [--check]             encode jieba-rs's default dictionary into corpus/dict/jieba.dict
                             (the compact file the site fetches) and OpenCC's traditional ->
                             simplified dictionaries into corpus/dict/t2s.txt; --check: fail
                             if either is stale
  score [--articles DIR] [--labels DIR]
                             the hand-labelled evaluation of issue 15 (tests/labels/) on the
                             real articles (default $BAIMO_NEWS_2024, else
                             ../shared/news-2024/articles)
  fuzz [--time SECS] [TARGET]
                             build the cargo-fuzz targets (fuzz/) and run each (or TARGET) for
                             SECS (default 60); executions and crashes per target
  score [--articles DIR] [--labels DIR]
                             the hand labels (tests/labels/) against the real pipeline on
                             the articles they name (default $BAIMO_NEWS_2024, else
                             ../shared/news-2024/articles): figures found, amounts, currencies,
                             rounds, companies, payer and payee, and a line per miss

--skip-build reuses the last build with the test hooks (for iterating on the tests or the
bench); `build` and `serve` make the production site, without them.";

fn main() -> ExitCode {
    match dispatch() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("xtask: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn dispatch() -> Result<ExitCode> {
    let mut args = Args(std::env::args().skip(1).collect());
    let Some(command) = args.command() else {
        println!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    };
    match command.as_str() {
        "setup" => {
            args.finish()?;
            let tools = tools::setup()?;
            tools::setup_fuzz(&tools)?;
        }
        "build" => {
            args.finish()?;
            let tools = tools::setup()?;
            site::build(&tools, site::Site::Production)?;
        }
        "serve" => {
            let port = args.value("--port")?.unwrap_or(8080);
            let watch = args.flag("--watch");
            args.finish()?;
            let tools = tools::setup()?;
            site::serve(&tools, port, watch)?;
        }
        "test" => {
            let skip_build = args.flag("--skip-build");
            let only: Option<String> = args.value("--only")?;
            args.finish()?;
            return test(skip_build, only.as_deref());
        }
        "bench" => {
            let config = bench::Config {
                runs: args.value("--runs")?.unwrap_or(7),
                corpus_runs: args.value("--corpus-runs")?.unwrap_or(3),
                skip_build: args.flag("--skip-build"),
            };
            args.finish()?;
            if config.runs == 0 {
                bail!("--runs must be at least 1");
            }
            let tools = tools::setup()?;
            bench::run(&tools, &config)?;
        }
        "dict" => {
            let check = args.flag("--check");
            args.finish()?;
            dict::run(check)?;
        }
        "fuzz" => {
            let secs = args.value("--time")?.unwrap_or(fuzz::DEFAULT_SECS);
            let target = args.positional();
            args.finish()?;
            let tools = tools::setup()?;
            fuzz::run_targets(&tools, secs, target.as_deref())?;
        }
        "score" => {
            let mut opts = score::Options::defaults(&root());
            if let Some(dir) = args.value::<PathBuf>("--articles")? {
                opts.articles = dir;
            }
            if let Some(dir) = args.value::<PathBuf>("--labels")? {
                opts.labels = dir;
            }
            args.finish()?;
            score::run(&opts)?;
        }
        "help" | "--help" | "-h" => println!("{USAGE}"),
        other => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// `cargo xtask test`: every step runs even if an earlier independent one failed, so one CI run
/// reports everything; the last line is a one-line summary, and the exit code is 1 on any failure.
fn test(skip_build: bool, only: Option<&str>) -> Result<ExitCode> {
    let started = Instant::now();
    let tools = tools::setup()?;
    let mut steps: Vec<(&str, Result<String>)> = Vec::new();

    // (a) Native tests of everything but the web app, which is wasm-only (trunk builds it in (b)).
    if only.is_none() {
        heading("test: cargo test (native)");
        let mut cargo = tools.command("cargo");
        cargo.args(["test", "--workspace", "--exclude", site::WEB_PACKAGE]);
        steps.push(("cargo tests", run_counted(&mut cargo, Counter::Cargo)));
    }

    // The house rules: formatted, and clippy-clean natively and for the browser's target
    // (the web app is otherwise only ever compiled by trunk, which shows no lints).
    if only.is_none() {
        heading("test: cargo fmt --check, cargo clippy (native and wasm32)");
        steps.push((
            "format",
            lint(tools.command("cargo").args(["fmt", "--all", "--check"])),
        ));
        steps.push((
            "clippy (native)",
            lint(tools.command("cargo").args([
                "clippy",
                "--workspace",
                "--exclude",
                site::WEB_PACKAGE,
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])),
        ));
        steps.push((
            "clippy (wasm32 web app)",
            lint(tools.command("cargo").args([
                "clippy",
                "-p",
                site::WEB_PACKAGE,
                "--target",
                tools::WASM_TARGET,
                // The build the browser tests run: every line of the app, hooks included.
                "--features",
                site::HOOKS_FEATURE,
                "--",
                "-D",
                "warnings",
            ])),
        ));
    }

    // The committed dictionary files are what jieba-rs's and OpenCC's dictionaries make
    // (dict.rs).
    if only.is_none() {
        heading("test: corpus/dict/ against jieba-rs's dict.txt and OpenCC's t2s dictionaries");
        steps.push((
            "dictionary files",
            dict::run(true).map(|_| "match jieba-rs and OpenCC".to_owned()),
        ));
    }

    // Every fuzz target, briefly (fuzz.rs): a crash fails the test command.
    if only.is_none() {
        steps.push(("fuzz targets", fuzz::smoke(&tools)));
    }

    // (b) The release site as it gets deployed, plus the test hooks, in its own folder
    // (site.rs): never dist/, which only `cargo xtask build` writes.
    let site = site::Site::TestHooks;
    let built = if skip_build {
        site.check()
            .map(|()| format!("skipped, reusing {}", site.dir().display()))
            .context("--skip-build: run without it")
    } else {
        let t = Instant::now();
        site::build(&tools, site).map(|_| format!("ok in {}", fmt_duration(t.elapsed())))
    };
    let built_ok = built.is_ok();
    steps.push(("site build", built));

    // (c) + (d) Browser tests against that site, served like plain static hosts would.
    if built_ok {
        heading("test: browser tests (node --test, playwright-core, headless Chromium)");
        let result = TestSites::start(&site.dir())
            .context("starting the static servers")
            .and_then(|sites| {
                sites.describe();
                // Several browser tests compare with the native CLI. The cargo tests build it;
                // with --only they don't run, so build it here rather than test a stale one.
                if only.is_some() {
                    run(tools.command("cargo").args(["build", "-p", "baimo-cli"]))?;
                }
                let mut node = browser_command(&tools, &sites, &test_files(only)?);
                run_counted(&mut node, Counter::Node)
            });
        steps.push(("browser tests", result));
    } else {
        steps.push(("browser tests", Err(anyhow::anyhow!("not run: no site"))));
    }

    let failed = steps.iter().filter(|(_, r)| r.is_err()).count();
    println!();
    for (name, result) in &steps {
        match result {
            Ok(note) => println!("  ok      {name}: {note}"),
            Err(err) => println!("  FAILED  {name}: {err:#}"),
        }
    }
    let verdict = if failed == 0 { "PASSED" } else { "FAILED" };
    println!(
        "xtask test: {verdict} ({} of {} steps ok) in {}",
        steps.len() - failed,
        steps.len(),
        fmt_duration(started.elapsed())
    );
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Runs a check that passes or fails as a whole (fmt, clippy): "clean" or its failure.
fn lint(cmd: &mut Command) -> Result<String> {
    run(cmd).map(|()| "clean".to_owned())
}

/// The browser test files, `tests/browser/*.test.mjs`, in a stable order. Listed explicitly
/// because Node 20's `--test` takes files, not globs.
fn test_files(only: Option<&str>) -> Result<Vec<PathBuf>> {
    let dir = browser_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .filter(|p| {
            only.is_none_or(|names| {
                p.file_name().is_some_and(|f| {
                    let f = f.to_string_lossy();
                    names.split(',').any(|name| f.contains(name))
                })
            })
        })
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("no *.test.mjs files in {}", dir.display());
    }
    Ok(files)
}

/// The servers the browser tests run against, each on its own port (its own origin, so
/// service workers, caches and storage never mix).
struct TestSites {
    /// The whole suite: the site under a sub-path, no rewrite rules, with its 404.html for
    /// unknown addresses (like a GitHub project page).
    main: static_server::Server,
    /// The site at the domain root of a plain server: no rewrites, no 404 page.
    root: static_server::Server,
    /// A copy of the site the update test changes between two visits.
    update: static_server::Server,
    update_dir: PathBuf,
}

impl TestSites {
    fn start(dist: &Path) -> Result<TestSites> {
        let options = |mount: &str, not_found_page| static_server::Options {
            port: 0,
            mount: mount.to_owned(),
            not_found_page,
            log: false,
        };
        let update_dir = root().join("target").join("xtask-update-site");
        if update_dir.exists() {
            std::fs::remove_dir_all(&update_dir)
                .with_context(|| format!("removing {}", update_dir.display()))?;
        }
        copy_dir(dist, &update_dir)?;
        Ok(TestSites {
            main: static_server::Server::start_with(dist, options("/baimo/", true))?,
            root: static_server::Server::start_with(dist, options("/", false))?,
            update: static_server::Server::start_with(&update_dir, options("/app/", false))?,
            update_dir,
        })
    }

    fn describe(&self) {
        println!("serving the site at {} (with 404.html)", self.main.url());
        println!("serving the site at {} (plain)", self.root.url());
        println!(
            "serving a copy of the site ({}) at {} (plain)",
            self.update_dir.display(),
            self.update.url()
        );
    }
}

/// Copies the folder `from` to `to` (created), files and sub-folders.
fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to).with_context(|| format!("creating {}", to.display()))?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .with_context(|| format!("copying to {}", target.display()))?;
        }
    }
    Ok(())
}

/// `node --test` over `files`, pointed at the sites under test.
fn browser_command(tools: &tools::Tools, sites: &TestSites, files: &[PathBuf]) -> Command {
    let mut node = tools.command("node");
    node.current_dir(browser_dir())
        // spec output is readable in CI logs; one file at a time as each starts its own Chromium;
        // a hung test fails after 5 minutes instead of stalling CI.
        .args([
            "--test",
            "--test-reporter=spec",
            "--test-concurrency=1",
            "--test-timeout=300000",
        ])
        .args(files)
        .env("BAIMO_BASE_URL", sites.main.url())
        .env("BAIMO_ROOT_URL", sites.root.url())
        .env("BAIMO_UPDATE_URL", sites.update.url())
        .env("BAIMO_UPDATE_DIR", &sites.update_dir)
        .env("BAIMO_CHROMIUM", tools::CHROMIUM)
        // The native CLI the cargo tests just built: the parity test checks that the browser
        // segments exactly as `baimo segment` does.
        .env("BAIMO_CLI", cli_binary());
    node
}

/// The debug `baimo` binary that `cargo test` builds for the CLI's integration tests.
fn cli_binary() -> PathBuf {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    target.join("debug").join("baimo")
}

/// Which test summary lines to count in [`run_counted`].
#[derive(Clone, Copy)]
enum Counter {
    /// `test result: ok. 12 passed; 0 failed; ...`, once per test binary.
    Cargo,
    /// `ℹ pass 12` / `ℹ fail 0` from node's spec reporter.
    Node,
}

/// Runs `cmd`, echoing its stdout while counting passed/failed tests; returns "N passed".
fn run_counted(cmd: &mut Command, counter: Counter) -> Result<String> {
    println!("$ {}", display(cmd));
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start `{}`", display(cmd)))?;
    let (mut passed, mut failed) = (0u64, 0u64);
    let number = |s: &str| {
        s.trim()
            .split(' ')
            .next()
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(0)
    };
    for line in BufReader::new(child.stdout.take().expect("piped")).lines() {
        let line = line?;
        println!("{line}");
        match counter {
            Counter::Cargo => {
                if let Some(rest) = line.strip_prefix("test result: ") {
                    for part in rest.split(';') {
                        let part = part.trim_start_matches(|c: char| !c.is_ascii_digit());
                        if part.ends_with(" passed") {
                            passed += number(part);
                        } else if part.ends_with(" failed") {
                            failed += number(part);
                        }
                    }
                }
            }
            Counter::Node => {
                let line = line.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
                if let Some(n) = line.strip_prefix("pass ") {
                    passed += number(n);
                } else if let Some(n) = line.strip_prefix("fail ") {
                    failed += number(n);
                }
            }
        }
    }
    let status = child.wait()?;
    if !status.success() {
        bail!("{failed} failed, {passed} passed ({status})");
    }
    Ok(format!("{passed} passed"))
}

/// Runs `cmd` to completion, echoing it first; an error if it fails.
pub fn run(cmd: &mut Command) -> Result<()> {
    println!("$ {}", display(cmd));
    let status = cmd
        .status()
        .with_context(|| format!("could not start `{}`", display(cmd)))?;
    if !status.success() {
        bail!("`{}` failed ({status})", display(cmd));
    }
    Ok(())
}

/// Runs `cmd` quietly and returns its trimmed stdout, or `None` if it can't run or fails.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// `program arg arg…` for progress lines (paths inside the repo shown relative to it).
pub fn display(cmd: &Command) -> String {
    let root = root();
    let show = |s: &OsStr| {
        let s = Path::new(s);
        s.strip_prefix(&root).unwrap_or(s).display().to_string()
    };
    let program = Path::new(cmd.get_program());
    let program = program
        .file_name()
        .filter(|_| program.is_absolute())
        .unwrap_or(program.as_os_str());
    std::iter::once(show(program))
        .chain(cmd.get_args().map(show))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A section heading in the output.
pub fn heading(text: &str) {
    println!("\n==> {text}");
}

/// The repository root (xtask lives in `<root>/xtask`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask is inside the repo")
        .to_path_buf()
}

/// The Node project with the browser tests, the bench driver, playwright-core and binaryen.
pub fn browser_dir() -> PathBuf {
    root().join("tests").join("browser")
}

pub fn fmt_duration(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs < 60.0 {
        format!("{secs:.1}s")
    } else {
        format!("{}m{:02}s", d.as_secs() / 60, d.as_secs() % 60)
    }
}

/// Just enough argument parsing for `--flag` and `--key value`/`--key=value`.
struct Args(Vec<String>);

impl Args {
    fn command(&mut self) -> Option<String> {
        (!self.0.is_empty()).then(|| self.0.remove(0))
    }

    fn flag(&mut self, name: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|a| a != name);
        self.0.len() != before
    }

    fn value<T: std::str::FromStr>(&mut self, name: &str) -> Result<Option<T>> {
        let Some(i) = self
            .0
            .iter()
            .position(|a| a == name || a.starts_with(&format!("{name}=")))
        else {
            return Ok(None);
        };
        let arg = self.0.remove(i);
        let raw = match arg.split_once('=') {
            Some((_, v)) => v.to_string(),
            None if i < self.0.len() => self.0.remove(i),
            None => bail!("{name} needs a value"),
        };
        raw.parse()
            .map(Some)
            .map_err(|_| anyhow::anyhow!("bad value for {name}: `{raw}`"))
    }

    /// The next argument that is not an option, if any.
    fn positional(&mut self) -> Option<String> {
        let i = self.0.iter().position(|a| !a.starts_with("--"))?;
        Some(self.0.remove(i))
    }

    fn finish(self) -> Result<()> {
        if !self.0.is_empty() {
            bail!("unexpected argument(s): {}\n\n{USAGE}", self.0.join(" "));
        }
        Ok(())
    }
}
