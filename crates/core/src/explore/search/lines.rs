//! Keyword-in-context lines: a hit with its context, and the orders lines are listed in.

use super::index::IndexedParagraph;
use super::key::match_key;
use serde::{Deserialize, Serialize};

/// Characters of context shown on each side of a hit (within its paragraph).
pub const CONTEXT_CHARS: usize = 24;

/// How hit lines are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Corpus order, then position in the article.
    #[default]
    Article,
    /// By the context to the left of the hit, read leftwards from the hit.
    Left,
    /// By the context to the right of the hit.
    Right,
}

impl Sort {
    /// Every sort, in the order a control offers them.
    pub const ALL: [Sort; 3] = [Sort::Article, Sort::Left, Sort::Right];

    /// The URL value: `article`, `left`, `right`.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Article => "article",
            Sort::Left => "left",
            Sort::Right => "right",
        }
    }

    /// The sort named by a URL value; `None` for anything else.
    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// One keyword-in-context line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    /// Article id.
    pub article: String,
    /// Paragraph index in the article, from 0 (the reader's `#p<N>`).
    pub paragraph: usize,
    /// First char of the hit in the article's cleaned text.
    pub start: usize,
    /// One past the hit's last char in the article's cleaned text.
    pub end: usize,
    /// Which term of the query matched (index into [`SearchQuery::terms`](super::SearchQuery::terms)).
    pub term: usize,
    /// Up to [`CONTEXT_CHARS`] chars before the hit, within its paragraph, as written.
    pub left: String,
    /// The hit as written in the article (traditional stays traditional).
    pub keyword: String,
    /// Up to [`CONTEXT_CHARS`] chars after the hit, within its paragraph, as written.
    pub right: String,
}

impl Hit {
    /// The reader's address for this hit: `/read/<address>?s=<start>-<end>#p<paragraph>`.
    pub fn evidence_path(&self) -> String {
        crate::explore::reader::evidence_path(&self.article, self.paragraph, [self.start, self.end])
    }
}

/// Orders hits (stably) by `sort`; [`Sort::Article`] leaves them as they are.
pub(super) fn sort_hits(hits: &mut [Hit], sort: Sort) {
    match sort {
        Sort::Article => {}
        Sort::Left => hits.sort_by_cached_key(|h| {
            let left: String = match_key(&h.left).chars().rev().collect();
            (left, match_key(&h.keyword))
        }),
        Sort::Right => hits.sort_by_cached_key(|h| (match_key(&h.right), match_key(&h.keyword))),
    }
}

/// The line of the hit at chars `start..end` of paragraph `p`, for query term `term`.
pub(super) fn make_hit(
    article: &str,
    p: usize,
    para: &IndexedParagraph,
    start: usize,
    end: usize,
    term: usize,
) -> Hit {
    let slice = |a: usize, b: usize| para.chars[a..b].iter().collect::<String>();
    Hit {
        article: article.to_owned(),
        paragraph: p,
        start: para.offset + start,
        end: para.offset + end,
        term,
        left: slice(start.saturating_sub(CONTEXT_CHARS), start),
        keyword: slice(start, end),
        right: slice(end, (end + CONTEXT_CHARS).min(para.chars.len())),
    }
}
