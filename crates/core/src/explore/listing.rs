//! The article lists (the home page's recent articles and the corpus table) at any size:
//! filtered, sorted, a reposted story folded into one row, and cut into pages.
//!
//! The views hand over the corpus once ([`items`]), then ask for one page at a time with the
//! state the address carries ([`Params`]); they draw only that page.

use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::explore::params::Query;
use crate::explore::search::match_key;
use crate::import::library::is_imported;
use std::cmp::Ordering;
use std::collections::HashMap;

/// Rows per page of the corpus table: a row is a few dozen elements, so a page stays far
/// under the views' budget of 3,000.
pub const PAGE_SIZE: usize = 25;

/// One article as the lists know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Article id.
    pub id: String,
    /// Headline, in the article's own script.
    pub title: String,
    /// Publisher (may be empty).
    pub publisher: String,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY` (empty when unknown).
    pub date: String,
    /// Characters of cleaned text.
    pub chars: usize,
    /// Whether the reader imported it (else it is bundled).
    pub yours: bool,
    /// Registry ids of the companies it names, in registry order.
    pub companies: Vec<String>,
    /// The story it belongs to, when it was published more than once: the index of the story
    /// in [`Analysis::reposts`], and whether this is the story's original.
    pub story: Option<(usize, bool)>,
    /// The title's match key (simplified, lowercased), for the title filter.
    title_key: String,
}

impl Item {
    /// An article published once, naming no company.
    pub fn new(id: &str, title: &str, publisher: &str, date: &str, chars: usize) -> Item {
        Item {
            id: id.to_owned(),
            title: title.to_owned(),
            publisher: publisher.to_owned(),
            date: date.to_owned(),
            chars,
            yours: is_imported(id),
            companies: Vec::new(),
            story: None,
            title_key: match_key(title),
        }
    }
}

/// Every article of `corpus`, in corpus order, with the companies it names and its story
/// from `analysis`.
pub fn items(corpus: &Corpus, analysis: &Analysis) -> Vec<Item> {
    let mut companies: HashMap<&str, Vec<String>> = HashMap::new();
    for company in &analysis.companies {
        for m in company.mentions.per_article.iter().filter(|m| m.count > 0) {
            companies
                .entry(m.article.as_str())
                .or_default()
                .push(company.id.clone());
        }
    }
    let mut stories: HashMap<&str, (usize, bool)> = HashMap::new();
    for (n, story) in analysis.reposts.iter().enumerate() {
        stories.insert(story.original.as_str(), (n, true));
        for copy in &story.copies {
            stories.insert(copy.article.as_str(), (n, false));
        }
    }
    corpus
        .articles
        .iter()
        .map(|a| {
            let m = &a.meta;
            let mut item = Item::new(&m.id, &m.title, &m.publisher, &m.date, a.char_len());
            item.companies = companies.remove(m.id.as_str()).unwrap_or_default();
            item.story = stories.get(m.id.as_str()).copied();
            item
        })
        .collect()
}

/// What a list is ordered by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    /// The library's order: the bundled articles, then the reader's in the order added.
    #[default]
    Order,
    /// Date.
    Date,
    /// Title (by its match key, so scripts and case sort together).
    Title,
    /// Publisher.
    Publisher,
    /// Length of the cleaned text.
    Length,
}

impl SortKey {
    /// Every key, in the order the table's columns show them.
    pub const ALL: [SortKey; 5] = [
        SortKey::Order,
        SortKey::Title,
        SortKey::Publisher,
        SortKey::Date,
        SortKey::Length,
    ];

    /// The URL value: `order`, `date`, `title`, `publisher`, `length`.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Order => "order",
            SortKey::Date => "date",
            SortKey::Title => "title",
            SortKey::Publisher => "publisher",
            SortKey::Length => "length",
        }
    }

    /// The key named by a URL value.
    pub fn parse(s: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The direction a first click sorts in: newest and longest first, names A–Z.
    pub fn first_descending(self) -> bool {
        matches!(self, SortKey::Date | SortKey::Length)
    }

    fn compare(self, a: &Item, b: &Item) -> Ordering {
        match self {
            SortKey::Order => Ordering::Equal,
            SortKey::Date => a.date.cmp(&b.date),
            SortKey::Title => a.title_key.cmp(&b.title_key),
            SortKey::Publisher => a.publisher.cmp(&b.publisher),
            SortKey::Length => a.chars.cmp(&b.chars),
        }
    }
}

/// Which articles a list shows by where they come from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Origin {
    /// All of them.
    #[default]
    All,
    /// Only the reader's own (`src=yours`).
    Yours,
    /// Only the bundled ones (`src=bundled`).
    Bundled,
}

impl Origin {
    /// Every choice, in the order a control offers them.
    pub const ALL: [Origin; 3] = [Origin::All, Origin::Yours, Origin::Bundled];

    /// The URL value (`all` is the default, left out of links).
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::All => "all",
            Origin::Yours => "yours",
            Origin::Bundled => "bundled",
        }
    }

    fn parse(s: &str) -> Option<Origin> {
        Origin::ALL.into_iter().find(|o| o.as_str() == s)
    }

    fn admits(self, item: &Item) -> bool {
        match self {
            Origin::All => true,
            Origin::Yours => item.yours,
            Origin::Bundled => !item.yours,
        }
    }
}

/// A list's state, as the address carries it:
/// `page`, `sort` (`-` in front for descending), `from`, `to`, `pub`, `co`, `src`, `q`, `copies`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    /// The page, from 1 (`page`; 1 when absent; past the last means the last).
    pub page: usize,
    /// Sort key (`sort=date`).
    pub sort: SortKey,
    /// Descending (`sort=-date`).
    pub descending: bool,
    /// Earliest date shown, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`from`; empty: no limit).
    pub from: String,
    /// Latest date shown, same forms (`to`; empty: no limit).
    pub to: String,
    /// Only this publisher (`pub`; empty: all).
    pub publisher: String,
    /// Only articles naming this company, by registry id (`co`; empty: all).
    pub company: String,
    /// Bundled, yours, or both (`src`).
    pub origin: Origin,
    /// Only titles containing every word of this, in either script and any case (`q`).
    pub title: String,
    /// Every copy of a story as its own row (`copies=all`); by default a story is one row.
    pub every_copy: bool,
}

impl Default for Params {
    /// The first page of every article in the library's order, a story as one row.
    fn default() -> Params {
        Params {
            page: 1,
            sort: SortKey::default(),
            descending: false,
            from: String::new(),
            to: String::new(),
            publisher: String::new(),
            company: String::new(),
            origin: Origin::default(),
            title: String::new(),
            every_copy: false,
        }
    }
}

impl Params {
    /// Reads the state from the address; unknown or malformed values fall back to the
    /// defaults.
    pub fn from_query(query: &Query) -> Params {
        let sort = query.get("sort").unwrap_or_default();
        let (descending, key) = match sort.strip_prefix('-') {
            Some(key) => (true, key),
            None => (false, sort),
        };
        let sort = SortKey::parse(key).unwrap_or_default();
        let date = |k| {
            query
                .get(k)
                .filter(|d| is_date(d))
                .unwrap_or_default()
                .to_owned()
        };
        Params {
            page: query
                .get("page")
                .and_then(|p| p.parse().ok())
                .unwrap_or(1)
                .max(1),
            sort,
            descending: descending && sort != SortKey::Order,
            from: date("from"),
            to: date("to"),
            publisher: query.get("pub").unwrap_or_default().to_owned(),
            company: query.get("co").unwrap_or_default().to_owned(),
            origin: query.get("src").and_then(Origin::parse).unwrap_or_default(),
            title: query.get("q").unwrap_or_default().to_owned(),
            every_copy: query.get("copies") == Some("all"),
        }
    }

    /// The address form; defaults are left out, so the plain list is the plain path.
    pub fn to_query(&self) -> Query {
        let mut query = Query::default();
        query.set("q", self.title.trim());
        if self.sort != SortKey::Order {
            let dash = if self.descending { "-" } else { "" };
            query.set("sort", format!("{dash}{}", self.sort.as_str()));
        }
        query.set("from", self.from.as_str());
        query.set("to", self.to.as_str());
        query.set("pub", self.publisher.as_str());
        query.set("co", self.company.as_str());
        if self.origin != Origin::All {
            query.set("src", self.origin.as_str());
        }
        if self.every_copy {
            query.set("copies", "all");
        }
        if self.page > 1 {
            query.set("page", self.page.to_string());
        }
        query
    }

    /// Sorted by `key`: a second click on the same key turns the order round; a new key
    /// starts in its natural direction. Back to the first page.
    pub fn sorted_by(&self, key: SortKey) -> Params {
        let descending = if self.sort == key {
            key != SortKey::Order && !self.descending
        } else {
            key.first_descending()
        };
        Params {
            sort: key,
            descending,
            page: 1,
            ..self.clone()
        }
    }

    /// The same state on page `page`.
    pub fn on_page(&self, page: usize) -> Params {
        Params {
            page: page.max(1),
            ..self.clone()
        }
    }

    /// The same list without any filter (sort and the copies switch kept).
    pub fn unfiltered(&self) -> Params {
        Params {
            sort: self.sort,
            descending: self.descending,
            every_copy: self.every_copy,
            ..Params::default()
        }
    }

    /// Whether any filter is set.
    pub fn is_filtered(&self) -> bool {
        !self.from.is_empty()
            || !self.to.is_empty()
            || !self.publisher.is_empty()
            || !self.company.is_empty()
            || self.origin != Origin::All
            || !self.title.trim().is_empty()
    }

    /// Whether `item` passes every filter.
    pub fn admits(&self, item: &Item) -> bool {
        let date_ok = (self.from.is_empty() && self.to.is_empty())
            || (!item.date.is_empty()
                && (self.from.is_empty() || !date_before(&item.date, &self.from))
                && (self.to.is_empty() || !date_before(&self.to, &item.date)));
        date_ok
            && (self.publisher.is_empty() || item.publisher == self.publisher)
            && (self.company.is_empty() || item.companies.contains(&self.company))
            && self.origin.admits(item)
            && self
                .title
                .split_whitespace()
                .all(|word| item.title_key.contains(&match_key(word)))
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, digits where digits go.
fn is_date(s: &str) -> bool {
    let digits = |part: &str, n: usize| part.len() == n && part.bytes().all(|b| b.is_ascii_digit());
    let mut parts = s.split('-');
    let year = parts.next().is_some_and(|y| digits(y, 4));
    let rest: Vec<&str> = parts.collect();
    year && rest.len() <= 2 && rest.iter().all(|p| digits(p, 2))
}

/// Whether date `a` ends before date `b` starts, at the precision both have: `2024-04` is not
/// before `2024-04-15`, and `2024` is within `2024-07`.
fn date_before(a: &str, b: &str) -> bool {
    let n = a.len().min(b.len());
    a[..n] < b[..n]
}

/// One row of a list: an article, and the other articles of its story folded under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The article shown (index into the items): the story's original when it passes the
    /// filters, else the first of its copies that does.
    pub item: usize,
    /// The story's other articles that pass the filters, in corpus order (none when every copy
    /// is its own row).
    pub copies: Vec<usize>,
}

/// One page of a list, and how big the whole is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// The rows of this page.
    pub rows: Vec<Listed>,
    /// This page, from 1 (the asked one, or the last if it asked past the end).
    pub page: usize,
    /// Pages in all (at least 1).
    pub pages: usize,
    /// Rows in all pages.
    pub total_rows: usize,
    /// Articles that pass the filters, copies included.
    pub matched: usize,
    /// Articles in the library.
    pub all: usize,
}

/// The page `params` asks for of `items`, `per_page` rows a page.
pub fn list(items: &[Item], params: &Params, per_page: usize) -> Listing {
    let per_page = per_page.max(1);
    let mut matched: Vec<usize> = (0..items.len())
        .filter(|&i| params.admits(&items[i]))
        .collect();
    // Stable: ties keep the library's order.
    matched.sort_by(|&a, &b| {
        let order = params.sort.compare(&items[a], &items[b]);
        if params.descending {
            order.reverse()
        } else {
            order
        }
    });
    let rows = if params.every_copy {
        matched
            .iter()
            .map(|&item| Listed {
                item,
                copies: Vec::new(),
            })
            .collect()
    } else {
        fold_stories(items, &matched)
    };
    let pages = rows.len().div_ceil(per_page).max(1);
    let page = params.page.clamp(1, pages);
    let total_rows = rows.len();
    Listing {
        rows: rows
            .into_iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .collect(),
        page,
        pages,
        total_rows,
        matched: matched.len(),
        all: items.len(),
    }
}

/// One row per story among `sorted` (indices of the articles shown, in list order): at the
/// place of its original when the original is shown, else of its first copy shown.
fn fold_stories(items: &[Item], sorted: &[usize]) -> Vec<Listed> {
    let mut shown_by_story: HashMap<usize, usize> = HashMap::new();
    for &i in sorted {
        if let Some((story, original)) = items[i].story {
            let entry = shown_by_story.entry(story).or_insert(i);
            if original {
                *entry = i;
            }
        }
    }
    let mut copies: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in sorted {
        if let Some((story, _)) = items[i].story {
            let shown = shown_by_story[&story];
            if shown != i {
                copies.entry(shown).or_default().push(i);
            }
        }
    }
    sorted
        .iter()
        .filter(|&&i| {
            items[i]
                .story
                .is_none_or(|(story, _)| shown_by_story[&story] == i)
        })
        .map(|&item| {
            let mut copies = copies.remove(&item).unwrap_or_default();
            copies.sort_unstable();
            Listed { item, copies }
        })
        .collect()
}

/// The publishers of `items` with how many articles each has, most first (ties by name);
/// articles without one are left out.
pub fn publishers(items: &[Item]) -> Vec<(String, usize)> {
    tally(items.iter().map(|i| i.publisher.as_str()))
}

/// The companies `items` name (registry ids) with how many articles name each, most first
/// (ties by id).
pub fn companies(items: &[Item]) -> Vec<(String, usize)> {
    tally(
        items
            .iter()
            .flat_map(|i| i.companies.iter().map(String::as_str)),
    )
}

fn tally<'a>(values: impl Iterator<Item = &'a str>) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for v in values.filter(|v| !v.is_empty()) {
        *counts.entry(v).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> =
        counts.into_iter().map(|(v, n)| (v.to_owned(), n)).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// What the home page says of the library in numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles in all.
    pub articles: usize,
    /// Stories: articles with every copy of a reposted story counted once.
    pub stories: usize,
    /// The reader's own articles.
    pub yours: usize,
    /// Publishers.
    pub publishers: usize,
    /// The earliest and latest dates (empty when no article is dated).
    pub first: String,
    /// See `first`.
    pub last: String,
}

/// The library in numbers.
pub fn summary(items: &[Item]) -> Summary {
    let dates = items
        .iter()
        .map(|i| i.date.as_str())
        .filter(|d| !d.is_empty());
    Summary {
        articles: items.len(),
        stories: items
            .iter()
            .filter(|i| !matches!(i.story, Some((_, false))))
            .count(),
        yours: items.iter().filter(|i| i.yours).count(),
        publishers: publishers(items).len(),
        first: dates.clone().min().unwrap_or_default().to_owned(),
        last: dates.max().unwrap_or_default().to_owned(),
    }
}

#[cfg(test)]
mod tests;
