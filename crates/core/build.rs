//! Embeds the bundled corpus so it ships inside the app and the CLI, checked before it ships:
//!
//! - every raw file of `corpus/raw/` (`raw_files.rs`): a new article is added by dropping its
//!   file there and describing it in the manifest;
//! - `corpus/manifest.toml` and the company registry (every `*.toml` of `corpus/registry/`,
//!   read as one in file-name order), parsed and checked here by the crate's own code (the
//!   modules below are the crate's source files), then written out as JSON (`manifest.json`,
//!   `companies.json`, the registry's files merged into one). A bad edit fails the build with
//!   the check's message, and the shipped app reads JSON, which it parses anyway, instead of
//!   carrying a TOML parser.
//! - the analyser's version (`analyser_version.rs`): a hash of everything that decides what the
//!   analysis makes of an article — this crate's sources, the company registry, jieba's
//!   dictionary and jieba-rs's version — which the web app's cache of per-article results is
//!   keyed by, so a change to any of them analyses again and a change to the app shell does not.

use std::{env, fs, path::Path, process};

// The crate's own data types and checks, compiled into this script: the same code that
// `baimo_core::corpus::parse_manifest` and `baimo_core::registry::Registry::parse` run.
#[allow(dead_code)]
#[path = "src/corpus/manifest.rs"]
mod manifest;
#[allow(dead_code)]
#[path = "src/corpus/meta.rs"]
mod meta;
// Where those modules look for each other: `super::ArticleMeta`, `crate::corpus::Script`.
use meta::ArticleMeta;
mod corpus {
    pub use super::meta::Script;
}
#[allow(dead_code)]
#[path = "src/discover/lists.rs"]
mod discover_lists;
#[allow(dead_code)]
#[path = "src/normalize.rs"]
mod normalize;
#[allow(dead_code)]
#[path = "src/registry/mod.rs"]
mod registry;

/// Stops the build with `message`: cargo prints it under the failed build script.
fn fail(message: String) -> ! {
    eprintln!("error: {message}");
    process::exit(1)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus_dir = root.join("../../corpus");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    for src in [
        "src/corpus/manifest.rs",
        "src/corpus/meta.rs",
        "src/normalize.rs",
        "src/registry/mod.rs",
        "src/registry/check.rs",
        "src/registry/error.rs",
        "src/discover/lists.rs",
    ] {
        println!("cargo:rerun-if-changed={}", root.join(src).display());
    }

    let names = raw_files(&corpus_dir.join("raw"), out);

    let manifest_path = corpus_dir.join("manifest.toml");
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    let text = read(&manifest_path);
    let metas = manifest::parse_manifest(&text).unwrap_or_else(|e| fail(e.to_string()));
    let files: Vec<&str> = names.iter().map(String::as_str).collect();
    manifest::check_raw_files(&metas, &files).unwrap_or_else(|e| fail(e.to_string()));
    write_json(&text, &manifest_path, &out.join("manifest.json"));

    let registry_files = registry_files(&corpus_dir.join("registry"));
    let texts: Vec<(String, String)> = registry_files
        .iter()
        .map(|p| (file_name(p), read(p)))
        .collect();
    registry::Registry::parse_files(texts.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .unwrap_or_else(|e| fail(e.to_string()));
    write_registry_json(&texts, &out.join("companies.json"));

    // Discovery's word lists (corpus/discover/): checked here, embedded by the crate.
    discover_lists::check(discover_lists::FILES).unwrap_or_else(|e| fail(e));

    analyser_version(root, out);
}

/// The registry's files: every `*.toml` of `dir`, sorted by name. Watches the folder, so a
/// file added or removed builds again.
fn registry_files(dir: &Path) -> Vec<std::path::PathBuf> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| fail(format!("{}: {e}", dir.display())))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    for p in &files {
        println!("cargo:rerun-if-changed={}", p.display());
    }
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Writes the registry's checked files as one JSON document, `{"context": {"cues": […]},
/// "company": […]}`: the files' cues and companies in file order, which the crate's types
/// read with serde_json exactly as they read the TOML.
fn write_registry_json(texts: &[(String, String)], to: &Path) {
    let mut cues = Vec::new();
    let mut companies = Vec::new();
    for (name, text) in texts {
        let value: serde_json::Value =
            toml::from_str(text).unwrap_or_else(|e| fail(format!("{name}: {e}")));
        if let Some(c) = value.pointer("/context/cues").and_then(|c| c.as_array()) {
            cues.extend(c.iter().cloned());
        }
        if let Some(c) = value.get("company").and_then(|c| c.as_array()) {
            companies.extend(c.iter().cloned());
        }
    }
    let json = serde_json::json!({ "context": { "cues": cues }, "company": companies });
    fs::write(to, json.to_string()).expect("OUT_DIR is writable");
}

