//! Sentences: an article's cleaned text cut at sentence-final punctuation, with char offsets
//! into that text, so every fact found in a sentence can point back at its words.

use serde::{Deserialize, Serialize};

/// One sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Index of the paragraph (line of the cleaned text) it belongs to, from 0.
    pub paragraph: usize,
    /// First char of the sentence in the article's cleaned text (Unicode scalar values).
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// The sentence as written, closing punctuation included.
    pub text: String,
}

/// Marks that end a sentence.
fn is_final(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…')
}

/// Marks that belong to the sentence they close (a quote or bracket after the full stop).
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '）' | ')' | '》' | '"' | '\'' | '】'
    ) || is_final(c)
}

/// Cuts a cleaned article text (one paragraph per line) into sentences. Blank space at a
/// sentence's edges is left out of it; empty sentences are dropped.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut offset = 0; // chars before the current line
    for (paragraph, line) in text.split('\n').enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut begin = 0;
        let mut i = 0;
        while i < chars.len() {
            if is_final(chars[i]) {
                // Take the whole run of closing marks: `。”`, `？！`, `……`.
                let mut end = i + 1;
                while end < chars.len() && is_closer(chars[end]) {
                    end += 1;
                }
                push(&mut out, paragraph, offset, &chars, begin, end);
                begin = end;
                i = end;
            } else {
                i += 1;
            }
        }
        push(&mut out, paragraph, offset, &chars, begin, chars.len());
        offset += chars.len() + 1; // the newline
    }
    out
}

fn push(
    out: &mut Vec<Sentence>,
    paragraph: usize,
    offset: usize,
    chars: &[char],
    mut begin: usize,
    mut end: usize,
) {
    while begin < end && chars[begin].is_whitespace() {
        begin += 1;
    }
    while end > begin && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    if begin < end {
        out.push(Sentence {
            paragraph,
            start: offset + begin,
            end: offset + end,
            text: chars[begin..end].iter().collect(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        sentences(t).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn cuts_at_final_marks_and_keeps_closing_quotes() {
        assert_eq!(
            texts("他说：“我们会赢。”然后走了！真的吗？"),
            vec!["他说：“我们会赢。”", "然后走了！", "真的吗？"]
        );
    }

    #[test]
    fn paragraphs_are_boundaries_and_text_without_a_stop_is_one_sentence() {
        let s = sentences("第一段没有句号\n第二段。第三句");
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].paragraph, s[1].paragraph, s[2].paragraph), (0, 1, 1));
        assert_eq!(s[2].text, "第三句");
    }

    #[test]
    fn offsets_point_into_the_article_text() {
        let text = "甲公司宣布。 乙公司跟进！\n丙公司……没说话。";
        let chars: Vec<char> = text.chars().collect();
        for s in sentences(text) {
            let slice: String = chars[s.start..s.end].iter().collect();
            assert_eq!(slice, s.text);
        }
        assert_eq!(
            texts(text),
            vec!["甲公司宣布。", "乙公司跟进！", "丙公司……", "没说话。"]
        );
    }

    #[test]
    fn empty_and_blank_text_give_no_sentences() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n  ").is_empty());
    }
}
