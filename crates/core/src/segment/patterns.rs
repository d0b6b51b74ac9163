//! The patterns a registry alias's rules are written in: stop patterns around a name
//! (`*个`, `#num`, `#latin`) and cues in its sentence.

use crate::normalize::is_han;
use crate::registry::{PATTERN_LATIN, PATTERN_NUM};

/// Which neighbour of a name a stop pattern looks at.
#[derive(Clone, Copy)]
pub(super) enum Side {
    /// The token before the name.
    Before,
    /// The token after the name.
    After,
}

/// Whether a stop pattern matches the neighbouring token: the same word (ASCII case ignored),
/// or with a `*` at either end any word that ends (`*个`) or starts (`-*`) so; `#num` and
/// `#latin` are classes.
pub(super) fn matches_side(pattern: &str, token: &str, side: Side) -> bool {
    match pattern {
        PATTERN_NUM => is_count(token),
        PATTERN_LATIN => match side {
            Side::Before => token.chars().next_back(),
            Side::After => token.chars().next(),
        }
        .is_some_and(|c| c.is_ascii_alphabetic()),
        _ => matches_glob(pattern, token),
    }
}

/// `word`, `*suffix`, `prefix*` or `*infix*`, ASCII case ignored.
fn matches_glob(pattern: &str, token: &str) -> bool {
    let (t, p) = (token.as_bytes(), pattern.as_bytes());
    match (p.first(), p.last()) {
        (Some(b'*'), Some(b'*')) if p.len() >= 2 => {
            let inner = &p[1..p.len() - 1];
            inner.is_empty()
                || t.windows(inner.len())
                    .any(|w| w.eq_ignore_ascii_case(inner))
        }
        (Some(b'*'), _) => {
            t.len() >= p.len() - 1 && t[t.len() + 1 - p.len()..].eq_ignore_ascii_case(&p[1..])
        }
        (_, Some(b'*')) => {
            t.len() >= p.len() - 1 && t[..p.len() - 1].eq_ignore_ascii_case(&p[..p.len() - 1])
        }
        _ => t.eq_ignore_ascii_case(p),
    }
}

/// Whether a cue matches a token: the same word (ASCII case ignored), or a Chinese cue of two
/// or more characters at the end of a longer word, as jieba often glues one on (`十亿美元`
/// for `美元`, `新款手机` for `手机`). A one-character cue stays exact: `云` must not match
/// `白云`.
pub(super) fn matches_cue(cue: &str, token: &str) -> bool {
    token.eq_ignore_ascii_case(cue)
        || (cue.chars().any(is_han)
            && cue.chars().nth(1).is_some()
            && token.len() > cue.len()
            && token.ends_with(cue))
}

/// Measure words counted things take (`一个`, `三斤`, `两颗`).
const MEASURE_WORDS: &[char] = &[
    '个', '颗', '只', '斤', '箱', '筐', '袋', '片', '块', '篮', '盒',
];

/// A number in digits or Chinese numerals (`8`, `1.5`, `两`, `十几`), alone or with its
/// measure word (`一个`, `三斤`).
fn is_count(s: &str) -> bool {
    let number = s.strip_suffix(MEASURE_WORDS).unwrap_or(s);
    !number.is_empty()
        && number.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '.' | ',' | '０'
                        ..='９'
                            | '〇'
                            | '零'
                            | '一'
                            | '二'
                            | '两'
                            | '三'
                            | '四'
                            | '五'
                            | '六'
                            | '七'
                            | '八'
                            | '九'
                            | '十'
                            | '百'
                            | '千'
                            | '万'
                            | '亿'
                            | '几'
                )
        })
        && number.chars().any(|c| !matches!(c, '.' | ','))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_patterns_and_cues_match_as_documented() {
        assert!(matches_glob("汁", "汁"));
        assert!(!matches_glob("树", "树立"));
        assert!(matches_glob("*个", "十几个"));
        assert!(matches_glob("-*", "-learning"));
        assert!(matches_glob("*AI*", "genai-tools") && !matches_glob("*AI*", "gpt"));
        assert!(matches_glob("Point", "point"));
        assert!(!matches_glob("*长长的模式*", "短"));
        assert!(matches_side(PATTERN_NUM, "三斤", Side::Before));
        assert!(matches_side(PATTERN_NUM, "4", Side::Before));
        assert!(!matches_side(PATTERN_NUM, "一直", Side::Before));
        assert!(!matches_side(PATTERN_NUM, "个", Side::Before));
        assert!(matches_side(PATTERN_LATIN, "the", Side::Before));
        assert!(!matches_side(PATTERN_LATIN, "的", Side::After));
        assert!(matches_cue("美元", "十亿美元") && matches_cue("CEO", "ceo"));
        assert!(!matches_cue("云", "白云") && matches_cue("云", "云"));
        assert!(!matches_cue("AI", "OpenAI"));
    }
}
