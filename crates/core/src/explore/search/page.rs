//! What one screen of results shows: a page of the lines, and the articles with the most hits
//! (the rest behind "more"). The downloads keep every hit; only the page is drawn.

use super::lines::Hit;
use super::results::ArticleCount;

/// Lines per page: a line is nine elements, so a page of them stays well under the views'
/// budget of 3,000.
pub const LINES_PER_PAGE: usize = 250;

/// Articles in the hits-per-article table before "more" is pressed.
pub const COUNTS_FIRST: usize = 10;

/// Articles each "more" adds.
pub const COUNTS_MORE: usize = 20;

/// The most articles the table lists (the page's budget); past it a note says how many more
/// articles have hits.
pub const COUNTS_MAX: usize = 50;

/// One page of the lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinesPage<'a> {
    /// The lines of this page.
    pub hits: &'a [Hit],
    /// This page, from 1 (the asked one, or the last if it asked past the end).
    pub page: usize,
    /// Pages in all (at least 1).
    pub pages: usize,
    /// The number of the page's first line among all, from 1 (0 when there are none).
    pub first: usize,
}

/// The articles the hits-per-article table lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopCounts<'a> {
    /// The articles with the most hits (ties in corpus order), then any article the lines
    /// are limited to that is not among them.
    pub rows: Vec<&'a ArticleCount>,
    /// Articles with hits that are not listed.
    pub hidden: usize,
    /// How many "more" lists (`None` when everything is listed or the table is full).
    pub more: Option<usize>,
}

/// Page `page` (from 1; 0 is 1, past the end the last) of `hits` (a search's
/// [`Results::hits`](super::Results::hits)).
pub fn lines_page(hits: &[Hit], page: usize) -> LinesPage<'_> {
    let pages = hits.len().div_ceil(LINES_PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let start = (page - 1) * LINES_PER_PAGE;
    let shown = &hits[start..(start + LINES_PER_PAGE).min(hits.len())];
    LinesPage {
        hits: shown,
        page,
        pages,
        first: if shown.is_empty() { 0 } else { start + 1 },
    }
}

/// The `shown` articles of `per_article` (a search's
/// [`Results::per_article`](super::Results::per_article)) with the most hits (0 means
/// [`COUNTS_FIRST`]; never more than [`COUNTS_MAX`]); an article the lines are limited to is
/// always listed, so its button can be released.
pub fn top_counts(per_article: &[ArticleCount], shown: usize) -> TopCounts<'_> {
    let shown = if shown == 0 { COUNTS_FIRST } else { shown }.min(COUNTS_MAX);
    let mut ranked: Vec<&ArticleCount> = per_article.iter().collect();
    // Stable: ties keep corpus order.
    ranked.sort_by_key(|c| std::cmp::Reverse(c.count));
    let filtering = per_article.iter().any(|c| !c.selected);
    let mut rows: Vec<&ArticleCount> = ranked.iter().take(shown).copied().collect();
    if filtering {
        let pressed = ranked.iter().skip(shown).filter(|c| c.selected);
        rows.extend(pressed.copied());
    }
    let hidden = per_article.len() - rows.len();
    let more = (hidden > 0 && shown < COUNTS_MAX).then(|| (shown + COUNTS_MORE).min(COUNTS_MAX));
    TopCounts { rows, hidden, more }
}
