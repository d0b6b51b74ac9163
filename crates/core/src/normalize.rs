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
use ferrous_opencc::{config::BuiltinConfig, OpenCC};
use std::sync::OnceLock;

fn converter() -> Option<&'static OpenCC> {
    static T2S: OnceLock<Option<OpenCC>> = OnceLock::new();
    // The tables are built into the crate; failure would be a packaging bug, and we then
    // degrade to "no conversion" rather than panic in front of a reader.
    T2S.get_or_init(|| OpenCC::from_config(BuiltinConfig::T2s).ok())
        .as_ref()
}

/// Converts traditional Chinese to simplified, keeping exactly one char per input char.
///
/// OpenCC converts phrase by phrase; in the rare case a phrase changes length, that text is
/// converted char by char instead so the offsets stay aligned.
pub fn to_simplified(text: &str) -> String {
    let Some(cc) = converter() else {
        return text.to_owned();
    };
    let whole = cc.convert(text);
    if whole.chars().count() == text.chars().count() {
        return whole;
    }
    let mut out = String::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let one = cc.convert(c.encode_utf8(&mut buf));
        let mut it = one.chars();
        match (it.next(), it.next()) {
            (Some(s), None) => out.push(s),
            _ => out.push(c),
        }
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
