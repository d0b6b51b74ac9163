//! Pinyin annotations glued after characters: `產(chǎn)業(yè)` → `產業`.
//!
//! Some mirror sites annotate "hard" characters with their reading in parentheses. An
//! annotation is lowercase Latin with a tone mark (or a common neutral-tone syllable) right
//! after a Han character; `(AI)`, `(agent)` or `(ID:xxx)` are left alone.

use crate::normalize::is_han;
use regex::Regex;
use std::sync::OnceLock;

fn annotation() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7})[)）]").expect("valid regex")
    })
}

const TONE_MARKS: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
/// Neutral-tone syllables carry no mark but are still readings.
const NEUTRAL: &[&str] = &[
    "de", "le", "me", "men", "ne", "ma", "ba", "zi", "ge", "zhe", "la",
];

/// Removes pinyin annotations; returns the line and how many were removed.
pub fn strip(line: &str) -> (String, usize) {
    if !line.contains('(') && !line.contains('（') {
        return (line.to_owned(), 0);
    }
    let mut out = String::with_capacity(line.len());
    let mut last = 0;
    let mut n = 0;
    for caps in annotation().captures_iter(line) {
        let m = caps.get(0).expect("whole match");
        let syllable = &caps[1];
        let after_han = line[..m.start()].chars().next_back().is_some_and(is_han);
        let reading =
            syllable.chars().any(|c| TONE_MARKS.contains(c)) || NEUTRAL.contains(&syllable);
        if after_han && reading {
            out.push_str(&line[last..m.start()]);
            last = m.end();
            n += 1;
        }
    }
    out.push_str(&line[last..]);
    (out, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_tone_marked_readings() {
        assert_eq!(
            strip("百模大戰(zhàn)的產(chǎn)業(yè)"),
            ("百模大戰的產業".to_owned(), 3)
        );
        assert_eq!(strip("發(fā)力（lì）"), ("發力".to_owned(), 2));
    }

    #[test]
    fn removes_neutral_tone_syllables() {
        assert_eq!(strip("他們(men)說"), ("他們說".to_owned(), 1));
    }

    #[test]
    fn keeps_real_parentheses() {
        for s in [
            "生成式AI(agent)",
            "谷歌(AI)",
            "格隆汇APP (ID:hkguruclub)",
            "模型(chat)",
            "GPT(ǎ)",
        ] {
            assert_eq!(strip(s).0, s, "{s}");
        }
    }
}
