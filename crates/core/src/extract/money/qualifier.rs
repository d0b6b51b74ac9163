//! Words that make a written amount a bound rather than an exact figure (`超1.42亿`,
//! `近5亿`, `约6亿`, `100亿元左右`, `150多亿`), vague amounts with no number to report
//! (`数十亿美元`, `上百亿`), and the bounds each one gives.
//!
//! The rule per qualifier, for a written amount `A` (`None` is an open end):
//!
//! | qualifier | written | low | high |
//! |---|---|---|---|
//! | [`Qualifier::MoreThan`] | 超, 超过, 逾, 突破, 以上, 至少, 不止, 多于 | `A` | open |
//! | [`Qualifier::Plus`] | `150多亿`, `3亿余` | `A` | `A` + one unit of its last written digit (160亿, 4亿) |
//! | [`Qualifier::Nearly`] | 近, 将近, 接近, 逼近, 近乎 | `0.9·A` | `A` |
//! | [`Qualifier::About`] | 约, 大约, 大概, 左右, 上下 | `0.9·A` | `1.1·A` |
//! | [`Qualifier::AtMost`] | 不到, 不足, 不超过, 低于, 少于, 以内, 以下, 至多, 最多, 最高可达 | open | `A` |
//! | [`Qualifier::Several`] | 数亿, 几亿, 数十亿, 几百万 | 2 units | 10 units (数十亿: 20亿–100亿) |
//! | [`Qualifier::Dozen`] | 十几亿, 十多亿 | 11 units | 20 units |
//! | [`Qualifier::Upwards`] | 上百亿, 上千万, 上万 | 1 unit | 10 units (上百亿: 100亿–1000亿) |
//!
//! Why these: `多` in Chinese counts up from the last digit written (一百五十多 is 150–159),
//! so its range is that digit's place. `近` says "a little under": 10 % is the margin the
//! press uses it for (`近5亿` for 4.6亿 or 4.8亿); `约` rounds either way by as much. `数`/`几`
//! before a unit mean "a few" of it, two to nine; `上` means "reaching" it. The high ends of
//! the last three are exclusive in meaning; as numbers they are the next power of ten.
//! `高达`, `多达`, `达到` only stress a figure: it stays exact.

use super::chars::{skip_ws, starts_with_at};
use serde::{Deserialize, Serialize};

/// How the text qualifies an amount. See the module's table for the bounds of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// 超, 超过, 逾, 以上: at least the amount, no upper bound.
    MoreThan,
    /// `150多亿`, `3亿余`: the amount up to one unit of its last written digit.
    Plus,
    /// 近, 将近, 接近: a little under the amount.
    Nearly,
    /// 约, 大约, 左右, 上下: about the amount, either way.
    About,
    /// 不到, 不超过, 以内: at most the amount, no lower bound.
    AtMost,
    /// 数十亿, 几亿: a few of a unit (2 to 10 of it).
    Several,
    /// 十几亿, 十多亿: eleven to twenty of a unit.
    Dozen,
    /// 上百亿, 上千万: reaching a unit (1 to 10 of it).
    Upwards,
}

/// Words right before an amount, longest first where one starts another.
const BEFORE: &[(&str, Qualifier)] = &[
    ("不超过", Qualifier::AtMost),
    ("不少于", Qualifier::MoreThan),
    ("不低于", Qualifier::MoreThan),
    ("超过了", Qualifier::MoreThan),
    ("超过", Qualifier::MoreThan),
    ("超出", Qualifier::MoreThan),
    ("超", Qualifier::MoreThan),
    ("逾", Qualifier::MoreThan),
    ("突破", Qualifier::MoreThan),
    ("至少", Qualifier::MoreThan),
    ("不止", Qualifier::MoreThan),
    ("多于", Qualifier::MoreThan),
    ("将近", Qualifier::Nearly),
    ("接近", Qualifier::Nearly),
    ("逼近", Qualifier::Nearly),
    ("近乎", Qualifier::Nearly),
    ("近", Qualifier::Nearly),
    ("大约", Qualifier::About),
    ("大概", Qualifier::About),
    ("约", Qualifier::About),
    ("不到", Qualifier::AtMost),
    ("不足", Qualifier::AtMost),
    ("低于", Qualifier::AtMost),
    ("少于", Qualifier::AtMost),
    ("至多", Qualifier::AtMost),
    ("最高可达", Qualifier::AtMost),
    ("最高达", Qualifier::AtMost),
    ("最多可达", Qualifier::AtMost),
    ("最多", Qualifier::AtMost),
];

