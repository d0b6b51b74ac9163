//! `cargo xtask dict [--check]`: builds `corpus/dict/jieba.dict`, jieba's default dictionary in
//! baimo's compact form (`baimo_core::dictionary`), from the `dict.txt` inside the jieba-rs
//! crate that Cargo.lock names. The file is committed, so a build needs no generator; `--check`
//! (run by `cargo xtask test`) fails when it no longer matches that crate's dictionary.

use anyhow::{bail, Context, Result};
use baimo_core::dictionary;
use flate2::{write::GzEncoder, Compression};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Command;

/// The committed dictionary file.
pub fn committed() -> PathBuf {
    crate::root().join("corpus/dict/jieba.dict")
}

/// jieba-rs's own `src/data/dict.txt`, in the crate's sources that cargo unpacked under
/// `$CARGO_HOME/registry/src/` for the version Cargo.lock names.
///
/// Not `cargo metadata --offline`: that needs every package of the lock file, other
/// platforms' included, in the local cache, which a cargo home filled only by our own builds
/// (a fresh CI machine) does not have.
fn source() -> Result<PathBuf> {
    let lock =
        std::fs::read_to_string(crate::root().join("Cargo.lock")).context("reading Cargo.lock")?;
    let version = crate::tools::locked_versions(&lock, "jieba-rs")
        .into_iter()
        .next()
        .context("no jieba-rs in Cargo.lock")?;
    if let Some(dict) = find_unpacked("jieba-rs", &version) {
        return Ok(dict);
    }
    // Not unpacked yet (no build has needed it on this machine): fetch this platform's
    // packages, which include it, and look again.
    let host = crate::output(Command::new("rustc").arg("-vV"))
        .and_then(|v| {
            v.lines()
                .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        })
        .context("rustc -vV names no host")?;
    crate::run(
        Command::new(env!("CARGO"))
            .args(["fetch", "--target", &host])
            .current_dir(crate::root()),
    )?;
    find_unpacked("jieba-rs", &version).with_context(|| {
        format!(
            "jieba-rs {version} is not unpacked under {}",
            registry_src().display()
        )
    })
}

/// Where cargo unpacks registry crates: `$CARGO_HOME/registry/src`.
fn registry_src() -> PathBuf {
    crate::tools::cargo_home()
        .unwrap_or_default()
        .join("registry/src")
}

/// `<registry>/<name>-<version>/src/data/dict.txt` in any registry's unpacked sources.
fn find_unpacked(name: &str, version: &str) -> Option<PathBuf> {
    std::fs::read_dir(registry_src())
        .ok()?
        .filter_map(|entry| entry.ok())
        .map(|entry| {
            entry
                .path()
                .join(format!("{name}-{version}"))
                .join("src/data/dict.txt")
        })
        .find(|dict| dict.is_file())
}

/// The dictionary file's bytes, gzip-compressed at the highest level.
fn build() -> Result<Vec<u8>> {
    let src = source()?;
    let text =
        std::fs::read_to_string(&src).with_context(|| format!("reading {}", src.display()))?;
    let raw = dictionary::encode(&text)?;
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(&raw)?;
    Ok(gz.finish()?)
}

/// Writes the dictionary file, or with `check` only compares it with the committed one.
pub fn run(check: bool) -> Result<()> {
    let fresh = build()?;
    let path = committed();
    if check {
        let old = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        if unzip(&old)? != unzip(&fresh)? {
            bail!(
                "{} does not match jieba-rs's dict.txt: run `cargo xtask dict`",
                path.display()
            );
        }
        println!("{} matches jieba-rs's dictionary", path.display());
        return Ok(());
    }
    std::fs::write(&path, &fresh)?;
    println!("wrote {} ({} bytes)", path.display(), fresh.len());
    Ok(())
}

fn unzip(gz: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(gz).read_to_end(&mut out)?;
    Ok(out)
}
