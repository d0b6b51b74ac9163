//! The comparison view: 2 to 5 companies side by side.
//!
//! The URL holds the whole view
//! (`/compare?c=amazon,anthropic&scale=per10k&chart=time&copies=all&articles=amazon.10&pair=amazon,anthropic`):
//! [`Selection`] parses and formats it. [`Comparison::build`] reads the analysis for the
//! selected companies: mentions per article and over time ([`series`]), each company's
//! articles ranked by mentions, share of voice, money figures with their evidence,
//! distinctive terms and the co-occurrence matrix among them, plus the charts' shared axes.
//! A story reposted by several accounts counts once unless the URL says `copies=all`.
//! Lists that grow with the library show a few items and more on request ([`shown`]).
//! [`table`] flattens it for CSV; the [`Comparison`] itself is the JSON document.

pub mod series;
pub mod shown;

pub use series::{Series, Unit};
pub use shown::{visible, Shown};

use super::money::kind_key;
use super::params::Query;
use super::table::Table;
use crate::analysis::{
    Analysis, ArticleMentions, CompanyNames, CompanyStats, Evidence, MoneyFigure, Term,
};
use crate::corpus::Corpus;
use crate::registry::{Origin, Registry, DISCOVERED_PREFIX};
use serde::Serialize;
use std::collections::HashMap;

/// URL key of the selected companies (comma list of registry ids).
pub const KEY_COMPANIES: &str = "c";
/// URL key of the chart's scale (`raw`, the default, or `per10k`).
pub const KEY_SCALE: &str = "scale";
/// URL key of the open co-occurrence cell (`a,b`, two selected ids).
pub const KEY_PAIR: &str = "pair";
/// URL key of the chart asked for (`articles` or `time`; absent: [`ChartKind::fitting`]).
pub const KEY_CHART: &str = "chart";
/// URL key of the reposts switch (`all` counts every copy; absent: each story once).
pub const KEY_COPIES: &str = "copies";
/// URL key of how many ranked articles each company lists ([`Shown`]).
pub const KEY_ARTICLES: &str = "articles";
/// URL key of how many money figures each company lists ([`Shown`]).
pub const KEY_MONEY: &str = "money";
/// URL key of how many sentences the open cell lists (a number).
pub const KEY_SENTENCES: &str = "sentences";
/// Fewest companies a comparison needs.
pub const MIN_COMPANIES: usize = 2;
/// Most companies compared at once.
pub const MAX_COMPANIES: usize = 5;
/// How many distinctive terms each column lists.
pub const TERMS_SHOWN: usize = 8;
/// Most articles drawn one bar each: with more, mentions are drawn over time.
pub const PER_ARTICLE_MAX: usize = 12;

/// Which chart of mentions the comparison draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    /// One bar per article in each company's column, with a key of the articles.
    Articles,
    /// One line per company over weeks, months or years ([`Series`]).
    Time,
}

impl ChartKind {
    /// The URL value: `articles` or `time`.
    pub fn key(self) -> &'static str {
        match self {
            ChartKind::Articles => "articles",
            ChartKind::Time => "time",
        }
    }

    /// The kind named by a URL value; `None` for anything else.
    pub fn from_key(key: &str) -> Option<ChartKind> {
        match key {
            "articles" => Some(ChartKind::Articles),
            "time" => Some(ChartKind::Time),
            _ => None,
        }
    }

    /// The chart for `articles` counted articles when the reader asked for `asked`: bars
    /// per article only while they fit ([`PER_ARTICLE_MAX`]), and by default; over time
    /// otherwise, or when asked.
    pub fn fitting(asked: Option<ChartKind>, articles: usize) -> ChartKind {
        match asked {
            _ if articles > PER_ARTICLE_MAX => ChartKind::Time,
            Some(kind) => kind,
            None => ChartKind::Articles,
        }
    }

    /// Can the reader choose between the two for `articles` counted articles?
    pub fn choosable(articles: usize) -> bool {
        articles <= PER_ARTICLE_MAX
    }
}

/// Which articles count: a story reposted by several accounts once, or every copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Copies {
    /// Copies of another article's story ([`Analysis::copies`]) are left out.
    #[default]
    Once,
    /// Every article counts (`copies=all`).
    All,
}

/// What the chart of mentions per article measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scale {
    /// Raw counts of mentions.
    #[default]
    Raw,
    /// Mentions per 10,000 characters of the article, so long and short articles compare.
    Per10k,
}

impl Scale {
    /// The URL value: `raw` or `per10k`.
    pub fn key(self) -> &'static str {
        match self {
            Scale::Raw => "raw",
            Scale::Per10k => "per10k",
        }
    }

    /// A value on this scale as a chart labels it: whole counts, per-10k to one decimal.
    pub fn format(self, value: f64) -> String {
        match self {
            Scale::Raw => format!("{}", value.round() as i64),
            Scale::Per10k => format!("{:.1}", round(value, 1)),
        }
    }

    /// An axis tick: as short as it can be (`0`, `20`, `0.5`).
    pub fn tick(value: f64) -> String {
        short(value)
    }

    /// The scale named by a URL value; `None` for anything else.
    pub fn from_key(key: &str) -> Option<Scale> {
        match key {
            "raw" => Some(Scale::Raw),
            "per10k" => Some(Scale::Per10k),
            _ => None,
        }
    }
}

