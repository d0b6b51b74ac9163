//! Dates in a sentence, resolved against the article's own date.
//!
//! STUB: the interface is fixed; the implementation is being written.

use serde::{Deserialize, Serialize};

/// The article's own date: the anchor relative expressions are counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// Year.
    pub year: i32,
    /// Month 1–12, when known.
    pub month: Option<u32>,
    /// Day of month, when known.
    pub day: Option<u32>,
}

impl Anchor {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a manifest date).
    pub fn parse(s: &str) -> Option<Anchor> {
        let mut parts = s.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = match parts.next() {
            Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Anchor { year, month, day })
    }
}

/// Early, middle or late part of a month or year (上旬/中旬/下旬, 年初/年中/年底).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// 上旬, 月初, 年初.
    Early,
    /// 中旬, 月中, 年中.
    Mid,
    /// 下旬, 月底, 年底.
    Late,
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// A day.
    Day,
    /// Part of a month (9月下旬).
    MonthPart(Part),
    /// A month.
    Month,
    /// A quarter, 1–4.
    Quarter(u8),
    /// A half year, 1–2.
    Half(u8),
    /// Part of a year (年初, 年底).
    YearPart(Part),
    /// A year.
    Year,
}

/// A resolved date: year, and month and day as far as the precision goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1–12 for day, month-part and month precision.
    pub month: Option<u32>,
    /// Day for day precision.
    pub day: Option<u32>,
    /// How precise it is.
    pub precision: Precision,
}

/// How a date's year (or whole value) was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// Everything is written out (2023年8月28日).
    Explicit,
    /// The year is missing and taken from the article's date.
    ArticleYear,
    /// The year is missing; the article's year would put the date after the article, so
    /// the year before is taken.
    PreviousYear,
    /// Counted from the article's date (今年, 去年, 上个月, 5年前).
    Relative,
    /// The year is missing and taken from the year an earlier date in the same paragraph
    /// names (2023年7月…；在9月… → September 2023). Set by the analysis, which sees the paragraph.
    ContextYear,
}

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// First char of the expression in the sentence.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// The date (the start, for a range).
    pub date: Date,
    /// The end of a range (4~7月), if it is one.
    pub until: Option<Date>,
    /// How it was resolved.
    pub resolution: Resolution,
}

/// Every date expression in `sentence` (either script), resolved against `anchor`.
pub fn find_dates(_sentence: &str, _anchor: &Anchor) -> Vec<DateMention> {
    Vec::new()
}

// TEMPORARY stubs until the implementation lands (replaced on merge).
impl Date {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the date's precision.
    pub fn iso(&self) -> String {
        format!("{}", self.year)
    }
    /// First calendar day the date may mean.
    pub fn first_day(&self) -> (i32, u32, u32) {
        (self.year, 1, 1)
    }
    /// Last calendar day the date may mean.
    pub fn last_day(&self) -> (i32, u32, u32) {
        (self.year, 12, 31)
    }
}
impl Precision {
    /// Machine name of the precision.
    pub fn label(&self) -> String {
        "year".into()
    }
}
/// Days since an epoch.
pub fn day_number(y: i32, m: u32, d: u32) -> i64 {
    y as i64 * 372 + m as i64 * 31 + d as i64
}
