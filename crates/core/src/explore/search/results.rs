//! Running a search: every hit of a query in the index, with counts per term and article.

use super::index::Index;
use super::lines::{make_hit, sort_hits, Hit, Sort};
use super::matching::{find_anywhere, find_in_paragraph, Match};
use super::query::{SearchQuery, Term};
use crate::corpus::Script;
use serde::{Deserialize, Serialize};

/// How many hits one article has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleCount {
    /// Article id.
    pub article: String,
    /// The article's title, in its own script.
    pub title: String,
    /// Its script (for the title's `lang`).
    pub script: Script,
    /// Hits of all terms in the article.
    pub count: usize,
    /// Whether its hits are among those listed (all are, unless the search is limited to
    /// some articles).
    pub selected: bool,
}

/// What a search found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Results {
    /// The query's terms.
    pub terms: Vec<Term>,
    /// The listed hits, in the requested order.
    pub hits: Vec<Hit>,
    /// Listed hits per term (same order as `terms`).
    pub per_term: Vec<usize>,
    /// Every article with hits, in corpus order, whether listed or not.
    pub per_article: Vec<ArticleCount>,
    /// Number of listed hits.
    pub total: usize,
}

/// Every hit of `query` in `index`, in the articles `only` (all when empty), ordered by `sort`.
/// Within one term, hits do not overlap; different terms may hit the same words.
pub fn search(
    index: &Index,
    query: &SearchQuery,
    how: Match,
    sort: Sort,
    only: &[String],
) -> Results {
    let mut hits = Vec::new();
    let mut per_article = Vec::new();
    for article in &index.articles {
        let selected = only.is_empty() || only.contains(&article.id);
        let mut found = Vec::new();
        for (p, para) in article.paragraphs.iter().enumerate() {
            for (t, term) in query.terms.iter().enumerate() {
                let spans = match how {
                    Match::Words => find_in_paragraph(para, &term.key),
                    Match::Anywhere => find_anywhere(para, &term.key),
                };
                for (start, end) in spans {
                    found.push(make_hit(&article.id, p, para, start, end, t));
                }
            }
        }
        let count = found.len();
        if selected {
            found.sort_by_key(|h| (h.start, h.term));
            hits.extend(found);
        }
        if count > 0 {
            per_article.push(ArticleCount {
                article: article.id.clone(),
                title: article.title.clone(),
                script: article.script,
                count,
                selected,
            });
        }
    }
    // Hits are in corpus order now; the other sorts are stable, so ties keep it.
    sort_hits(&mut hits, sort);
    let mut per_term = vec![0; query.terms.len()];
    for h in &hits {
        per_term[h.term] += 1;
    }
    Results {
        terms: query.terms.clone(),
        total: hits.len(),
        hits,
        per_term,
        per_article,
    }
}
