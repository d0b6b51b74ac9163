//! `cargo xtask dict [--check]`: builds the two dictionaries baimo takes from its dependencies'
//! data, from the crate sources that Cargo.lock names. The files are committed, so a build
//! needs no generator; `--check` (run by `cargo xtask test`) fails when one no longer matches.
//!
//! - `corpus/dict/jieba.dict`: jieba's default dictionary (jieba-rs's `dict.txt`) in baimo's
//!   compact form (`baimo_core::dictionary`).
//! - `corpus/dict/t2s.txt`: traditional → simplified, one char for one char, from OpenCC's
//!   `TSCharacters.txt` and `TSPhrases.txt` as ferrous-opencc ships them
//!   (`baimo_core::normalize` reads it; a test there compares it with ferrous-opencc).
//! - `corpus/dict/common-chars.txt`: the Han chars that make up most running text, by their
//!   weight in jieba's dictionary (`baimo_core::import::decode` tells GBK from Big5 with it).

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

/// The committed traditional → simplified table.
pub fn committed_t2s() -> PathBuf {
    crate::root().join("corpus/dict/t2s.txt")
}

/// The file `path` of crate `name`'s sources that cargo unpacked under
/// `$CARGO_HOME/registry/src/`, for the version Cargo.lock names.
///
/// Not `cargo metadata --offline`: that needs every package of the lock file, other
/// platforms' included, in the local cache, which a cargo home filled only by our own builds
/// (a fresh CI machine) does not have.
fn source(name: &str, path: &str) -> Result<PathBuf> {
    let lock =
        std::fs::read_to_string(crate::root().join("Cargo.lock")).context("reading Cargo.lock")?;
    let version = crate::tools::locked_versions(&lock, name)
        .into_iter()
        .next()
        .with_context(|| format!("no {name} in Cargo.lock"))?;
    if let Some(file) = find_unpacked(name, &version, path) {
        return Ok(file);
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
    find_unpacked(name, &version, path).with_context(|| {
        format!(
            "{name} {version} is not unpacked under {}",
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

/// `<registry>/<name>-<version>/<path>` in any registry's unpacked sources.
fn find_unpacked(name: &str, version: &str, path: &str) -> Option<PathBuf> {
    std::fs::read_dir(registry_src())
        .ok()?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path().join(format!("{name}-{version}")).join(path))
        .find(|file| file.is_file())
}

/// The dictionary file's bytes, gzip-compressed at the highest level.
fn build() -> Result<Vec<u8>> {
    let src = source("jieba-rs", "src/data/dict.txt")?;
    let text =
        std::fs::read_to_string(&src).with_context(|| format!("reading {}", src.display()))?;
    let raw = dictionary::encode(&text)?;
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(&raw)?;
    Ok(gz.finish()?)
}

/// Writes the three files, or with `check` only compares them with the committed ones.
pub fn run(check: bool) -> Result<()> {
    run_jieba(check)?;
    run_t2s(check)?;
    run_common(check)
}

fn run_jieba(check: bool) -> Result<()> {
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

/// OpenCC's traditional → simplified dictionaries, as ferrous-opencc ships them.
const OPENCC: &str = "ferrous-opencc";
const OPENCC_FILES: [&str; 2] = [
    "assets/dictionaries/TSCharacters.txt",
    "assets/dictionaries/TSPhrases.txt",
];

/// The table `corpus/dict/t2s.txt` holds, from OpenCC's character and phrase files.
fn build_t2s() -> Result<String> {
    let mut texts = Vec::new();
    for file in OPENCC_FILES {
        let src = source(OPENCC, file)?;
        texts.push(
            std::fs::read_to_string(&src).with_context(|| format!("reading {}", src.display()))?,
        );
    }
    Ok(t2s_table(&texts[0], &texts[1]))
}

/// Each entry of an OpenCC dictionary: its key and its first value (`key<TAB>value value…`).
fn opencc_entries(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(k, v)| Some((k.trim(), v.split_whitespace().next()?)))
        .filter(|(k, _)| !k.is_empty())
}

/// The table from OpenCC's `TSCharacters.txt` and `TSPhrases.txt`: a line per key,
/// `traditional<TAB>simplified`, keeping one char for one char.
///
/// - A char whose first value is one other char maps to it; one whose value is longer stays.
/// - Every phrase is kept, because OpenCC converts the longest key at each point and a phrase
///   decides where the next match starts even where it changes nothing. A phrase whose value
///   has another length keeps its key's chars, each converted alone.
fn t2s_table(characters: &str, phrases: &str) -> String {
    use std::collections::BTreeMap;
    let mut chars: BTreeMap<&str, &str> = BTreeMap::new();
    for (k, v) in opencc_entries(characters) {
        if k.chars().count() == 1 && v.chars().count() == 1 {
            chars.insert(k, v);
        }
    }
    let one = |c: char| -> String {
        let mut buf = [0u8; 4];
        let key: &str = c.encode_utf8(&mut buf);
        chars
            .get(key)
            .map_or_else(|| c.to_string(), |v| (*v).to_owned())
    };
    let mut table: BTreeMap<String, String> = chars
        .iter()
        .filter(|(k, v)| k != v)
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    for (k, v) in opencc_entries(phrases) {
        let value = if k.chars().count() == v.chars().count() {
            v.to_owned()
        } else {
            k.chars().map(one).collect()
        };
        table.insert(k.to_owned(), value);
    }
    let mut out = String::from(T2S_HEAD);
    for (k, v) in &table {
        out.push_str(k);
        out.push('\t');
        out.push_str(v);
        out.push('\n');
    }
    out
}

const T2S_HEAD: &str = "\
# Traditional -> simplified, one char for one char (baimo_core::normalize).
# Generated by `cargo xtask dict` from OpenCC's TSCharacters.txt and TSPhrases.txt as the
# ferrous-opencc crate ships them (OpenCC: Apache-2.0, https://github.com/BYVoid/OpenCC).
# Do not edit: `cargo xtask dict --check` compares it with them.
# traditional<TAB>simplified; the longest key that matches wins.
";

fn run_t2s(check: bool) -> Result<()> {
    write_or_check(
        &committed_t2s(),
        &build_t2s()?,
        "OpenCC's dictionaries",
        check,
    )
}

/// Writes the text file `path`, or with `check` fails unless it already holds `fresh`,
/// which was made from `source`.
fn write_or_check(path: &std::path::Path, fresh: &str, source: &str, check: bool) -> Result<()> {
    if check {
        let old =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        if old != fresh {
            bail!(
                "{} does not match {source}: run `cargo xtask dict`",
                path.display()
            );
        }
        println!("{} matches {source}", path.display());
        return Ok(());
    }
    std::fs::write(path, fresh)?;
    println!("wrote {} ({} bytes)", path.display(), fresh.len());
    Ok(())
}

/// The committed list of common chars.
pub fn committed_common() -> PathBuf {
    crate::root().join("corpus/dict/common-chars.txt")
}

/// How many chars the list keeps: about what GB2312's first level holds, the chars that make
/// up all but a few hundredths of running text.
const COMMON: usize = 3_000;

/// The list from jieba's `dict.txt` (`word freq tag` a line): each Han char weighted by the
/// frequencies of the words it is in, the heaviest [`COMMON`], 50 a line, in Unicode order.
fn common_chars(dict: &str) -> String {
    use std::collections::HashMap;
    let mut weight: HashMap<char, u64> = HashMap::new();
    for line in dict.lines() {
        let mut parts = line.split_whitespace();
        let (Some(word), Some(freq)) = (parts.next(), parts.next()) else {
            continue;
        };
        let freq: u64 = freq.parse().unwrap_or(0);
        for c in word.chars().filter(|&c| baimo_core::normalize::is_han(c)) {
            *weight.entry(c).or_default() += freq;
        }
    }
    let mut ranked: Vec<(char, u64)> = weight.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut chars: Vec<char> = ranked.into_iter().take(COMMON).map(|(c, _)| c).collect();
    chars.sort_unstable();
    let mut out = String::from(COMMON_HEAD);
    for line in chars.chunks(50) {
        out.extend(line);
        out.push('\n');
    }
    out
}

const COMMON_HEAD: &str = "\
# The 3,000 Han chars that weigh most in jieba's dictionary (each char weighted by the
# frequencies of the words it is in), in Unicode order: most of any running Chinese text.
# Generated by `cargo xtask dict` from jieba-rs's dict.txt; `--check` compares it.
";

fn run_common(check: bool) -> Result<()> {
    let src = source("jieba-rs", "src/data/dict.txt")?;
    let dict =
        std::fs::read_to_string(&src).with_context(|| format!("reading {}", src.display()))?;
    write_or_check(
        &committed_common(),
        &common_chars(&dict),
        "jieba-rs's dict.txt",
        check,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Chars map to one char; phrases stay, those of another length converted char by char;
    /// comments and unchanged chars are left out.
    #[test]
    fn the_table_keeps_one_char_for_one_char() {
        let characters = "# a comment\n甲\t乙 丙\n丁\t丁\n戊\t己庚\n";
        let phrases = "甲丁\t乙丁\n甲戊\t辛\n";
        let table = t2s_table(characters, phrases);
        let lines: Vec<&str> = table.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(lines, ["甲\t乙", "甲丁\t乙丁", "甲戊\t乙戊"]);
    }

    /// Chars weigh what their words weigh; non-Han chars are left out.
    #[test]
    fn common_chars_weigh_their_words() {
        let list = common_chars("甲乙 10 n\n乙 5 n\nAB 99 eng\n丙 1 n\n");
        let chars: String = list.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(chars, "丙乙甲");
    }
}
