//! Currency marks around an amount: words after it (`美元`, `元人民币`) and marks before it
//! (`$`, `人民币`, `USD`), as ISO 4217 codes.

use super::chars::{is_ascii_letter_at, starts_with_at};

/// Currency words written after the amount, longest first so `元人民币` wins over `元`.
const SUFFIXES: &[(&str, &str)] = &[
    ("元人民币", "CNY"),
    ("新台币", "TWD"),
    ("人民币", "CNY"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("美刀", "USD"),
    ("欧元", "EUR"),
    ("英镑", "GBP"),
    ("日元", "JPY"),
    ("日圆", "JPY"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("韩元", "KRW"),
    ("台币", "TWD"),
    ("元", "CNY"),
    ("USD", "USD"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("HKD", "HKD"),
    ("KRW", "KRW"),
    ("TWD", "TWD"),
];

/// Currency marks written before the amount, longest first so `US$` wins over `$`.
const PREFIXES: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    ("USD", "USD"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("HKD", "HKD"),
    ("人民币", "CNY"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("￥", "CNY"),
    ("¥", "CNY"),
];

/// What may follow `元` when it starts a word of its own, not a currency (元宇宙, 元素, 元老,
/// 元旦, 元帅). Kept short: `100元代金券`, `10亿元年收入`, `100元首付` are money.
const NOT_AFTER_YUAN: &[char] = &['宇', '素', '老', '旦', '帅'];

/// The same for `日元`, where a date is the likelier reading (10日元首会晤, 1日元年…).
const NOT_AFTER_RIYUAN: &[char] = &[
    '宇', '素', '老', '旦', '帅', '首', '件', '组', '化', '年', '朝', '代', '音', '气',
];

/// A currency word after the amount at `i`: (ISO code, end). `num_start` is where the number
/// began, `cn_bare` whether it is a Chinese numeral without a unit (二元 is "binary").
pub(super) fn parse_suffix(
    c: &[char],
    i: usize,
    num_start: usize,
    cn_bare: bool,
) -> Option<(&'static str, usize)> {
    let (word, code) = SUFFIXES.iter().find(|(w, _)| starts_with_at(c, i, w))?;
    let end = i + word.chars().count();
    if word.is_ascii() && is_ascii_letter_at(c, end) {
        return None; // USDT, RMBX…
    }
    if matches!(*word, "元" | "日元" | "日圆") {
        // 元宇宙, 元旦, 1月1日元旦: a word that starts with 元, not a currency.
        let not_after = if *word == "元" {
            NOT_AFTER_YUAN
        } else {
            NOT_AFTER_RIYUAN
        };
        if c.get(end).is_some_and(|ch| not_after.contains(ch)) {
            return None;
        }
        if *word != "元" && num_start > 0 && c.get(num_start - 1) == Some(&'月') {
            return None; // 3月1日元… is a date
        }
        if cn_bare {
            return None;
        }
    }
    Some((code, end))
}

/// A currency mark before the amount at `i`: (ISO code, end).
pub(super) fn parse_prefix(c: &[char], i: usize) -> Option<(&'static str, usize)> {
    let (word, code) = PREFIXES.iter().find(|(w, _)| starts_with_at(c, i, w))?;
    let prev = i.checked_sub(1).and_then(|p| c.get(p)).copied();
    if word.starts_with(|ch: char| ch.is_ascii_alphabetic())
        && prev.is_some_and(|p| p.is_ascii_alphanumeric())
    {
        return None;
    }
    // 美元兑人民币7.3 is an exchange rate.
    if *word == "人民币" && prev == Some('兑') {
        return None;
    }
    Some((code, i + word.chars().count()))
}
