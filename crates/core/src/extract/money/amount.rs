//! Reading one number: ASCII digits with thousands separators and decimals, a Chinese
//! numeral, and the multiplier after it (`万`, `亿`, `千万`, `billion`), kept exact as a
//! [`Dec`] until the very end.

use super::chars::{is_ascii_letter_at, starts_with_at};
use crate::extract::numerals::{chinese_value, trailing_unit_exp};

/// Larger than any sum a news sentence reports (even in won or yen): beyond it, a misread.
const MAX_AMOUNT: f64 = 1e18;

/// Chars of a Chinese numeral.
const CN_NUMERAL: &str = "零〇一二两三四五六七八九十百千万亿兆";

/// Chars that make a Chinese numeral vague or ordinal when right before it
/// (数十亿, 几百亿, 上百万, 成千上万, 第一).
const VAGUE_BEFORE: &str = "数几上成好第多";

/// A decimal as written, `mantissa × 10^exp`, kept exact until the very end so
/// `292.34亿` is 29_234_000_000 with no float noise.
#[derive(Debug, Clone, Copy)]
pub(super) struct Dec {
    /// The digits, as an integer.
    mantissa: u128,
    /// The power of ten they are scaled by.
    pub(super) exp: i32,
}

impl Dec {
    /// The value, or `None` when it overflows or is absurd.
    pub(super) fn value(self) -> Option<f64> {
        let v = if self.exp >= 0 {
            let scale = 10u128.checked_pow(self.exp.unsigned_abs())?;
            self.mantissa.checked_mul(scale)? as f64
        } else {
            // One correctly rounded division: 1216 / 100 is the double nearest 12.16.
            let scale = 10u128.checked_pow(self.exp.unsigned_abs())? as f64;
            self.mantissa as f64 / scale
        };
        (v.is_finite() && (0.0..=MAX_AMOUNT).contains(&v)).then_some(v)
    }

    /// One unit of the last non-zero digit written: 150多亿 counts up in 10亿 steps, 3亿多 in
    /// 1亿 steps, 4300多万 in 100万 steps.
    pub(super) fn last_digit_step(self) -> f64 {
        let (mut m, mut exp) = (self.mantissa, self.exp);
        while m != 0 && m % 10 == 0 {
            m /= 10;
            exp += 1;
        }
        10f64.powi(exp)
    }
}

/// Whether `ch` is a char of a Chinese numeral.
fn is_cn_numeral(ch: char) -> bool {
    CN_NUMERAL.contains(ch)
}

/// Whether a digit or a Chinese numeral char is at `i`.
pub(super) fn is_number_start(c: &[char], i: usize) -> bool {
    c.get(i)
        .is_some_and(|ch| ch.is_ascii_digit() || is_cn_numeral(*ch))
}

/// Whether a number may start at `i`: not inside another number (`3.5`, `1,000`), not a
/// vague or ordinal Chinese numeral (`数十亿`, `第一`).
pub(super) fn number_may_start(c: &[char], i: usize) -> bool {
    let Some(&ch) = c.get(i) else { return false };
    let prev = i.checked_sub(1).and_then(|p| c.get(p)).copied();
    if ch.is_ascii_digit() {
        match prev {
            Some(p) if p.is_ascii_digit() || p == '.' => false,
            Some(',' | '，') => {
                // The tail of `1,000` whose head was refused: a 3-digit run after a plain
                // 1–3 digit run. After `GPT-4，` the comma is a clause break.
                let run = c[i..].iter().take_while(|d| d.is_ascii_digit()).count();
                let lead = c[..i - 1]
                    .iter()
                    .rev()
                    .take_while(|d| d.is_ascii_digit())
                    .count();
                !(run == 3 && (1..=3).contains(&lead) && plain_head(c, i - 1 - lead))
            }
            _ => true,
        }
    } else if is_cn_numeral(ch) {
        !matches!(prev, Some(p) if is_cn_numeral(p) || VAGUE_BEFORE.contains(p))
    } else {
        false
    }
}

/// Whether the digits at `head` may be the head of a `1,000` group: not part of a name
/// (`GPT-4，300…`) or an ordinal (`第3，…`).
fn plain_head(c: &[char], head: usize) -> bool {
    let prev = head.checked_sub(1).and_then(|p| c.get(p)).copied();
    !matches!(prev, Some(p) if p == '第' || p == '-' || p.is_ascii_alphabetic())
}

