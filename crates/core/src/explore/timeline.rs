//! The timeline view: events filtered by companies, articles, money kinds and a date range,
//! grouped by year and month.
//!
//! The whole view state is a [`Filter`], read from and written to the URL query
//! (`c=amazon,anthropic&a=…&k=investment&from=2023-06&to=2023-12`), so a link restores it.
//! [`filter`] picks the events, [`groups`] lays them out under years and months without
//! pretending to a month a date does not give, [`facets`] lists what the filter controls
//! offer, [`sources`] gives the other articles telling a clustered event. [`format`](mod@format) writes
//! dates at their precision and money readably; [`export`] is the CSV and JSON download.

pub mod export;
pub mod format;
pub mod overview;
pub mod paging;

use super::params::Query;
use crate::analysis::{Analysis, Conflict, Event};
use crate::corpus::Corpus;
use crate::extract::date::{day_number, Part};
use crate::extract::money::MoneyKind;
use crate::registry::Registry;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// URL key of the selected company ids.
pub const KEY_COMPANIES: &str = "c";
/// URL key of the selected article ids.
pub const KEY_ARTICLES: &str = "a";
/// URL key of the selected money kinds (kebab names: `investment`, `funding-round`).
pub const KEY_KINDS: &str = "k";
/// URL key of the first date shown (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
pub const KEY_FROM: &str = "from";
/// URL key of the last date shown.
pub const KEY_TO: &str = "to";
/// URL key of the reposts switch: `copies=all` shows every copy of a reposted story.
pub const KEY_COPIES: &str = "copies";
/// The one value of [`KEY_COPIES`].
pub const ALL_COPIES: &str = "all";

pub use super::money::{kind_from_key, kind_key, MONEY_KINDS};

/// What the timeline shows: every list empty and no dates means everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Filter {
    /// Registry ids; an event passes when it names any of them.
    pub companies: Vec<String>,
    /// Article ids; an event passes when it comes from one of them.
    pub articles: Vec<String>,
    /// An event passes when it states money of one of these kinds.
    pub kinds: Vec<MoneyKind>,
    /// First date shown, as given (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), checked valid.
    pub from: Option<String>,
    /// Last date shown, likewise.
    pub to: Option<String>,
    /// Show the events of articles that copy another's story ([`Analysis::copies`]); by
    /// default a reposted story is counted once, in its original.
    pub all_copies: bool,
}

/// A filter read from a URL, with what could not be used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The usable part.
    pub filter: Filter,
    /// The page asked for ([`paging::KEY_PAGE`]), if any.
    pub page: Option<usize>,
    /// `key=value` for every value dropped (unknown company, article or kind, bad date), so
    /// the view can say what it ignored instead of failing.
    pub ignored: Vec<String>,
}

impl Filter {
    /// Reads a filter from the URL query. Company ids must be in `registry` and article ids
    /// in `corpus`; unknown values and malformed dates are dropped and listed in
    /// [`Parsed::ignored`]. Other keys are not this view's and are left alone.
    pub fn from_query(query: &Query, registry: &Registry, corpus: &Corpus) -> Parsed {
        let mut ignored = Vec::new();
        let companies = keep_known(
            query.list(KEY_COMPANIES),
            KEY_COMPANIES,
            &mut ignored,
            |c| registry.get(c).is_some(),
        );
        let articles = keep_known(query.list(KEY_ARTICLES), KEY_ARTICLES, &mut ignored, |a| {
            corpus.get(a).is_some()
        });
        let mut kinds = Vec::new();
        for k in query.list(KEY_KINDS) {
            match kind_from_key(&k) {
                Some(kind) if !kinds.contains(&kind) => kinds.push(kind),
                Some(_) => {}
                None => ignored.push(format!("{KEY_KINDS}={k}")),
            }
        }
        let mut date = |key: &str| {
            let value = query.get(key).map(str::to_owned);
            keep_known(value, key, &mut ignored, |d| date_range(d).is_some()).pop()
        };
        let from = date(KEY_FROM);
        let to = date(KEY_TO);
        let all_copies = match query.get(KEY_COPIES) {
            None => false,
            Some(ALL_COPIES) => true,
            Some(other) => {
                ignored.push(format!("{KEY_COPIES}={other}"));
                false
            }
        };
        let page = paging::page_param(query.get(paging::KEY_PAGE)).unwrap_or_else(|bad| {
            ignored.push(bad);
            None
        });
        Parsed {
            filter: Filter {
                companies,
                articles,
                kinds,
                from,
                to,
                all_copies,
            },
            page,
            ignored,
        }
    }

