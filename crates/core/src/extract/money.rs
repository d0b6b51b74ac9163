//! Money figures in a sentence: amount, currency, kind, conversion, who pays whom.
//!
//! How a sentence is read:
//! 1. It is folded ([`super::fold`]): traditional → simplified, full-width digits → ASCII. The
//!    fold is one char for one char, so offsets found on the folded text hold for the original,
//!    and `text` fields quote the original.
//! 2. A scanner reads figures char by char: an optional currency prefix (`人民币`, `$`, `USD`),
//!    a number (ASCII digits with thousands separators and decimals, or a simple Chinese
//!    numeral such as `两百亿`), an optional multiplier (`万`, `亿`, `万亿`, `兆`, `千万`…, or
//!    `million`/`billion` in English forms), `多`/`余` ("more than", kept in `text`, amount is
//!    the written lower bound), an optional currency suffix (`美元`, `元人民币`…), and
//!    optionally a second number making a range (`200-300亿美元`). A figure needs a currency;
//!    a bare number is not money.
//! 3. A conversion right after a figure (`（约合人民币292亿元）`, `，约合…`) becomes its
//!    [`Conversion`] and is not a mention of its own.
//! 4. The kind comes from cue words ([`MoneyKind`]): the nearest cue before the figure in its
//!    clause, else the nearest after it in the clause, else the nearest in the sentence.
//! 5. Companies come from the caller's [`CompanySpan`]s; payer and payee (investments and
//!    funding rounds only) from a few sentence patterns, and stay `None` when no pattern fits.
//!
//! Design decisions: an acquisition price (`以13亿美元收购`) is an [`MoneyKind::Investment`]
//! with the buyer as payer and the target as payee. Profit cues (`利润`, `盈利`) give
//! [`MoneyKind::Other`], so a profit figure does not borrow a revenue cue from elsewhere in the
//! sentence. `￥`/`¥` are read as CNY (Chinese press). Vague amounts (`数十亿美元`,
//! `几百亿美金`, `上百万美元`) are not taken: they have no number to report.

use super::numerals::{chinese_value, trailing_unit_exp};
use super::CompanySpan;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// What a figure measures, from the cue words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MoneyKind {
    /// One company putting money into another (投资, 注资).
    Investment,
    /// A round of funding raised (融资, 筹集, A轮).
    FundingRound,
    /// What a company is valued at (估值).
    Valuation,
    /// Revenue or income (营收, 收入).
    Revenue,
    /// A loss (亏损).
    Loss,
    /// Spending or cost (成本, 花费, 开销).
    Cost,
    /// The size of a market (市场规模).
    MarketSize,
    /// Market capitalisation (市值).
    MarketCap,
    /// A price (售价, 每月…美元).
    Price,
    /// Money with no recognised cue.
    Other,
}

/// A parenthetical conversion of a figure into another currency (约合292.34亿元人民币).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conversion {
    /// Amount in units of `currency`.
    pub amount: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// The converted figure as written (`292.34亿元人民币`, `人民币292亿元`), without the
    /// `约合` that introduces it.
    pub text: String,
    /// First char in the sentence.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
}

/// A money figure found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoneyMention {
    /// First char of the figure in the sentence.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// The figure as written (`40亿美元`).
    pub text: String,
    /// Amount in units of the currency (12.5亿美元 → 1_250_000_000); the low end of a range,
    /// and the written lower bound of `1000多亿美元`.
    pub amount: f64,
    /// The high end of a range (200-300亿美元), if it is one.
    pub amount_max: Option<f64>,
    /// ISO 4217 code (USD, CNY, EUR…).
    pub currency: String,
    /// What it measures.
    pub kind: MoneyKind,
    /// Its conversion into another currency, when the sentence gives one.
    pub conversion: Option<Conversion>,
    /// Registry ids of every company the figure is about, payer and payee included.
    pub entities: Vec<String>,
    /// For an investment or a funding round: who pays, where the sentence says so.
    pub payer: Option<String>,
    /// For an investment or a funding round: who receives, where the sentence says so.
    pub payee: Option<String>,
}

/// Every money figure in `sentence` (either script). `companies` are the company names the
/// segmenter found in the same sentence, with char offsets into it.
///
/// Mentions come back in sentence order, non-overlapping, with char offsets. Spans in
/// `companies` that do not fit the sentence are ignored; no input makes this panic.
pub fn find_money(sentence: &str, companies: &[CompanySpan]) -> Vec<MoneyMention> {
    let folded = super::fold(sentence);
    let c: Vec<char> = folded.chars().collect();
    let original: Vec<char> = sentence.chars().collect();
    // fold keeps the char count; should that ever break, quote the folded text rather than
    // slicing the original at the wrong places.
    let shown: &[char] = if original.len() == c.len() {
        &original
    } else {
        &c
    };
    let mut cos: Vec<Co> = companies
        .iter()
        .filter(|co| co.start < co.end && co.end <= c.len())
        .map(|co| Co {
            id: co.id.as_str(),
            start: co.start,
            end: co.end,
        })
        .collect();
    cos.sort_by_key(|co| (co.start, co.end));
    let cues = find_cues(&folded, c.len());
    let ctx = Ctx {
        c: &c,
        cos: &cos,
        cues: &cues,
    };

    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let Some(fig) = parse_figure(&c, i, true) else {
            i += 1;
            continue;
        };
        let conversion = parse_conversion(&c, &fig);
        let next = conversion.as_ref().map_or(fig.end, |g| g.end);
        out.push(ctx.mention(&fig, conversion.as_ref(), shown));
        i = next.max(i + 1);
    }
    out
}

/// Larger than any sum a news sentence reports (even in won or yen): beyond it, a misread.
const MAX_AMOUNT: f64 = 1e18;

// ---------------------------------------------------------------------------------------
// Reading figures
// ---------------------------------------------------------------------------------------

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

/// Chars of a Chinese numeral.
const CN_NUMERAL: &str = "零〇一二两三四五六七八九十百千万亿兆";

/// Chars that make a Chinese numeral vague or ordinal when right before it
/// (数十亿, 几百亿, 上百万, 成千上万, 第一).
const VAGUE_BEFORE: &str = "数几上成好第多";

/// Range separators between the low and the high end.
const RANGE_SEPS: &[&str] = &["-", "–", "—", "－", "~", "至", "到"];

/// Words that introduce a conversion (约合人民币292亿元), longest first.
const CONVERSION_LEADS: &[&str] = &[
    "约等于",
    "相当于",
    "约合",
    "折合",
    "约为",
    "大约",
    "合计",
    "约",
    "合",
    "即",
];

/// A decimal as written, `mantissa × 10^exp`, kept exact until the very end so
/// `292.34亿` is 29_234_000_000 with no float noise.
#[derive(Debug, Clone, Copy)]
struct Dec {
    mantissa: u128,
    exp: i32,
}