/// ASCII digits at `i`, with thousands separators and decimals: (value, end).
pub(super) fn parse_digits(c: &[char], i: usize) -> Option<(Dec, usize)> {
    let n = c.len();
    let mut j = i;
    while j < n && c[j].is_ascii_digit() {
        j += 1;
    }
    if j == i {
        return None;
    }
    let mut digits: String = c[i..j].iter().collect();
    if j - i <= 3 {
        // `1,000` / `1，000`: groups of exactly three digits. A comma is only a separator when
        // the head is a plain number, not a name (GPT-4，300万…) or an ordinal (第3，…).
        let mut k = j;
        let mut groups = String::new();
        while k + 3 < n
            && matches!(c[k], ',' | '，')
            && c[k + 1..k + 4].iter().all(|d| d.is_ascii_digit())
            && c.get(k + 4).is_none_or(|d| !d.is_ascii_digit())
        {
            groups.extend(&c[k + 1..k + 4]);
            k += 4;
        }
        if k > j && plain_head(c, i) {
            digits.push_str(&groups);
            j = k;
        }
    }
    let mut exp = 0i32;
    if j + 1 < n && c[j] == '.' && c[j + 1].is_ascii_digit() {
        let mut k = j + 1;
        while k < n && c[k].is_ascii_digit() {
            digits.push(c[k]);
            exp -= 1;
            k += 1;
        }
        j = k;
    }
    // Longer than any amount: a serial number or garbage, and u128 would overflow.
    if digits.len() > 30 {
        return None;
    }
    let mantissa = digits.parse::<u128>().ok()?;
    Some((Dec { mantissa, exp }, j))
}

/// A Chinese numeral at `i`: (value, end, trailing unit exponent, has a unit).
pub(super) fn parse_chinese(c: &[char], i: usize) -> Option<(Dec, usize, i32, bool)> {
    let mut j = i;
    while j < c.len() && is_cn_numeral(c[j]) {
        j += 1;
    }
    let first = *c.get(i)?;
    // 万美元 / 亿美元 alone are the tails of vague amounts (上万美元, 几亿美元).
    if j == i || matches!(first, '万' | '亿' | '兆' | '零' | '〇') {
        return None;
    }
    let run = &c[i..j];
    let mantissa = chinese_value(run)?;
    let exp = trailing_unit_exp(run);
    let has_unit = run.iter().any(|ch| "十百千万亿兆".contains(*ch));
    Some((Dec { mantissa, exp: 0 }, j, exp, has_unit))
}

/// A multiplier after digits: 万, 亿, 万亿, 兆, 百, 千, 百万, 千万, 十亿, 千亿…: (exp, end).
pub(super) fn parse_mult(c: &[char], i: usize) -> Option<(i32, usize)> {
    let mut j = i;
    let small = match c.get(j) {
        Some('十') => Some(1),
        Some('百') => Some(2),
        Some('千') => Some(3),
        _ => None,
    };
    let mut exp = 0;
    if let Some(s) = small {
        exp += s;
        j += 1;
    }
    if starts_with_at(c, j, "万亿") {
        exp += 12;
        j += 2;
    } else {
        match c.get(j) {
            Some('亿') => exp += 8,
            Some('万') => exp += 4,
            Some('兆') => exp += 12,
            // 十 alone after digits (5十美元) is not how amounts are written.
            _ if small == Some(1) => return None,
            _ => {}
        }
        if matches!(c.get(j), Some('亿' | '万' | '兆')) {
            j += 1;
        }
    }
    (j > i).then_some((exp, j))
}

/// An English multiplier (`$10 billion`, `$1.3M`): (exp, end).
pub(super) fn parse_eng_mult(c: &[char], i: usize) -> Option<(i32, usize)> {
    const WORDS: &[(&str, i32)] = &[
        ("thousand", 3),
        ("million", 6),
        ("billion", 9),
        ("trillion", 12),
        ("bn", 9),
        ("mn", 6),
        ("k", 3),
        ("m", 6),
        ("b", 9),
    ];
    WORDS.iter().find_map(|(w, e)| {
        let end = i + w.len();
        let matches = w
            .chars()
            .enumerate()
            .all(|(k, wc)| c.get(i + k).is_some_and(|ch| ch.to_ascii_lowercase() == wc));
        (matches && !is_ascii_letter_at(c, end)).then_some((*e, end))
    })
}
