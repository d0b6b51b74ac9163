//! The corpus view: one row per article with how its date is known, its length before and
//! after cleaning, and what each cleaning rule removed, so a reader can judge the cleaning.

use crate::clean::RULES;
use crate::corpus::{Article, DateBasis, Script, Written};
use serde::Serialize;

/// One article's row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// Article id (its file name).
    pub id: String,
    /// Headline.
    pub title: String,
    /// Publisher.
    pub publisher: String,
    /// Author, when known.
    pub author: Option<String>,
    /// Date of the page (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    pub date: String,
    /// Whether the date is stated or inferred, and the evidence.
    pub date_basis: DateBasis,
    /// When the text was written, if earlier than the page.
    pub written: Option<Written>,
    /// Original script.
    pub script: Script,
    /// Characters in the raw scrape.
    pub raw_chars: usize,
    /// Characters in the cleaned text (paragraph breaks included).
    pub clean_chars: usize,
    /// Cleaned paragraphs.
    pub paragraphs: usize,
    /// How often each rule fired, in the order the rules run (every rule, zeros included).
    pub removed: Vec<(String, usize)>,
}

/// The rows of `articles`, in their order.
pub fn rows(articles: &[Article]) -> Vec<Row> {
    articles.iter().map(row).collect()
}

/// One article's row.
pub fn row(article: &Article) -> Row {
    let meta = &article.meta;
    Row {
        id: meta.id.clone(),
        title: meta.title.clone(),
        publisher: meta.publisher.clone(),
        author: meta.author.clone(),
        date: meta.date.clone(),
        date_basis: meta.date_basis.clone(),
        written: meta.written.clone(),
        script: meta.script,
        raw_chars: article.raw.chars().count(),
        clean_chars: article.char_len(),
        paragraphs: article.paragraphs().count(),
        removed: RULES
            .iter()
            .map(|r| {
                (
                    (*r).to_owned(),
                    article.removed.get(*r).copied().unwrap_or(0),
                )
            })
            .collect(),
    }
}

/// Each rule's total over `rows`, in rule order.
pub fn totals(rows: &[Row]) -> Vec<(String, usize)> {
    RULES
        .iter()
        .map(|rule| {
            let n = rows
                .iter()
                .flat_map(|r| r.removed.iter())
                .filter(|(name, _)| name == rule)
                .map(|(_, n)| n)
                .sum();
            ((*rule).to_owned(), n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled;

    #[test]
    fn rows_describe_the_bundled_corpus() {
        let corpus = bundled::corpus().unwrap();
        let rows = rows(&corpus.articles);
        assert_eq!(rows.len(), corpus.articles.len());
        for (row, article) in rows.iter().zip(&corpus.articles) {
            assert_eq!(row.id, article.meta.id);
            assert!(
                row.clean_chars < row.raw_chars,
                "{}: cleaning shortens",
                row.id
            );
            assert_eq!(row.removed.len(), RULES.len());
            assert!(row.paragraphs > 3);
            // Paragraph spans slice the text back into its paragraphs (evidence links use them).
            let chars: Vec<char> = article.text.chars().collect();
            let spans = article.paragraph_spans();
            assert_eq!(spans.len(), row.paragraphs);
            for (span, paragraph) in spans.iter().zip(article.paragraphs()) {
                assert_eq!(
                    chars[span[0]..span[1]].iter().collect::<String>(),
                    paragraph
                );
            }
        }
        // 000 is traditional with pinyin glued on; 003 is the forum scrape full of jammers.
        let by_id = |id: &str| rows.iter().find(|r| r.id.starts_with(id)).unwrap();
        let count = |row: &Row, rule: &str| row.removed.iter().find(|(r, _)| r == rule).unwrap().1;
        assert_eq!(by_id("000").script, Script::Traditional);
        assert!(count(by_id("000"), "pinyin") > 100);
        assert!(count(by_id("003"), "jammer") > 100);
        let totals = totals(&rows);
        assert_eq!(
            totals.iter().find(|(r, _)| r == "jammer").unwrap().1,
            rows.iter().map(|r| count(r, "jammer")).sum::<usize>()
        );
    }
}
