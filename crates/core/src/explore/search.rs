//! Corpus search: segmented, across scripts, with keyword-in-context lines.
//!
//! The index holds every paragraph cut by the same [`Segmenter`] as the reader, with a
//! *match key* per paragraph: its text folded to simplified script and ASCII, lowercased,
//! with spacing normalised (see [`match_key`]). A query term is cut and keyed the same way
//! and matches wherever its key appears in a paragraph's key starting at the start of a word
//! token and ending at the end of one. So 亚马逊 finds 亞馬遜, `openai` finds `OpenAI`,
//! `人工智能` matches whether the corpus cut it as one token or as 人工 + 智能, and 智能 alone
//! does not match inside 人工智能 (a hit is whole words). [`Match::Anywhere`] drops the
//! word boundaries for readers who want every occurrence of a string: 亚马逊 then also
//! finds 亚马逊云科技, which the segmenter keeps as one name.

use crate::corpus::{Corpus, Script};
use crate::explore::params::Query;
use crate::explore::table::{self, Table};
use crate::extract::fold;
use crate::normalize::is_han;
use crate::registry::is_name_dot;
use crate::segment::{Segmenter, Token};
use serde::Serialize;

/// Characters of context shown on each side of a hit (within its paragraph).
pub const CONTEXT_CHARS: usize = 24;
/// Longest query read, in chars; the rest is ignored (and [`SearchQuery::truncated`] says so).
pub const MAX_QUERY_CHARS: usize = 200;
/// Most terms a query may have; further ones are ignored.
pub const MAX_TERMS: usize = 12;

/// The corpus cut into words, for search.
#[derive(Debug, Clone, Default)]
pub struct Index {
    articles: Vec<IndexedArticle>,
}

/// One article's paragraphs, keyed: a piece of an [`Index`].
#[derive(Debug, Clone)]
pub struct IndexedArticle {
    id: String,
    title: String,
    script: Script,
    paragraphs: Vec<IndexedParagraph>,
}

/// One paragraph: its text, where it starts in the article, its key and word boundaries.
#[derive(Debug, Clone)]
struct IndexedParagraph {
    /// Char offset of the paragraph's first char in the article's text.
    offset: usize,
    /// The paragraph as written, as chars (context slices by char).
    chars: Vec<char>,
    /// The match key of the whole paragraph.
    key: String,
    /// The word tokens, in order.
    words: Vec<KeyedWord>,
    /// Every token with a key (punctuation too), in order: maps key bytes back to chars for
    /// matches that ignore word boundaries.
    tokens: Vec<KeyedWord>,
}

/// A word token: its chars in the paragraph and its bytes in the paragraph's key.
#[derive(Debug, Clone, Copy)]
struct KeyedWord {
    start: usize,
    end: usize,
    key_start: usize,
    key_end: usize,
}

impl Index {
    /// Segments every paragraph of `corpus` (whole paragraphs: the segmenter decides
    /// ambiguous names from their context).
    pub fn build(corpus: &Corpus, segmenter: &Segmenter) -> Index {
        let articles = corpus
            .articles
            .iter()
            .map(|article| {
                let lines = crate::analysis::reading::segment_lines(&article.text, segmenter);
                IndexedArticle::new(article, &lines)
            })
            .collect();
        Index { articles }
    }

    /// An index of articles indexed one by one ([`IndexedArticle::new`]), in corpus order.
    pub fn from_articles(articles: Vec<IndexedArticle>) -> Index {
        Index { articles }
    }

    /// The indexed articles as `(id, title, script)`, in corpus order.
    pub fn articles(&self) -> impl Iterator<Item = (&str, &str, Script)> {
        self.articles
            .iter()
            .map(|a| (a.id.as_str(), a.title.as_str(), a.script))
    }
}

impl IndexedArticle {
    /// Indexes an article already cut into tokens, one list per line of its text
    /// ([`crate::analysis::reading::segment_lines`]).
    pub fn new(article: &crate::Article, lines: &[Vec<Token>]) -> IndexedArticle {
        let mut paragraphs = Vec::new();
        let mut offset = 0;
        // Paragraphs are the non-empty lines; offsets count the `\n`s between them.
        for (line, tokens) in article.text.split('\n').zip(lines) {
            let len = line.chars().count();
            if !line.is_empty() {
                paragraphs.push(index_paragraph(line, offset, tokens));
            }
            offset += len + 1;
        }
        IndexedArticle {
            id: article.meta.id.clone(),
            title: article.meta.title.clone(),
            script: article.meta.script,
            paragraphs,
        }
    }
}

