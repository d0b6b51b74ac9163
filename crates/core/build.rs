//! Embeds the bundled corpus so it ships inside the app and the CLI, checked before it ships:
//!
//! - every raw file of `corpus/raw/` (`raw_files.rs`): a new article is added by dropping its
//!   file there and describing it in the manifest;
//! - `corpus/manifest.toml` and `corpus/companies.toml`, parsed and checked here by the crate's
//!   own code (the modules below are the crate's source files), then written out as JSON
//!   (`manifest.json`, `companies.json`). A bad edit fails the build with the check's message,
//!   and the shipped app reads JSON, which it parses anyway, instead of carrying a TOML parser.

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
#[path = "src/normalize.rs"]
mod normalize;
#[allow(dead_code)]
#[path = "src/registry.rs"]
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
        "src/registry.rs",
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

    let registry_path = corpus_dir.join("companies.toml");
    println!("cargo:rerun-if-changed={}", registry_path.display());
    let text = read(&registry_path);
    registry::Registry::parse(&text).unwrap_or_else(|e| fail(e.to_string()));
    write_json(&text, &registry_path, &out.join("companies.json"));
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