impl Dec {
    /// The value, or `None` when it overflows or is absurd.
    fn value(self) -> Option<f64> {
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
}

/// One number with its multiplier and currency: `300亿美元`, `200` in `200-300亿美元`.
#[derive(Debug, Clone, Copy)]
struct Part {
    end: usize,
    value: Dec,
    /// A multiplier was written (亿, 千万, billion, or the units inside a Chinese numeral).
    has_mult: bool,
    /// The trailing multiplier's power of ten, which a range's low end may share.
    mult_exp: i32,
    currency: Option<&'static str>,
}

/// A figure read from the sentence (before kind and companies are known).
#[derive(Debug, Clone, Copy)]
struct Figure {
    start: usize,
    end: usize,
    amount: f64,
    amount_max: Option<f64>,
    currency: &'static str,
}

fn skip_ws(c: &[char], mut i: usize) -> usize {
    while i < c.len() && c[i].is_whitespace() {
        i += 1;
    }
    i
}

fn starts_with_at(c: &[char], i: usize, w: &str) -> bool {
    (i..).zip(w.chars()).all(|(k, ch)| c.get(k) == Some(&ch))
}

/// The end of the first of `words` that starts at `i` (list longer words first).
fn word_at(c: &[char], i: usize, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .find(|w| starts_with_at(c, i, w))
        .map(|w| i + w.chars().count())
}

fn is_ascii_letter_at(c: &[char], i: usize) -> bool {
    c.get(i).is_some_and(|ch| ch.is_ascii_alphabetic())
}

fn is_cn_numeral(ch: char) -> bool {
    CN_NUMERAL.contains(ch)
}

/// Whether a number may start at `i`: not inside another number (`3.5`, `1,000`), not a
/// vague or ordinal Chinese numeral (`数十亿`, `第一`).
fn number_may_start(c: &[char], i: usize) -> bool {
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
fn parse_digits(c: &[char], i: usize) -> Option<(Dec, usize)> {
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
fn parse_chinese(c: &[char], i: usize) -> Option<(Dec, usize, i32, bool)> {
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
fn parse_mult(c: &[char], i: usize) -> Option<(i32, usize)> {
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
fn parse_eng_mult(c: &[char], i: usize) -> Option<(i32, usize)> {
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

/// A currency word after the amount at `i`: (ISO code, end). `num_start` is where the number
/// began, `cn_bare` whether it is a Chinese numeral without a unit (二元 is "binary").
fn parse_suffix(
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
fn parse_prefix(c: &[char], i: usize) -> Option<(&'static str, usize)> {
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

/// One number with multiplier and currency at `i` (the number itself must start there).
fn parse_part(c: &[char], i: usize) -> Option<Part> {
    let first = *c.get(i)?;
    let (mut value, num_end, mut mult_exp, mut has_mult, chinese) = if first.is_ascii_digit() {
        let (v, e) = parse_digits(c, i)?;
        (v, e, 0, false, false)
    } else {
        let (v, e, x, u) = parse_chinese(c, i)?;
        (v, e, x, u, true)
    };
    let is_more = |k: usize| matches!(c.get(k), Some('多' | '余'));
    let mut end = num_end;
    let mut k = skip_ws(c, end);
    if is_more(k) {
        end = k + 1;
        k = skip_ws(c, end);
    }
    let mult = parse_mult(c, k).or_else(|| if chinese { None } else { parse_eng_mult(c, k) });
    if let Some((m, e)) = mult {
        value.exp += m;
        mult_exp = m;
        has_mult = true;
        end = e;
        k = skip_ws(c, end);
        if is_more(k) {
            end = k + 1;
            k = skip_ws(c, end);
        }
    }
    let currency = parse_suffix(c, k, i, chinese && !has_mult).map(|(code, e)| {
        end = e;
        code
    });
    Some(Part {
        end,
        value,
        has_mult,
        mult_exp,
        currency,
    })
}

fn is_number_start(c: &[char], i: usize) -> bool {
    c.get(i)
        .is_some_and(|ch| ch.is_ascii_digit() || is_cn_numeral(*ch))
}

/// A figure starting at `i`, a prefix included: `300亿美元`, `人民币292亿元`, `$10 billion`,
/// `200-300亿美元`, `270亿美元至290亿美元`. `with_prefix` is false when retrying without a
/// prefix that turned out not to belong to the number.
fn parse_figure(c: &[char], i: usize, with_prefix: bool) -> Option<Figure> {
    let prefix = if with_prefix {
        parse_prefix(c, i)
    } else {
        None
    };
    let num_start = match prefix {
        Some((_, e)) => skip_ws(c, e),
        None => i,
    };
    if prefix.is_none() && !number_may_start(c, num_start) {
        return None;
    }
    if !is_number_start(c, num_start) {
        return None;
    }
    let prefix_code = prefix.map(|(code, _)| code);
    let p1 = parse_part(c, num_start)?;
    if let (Some(a), Some(b)) = (prefix_code, p1.currency) {
        if a != b {
            // 人民币40亿美元: the prefix is not this number's currency.
            return parse_figure(c, num_start, false);
        }
    }
    let c1 = p1.currency.or(prefix_code);
    let start = if prefix.is_some() { i } else { num_start };

    // A range: low end, separator, high end (which may carry the shared multiplier/currency).
    let k = skip_ws(c, p1.end);
    let range = word_at(c, k, RANGE_SEPS).and_then(|sep_end| {
        let mut k2 = skip_ws(c, sep_end);
        let mut repeated_prefix = false;
        if let (Some((code, e)), Some(p)) = (parse_prefix(c, k2), prefix_code) {
            if code == p {
                k2 = skip_ws(c, e);
                repeated_prefix = true;
            }
        }
        if !is_number_start(c, k2) {
            return None;
        }
        let p2 = parse_part(c, k2)?;
        let c2 = p2
            .currency
            .or(if repeated_prefix || p1.currency.is_none() {
                prefix_code
            } else {
                None
            })?;
        if c1.is_some_and(|a| a != c2) {
            return None;
        }
        let mut low = p1.value;
        match (p1.has_mult, p2.has_mult) {
            (false, true) => low.exp += p2.mult_exp,
            (true, false) => return None, // 3亿至5美元 is no range
            _ => {}
        }
        let (lo, hi) = (low.value()?, p2.value.value()?);
        (lo < hi).then_some((lo, hi, c2, p2.end))
    });
    if let Some((lo, hi, code, end)) = range {
        return Some(Figure {
            start,
            end,
            amount: lo,
            amount_max: Some(hi),
            currency: code,
        });
    }
    let currency = c1?;
    Some(Figure {
        start,
        end: p1.end,
        amount: p1.value.value()?,
        amount_max: None,
        currency,
    })
}

/// A conversion right after `fig`: `（约合人民币292亿元）`, `(约292亿元)`, `，约合人民币292亿元`.
/// It must be in another currency: `（其中10亿美元…）` is a figure of its own.
fn parse_conversion(c: &[char], fig: &Figure) -> Option<Figure> {
    let mut k = skip_ws(c, fig.end);
    let opener = c.get(k).copied();
    let paren = matches!(opener, Some('（' | '('));
    let comma = matches!(opener, Some('，' | ','));
    if paren || comma {
        k = skip_ws(c, k + 1);
    }
    let lead = word_at(c, k, CONVERSION_LEADS);
    // After a comma or with nothing between, only an explicit 约合… makes it a conversion.
    if lead.is_none() && !paren {
        return None;
    }
    if let Some(e) = lead {
        k = skip_ws(c, e);
    }
    let g = parse_figure(c, k, true)?;
    (g.currency != fig.currency && g.start == k).then_some(g)
}

// ---------------------------------------------------------------------------------------
// Kinds
// ---------------------------------------------------------------------------------------

/// What a cue word says about a figure near it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cue {
    Kind(MoneyKind),
    /// A word that contains a cue but is not one (投资人), listed so it hides that cue.
    Neutral,
    /// 投入: spending when training or research is in the clause, else an investment.
    Input,
}

/// Cue words and what they mean (the regex tries longer words first).
const CUE_WORDS: &[(&str, Cue)] = &[
    ("投资人", Cue::Neutral),
    ("投资者", Cue::Neutral),
    ("投资方", Cue::Neutral),
    ("投资机构", Cue::Neutral),
    ("投资回报", Cue::Neutral),
    ("出资人", Cue::Neutral),
    ("估值", Cue::Kind(MoneyKind::Valuation)),
    ("市值", Cue::Kind(MoneyKind::MarketCap)),
    ("营收", Cue::Kind(MoneyKind::Revenue)),
    ("收入", Cue::Kind(MoneyKind::Revenue)),
    ("营业额", Cue::Kind(MoneyKind::Revenue)),
    ("销售额", Cue::Kind(MoneyKind::Revenue)),
    ("年化收入", Cue::Kind(MoneyKind::Revenue)),
    ("ARR", Cue::Kind(MoneyKind::Revenue)),
    ("进账", Cue::Kind(MoneyKind::Revenue)),
    ("创收", Cue::Kind(MoneyKind::Revenue)),
    ("亏损", Cue::Kind(MoneyKind::Loss)),
    ("净亏", Cue::Kind(MoneyKind::Loss)),
    ("巨亏", Cue::Kind(MoneyKind::Loss)),
    ("亏了", Cue::Kind(MoneyKind::Loss)),
    ("融资", Cue::Kind(MoneyKind::FundingRound)),
    ("筹集", Cue::Kind(MoneyKind::FundingRound)),
    ("募集", Cue::Kind(MoneyKind::FundingRound)),
    ("募资", Cue::Kind(MoneyKind::FundingRound)),
    ("筹资", Cue::Kind(MoneyKind::FundingRound)),
    ("筹得", Cue::Kind(MoneyKind::FundingRound)),
    ("募得", Cue::Kind(MoneyKind::FundingRound)),
    ("领投", Cue::Kind(MoneyKind::FundingRound)),
    ("跟投", Cue::Kind(MoneyKind::FundingRound)),
    ("天使轮", Cue::Kind(MoneyKind::FundingRound)),
    ("种子轮", Cue::Kind(MoneyKind::FundingRound)),
    ("投资", Cue::Kind(MoneyKind::Investment)),
    ("注资", Cue::Kind(MoneyKind::Investment)),
    ("入股", Cue::Kind(MoneyKind::Investment)),
    ("押注", Cue::Kind(MoneyKind::Investment)),
    ("追加", Cue::Kind(MoneyKind::Investment)),
    ("增投", Cue::Kind(MoneyKind::Investment)),
    ("加码", Cue::Kind(MoneyKind::Investment)),
    ("投了", Cue::Kind(MoneyKind::Investment)),
    ("出资", Cue::Kind(MoneyKind::Investment)),
    ("豪掷", Cue::Kind(MoneyKind::Investment)),
    ("斥资", Cue::Kind(MoneyKind::Investment)),
    ("收购", Cue::Kind(MoneyKind::Investment)),
    ("并购", Cue::Kind(MoneyKind::Investment)),
    ("投入", Cue::Input),
    ("成本", Cue::Kind(MoneyKind::Cost)),
    ("花费", Cue::Kind(MoneyKind::Cost)),
    ("花了", Cue::Kind(MoneyKind::Cost)),
    ("开销", Cue::Kind(MoneyKind::Cost)),
    ("开支", Cue::Kind(MoneyKind::Cost)),
    ("支出", Cue::Kind(MoneyKind::Cost)),
    ("费用", Cue::Kind(MoneyKind::Cost)),
    ("烧钱", Cue::Kind(MoneyKind::Cost)),
    ("烧掉", Cue::Kind(MoneyKind::Cost)),
    ("耗资", Cue::Kind(MoneyKind::Cost)),
    ("薪酬", Cue::Kind(MoneyKind::Cost)),
    ("年薪", Cue::Kind(MoneyKind::Cost)),
    ("工资", Cue::Kind(MoneyKind::Cost)),
    ("市场规模", Cue::Kind(MoneyKind::MarketSize)),
    ("规模将达", Cue::Kind(MoneyKind::MarketSize)),
    ("规模达", Cue::Kind(MoneyKind::MarketSize)),
    ("市场空间", Cue::Kind(MoneyKind::MarketSize)),
    ("售价", Cue::Kind(MoneyKind::Price)),
    ("价格", Cue::Kind(MoneyKind::Price)),
    ("定价", Cue::Kind(MoneyKind::Price)),
    ("单价", Cue::Kind(MoneyKind::Price)),
    ("标价", Cue::Kind(MoneyKind::Price)),
    ("每月", Cue::Kind(MoneyKind::Price)),
    ("每人", Cue::Kind(MoneyKind::Price)),
    ("每位", Cue::Kind(MoneyKind::Price)),
    ("每用户", Cue::Kind(MoneyKind::Price)),
    ("每个用户", Cue::Kind(MoneyKind::Price)),
    ("每千", Cue::Kind(MoneyKind::Price)),
    ("每百万", Cue::Kind(MoneyKind::Price)),
    ("月费", Cue::Kind(MoneyKind::Price)),
    ("订阅", Cue::Kind(MoneyKind::Price)),
    ("收费", Cue::Kind(MoneyKind::Price)),
    ("收取", Cue::Kind(MoneyKind::Price)),
    // Profit has no kind of its own; the cue keeps a profit figure from borrowing another.
    ("利润", Cue::Kind(MoneyKind::Other)),
    ("净利", Cue::Kind(MoneyKind::Other)),
    ("盈利", Cue::Kind(MoneyKind::Other)),
    ("毛利", Cue::Kind(MoneyKind::Other)),
    ("罚款", Cue::Kind(MoneyKind::Other)),
];

/// A cue word found in the sentence (char offsets).
#[derive(Debug, Clone, Copy)]
struct CueHit {
    start: usize,
    end: usize,
    cue: Cue,
}

/// All cue words, one regex for the table plus lettered rounds (A轮, B+轮, Pre-A轮).
fn cue_regex() -> &'static Regex {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        let mut words: Vec<&str> = CUE_WORDS.iter().map(|(w, _)| *w).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        let alts: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
        Regex::new(&format!(r"(?:Pre-)?[A-H][0-9]?\+?\s*轮|{}", alts.join("|")))
            .expect("the cue pattern is a fixed, valid regex")
    });
    &RE
}

/// Cue words in the folded sentence, as char offsets.
fn find_cues(folded: &str, n_chars: usize) -> Vec<CueHit> {
    // Regex offsets are bytes; map them to chars through each char's first byte.
    let starts: Vec<usize> = folded.char_indices().map(|(b, _)| b).collect();
    let to_char = |b: usize| starts.partition_point(|&s| s < b).min(n_chars);
    cue_regex()
        .find_iter(folded)
        .filter_map(|m| {
            let cue = if m.as_str().ends_with('轮') {
                Cue::Kind(MoneyKind::FundingRound)
            } else {
                CUE_WORDS.iter().find(|(w, _)| *w == m.as_str())?.1
            };
            Some(CueHit {
                start: to_char(m.start()),
                end: to_char(m.end()),
                cue,
            })
        })
        .collect()
}

/// Clause breaks: the kind and the companies of a figure come from its clause.
const CLAUSE_BREAKS: &[char] = &['，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?'];

/// Segment breaks: payer and payee are looked for up to these (a `；` starts a new statement).
const SEGMENT_BREAKS: &[char] = &['；', ';', '。', '！', '？', '!', '?'];

/// The span around `[s, e)` up to the nearest breaks on either side.
fn bounds(c: &[char], s: usize, e: usize, breaks: &[char]) -> (usize, usize) {
    let lo = c[..s.min(c.len())]
        .iter()
        .rposition(|ch| breaks.contains(ch))
        .map_or(0, |p| p + 1);
    let e = e.min(c.len());
    let hi = c[e..]
        .iter()
        .position(|ch| breaks.contains(ch))
        .map_or(c.len(), |p| e + p);
    (lo, hi)
}

/// A price unit right after the figure: `30美元/月`, `20美元每月`, `10美元一个月`.
fn attached_price_unit(c: &[char], e: usize) -> bool {
    let k = skip_ws(c, e);
    let k = match c.get(k) {
        Some('/' | '每') => k + 1,
        _ if starts_with_at(c, k, "一个") => k + 2,
        _ => return false,
    };
    let k = skip_ws(c, k);
    word_at(
        c,
        k,
        &[
            "月", "年", "人", "用户", "小时", "次", "个", "张", "份", "席", "座", "天", "周",
            "百万", "千", "token", "Token",
        ],
    )
    .is_some()
}

// ---------------------------------------------------------------------------------------
// Companies, payer and payee
// ---------------------------------------------------------------------------------------

/// A company span that fits the sentence.
#[derive(Debug, Clone, Copy)]
struct Co<'a> {
    id: &'a str,
    start: usize,
    end: usize,
}

/// Chars right before a company name that make it the object of a preposition or verb, so
/// not the one who acts (比谷歌晚, 与OpenAI合作, 向Anthropic, 投了Anthropic, 收购Mosaic,
/// 获得Anthropic的股权).
/// 令/让/使 are left out: 令谷歌… makes 谷歌 the one who acts next.
const OBJECT_MARKERS: &[char] = &[
    '比', '与', '和', '跟', '同', '对', '向', '在', '被', '从', '给', '把', '找', '及', '、', '了',
    '自', '于', '由', '购', '投', '资', '为', '替', '得', '到', '下', '有', '入',
];

/// Investment verbs whose object is the payee (A投资B…, A以…收购B).
const INVEST_VERBS: &[&str] = &[
    "投资了",
    "投资",
    "投了",
    "注资",
    "入股",
    "押注",
    "收购",
    "并购",
    "增投",
    "加码",
    "追加",
    "豪掷",
    "斥资",
    "出资",
    "投入",
    "砸下",
    "砸了",
    "砸",
];

/// Funding verbs whose subject is the payee (A筹集…).
const FUNDING_VERBS: &[&str] = &["融资", "筹集", "募集", "募资", "筹资", "筹得", "募得"];

/// Words of receiving money (B获得A…的投资), longest first.
const RECEIVE_WORDS: &[&str] = &[
    "获得了",
    "获得",
    "接受了",
    "接受",
    "拿到了",
    "拿到",
    "得到了",
    "得到",
    "收到了",
    "收到",
    "获",
];

/// What one sentence offers every figure in it.
struct Ctx<'a> {
    c: &'a [char],
    cos: &'a [Co<'a>],
    cues: &'a [CueHit],
}

/// A payer/payee pair as indices into `Ctx::cos`.
type Pair = (Option<usize>, Option<usize>);

impl Ctx<'_> {
    fn mention(&self, fig: &Figure, conv: Option<&Figure>, shown: &[char]) -> MoneyMention {
        let quote = |s: usize, e: usize| -> String { shown[s.min(e)..e].iter().collect() };
        let kind = self.kind(fig.start, fig.end);
        let (payer, payee) = self.payer_payee(fig.start, fig.end, kind);
        let entities = self.entities(fig.start, fig.end, payer, payee);
        MoneyMention {
            start: fig.start,
            end: fig.end,
            text: quote(fig.start, fig.end),
            amount: fig.amount,
            amount_max: fig.amount_max,
            currency: fig.currency.to_owned(),
            kind,
            conversion: conv.map(|g| Conversion {
                amount: g.amount,
                currency: g.currency.to_owned(),
                text: quote(g.start, g.end),
                start: g.start,
                end: g.end,
            }),
            entities,
            payer: payer.map(|k| self.cos[k].id.to_owned()),
            payee: payee.map(|k| self.cos[k].id.to_owned()),
        }
    }