/// The companies asked for in the URL, checked against the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Valid registry ids, deduplicated, in the order given, at most [`MAX_COMPANIES`].
    pub ids: Vec<String>,
    /// Ids the registry doesn't know (ignored, but reported to the reader).
    pub unknown: Vec<String>,
    /// More than [`MAX_COMPANIES`] valid ids were given; only the first ones are kept.
    pub too_many: bool,
    /// The chart's scale (`scale=`; unknown values fall back to raw).
    pub scale: Scale,
    /// The co-occurrence cell whose sentences are open (`pair=a,b`), when both are selected
    /// and differ.
    pub pair: Option<(String, String)>,
    /// The chart asked for (`chart=`), if any; see [`ChartKind::fitting`].
    pub chart: Option<ChartKind>,
    /// Whether copies of a reposted story count (`copies=all`).
    pub copies: Copies,
    /// Ranked articles shown per company (`articles=`).
    pub articles: Shown,
    /// Money figures shown per company (`money=`).
    pub money: Shown,
    /// Sentences shown in the open cell (`sentences=`; [`shown::STEP`] at first).
    pub sentences: usize,
}

impl Default for Selection {
    fn default() -> Selection {
        Selection {
            ids: Vec::new(),
            unknown: Vec::new(),
            too_many: false,
            scale: Scale::Raw,
            pair: None,
            chart: None,
            copies: Copies::Once,
            articles: Shown::default(),
            money: Shown::default(),
            sentences: shown::STEP,
        }
    }
}

impl Selection {
    /// Reads every key above from a query. Never fails: bad values are dropped and
    /// unknown ids listed in [`Selection::unknown`].
    pub fn from_query(query: &Query, registry: &Registry) -> Selection {
        let mut ids = Vec::new();
        let mut unknown = Vec::new();
        let mut too_many = false;
        for id in query.list(KEY_COMPANIES) {
            // A discovered company's id is `~` and its name as written, case and all; whether
            // the corpus names it is the analysis's to say (it counts zero otherwise).
            let discovered = id.starts_with(DISCOVERED_PREFIX) && id.chars().count() > 1;
            let id = if discovered {
                id.to_owned()
            } else {
                id.to_lowercase()
            };
            if !discovered && registry.get(&id).is_none() {
                if !unknown.contains(&id) {
                    unknown.push(id);
                }
            } else if ids.contains(&id) {
                // `Query::list` dedups exact repeats; this catches `Amazon,amazon`.
            } else if ids.len() == MAX_COMPANIES {
                too_many = true;
            } else {
                ids.push(id);
            }
        }
        let scale = query
            .get(KEY_SCALE)
            .and_then(Scale::from_key)
            .unwrap_or_default();
        let pair = match query.list(KEY_PAIR).as_slice() {
            [a, b] if a != b && ids.contains(a) && ids.contains(b) => Some((a.clone(), b.clone())),
            _ => None,
        };
        let chart = query.get(KEY_CHART).and_then(ChartKind::from_key);
        let copies = match query.get(KEY_COPIES) {
            Some("all") => Copies::All,
            _ => Copies::Once,
        };
        let sentences = query
            .get(KEY_SENTENCES)
            .and_then(|n| n.parse::<usize>().ok())
            .map_or(shown::STEP, |n| {
                n.div_ceil(shown::STEP)
                    .saturating_mul(shown::STEP)
                    .clamp(shown::STEP, shown::MOST)
            });
        Selection {
            ids,
            unknown,
            too_many,
            scale,
            sentences: if pair.is_some() {
                sentences
            } else {
                shown::STEP
            },
            pair,
            chart,
            copies,
            articles: Shown::from_query(query, KEY_ARTICLES),
            money: Shown::from_query(query, KEY_MONEY),
        }
    }

    /// The query that restores this selection (unknown ids and defaults are left out).
    pub fn to_query(&self) -> Query {
        let mut q = Query::default();
        q.set_list(KEY_COMPANIES, &self.ids);
        if self.scale != Scale::Raw {
            q.set(KEY_SCALE, self.scale.key());
        }
        if let Some(chart) = self.chart {
            q.set(KEY_CHART, chart.key());
        }
        if self.copies == Copies::All {
            q.set(KEY_COPIES, "all");
        }
        self.articles.to_query(&mut q, KEY_ARTICLES);
        self.money.to_query(&mut q, KEY_MONEY);
        if let Some((a, b)) = &self.pair {
            q.set_list(KEY_PAIR, &[a, b]);
            if self.sentences > shown::STEP {
                q.set(KEY_SENTENCES, self.sentences.to_string());
            }
        }
        q
    }

    /// Enough companies to compare.
    pub fn is_comparable(&self) -> bool {
        self.ids.len() >= MIN_COMPANIES
    }

    /// No room for another company.
    pub fn is_full(&self) -> bool {
        self.ids.len() >= MAX_COMPANIES
    }

    /// This selection with `id` added at the end (unchanged when full or already there).
    /// The reader has acted on the page, so earlier warnings are dropped.
    pub fn with(&self, id: &str) -> Selection {
        let mut next = self.acted();
        if !next.is_full() && !next.ids.iter().any(|i| i == id) {
            next.ids.push(id.to_owned());
        }
        next
    }

    /// This selection without `id` (and without an open cell or longer lists that involved
    /// it).
    pub fn without(&self, id: &str) -> Selection {
        let mut next = self.acted();
        next.ids.retain(|i| i != id);
        if next.pair.as_ref().is_some_and(|(a, b)| a == id || b == id) {
            next.pair = None;
            next.sentences = shown::STEP;
        }
        next.articles = next.articles.without(id);
        next.money = next.money.without(id);
        next
    }

    /// This selection with the chart `kind` asked for.
    pub fn with_chart(&self, kind: ChartKind) -> Selection {
        Selection {
            chart: Some(kind),
            ..self.acted()
        }
    }

    /// This selection counting copies of reposted stories (`All`) or not (`Once`).
    pub fn with_copies(&self, copies: Copies) -> Selection {
        Selection {
            copies,
            ..self.acted()
        }
    }

    /// This selection with [`shown::STEP`] more ranked articles for company `id`.
    pub fn more_articles(&self, id: &str) -> Selection {
        Selection {
            articles: self.articles.more(id),
            ..self.acted()
        }
    }