/// Writes `analyser_version.rs`: `ANALYSER_VERSION`, 16 hex digits of a 64-bit FNV-1a hash over
/// every file under the crate's `src/` and the workspace's `corpus/` (by path: the registry,
/// jieba's dictionary and domain words, word lists, the bundled articles and their manifest)
/// and jieba-rs's version in `Cargo.lock`. All of `corpus/`, so a data file added later
/// counts without being listed here; the web app's snapshot of its last build is keyed by
/// this version too, so a bundled text edited under the same id is built again.
fn analyser_version(root: &Path, out: &Path) {
    let workspace = root.join("../..");
    let mut files = files_under(&root.join("src"));
    files.extend(files_under(&workspace.join("corpus")));
    println!("cargo:rerun-if-changed={}", root.join("src").display());
    println!(
        "cargo:rerun-if-changed={}",
        workspace.join("corpus").display()
    );
    let mut hash = Fnv::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.strip_prefix(&workspace).unwrap_or(path);
        hash.write(name.to_string_lossy().as_bytes());
        hash.write(&fs::read(path).unwrap_or_default());
    }
    let lock = workspace.join("Cargo.lock");
    println!("cargo:rerun-if-changed={}", lock.display());
    let lock = fs::read_to_string(&lock).unwrap_or_default();
    let jieba = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"jieba-rs\""))
        .unwrap_or_default();
    hash.write(jieba.trim().as_bytes());
    let code = format!(
        "/// The analyser's version: see the crate's build script.\npub const ANALYSER_VERSION: &str = \"{:016x}\";\n",
        hash.0
    );
    fs::write(out.join("analyser_version.rs"), code).expect("OUT_DIR is writable");
}

/// Every file under `dir`, sorted by path.
fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries =
            fs::read_dir(&dir).unwrap_or_else(|e| fail(format!("{}: {e}", dir.display())));
        for entry in entries.filter_map(|e| e.ok()) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// 64-bit FNV-1a: no dependency, and stable across Rust releases (std's hasher is not).
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        // The length too, so `ab`+`c` and `a`+`bc` differ.
        for &b in &(bytes.len() as u64).to_le_bytes() {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Writes `raw_files.rs` (every raw file of `raw_dir`, by name) and returns the names.
fn raw_files(raw_dir: &Path, out: &Path) -> Vec<String> {
    println!("cargo:rerun-if-changed={}", raw_dir.display());
    let mut names: Vec<String> = fs::read_dir(raw_dir)
        .expect("corpus/raw exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    let mut code = String::from("/// Every raw file of `corpus/raw/`: (file name = article id, contents).\npub const RAW_FILES: &[(&str, &str)] = &[\n");
    for n in &names {
        let path = raw_dir.join(n).canonicalize().expect("raw file");
        println!("cargo:rerun-if-changed={}", path.display());
        code.push_str(&format!(
            "    ({n:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    fs::write(out.join("raw_files.rs"), code).expect("OUT_DIR is writable");
    names
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())))
}

/// Writes a checked TOML file as JSON with the same tables and keys, which the crate's types
/// then read with serde_json exactly as they read the TOML.
fn write_json(text: &str, from: &Path, to: &Path) {
    let value: serde_json::Value =
        toml::from_str(text).unwrap_or_else(|e| fail(format!("{}: {e}", from.display())));
    let json = serde_json::to_string(&value).expect("a JSON value serialises");
    fs::write(to, json).expect("OUT_DIR is writable");
}