/// Words that may stand between a qualifier and its amount (约为, 接近每年, 超过了).
const FILLERS: &[&str] = &["每年", "每月", "达到", "为", "达", "有", "了"];

/// Words right after an amount (and its currency).
const AFTER: &[(&str, Qualifier)] = &[
    ("或以上", Qualifier::MoreThan),
    ("及以上", Qualifier::MoreThan),
    ("或更多", Qualifier::MoreThan),
    ("或更高", Qualifier::MoreThan),
    ("或以下", Qualifier::AtMost),
    ("或更少", Qualifier::AtMost),
    ("左右", Qualifier::About),
    ("上下", Qualifier::About),
    ("以上", Qualifier::MoreThan),
    ("之上", Qualifier::MoreThan),
    ("以内", Qualifier::AtMost),
    ("之内", Qualifier::AtMost),
    ("以下", Qualifier::AtMost),
];

/// The qualifier written right before `start` (spaces between allowed).
pub(super) fn before(c: &[char], start: usize) -> Option<Qualifier> {
    let trim = |mut end: usize| {
        while end > 0 && c[end - 1].is_whitespace() {
            end -= 1;
        }
        end
    };
    let ends_with = |end: usize, w: &str| {
        let n = w.chars().count();
        (end >= n && starts_with_at(c, end - n, w)).then(|| end - n)
    };
    let at = |end: usize| {
        BEFORE
            .iter()
            .find_map(|(w, q)| ends_with(end, w).map(|_| *q))
    };
    let end = trim(start);
    at(end).or_else(|| {
        // 约为6亿, 接近每年40亿: one filler word between the qualifier and the amount.
        let inner = FILLERS.iter().find_map(|w| ends_with(end, w))?;
        at(trim(inner))
    })
}

/// The qualifier written right after `end` (spaces between allowed).
pub(super) fn after(c: &[char], end: usize) -> Option<Qualifier> {
    let k = skip_ws(c, end);
    AFTER
        .iter()
        .find_map(|(w, q)| starts_with_at(c, k, w).then_some(*q))
}

/// The bounds `(low, high)` of an amount `a` under `q`, `None` being an open end. `step` is
/// one unit of the last written digit (for [`Qualifier::Plus`]), `unit` the unit a vague
/// amount counts in (for [`Qualifier::Several`] and the like: 亿 in 数亿, 十亿 in 数十亿).
pub fn bounds(q: Option<Qualifier>, a: f64, step: f64, unit: f64) -> (Option<f64>, Option<f64>) {
    match q {
        None => (Some(a), Some(a)),
        Some(Qualifier::MoreThan) => (Some(a), None),
        Some(Qualifier::Plus) => (Some(a), Some(a + step)),
        Some(Qualifier::Nearly) => (Some(round(a * 0.9)), Some(a)),
        Some(Qualifier::About) => (Some(round(a * 0.9)), Some(round(a * 1.1))),
        Some(Qualifier::AtMost) => (None, Some(a)),
        Some(Qualifier::Several) => (Some(2.0 * unit), Some(10.0 * unit)),
        Some(Qualifier::Dozen) => (Some(11.0 * unit), Some(20.0 * unit)),
        Some(Qualifier::Upwards) => (Some(unit), Some(10.0 * unit)),
    }
}

/// The bounds of a range `lo`–`hi` under `q`: `约30,000至40,000美元` widens both ends as `约`
/// does one amount; `超` opens the top, `不到` the bottom.
pub fn range_bounds(q: Option<Qualifier>, lo: f64, hi: f64) -> (Option<f64>, Option<f64>) {
    let (low, _) = bounds(q, lo, 0.0, 0.0);
    let (_, high) = bounds(q, hi, 0.0, 0.0);
    match q {
        // `多` and the vague forms are no qualifiers of a range.
        Some(Qualifier::Plus | Qualifier::Several | Qualifier::Dozen | Qualifier::Upwards) => {
            (Some(lo), Some(hi))
        }
        _ => (low, high),
    }
}

/// `x` without the float noise of a product (0.9 × 5亿 is 449999999.99999994).
fn round(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        (x * 1e6).round() / 1e6
    } else {
        x
    }
}