    /// This selection with [`shown::STEP`] more money figures for company `id`.
    pub fn more_money(&self, id: &str) -> Selection {
        Selection {
            money: self.money.more(id),
            ..self.acted()
        }
    }

    /// This selection with [`shown::STEP`] more sentences in the open cell.
    pub fn more_sentences(&self) -> Selection {
        Selection {
            sentences: (self.sentences + shown::STEP).min(shown::MOST),
            ..self.acted()
        }
    }

    /// This selection with another chart scale.
    pub fn with_scale(&self, scale: Scale) -> Selection {
        Selection {
            scale,
            ..self.acted()
        }
    }

    /// This selection with the cell `a`×`b` open, or closed when it already is open
    /// (either order).
    pub fn toggled_pair(&self, a: &str, b: &str) -> Selection {
        let mut next = self.acted();
        let open = next
            .pair
            .as_ref()
            .is_some_and(|(x, y)| (x == a && y == b) || (x == b && y == a));
        next.pair = (!open && a != b).then(|| (a.to_owned(), b.to_owned()));
        next.sentences = shown::STEP;
        next
    }

    /// Is the cell `a`×`b` (either order) the open one?
    pub fn is_open(&self, a: &str, b: &str) -> bool {
        self.pair
            .as_ref()
            .is_some_and(|(x, y)| (x == a && y == b) || (x == b && y == a))
    }

    fn acted(&self) -> Selection {
        Selection {
            unknown: Vec::new(),
            too_many: false,
            ..self.clone()
        }
    }
}

/// A company the picker offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Registry id.
    pub id: String,
    /// Display names.
    pub names: CompanyNames,
    /// Registered or discovered (the picker lists them apart).
    pub origin: Origin,
    /// Mentions over the corpus.
    pub total: usize,
}

/// Every company the corpus names, most mentioned first (ties by id): what the picker lists.
pub fn choices(analysis: &Analysis) -> Vec<Choice> {
    let mut out: Vec<Choice> = analysis
        .companies
        .iter()
        .filter(|c| c.mentions.total > 0)
        .map(|c| Choice {
            id: c.id.clone(),
            names: c.names.clone(),
            origin: c.origin,
            total: c.mentions.total,
        })
        .collect();
    out.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.id.cmp(&b.id)));
    out
}

/// Ready-made comparisons for a page without one: the most mentioned companies together,
/// then the pairs named together most often. Each is a list of ids, never fewer than two.
pub fn suggested(analysis: &Analysis) -> Vec<Vec<String>> {
    let top: Vec<String> = choices(analysis)
        .into_iter()
        .take(4)
        .map(|c| c.id)
        .collect();
    let mut pairs: Vec<(usize, String, String)> = analysis
        .companies
        .iter()
        .flat_map(|c| {
            c.cooccurs
                .iter()
                // Each pair is listed by both companies; keep it once.
                .filter(move |o| c.id < o.id)
                .map(move |o| (o.count, c.id.clone(), o.id.clone()))
        })
        .collect();
    pairs.sort_by(|x, y| y.0.cmp(&x.0).then_with(|| (&x.1, &x.2).cmp(&(&y.1, &y.2))));
    let mut out = Vec::new();
    if top.len() >= MIN_COMPANIES {
        out.push(top);
    }
    out.extend(pairs.into_iter().take(3).map(|(_, a, b)| vec![a, b]));
    out
}

/// An article as the comparison labels it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ArticleLabel {
    /// Article id.
    pub id: String,
    /// Its place in the corpus, from 1: the chart's short label (`#1`).
    pub number: usize,
    /// Headline, in the article's own script.
    pub title: String,
    /// Publisher.
    pub publisher: String,
    /// Date, `YYYY[-MM[-DD]]`.
    pub date: String,
    /// BCP 47 tag of its script (`zh-Hant`/`zh-Hans`), for the title's and sentences' `lang`.
    pub lang: String,
}

/// Mentions of one company in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bar {
    /// Article id.
    pub article: String,
    /// Mentions.
    pub count: usize,
    /// Mentions per 10,000 characters.
    pub per_10k: f64,
}

impl Bar {
    /// The bar's value on `scale`.
    pub fn value(&self, scale: Scale) -> f64 {
        match scale {
            Scale::Raw => self.count as f64,
            Scale::Per10k => self.per_10k,
        }
    }
}

/// One company's column.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    /// Registry id.
    pub id: String,
    /// Display names.
    pub names: CompanyNames,
    /// Mentions over the corpus.
    pub total: usize,
    /// Share of voice, 0–1: its mentions over all company mentions.
    pub share: f64,
    /// Mentions per counted article, in corpus order (zeros included).
    pub per_article: Vec<Bar>,
    /// The articles that name it, most mentions first (ties in corpus order).
    pub ranked: Vec<Bar>,
    /// Money figures about it, in article and text order, with their sentences.
    pub money: Vec<MoneyFigure>,
    /// Its most distinctive terms, best first (at most [`TERMS_SHOWN`]).
    pub terms: Vec<Term>,
}

/// Sentences naming two of the selected companies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// How many.
    pub count: usize,
    /// Those sentences, in article and text order.
    pub sentences: Vec<Evidence>,
}

/// Co-occurrence among the selected companies: `cells[i][j]` for `ids[i]`×`ids[j]`,
/// symmetric, `None` on the diagonal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matrix {
    /// Row and column order: the selection's.
    pub ids: Vec<String>,
    /// The cells.
    pub cells: Vec<Vec<Option<Cell>>>,
}

