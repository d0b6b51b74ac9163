//! `cargo xtask setup`: make sure every build and test tool is present, installing only what is
//! missing, and only from package registries (crates.io, npm, Debian).
//!
//! Versions are pinned where a mismatch breaks the build:
//! - trunk [`TRUNK_VERSION`] (0.22 needs a newer rustc);
//! - wasm-bindgen-cli = the `wasm-bindgen` crate in Cargo.lock (the two must match exactly);
//! - wasm-opt from the npm package `binaryen` (tests/browser/package-lock.json), because Debian's
//!   binaryen 108 produces broken modules.
//!
//! `Trunk.toml` repeats the wasm-bindgen and wasm-opt pins with `offline = true`, so trunk never
//! downloads a tool and fails on a wrong one; setup checks that both sides agree.

use crate::{browser_dir, heading, output, root, run};
use anyhow::{bail, Context, Result};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

pub const TRUNK_VERSION: &str = "0.21.14";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian's Chromium; Playwright's own browser download is never used.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// System tools from Debian: (what it is for, how to find it, apt package).
const SYSTEM_TOOLS: &[(&str, &str, &str)] = &[
    ("Chromium (browser tests, bench)", CHROMIUM, "chromium"),
    ("chromedriver", "/usr/bin/chromedriver", "chromium-driver"),
    // A fresh machine has no CJK font: without one every Chinese character of the browser
    // tests' screenshots is an empty box, and nobody can judge them by eye.
    (
        "a CJK font (Noto Sans CJK, for the screenshots)",
        CJK_FONT,
        "fonts-noto-cjk",
    ),
];

/// The font file Debian's `fonts-noto-cjk` installs.
const CJK_FONT: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

/// The result of setup: where the tools are. Use [`Tools::command`] to run any of them.
pub struct Tools {
    /// `PATH` for every child process: binaryen's wasm-opt first (so trunk can't pick up a
    /// system wasm-opt), then cargo's bin dir (freshly installed trunk/wasm-bindgen), then `$PATH`.
    path: OsString,
}

impl Tools {
    /// A command for `program` found on the tools `PATH`, run from the repo root, with no stdin
    /// (everything must work unattended in CI).
    pub fn command(&self, program: &str) -> Command {
        let resolved = which(program, &self.path).unwrap_or_else(|| PathBuf::from(program));
        let mut cmd = Command::new(resolved);
        cmd.env("PATH", &self.path)
            .current_dir(root())
            .stdin(Stdio::null());
        cmd
    }
}

pub fn setup() -> Result<Tools> {
    heading("setup: build and test tools");
    let started = Instant::now();
    let tools = Tools {
        path: tools_path()?,
    };
    let pins = TrunkPins::read()?;

    ensure_wasm_target()?;
    ensure_components(&["clippy", "rustfmt"])?;
    ensure_system_tools(&tools)?;
    // trunk 0.21.14's own lock file is what makes it compile (hence --locked).
    ensure_cargo_tool(&tools, "trunk", "trunk", TRUNK_VERSION, &["--locked"])?;
    let bindgen = wasm_bindgen_version()?;
    if pins.wasm_bindgen != bindgen {
        bail!(
            "Trunk.toml pins wasm_bindgen = \"{}\" but Cargo.lock has wasm-bindgen {bindgen}: make them equal",
            pins.wasm_bindgen
        );
    }
    // No --locked here: wasm-bindgen-cli's lock file fails to build with our toolchain.
    ensure_cargo_tool(&tools, "wasm-bindgen-cli", "wasm-bindgen", &bindgen, &[])?;
    ensure_node_modules(&tools)?;

    // Check what trunk will actually find on the PATH we give it (trunk runs `<tool> --version`).
    let wasm_opt = which("wasm-opt", &tools.path).context("wasm-opt not found after npm ci")?;
    let found = output(Command::new(&wasm_opt).arg("--version"))
        .and_then(|v| v.split(' ').nth(2).map(|n| format!("version_{n}")));
    if found.as_deref() != Some(pins.wasm_opt.as_str()) {
        bail!(
            "{} reports {:?}, but Trunk.toml pins wasm_opt = \"{}\"",
            wasm_opt.display(),
            found,
            pins.wasm_opt
        );
    }
    ok(&format!(
        "wasm-opt {} ({})",
        pins.wasm_opt,
        short(&wasm_opt)
    ));
    println!("setup: ready ({})", crate::fmt_duration(started.elapsed()));
    Ok(tools)
}