fn index_paragraph(text: &str, offset: usize, tokens: &[Token]) -> IndexedParagraph {
    let keyed = key_tokens(tokens);
    let mut words = Vec::new();
    let mut keyed_tokens = Vec::new();
    let mut pos = 0;
    for (token, span) in tokens.iter().zip(&keyed.spans) {
        let len = token.text.chars().count();
        if span.0 < span.1 {
            let keyed_word = KeyedWord {
                start: pos,
                end: pos + len,
                key_start: span.0,
                key_end: span.1,
            };
            keyed_tokens.push(keyed_word);
            if token.is_word() {
                words.push(keyed_word);
            }
        }
        pos += len;
    }
    IndexedParagraph {
        offset,
        chars: text.chars().collect(),
        key: keyed.key,
        words,
        tokens: keyed_tokens,
    }
}

/// A run of tokens keyed: the key of the whole and each token's byte span in it.
struct Keyed {
    key: String,
    spans: Vec<(usize, usize)>,
}

/// Letters and digits that are not Han: a space between two of them separates words
/// (`Hugging Face`); anywhere else (`生成式 AI`) it is only typography.
fn latin_like(c: char) -> bool {
    c.is_alphanumeric() && !is_han(c)
}

/// Keys tokens in one pass so a space token's meaning can depend on its neighbours.
fn key_tokens(tokens: &[Token]) -> Keyed {
    let mut key = String::new();
    let mut spans = Vec::with_capacity(tokens.len());
    let mut pending_space = false;
    for token in tokens {
        let mut start = None;
        for c in fold(&token.simplified).chars() {
            if c.is_whitespace() {
                pending_space = true;
                continue;
            }
            let c = if is_name_dot(c) { '·' } else { c };
            let keep_space =
                pending_space && key.chars().next_back().is_some_and(latin_like) && latin_like(c);
            pending_space = false;
            if keep_space {
                key.push(' ');
            }
            start.get_or_insert(key.len());
            key.extend(c.to_lowercase());
        }
        let end = key.len();
        spans.push((start.unwrap_or(end), end));
    }
    Keyed { key, spans }
}

/// The match key of a text on its own (no segmenter needed): folded to simplified script and
/// ASCII, lowercased, spaces kept only between two Latin letters or digits. Two texts that
/// should match each other have the same key.
pub fn match_key(text: &str) -> String {
    let token = Token {
        text: text.to_owned(),
        simplified: crate::normalize::to_simplified(text),
        kind: crate::segment::TokenKind::Word,
    };
    key_tokens(std::slice::from_ref(&token)).key
}

/// One term of a query: a word or a quoted phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Term {
    /// The term as typed (without its quotes).
    pub text: String,
    /// The words the segmenter cuts it into, as typed.
    pub words: Vec<String>,
    /// Whether it was quoted.
    pub phrase: bool,
    /// What it matches: see [`match_key`].
    #[serde(skip)]
    pub key: String,
}

/// A parsed query: its terms, each giving its own hits (a hit of any term is shown).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SearchQuery {
    /// The terms, without duplicates (亚马逊 and 亞馬遜 are one term), at most [`MAX_TERMS`].
    pub terms: Vec<Term>,
    /// True when the query was longer than [`MAX_QUERY_CHARS`] or had more than
    /// [`MAX_TERMS`] terms, and the rest was ignored.
    pub truncated: bool,
}

/// Opening quote marks and the closing mark each expects.
const QUOTES: [(char, char); 4] = [('"', '"'), ('“', '”'), ('「', '」'), ('『', '』')];

/// What separates unquoted terms besides white space (people type 亚马逊，微软).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | '，' | '、' | ';' | '；')
}