impl Matrix {
    /// The cell for `a`×`b` (either order); `None` when one isn't in the matrix or they
    /// are the same.
    pub fn cell(&self, a: &str, b: &str) -> Option<&Cell> {
        let i = self.ids.iter().position(|x| x == a)?;
        let j = self.ids.iter().position(|x| x == b)?;
        self.cells.get(i)?.get(j)?.as_ref()
    }
}

/// A chart axis from zero: a rounded maximum and the ticks to label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Axis {
    /// The axis' end: a "nice" number at or above every value.
    pub max: f64,
    /// Tick values from 0 to `max`, evenly spaced.
    pub ticks: Vec<f64>,
}

impl Axis {
    /// An axis from 0 that holds `largest`, with at most `max_ticks` + 1 ticks on steps of
    /// 1, 2 or 5 × 10ⁿ (never below 1 when `whole`, for counts). A largest value of 0 (or
    /// less, or not a number) gives 0–1.
    pub fn nice(largest: f64, max_ticks: usize, whole: bool) -> Axis {
        let largest = if largest.is_finite() && largest > 0.0 {
            largest
        } else {
            1.0
        };
        let intervals = max_ticks.max(1) as f64;
        let rough = largest / intervals;
        let magnitude = 10f64.powf(rough.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * magnitude)
            .find(|s| *s >= rough - 1e-9)
            .unwrap_or(10.0 * magnitude);
        let step = if whole { step.max(1.0) } else { step };
        let n = (largest / step - 1e-9).ceil().max(1.0) as usize;
        let ticks = (0..=n).map(|k| round(k as f64 * step, 6)).collect();
        Axis {
            max: round(n as f64 * step, 6),
            ticks,
        }
    }

    /// Where `value` falls on the axis, 0–1 (clamped).
    pub fn fraction(&self, value: f64) -> f64 {
        if self.max <= 0.0 {
            0.0
        } else {
            (value / self.max).clamp(0.0, 1.0)
        }
    }
}

/// Ticks per chart axis, at most.
const AXIS_TICKS: usize = 4;

/// The articles of `stats`, most mentions first, ties in corpus order; none without a mention.
fn ranked(per_article: &[Bar]) -> Vec<Bar> {
    let mut out: Vec<Bar> = per_article
        .iter()
        .filter(|b| b.count > 0)
        .cloned()
        .collect();
    // A stable sort keeps corpus order among equals.
    out.sort_by_key(|b| std::cmp::Reverse(b.count));
    out
}

/// The comparison of the selected companies: the view's data and its JSON download.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The counted articles, in corpus order: the bars of every per-article chart.
    pub articles: Vec<ArticleLabel>,
    /// Whether copies of reposted stories count.
    pub copies: Copies,
    /// Articles left out as copies of another's story (0 with [`Copies::All`]).
    pub copies_left_out: usize,
    /// The chart drawn: per article while the articles fit, else over time.
    pub chart: ChartKind,
    /// Mentions over time, one line per column.
    pub series: Series,
    /// One column per selected company, in the selection's order.
    pub columns: Vec<Column>,
    /// Co-occurrence among them.
    pub matrix: Matrix,
    /// The charts' scale.
    pub scale: Scale,
    /// One axis shared by every column's per-article chart, so bars compare across columns.
    pub axis: Axis,
    /// Place of each article in `articles`, for [`Comparison::article`].
    #[serde(skip)]
    places: HashMap<String, usize>,
}

impl Comparison {
    /// Reads the analysis for `selection` (ids the analysis lacks are skipped), counting
    /// each reposted story once unless the selection says [`Copies::All`].
    pub fn build(analysis: &Analysis, corpus: &Corpus, selection: &Selection) -> Comparison {
        let copies = analysis.copies();
        let once = selection.copies == Copies::Once
            // An analysis put together without the once-counted data counts every copy.
            && analysis.companies_once.len() == analysis.companies.len();
        let (all_stats, left_out): (&[CompanyStats], _) = if once {
            (&analysis.companies_once, copies)
        } else {
            (&analysis.companies, Default::default())
        };
        let counted: Vec<(usize, &crate::Article)> = corpus
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| !left_out.contains(a.meta.id.as_str()))
            .collect();
        let articles: Vec<ArticleLabel> = counted
            .iter()
            .map(|(i, a)| ArticleLabel {
                id: a.meta.id.clone(),
                number: i + 1,
                title: a.meta.title.clone(),
                publisher: a.meta.publisher.clone(),
                date: a.meta.date.clone(),
                lang: a.meta.script.lang_tag().to_owned(),
            })
            .collect();
        let stats: Vec<&CompanyStats> = selection
            .ids
            .iter()
            .filter_map(|id| all_stats.iter().find(|c| &c.id == id))
            .collect();
        let columns: Vec<Column> = stats
            .iter()
            .map(|c| {
                // A bar for every article counted: the analysis lists only those naming it.
                let named: HashMap<&str, &ArticleMentions> = c
                    .mentions
                    .per_article
                    .iter()
                    .map(|m| (m.article.as_str(), m))
                    .collect();
                let per_article: Vec<Bar> = counted
                    .iter()
                    .map(|(_, a)| {
                        let m = named.get(a.meta.id.as_str());
                        Bar {
                            article: a.meta.id.clone(),
                            count: m.map_or(0, |m| m.count),
                            per_10k: m.map_or(0.0, |m| m.per_10k),
                        }
                    })
                    .collect();
                Column {
                    id: c.id.clone(),
                    names: c.names.clone(),
                    total: c.mentions.total,
                    share: c.mentions.share,
                    ranked: ranked(&per_article),
                    per_article,
                    money: c
                        .money
                        .iter()
                        .filter_map(|id| analysis.money_figure(id).cloned())
                        .collect(),
                    terms: c.terms.iter().take(TERMS_SHOWN).cloned().collect(),
                }
            })
            .collect();
        let points: Vec<series::Point> = counted
            .iter()
            .enumerate()
            .map(|(place, (_, a))| series::Point {
                date: &a.meta.date,
                chars: a.char_len(),
                counts: columns
                    .iter()
                    .map(|c| c.per_article.get(place).map_or(0, |b| b.count))
                    .collect(),
            })
            .collect();
        let column_ids: Vec<String> = columns.iter().map(|c| c.id.clone()).collect();
        let series = Series::build(&column_ids, &points, selection.scale);
        let ids: Vec<String> = stats.iter().map(|c| c.id.clone()).collect();
        let cells = stats
            .iter()
            .map(|row| {
                ids.iter()
                    .map(|other| {
                        (other != &row.id).then(|| {
                            let sentences = row
                                .cooccurs
                                .iter()
                                .find(|o| &o.id == other)
                                .map(|o| o.sentences.clone())
                                .unwrap_or_default();
                            Cell {
                                count: sentences.len(),
                                sentences,
                            }
                        })
                    })
                    .collect()
            })
            .collect();
        let largest = columns
            .iter()
            .flat_map(|c| c.per_article.iter().map(|b| b.value(selection.scale)))
            .fold(0.0, f64::max);
        // The first article of an id, as a search from the start would find.
        let mut places = HashMap::new();
        for (i, a) in articles.iter().enumerate() {
            places.entry(a.id.clone()).or_insert(i);
        }
        Comparison {
            places,
            copies: if once { Copies::Once } else { Copies::All },
            copies_left_out: corpus.articles.len() - articles.len(),
            chart: ChartKind::fitting(selection.chart, articles.len()),
            series,
            articles,
            columns,
            matrix: Matrix { ids, cells },
            scale: selection.scale,
            axis: Axis::nice(largest, AXIS_TICKS, selection.scale == Scale::Raw),
        }
    }

    /// The article label for an id.
    pub fn article(&self, id: &str) -> Option<&ArticleLabel> {
        self.places.get(id).and_then(|&i| self.articles.get(i))
    }
}