/// cargo-fuzz for `cargo xtask fuzz`, built with its own lock file (`--locked`).
pub const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// The fuzzing tools: cargo-fuzz, and the nightly toolchain cargo-fuzz is meant for. Returns
/// the toolchain to build the fuzz targets with (for `RUSTUP_TOOLCHAIN`), or `None` for the
/// default one: `cargo fuzz --sanitizer none` passes no unstable flag, so where no nightly can
/// be installed (a machine that reaches only package registries) stable builds them too.
pub fn setup_fuzz(tools: &Tools) -> Result<Option<String>> {
    heading("setup: fuzzing tools");
    ensure_cargo_tool(
        tools,
        "cargo-fuzz",
        "cargo-fuzz",
        CARGO_FUZZ_VERSION,
        &["--locked"],
    )?;
    let has_nightly = || {
        output(tools.command("rustup").args(["toolchain", "list"]))
            .is_some_and(|list| list.lines().any(|l| l.starts_with("nightly")))
    };
    if which("rustup", &tools.path).is_none() {
        ok("fuzz toolchain: the default one (no rustup to add nightly)");
        return Ok(None);
    }
    if !has_nightly() {
        install_line("rust nightly toolchain (minimal profile), for cargo fuzz");
        let installed = run(tools.command("rustup").args([
            "toolchain",
            "install",
            "nightly",
            "--profile",
            "minimal",
        ]));
        if installed.is_err() || !has_nightly() {
            println!(
                "  note     no nightly toolchain: the fuzz targets build with the default one"
            );
            return Ok(None);
        }
    }
    ok("rust nightly toolchain (cargo fuzz)");
    Ok(Some("nightly".to_owned()))
}

/// The `[tools]` pins in Trunk.toml (its single-line `key = "value"` form is all we need).
struct TrunkPins {
    wasm_bindgen: String,
    wasm_opt: String,
}

impl TrunkPins {
    fn read() -> Result<TrunkPins> {
        let path = root().join("Trunk.toml");
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let get = |key: &str| {
            text.lines()
                .filter_map(|l| l.split_once('='))
                .find(|(k, _)| k.trim() == key)
                .map(|(_, v)| v.trim().trim_matches('"').to_string())
                .with_context(|| format!("Trunk.toml has no `{key} = \"…\"` pin"))
        };
        Ok(TrunkPins {
            wasm_bindgen: get("wasm_bindgen")?,
            wasm_opt: get("wasm_opt")?,
        })
    }
}

/// The version of the `wasm-bindgen` crate in Cargo.lock (cargo writes the lock file before it
/// runs xtask, so it exists).
fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).context("reading Cargo.lock")?;
    match locked_versions(&lock, "wasm-bindgen").as_slice() {
        [one] => Ok(one.clone()),
        [] => bail!("no wasm-bindgen package in Cargo.lock"),
        many => bail!(
            "several wasm-bindgen versions in Cargo.lock ({}): pin one",
            many.join(", ")
        ),
    }
}

/// Every version of the package `name` in a Cargo.lock's text, in the file's order.
pub fn locked_versions(lock: &str, name: &str) -> Vec<String> {
    let mut versions = Vec::new();
    let mut current = "";
    for line in lock.lines() {
        if let Some(n) = line.strip_prefix("name = ") {
            current = n.trim_matches('"');
        } else if let Some(v) = line.strip_prefix("version = ") {
            if current == name {
                versions.push(v.trim_matches('"').to_string());
            }
        }
    }
    versions
}