/// Splits a query into `(text, quoted)` pieces. An unclosed quote runs to the end.
fn split_terms(q: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut chars = q.chars().peekable();
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<(String, bool)>| {
        if !current.trim().is_empty() {
            out.push((current.trim().to_owned(), false));
        }
        current.clear();
    };
    while let Some(c) = chars.next() {
        if let Some(&(_, close)) = QUOTES.iter().find(|(open, _)| *open == c) {
            flush(&mut current, &mut out);
            let phrase: String = chars.by_ref().take_while(|&d| d != close).collect();
            if !phrase.trim().is_empty() {
                out.push((phrase.trim().to_owned(), true));
            }
        } else if is_separator(c) {
            flush(&mut current, &mut out);
        } else {
            current.push(c);
        }
    }
    flush(&mut current, &mut out);
    out
}

impl SearchQuery {
    /// Parses what a person typed: terms separated by spaces (or commas), `"quoted phrases"`
    /// (also “…” and 「…」) as one term. Each term is cut by `segmenter`, as the corpus was;
    /// leading and trailing punctuation is dropped, and a term with no word at all is ignored.
    pub fn parse(q: &str, segmenter: &Segmenter) -> SearchQuery {
        let mut truncated = q.chars().count() > MAX_QUERY_CHARS;
        let q: String = q.chars().take(MAX_QUERY_CHARS).collect();
        let mut terms: Vec<Term> = Vec::new();
        for (text, phrase) in split_terms(&q) {
            let tokens = segmenter.tokens(&text);
            let (Some(first), Some(last)) = (
                tokens.iter().position(Token::is_word),
                tokens.iter().rposition(Token::is_word),
            ) else {
                continue;
            };
            let tokens = &tokens[first..=last];
            let key = key_tokens(tokens).key;
            if key.is_empty() || terms.iter().any(|t| t.key == key) {
                continue;
            }
            if terms.len() == MAX_TERMS {
                truncated = true;
                break;
            }
            terms.push(Term {
                text: tokens.iter().map(|t| t.text.as_str()).collect(),
                words: tokens
                    .iter()
                    .filter(|t| t.is_word())
                    .map(|t| t.text.clone())
                    .collect(),
                phrase,
                key,
            });
        }
        SearchQuery { terms, truncated }
    }

    /// True when there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Where a term may match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Match {
    /// Whole words only: the hit starts and ends at word boundaries.
    #[default]
    Words,
    /// Anywhere, inside words too (亚马逊 in 亚马逊云科技).
    Anywhere,
}

impl Match {
    /// The URL value (`m`): `words` or `anywhere`.
    pub fn as_str(self) -> &'static str {
        match self {
            Match::Words => "words",
            Match::Anywhere => "anywhere",
        }
    }

    /// The mode named by a URL value; `None` for anything else.
    pub fn parse(s: &str) -> Option<Match> {
        [Match::Words, Match::Anywhere]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

/// How hit lines are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hit {
    /// Article id.
    pub article: String,
    /// Paragraph index in the article, from 0 (the reader's `#p<N>`).
    pub paragraph: usize,
    /// First char of the hit in the article's cleaned text.
    pub start: usize,
    /// One past the hit's last char in the article's cleaned text.
    pub end: usize,
    /// Which term of the query matched (index into [`SearchQuery::terms`]).
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
        super::reader::evidence_path(&self.article, self.paragraph, [self.start, self.end])
    }
}

/// How many hits one article has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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

/// Orders hits (stably) by `sort`; [`Sort::Article`] leaves them as they are.
fn sort_hits(hits: &mut [Hit], sort: Sort) {
    match sort {
        Sort::Article => {}
        Sort::Left => hits.sort_by_cached_key(|h| {
            let left: String = match_key(&h.left).chars().rev().collect();
            (left, match_key(&h.keyword))
        }),
        Sort::Right => hits.sort_by_cached_key(|h| (match_key(&h.right), match_key(&h.keyword))),
    }
}

