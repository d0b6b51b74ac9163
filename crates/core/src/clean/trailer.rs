//! What follows an article's closing credit (`本文来自微信公众号…`, `本文为转载内容…`): tag
//! lists, view counts, related-link bullets, forum signatures. After the last credit line,
//! lines that are not sentences (no sentence-final punctuation) are dropped.

use super::{keep_counting, Paragraph};

/// Phrases that close an article: attribution and reprint notes (simplified script).
const CREDITS: &[&str] = &[
    "本文来自",
    "本文为转载",
    "本文转载自",
    "转载请",
    "责任编辑",
    "原标题",
];

/// A closing credit line.
pub fn is_credit(simplified: &str) -> bool {
    let s = simplified.trim_start();
    CREDITS.iter().any(|c| s.contains(c)) || (s.starts_with("来源") && s.contains("公众号"))
}

fn is_sentence(s: &str) -> bool {
    s.trim_end()
        .ends_with(['。', '！', '？', '!', '?', '…', '”', '」'])
}

/// Related-link lists after the credit are bullet items, sentences or not.
fn is_list_item(s: &str) -> bool {
    s.trim_start().starts_with(['•', '·', '▪', '●', '◆'])
}

/// Drops non-sentence lines and list items after the last credit; returns the kept lines and the count.
pub fn drop_trailer(paragraphs: Vec<Paragraph>) -> (Vec<Paragraph>, usize) {
    let Some(last_credit) = paragraphs.iter().rposition(|p| is_credit(&p.simplified)) else {
        return (paragraphs, 0);
    };
    keep_counting(paragraphs, |i, p| {
        i <= last_credit || (is_sentence(&p.text) && !is_list_item(&p.text))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::paragraphs as v;
    use crate::normalize::to_simplified;

    #[test]
    fn drops_tags_and_related_links_after_the_credit() {
        let page = v(&[
            "正文一段。",
            "小标题",
            "正文二段。",
            "本文为转载内容,授权事宜请联系原著作权人。",
            "亚马逊",
            "5.8k",
            "• 亚马逊推出新低价商品板块",
            "• 青岛如何开启外贸转型新浪潮?",
        ]);
        let (kept, n) = drop_trailer(page);
        assert_eq!(
            kept,
            v(&[
                "正文一段。",
                "小标题",
                "正文二段。",
                "本文为转载内容,授权事宜请联系原著作权人。"
            ])
        );
        assert_eq!(n, 4);
    }

    #[test]
    fn keeps_everything_without_a_credit() {
        let page = v(&["正文。", "小标题", "结尾"]);
        assert_eq!(drop_trailer(page.clone()), (page, 0));
    }

    #[test]
    fn recognises_credits_in_either_script() {
        assert!(is_credit(&to_simplified(
            "本文為轉載內容,授權事宜請聯繫原著作權人。"
        )));
        assert!(is_credit("来源 微信公众号:极客公园  文 | 凌梓郡"));
        assert!(!is_credit("来源:ChatGPT APP"));
    }
}
