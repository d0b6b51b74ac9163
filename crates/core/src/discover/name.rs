//! Where a name begins and ends in running Chinese text, without a segmenter: a name runs
//! over Han characters, Latin words and digits, and stops at punctuation and at the function
//! characters a name seldom holds (的, 在, 和…). Context words the press puts before a name
//! (据悉, 近日, 美国) and descriptors (初创公司…) are cut off; what is left must look like a name.

use super::words::{any_at, any_before, words};
use crate::normalize::is_han;

/// Han characters that end a name's run: function words a name seldom contains.
const FUNCTION_CHARS: &[char] = &[
    '的', '在', '是', '了', '将', '与', '和', '及', '对', '向', '被', '由', '让', '把', '为', '从',
    '也', '都', '就', '还', '又', '并', '但', '而', '或', '等', '该', '其', '这', '那', '已', '于',
    '以', '给', '再', '则', '即', '曾', '却', '没', '使', '令', '如', '像', '不', '获', '轮', '级',
    '们', '间', '届', '些',
];

/// Chars that, after a number, make a date or an amount (`9月`, `3亿`), never part of a name.
const NUMBER_UNITS: &[char] = &[
    '年', '月', '日', '号', '亿', '万', '千', '百', '元', '轮', '次', '个', '家', '位', '名', '期',
];
/// Chars before 年/月 that make a relative date (`同年`, `上月`).
const RELATIVE_DATE: &[char] = &[
    '今', '去', '明', '同', '当', '上', '下', '本', '前', '后', '每', '近', '次', '隔',
];
/// Numerals that count (a digit or a Chinese numeral).
const NUMERALS: &[char] = &[
    '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '几', '数', '多', '半',
];

/// Whether `chars` hold a date or an amount (`9月`, `同年`, `三家`, `5亿`).
fn has_date_or_amount(chars: &[char]) -> bool {
    chars.windows(2).any(|w| {
        let unit = NUMBER_UNITS.contains(&w[1]);
        (unit && (w[0].is_ascii_digit() || NUMERALS.contains(&w[0])))
            || (matches!(w[1], '年' | '月' | '周') && RELATIVE_DATE.contains(&w[0]))
    })
}

/// Longest name, in chars.
const MAX_CHARS: usize = 30;
/// Longest Chinese name in Han characters without a suffix (月之暗面, 零一万物: 4).
const MAX_HAN_BARE: usize = 6;
/// Longest Chinese name with an organisation suffix (北京智源人工智能研究院).
const MAX_HAN_SUFFIXED: usize = 12;

/// A char a name's run may hold.
fn name_char(c: char) -> bool {
    (is_han(c) && !FUNCTION_CHARS.contains(&c))
        || c.is_ascii_alphanumeric()
        || matches!(c, ' ' | '·' | '&' | '-' | '.' | '\'' | '+')
}

/// The run of name chars ending at `end` (exclusive), at most [`MAX_CHARS`] long; `None` when
/// the run reaches that length (no boundary on the left: the name's start is unknown).
pub(super) fn run_before(c: &[char], end: usize) -> Option<usize> {
    let mut start = end;
    while start > 0 && name_char(c[start - 1]) {
        start -= 1;
        if end - start > MAX_CHARS {
            return None;
        }
    }
    Some(start)
}

/// The run of name chars starting at `start`; `None` without a boundary on the right.
pub(super) fn run_after(c: &[char], start: usize, stops: &[&str]) -> Option<usize> {
    let mut end = start;
    while end < c.len() && name_char(c[end]) {
        // A Latin name ends where Han text starts (`收购Versed AI的…`, `企业 AI 赛道`).
        if end > start && is_han(c[end]) && c[start].is_ascii_alphanumeric() {
            break;
        }
        if end > start && stops.iter().any(|w| starts_at(c, end, w)) {
            break;
        }
        end += 1;
        if end - start > MAX_CHARS {
            return None;
        }
    }
    Some(end)
}

fn starts_at(c: &[char], i: usize, w: &str) -> bool {
    (i..).zip(w.chars()).all(|(k, ch)| c.get(k) == Some(&ch))
}

/// `c[start..end]` with the descriptors and context words cut off, as a name, if it looks
/// like one (see [`plausible`]).
///
/// A Chinese name must also have a firm start: the sentence's start, punctuation, a space,
/// a descriptor or a context word cut off. A run that merely stopped at a function character
/// (`如果能收购` → `果能`) may have started inside a word.
pub(super) fn clean(c: &[char], start: usize, end: usize) -> Option<String> {
    clean_at(c, start, end, false)
}

