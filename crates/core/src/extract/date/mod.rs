//! Dates in a sentence, resolved against the article's own date.
//!
//! [`find_dates`] recognises written-out dates (`2023年8月28日`, `2023-08-28`), partial ones
//! whose year comes from the article (`9月25日`, `11月`), relative ones counted from the
//! article's date (`去年11月`, `上个月`, `5年前`, `近日`), parts of months and years (`9月下旬`,
//! `年底`), quarters, halves and ranges (`4~7月`, `2020-2022年`). Matching runs on the folded
//! text ([`super::fold`]), so traditional script and full-width digits need no extra patterns.
//!
//! How it is laid out: `patterns` finds the shapes; `written` (dates written out) and
//! `relative` (counted from the article) are the builders that check a match's values and
//! context and resolve it to a [`Date`]; `scan` runs them over the sentence; `cues` holds the
//! words and chars that context checks look at, and `calendar` the day arithmetic.

mod calendar;
mod cues;
mod patterns;
mod relative;
mod scan;
mod written;

#[cfg(test)]
mod tests;

pub use calendar::{day_number, days_in_month};

use crate::extract::Span;
use regex::Regex;
use scan::{scan, Builder, Ctx};
use serde::{Deserialize, Serialize, Serializer};
use std::cmp::Reverse;

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

    /// The anchor as a [`Date`] at its own precision (day, month or year).
    pub fn as_date(&self) -> Date {
        // The fields are public, so check them rather than trust them.
        match self.month.filter(|m| (1..=12).contains(m)) {
            Some(m) => match self
                .day
                .filter(|&d| d >= 1 && d <= days_in_month(self.year, m))
            {
                Some(d) => Date::of_day(self.year, m, d),
                None => Date::of_month(self.year, m),
            },
            None => Date::of_year(self.year),
        }
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

impl Part {
    fn name(self) -> &'static str {
        match self {
            Part::Early => "early",
            Part::Mid => "mid",
            Part::Late => "late",
        }
    }
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

impl Precision {
    /// The machine name: `day`, `month:early|mid|late`, `month`, `quarter:1`..`quarter:4`,
    /// `half:1|2`, `year:early|mid|late`, `year`.
    pub fn label(&self) -> String {
        match self {
            Precision::Day => "day".to_owned(),
            Precision::MonthPart(p) => format!("month:{}", p.name()),
            Precision::Month => "month".to_owned(),
            Precision::Quarter(q) => format!("quarter:{q}"),
            Precision::Half(h) => format!("half:{h}"),
            Precision::YearPart(p) => format!("year:{}", p.name()),
            Precision::Year => "year".to_owned(),
        }
    }
}

/// Serialised as its [`Precision::label`], one flat string for JSON consumers.
impl Serialize for Precision {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.label())
    }
}

/// Reads a [`Precision::label`] back.
impl<'de> Deserialize<'de> for Precision {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let label = String::deserialize(d)?;
        Precision::from_label(&label)
            .ok_or_else(|| serde::de::Error::custom(format!("no precision `{label}`")))
    }
}

impl Precision {
    /// The precision a [`Precision::label`] names.
    pub fn from_label(label: &str) -> Option<Precision> {
        let part = |name: &str| {
            [Part::Early, Part::Mid, Part::Late]
                .into_iter()
                .find(|p| p.name() == name)
        };
        let digit = |d: &str| d.parse::<u8>().ok();
        Some(match label.split_once(':') {
            None => match label {
                "day" => Precision::Day,
                "month" => Precision::Month,
                "year" => Precision::Year,
                _ => return None,
            },
            Some(("month", p)) => Precision::MonthPart(part(p)?),
            Some(("year", p)) => Precision::YearPart(part(p)?),
            Some(("quarter", q)) => Precision::Quarter(digit(q)?),
            Some(("half", h)) => Precision::Half(digit(h)?),
            _ => return None,
        })
    }
}

/// A resolved date: year, and month and day as far as the precision goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