    /// The kind of the figure at `[s, e)`: a price unit stuck to it, else the nearest cue
    /// before it in its clause, after it in its clause, then anywhere in the sentence.
    fn kind(&self, s: usize, e: usize) -> MoneyKind {
        if attached_price_unit(self.c, e) {
            return MoneyKind::Price;
        }
        let (cs, ce) = bounds(self.c, s, e, CLAUSE_BREAKS);
        let usable = || {
            self.cues
                .iter()
                .filter(|h| h.cue != Cue::Neutral && (h.end <= s || h.start >= e))
        };
        let before = usable()
            .filter(|h| h.start >= cs && h.end <= s)
            .max_by_key(|h| h.end);
        let after = || {
            usable()
                .filter(|h| h.start >= e && h.end <= ce)
                .min_by_key(|h| h.start)
        };
        // Outside the clause a cue before the figure is preferred: Chinese puts the topic
        // (收入…，达到了221.4亿美元) before the figures that belong to it.
        let sentence_before = || usable().filter(|h| h.end <= s).max_by_key(|h| h.end);
        let sentence_after = || usable().filter(|h| h.start >= e).min_by_key(|h| h.start);
        let Some(hit) = before
            .or_else(after)
            .or_else(sentence_before)
            .or_else(sentence_after)
        else {
            return MoneyKind::Other;
        };
        match hit.cue {
            Cue::Kind(k) => k,
            Cue::Input => {
                let (hs, he) = bounds(self.c, hit.start, hit.end, CLAUSE_BREAKS);
                let clause = &self.c[hs..he];
                let spending = ["训练", "研发", "算力", "研究"]
                    .iter()
                    .any(|w| (0..clause.len()).any(|k| starts_with_at(clause, k, w)));
                if spending {
                    MoneyKind::Cost
                } else {
                    MoneyKind::Investment
                }
            }
            Cue::Neutral => MoneyKind::Other,
        }
    }