/// [`clean`] for a run whose start the caller knows is firm (it follows a verb).
pub(super) fn clean_at(
    c: &[char],
    mut start: usize,
    mut end: usize,
    firm_start: bool,
) -> Option<String> {
    let w = words();
    let run_start = start;
    // The name starts after the last descriptor (`AI 文档搜索公司 Hebbia`).
    let mut k = end;
    while k > start {
        if let Some(d) = any_before(c, k, &w.descriptors) {
            if k < end {
                start = k;
                break;
            }
            // A descriptor at the very end is a suffix of the name (…实验室) or nothing.
            let _ = d;
        }
        k -= 1;
    }
    loop {
        if any_at(&c[..end], start, &w.quantifiers).is_some() {
            return None;
        }
        while start < end && c[start].is_whitespace() {
            start += 1;
        }
        while end > start && (c[end - 1].is_whitespace() || matches!(c[end - 1], '&' | '-' | '+')) {
            end -= 1;
        }
        let before = (start, end);
        if let Some(n) = any_at(&c[..end], start, &w.noise) {
            if start + n.len() < end && !continues_latin(c, start, n.len()) {
                start += n.len();
            }
        }
        let suffixed = any_before(&c[..end], end, &w.suffixes).is_some();
        if let Some(n) = any_at(&c[..end], start, &w.places) {
            if !suffixed && start + n.len() < end && !continues_latin(c, start, n.len()) {
                start += n.len();
            }
        }
        if let Some(n) = any_before(&c[start..end], end - start, &w.trailing) {
            let cut = end - n.len();
            if cut > start && !continues_latin(c, cut, n.len()) && !latin_joined(c, cut) {
                end = cut;
            }
        }
        if (start, end) == before {
            break;
        }
    }
    let firm = firm_start
        || start > run_start
        || start == 0
        || !is_han(c[start - 1])
        // 了 ends a word and starts almost none (`接待了非凡资本一行`). (Not 的: what follows
        // it is as often a description, `领先的美国政府实验室`.)
        || c[start - 1] == '了'

        || !c.get(start).copied().is_some_and(is_han);
    if !firm {
        return None;
    }
    let name: String = c[start..end].iter().collect();
    let whole_noise = w
        .noise
        .iter()
        .chain(&w.trailing)
        .chain(&w.places)
        .any(|n| n[..] == c[start..end]);
    (!whole_noise && plausible(&name)).then_some(name)
}

/// Whether the noise word `c[i..i + len]` is part of a longer Latin word (`AIGC`, `Chinawise`).
fn continues_latin(c: &[char], i: usize, len: usize) -> bool {
    let latin = |k: usize| c.get(k).is_some_and(|ch| ch.is_ascii_alphanumeric());
    (latin(i) && latin(i + len)) || (i > 0 && latin(i) && latin(i - 1))
}

/// Whether `c[i]` is glued to a Latin word before it (`智谱AI`: AI belongs to the name).
fn latin_joined(c: &[char], i: usize) -> bool {
    i > 0 && c[i].is_ascii_alphanumeric() && !c[i - 1].is_whitespace()
}

/// Whether `name` looks like an organisation's name: a few Han characters (more with an
/// organisation suffix), or Latin words that start with a capital or a digit; not a stop
/// name, not a stop name plus a suffix, not a date or a number.
pub(super) fn plausible(name: &str) -> bool {
    let w = words();
    let chars: Vec<char> = name.chars().collect();
    if chars.is_empty() || chars.len() > MAX_CHARS || w.stop_names.contains(name) {
        return false;
    }
    let han = chars.iter().filter(|&&ch| is_han(ch)).count();
    let latin = chars.iter().filter(|ch| ch.is_ascii_alphabetic()).count();
    if han == 0 {
        return plausible_latin(name);
    }
    if han + latin < 2
        || chars.iter().any(|ch| FUNCTION_CHARS.contains(ch))
        || has_date_or_amount(
            &chars
                .iter()
                .copied()
                .filter(|c| !c.is_whitespace())
                .collect::<Vec<_>>(),
        )
        || latin_then_han(&chars)
    {
        return false;
    }
    if chars.last().is_some_and(|&ch| is_han(ch))
        && any_before(&chars, chars.len(), &w.generic_endings).is_some()
    {
        return false;
    }
    let suffix = any_before(&chars, chars.len(), &w.suffixes);
    if let Some(s) = suffix {
        let stem: String = chars[..chars.len() - s.len()].iter().collect();
        if stem.chars().count() < 2 || w.stop_names.contains(stem.trim()) {
            return false;
        }
    }
    let limit = if suffix.is_some() {
        MAX_HAN_SUFFIXED
    } else {
        MAX_HAN_BARE
    };
    han <= limit
}

