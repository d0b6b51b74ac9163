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

/// jieba-rs's own `src/data/dict.txt`, found through `cargo metadata`.
fn source() -> Result<PathBuf> {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline"])
        .current_dir(crate::root())
        .output()
        .context("running cargo metadata")?;
    if !out.status.success() {
        bail!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let manifest = meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == "jieba-rs")
        .and_then(|p| p["manifest_path"].as_str())
        .context("jieba-rs is not among the workspace's packages")?;
    let dict = PathBuf::from(manifest)
        .parent()
        .context("jieba-rs manifest path")?
        .join("src/data/dict.txt");
    if !dict.is_file() {
        bail!("{} is missing", dict.display());
    }
    Ok(dict)
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