    /// Companies in the figure's clause (or the one acting before it), payer and payee;
    /// deduplicated, in order of appearance.
    fn entities(
        &self,
        s: usize,
        e: usize,
        payer: Option<usize>,
        payee: Option<usize>,
    ) -> Vec<String> {
        let (cs, ce) = bounds(self.c, s, e, CLAUSE_BREAKS);
        let mut picked: Vec<usize> = match (payer, payee) {
            // Who pays whom says what the figure is about; others in the clause are only
            // described (向OpenAI的对手Anthropic投资 is not about OpenAI).
            (Some(_), Some(_)) => Vec::new(),
            _ => (0..self.cos.len())
                .filter(|&k| self.cos[k].start >= cs && self.cos[k].end <= ce)
                .collect(),
        };
        if picked.is_empty() && (payer.is_none() || payee.is_none()) {
            // The one acting before the figure (the sentence's subject), else whoever is nearest.
            let (ss, _) = bounds(self.c, s, e, SEGMENT_BREAKS);
            let subject = self
                .subject_before(s, ss, None)
                .or_else(|| (0..self.cos.len()).rev().find(|&k| self.cos[k].end <= s));
            picked.extend(subject);
        }
        picked.extend(payer);
        picked.extend(payee);
        picked.sort_by_key(|&k| (self.cos[k].start, k));
        let mut ids: Vec<String> = Vec::new();
        for k in picked {
            let id = self.cos[k].id;
            if !ids.iter().any(|x| x == id) {
                ids.push(id.to_owned());
            }
        }
        ids
    }

    fn is_object(&self, co: &Co) -> bool {
        let k = self.c[..co.start]
            .iter()
            .rposition(|ch| !ch.is_whitespace());
        k.is_some_and(|k| OBJECT_MARKERS.contains(&self.c[k]))
    }

    /// The company a sentence opens with as a heading (`亚马逊：…`), if any.
    fn heading(&self) -> Option<usize> {
        let first = skip_ws(self.c, 0);
        let k = (0..self.cos.len()).find(|&k| self.cos[k].start == first)?;
        let after = skip_ws(self.c, self.cos[k].end);
        matches!(self.c.get(after), Some('：' | ':')).then_some(k)
    }

    /// The one who acts before `pos`: the nearest company in `[lo, pos)` that is not the
    /// object of a preposition or verb, and not `not`.
    fn subject_before(&self, pos: usize, lo: usize, not: Option<usize>) -> Option<usize> {
        let not_id = not.map(|k| self.cos[k].id);
        (0..self.cos.len()).rev().find(|&k| {
            let co = &self.cos[k];
            co.end <= pos && co.start >= lo && Some(co.id) != not_id && !self.is_object(co)
        })
    }

    /// The first company starting in `[lo, hi)` and ending by `end_by`.
    fn first_company(&self, lo: usize, hi: usize, end_by: usize) -> Option<usize> {
        (0..self.cos.len()).find(|&k| {
            self.cos[k].start >= lo && self.cos[k].start < hi && self.cos[k].end <= end_by
        })
    }

    /// The last company within `[lo, hi)`.
    fn last_company(&self, lo: usize, hi: usize) -> Option<usize> {
        (0..self.cos.len())
            .rev()
            .find(|&k| self.cos[k].start >= lo && self.cos[k].end <= hi)
    }

    /// The last occurrence of one of `words` inside `[lo, hi)`: (start, end).
    fn find_last(&self, lo: usize, hi: usize, words: &[&str]) -> Option<(usize, usize)> {
        (lo..hi).rev().find_map(|i| {
            word_at(self.c, i, words)
                .filter(|&e| e <= hi)
                .map(|e| (i, e))
        })
    }

    /// The first occurrence of one of `words` inside `[lo, hi)`: (start, end).
    fn find_first(&self, lo: usize, hi: usize, words: &[&str]) -> Option<(usize, usize)> {
        (lo..hi).find_map(|i| {
            word_at(self.c, i, words)
                .filter(|&e| e <= hi)
                .map(|e| (i, e))
        })
    }

