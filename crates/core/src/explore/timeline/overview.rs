//! The overview chart above the timeline: events per month, stacked by company, over the
//! years where the events are, with far outliers folded into an edge bin at each end.
//!
//! A library's events bunch up in a few years (the articles' own and the years just before),
//! with a long thin tail: a 1965 aside, a 2030 forecast. Drawn to scale, that tail flattens
//! the months that matter into a few pixels. [`span`] picks the dense run of years; what
//! falls before or after is counted in one bin at each edge ("before 2022").
//!
//! Only events dated to a month or finer have a month to stand in. Events dated to a
//! year, half or quarter are counted per year in [`Overview::coarse`], so the chart says
//! how many there are instead of putting them in a month the article does not name.

use super::Period;
use crate::analysis::Event;
use std::collections::HashMap;

/// The share of the events the dense span must hold.
pub const DENSE_SHARE: f64 = 0.8;

/// Events spread over at most this many years are drawn whole: there is nothing to fold.
pub const PLAIN_YEARS: i32 = 3;

/// How many companies get a colour of their own; the rest stack as "others".
pub const TOP_COMPANIES: usize = 5;

/// The years the chart draws month by month, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First year drawn.
    pub first: i32,
    /// Last year drawn.
    pub last: i32,
}

impl Span {
    /// Does the span hold `year`?
    pub fn holds(&self, year: i32) -> bool {
        (self.first..=self.last).contains(&year)
    }
}

/// The dense run of years of these events (by the year each starts in): the shortest run of
/// consecutive years holding at least [`DENSE_SHARE`] of them, the latest of equally short
/// runs (the recent years are what a reader of news came for). Events over at most
/// [`PLAIN_YEARS`] years are all in the span. `None` when there are no events.
pub fn span(years: &[i32]) -> Option<Span> {
    let first = *years.iter().min()?;
    let last = *years.iter().max()?;
    if last - first < PLAIN_YEARS {
        return Some(Span { first, last });
    }
    let mut per_year: HashMap<i32, usize> = HashMap::new();
    for &y in years {
        *per_year.entry(y).or_default() += 1;
    }
    let need = (years.len() as f64 * DENSE_SHARE).ceil() as usize;
    let count = |a: i32, b: i32| (a..=b).filter_map(|y| per_year.get(&y)).sum::<usize>();
    for width in 0..=(last - first) {
        // Latest first: of equally short runs, the most recent wins.
        let best = (first..=last - width)
            .rev()
            .find(|&start| count(start, start + width) >= need);
        if let Some(start) = best {
            return Some(Span {
                first: start,
                last: start + width,
            });
        }
    }
    Some(Span { first, last })
}

/// What an event stacks under: one of the top companies, another company, or none.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Series {
    /// A registry id among the [`TOP_COMPANIES`].
    Company(String),
    /// Events naming only companies outside the top ones.
    Others,
    /// Events naming no company.
    Unnamed,
}

/// One month of the span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthBin {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Events per [`Overview::series`], in the same order.
    pub counts: Vec<usize>,
}

impl MonthBin {
    /// Events in the month.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// `YYYY-MM`: the month as the address writes it.
    pub fn key(&self) -> String {
        format!("{}-{:02}", self.year, self.month)
    }
}

/// What the chart draws for one list of events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    /// The years drawn month by month.
    pub span: Span,
    /// The stacks, bottom first: the top companies by events in the span's months, then
    /// [`Series::Others`] and [`Series::Unnamed`] when any event falls under them.
    pub series: Vec<Series>,
    /// Every month of the span, January of its first year to December of its last.
    pub months: Vec<MonthBin>,
    /// Events that start before the span (any precision).
    pub before: usize,
    /// Events that start after it.
    pub after: usize,
    /// Events in the span dated only to a year, half or quarter: (year, count), by year,
    /// years with none left out.
    pub coarse: Vec<(i32, usize)>,
}

impl Overview {
    /// The most events in one month (at least 1, so a scale never divides by zero).
    pub fn peak(&self) -> usize {
        self.months
            .iter()
            .map(MonthBin::total)
            .max()
            .unwrap_or(0)
            .max(1)
    }

    /// Events drawn in the months.
    pub fn in_months(&self) -> usize {
        self.months.iter().map(MonthBin::total).sum()
    }

    /// Events of the span dated only to a year, half or quarter.
    pub fn coarse_total(&self) -> usize {
        self.coarse.iter().map(|(_, n)| n).sum()
    }
}