/// A vague amount at `i`: `数十亿`, `几百万`, `上百亿`, `十几亿`, `数亿`. Returns the
/// qualifier, the unit it counts in, and where it ends. A unit must be written (数 alone is
/// no amount); the caller wants a currency after it.
pub(super) fn vague(c: &[char], i: usize) -> Option<(Qualifier, f64, usize)> {
    let (q, mut k) = match (c.get(i)?, c.get(i + 1)) {
        ('数' | '几', _) => (Qualifier::Several, i + 1),
        ('上', _) => (Qualifier::Upwards, i + 1),
        ('十', Some('几' | '多')) => (Qualifier::Dozen, i + 2),
        _ => return None,
    };
    let mut exp = 0i32;
    if q != Qualifier::Dozen {
        if let Some(s) = c.get(k).and_then(|ch| match ch {
            '十' => Some(1),
            '百' => Some(2),
            '千' => Some(3),
            _ => None,
        }) {
            exp += s;
            k += 1;
        }
    }
    let big = if starts_with_at(c, k, "万亿") {
        Some((12, 2))
    } else {
        match c.get(k) {
            Some('亿') => Some((8, 1)),
            Some('万') => Some((4, 1)),
            _ => None,
        }
    };
    if let Some((e, n)) = big {
        exp += e;
        k += n;
    }
    // 数十 alone is "several tens": too small to be news money; 上百 (a hundred-odd) the same.
    if exp < 4 {
        return None;
    }
    Some((q, 10f64.powi(exp), k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn words_before_and_after() {
        let table = [
            ("超1", Some(Qualifier::MoreThan)),
            ("超过 1", Some(Qualifier::MoreThan)),
            ("逾1", Some(Qualifier::MoreThan)),
            ("将近1", Some(Qualifier::Nearly)),
            ("近1", Some(Qualifier::Nearly)),
            ("大约1", Some(Qualifier::About)),
            ("不超过1", Some(Qualifier::AtMost)),
            ("高达1", None),
            ("约为1", Some(Qualifier::About)),
            ("接近每年1", Some(Qualifier::Nearly)),
            ("为1", None),
            ("最高可达1", Some(Qualifier::AtMost)),
            ("1", None),
        ];
        for (s, want) in table {
            let c = chars(s);
            assert_eq!(before(&c, c.len() - 1), want, "{s}");
        }
        let c = chars("5亿美元左右");
        assert_eq!(after(&c, 4), Some(Qualifier::About));
        let c = chars("5亿美元以上的");
        assert_eq!(after(&c, 4), Some(Qualifier::MoreThan));
        assert_eq!(after(&c, 2), None);
        let c = chars("1000万美元或更多");
        assert_eq!(after(&c, 7), Some(Qualifier::MoreThan));
    }

    #[test]
    fn bounds_per_qualifier() {
        let a = 5e8;
        let table = [
            (None, (Some(a), Some(a))),
            (Some(Qualifier::MoreThan), (Some(a), None)),
            (Some(Qualifier::Plus), (Some(a), Some(6e8))),
            (Some(Qualifier::Nearly), (Some(4.5e8), Some(a))),
            (Some(Qualifier::About), (Some(4.5e8), Some(5.5e8))),
            (Some(Qualifier::AtMost), (None, Some(a))),
            (Some(Qualifier::Several), (Some(2e9), Some(1e10))),
            (Some(Qualifier::Dozen), (Some(1.1e10), Some(2e10))),
            (Some(Qualifier::Upwards), (Some(1e9), Some(1e10))),
        ];
        for (q, want) in table {
            assert_eq!(bounds(q, a, 1e8, 1e9), want, "{q:?}");
        }
    }

    #[test]
    fn range_bounds_per_qualifier() {
        assert_eq!(range_bounds(None, 20.0, 80.0), (Some(20.0), Some(80.0)));
        assert_eq!(
            range_bounds(Some(Qualifier::About), 20.0, 80.0),
            (Some(18.0), Some(88.0))
        );
        assert_eq!(
            range_bounds(Some(Qualifier::MoreThan), 20.0, 80.0),
            (Some(20.0), None)
        );
        assert_eq!(
            range_bounds(Some(Qualifier::Plus), 20.0, 80.0),
            (Some(20.0), Some(80.0))
        );
    }

    #[test]
    fn vague_amounts() {
        let table = [
            ("数十亿美元", Some((Qualifier::Several, 1e9, 3))),
            ("几亿美元", Some((Qualifier::Several, 1e8, 2))),
            ("几百万美元", Some((Qualifier::Several, 1e6, 3))),
            ("上百亿", Some((Qualifier::Upwards, 1e10, 3))),
            ("上千万元", Some((Qualifier::Upwards, 1e7, 3))),
            ("十几亿元", Some((Qualifier::Dozen, 1e8, 3))),
            ("数万亿美元", Some((Qualifier::Several, 1e12, 3))),
            ("数十个", None),
            ("上百", None),
            ("数据", None),
        ];
        for (s, want) in table {
            assert_eq!(vague(&chars(s), 0), want, "{s}");
        }
    }
}