    /// Who pays whom for the figure at `[s, e)`, tried pattern by pattern; `None` where the
    /// sentence does not say.
    fn payer_payee(&self, s: usize, e: usize, kind: MoneyKind) -> Pair {
        if !matches!(kind, MoneyKind::Investment | MoneyKind::FundingRound) {
            return (None, None);
        }
        let clause = bounds(self.c, s, e, CLAUSE_BREAKS);
        let seg = bounds(self.c, s, e, SEGMENT_BREAKS);
        let found = self
            .passive(s, seg)
            .or_else(|| self.lead_investor(s, e, seg))
            .or_else(|| self.came_from(s, e, clause, seg))
            .or_else(|| self.received(s, clause, seg))
            .or_else(|| self.prepositional(s, clause, seg))
            .or_else(|| self.invested_in(s, clause, seg))
            .or_else(|| {
                if kind == MoneyKind::Investment {
                    self.invest_verb(s, e, clause, seg)
                } else {
                    None
                }
            })
            .or_else(|| {
                if kind == MoneyKind::FundingRound {
                    self.raised(s, e, clause, seg)
                } else {
                    None
                }
            });
        let (mut payer, mut payee) = found.unwrap_or((None, None));
        if payee.is_none() && kind == MoneyKind::Investment {
            payee = self.stake_in(e, seg);
        }
        let id = |k: Option<usize>| k.map(|k| self.cos[k].id);
        if payer.is_none() && kind == MoneyKind::Investment {
            // `亚马逊：…；今年才向B投资…`: a heading company acts in every statement after it.
            payer = self.heading().filter(|&h| id(Some(h)) != id(payee));
        }
        if payee.is_some() && id(payer) == id(payee) {
            payee = None;
        }
        (payer, payee)
    }

    /// `B被A（以…）收购`: payer A, payee B.
    fn passive(&self, s: usize, (ss, _): (usize, usize)) -> Option<Pair> {
        let (_, pe) = self.find_last(ss, s, &["被"])?;
        let a = self.first_company(pe, skip_ws(self.c, pe) + 1, s)?;
        let a_end = self.cos[a].end;
        let (_, clause_end) = bounds(self.c, a_end, a_end, CLAUSE_BREAKS);
        self.find_first(a_end, clause_end, &["收购", "并购", "投资", "入股", "注资"])?;
        let b = self.subject_before(pe - 1, ss, Some(a));
        Some((Some(a), b))
    }

    /// `A领投`/`A跟投` in the segment: payer A; payee the company right after (`A领投B的…`),
    /// else the one acting before A (`B在A领投的融资中筹集…`).
    fn lead_investor(&self, s: usize, e: usize, (ss, se): (usize, usize)) -> Option<Pair> {
        let leads: Vec<(usize, usize)> = (ss..se)
            .filter_map(|i| word_at(self.c, i, &["领投", "跟投"]).map(|end| (i, end)))
            .filter(|&(_, end)| end <= se)
            .collect();
        let &(ls, le) = leads.iter().min_by_key(|(ls, le)| {
            if *le <= s {
                s - le
            } else {
                ls.saturating_sub(e)
            }
        })?;
        let a = self.last_company(ss, ls)?;
        let gap = &self.c[self.cos[a].end..ls];
        if gap.len() > 8 || gap.iter().any(|ch| CLAUSE_BREAKS.contains(ch)) {
            return None;
        }
        let after = skip_ws(
            self.c,
            if self.c.get(le) == Some(&'了') {
                le + 1
            } else {
                le
            },
        );
        let b = self
            .first_company(after, after + 1, se)
            .or_else(|| self.subject_before(self.cos[a].start.min(s), ss, Some(a)));
        Some((Some(a), b))
    }

    /// `…figure来自A` (payee the one acting before the figure) or `从A/来自A…figure`.
    fn came_from(
        &self,
        s: usize,
        e: usize,
        (cs, ce): (usize, usize),
        (ss, _): (usize, usize),
    ) -> Option<Pair> {
        let after = skip_ws(self.c, e);
        if let Some(end) = word_at(self.c, after, &["来自于", "来自"]) {
            if end <= ce {
                let from = skip_ws(self.c, end);
                if let Some(a) = self.first_company(from, from + 1, ce) {
                    return Some((Some(a), self.subject_before(s, ss, Some(a))));
                }
            }
        }
        let (ps, pe) = self.find_last(cs, s, &["来自于", "来自", "从"])?;
        let from = skip_ws(self.c, pe);
        let a = self.first_company(from, from + 1, s)?;
        Some((Some(a), self.subject_before(ps, ss, Some(a))))
    }

    /// `B获得A…的投资`, `B获A投资`, `B接受了A…的投资`: payer A, payee B.
    fn received(&self, s: usize, (cs, _): (usize, usize), (ss, _): (usize, usize)) -> Option<Pair> {
        let (ps, pe) = self.find_last(cs, s, RECEIVE_WORDS)?;
        let from = skip_ws(self.c, pe);
        // Bare 获 only right before a name (获悉, 获利 are other words).
        let reach = if pe - ps == 1 { from + 1 } else { from + 4 };
        let a = self.first_company(from, reach, s)?;
        Some((Some(a), self.subject_before(ps, ss, Some(a))))
    }

    /// `A向B投资…`, `A对B投资…`, `A给B…`: payer A, payee B (`B向A募集` the other way round).
    fn prepositional(
        &self,
        s: usize,
        (cs, _): (usize, usize),
        (ss, _): (usize, usize),
    ) -> Option<Pair> {
        let (ps, pe) = self.find_last(cs, s, &["向", "对", "给"])?;
        let b = self.last_company(pe, s)?;
        let b_end = self.cos[b].end;
        if self.find_first(b_end, s, FUNDING_VERBS).is_some() {
            return Some((Some(b), self.subject_before(ps, ss, Some(b))));
        }
        Some((self.subject_before(ps, ss, Some(b)), Some(b)))
    }

    /// `A在B投资…` (微软已在OpenAI投资130亿美元): payer A, payee B.
    fn invested_in(
        &self,
        s: usize,
        (cs, _): (usize, usize),
        (ss, _): (usize, usize),
    ) -> Option<Pair> {
        let (ps, pe) = self.find_last(cs, s, &["在"])?;
        let b = self.last_company(pe, s)?;
        self.find_first(self.cos[b].end, s, &["投资", "注资", "投入", "入股"])?;
        Some((self.subject_before(ps, ss, Some(b)), Some(b)))
    }

    /// `A投资(B)…figure`, `A以figure收购B`, `A figure收购B`: payer the one acting before, payee
    /// the object of the verb.
    fn invest_verb(
        &self,
        s: usize,
        e: usize,
        (cs, ce): (usize, usize),
        (ss, _): (usize, usize),
    ) -> Option<Pair> {
        let not_noun = |(vs, ve): &(usize, usize)| {
            !(starts_with_at(self.c, *vs, "投资")
                && matches!(self.c.get(*ve), Some('人' | '者' | '方')))
        };
        if let Some((vs, ve)) = self.find_last(cs, s, INVEST_VERBS).filter(not_noun) {
            let b = self.first_company(ve, s, s);
            let a = self.subject_before(vs, ss, b);
            return (a.is_some() || b.is_some()).then_some((a, b));
        }
        let after = skip_ws(self.c, e);
        let (vs, ve) = self.find_first(after, (after + 3).min(ce), INVEST_VERBS)?;
        // Only a verb right after the figure takes an object (以13亿美元收购B); in
        // `13亿美元的收购…` the verb is a noun and what follows is not its target.
        let b = if vs == after {
            self.first_company(ve, ce, ce)
        } else {
            None
        };
        let a = self.subject_before(s, ss, b);
        (a.is_some() || b.is_some()).then_some((a, b))
    }

    /// `B筹集…`, `B…融资`: payee the one who raises.
    fn raised(
        &self,
        s: usize,
        e: usize,
        (cs, ce): (usize, usize),
        (ss, _): (usize, usize),
    ) -> Option<Pair> {
        let (vs, _) = self
            .find_last(cs, s, FUNDING_VERBS)
            .or_else(|| self.find_first(e, ce, FUNDING_VERBS))?;
        let b = self.subject_before(vs.min(s), ss, None)?;
        Some((None, Some(b)))
    }

