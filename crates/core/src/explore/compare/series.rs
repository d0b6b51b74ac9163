//! Mentions over time: the counted articles binned by week, month or year, one series per
//! selected company on a shared axis. What the comparison draws once there are more articles
//! than bars fit ([`super::ChartKind::Time`]).
//!
//! The unit is the finest that keeps the chart readable: weeks when the articles span at
//! most [`WEEKS_MAX`] weeks and every one is dated to the day, months up to [`MONTHS_MAX`],
//! years beyond (the last [`YEARS_MAX`] of them). Bins run without gaps from the first
//! dated article to the last, so an empty stretch shows as zeros.

use super::{Axis, Scale};
use crate::extract::date::day_number;
use serde::Serialize;

/// Most weeks a weekly series spans.
pub const WEEKS_MAX: i64 = 26;
/// Most months a monthly series spans.
pub const MONTHS_MAX: i64 = 48;
/// Most years a yearly series shows (the latest ones; earlier articles are left off).
pub const YEARS_MAX: i64 = 48;

/// How long a bin is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
}

/// An article's date as written, `YYYY[-MM[-DD]]`, to the precision it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    /// Year.
    pub year: i32,
    /// Month 1–12, when known.
    pub month: Option<u32>,
    /// Day of the month, when known (only with a month).
    pub day: Option<u32>,
}

impl Dated {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for anything else (an undated article).
    pub fn parse(date: &str) -> Option<Dated> {
        let mut parts = date.trim().split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: Option<u32> = match parts.next() {
            Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day: Option<u32> = match parts.next() {
            Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Dated { year, month, day })
    }

    /// Months since year 0 (of the month's first day).
    fn month_number(&self) -> Option<i64> {
        Some(i64::from(self.year) * 12 + i64::from(self.month?) - 1)
    }

    /// Days since 1970-01-01, when dated to the day.
    fn day_number(&self) -> Option<i64> {
        Some(day_number(self.year, self.month?, self.day?))
    }
}

/// The unit for articles dated `dates` (undated ones already left out): weeks when all are
/// dated to the day within [`WEEKS_MAX`] weeks, months when all have a month within
/// [`MONTHS_MAX`] months, else years.
pub fn unit_for(dates: &[Dated]) -> Unit {
    let span = |numbers: Option<Vec<i64>>| {
        numbers.map(|n| {
            let (lo, hi) = (n.iter().min(), n.iter().max());
            lo.zip(hi).map_or(0, |(lo, hi)| hi - lo)
        })
    };
    let days = span(dates.iter().map(Dated::day_number).collect());
    let months = span(dates.iter().map(Dated::month_number).collect());
    if days.is_some_and(|d| d < WEEKS_MAX * 7) {
        Unit::Week
    } else if months.is_some_and(|m| m < MONTHS_MAX) {
        Unit::Month
    } else {
        Unit::Year
    }
}

/// One bin of a series: where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Bin {
    /// Year of its first day.
    pub year: i32,
    /// Month of its first day (1 for a year).
    pub month: u32,
    /// Its first day (1 for a month or year; a Monday for a week).
    pub day: u32,
}

impl Bin {
    /// `YYYY-MM-DD` of its first day.
    pub fn start(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One company's values, a value per bin.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    /// Registry id.
    pub id: String,
    /// Mentions per bin.
    pub counts: Vec<usize>,
    /// The values the chart draws, on the comparison's scale: the counts, or mentions per
    /// 10,000 characters of the bin's articles (0 for a bin without articles).
    pub values: Vec<f64>,
}

/// Mentions over time of the selected companies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    /// How long a bin is.
    pub unit: Unit,
    /// The bins, oldest first, without gaps.
    pub bins: Vec<Bin>,
    /// Counted articles per bin.
    pub articles: Vec<usize>,
    /// One line per company, in the selection's order.
    pub lines: Vec<Line>,
    /// The shared value axis.
    pub axis: Axis,
    /// Counted articles not on the chart: undated, dated too vaguely for the unit, or older
    /// than the years shown.
    pub off_chart: usize,
}

/// One counted article as the series needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Point<'a> {
    /// Its date as written.
    pub date: &'a str,
    /// Length of its cleaned text in chars (for mentions per 10,000 characters).
    pub chars: usize,
    /// Mentions of each selected company, in the selection's order.
    pub counts: Vec<usize>,
}