/// Char spans (in the paragraph) of the non-overlapping whole-word matches of `key`.
fn find_in_paragraph(para: &IndexedParagraph, key: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if key.is_empty() {
        return out;
    }
    let mut i = 0;
    while i < para.words.len() {
        let first = para.words[i];
        let end_byte = first.key_start + key.len();
        let matches = para
            .key
            .get(first.key_start..end_byte)
            .is_some_and(|s| s == key);
        let last = matches
            .then(|| {
                para.words[i..]
                    .binary_search_by_key(&end_byte, |w| w.key_end)
                    .ok()
            })
            .flatten();
        match last {
            Some(j) => {
                out.push((first.start, para.words[i + j].end));
                i += j + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Char spans (in the paragraph) of the non-overlapping matches of `key` wherever they are,
/// inside words too.
fn find_anywhere(para: &IndexedParagraph, key: &str) -> Vec<(usize, usize)> {
    if key.is_empty() {
        return Vec::new();
    }
    para.key
        .match_indices(key)
        .filter_map(|(a, m)| {
            let start = key_to_char(para, a, false)?;
            let end = key_to_char(para, a + m.len(), true)?;
            (start < end).then_some((start, end))
        })
        .collect()
}

/// The paragraph char at key byte `at`: the start of a match, or (`is_end`) one past its end.
/// Folding is char for char within a token, so the offset inside the token carries over.
fn key_to_char(para: &IndexedParagraph, at: usize, is_end: bool) -> Option<usize> {
    // The token holding the byte (for an end, the byte before it).
    let probe = if is_end { at.checked_sub(1)? } else { at };
    let i = para.tokens.partition_point(|t| t.key_end <= probe);
    let token = para.tokens.get(i)?;
    let inside = para
        .key
        .get(token.key_start.min(at)..at.max(token.key_start))?;
    let chars = if at < token.key_start {
        0
    } else {
        inside.chars().count()
    };
    Some((token.start + chars).min(token.end))
}

fn make_hit(
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

/// The search view's state, as the URL carries it: `q`, `m`, `sort`, `a`.
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
        query
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

    /// The same state with `article` added to or removed from the filter.
    pub fn toggle_article(&self, article: &str) -> Params {
        let mut next = self.clone();
        if let Some(i) = next.articles.iter().position(|a| a == article) {
            next.articles.remove(i);
        } else {
            next.articles.push(article.to_owned());
        }
        next
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use std::sync::OnceLock;

    const TRAD: &str = "000_946407f189b5cffc.txt";

    /// The bundled corpus indexed once for every test (segmenting it takes a moment).
    fn fixture() -> &'static (Corpus, Segmenter, Index) {
        static FIXTURE: OnceLock<(Corpus, Segmenter, Index)> = OnceLock::new();
        FIXTURE.get_or_init(|| {
            let corpus = crate::bundled::corpus().unwrap();
            let segmenter = Segmenter::new().unwrap();
            let index = Index::build(&corpus, &segmenter);
            (corpus, segmenter, index)
        })
    }

    fn run(q: &str, sort: Sort) -> Results {
        let (_, segmenter, index) = fixture();
        search(
            index,
            &SearchQuery::parse(q, segmenter),
            Match::Words,
            sort,
            &[],
        )
    }

    fn article<'a>(corpus: &'a Corpus, id: &str) -> &'a Article {
        corpus.get(id).unwrap()
    }

    fn slice(text: &str, start: usize, end: usize) -> String {
        text.chars().skip(start).take(end - start).collect()
    }

    #[test]
    fn simplified_query_finds_traditional_text_and_the_reverse() {
        let simp = run("亚马逊", Sort::Article);
        let trad = run("亞馬遜", Sort::Article);
        assert_eq!(
            simp,
            Results {
                terms: simp.terms.clone(),
                ..trad.clone()
            },
            "same hits"
        );
        let in_trad: Vec<&Hit> = simp.hits.iter().filter(|h| h.article == TRAD).collect();
        assert!(in_trad.len() > 20, "{}", in_trad.len());
        assert!(in_trad.iter().all(|h| h.keyword == "亞馬遜"));
        let others: Vec<&Hit> = simp.hits.iter().filter(|h| h.article != TRAD).collect();
        assert!(!others.is_empty());
        assert!(others.iter().all(|h| h.keyword == "亚马逊"));
        // Article 004 only has 亚马逊云科技, one word: not a hit for 亚马逊 (whole words).
        assert_eq!(simp.per_article.len(), 4);
        assert!(simp
            .per_article
            .iter()
            .all(|c| !c.article.starts_with("004")));
        assert_eq!(
            simp.per_article.iter().map(|c| c.count).sum::<usize>(),
            simp.total
        );
        assert_eq!(simp.per_term, vec![simp.total]);
    }

    #[test]
    fn hits_slice_the_article_text_with_context_in_the_paragraph() {
        let (corpus, _, _) = fixture();
        let results = run("亚马逊 OpenAI", Sort::Article);
        for h in &results.hits {
            let a = article(corpus, &h.article);
            assert_eq!(slice(&a.text, h.start, h.end), h.keyword);
            let para = a.paragraphs().nth(h.paragraph).unwrap();
            let line = format!("{}{}{}", h.left, h.keyword, h.right);
            assert!(
                para.contains(&line),
                "{line:?} not in paragraph {}",
                h.paragraph
            );
            assert!(h.left.chars().count() <= CONTEXT_CHARS);
            assert!(h.right.chars().count() <= CONTEXT_CHARS);
            assert_eq!(
                slice(&a.text, h.start - h.left.chars().count(), h.start),
                h.left
            );
        }
        assert_eq!(
            results.hits[0].evidence_path(),
            format!(
                "/read/{}?s={}-{}#p{}",
                crate::explore::reader::address(&results.hits[0].article),
                results.hits[0].start,
                results.hits[0].end,
                results.hits[0].paragraph
            )
        );
    }

    #[test]
    fn latin_is_case_insensitive_and_full_width_folds() {
        let a = run("openai", Sort::Article);
        let b = run("OpenAI", Sort::Article);
        let c = run("ＯＰＥＮＡＩ", Sort::Article);
        assert!(a.total > 100, "{}", a.total);
        assert_eq!(a.hits, b.hits);
        assert_eq!(a.hits, c.hits);
        assert!(a
            .hits
            .iter()
            .all(|h| h.keyword.eq_ignore_ascii_case("openai")));
    }

    #[test]
    fn quoted_phrases_match_across_spacing_and_cuts() {
        let (_, segmenter, _) = fixture();
        let q = SearchQuery::parse("\"生成式 AI\"", segmenter);
        assert_eq!(q.terms.len(), 1);
        assert!(q.terms[0].phrase);
        let results = run("\"生成式 AI\"", Sort::Article);
        let keywords: Vec<&str> = results.hits.iter().map(|h| h.keyword.as_str()).collect();
        assert!(keywords.contains(&"生成式AI"), "{keywords:?}");
        assert!(keywords.contains(&"生成式 AI"), "{keywords:?}");
        // Unquoted, the same words are two terms and give more hits.
        assert!(run("生成式 AI", Sort::Article).total > results.total);
        // A Latin phrase keeps its space: "Hugging Face" and not "HuggingFace" in the text.
        let hf = run("\"hugging face\"", Sort::Article);
        assert!(hf.total >= 20, "{}", hf.total);
        assert!(hf.hits.iter().all(|h| h.keyword == "Hugging Face"));
    }

    #[test]
    fn two_terms_give_the_union() {
        let a = run("亚马逊", Sort::Article).total;
        let b = run("OpenAI", Sort::Article).total;
        let both = run("亚马逊 OpenAI", Sort::Article);
        assert_eq!(both.total, a + b);
        assert_eq!(both.per_term, vec![a, b]);
        // The same term twice, in either script, counts once.
        assert_eq!(run("亚马逊 亞馬遜 \"亚马逊\"", Sort::Article).total, a);
        // Commas separate terms too.
        assert_eq!(run("亚马逊，OpenAI", Sort::Article).total, a + b);
    }

    #[test]
    fn hits_are_whole_words() {
        // 马逊 is inside 亚马逊 everywhere: never a hit on its own.
        assert_eq!(run("马逊", Sort::Article).total, 0);
        // A run of corpus words matches a term typed as one string (亚马逊 + 投资), in
        // either script, and spaces between Han words don't matter.
        let run_hits = run("亞馬遜投資", Sort::Article);
        assert!(run_hits.total > 0);
        assert!(run_hits
            .hits
            .iter()
            .all(|h| match_key(&h.keyword) == "亚马逊投资"));
        assert_eq!(run("\"亚马逊 投资\"", Sort::Article).hits, run_hits.hits);
        let (corpus, segmenter, _) = fixture();
        let h = &run_hits.hits[0];
        let para = article(corpus, &h.article)
            .paragraphs()
            .nth(h.paragraph)
            .unwrap();
        assert!(
            segmenter
                .words(para)
                .iter()
                .all(|w| match_key(w) != "亚马逊投资"),
            "one corpus token"
        );
    }

    #[test]
    fn sorts_order_by_context() {
        let by_article = run("亚马逊", Sort::Article);
        let left = run("亚马逊", Sort::Left);
        let right = run("亚马逊", Sort::Right);
        assert_eq!(left.total, by_article.total);
        assert_ne!(left.hits, by_article.hits);
        assert_ne!(right.hits, by_article.hits);
        let rev = |h: &Hit| match_key(&h.left).chars().rev().collect::<String>();
        assert!(left.hits.windows(2).all(|w| rev(&w[0]) <= rev(&w[1])));
        assert!(right
            .hits
            .windows(2)
            .all(|w| match_key(&w[0].right) <= match_key(&w[1].right)));
        // Article order: corpus order, then position.
        let (corpus, _, _) = fixture();
        let pos = |h: &Hit| {
            (
                corpus.articles.iter().position(|a| a.meta.id == h.article),
                h.start,
            )
        };
        assert!(by_article.hits.windows(2).all(|w| pos(&w[0]) <= pos(&w[1])));
    }

    #[test]
    fn limiting_to_articles_keeps_every_count() {
        let (_, segmenter, index) = fixture();
        let q = SearchQuery::parse("亚马逊", segmenter);
        let all = search(index, &q, Match::Words, Sort::Article, &[]);
        let only = search(index, &q, Match::Words, Sort::Article, &[TRAD.to_owned()]);
        assert_eq!(only.per_article.len(), all.per_article.len());
        let trad = only.per_article.iter().find(|c| c.article == TRAD).unwrap();
        assert!(trad.selected);
        assert_eq!(only.total, trad.count);
        assert!(only.hits.iter().all(|h| h.article == TRAD));
        assert_eq!(only.per_article.iter().filter(|c| c.selected).count(), 1);
    }

    #[test]
    fn empty_garbage_and_hostile_queries_find_nothing_without_panicking() {
        let (_, segmenter, _) = fixture();
        for q in [
            "",
            "   ",
            "\"",
            "\"\"",
            "，。！",
            "🤖",
            "\u{0}",
            "「",
            "xyzzyplugh",
        ] {
            let results = run(q, Sort::Left);
            assert_eq!(results.total, 0, "{q:?}");
        }
        assert!(SearchQuery::parse("，。", segmenter).is_empty());
        // An unclosed quote runs to the end.
        let q = SearchQuery::parse("OpenAI \"生成式 AI", segmenter);
        assert_eq!(q.terms.len(), 2);
        assert!(q.terms[1].phrase);
        // Long queries are cut, and say so.
        let long = "亚马逊 ".repeat(1000);
        let q = SearchQuery::parse(&long, segmenter);
        assert!(q.truncated);
        assert_eq!(q.terms.len(), 1);
        let many: String = (0..40).map(|i| format!("w{i} ")).collect();
        let q = SearchQuery::parse(&many, segmenter);
        assert!(q.truncated);
        assert_eq!(q.terms.len(), MAX_TERMS);
        let emoji = "🤖亚马逊🤖";
        let _ = run(emoji, Sort::Right);
    }

    #[test]
    fn query_words_are_the_segmenter_cut() {
        let (_, segmenter, _) = fixture();
        let q = SearchQuery::parse("亚马逊投资", segmenter);
        assert_eq!(q.terms.len(), 1);
        assert_eq!(q.terms[0].words, segmenter.words("亚马逊投资"));
        assert!(q.terms[0].words.len() >= 2, "{:?}", q.terms[0].words);
    }

    #[test]
    fn match_keys_fold_script_case_and_spacing() {
        assert_eq!(match_key("亞馬遜"), "亚马逊");
        assert_eq!(match_key("Hugging  Face"), "hugging face");
        assert_eq!(match_key("生成式 AI"), "生成式ai");
        assert_eq!(match_key("蒂姆 · 库克"), "蒂姆·库克");
        assert_eq!(match_key("ＧＰＴ－4"), match_key("ＧＰＴ－4"));
    }

    #[test]
    fn anywhere_finds_a_string_inside_words_with_exact_spans() {
        let (corpus, segmenter, index) = fixture();
        let q = SearchQuery::parse("亚马逊", segmenter);
        let words = search(index, &q, Match::Words, Sort::Article, &[]);
        let anywhere = search(index, &q, Match::Anywhere, Sort::Article, &[]);
        assert!(
            anywhere.total > words.total,
            "{} vs {}",
            anywhere.total,
            words.total
        );
        // Every whole-word hit is also found anywhere, at the same place.
        for h in &words.hits {
            assert!(anywhere
                .hits
                .iter()
                .any(|x| x.article == h.article && x.start == h.start && x.end == h.end));
        }
        // 004 names Amazon only inside 亚马逊云科技: nothing as a whole word, found anywhere.
        let in_004 = |r: &Results| {
            r.hits
                .iter()
                .filter(|h| h.article.starts_with("004"))
                .count()
        };
        assert_eq!(in_004(&words), 0);
        assert!(in_004(&anywhere) > 0);
        for h in &anywhere.hits {
            let text: Vec<char> = article(corpus, &h.article).text.chars().collect();
            let hit: String = text[h.start..h.end].iter().collect();
            assert_eq!(match_key(&hit), "亚马逊", "{}:{}", h.article, h.start);
            assert_eq!(hit, h.keyword);
        }
        // Inside a word, in traditional script and across Latin case too.
        let part = search(
            index,
            &SearchQuery::parse("马逊", segmenter),
            Match::Anywhere,
            Sort::Article,
            &[],
        );
        assert_eq!(part.total, anywhere.total);
        let latin = search(
            index,
            &SearchQuery::parse("penai", segmenter),
            Match::Anywhere,
            Sort::Article,
            &[],
        );
        assert!(latin
            .hits
            .iter()
            .all(|h| h.keyword.eq_ignore_ascii_case("penai")));
        assert!(latin.total > 0);
        assert_eq!(
            search(
                index,
                &SearchQuery::parse("马逊", segmenter),
                Match::Words,
                Sort::Article,
                &[]
            )
            .total,
            0
        );
    }

    #[test]
    fn params_round_trip_and_ignore_bad_values() {
        let p = Params {
            q: "亚马逊 \"生成式 AI\"".into(),
            how: Match::Anywhere,
            sort: Sort::Left,
            articles: vec![TRAD.into()],
        };
        let back = Params::from_query(&Query::parse(&p.to_query().to_query_string()));
        assert_eq!(back, p);
        let bad = Params::from_query(&Query::parse("q=x&m=fuzzy&sort=sideways&a=nope.txt"));
        assert_eq!(bad.sort, Sort::Article);
        assert_eq!(bad.how, Match::Words);
        let (_, _, index) = fixture();
        assert!(bad.known_articles(index).is_empty());
        assert_eq!(Params::default().to_query().to_query_string(), "");
        let toggled = p.toggle_article(TRAD);
        assert!(toggled.articles.is_empty());
        assert_eq!(toggled.toggle_article("x").articles, vec!["x".to_owned()]);
    }

    #[test]
    fn table_and_json_list_every_hit() {
        let (_, segmenter, index) = fixture();
        let params = Params {
            q: "亚马逊 OpenAI".into(),
            sort: Sort::Right,
            ..Params::default()
        };
        let results = search(
            index,
            &SearchQuery::parse(&params.q, segmenter),
            params.how,
            params.sort,
            &[],
        );
        let t = table(&results);
        assert_eq!(t.headers, COLUMNS);
        assert_eq!(t.rows.len(), results.total);
        assert_eq!(t.rows[0][8], results.hits[0].evidence_path());
        assert_eq!(t.rows[0][6], results.hits[0].keyword);
        let json: serde_json::Value = serde_json::from_str(&to_json(&params, &results)).unwrap();
        assert_eq!(json["view"], "search");
        assert_eq!(json["sort"], "right");
        assert_eq!(json["total"], results.total);
        assert_eq!(json["hits"].as_array().unwrap().len(), results.total);
        assert_eq!(json["hits"][0]["keyword"], results.hits[0].keyword.as_str());
        assert!(json["hits"][0]["evidence"]
            .as_str()
            .unwrap()
            .starts_with("/read/"));
        assert_eq!(
            json["per_article"].as_array().unwrap().len(),
            results.per_article.len()
        );
    }
}