    /// `…figure，获得B的少数股权`: the investment bought a stake in B.
    fn stake_in(&self, e: usize, (_, se): (usize, usize)) -> Option<usize> {
        let (_, pe) = self.find_first(e, se, &["获得了", "获得", "拿下", "取得", "持有"])?;
        let from = skip_ws(self.c, pe);
        let b = self.first_company(from, from + 1, se)?;
        let tail_end = (self.cos[b].end + 10).min(se);
        self.c[self.cos[b].end..tail_end]
            .contains(&'股')
            .then_some(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names the test helper knows, longest first where one contains another.
    const NAMES: &[(&str, &str)] = &[
        ("Alameda Research", "alameda"),
        ("Spark Capital", "spark-capital"),
        ("Databricks", "databricks"),
        ("Anthropic", "anthropic"),
        ("MosaicML", "mosaicml"),
        ("OpenAI", "openai"),
        ("Google", "google"),
        ("亚马逊", "amazon"),
        ("亞馬遜", "amazon"),
        ("英伟达", "nvidia"),
        ("微软", "microsoft"),
        ("微軟", "microsoft"),
        ("谷歌", "google"),
        ("百度", "baidu"),
    ];

    /// The company spans a segmenter would report: every known name, char offsets.
    fn spans(sentence: &str) -> Vec<CompanySpan> {
        let c: Vec<char> = sentence.chars().collect();
        let mut taken = vec![false; c.len()];
        let mut out = Vec::new();
        for (name, id) in NAMES {
            let n: Vec<char> = name.chars().collect();
            let mut i = 0;
            while i + n.len() <= c.len() {
                if c[i..i + n.len()] == n[..] && !taken[i..i + n.len()].contains(&true) {
                    taken[i..i + n.len()].fill(true);
                    out.push(CompanySpan {
                        id: (*id).to_owned(),
                        start: i,
                        end: i + n.len(),
                    });
                    i += n.len();
                } else {
                    i += 1;
                }
            }
        }
        out.sort_by_key(|s| s.start);
        out
    }

    /// `find_money` with the helper's spans, checking the offset invariants on every result.
    fn money(sentence: &str) -> Vec<MoneyMention> {
        let ms = find_money(sentence, &spans(sentence));
        let c: Vec<char> = sentence.chars().collect();
        let mut last_end = 0;
        for m in &ms {
            assert!(
                m.start >= last_end && m.start < m.end && m.end <= c.len(),
                "{m:?}"
            );
            assert_eq!(c[m.start..m.end].iter().collect::<String>(), m.text);
            if let Some(conv) = &m.conversion {
                assert!(conv.start >= m.end && conv.end <= c.len());
                assert_eq!(
                    c[conv.start..conv.end].iter().collect::<String>(),
                    conv.text
                );
                last_end = conv.end;
            } else {
                last_end = m.end;
            }
        }
        ms
    }

    /// The one mention in `sentence`.
    fn one(sentence: &str) -> MoneyMention {
        let ms = money(sentence);
        assert_eq!(ms.len(), 1, "{sentence}: {ms:#?}");
        ms.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    // --- amounts -------------------------------------------------------------------------

    #[test]
    fn decimal_with_yi_is_exact() {
        let m = one("这家公司去年的营收达到12.5亿美元。");
        assert_eq!(m.text, "12.5亿美元");
        assert_eq!(m.amount, 1_250_000_000.0);
        assert_eq!(m.currency, "USD");
        assert_eq!(m.amount_max, None);
        let m = one("其估值为292.34亿元");
        assert_eq!(m.amount, 29_234_000_000.0);
        assert_eq!(m.currency, "CNY");
        let m = one("月收入为0.45万欧元");
        assert_eq!(m.amount, 4_500.0);
    }

    #[test]
    fn plain_amount_without_multiplier() {
        let m = one("高级版售价20美元");
        assert_eq!((m.amount, m.text.as_str()), (20.0, "20美元"));
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(one("这块显卡售价为25,000美元").amount, 25_000.0);
        assert_eq!(one("单笔订单售价1，200美元").amount, 1_200.0);
        assert_eq!(one("合同总额为1,250,000美元").amount, 1_250_000.0);
        // A clause comma after a model name is not a separator.
        let m = one("它推出了GPT-4，300美元的订阅价格吓退了不少人");
        assert_eq!((m.text.as_str(), m.amount), ("300美元", 300.0));
        // Nor after a 4-digit year.
        let m = one("截至2021，300万美元已经到账");
        assert_eq!(m.amount, 3_000_000.0);
    }

    #[test]
    fn full_width_digits() {
        let m = one("亚马逊投资４０亿美元");
        assert_eq!(m.text, "４０亿美元");
        assert_eq!(m.amount, 4e9);
        assert_eq!(one("估值达到１２．５亿美元").amount, 1_250_000_000.0);
    }

    #[test]
    fn traditional_script() {
        let s = "亞馬遜將向該公司投資40億美元";
        let m = one(s);
        assert_eq!(m.text, "40億美元");
        assert_eq!(m.amount, 4e9);
        assert_eq!(m.kind, MoneyKind::Investment);
        assert_eq!(m.payer.as_deref(), Some("amazon"));
        assert_eq!(m.payee, None);
        let m = one("微軟的市值約為2.5兆美元");
        assert_eq!((m.amount, m.kind), (2.5e12, MoneyKind::MarketCap));
    }

    #[test]
    fn multipliers() {
        assert_eq!(one("项目预算为3千万美元").amount, 3e7);
        assert_eq!(one("项目预算为5百万欧元").amount, 5e6);
        assert_eq!(one("这笔基金规模达1.5万亿日元").amount, 1.5e12);
        assert_eq!(one("计划筹集7万亿美元").amount, 7e12);
        assert_eq!(one("市场规模将达千亿美元").amount, 1e11);
        let m = one("市值一夜蒸发了1000多亿美元");
        assert_eq!((m.text.as_str(), m.amount), ("1000多亿美元", 1e11));
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(one("该轮融资共十亿美元").amount, 1e9);
        assert_eq!(one("该项目耗资两百亿元").amount, 2e10);
        assert_eq!(one("他希望融资七万亿美元").amount, 7e12);
        assert_eq!(one("公司获得一亿五千万元投资").amount, 1.5e8);
        assert_eq!(one("项目共投入一百多亿元").amount, 1e10);
    }

    #[test]
    fn spaces_between_parts() {
        let m = one("微软还投资 13 亿美元建设数据中心");
        assert_eq!((m.text.as_str(), m.amount), ("13 亿美元", 1.3e9));
    }

    #[test]
    fn english_forms() {
        let m = one("据报道其估值为$40亿");
        assert_eq!(
            (m.text.as_str(), m.amount, m.currency.as_str()),
            ("$40亿", 4e9, "USD")
        );
        assert_eq!(one("这轮融资达到$10 billion，创下纪录").amount, 1e10);
        let m = one("种子轮融资为US$1.3 million");
        assert_eq!((m.text.as_str(), m.amount), ("US$1.3 million", 1_300_000.0));
        assert_eq!(one("RMB 500万的订单").currency, "CNY");
    }

    #[test]
    fn qualifiers_stay_outside_text() {
        for (s, text) in [
            ("亚马逊将投资高达40亿美元", "40亿美元"),
            ("单次训练成本超过5亿人民币", "5亿人民币"),
            ("营收约1亿美元", "1亿美元"),
            ("估值逾300亿美元", "300亿美元"),
            ("最多投资20亿美元", "20亿美元"),
        ] {
            assert_eq!(one(s).text, text, "{s}");
        }
    }

    // --- currencies ----------------------------------------------------------------------

    #[test]
    fn every_currency() {
        for (s, code) in [
            ("售价为30美元", "USD"),
            ("售价为30美金", "USD"),
            ("售价为30美刀", "USD"),
            ("售价为$30", "USD"),
            ("售价为30 USD", "USD"),
            ("售价为30元", "CNY"),
            ("售价为30人民币", "CNY"),
            ("售价为30元人民币", "CNY"),
            ("售价为人民币30元", "CNY"),
            ("售价为30 RMB", "CNY"),
            ("售价为CNY 30", "CNY"),
            ("售价为30欧元", "EUR"),
            ("售价为30英镑", "GBP"),
            ("售价为30日元", "JPY"),
            ("售价为30日圓", "JPY"),
            ("售价为30港元", "HKD"),
            ("售价为30港幣", "HKD"),
            ("售价为30韩元", "KRW"),
            ("售价为30新台币", "TWD"),
            ("售价为30台币", "TWD"),
        ] {
            let m = one(s);
            assert_eq!(m.currency, code, "{s}");
            assert_eq!(m.amount, 30.0, "{s}");
            assert_eq!(m.kind, MoneyKind::Price, "{s}");
        }
    }

    #[test]
    fn yuan_before_other_words_is_still_money() {
        assert_eq!(one("送出100元代金券").amount, 100.0);
        assert_eq!(one("实现10亿元年收入").kind, MoneyKind::Revenue);
    }

    #[test]
    fn renminbi_written_three_ways() {
        for s in [
            "项目耗资人民币292亿元",
            "项目耗资292亿元人民币",
            "项目耗资292亿人民币",
        ] {
            let m = one(s);
            assert_eq!((m.amount, m.currency.as_str()), (2.92e10, "CNY"), "{s}");
        }
        assert_eq!(one("项目耗资人民币292亿元").text, "人民币292亿元");
    }

    // --- ranges --------------------------------------------------------------------------

    #[test]
    fn range_with_shared_multiplier() {
        for s in [
            "投后估值预计在200-300亿美元之间",
            "投后估值预计在200~300亿美元之间",
            "投后估值预计在200～300亿美元之间",
            "投后估值预计在200至300亿美元之间",
        ] {
            let m = one(s);
            assert_eq!(m.amount, 2e10, "{s}");
            assert_eq!(m.amount_max, Some(3e10), "{s}");
            assert_eq!(m.kind, MoneyKind::Valuation, "{s}");
            assert!(
                m.text.starts_with("200") && m.text.ends_with("亿美元"),
                "{s}"
            );
        }
    }

    #[test]
    fn range_written_twice_and_spaced() {
        let m = one("外界估计其估值在270亿美元至290亿美元之间");
        assert_eq!(m.text, "270亿美元至290亿美元");
        assert_eq!((m.amount, m.amount_max), (2.7e10, Some(2.9e10)));
        let m = one("每训练一次的成本约为 1.5 到 3 万人民币");
        assert_eq!(m.text, "1.5 到 3 万人民币");
        assert_eq!((m.amount, m.amount_max), (15_000.0, Some(30_000.0)));
        assert_eq!(m.kind, MoneyKind::Cost);
        let m = one("单次训练成本在三千万至五千万人民币");
        assert_eq!((m.amount, m.amount_max), (3e7, Some(5e7)));
    }

    #[test]
    fn growth_from_one_figure_to_another_is_not_a_range() {
        let ms = money("市场规模将从430亿美元上升到980亿美元");
        assert_eq!(ms.len(), 2);
        assert!(ms
            .iter()
            .all(|m| m.amount_max.is_none() && m.kind == MoneyKind::MarketSize));
    }

    // --- conversions ---------------------------------------------------------------------

    #[test]
    fn parenthetical_conversion() {
        let s = "亚马逊向Anthropic投资40亿美元（约合人民币292亿元），双方将合作";
        let m = one(s);
        assert_eq!(m.text, "40亿美元");
        let conv = m.conversion.expect("a conversion");
        assert_eq!(conv.text, "人民币292亿元");
        assert_eq!((conv.amount, conv.currency.as_str()), (2.92e10, "CNY"));

        let m = one("该公司融资40亿美元（约合292.34亿元人民币）");
        let conv = m.conversion.expect("a conversion");
        assert_eq!(
            (conv.amount, conv.text.as_str()),
            (29_234_000_000.0, "292.34亿元人民币")
        );

        let m = one("该公司融资40亿美元(约292亿元)");
        assert_eq!(m.conversion.map(|c| c.amount), Some(2.92e10));
    }

    #[test]
    fn appositive_conversion() {
        let m = one("市场规模将达到980亿美元，约合人民币7168.5亿元");
        let conv = m.conversion.expect("a conversion");
        assert_eq!(
            (conv.amount, conv.currency.as_str()),
            (716_850_000_000.0, "CNY")
        );
        // Without 约合 a following figure is a figure of its own.
        assert_eq!(money("营收10亿美元，利润2亿元").len(), 2);
    }

    #[test]
    fn same_currency_in_parentheses_is_not_a_conversion() {
        let ms = money("本轮共融资50亿美元（其中10亿美元为首期）");
        assert_eq!(ms.len(), 2);
        assert!(ms[0].conversion.is_none());
    }

    // --- kinds ---------------------------------------------------------------------------

    #[test]
    fn two_figures_two_kinds() {
        let ms = money("去年营收10亿美元，估值达到300亿美元");
        let kinds: Vec<MoneyKind> = ms.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [MoneyKind::Revenue, MoneyKind::Valuation]);
        assert_eq!(ms[1].amount, 3e10);
    }

    #[test]
    fn each_kind() {
        for (s, kind) in [
            ("百度去年净亏损5.4亿美元", MoneyKind::Loss),
            ("这家初创公司完成了B轮3亿美元", MoneyKind::FundingRound),
            ("这家初创公司筹集了3亿美元", MoneyKind::FundingRound),
            ("谷歌向这家公司注资3亿美元", MoneyKind::Investment),
            ("算力开销每天约70万美元", MoneyKind::Cost),
            ("该市场规模将达到980亿美元", MoneyKind::MarketSize),
            ("微软的市值突破2.5万亿美元", MoneyKind::MarketCap),
            ("企业版定价为每人30美元", MoneyKind::Price),
            ("向企业客户收取30美元/月", MoneyKind::Price),
            ("用户订阅只需10美元一个月", MoneyKind::Price),
            ("API调用费用为每千token 0.03美元", MoneyKind::Price),
            ("它的ARR已达5000万美元", MoneyKind::Revenue),
            ("该公司的估值为50亿美元", MoneyKind::Valuation),
            ("比赛奖金为100万美元", MoneyKind::Other),
            ("季度净利润为53亿美元", MoneyKind::Other),
            ("谷歌以21亿美元收购了这家公司", MoneyKind::Investment),
        ] {
            assert_eq!(one(s).kind, kind, "{s}");
        }
    }

    #[test]
    fn cue_in_another_clause_prefers_the_one_before() {
        // The clause of the figure has no cue: the topic before it wins over 利润 after it.
        let ms = money("其云业务收入增长了12%，达到了221亿美元，但利润下降了6%，为53亿美元");
        assert_eq!(ms[0].kind, MoneyKind::Revenue);
        assert_eq!(ms[1].kind, MoneyKind::Other);
    }

    #[test]
    fn cue_after_the_figure_in_its_clause() {
        assert_eq!(
            one("13亿美元的营收相对庞大的开支微不足道").kind,
            MoneyKind::Revenue
        );
    }

    #[test]
    fn training_input_is_cost_other_input_is_investment() {
        assert_eq!(one("单次训练投入超过5亿人民币").kind, MoneyKind::Cost);
        assert_eq!(one("微软计划投入100亿美元").kind, MoneyKind::Investment);
    }

    #[test]
    fn investor_words_are_not_investment_cues() {
        // 投资人 hides 投资, so 融资 decides.
        let m = one("在投资人的支持下完成3亿美元融资");
        assert_eq!(m.kind, MoneyKind::FundingRound);
    }

    // --- payer and payee -----------------------------------------------------------------

    #[test]
    fn lead_investor_round_is_funding() {
        let m = one("去年6月，Anthropic在Spark Capital领投的融资中又筹集了4.5亿美元");
        assert_eq!(m.kind, MoneyKind::FundingRound);
        assert_eq!(m.payer.as_deref(), Some("spark-capital"));
        assert_eq!(m.payee.as_deref(), Some("anthropic"));
        assert_eq!(m.entities, ids(&["anthropic", "spark-capital"]));

        let m = one("英伟达领投了Databricks的5亿美元融资");
        assert_eq!(m.payer.as_deref(), Some("nvidia"));
        assert_eq!(m.payee.as_deref(), Some("databricks"));
    }

    #[test]
    fn xiang_invest() {
        let m = one("周一，亚马逊宣布，向大模型公司 Anthropic 投资最多40亿美元");
        assert_eq!(m.kind, MoneyKind::Investment);
        assert_eq!(m.payer.as_deref(), Some("amazon"));
        assert_eq!(m.payee.as_deref(), Some("anthropic"));
        assert_eq!(m.entities, ids(&["amazon", "anthropic"]));

        let m = one("微软一方面决定向OpenAI追加100亿美元投资，拿下近半股权");
        assert_eq!(m.payer.as_deref(), Some("microsoft"));
        assert_eq!(m.payee.as_deref(), Some("openai"));
    }

    #[test]
    fn dui_invest() {
        let m = one("微软对OpenAI投资100亿美元");
        assert_eq!(
            (m.payer.as_deref(), m.payee.as_deref()),
            (Some("microsoft"), Some("openai"))
        );
    }

    #[test]
    fn active_verb_with_object() {
        let m = one("面对压力，谷歌今年年初投了Anthropic 4亿美元");
        assert_eq!(
            (m.payer.as_deref(), m.payee.as_deref()),
            (Some("google"), Some("anthropic"))
        );
    }

    #[test]
    fn zai_invest() {
        let m = one("其中，微软已在OpenAI投资130亿美元");
        assert_eq!(
            (m.payer.as_deref(), m.payee.as_deref()),
            (Some("microsoft"), Some("openai"))
        );
    }

    #[test]
    fn passive_huode_and_huo() {
        let m = one("Anthropic获得亚马逊40亿美元的投资");
        assert_eq!(m.kind, MoneyKind::Investment);
        assert_eq!(
            (m.payer.as_deref(), m.payee.as_deref()),
            (Some("amazon"), Some("anthropic"))
        );
        let m = one("今年Anthropic获谷歌3亿美元投资");
        assert_eq!(
            (m.payer.as_deref(), m.payee.as_deref()),
            (Some("google"), Some("anthropic"))
        );
    }

    #[test]
    fn passive_jieshou() {
        let m = one("最近，Anthropic接受了亚马逊高达40亿美元的投资");
        assert_eq!(
            (m.payer.as_deref(), m.payee.as_deref()),
            (Some("amazon"), Some("anthropic"))
        );
        assert_eq!(m.entities, ids(&["anthropic", "amazon"]));
    }

    #[test]
    fn raised_from() {
        let m = one("Anthropic从谷歌筹集了5亿美元");
        assert_eq!(m.kind, MoneyKind::FundingRound);
        assert_eq!(
            (m.payer.as_deref(), m.payee.as_deref()),
            (Some("google"), Some("anthropic"))
        );
    }

    #[test]
    fn of_which_came_from() {
        let ms = money("到去年年底，Anthropic共筹集8亿美元资金，其中6亿美元来自Alameda Research");
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].kind, MoneyKind::FundingRound);
        assert_eq!(
            (ms[0].payer.as_deref(), ms[0].payee.as_deref()),
            (None, Some("anthropic"))
        );
        assert_eq!(ms[1].kind, MoneyKind::FundingRound);
        assert_eq!(ms[1].payer.as_deref(), Some("alameda"));
        assert_eq!(ms[1].payee.as_deref(), Some("anthropic"));
        assert_eq!(ms[1].entities, ids(&["anthropic", "alameda"]));
    }