impl Series {
    /// Bins `points` (the counted articles) for companies `ids`; values on `scale`.
    pub fn build(ids: &[String], points: &[Point], scale: Scale) -> Series {
        let dated: Vec<(Option<Dated>, &Point)> =
            points.iter().map(|p| (Dated::parse(p.date), p)).collect();
        let dates: Vec<Dated> = dated.iter().filter_map(|(d, _)| *d).collect();
        let unit = unit_for(&dates);
        let key = |d: &Dated| -> Option<i64> {
            match unit {
                Unit::Week => d.day_number().map(|n| n - weekday(n)),
                Unit::Month => d.month_number(),
                Unit::Year => Some(i64::from(d.year)),
            }
        };
        let keys: Vec<i64> = dates.iter().filter_map(key).collect();
        let (first, last) = match (keys.iter().min(), keys.iter().max()) {
            (Some(&lo), Some(&hi)) => (lo, hi),
            _ => (0, -1),
        };
        let step = if unit == Unit::Week { 7 } else { 1 };
        let first = if unit == Unit::Year {
            first.max(last - (YEARS_MAX - 1))
        } else {
            first
        };
        let n = if last < first {
            0
        } else {
            ((last - first) / step + 1) as usize
        };
        let bins: Vec<Bin> = (0..n)
            .map(|i| bin_of(unit, first + i as i64 * step))
            .collect();
        let mut counts = vec![vec![0usize; n]; ids.len()];
        let mut chars = vec![0usize; n];
        let mut articles = vec![0usize; n];
        let mut off_chart = 0;
        for (date, point) in &dated {
            let place = date
                .as_ref()
                .and_then(key)
                .filter(|k| *k >= first && *k <= last)
                .map(|k| ((k - first) / step) as usize);
            let Some(i) = place else {
                off_chart += 1;
                continue;
            };
            articles[i] += 1;
            chars[i] += point.chars;
            for (c, count) in point.counts.iter().enumerate().take(ids.len()) {
                counts[c][i] += count;
            }
        }
        let lines: Vec<Line> = ids
            .iter()
            .zip(counts)
            .map(|(id, counts)| {
                let values = counts
                    .iter()
                    .zip(&chars)
                    .map(|(&count, &chars)| match scale {
                        Scale::Raw => count as f64,
                        Scale::Per10k if chars == 0 => 0.0,
                        Scale::Per10k => round2(count as f64 * 10_000.0 / chars as f64),
                    })
                    .collect();
                Line {
                    id: id.clone(),
                    counts,
                    values,
                }
            })
            .collect();
        let largest = lines
            .iter()
            .flat_map(|l| l.values.iter().copied())
            .fold(0.0, f64::max);
        Series {
            unit,
            bins,
            articles,
            lines,
            axis: Axis::nice(largest, super::AXIS_TICKS, scale == Scale::Raw),
            off_chart,
        }
    }

    /// Which bins get a label under the chart: at most `most` of them, evenly spaced from
    /// the first, and always the first.
    pub fn labelled(&self, most: usize) -> Vec<bool> {
        let every = self.bins.len().div_ceil(most.max(1)).max(1);
        (0..self.bins.len()).map(|i| i % every == 0).collect()
    }
}

/// Day of the week of day number `n`, 0 for Monday (1970-01-01 was a Thursday).
fn weekday(n: i64) -> i64 {
    (n + 3).rem_euclid(7)
}

/// The bin whose key (see [`Series::build`]) is `key`.
fn bin_of(unit: Unit, key: i64) -> Bin {
    match unit {
        Unit::Week => {
            let (year, month, day) = civil(key);
            Bin { year, month, day }
        }
        Unit::Month => Bin {
            year: key.div_euclid(12) as i32,
            month: key.rem_euclid(12) as u32 + 1,
            day: 1,
        },
        Unit::Year => Bin {
            year: key as i32,
            month: 1,
            day: 1,
        },
    }
}