/// The overview of `events`; `None` when there are none.
pub fn overview(events: &[&Event]) -> Option<Overview> {
    let periods: Vec<Period> = events.iter().map(|e| Period::of(e)).collect();
    let years: Vec<i32> = periods.iter().map(Period::year).collect();
    let span = span(&years)?;

    // Events with a month in the span, and what they name.
    let monthly: Vec<(&Event, i32, u32)> = events
        .iter()
        .zip(&periods)
        .filter_map(|(e, p)| Some((*e, p.year(), p.month()?)))
        .filter(|(_, y, _)| span.holds(*y))
        .collect();
    let series = stacks(monthly.iter().map(|(e, _, _)| *e));
    let place = |e: &Event| -> usize {
        // The highest-ranked top company the event names.
        let top = e
            .entities
            .iter()
            .filter_map(|id| {
                series
                    .iter()
                    .position(|s| matches!(s, Series::Company(c) if c == id))
            })
            .min();
        let fallback = if e.entities.is_empty() {
            Series::Unnamed
        } else {
            Series::Others
        };
        top.or_else(|| series.iter().position(|s| *s == fallback))
            .unwrap_or(0)
    };

    let mut months: Vec<MonthBin> = (span.first..=span.last)
        .flat_map(|year| {
            (1..=12).map(move |month| MonthBin {
                year,
                month,
                counts: Vec::new(),
            })
        })
        .collect();
    for bin in &mut months {
        bin.counts = vec![0; series.len()];
    }
    for (e, year, month) in &monthly {
        let i = (year - span.first) as usize * 12 + (*month as usize - 1);
        months[i].counts[place(e)] += 1;
    }

    let before = years.iter().filter(|&&y| y < span.first).count();
    let after = years.iter().filter(|&&y| y > span.last).count();
    let mut coarse: Vec<(i32, usize)> = Vec::new();
    for p in periods
        .iter()
        .filter(|p| p.month().is_none() && span.holds(p.year()))
    {
        match coarse.iter_mut().find(|(y, _)| *y == p.year()) {
            Some((_, n)) => *n += 1,
            None => coarse.push((p.year(), 1)),
        }
    }
    coarse.sort_unstable();
    Some(Overview {
        span,
        series,
        months,
        before,
        after,
        coarse,
    })
}

/// The stacks for these events: the [`TOP_COMPANIES`] most named (ties by id), then
/// "others" and "unnamed" if any event needs them.
fn stacks<'a>(events: impl Iterator<Item = &'a Event> + Clone) -> Vec<Series> {
    let mut named: HashMap<&str, usize> = HashMap::new();
    for e in events.clone() {
        let mut ids: Vec<&str> = e.entities.iter().map(String::as_str).collect();
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            *named.entry(id).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&str, usize)> = named.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let top: Vec<&str> = ranked
        .iter()
        .take(TOP_COMPANIES)
        .map(|(id, _)| *id)
        .collect();
    let mut series: Vec<Series> = top.iter().map(|id| Series::Company((*id).into())).collect();
    let mut events = events;
    let others = events
        .clone()
        .any(|e| !e.entities.is_empty() && !e.entities.iter().any(|c| top.contains(&c.as_str())));
    if others {
        series.push(Series::Others);
    }
    if events.any(|e| e.entities.is_empty()) {
        series.push(Series::Unnamed);
    }
    series
}

/// A selection on the chart, as the range filter writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// `from` for the address (`YYYY-MM`, or `None` for the open start of "before").
    pub from: Option<String>,
    /// `to` for the address (`YYYY-MM`, `YYYY` for the end of "before", or `None`).
    pub to: Option<String>,
}

/// A bin of the chart: the "before" edge, a month (its index in [`Overview::months`]), or
/// the "after" edge. Ordered left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bin {
    /// Everything before the span.
    Before,
    /// The span's month at this index.
    Month(usize),
    /// Everything after the span.
    After,
}

impl Overview {
    /// The bins left to right: the edges only when they hold events.
    pub fn bins(&self) -> Vec<Bin> {
        let mut bins = Vec::with_capacity(self.months.len() + 2);
        if self.before > 0 {
            bins.push(Bin::Before);
        }
        bins.extend((0..self.months.len()).map(Bin::Month));
        if self.after > 0 {
            bins.push(Bin::After);
        }
        bins
    }

    /// Events in a bin.
    pub fn count(&self, bin: Bin) -> usize {
        match bin {
            Bin::Before => self.before,
            Bin::Month(i) => self.months.get(i).map_or(0, MonthBin::total),
            Bin::After => self.after,
        }
    }

    /// The range filter for bins `a` to `b` (either order): the first one's start to the
    /// last one's end. "Before" has no start, "after" no end.
    pub fn select(&self, a: Bin, b: Bin) -> Selection {
        let (first, last) = if a <= b { (a, b) } else { (b, a) };
        let from = match first {
            Bin::Before => None,
            Bin::Month(i) => self.months.get(i).map(MonthBin::key),
            Bin::After => Some(format!("{}", self.span.last + 1)),
        };
        let to = match last {
            Bin::Before => Some(format!("{}", self.span.first - 1)),
            Bin::Month(i) => self.months.get(i).map(MonthBin::key),
            Bin::After => None,
        };
        Selection { from, to }
    }

    /// The bins a range filter covers: each bin whose whole time lies in `[from, to]` (day
    /// numbers, open ends as `None`). The edges count as covered when the range reaches
    /// past the span's end on that side.
    pub fn covered(&self, from: Option<i64>, to: Option<i64>) -> Vec<Bin> {
        use crate::extract::date::day_number;
        if from.is_none() && to.is_none() {
            return Vec::new();
        }
        let from = from.unwrap_or(i64::MIN);
        let to = to.unwrap_or(i64::MAX);
        let inside = |a: i64, b: i64| from <= a && b <= to;
        self.bins()
            .into_iter()
            .filter(|&bin| match bin {
                Bin::Before => from == i64::MIN && to >= day_number(self.span.first, 1, 1) - 1,
                Bin::Month(i) => {
                    let m = &self.months[i];
                    inside(
                        day_number(m.year, m.month, 1),
                        day_number(m.year, m.month + 1, 1) - 1,
                    )
                }
                Bin::After => to == i64::MAX && from <= day_number(self.span.last + 1, 1, 1),
            })
            .collect()
    }
}
