//! Reading a whole figure: currency prefix, number, multiplier, `多`/`余`, currency suffix,
//! and a second number making a range (`200-300亿美元`); then a conversion right after it
//! (`（约合人民币292亿元）`).

use super::amount::{
    is_number_start, number_may_start, parse_chinese, parse_digits, parse_eng_mult, parse_mult, Dec,
};
use super::chars::{skip_ws, word_at};
use super::currency::{parse_prefix, parse_suffix};
use super::qualifier::{self, Qualifier};
use crate::extract::Span;

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

/// One number with its multiplier and currency: `300亿美元`, `200` in `200-300亿美元`.
#[derive(Debug, Clone, Copy)]
struct Quantity {
    /// Where it ends, in chars.
    end: usize,
    /// Its value, multiplier applied.
    value: Dec,
    /// A multiplier was written (亿, 千万, billion, or the units inside a Chinese numeral).
    has_mult: bool,
    /// The trailing multiplier's power of ten, which a range's low end may share.
    mult_exp: i32,
    /// The currency written after it, if any.
    currency: Option<&'static str>,
    /// `多` or `余` was written after the number (`150多亿`, `3亿余`).
    plus: bool,
}

/// A figure read from the sentence (before kind and companies are known).
#[derive(Debug, Clone, Copy)]
pub(super) struct Figure {
    /// Where it is written, in chars, a prefix and a range included.
    pub(super) span: Span,
    /// The amount, the low end of a range.
    pub(super) amount: f64,
    /// The high end of a range.
    pub(super) amount_max: Option<f64>,
    /// ISO 4217 code.
    pub(super) currency: &'static str,
    /// The lower bound (`None`: open), from the range or the qualifier.
    pub(super) low: Option<f64>,
    /// The upper bound (`None`: open).
    pub(super) high: Option<f64>,
    /// The word that makes the amount a bound, if any.
    pub(super) qualifier: Option<Qualifier>,
}

/// One number with multiplier and currency at `i` (the number itself must start there).
fn parse_quantity(c: &[char], i: usize) -> Option<Quantity> {
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
    let mut plus = false;
    if is_more(k) {
        end = k + 1;
        k = skip_ws(c, end);
        plus = true;
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
            plus = true;
        }
    }
    let currency = parse_suffix(c, k, i, chinese && !has_mult).map(|(code, e)| {
        end = e;
        code
    });
    Some(Quantity {
        end,
        value,
        has_mult,
        mult_exp,
        currency,
        plus,
    })
}

/// A figure starting at `i`, a prefix included: `300亿美元`, `人民币292亿元`, `$10 billion`,
/// `200-300亿美元`, `270亿美元至290亿美元`. `with_prefix` is false when retrying without a
/// prefix that turned out not to belong to the number.
pub(super) fn parse_figure(c: &[char], i: usize, with_prefix: bool) -> Option<Figure> {
    let prefix = if with_prefix {
        parse_prefix(c, i)
    } else {
        None
    };
    let mut num_start = match prefix {
        Some((_, e)) => skip_ws(c, e),
        None => i,
    };
    // 人民币约165亿: the qualifier sits between the currency and the number.
    let mut inner = None;
    if prefix.is_some() {
        if let Some(e) = word_at(c, num_start, &["大约", "约"]) {
            num_start = skip_ws(c, e);
            inner = Some(Qualifier::About);
        }
    }
    let prefix_code = prefix.map(|(code, _)| code);
    let start = if prefix.is_some() { i } else { num_start };
    if let Some(fig) = parse_vague(c, start, num_start, prefix_code) {
        return Some(fig);
    }
    if prefix.is_none() && !number_may_start(c, num_start) {
        return None;
    }
    if !is_number_start(c, num_start) {
        return None;
    }
    let p1 = parse_quantity(c, num_start)?;
    if let (Some(a), Some(b)) = (prefix_code, p1.currency) {
        if a != b {
            // 人民币40亿美元: the prefix is not this number's currency.
            return parse_figure(c, num_start, false);
        }
    }
    let c1 = p1.currency.or(prefix_code);

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
        let p2 = parse_quantity(c, k2)?;
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
        let q = inner
            .or_else(|| qualifier::before(c, start))
            .or_else(|| qualifier::after(c, end));
        let (low, high) = qualifier::range_bounds(q, lo, hi);
        return Some(Figure {
            span: Span::new(start, end),
            amount: lo,
            amount_max: Some(hi),
            currency: code,
            low,
            high,
            qualifier: q,
        });
    }
    let currency = c1?;
    let amount = p1.value.value()?;
    // A word before the figure says more than `多` inside it (超过1000多亿 has no top).
    let q = inner
        .or_else(|| qualifier::before(c, start))
        .or(p1.plus.then_some(Qualifier::Plus))
        .or_else(|| qualifier::after(c, p1.end));
    let (low, high) = qualifier::bounds(q, amount, p1.value.last_digit_step(), 0.0);
    Some(Figure {
        span: Span::new(start, p1.end),
        amount,
        amount_max: None,
        currency,
        low,
        high,
        qualifier: q,
    })
}

