//! The word lists discovery reads (`corpus/discover/*.txt`, see its README): one entry a
//! line, `#` starts a comment.
//!
//! `build.rs` compiles this file too (through `#[path]`) to check the lists before they
//! ship, so it uses nothing else of the crate.

use std::collections::HashSet;

/// The lists as shipped: (file name, text).
pub const FILES: &[(&str, &str)] = &[
    (
        "suffixes.txt",
        include_str!("../../../../corpus/discover/suffixes.txt"),
    ),
    (
        "latin-suffixes.txt",
        include_str!("../../../../corpus/discover/latin-suffixes.txt"),
    ),
    (
        "descriptors.txt",
        include_str!("../../../../corpus/discover/descriptors.txt"),
    ),
    (
        "noise.txt",
        include_str!("../../../../corpus/discover/noise.txt"),
    ),
    (
        "places.txt",
        include_str!("../../../../corpus/discover/places.txt"),
    ),
    (
        "generic-endings.txt",
        include_str!("../../../../corpus/discover/generic-endings.txt"),
    ),
    (
        "quantifiers.txt",
        include_str!("../../../../corpus/discover/quantifiers.txt"),
    ),
    (
        "trailing.txt",
        include_str!("../../../../corpus/discover/trailing.txt"),
    ),
    (
        "stop-names.txt",
        include_str!("../../../../corpus/discover/stop-names.txt"),
    ),
    (
        "latin-stops.txt",
        include_str!("../../../../corpus/discover/latin-stops.txt"),
    ),
];

/// The entries of one list file: trimmed lines, comments and blank lines left out.
pub fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// Checks every list: an entry may appear once per list. Returns the first problem as a
/// sentence naming the file.
pub fn check(files: &[(&str, &str)]) -> Result<(), String> {
    for (name, text) in files {
        let mut seen = HashSet::new();
        for e in entries(text) {
            if !seen.insert(e) {
                return Err(format!("corpus/discover/{name}: {e:?} appears twice"));
            }
        }
        if seen.is_empty() {
            return Err(format!("corpus/discover/{name}: no entries"));
        }
    }
    Ok(())
}

/// The text of the shipped list `name` (empty when there is no such list).
pub fn shipped(name: &str) -> &'static str {
    FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, t)| t)
}
