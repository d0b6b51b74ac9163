//! Where a term's key matches in a paragraph: as whole words, or anywhere.

use super::index::IndexedParagraph;
use serde::{Deserialize, Serialize};

/// Where a term may match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// Char spans (in the paragraph) of the non-overlapping whole-word matches of `key`.
pub(super) fn find_in_paragraph(para: &IndexedParagraph, key: &str) -> Vec<(usize, usize)> {
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
pub(super) fn find_anywhere(para: &IndexedParagraph, key: &str) -> Vec<(usize, usize)> {
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
