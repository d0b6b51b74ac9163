//! Sentences: paragraphs cut at sentence-final punctuation, with offsets into the article.

/// Placeholder until implemented.
pub fn _placeholder() {}
