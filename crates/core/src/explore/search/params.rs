//! The search view's state, as the URL carries it.

use super::index::Index;
use super::lines::Sort;
use super::matching::Match;
use super::page::COUNTS_FIRST;
use crate::explore::params::Query;

/// A positive number from the URL; 0 when absent or not a number.
fn number(query: &Query, key: &str) -> usize {
    query.get(key).and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// The search view's state, as the URL carries it: `q`, `m`, `sort`, `a`, `page`, `top`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params {
    /// The query as typed (`q`).
    pub q: String,
    /// Whole words, or anywhere (`m`: `words`, `anywhere`; `words` when absent or unknown).
    pub how: Match,
    /// Line order (`sort`: `article`, `left`, `right`; `article` when absent or unknown).
    pub sort: Sort,
    /// Articles the lines are limited to (`a`, comma-separated ids); all when empty.
    pub articles: Vec<String>,
    /// The page of lines, from 1 (`page`; 0 and 1 both mean the first).
    pub page: usize,
    /// Articles listed in the hits-per-article table (`top`; 0 means
    /// [`COUNTS_FIRST`](super::COUNTS_FIRST)).
    pub top: usize,
}

impl Params {
    /// Reads the view's state from the URL; unknown values fall back to the defaults.
    /// Article ids are kept as given: ids no article has simply select nothing
    /// (see [`Params::known_articles`]).
    pub fn from_query(query: &Query) -> Params {
        Params {
            q: query.get("q").unwrap_or_default().to_owned(),
            how: query.get("m").and_then(Match::parse).unwrap_or_default(),
            sort: query.get("sort").and_then(Sort::parse).unwrap_or_default(),
            articles: query.list("a"),
            page: number(query, "page"),
            top: number(query, "top"),
        }
    }

    /// The URL form; defaults are left out so links stay short.
    pub fn to_query(&self) -> Query {
        let mut query = Query::default();
        query.set("q", self.q.trim());
        if self.how != Match::default() {
            query.set("m", self.how.as_str());
        }
        if self.sort != Sort::default() {
            query.set("sort", self.sort.as_str());
        }
        query.set_list("a", &self.articles);
        if self.top > COUNTS_FIRST {
            query.set("top", self.top.to_string());
        }
        if self.page > 1 {
            query.set("page", self.page.to_string());
        }
        query
    }

    /// The same state on the first page of lines: what a new query, order, match or
    /// article filter shows.
    pub fn first_page(self) -> Params {
        Params { page: 0, ..self }
    }

    /// The same state on page `page` of the lines.
    pub fn on_page(&self, page: usize) -> Params {
        Params {
            page,
            ..self.clone()
        }
    }

    /// The same state with `top` articles in the hits-per-article table.
    pub fn with_top(&self, top: usize) -> Params {
        Params {
            top,
            ..self.clone()
        }
    }

    /// The article filter without ids the index doesn't have (a stale or mistyped link
    /// should not hide every hit).
    pub fn known_articles(&self, index: &Index) -> Vec<String> {
        self.articles
            .iter()
            .filter(|a| index.articles.iter().any(|x| x.id == **a))
            .cloned()
            .collect()
    }

    /// The same state with `article` added to or removed from the filter, on the first page.
    pub fn toggle_article(&self, article: &str) -> Params {
        let mut next = self.clone().first_page();
        if let Some(i) = next.articles.iter().position(|a| a == article) {
            next.articles.remove(i);
        } else {
            next.articles.push(article.to_owned());
        }
        next
    }
}