/// The date of day number `n` (days since 1970-01-01): Howard Hinnant's civil_from_days,
/// the inverse of [`day_number`].
fn civil(n: i64) -> (i32, u32, u32) {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(list: &[&str]) -> Vec<Dated> {
        list.iter().filter_map(|d| Dated::parse(d)).collect()
    }

    #[test]
    fn dates_parse_to_their_precision() {
        type Parts = (i32, Option<u32>, Option<u32>);
        let table: &[(&str, Option<Parts>)] = &[
            ("2024-04-18", Some((2024, Some(4), Some(18)))),
            ("2023-10", Some((2023, Some(10), None))),
            ("1965", Some((1965, None, None))),
            ("", None),
            ("2024-13", None),
            ("2024-04-32", None),
            ("2024-04-01-01", None),
            ("undated", None),
        ];
        for (text, want) in table {
            let got = Dated::parse(text).map(|d| (d.year, d.month, d.day));
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn the_unit_is_the_finest_that_fits() {
        let table: &[(&[&str], Unit)] = &[
            // The real library: April to early August 2024, every article to the day.
            (&["2024-04-01", "2024-07-31", "2024-08-02"], Unit::Week),
            (&["2024-01-01", "2024-06-29"], Unit::Week),
            (&["2024-01-01", "2024-07-01"], Unit::Month),
            // A month-only date can't be put in a week.
            (&["2024-04-01", "2024-04"], Unit::Month),
            // The bundled articles: August 2023 to October 2024.
            (
                &["2023-10", "2023-10", "2023-09", "2023-08-08", "2024-10-02"],
                Unit::Month,
            ),
            (&["2020-01", "2023-12"], Unit::Month),
            (&["2020-01", "2024-01"], Unit::Year),
            (&["1965", "2024-04-01"], Unit::Year),
            (&[], Unit::Week),
        ];
        for (list, want) in table {
            assert_eq!(unit_for(&dates(list)), *want, "{list:?}");
        }
    }

    fn point<'a>(date: &'a str, chars: usize, counts: &[usize]) -> Point<'a> {
        Point {
            date,
            chars,
            counts: counts.to_vec(),
        }
    }

    fn ids() -> Vec<String> {
        vec!["amazon".into(), "openai".into()]
    }

    #[test]
    fn weeks_start_on_monday_and_run_without_gaps() {
        // 2024-04-18 is a Thursday; 2024-05-05 a Sunday.
        let points = [
            point("2024-04-18", 1000, &[2, 0]),
            point("2024-04-15", 1000, &[1, 3]),
            point("2024-05-05", 2000, &[0, 4]),
        ];
        let s = Series::build(&ids(), &points, Scale::Raw);
        assert_eq!(s.unit, Unit::Week);
        let starts: Vec<String> = s.bins.iter().map(Bin::start).collect();
        assert_eq!(
            starts,
            ["2024-04-15", "2024-04-22", "2024-04-29"],
            "Monday starts, the empty week kept"
        );
        assert_eq!(s.lines[0].counts, [3, 0, 0]);
        assert_eq!(s.lines[1].counts, [3, 0, 4]);
        assert_eq!(s.articles, [2, 0, 1]);
        assert_eq!(s.off_chart, 0);
        assert_eq!(s.axis.max, 4.0);
    }

    #[test]
    fn months_cross_the_year_and_per_10k_divides_by_the_bins_text() {
        let points = [
            point("2023-11", 5000, &[1, 0]),
            point("2023-11-20", 5000, &[2, 1]),
            point("2024-01-03", 2000, &[0, 1]),
            point("", 9000, &[7, 7]),
        ];
        let s = Series::build(&ids(), &points, Scale::Per10k);
        assert_eq!(s.unit, Unit::Month);
        let starts: Vec<String> = s.bins.iter().map(Bin::start).collect();
        assert_eq!(starts, ["2023-11-01", "2023-12-01", "2024-01-01"]);
        assert_eq!(s.lines[0].counts, [3, 0, 0]);
        assert_eq!(s.lines[0].values, [3.0, 0.0, 0.0]);
        assert_eq!(s.lines[1].values, [1.0, 0.0, 5.0]);
        assert_eq!(s.off_chart, 1, "the undated article");
    }

    #[test]
    fn years_keep_the_latest_and_count_the_rest_off_chart() {
        let points = [
            point("1900-01-01", 100, &[1, 0]),
            point("2000", 100, &[1, 0]),
            point("2024-05-01", 100, &[0, 2]),
        ];
        let s = Series::build(&ids(), &points, Scale::Raw);
        assert_eq!(s.unit, Unit::Year);
        assert_eq!(s.bins.len(), YEARS_MAX as usize);
        assert_eq!(s.bins.last().map(|b| b.year), Some(2024));
        assert_eq!(s.off_chart, 1, "1900 is older than the years shown");
        assert_eq!(s.lines[0].counts.iter().sum::<usize>(), 1);
    }

    #[test]
    fn nothing_dated_gives_an_empty_series() {
        let s = Series::build(&ids(), &[point("", 10, &[1, 1])], Scale::Raw);
        assert!(s.bins.is_empty() && s.lines.iter().all(|l| l.counts.is_empty()));
        assert_eq!(s.off_chart, 1);
    }

    #[test]
    fn labels_are_spread_evenly() {
        let points: Vec<Point> = ["2024-04-01", "2024-07-29"]
            .iter()
            .map(|d| point(d, 1, &[1, 1]))
            .collect();
        let s = Series::build(&ids(), &points, Scale::Raw);
        assert_eq!(s.bins.len(), 18);
        let labelled = s.labelled(6);
        assert_eq!(labelled.iter().filter(|l| **l).count(), 6);
        assert!(labelled[0] && labelled[3] && !labelled[1]);
    }

    #[test]
    fn civil_inverts_day_number() {
        for (y, m, d) in [(1970, 1, 1), (2024, 2, 29), (2023, 12, 31), (1965, 7, 4)] {
            assert_eq!(civil(day_number(y, m, d)), (y, m, d));
        }
        assert_eq!(weekday(day_number(2024, 4, 15)), 0, "a Monday");
        assert_eq!(weekday(day_number(2024, 4, 21)), 6, "a Sunday");
    }
}