/// Latin text followed by Han text that is not an organisation suffix (`Similarweb网站流量`):
/// a Latin name with a Chinese description after it, not a name. (`智谱AI`, Han then Latin,
/// is a name.)
fn latin_then_han(chars: &[char]) -> bool {
    let Some(k) = chars
        .windows(2)
        .position(|w| w[0].is_ascii_alphanumeric() && is_han(w[1]))
    else {
        return false;
    };
    let tail = &chars[k + 1..];
    !words().suffixes.iter().any(|s| s.as_slice() == tail)
}

/// Endings of a company's web address used as its name (`v4c.ai`).
const DOMAIN_ENDINGS: &[&str] = &[".ai", ".io", ".com"];

/// Latin words: each starts with a letter or digit, the first with a capital or a digit, at
/// most five words, not a stop word alone, some letter in it.
fn plausible_latin(name: &str) -> bool {
    let w = words();
    let parts: Vec<&str> = name.split(' ').filter(|p| !p.is_empty()).collect();
    let Some(first) = parts.first() else {
        return false;
    };
    // A domain is a name in any case (`v4c.ai`).
    let domain = parts.len() == 1
        && DOMAIN_ENDINGS.iter().any(|d| {
            first
                .strip_suffix(d)
                .is_some_and(|stem| stem.len() >= 2 && !stem.contains('.'))
        });
    let starts_well = domain
        || first
            .chars()
            .next()
            .is_some_and(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit());
    let letters = name.chars().any(|ch| ch.is_ascii_alphabetic());
    let all_stops = parts.iter().all(|p| {
        w.latin_stops.contains(p.to_ascii_lowercase().as_str()) || w.latin_suffixes.contains(p)
    });
    // Lowercase words inside a name are English prose (`the best model`), except a few joins.
    let prose = parts.iter().skip(1).any(|p| {
        p.chars().next().is_some_and(|ch| ch.is_ascii_lowercase())
            && !matches!(*p, "of" | "and" | "for" | "de")
    });
    // `Series B`, `Pre-A`: a round, not a name.
    let round = matches!(
        first.to_ascii_lowercase().as_str(),
        "series" | "pre" | "pre-a" | "pre-b" | "seed" | "round"
    );
    let long_enough = name.chars().filter(|c| !c.is_whitespace()).count() >= 2;
    starts_well && letters && long_enough && !all_stops && !prose && !round && parts.len() <= 5
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(text: &str, trigger: &str) -> Option<String> {
        let c: Vec<char> = text.chars().collect();
        let t: Vec<char> = trigger.chars().collect();
        let end = (0..c.len()).find(|&i| c[i..].starts_with(&t))?;
        let start = run_before(&c, end)?;
        clean(&c, start, end)
    }

    #[test]
    fn names_before_a_verb() {
        for (text, trigger, want) in [
            ("近日，面壁智能完成新一轮融资", "完成", Some("面壁智能")),
            ("国内大模型公司月之暗面完成融资", "完成", Some("月之暗面")),
            (
                "K Health完成了4800万美元的C轮融资",
                "完成",
                Some("K Health"),
            ),
            (
                "EvolutionaryScale近日宣布获得融资",
                "获得",
                Some("EvolutionaryScale"),
            ),
            ("AI 文档搜索公司 Hebbia 宣布完成", "完成", Some("Hebbia")),
            ("据悉，智谱AI宣布完成", "完成", Some("智谱AI")),
            ("同年9月获得310万美元", "获得", None),
            ("这一阶段的出门问问没有再获得新的融资", "获得", None),
            ("该公司完成融资", "完成", None),
            ("人工智能公司完成融资", "完成", None),
        ] {
            assert_eq!(before(text, trigger).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn plausible_names() {
        for (name, ok) in [
            ("月之暗面", true),
            ("北京智源人工智能研究院", true),
            ("Mangrove Capital", true),
            ("14W", true),
            ("AI", false),
            ("the model", false),
            ("Series B", false),
            ("2024", false),
            ("人工智能科技", false),
            ("公司", false),
            ("这家初创", false),
            ("一个非常长的不像名字的东西", false),
            ("v4x.ai", true),
            ("v4x", false),
            ("第 12 期基金", false),
        ] {
            assert_eq!(plausible(name), ok, "{name}");
        }
    }
}