fn ensure_wasm_target() -> Result<()> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]));
    match installed {
        Some(list) if list.lines().any(|l| l.trim() == WASM_TARGET) => {}
        Some(_) => {
            install_line(&format!("rust target {WASM_TARGET}"));
            run(Command::new("rustup").args(["target", "add", WASM_TARGET]))?;
        }
        // No rustup (a distro toolchain): accept the target if its std is in the sysroot.
        None => {
            let sysroot =
                output(Command::new("rustc").args(["--print", "sysroot"])).unwrap_or_default();
            if !Path::new(&sysroot)
                .join("lib/rustlib")
                .join(WASM_TARGET)
                .is_dir()
            {
                bail!("the {WASM_TARGET} target is missing and there is no rustup to add it");
            }
        }
    }
    ok(&format!("rust target {WASM_TARGET}"));
    Ok(())
}

/// rustup components the test command's house rules run (`cargo clippy`, `cargo fmt`).
fn ensure_components(components: &[&str]) -> Result<()> {
    let Some(installed) = output(Command::new("rustup").args(["component", "list", "--installed"]))
    else {
        // No rustup (a distro toolchain): the tools come with it or are missing for good.
        return Ok(());
    };
    for component in components {
        // Installed components are listed with their host triple: `clippy-x86_64-unknown-…`.
        let present = installed.lines().any(|l| {
            l.strip_prefix(component)
                .is_some_and(|r| r.starts_with('-'))
        });
        if !present {
            install_line(&format!("rust component {component}"));
            run(Command::new("rustup").args(["component", "add", component]))?;
        }
        ok(&format!("rust component {component}"));
    }
    Ok(())
}