    /// The filter as URL query parameters (nothing for an empty filter): the inverse of
    /// [`Filter::from_query`].
    pub fn to_query(&self) -> Query {
        let mut q = Query::default();
        q.set_list(KEY_COMPANIES, &self.companies);
        q.set_list(KEY_ARTICLES, &self.articles);
        let kinds: Vec<String> = self.kinds.iter().map(|&k| kind_key(k)).collect();
        q.set_list(KEY_KINDS, &kinds);
        if let Some(from) = &self.from {
            q.set(KEY_FROM, from.clone());
        }
        if let Some(to) = &self.to {
            q.set(KEY_TO, to.clone());
        }
        if self.all_copies {
            q.set(KEY_COPIES, ALL_COPIES);
        }
        q
    }

    /// The filter and a page as URL query parameters: [`Filter::to_query`] and `page=n`.
    pub fn to_query_at(&self, page: usize) -> Query {
        let mut q = self.to_query();
        q.set(paging::KEY_PAGE, page.to_string());
        q
    }

    /// The same filter over the whole period: what the overview chart draws, so the chart
    /// keeps its context while its range is selected.
    pub fn without_range(&self) -> Filter {
        Filter {
            from: None,
            to: None,
            ..self.clone()
        }
    }

    /// Does it restrict the dates?
    pub fn has_range(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// The range as day numbers (`None` for an open end).
    pub fn range_days(&self) -> (Option<i64>, Option<i64>) {
        (
            self.from.as_deref().and_then(date_range).map(|r| r.0),
            self.to.as_deref().and_then(date_range).map(|r| r.1),
        )
    }

    /// Does it restrict anything?
    pub fn is_empty(&self) -> bool {
        self == &Filter::default()
    }

    /// How many choices it holds: each company, article and kind, and each date bound.
    pub fn choices(&self) -> usize {
        self.companies.len()
            + self.articles.len()
            + self.kinds.len()
            + usize::from(self.from.is_some())
            + usize::from(self.to.is_some())
    }

    /// Selects the company if it was not selected, else unselects it.
    pub fn toggle_company(&mut self, id: &str) {
        toggle(&mut self.companies, id.to_owned());
    }

    /// Selects the article if it was not selected, else unselects it.
    pub fn toggle_article(&mut self, id: &str) {
        toggle(&mut self.articles, id.to_owned());
    }

    /// Selects the money kind if it was not selected, else unselects it.
    pub fn toggle_kind(&mut self, kind: MoneyKind) {
        toggle(&mut self.kinds, kind);
    }

    /// Sets the first date from a form value; an empty or malformed value clears it.
    pub fn set_from(&mut self, value: &str) {
        self.from = valid_date(value);
    }

    /// Sets the last date from a form value; an empty or malformed value clears it.
    pub fn set_to(&mut self, value: &str) {
        self.to = valid_date(value);
    }

    /// `from` as a month input's value (`YYYY-MM`): a year starts in January.
    pub fn from_month(&self) -> Option<String> {
        self.from.as_deref().and_then(|d| month_of(d, 1))
    }

    /// `to` as a month input's value (`YYYY-MM`): a year ends in December.
    pub fn to_month(&self) -> Option<String> {
        self.to.as_deref().and_then(|d| month_of(d, 12))
    }

    /// Does `event` pass (reposts aside)? See [`filter`].
    pub fn admits(&self, event: &Event) -> bool {
        let any = |list: &[String], value: &String| list.is_empty() || list.contains(value);
        let company =
            self.companies.is_empty() || event.entities.iter().any(|e| self.companies.contains(e));
        let kind = self.kinds.is_empty()
            || event
                .money
                .iter()
                .any(|m| self.kinds.contains(&m.figure.kind));
        let (from, to) = self.range_days();
        let (start, end) = start_days(event);
        let in_range = from.is_none_or(|f| start >= f) && to.is_none_or(|t| end <= t);
        company && any(&self.articles, &event.article) && kind && in_range
    }
}

/// The days of the date an event starts on, at its precision: all of 2023 for a "2023"
/// event, September 2023 for "2023年9月至11月", the second quarter for "2023年第二季度到年底".
/// What the range filter holds against the range, and what the chart bins by.
fn start_days(event: &Event) -> (i64, i64) {
    if event.until.is_none() {
        return event.days;
    }
    // A ranged event's `days` run to its end; its start is its `date` at its precision.
    let last_of = |year: i32, month: u32| day_number(year, month + 1, 1) - 1;
    let end = match Period::of(event) {
        Period::Day { .. } => event.days.0,
        Period::MonthPart { year, month, .. } | Period::Month { year, month } => {
            last_of(year, month)
        }
        Period::Quarter { year, quarter } => last_of(year, u32::from(quarter) * 3),
        Period::Half { year, half } => last_of(year, u32::from(half) * 6),
        Period::YearPart { year, .. } | Period::Year { year } => last_of(year, 12),
    };
    (event.days.0, end.max(event.days.0))
}

/// The values `known` accepts; the others are written to `ignored` as `key=value`.
fn keep_known(
    values: impl IntoIterator<Item = String>,
    key: &str,
    ignored: &mut Vec<String>,
    known: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut kept = Vec::new();
    for value in values {
        if known(&value) {
            kept.push(value);
        } else {
            ignored.push(format!("{key}={value}"));
        }
    }
    kept
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    match list.iter().position(|v| v == &value) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(value),
    }
}