    #[test]
    fn acquisition_active_and_passive() {
        let m = one("Databricks以13亿美元收购MosaicML");
        assert_eq!(m.kind, MoneyKind::Investment);
        assert_eq!(
            (m.payer.as_deref(), m.payee.as_deref()),
            (Some("databricks"), Some("mosaicml"))
        );
        let m = one("MosaicML被Databricks以13亿美元收购");
        assert_eq!(
            (m.payer.as_deref(), m.payee.as_deref()),
            (Some("databricks"), Some("mosaicml"))
        );
        // 的收购 is a noun: the company after it is not the target.
        let m = one("这笔13亿美元的收购显示了Databricks的决心");
        assert_eq!((m.payer.as_deref(), m.payee.as_deref()), (None, None));
    }

    #[test]
    fn stake_names_the_payee() {
        let m = one("亚马逊首期投资12.5亿美元，获得Anthropic的少数股权");
        assert_eq!(
            (m.payer.as_deref(), m.payee.as_deref()),
            (Some("amazon"), Some("anthropic"))
        );
    }

    #[test]
    fn unclear_stays_none() {
        let m = one("谷歌云部门随后投资3亿美元获得10%的股份");
        assert_eq!((m.payer.as_deref(), m.payee), (Some("google"), None));
        let m = one("该公司获得了一笔1亿美元的投资");
        assert_eq!((m.payer, m.payee), (None, None));
        // Valuations have no payer even when companies stand around them.
        let m = one("微软投资后，OpenAI估值达到290亿美元");
        assert_eq!((m.payer, m.payee), (None, None));
        assert_eq!(m.entities, ids(&["openai"]));
    }

