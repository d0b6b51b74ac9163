//! Script detection and traditional → simplified normalisation.
//!
//! Analysis (segmentation, matching, counting) runs on simplified text; display keeps the
//! original. [`to_simplified`] guarantees one output char per input char, so a char offset in
//! the simplified text is the same offset in the original: highlights computed on one land
//! exactly on the other.
//!
//! `build.rs` compiles this file too (through `#[path]`, for the registry's checks), so it must
//! stay free of the crate's other modules: it may use only `crate::corpus::Script`, which
//! `build.rs` provides.

use crate::corpus::Script;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// OpenCC's traditional → simplified dictionaries as one table (`corpus/dict/t2s.txt`, made
/// by `cargo xtask dict`): a line per key, `traditional<TAB>simplified`, one char for one char.
const T2S: &str = include_str!("../../../corpus/dict/t2s.txt");

/// [`T2S`] read for lookup: single chars, and the longer keys by their first char, longest
/// first. A few kB of text instead of the OpenCC crate and its compiled dictionaries
/// (docs/PERFORMANCE.md has the bytes and the start-up it saved).
struct Table {
    chars: FxHashMap<char, char>,
    phrases: FxHashMap<char, Vec<(&'static str, &'static str)>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Table {
            chars: FxHashMap::with_capacity_and_hasher(4_200, Default::default()),
            phrases: FxHashMap::default(),
        };
        let entries = T2S
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'));
        for (key, value) in entries {
            let mut k = key.chars();
            let (Some(first), rest) = (k.next(), k.as_str()) else {
                continue;
            };
            let mut v = value.chars();
            match (rest.is_empty(), v.next(), v.next()) {
                (true, Some(to), None) => {
                    table.chars.insert(first, to);
                }
                // The generator keeps lengths equal; a line that does not is skipped.
                (false, ..) if key.chars().count() == value.chars().count() => {
                    table.phrases.entry(first).or_default().push((key, value));
                }
                _ => {}
            }
        }
        for list in table.phrases.values_mut() {
            list.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        }
        table
    })
}

/// One char's simplified form, as it converts alone (no phrase around it).
pub fn simplified_char(c: char) -> char {
    table().chars.get(&c).copied().unwrap_or(c)
}

/// Converts traditional Chinese to simplified, keeping exactly one char per input char.
///
/// As OpenCC does: at each point the longest key of its phrase and character dictionaries
/// that matches is converted. Where OpenCC's value for a phrase has another length, the
/// phrase's chars are converted one by one instead ([`T2S`] holds them so), so offsets stay
/// aligned.
pub fn to_simplified(text: &str) -> String {
    let table = table();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'text: while let Some(c) = rest.chars().next() {
        if let Some(phrases) = table.phrases.get(&c) {
            for (key, value) in phrases {
                if let Some(after) = rest.strip_prefix(key) {
                    out.push_str(value);
                    rest = after;
                    continue 'text;
                }
            }
        }
        out.push(table.chars.get(&c).copied().unwrap_or(c));
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Guesses the script of a text: traditional when a noticeable share of its Han characters
/// change under traditional → simplified conversion.
pub fn detect_script(text: &str) -> Script {
    let simplified = to_simplified(text);
    let (mut han, mut changed) = (0usize, 0usize);
    for (a, b) in text.chars().zip(simplified.chars()) {
        if is_han(a) {
            han += 1;
            if a != b {
                changed += 1;
            }
        }
    }
    // Simplified text changes almost nowhere; traditional news prose changes ~15–30% of chars.
    if han > 0 && changed * 100 >= han * 4 {
        Script::Traditional
    } else {
        Script::Simplified
    }
}

/// True for CJK unified ideographs (the Han characters of running text).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_traditional_to_simplified() {
        assert_eq!(to_simplified("亞馬遜投資人工智慧"), "亚马逊投资人工智慧");
        assert_eq!(to_simplified("英偉達的晶片"), "英伟达的晶片");
    }

    #[test]
    fn keeps_simplified_and_latin_untouched() {
        let s = "亚马逊向 Anthropic 投资40亿美元。";
        assert_eq!(to_simplified(s), s);
    }

    #[test]
    fn keeps_one_char_per_char() {
        for s in [
            "乾隆皇帝",
            "頭髮乾了",
            "後來的發展",
            "甚麼東西",
            "這裡和那裏",
            "一隻隻",
        ] {
            assert_eq!(to_simplified(s).chars().count(), s.chars().count(), "{s}");
        }
    }

    /// OpenCC's own converter, which the table is made from.
    fn opencc(text: &str) -> String {
        use ferrous_opencc::{config::BuiltinConfig, OpenCC};
        static CC: OnceLock<OpenCC> = OnceLock::new();
        CC.get_or_init(|| OpenCC::from_config(BuiltinConfig::T2s).unwrap())
            .convert(text)
    }

    /// Every Han char converts as OpenCC converts it alone (where that is one char).
    #[test]
    fn every_char_as_opencc_converts_it() {
        let mut changed = 0;
        for c in (0x3400..=0x4DBF)
            .chain(0x4E00..=0x9FFF)
            .chain(0xF900..=0xFAFF)
            .chain(0x20000..=0x2FA1F)
            .filter_map(char::from_u32)
        {
            let one = c.to_string();
            let theirs = opencc(&one);
            let want = if theirs.chars().count() == 1 {
                theirs
            } else {
                one.clone()
            };
            let ours = to_simplified(&one);
            assert_eq!(ours, want, "U+{:X} {c}", c as u32);
            changed += usize::from(ours != one);
        }
        assert!(changed > 4_000, "{changed} chars converted");
    }

    /// Every phrase OpenCC knows converts as OpenCC converts it, where that keeps its length,
    /// alone and inside a sentence.
    #[test]
    fn every_phrase_as_opencc_converts_it() {
        let mut kept = 0;
        for (key, _) in table().phrases.values().flatten() {
            let theirs = opencc(key);
            if theirs.chars().count() == key.chars().count() {
                assert_eq!(to_simplified(key), theirs, "{key}");
                let sentence = format!("他說{key}。");
                assert_eq!(to_simplified(&sentence), opencc(&sentence), "{sentence}");
                kept += 1;
            }
        }
        assert!(kept > 200, "{kept} phrases");
    }

    /// Real text: the bundled articles convert as OpenCC converts them.
    #[test]
    fn the_bundled_articles_as_opencc_converts_them() {
        for (name, raw) in crate::bundled::RAW_FILES.iter().copied() {
            let theirs = opencc(raw);
            if theirs.chars().count() == raw.chars().count() {
                assert_eq!(to_simplified(raw), theirs, "{name}");
            }
        }
    }

    #[test]
    fn detects_script() {
        assert_eq!(
            detect_script("亞馬遜祭出AI賽道最大規模投資"),
            Script::Traditional
        );
        assert_eq!(
            detect_script("亚马逊祭出AI赛道最大规模投资"),
            Script::Simplified
        );
        assert_eq!(detect_script("OpenAI"), Script::Simplified);
    }
}