fn valid_date(value: &str) -> Option<String> {
    let value = value.trim();
    date_range(value).map(|_| value.to_owned())
}

/// `YYYY-MM` of a valid date; a bare year takes `default_month`.
fn month_of(date: &str, default_month: u32) -> Option<String> {
    date_range(date)?;
    match date.get(..7) {
        Some(month) if date.len() >= 7 => Some(month.to_owned()),
        _ => Some(format!("{date}-{default_month:02}")),
    }
}

/// First and last day (day numbers) of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for
/// anything else, an impossible month or day included.
pub fn date_range(iso: &str) -> Option<(i64, i64)> {
    let mut parts = iso.split('-');
    let year = parts.next().filter(|y| y.len() == 4)?;
    let year: i32 = year.parse().ok()?;
    let number = |s: Option<&str>| -> Option<Option<u32>> {
        match s {
            None => Some(None),
            Some(s) if s.len() == 2 => s.parse().ok().map(Some),
            Some(_) => None,
        }
    };
    let month = number(parts.next())?;
    let day = number(parts.next())?;
    if parts.next().is_some() {
        return None;
    }
    let last_of = |m: u32| day_number(year, m + 1, 1) - 1; // day_number handles m = 13
    match (month, day) {
        (None, _) => Some((day_number(year, 1, 1), day_number(year, 12, 31))),
        (Some(m), None) if (1..=12).contains(&m) => Some((day_number(year, m, 1), last_of(m))),
        (Some(m), Some(d)) if (1..=12).contains(&m) && d >= 1 => {
            let n = day_number(year, m, d);
            (n <= last_of(m)).then_some((n, n))
        }
        _ => None,
    }
}

/// The events `f` admits, in timeline order: an event passes when it names one of the
/// selected companies, comes from one of the selected articles, states money of one of the
/// selected kinds (each only when any is selected), and the date it starts on lies within
/// [`from`, `to`] at its precision (a 2023 event is within `from=2023&to=2023`, not within
/// June 2023: the range holds what is known to have happened in it, as the chart counts).
/// Events of articles copying another's story are left out unless [`Filter::all_copies`].
///
/// [`from`]: Filter::from
/// [`to`]: Filter::to
pub fn filter<'a>(analysis: &'a Analysis, f: &Filter) -> Vec<&'a Event> {
    shown(analysis, f)
        .into_iter()
        .map(|i| &analysis.events[i])
        .collect()
}

/// Positions in `analysis.events` of the events [`filter`] keeps, in timeline order.
pub fn shown(analysis: &Analysis, f: &Filter) -> Vec<usize> {
    let copies = if f.all_copies {
        HashSet::new()
    } else {
        analysis.copies()
    };
    analysis
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| !copies.contains(e.article.as_str()) && f.admits(e))
        .map(|(i, _)| i)
        .collect()
}

/// How many other articles repost the story `article` is the original of (0 for an article
/// published once, or itself a copy).
pub fn reposts_of(analysis: &Analysis, article: &str) -> usize {
    analysis
        .story_of(article)
        .filter(|s| s.original == article)
        .map_or(0, |s| s.copies.len())
}