    #[test]
    fn a_figure_with_payer_and_payee_is_about_them_alone() {
        let sentence = "亚马逊向OpenAI的对手Anthropic投资40亿美元";
        let m = one(sentence);
        assert_eq!(m.entities, vec!["amazon", "anthropic"]);
    }

    #[test]
    fn a_heading_company_pays_in_a_later_statement() {
        let sentence = "亚马逊：起步较晚；今年才向Anthropic投资12亿美元";
        let found = find_money(sentence, &spans(sentence));
        assert_eq!(found[0].payer.as_deref(), Some("amazon"));
        assert_eq!(found[0].payee.as_deref(), Some("anthropic"));
    }

    #[test]
    fn subject_skips_objects_of_prepositions() {
        // 谷歌 after 令 acts next; OpenAI modifies 崛起 and 比百度 is a comparison.
        let m = one("OpenAI的崛起令谷歌压力倍增，谷歌比百度更早投了Anthropic 4亿美元");
        assert_eq!(m.payer.as_deref(), Some("google"));
        let m = one("在对Anthropic的竞争中比谷歌晚了半年；随后才向Anthropic投资12亿美元");
        assert_eq!((m.payer, m.payee.as_deref()), (None, Some("anthropic")));
    }

    #[test]
    fn entities_fall_back_to_the_subject() {
        // No company in the figure's clause: the one acting earlier in the sentence.
        let m = one("Anthropic曾找谷歌谈判，计划再募集20亿美元");
        assert_eq!(m.entities, ids(&["anthropic"]));
        let m = one("按照计划，年底营收将达到2亿美元");
        assert!(m.entities.is_empty());
    }

    // --- not money -----------------------------------------------------------------------

    #[test]
    fn non_money_is_not_taken() {
        for s in [
            "Meta押注元宇宙已有多年",
            "这个项目用了3个月",
            "GPT-4的表现更好",
            "微软持有OpenAI 49%的股份，谷歌拿到40%的股份",
            "ChatGPT拥有1000万用户",
            "国内已有130家公司",
            "参数规模在130亿左右，估值51亿",
            "多元化和单元测试都很重要",
            "这是二元对立的看法",
            "1月1日元旦那天发布",
            "10月3日元宇宙大会召开",
            "本月10日元首会晤",
            "自研大模型需要数十亿美元",
            "一年有几百亿美金收入",
            "上百万美元的投入",
            "万亿美元俱乐部",
            "美元兑人民币7.3",
            "USDT 100亿",
        ] {
            assert!(money(s).is_empty(), "{s}: {:#?}", money(s));
        }
    }

    // --- robustness ----------------------------------------------------------------------

    #[test]
    fn absurd_amounts_are_dropped() {
        assert!(money("共计100000000000000万亿美元").is_empty());
        assert!(money("共计99999999999999999999999999999999999999亿美元").is_empty());
    }

    #[test]
    fn bad_company_spans_are_ignored() {
        let s = "微软投资10亿美元";
        let bad = [
            CompanySpan {
                id: "x".into(),
                start: 3,
                end: 99,
            },
            CompanySpan {
                id: "y".into(),
                start: 5,
                end: 2,
            },
            CompanySpan {
                id: "microsoft".into(),
                start: 0,
                end: 2,
            },
        ];
        let ms = find_money(s, &bad);
        assert_eq!(ms.len(), 1);
        assert_eq!(ms[0].payer.as_deref(), Some("microsoft"));
    }

    #[test]
    fn no_panic_on_any_substring() {
        let s = "亞馬遜將向Anthropic投資１２．５億美元（約合人民幣9,1，23億元），估值200-300亿，$10 bn、US$、人民币、三至五千万欧元，1，，000美元。";
        let c: Vec<char> = s.chars().collect();
        for i in 0..=c.len() {
            for j in i..=c.len() {
                let sub: String = c[i..j].iter().collect();
                for m in money(&sub) {
                    assert!(m.amount.is_finite() && m.amount >= 0.0);
                }
            }
        }
    }

    #[test]
    fn serde_kind_is_kebab_case() {
        let json = serde_json::to_string(&MoneyKind::FundingRound).unwrap_or_default();
        assert_eq!(json, "\"funding-round\"");
        assert_eq!(
            serde_json::to_string(&MoneyKind::MarketCap).unwrap_or_default(),
            "\"market-cap\""
        );
    }
}