/// The CSV columns of [`table`].
pub const TABLE_HEADERS: [&str; 11] = [
    "company",
    "company_en",
    "metric",
    "article",
    "other",
    "value",
    "unit",
    "detail",
    "text",
    "paragraph",
    "span",
];

/// The comparison as one long table, a row per fact ([`TABLE_HEADERS`]):
///
/// - `company`, `company_en`: registry id and English name of the column's company.
/// - `metric`:
///   - `mentions`: `value` = mentions; in `article`, or over the corpus when `article` is empty.
///   - `mentions_per_10k`: `value` = mentions per 10,000 characters of `article`.
///   - `share`: `value` = share of voice, 0–1.
///   - `money`: `value` = amount (low end of a range; `detail` holds the kind and, for
///     a range, `max=<high end>`), `unit` = ISO currency, `other` = `payer>payee` where known,
///     `text` = the figure as written, `article`/`paragraph`/`span` = where it is (span in
///     chars of the cleaned text, `start-end`).
///   - `term`: `text` = the word, `value` = its count in the company's sentences, `detail` =
///     its keyness score (G²).
///   - `cooccurrence`: `other` = the other company's id, `value` = sentences naming both
///     (each pair once, in selection order).
pub fn table(comparison: &Comparison) -> Table {
    let mut t = Table::new(&TABLE_HEADERS);
    for c in &comparison.columns {
        let row = |metric: &str| vec![c.id.clone(), c.names.en.clone(), metric.to_owned()];
        let mut r = row("mentions");
        r.extend(["".into(), "".into(), c.total.to_string(), "mentions".into()]);
        t.push(r);
        let mut r = row("share");
        r.extend(["".into(), "".into(), c.share.to_string(), "fraction".into()]);
        t.push(r);
        for b in &c.per_article {
            let mut r = row("mentions");
            r.extend([
                b.article.clone(),
                "".into(),
                b.count.to_string(),
                "mentions".into(),
            ]);
            t.push(r);
            let mut r = row("mentions_per_10k");
            r.extend([
                b.article.clone(),
                "".into(),
                b.per_10k.to_string(),
                "per_10k_chars".into(),
            ]);
            t.push(r);
        }
        for m in &c.money {
            let f = &m.figure;
            let parties = match (&f.payer, &f.payee) {
                (None, None) => String::new(),
                (payer, payee) => format!(
                    "{}>{}",
                    payer.as_deref().unwrap_or(""),
                    payee.as_deref().unwrap_or("")
                ),
            };
            let mut detail = kind_key(f.kind);
            if let Some(max) = f.amount_max {
                detail.push_str(&format!(";max={}", plain_number(max)));
            }
            let span = m.span();
            let mut r = row("money");
            r.extend([
                m.evidence.article.clone(),
                parties,
                plain_number(f.amount),
                f.currency.clone(),
                detail,
                f.text.clone(),
                m.evidence.paragraph.to_string(),
                format!("{}-{}", span[0], span[1]),
            ]);
            t.push(r);
        }
        for term in &c.terms {
            let mut r = row("term");
            r.extend([
                "".into(),
                "".into(),
                term.count.to_string(),
                "count".into(),
                format!("{:.2}", term.score),
                term.word.clone(),
            ]);
            t.push(r);
        }
    }
    let m = &comparison.matrix;
    for (i, a) in m.ids.iter().enumerate() {
        for (j, b) in m.ids.iter().enumerate().skip(i + 1) {
            let Some(cell) = m
                .cells
                .get(i)
                .and_then(|row| row.get(j))
                .and_then(Option::as_ref)
            else {
                continue;
            };
            let en = comparison
                .columns
                .get(i)
                .map(|c| c.names.en.clone())
                .unwrap_or_default();
            t.push(vec![
                a.clone(),
                en,
                "cooccurrence".into(),
                "".into(),
                b.clone(),
                cell.count.to_string(),
                "sentences".into(),
            ]);
        }
    }
    t
}

