//! The downloads of a search: its hits as a CSV table and as a JSON document.

use super::lines::{Hit, Sort};
use super::matching::Match;
use super::params::Params;
use super::query::Term;
use super::results::Results;
use crate::explore::table::{self, Table};
use serde::Serialize;

/// Column names of the CSV download.
pub const COLUMNS: [&str; 9] = [
    "article",
    "paragraph",
    "start",
    "end",
    "term",
    "left",
    "keyword",
    "right",
    "evidence",
];

/// The hits as a table: one row per listed hit, in the listed order.
pub fn table(results: &Results) -> Table {
    let mut t = Table::new(&COLUMNS);
    for h in &results.hits {
        let term = results.terms.get(h.term).map_or("", |t| t.text.as_str());
        t.push(vec![
            h.article.clone(),
            h.paragraph.to_string(),
            h.start.to_string(),
            h.end.to_string(),
            term.to_owned(),
            h.left.clone(),
            h.keyword.clone(),
            h.right.clone(),
            h.evidence_path(),
        ]);
    }
    t
}

/// The JSON download: `{view, query, match, sort, articles, terms, total, per_term,
/// per_article, hits}`.
#[derive(Debug, Serialize)]
struct Document<'a> {
    view: &'static str,
    query: &'a str,
    #[serde(rename = "match")]
    how: Match,
    sort: Sort,
    articles: &'a [String],
    terms: &'a [Term],
    total: usize,
    per_term: &'a [usize],
    per_article: Vec<JsonCount<'a>>,
    hits: Vec<JsonHit<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonCount<'a> {
    article: &'a str,
    count: usize,
    listed: bool,
}

#[derive(Debug, Serialize)]
struct JsonHit<'a> {
    #[serde(flatten)]
    hit: &'a Hit,
    evidence: String,
}

/// The search as a JSON document (see the field list on the type's serialisation).
pub fn to_json(params: &Params, results: &Results) -> String {
    table::to_json(&Document {
        view: "search",
        query: params.q.trim(),
        how: params.how,
        sort: params.sort,
        articles: &params.articles,
        terms: &results.terms,
        total: results.total,
        per_term: &results.per_term,
        per_article: results
            .per_article
            .iter()
            .map(|c| JsonCount {
                article: &c.article,
                count: c.count,
                listed: c.selected,
            })
            .collect(),
        hits: results
            .hits
            .iter()
            .map(|hit| JsonHit {
                hit,
                evidence: hit.evidence_path(),
            })
            .collect(),
    })
}
