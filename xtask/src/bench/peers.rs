//! The bench's peers, built or installed into `target/` (never shipped, never in `dist/`):
//!
//! - the bare Leptos page (`bench/bare`), built by trunk like the site into
//!   `target/bench-peers/bare` (cargo target dir `target/bench-bare`);
//! - native jieba-rs (`bench/native`), built into `target/bench-native`;
//! - jieba-wasm [`JIEBA_WASM`] from npm, installed into `target/bench-peers/jieba-wasm` and put
//!   beside the page of `bench/peers/jieba` in `target/bench-peers/jieba`.

use crate::tools::Tools;
use crate::{heading, root, run};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// The jieba-wasm release the reference numbers were measured with.
pub const JIEBA_WASM: &str = "2.4.0";

/// Where each peer is, ready to serve or run.
pub struct Peers {
    /// The bare Leptos page's site folder.
    pub bare: PathBuf,
    /// The jieba-wasm page's site folder.
    pub jieba: PathBuf,
    /// The native jieba-rs program.
    pub native: PathBuf,
}

fn target() -> PathBuf {
    root().join("target")
}

/// Builds and installs the peers; with `rebuild` false, only those not there yet.
pub fn prepare(tools: &Tools, rebuild: bool) -> Result<Peers> {
    let peers = Peers {
        bare: target().join("bench-peers").join("bare"),
        jieba: target().join("bench-peers").join("jieba"),
        native: target()
            .join("bench-native")
            .join("release")
            .join("baimo-bench-native"),
    };
    if rebuild || !peers.bare.join("index.html").is_file() {
        build_bare(tools, &peers.bare)?;
    }
    if rebuild || !peers.native.is_file() {
        heading("bench: native jieba-rs (bench/native)");
        let manifest = root().join("bench").join("native").join("Cargo.toml");
        run(tools
            .command("cargo")
            .args(["build", "--release", "--locked", "--manifest-path"])
            .arg(&manifest)
            .arg("--target-dir")
            .arg(target().join("bench-native")))?;
    }
    install_jieba_wasm(tools, &peers.jieba)?;
    Ok(peers)
}

/// trunk in `bench/bare` with its own Trunk.toml (the site's pins, offline): `cargo fetch`
/// first, as for the site.
fn build_bare(tools: &Tools, dist: &Path) -> Result<()> {
    heading("bench: bare Leptos page (bench/bare, trunk)");
    let dir = root().join("bench").join("bare");
    run(tools
        .command("cargo")
        .args(["fetch", "--locked", "--manifest-path"])
        .arg(dir.join("Cargo.toml")))?;
    run(tools
        .command("trunk")
        .current_dir(&dir)
        .args(["build", "--release", "--dist"])
        .arg(dist)
        .env("CARGO_TARGET_DIR", target().join("bench-bare"))
        .env("TRUNK_SKIP_VERSION_CHECK", "true"))?;
    if !dist.join("index.html").is_file() {
        bail!("trunk finished but {} has no index.html", dist.display());
    }
    Ok(())
}

/// `npm install jieba-wasm@JIEBA_WASM` into target/ (unless that version is there), then its
/// `web` build copied beside the bench's page.
fn install_jieba_wasm(tools: &Tools, site: &Path) -> Result<()> {
    let prefix = target().join("bench-peers").join("jieba-wasm");
    let package = prefix.join("node_modules").join("jieba-wasm");
    let installed = std::fs::read_to_string(package.join("package.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|json| json["version"].as_str().map(str::to_owned));
    if installed.as_deref() != Some(JIEBA_WASM) {
        heading(&format!(
            "bench: jieba-wasm {JIEBA_WASM} from npm (for the bench only)"
        ));
        std::fs::create_dir_all(&prefix)?;
        run(tools
            .command("npm")
            .args([
                "install",
                "--no-save",
                "--no-audit",
                "--no-fund",
                "--prefix",
            ])
            .arg(&prefix)
            .arg(format!("jieba-wasm@{JIEBA_WASM}")))?;
    }
    std::fs::create_dir_all(site)?;
    let web = package.join("pkg").join("web");
    let template = root().join("bench").join("peers").join("jieba");
    for (dir, name) in [
        (&web, "jieba_rs_wasm.js"),
        (&web, "jieba_rs_wasm_bg.wasm"),
        (&template, "index.html"),
        (&template, "main.js"),
    ] {
        std::fs::copy(dir.join(name), site.join(name)).with_context(|| {
            format!("copying {} to {}", dir.join(name).display(), site.display())
        })?;
    }
    Ok(())
}