/// A number without a trailing `.0` when whole (4000000000, 12.5).
fn plain_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        x.to_string()
    }
}

/// Up to three decimals, trailing zeros dropped: 4, 12.5, 0.125.
fn short(x: f64) -> String {
    let s = format!("{:.3}", round(x, 3));
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// A share as a percentage with one decimal: 0.1173 → `11.7%`.
pub fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::bundled as real;

    fn select(query: &str) -> Selection {
        Selection::from_query(&Query::parse(query), Registry::bundled())
    }

    #[test]
    fn unknown_ids_are_reported_and_the_rest_kept_in_order() {
        let s = select("c=anthropic,nope,Amazon,amazon,,nope");
        assert_eq!(s.ids, ["anthropic", "amazon"]);
        assert_eq!(s.unknown, ["nope"]);
        assert!(!s.too_many && s.is_comparable());
        assert_eq!(s.to_query().to_query_string(), "c=anthropic,amazon");
    }

    #[test]
    fn more_than_five_keeps_the_first_five() {
        let s = select("c=openai,microsoft,google,amazon,anthropic,meta,apple");
        assert_eq!(s.ids.len(), MAX_COMPANIES);
        assert_eq!(s.ids[4], "anthropic");
        assert!(s.too_many && s.is_full());
        // Full: adding does nothing; removing makes room.
        assert_eq!(s.with("meta").ids, s.ids);
        let fewer = s.without("google");
        assert_eq!(fewer.ids, ["openai", "microsoft", "amazon", "anthropic"]);
        assert!(!fewer.too_many);
        assert_eq!(
            fewer.with("meta").ids.last().map(String::as_str),
            Some("meta")
        );
    }

    #[test]
    fn empty_or_single_selection_is_not_comparable() {
        assert!(!select("").is_comparable());
        assert!(!select("c=amazon").is_comparable());
        assert!(!select("c=nope,zilch").is_comparable());
    }

    #[test]
    fn scale_and_pair_round_trip_and_bad_values_are_dropped() {
        let s = select("c=amazon,anthropic&scale=per10k&pair=anthropic,amazon");
        assert_eq!(s.scale, Scale::Per10k);
        assert!(s.is_open("amazon", "anthropic"));
        assert_eq!(select(&s.to_query().to_query_string()), s);
        let bad = select("c=amazon,anthropic&scale=huge&pair=amazon,google");
        assert_eq!((bad.scale, bad.pair), (Scale::Raw, None));
        assert_eq!(select("c=amazon,anthropic&pair=amazon,amazon").pair, None);
        // Toggling the open cell closes it; removing one of its companies closes it too.
        assert_eq!(s.toggled_pair("amazon", "anthropic").pair, None);
        assert_eq!(s.without("amazon").pair, None);
        assert_eq!(
            s.with_scale(Scale::Raw).to_query().to_query_string(),
            "c=amazon,anthropic&pair=anthropic,amazon"
        );
    }

    #[test]
    fn columns_match_the_company_stats() {
        let (corpus, analysis) = real();
        let s = select("c=amazon,anthropic,google");
        let cmp = Comparison::build(analysis, corpus, &s);
        assert_eq!(cmp.columns.len(), 3);
        for col in &cmp.columns {
            let stats = analysis.companies.iter().find(|c| c.id == col.id).unwrap();
            assert_eq!(col.total, stats.mentions.total);
            assert_eq!(col.share, stats.mentions.share);
            assert_eq!(col.per_article.len(), corpus.articles.len());
            let sum: usize = col.per_article.iter().map(|b| b.count).sum();
            assert_eq!(sum, col.total);
            let ids: Vec<&str> = col.money.iter().map(|m| m.id.as_str()).collect();
            assert_eq!(
                ids,
                stats.money.iter().map(String::as_str).collect::<Vec<_>>()
            );
            assert!(col
                .money
                .iter()
                .all(|m| m.figure.entities.contains(&col.id)));
            assert!(col.terms.len() <= TERMS_SHOWN);
        }
        assert_eq!(
            cmp.columns[0].total, 122,
            "amazon's mentions in the bundled corpus"
        );
        assert_eq!(cmp.articles[0].lang, "zh-Hant");
        assert_eq!(cmp.articles[0].number, 1);
    }

    #[test]
    fn the_matrix_is_symmetric_with_an_empty_diagonal() {
        let (corpus, analysis) = real();
        let cmp = Comparison::build(
            analysis,
            corpus,
            &select("c=amazon,anthropic,google,openai"),
        );
        let m = &cmp.matrix;
        for i in 0..m.ids.len() {
            assert!(m.cells[i][i].is_none());
            for j in 0..m.ids.len() {
                assert_eq!(m.cells[i][j], m.cells[j][i]);
            }
        }
        let cell = m.cell("amazon", "anthropic").unwrap();
        let stats = analysis
            .companies
            .iter()
            .find(|c| c.id == "amazon")
            .unwrap();
        let expected = stats.cooccurs.iter().find(|o| o.id == "anthropic").unwrap();
        assert_eq!(cell.count, expected.count);
        assert_eq!(cell.sentences.len(), cell.count);
        assert!(cell.count > 0);
        assert!(m.cell("amazon", "amazon").is_none());
    }

    #[test]
    fn the_axis_holds_the_largest_bar_on_both_scales() {
        let (corpus, analysis) = real();
        for scale in [Scale::Raw, Scale::Per10k] {
            let mut s = select("c=amazon,openai");
            s.scale = scale;
            let cmp = Comparison::build(analysis, corpus, &s);
            let largest = cmp
                .columns
                .iter()
                .flat_map(|c| c.per_article.iter().map(|b| b.value(scale)))
                .fold(0.0, f64::max);
            assert!(
                cmp.axis.max >= largest && cmp.axis.max < largest * 2.5,
                "{largest} {:?}",
                cmp.axis
            );
        }
    }

    #[test]
    fn nice_axes() {
        assert_eq!(Axis::nice(48.0, 4, true).ticks, [0.0, 20.0, 40.0, 60.0]);
        assert_eq!(Axis::nice(91.97, 4, false).max, 100.0);
        assert_eq!(Axis::nice(3.0, 4, true).ticks, [0.0, 1.0, 2.0, 3.0]);
        assert_eq!(Axis::nice(0.0, 4, true).ticks, [0.0, 1.0]);
        assert_eq!(Axis::nice(2.0, 4, true).ticks, [0.0, 1.0, 2.0]);
        assert_eq!(Axis::nice(f64::NAN, 4, false).max, 1.0);
        assert_eq!(Axis::nice(0.7, 4, false).ticks, [0.0, 0.2, 0.4, 0.6, 0.8]);
        let a = Axis::nice(40.0, 4, true);
        assert_eq!(
            (a.fraction(20.0), a.fraction(-1.0), a.fraction(99.0)),
            (0.5, 0.0, 1.0)
        );
    }

    #[test]
    fn shares_read_as_percentages() {
        assert_eq!(percent(0.1173), "11.7%");
        assert_eq!(
            (Scale::Raw.format(48.0), Scale::Per10k.format(91.97)),
            ("48".into(), "92.0".into())
        );
        assert_eq!(
            (Scale::tick(20.0), Scale::tick(0.5)),
            ("20".into(), "0.5".into())
        );
    }

    #[test]
    fn the_table_has_a_row_per_fact() {
        let (corpus, analysis) = real();
        let cmp = Comparison::build(analysis, corpus, &select("c=amazon,anthropic"));
        let t = table(&cmp);
        assert_eq!(t.headers, TABLE_HEADERS);
        assert!(t.rows.iter().all(|r| r.len() == TABLE_HEADERS.len()));
        let rows = |metric: &'static str| t.rows.iter().filter(move |r| r[2] == metric);
        let totals: Vec<(&str, &str)> = rows("mentions")
            .filter(|r| r[3].is_empty())
            .map(|r| (r[0].as_str(), r[5].as_str()))
            .collect();
        assert_eq!(totals, [("amazon", "122"), ("anthropic", "94")]);
        assert_eq!(rows("mentions").count(), 2 * (corpus.articles.len() + 1));
        assert_eq!(rows("mentions_per_10k").count(), 2 * corpus.articles.len());
        let money_rows = rows("money").count();
        assert_eq!(
            money_rows,
            cmp.columns.iter().map(|c| c.money.len()).sum::<usize>()
        );
        let first = rows("money").next().unwrap();
        assert_eq!(
            (first[4].as_str(), first[5].as_str(), first[6].as_str()),
            ("amazon>anthropic", "4000000000", "USD")
        );
        assert!(first[7].starts_with("investment"));
        let co: Vec<&Vec<String>> = rows("cooccurrence").collect();
        assert_eq!(co.len(), 1);
        assert_eq!(co[0][4], "anthropic");
        assert_eq!(
            co[0][5],
            cmp.matrix
                .cell("amazon", "anthropic")
                .unwrap()
                .count
                .to_string()
        );
        assert!(super::super::table::to_json(&cmp).contains("\"matrix\""));
    }

    #[test]
    fn choices_and_suggestions_come_from_the_data() {
        let (_, analysis) = real();
        let c = choices(analysis);
        assert!(c.windows(2).all(|w| w[0].total >= w[1].total));
        assert!(c.iter().all(|x| x.total > 0));
        assert_eq!(c[0].id, "openai");
        let s = suggested(analysis);
        assert!(s.iter().all(|ids| ids.len() >= MIN_COMPANIES));
        assert!(s.contains(&vec!["microsoft".to_owned(), "openai".to_owned()]));
        assert!(s.contains(&vec!["amazon".to_owned(), "anthropic".to_owned()]));
    }

    #[test]
    fn bars_per_article_while_they_fit_then_over_time() {
        use ChartKind::{Articles, Time};
        let table: &[(Option<ChartKind>, usize, ChartKind)] = &[
            // The bundled corpus: five articles, a bar each.
            (None, 5, Articles),
            (None, PER_ARTICLE_MAX, Articles),
            (None, PER_ARTICLE_MAX + 1, Time),
            (None, 918, Time),
            // Over time can be asked for at any size; bars only while they fit.
            (Some(Time), 5, Time),
            (Some(Articles), 5, Articles),
            (Some(Articles), 918, Time),
            (None, 0, Articles),
        ];
        for &(asked, articles, want) in table {
            assert_eq!(
                ChartKind::fitting(asked, articles),
                want,
                "{asked:?} {articles}"
            );
        }
        assert!(ChartKind::choosable(5) && !ChartKind::choosable(PER_ARTICLE_MAX + 1));
    }

    #[test]
    fn chart_copies_and_longer_lists_round_trip_through_the_url() {
        let q = "c=amazon,anthropic&chart=time&copies=all&articles=amazon.10&money=anthropic.15&pair=amazon,anthropic&sentences=20";
        let s = select(q);
        assert_eq!(s.chart, Some(ChartKind::Time));
        assert_eq!(s.copies, Copies::All);
        assert_eq!(
            (s.articles.of("amazon"), s.articles.of("anthropic")),
            (10, 5)
        );
        assert_eq!(s.money.of("anthropic"), 15);
        assert_eq!(s.sentences, 20);
        assert_eq!(s.to_query().to_query_string(), q);
        assert_eq!(select(&s.to_query().to_query_string()), s);
        // Defaults stay out of the URL; bad values fall back to them.
        let bad = select("c=amazon,anthropic&chart=pie&copies=some&sentences=x");
        assert_eq!(
            (bad.chart, bad.copies, bad.sentences),
            (None, Copies::Once, 5)
        );
        assert_eq!(bad.to_query().to_query_string(), "c=amazon,anthropic");
        // Sentences belong to the open cell: none open, none kept.
        assert_eq!(select("c=amazon,anthropic&sentences=20").sentences, 5);
        // Actions: more, switches, and what removing a company or closing a cell resets.
        let more = s
            .more_articles("anthropic")
            .more_money("anthropic")
            .more_sentences();
        assert_eq!(more.articles.of("anthropic"), 10);
        assert_eq!(more.money.of("anthropic"), 20);
        assert_eq!(more.sentences, 25);
        assert_eq!(more.toggled_pair("amazon", "anthropic").sentences, 5);
        let without = more.without("anthropic");
        assert_eq!(
            (without.money.of("anthropic"), without.pair.is_none()),
            (5, true)
        );
        assert_eq!(s.with_copies(Copies::Once).copies, Copies::Once);
        assert_eq!(
            s.with_chart(ChartKind::Articles).chart,
            Some(ChartKind::Articles)
        );
    }

    #[test]
    fn articles_rank_by_mentions_then_corpus_order() {
        let bar = |article: &str, count| Bar {
            article: article.into(),
            count,
            per_10k: 0.0,
        };
        let per_article = [
            bar("a", 1),
            bar("b", 0),
            bar("c", 4),
            bar("d", 1),
            bar("e", 4),
        ];
        let order: Vec<String> = ranked(&per_article)
            .into_iter()
            .map(|b| b.article)
            .collect();
        assert_eq!(order, ["c", "e", "a", "d"], "no article without a mention");
        let (corpus, analysis) = real();
        let cmp = Comparison::build(analysis, corpus, &select("c=amazon,anthropic"));
        let ranked = &cmp.columns[0].ranked;
        assert!(ranked.windows(2).all(|w| w[0].count >= w[1].count));
        assert_eq!(
            ranked.iter().map(|b| b.count).sum::<usize>(),
            cmp.columns[0].total
        );
        assert_eq!(cmp.chart, ChartKind::Articles, "five articles: a bar each");
        assert_eq!(cmp.series.unit, Unit::Month, "August 2023 to October 2024");
        let line_total: usize = cmp.series.lines[0].counts.iter().sum();
        assert_eq!(
            line_total, cmp.columns[0].total,
            "every bundled article is dated"
        );
    }

    /// Three articles, the second a copy of the first: counted once, then every copy.
    #[test]
    fn a_reposted_story_counts_once_unless_every_copy_is_asked_for() {
        use crate::analysis::analyse;
        use crate::test_support::{article, segmenter};
        let story = "百度宣布向阿里巴巴投资10亿元，双方将合作开发大模型。百度表示，这次合作将加快文心大模型在企业中的应用。".repeat(3);
        let corpus = Corpus {
            articles: vec![
                article("a", "2024-04-01", &story),
                article("b", "2024-04-02", &story),
                article(
                    "c",
                    "2024-04-20",
                    "阿里巴巴宣布下调通义千问模型的调用价格，最高降幅达到百分之九十七。",
                ),
            ],
        };
        let analysis = analyse(&corpus, segmenter(), Registry::bundled());
        assert_eq!(analysis.copies(), std::collections::HashSet::from(["b"]));
        let once = Comparison::build(&analysis, &corpus, &select("c=baidu,alibaba"));
        let all = Comparison::build(&analysis, &corpus, &select("c=baidu,alibaba&copies=all"));
        assert_eq!((once.copies, all.copies), (Copies::Once, Copies::All));
        assert_eq!((once.copies_left_out, all.copies_left_out), (1, 0));
        let ids = |c: &Comparison| c.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            (ids(&once), ids(&all)),
            (
                vec!["a".to_owned(), "c".to_owned()],
                vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]
            )
        );
        let (baidu_once, baidu_all) = (&once.columns[0], &all.columns[0]);
        assert!(baidu_once.total > 0);
        assert_eq!(
            baidu_all.total,
            2 * baidu_once.total,
            "the copy doubles every count"
        );
        assert_eq!(baidu_once.per_article.len(), 2);
        assert_eq!(baidu_once.ranked.len(), 1, "only the original names Baidu");
        assert!(!baidu_once.money.is_empty());
        assert_eq!(baidu_all.money.len(), 2 * baidu_once.money.len());
        assert!(baidu_once.money.iter().all(|m| m.evidence.article != "b"));
        let pair = |c: &Comparison| c.matrix.cell("baidu", "alibaba").map_or(0, |c| c.count);
        assert!(pair(&once) > 0);
        assert_eq!(pair(&all), 2 * pair(&once));
        let count_of =
            |c: &Column, word: &str| c.terms.iter().find(|t| t.word == word).map(|t| t.count);
        if let Some(n) = count_of(baidu_once, "合作") {
            assert_eq!(
                count_of(baidu_all, "合作"),
                Some(2 * n),
                "terms count the copy too"
            );
        }
        // The series counts the same articles: one week, then the week of the 20th.
        assert_eq!(once.series.unit, Unit::Week);
        assert_eq!(
            once.series.lines[0].counts.iter().sum::<usize>(),
            baidu_once.total
        );
        assert_eq!(
            all.series.lines[0].counts.iter().sum::<usize>(),
            baidu_all.total
        );
        assert_eq!(once.series.articles, [1, 0, 1]);
        assert_eq!(all.series.articles, [2, 0, 1]);
        // Shares are taken over the counted mentions only.
        let shares: f64 = once.columns.iter().map(|c| c.share).sum();
        assert!((shares - 1.0).abs() < 1e-3, "{shares}");
    }
}