/// A vague amount with its currency (`数十亿美元`, `人民币上百亿元`): the written text is the
/// figure, its amount the low bound.
fn parse_vague(
    c: &[char],
    start: usize,
    num_start: usize,
    prefix: Option<&'static str>,
) -> Option<Figure> {
    let prev = num_start.checked_sub(1).and_then(|p| c.get(p));
    if prev.is_some_and(|p| is_number_start(c, num_start - 1) || p.is_ascii_digit()) {
        return None;
    }
    let (q, unit, e) = qualifier::vague(c, num_start)?;
    let k = skip_ws(c, e);
    let suffix = parse_suffix(c, k, num_start, false);
    let currency = match (prefix, suffix) {
        (Some(a), Some((b, _))) if a != b => return None,
        (_, Some((code, _))) => code,
        (Some(code), None) => code,
        (None, None) => return None,
    };
    let end = suffix.map_or(e, |(_, end)| end);
    let (low, high) = qualifier::bounds(Some(q), 0.0, 0.0, unit);
    Some(Figure {
        span: Span::new(start, end),
        amount: low?,
        amount_max: None,
        currency,
        low,
        high,
        qualifier: Some(q),
    })
}

/// A conversion right after `fig`: `（约合人民币292亿元）`, `(约292亿元)`, `，约合人民币292亿元`.
/// It must be in another currency: `（其中10亿美元…）` is a figure of its own.
pub(super) fn parse_conversion(c: &[char], fig: &Figure) -> Option<Figure> {
    let k = skip_ws(c, fig.span.end);
    parse_conversion_at(c, fig, k).or_else(|| {
        // 斥资21.43亿美元现金，约合人民币151.8亿元: a short word between the figure and an
        // explicit 约合 still makes a conversion, not a second figure for the same money.
        let gap = c[k..]
            .iter()
            .take(GAP_WORD_MAX + 1)
            .take_while(|ch| ('\u{4e00}'..='\u{9fff}').contains(*ch))
            .count();
        if gap == 0 || gap > GAP_WORD_MAX || !matches!(c.get(k + gap), Some('，' | ',')) {
            return None;
        }
        let lead = skip_ws(c, k + gap + 1);
        word_at(c, lead, EXPLICIT_LEADS)?;
        parse_conversion_at(c, fig, k + gap)
    })
}

/// The longest word between a figure and `，约合…` that still makes a conversion (现金, 的现金).
const GAP_WORD_MAX: usize = 3;

/// Leads that say "converted" on their own, even after a word (`现金，约合`).
const EXPLICIT_LEADS: &[&str] = &["约等于", "相当于", "约合", "折合"];

/// A conversion whose opener (or lead) is at `k`.
fn parse_conversion_at(c: &[char], fig: &Figure, mut k: usize) -> Option<Figure> {
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
    (g.currency != fig.currency && g.span.start == k).then_some(g)
}
