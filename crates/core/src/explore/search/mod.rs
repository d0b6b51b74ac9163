//! Corpus search: segmented, across scripts, with keyword-in-context lines.
//!
//! The index holds every paragraph cut by the same [`Segmenter`](crate::segment::Segmenter)
//! as the reader, with a *match key* per paragraph: its text folded to simplified script and
//! ASCII, lowercased, with spacing normalised (see [`match_key`]). A query term is cut and keyed the same way
//! and matches wherever its key appears in a paragraph's key starting at the start of a word
//! token and ending at the end of one. So 亚马逊 finds 亞馬遜, `openai` finds `OpenAI`,
//! `人工智能` matches whether the corpus cut it as one token or as 人工 + 智能, and 智能 alone
//! does not match inside 人工智能 (a hit is whole words). [`Match::Anywhere`] drops the
//! word boundaries for readers who want every occurrence of a string: 亚马逊 then also
//! finds 亚马逊云科技, which the segmenter keeps as one name.
//!
//! One module per step: match keys (`key`), the index (`index`), query parsing (`query`),
//! matching (`matching`), keyword-in-context lines and their order (`lines`), running a
//! search (`results`), what one screen shows of it (`page`), the view's URL state (`params`) and its downloads (`download`).

mod download;
mod index;
mod key;
mod lines;
mod matching;
mod page;
mod params;
mod query;
mod results;

pub use download::{table, to_json, COLUMNS};
pub use index::{Index, IndexedArticle};
pub use key::match_key;
pub use lines::{Hit, Sort, CONTEXT_CHARS};
pub use matching::Match;
pub use page::{
    lines_page, top_counts, LinesPage, TopCounts, COUNTS_FIRST, COUNTS_MAX, COUNTS_MORE,
    LINES_PER_PAGE,
};
pub use params::Params;
pub use query::{SearchQuery, Term, MAX_QUERY_CHARS, MAX_TERMS};
pub use results::{search, ArticleCount, Results};

#[cfg(test)]
mod tests;
