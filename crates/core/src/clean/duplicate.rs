//! Bodies printed twice: some pages render the article a second time below the comments,
//! and forum posts repeat their lede. The first occurrence of a paragraph is kept and any
//! later identical one (same simplified text, white space ignored) is dropped.

use super::{keep_counting, paragraph_key, Paragraph};
use std::collections::HashSet;

/// Drops repeated paragraphs; returns the kept ones in order and how many were dropped.
pub fn drop_repeats(paragraphs: Vec<Paragraph>) -> (Vec<Paragraph>, usize) {
    let mut seen = HashSet::new();
    keep_counting(paragraphs, |_, p| seen.insert(paragraph_key(&p.simplified)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::paragraphs as v;

    #[test]
    fn drops_a_second_copy_of_the_body() {
        let body = v(&[
            "标题",
            "第一段。",
            "第二段。",
            "评论区",
            "标题",
            "第一段。",
            "第二段。",
        ]);
        let (kept, n) = drop_repeats(body);
        assert_eq!(kept, v(&["标题", "第一段。", "第二段。", "评论区"]));
        assert_eq!(n, 3);
    }

    #[test]
    fn ignores_spacing_and_script_when_comparing() {
        let (kept, n) = drop_repeats(v(&["亞馬遜 投資。", "亚马逊投资。"]));
        assert_eq!((kept.len(), n), (1, 1));
    }

    #[test]
    fn keeps_distinct_paragraphs() {
        let (kept, n) = drop_repeats(v(&["甲。", "乙。", "丙。"]));
        assert_eq!((kept.len(), n), (3, 0));
    }
}