/// The article `article` copies, when it is a copy of another's story.
pub fn original_of<'a>(analysis: &'a Analysis, article: &str) -> Option<&'a str> {
    analysis
        .story_of(article)
        .filter(|s| s.original != article)
        .map(|s| s.original.as_str())
}

/// A date as precise as it was written: what the timeline shows and groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// A day.
    Day {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
        /// Day of the month.
        day: u32,
    },
    /// Part of a month (9月下旬).
    MonthPart {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
        /// Early, mid or late.
        part: Part,
    },
    /// A month.
    Month {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
    },
    /// A quarter (第2季度).
    Quarter {
        /// Year.
        year: i32,
        /// 1–4.
        quarter: u8,
    },
    /// A half year (下半年).
    Half {
        /// Year.
        year: i32,
        /// 1 or 2.
        half: u8,
    },
    /// Part of a year (年初, 年底).
    YearPart {
        /// Year.
        year: i32,
        /// Early, mid or late.
        part: Part,
    },
    /// A year.
    Year {
        /// Year.
        year: i32,
    },
}

impl Period {
    /// Reads an event's `date` (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) at its `precision` label
    /// (`day`, `month:late`, `quarter:2`…). Falls back to what the date alone says when the
    /// two disagree; `None` only when `date` has no year.
    pub fn parse(date: &str, precision: &str) -> Option<Period> {
        let mut parts = date.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: Option<u32> = parts
            .next()
            .and_then(|m| m.parse().ok())
            .filter(|m| (1..=12).contains(m));
        let day: Option<u32> = parts
            .next()
            .and_then(|d| d.parse().ok())
            .filter(|d| (1..=31).contains(d));
        let (kind, detail) = precision.split_once(':').unwrap_or((precision, ""));
        let part = match detail {
            "early" => Some(Part::Early),
            "mid" => Some(Part::Mid),
            "late" => Some(Part::Late),
            _ => None,
        };
        let number: Option<u8> = detail.parse().ok();
        let by_precision = match (kind, month, day, part, number) {
            ("day", Some(month), Some(day), _, _) => Some(Period::Day { year, month, day }),
            ("month", Some(month), _, Some(part), _) => {
                Some(Period::MonthPart { year, month, part })
            }
            ("month", Some(month), _, None, _) if detail.is_empty() => {
                Some(Period::Month { year, month })
            }
            ("quarter", _, _, _, Some(quarter @ 1..=4)) => Some(Period::Quarter { year, quarter }),
            ("half", _, _, _, Some(half @ 1..=2)) => Some(Period::Half { year, half }),
            ("year", _, _, Some(part), _) => Some(Period::YearPart { year, part }),
            ("year", _, _, None, _) if detail.is_empty() => Some(Period::Year { year }),
            _ => None,
        };
        Some(by_precision.unwrap_or(match (month, day) {
            (Some(month), Some(day)) => Period::Day { year, month, day },
            (Some(month), None) => Period::Month { year, month },
            _ => Period::Year { year },
        }))
    }

    /// The period of an event's date (year 0 for a date without a year, which the analysis
    /// never writes).
    pub fn of(event: &Event) -> Period {
        Period::parse(&event.date, &event.precision).unwrap_or(Period::Year { year: 0 })
    }

    /// The end of an event's range (`4~7月` ends in July), if it has one.
    pub fn until_of(event: &Event) -> Option<Period> {
        event.until.as_deref().and_then(|u| Period::parse(u, ""))
    }

    /// Its year.
    pub fn year(&self) -> i32 {
        match *self {
            Period::Day { year, .. }
            | Period::MonthPart { year, .. }
            | Period::Month { year, .. }
            | Period::Quarter { year, .. }
            | Period::Half { year, .. }
            | Period::YearPart { year, .. }
            | Period::Year { year } => year,
        }
    }

    /// Its month, when it is a month or finer; `None` for quarters, halves and years.
    pub fn month(&self) -> Option<u32> {
        match *self {
            Period::Day { month, .. }
            | Period::MonthPart { month, .. }
            | Period::Month { month, .. } => Some(month),
            _ => None,
        }
    }
}

/// The events of one year.
#[derive(Debug, Clone, PartialEq)]
pub struct YearGroup<'a> {
    /// The year.
    pub year: i32,
    /// Its months in order; events coarser than a month (the year, a quarter, 年底) come
    /// first, under `month: None`.
    pub months: Vec<MonthGroup<'a>>,
}

