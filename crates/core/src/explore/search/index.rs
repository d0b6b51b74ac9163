//! The index: every paragraph of the corpus cut into words and keyed for matching.

use super::key::key_tokens;
use crate::corpus::{Corpus, Script};
use crate::segment::{Segmenter, Token};
use serde::{Deserialize, Serialize};

/// The corpus cut into words, for search.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Index {
    pub(super) articles: Vec<IndexedArticle>,
}

/// One article's paragraphs, keyed: a piece of an [`Index`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexedArticle {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) script: Script,
    pub(super) paragraphs: Vec<IndexedParagraph>,
}

/// One paragraph: its text, where it starts in the article, its key and word boundaries.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct IndexedParagraph {
    /// Char offset of the paragraph's first char in the article's text.
    pub(super) offset: usize,
    /// The paragraph as written, as chars (context slices by char).
    pub(super) chars: Vec<char>,
    /// The match key of the whole paragraph.
    pub(super) key: String,
    /// The word tokens, in order.
    pub(super) words: Vec<KeyedWord>,
    /// Every token with a key (punctuation too), in order: maps key bytes back to chars for
    /// matches that ignore word boundaries.
    pub(super) tokens: Vec<KeyedWord>,
}

/// A word token: its chars in the paragraph and its bytes in the paragraph's key.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub(super) struct KeyedWord {
    /// First char in the paragraph.
    pub(super) start: usize,
    /// One past the last char in the paragraph.
    pub(super) end: usize,
    /// First byte in the paragraph's key.
    pub(super) key_start: usize,
    /// One past the last byte in the paragraph's key.
    pub(super) key_end: usize,
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

/// Keys one paragraph (`text`, starting at char `offset` of its article) cut into `tokens`.
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