fn ensure_system_tools(tools: &Tools) -> Result<()> {
    let present = |probe: &str| {
        if probe.starts_with('/') {
            Path::new(probe).is_file()
        } else {
            which(probe, &tools.path).is_some()
        }
    };
    let missing: Vec<_> = SYSTEM_TOOLS
        .iter()
        .filter(|(_, probe, _)| !present(probe))
        .collect();
    for (what, probe, _) in SYSTEM_TOOLS {
        if present(probe) {
            ok(what);
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let packages: Vec<&str> = missing.iter().map(|(_, _, pkg)| *pkg).collect();
    for (what, _, pkg) in &missing {
        install_line(&format!("{what}: apt package {pkg}"));
    }
    if which("apt-get", &tools.path).is_none() {
        bail!(
            "missing system packages and no apt-get: install the equivalent of {}",
            packages.join(" ")
        );
    }
    // apt needs root: use sudo (non-interactively) when we are not root, as on CI runners.
    let is_root = output(Command::new("id").arg("-u")).as_deref() == Some("0");
    let apt = |args: &[&str]| {
        let mut cmd = if is_root {
            Command::new("apt-get")
        } else {
            Command::new("sudo")
        };
        if !is_root {
            cmd.args(["-n", "apt-get"]);
        }
        cmd.args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdin(Stdio::null());
        cmd
    };
    run(&mut apt(&["update"]))?;
    run(apt(&["install", "-y", "--no-install-recommends"]).args(&packages))?;
    for (what, probe, _) in &missing {
        if !present(probe) {
            bail!("{what} still missing after apt-get install");
        }
    }
    Ok(())
}

/// `cargo install <krate> --version <version>` unless `<bin> --version` already says `version`.
fn ensure_cargo_tool(
    tools: &Tools,
    krate: &str,
    bin: &str,
    version: &str,
    extra: &[&str],
) -> Result<()> {
    let installed = || {
        let path = which(bin, &tools.path)?;
        let v = output(Command::new(&path).arg("--version"))?;
        Some((
            path,
            v.split_whitespace().nth(1).unwrap_or_default().to_string(),
        ))
    };
    match installed() {
        Some((path, v)) if v == version => {
            ok(&format!("{bin} {version} ({})", short(&path)));
            return Ok(());
        }
        Some((path, v)) => {
            install_line(&format!("{bin} {version} (found {v} at {})", short(&path)))
        }
        None => install_line(&format!("{bin} {version} (takes a few minutes)")),
    }
    // --force: we only get here when the binary is missing or wrong, even if cargo's install
    // records say otherwise.
    run(tools
        .command("cargo")
        .args(["install", krate, "--version", version, "--force"])
        .args(extra))?;
    match installed() {
        Some((_, v)) if v == version => Ok(()),
        other => bail!("after `cargo install {krate}`, `{bin} --version` gives {other:?}"),
    }
}

/// `npm ci` in tests/browser (playwright-core, binaryen, axe-core), skipped when node_modules was
/// installed from the current package-lock.json (we keep a copy of it as a stamp).
fn ensure_node_modules(tools: &Tools) -> Result<()> {
    let dir = browser_dir();
    let lock = std::fs::read(dir.join("package-lock.json"))
        .context("reading tests/browser/package-lock.json")?;
    let stamp = dir.join("node_modules").join(".xtask-installed-lock.json");
    let wanted = ["playwright-core", "binaryen", "axe-core"];
    let installed = std::fs::read(&stamp).ok().as_ref() == Some(&lock)
        && wanted.iter().all(|p| {
            dir.join("node_modules")
                .join(p)
                .join("package.json")
                .is_file()
        });
    if which("npm", &tools.path).is_none() || which("node", &tools.path).is_none() {
        bail!("node and npm (Node 20 or newer) are required");
    }
    if installed {
        ok("npm packages: playwright-core, binaryen, axe-core (tests/browser/node_modules)");
        return Ok(());
    }
    install_line("npm packages: playwright-core, binaryen, axe-core (npm ci in tests/browser)");
    run(tools
        .command("npm")
        .current_dir(&dir)
        .args(["ci", "--no-audit", "--no-fund"]))?;
    std::fs::write(&stamp, &lock)?;
    Ok(())
}

/// `PATH` for child processes; see [`Tools::path`].
fn tools_path() -> Result<OsString> {
    let binaryen = browser_dir()
        .join("node_modules")
        .join("binaryen")
        .join("bin");
    let cargo_home = cargo_home();
    let mut dirs = vec![binaryen];
    dirs.extend(cargo_home.map(|h| h.join("bin")));
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    Ok(std::env::join_paths(dirs)?)
}

/// Cargo's home: `$CARGO_HOME`, else `~/.cargo`, as cargo itself decides.
pub fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
}

/// The first executable called `name` on `path`.
pub fn which(name: &str, path: &OsString) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    std::env::split_paths(path)
        .map(|dir| dir.join(name))
        .find(|p| {
            p.metadata()
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

fn short(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

fn ok(what: &str) {
    println!("  ok       {what}");
}

fn install_line(what: &str) {
    println!("  install  {what}");
}

#[cfg(test)]
mod tests {
    use super::locked_versions;

    #[test]
    fn locked_versions_reads_each_package_entry() {
        let lock = "version = 4\n\n[[package]]\nname = \"a\"\nversion = \"1.0.0\"\n\n\
                    [[package]]\nname = \"jieba-rs\"\nversion = \"0.11.0\"\n\n\
                    [[package]]\nname = \"a\"\nversion = \"2.0.0\"\n";
        for (name, want) in [
            ("a", vec!["1.0.0", "2.0.0"]),
            ("jieba-rs", vec!["0.11.0"]),
            ("missing", vec![]),
        ] {
            assert_eq!(locked_versions(lock, name), want, "{name}");
        }
    }
}