impl YearGroup<'_> {
    /// How many events the year holds.
    pub fn len(&self) -> usize {
        self.months.iter().map(|m| m.events.len()).sum()
    }

    /// Does it hold none? (Never, for a group [`groups`] made.)
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The events of one month of a year, or of no month in particular.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthGroup<'a> {
    /// 1–12, or `None` for events dated only to the year, a half, a quarter or part of the
    /// year: they are not put in a month they do not name.
    pub month: Option<u32>,
    /// Its events, in timeline order.
    pub events: Vec<&'a Event>,
}

/// Groups events (in timeline order) by year, then month. Years come in ascending order;
/// within a year, the no-month bucket first, then months ascending. An event with a range
/// goes under the month it starts in.
pub fn groups<'a>(events: &[&'a Event]) -> Vec<YearGroup<'a>> {
    let mut years: Vec<YearGroup<'a>> = Vec::new();
    for &event in events {
        let period = Period::of(event);
        let year = period.year();
        let i = match years.iter().position(|y| y.year == year) {
            Some(i) => i,
            None => {
                years.push(YearGroup {
                    year,
                    months: Vec::new(),
                });
                years.len() - 1
            }
        };
        let months = &mut years[i].months;
        let month = period.month();
        match months.iter_mut().find(|m| m.month == month) {
            Some(m) => m.events.push(event),
            None => months.push(MonthGroup {
                month,
                events: vec![event],
            }),
        }
    }
    years.sort_by_key(|y| y.year);
    for y in &mut years {
        // None sorts before Some: coarse dates head their year.
        y.months.sort_by_key(|m| m.month);
    }
    years
}

/// The events as [`groups`] lays them out, one list: the order of the page, which the
/// downloads keep so a row is where the reader saw it.
pub fn page_order<'a>(events: &[&'a Event]) -> Vec<&'a Event> {
    groups(events)
        .into_iter()
        .flat_map(|y| y.months)
        .flat_map(|m| m.events)
        .collect()
}

/// Positions (in `analysis.events`) of the `shown` events in the order the page lists them:
/// [`page_order`]'s, by year, then month with month-less dates first, timeline order within.
pub fn listed(analysis: &Analysis, shown: &[usize]) -> Vec<usize> {
    let mut out: Vec<usize> = shown
        .iter()
        .copied()
        .filter(|&i| i < analysis.events.len())
        .collect();
    // Stable: timeline order within a month.
    out.sort_by_key(|&i| {
        let p = Period::of(&analysis.events[i]);
        (p.year(), p.month().unwrap_or(0))
    });
    out
}

/// The page of `listed` (positions, see [`listed`]) to show. Without a range, when the
/// list needs more than one page, the events before the dense years (`dense_from`, the
/// overview's first year) have pages of their own and the list opens on the first page of
/// the dense years, not at a 1965 aside; otherwise plain pages from the start. `asked` is
/// the page the address names.
pub fn page_to_show(
    analysis: &Analysis,
    listed: &[usize],
    asked: Option<usize>,
    dense_from: Option<i32>,
) -> paging::Page {
    let long = listed.len() > paging::PAGE_SIZE;
    let split = dense_from.filter(|_| long).map_or(0, |first| {
        listed
            .iter()
            .position(|&i| Period::of(&analysis.events[i]).year() >= first)
            .unwrap_or(0)
    });
    let opening = paging::Page::split(listed.len(), paging::PAGE_SIZE, split, 1).opening;
    paging::Page::split(
        listed.len(),
        paging::PAGE_SIZE,
        split,
        asked.unwrap_or(opening),
    )
}

/// One choice in a filter list, with how many events (of the whole timeline) it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facet<T> {
    /// The value: a company or article id, or a money kind.
    pub value: T,
    /// Events with it.
    pub count: usize,
}

/// What the filter controls offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facets {
    /// Companies named by events, most events first (ties by id); selected companies that
    /// no event names are added with count 0, so they can be unselected.
    pub companies: Vec<Facet<String>>,
    /// Every article of the corpus, in corpus order.
    pub articles: Vec<Facet<String>>,
    /// Money kinds stated by events, in [`MONEY_KINDS`] order, plus selected ones with none.
    pub kinds: Vec<Facet<MoneyKind>>,
}