impl Date {
    fn of_year(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
            precision: Precision::Year,
        }
    }

    fn of_month(year: i32, month: u32) -> Date {
        Date {
            year,
            month: Some(month),
            day: None,
            precision: Precision::Month,
        }
    }

    fn of_day(year: i32, month: u32, day: u32) -> Date {
        Date {
            year,
            month: Some(month),
            day: Some(day),
            precision: Precision::Day,
        }
    }

    fn month_part(year: i32, month: u32, part: Part) -> Date {
        Date {
            year,
            month: Some(month),
            day: None,
            precision: Precision::MonthPart(part),
        }
    }

    fn without_month(year: i32, precision: Precision) -> Date {
        Date {
            year,
            month: None,
            day: None,
            precision,
        }
    }

    /// `YYYY-MM-DD` for a day, `YYYY-MM` for a month or part of one, `YYYY` otherwise.
    pub fn iso(&self) -> String {
        let month = self.month.filter(|m| (1..=12).contains(m));
        match (self.precision, month, self.day) {
            (Precision::Day, Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Precision::Day | Precision::Month | Precision::MonthPart(_), Some(m), _) => {
                format!("{:04}-{m:02}", self.year)
            }
            _ => format!("{:04}", self.year),
        }
    }

    /// The first calendar day the date may mean, as (year, month, day).
    pub fn first_day(&self) -> (i32, u32, u32) {
        self.span().0
    }

    /// The last calendar day the date may mean, as (year, month, day).
    pub fn last_day(&self) -> (i32, u32, u32) {
        self.span().1
    }

    /// First and last day. 上旬 is days 1–10, 中旬 11–20, 下旬 21 to the month's end; 年初 is
    /// January–March, 年中 May–August, 年底 October–December. A month or day missing where the
    /// precision needs one widens the span to the whole year or month instead of failing.
    fn span(&self) -> ((i32, u32, u32), (i32, u32, u32)) {
        let y = self.year;
        let whole_year = ((y, 1, 1), (y, 12, 31));
        let month = self.month.filter(|m| (1..=12).contains(m));
        let whole_month = |m: u32| ((y, m, 1), (y, m, days_in_month(y, m)));
        match self.precision {
            Precision::Day => match month {
                Some(m) => match self.day.filter(|&d| d >= 1 && d <= days_in_month(y, m)) {
                    Some(d) => ((y, m, d), (y, m, d)),
                    None => whole_month(m),
                },
                None => whole_year,
            },
            Precision::Month => month.map_or(whole_year, whole_month),
            Precision::MonthPart(part) => match month {
                Some(m) => match part {
                    Part::Early => ((y, m, 1), (y, m, 10)),
                    Part::Mid => ((y, m, 11), (y, m, 20)),
                    Part::Late => ((y, m, 21), (y, m, days_in_month(y, m))),
                },
                None => whole_year,
            },
            Precision::Quarter(q @ 1..=4) => {
                let first = 3 * u32::from(q) - 2;
                let last = first + 2;
                ((y, first, 1), (y, last, days_in_month(y, last)))
            }
            Precision::Half(1) => ((y, 1, 1), (y, 6, 30)),
            Precision::Half(2) => ((y, 7, 1), (y, 12, 31)),
            Precision::YearPart(Part::Early) => ((y, 1, 1), (y, 3, 31)),
            Precision::YearPart(Part::Mid) => ((y, 5, 1), (y, 8, 31)),
            Precision::YearPart(Part::Late) => ((y, 10, 1), (y, 12, 31)),
            Precision::Quarter(_) | Precision::Half(_) | Precision::Year => whole_year,
        }
    }
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
    /// Only "around the article's date" (近日, 近期, 几天前): placed at the article's date, at
    /// its precision, as an approximation that may reach back a few weeks.
    Recent,
    /// The year is missing and taken from the year an earlier date in the same paragraph
    /// names (2023年7月…；在9月… → September 2023). Set by the analysis, which sees the paragraph.
    ContextYear,
}

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

impl DateMention {
    /// Where the expression sits in the sentence, in chars.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Every date expression in `sentence` (either script), resolved against `anchor`: in order,
/// non-overlapping (the longest wins where two start together), with char offsets.
///
/// A month or day without a year takes the article's year, or the year before when that
/// would put it after the article's month — unless the sentence speaks of the future
/// (将, 计划, 预计…). Relative expressions that need the article's month (上个月, 月底) are
/// skipped when the anchor has none.
pub fn find_dates(sentence: &str, anchor: &Anchor) -> Vec<DateMention> {
    let text = super::fold(sentence);
    let ctx = Ctx::new(&text, anchor);

    // Each pattern with the builder that checks and resolves its matches.
    let readers: [(&Regex, Builder); 8] = [
        (&patterns::STRUCTURED_YEAR, written::build_structured),
        (&patterns::STRUCTURED_BARE, written::build_structured),
        (&patterns::NUMERIC, written::build_numeric),
        (&patterns::YEAR_Q, written::build_year_q),
        (&patterns::YEARS_AGO, relative::build_years_ago),
        (&patterns::REL_MONTH, relative::build_rel_month),
        (&patterns::BARE_MONTH_PART, relative::build_bare_month_part),
        (&patterns::RECENT, relative::build_recent),
    ];
    let mut candidates = Vec::new();
    for (pattern, build) in readers {
        scan(pattern, &ctx, &mut candidates, build);
    }

    // Leftmost first, then longest; anything overlapping a kept mention is dropped.
    candidates.sort_by_key(|c| (c.span.start, Reverse(c.span.end)));
    let original: Vec<char> = sentence.chars().collect();
    // fold is one char for one char; should that ever break, quote the folded text rather
    // than slice the original at the wrong place.
    let source = if original.len() == ctx.chars.len() {
        &original
    } else {
        &ctx.chars
    };
    let mut out: Vec<DateMention> = Vec::new();
    let mut last_end = 0;
    for c in candidates {
        let Span { start, end } = ctx.char_span(c.span);
        if start < last_end || end <= start {
            continue;
        }
        last_end = end;
        out.push(DateMention {
            start,
            end,
            text: source
                .get(start..end)
                .map(|s| s.iter().collect())
                .unwrap_or_default(),
            date: c.date,
            until: c.until,
            resolution: c.resolution,
        });
    }
    out
}