/// The filter lists for `analysis`, counted over all its events (so the choices do not move
/// while the user picks), with `selected`'s values always present.
pub fn facets(analysis: &Analysis, corpus: &Corpus, selected: &Filter) -> Facets {
    // Reposts hidden are not counted: a choice's number is what choosing it shows.
    let copies = if selected.all_copies {
        HashSet::new()
    } else {
        analysis.copies()
    };
    let events: Vec<&Event> = analysis
        .events
        .iter()
        .filter(|e| !copies.contains(e.article.as_str()))
        .collect();
    // Counted in one pass over the events, whatever the number of companies and articles.
    let mut by_company: HashMap<&str, usize> = HashMap::new();
    let mut by_article: HashMap<&str, usize> = HashMap::new();
    for e in &events {
        let mut named: Vec<&str> = e.entities.iter().map(String::as_str).collect();
        named.sort_unstable();
        named.dedup();
        for id in named {
            *by_company.entry(id).or_default() += 1;
        }
        *by_article.entry(e.article.as_str()).or_default() += 1;
    }
    let mut companies: Vec<Facet<String>> = Vec::new();
    let mut listed: HashSet<&str> = HashSet::new();
    for id in events
        .iter()
        .flat_map(|e| &e.entities)
        .chain(&selected.companies)
    {
        if listed.insert(id.as_str()) {
            companies.push(Facet {
                value: id.clone(),
                count: by_company.get(id.as_str()).copied().unwrap_or(0),
            });
        }
    }
    companies.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    let articles = corpus
        .articles
        .iter()
        .map(|a| Facet {
            value: a.meta.id.clone(),
            count: by_article.get(a.meta.id.as_str()).copied().unwrap_or(0),
        })
        .collect();
    let kinds = MONEY_KINDS
        .into_iter()
        .map(|kind| Facet {
            value: kind,
            count: events
                .iter()
                .filter(|e| e.money.iter().any(|m| m.figure.kind == kind))
                .count(),
        })
        .filter(|f| f.count > 0 || selected.kinds.contains(&f.value))
        .collect();
    Facets {
        companies,
        articles,
        kinds,
    }
}

/// The other sources of a clustered event, and where the cluster's sources disagree.
#[derive(Debug, Clone, PartialEq)]
pub struct Sources<'a> {
    /// The cluster's id.
    pub cluster: &'a str,
    /// The cluster's other events (other articles, or the same article telling it again), in
    /// timeline order.
    pub others: Vec<&'a Event>,
    /// The cluster's disagreements, each with both sides; empty when the sources agree.
    pub conflicts: &'a [Conflict],
}

/// The sources of `event` besides itself, when other articles tell it too (`None` for an
/// event in no cluster).
pub fn sources<'a>(analysis: &'a Analysis, event: &Event) -> Option<Sources<'a>> {
    let id = event.cluster.as_deref()?;
    let cluster = analysis.cluster(id)?;
    let others = cluster
        .events
        .iter()
        .filter(|e| **e != event.id)
        .filter_map(|e| analysis.event(e))
        .collect();
    Some(Sources {
        cluster: &cluster.id,
        others,
        conflicts: &cluster.conflicts,
    })
}

/// [`sources`] as the list shows them: without the copies' tellings when reposts are
/// counted once (`all_copies` false), with how many were left out.
pub fn sources_shown<'a>(
    analysis: &'a Analysis,
    event: &Event,
    all_copies: bool,
) -> Option<(Sources<'a>, usize)> {
    let mut s = sources(analysis, event)?;
    if all_copies {
        return Some((s, 0));
    }
    let copies = analysis.copies();
    let before = s.others.len();
    s.others.retain(|o| !copies.contains(o.article.as_str()));
    let hidden = before - s.others.len();
    Some((s, hidden))
}

/// Does one of the cluster's conflicts name this event as a side?
pub fn in_conflict(sources: &Sources<'_>, event: &Event) -> bool {
    sources
        .conflicts
        .iter()
        .any(|c| c.sides.iter().any(|s| s.event == event.id))
}

/// The reader's address of an event's clause: `/read/<address>?s=<start>-<end>#p<paragraph>`.
pub fn evidence_path(event: &Event) -> String {
    super::reader::evidence_path(&event.article, event.paragraph, event.span)
}

#[cfg(test)]
mod tests;
