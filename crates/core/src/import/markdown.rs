//! Markdown to text: the markup that is not words (headings' `#`, emphasis, list bullets,
//! quotes, links' targets, images, code fences, rules) goes; the words stay, one block per
//! line. So does the residue reposts carry: images with their attributes
//! (`![图](a.png){ width=60% }`), inline HTML tags, bare addresses on a line of their own,
//! and the lines that credit the original (`文章来源：[硬AI](…)`), which are set aside for the
//! publisher guess rather than kept as text.

use regex::Regex;
use std::sync::OnceLock;

/// A Markdown document reduced to text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reduced {
    /// The words, one block per line.
    pub text: String,
    /// The source lines taken out of it (`文章来源：硬AI`), reduced the same way.
    pub sources: Vec<String>,
}

fn inline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // Images vanish (linked to a bigger copy too, with Pandoc's `{ width=60% }` after them, or cut short: `![图](https://`,
    // `![图]`), and so do HTML comments; links keep their text; a
    // target may hold one level of parentheses (`javascript:void(0);`); emphasis, strike and
    // code markers go, as do the inline HTML tags editors leave in.
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"\[!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)\]\((?:[^()]|\([^()]*\))*\)",
            r"|!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)(?:\s*\{[^{}\n]*\})?",
            r"|!\[[^\]]*\](?:\(\S*)?",
            r"|<!--.*?-->",
            r"|\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)",
            r"|\*\*|__|~~|`",
            r"|(?i:</?(?:strong|em|b|i|u|s|sup|sub|span|font|br|img|iframe|video|audio|source|div|p|center)\b[^<>]*>)",
        ))
        .expect("valid regex")
    })
}

fn line_start() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)+").expect("valid regex")
    })
}

fn source_line() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // `文章来源：…`, `来源 | …`, `原文来源于：`, `本文来自：…` at the start of a line.
    RE.get_or_init(|| {
        Regex::new(r"^(?:文章|原文|本文)?(?:来源|來源|出处|出處)(?:于|於|自)?\s*[：:|｜]|^本文来自\s*[：:]")
            .expect("valid regex")
    })
}

fn bare_address() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^<?https?://\S+>?$").expect("valid regex"))
}

/// Source lines longer than this many characters are text that happens to start like one.
const MAX_SOURCE_CHARS: usize = 80;

/// The text of a Markdown document, and the source lines taken out of it.
pub fn to_text(md: &str) -> Reduced {
    let mut lines = Vec::new();
    let mut sources = Vec::new();
    let mut in_fence = false;
    for line in md.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if !in_fence && is_rule(line) {
            continue;
        }
        let reduced = if in_fence {
            line.trim().to_owned()
        } else {
            let l = line_start().replace(line, "");
            let l = inline().replace_all(&l, "$1");
            emphasised_line(l.trim()).to_owned()
        };
        if !in_fence && bare_address().is_match(&reduced) {
            continue;
        }
        if !in_fence
            && source_line().is_match(&reduced)
            && reduced.chars().count() <= MAX_SOURCE_CHARS
        {
            sources.push(reduced);
            continue;
        }
        lines.push(reduced);
    }
    Reduced {
        text: lines.join("\n"),
        sources,
    }
}

/// A line set in italics as a whole (`*图源：…*`, `_注：…_`), without the markers.
fn emphasised_line(line: &str) -> &str {
    for marker in ['*', '_'] {
        if let Some(inner) = line
            .strip_prefix(marker)
            .and_then(|l| l.strip_suffix(marker))
        {
            if !inner.is_empty() && !inner.starts_with(marker) && !inner.ends_with(marker) {
                return inner.trim();
            }
        }
    }
    line
}

fn is_rule(line: &str) -> bool {
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '_')
            || t.chars().all(|c| c == '='))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_words_stay() {
        let md = "# 亚马逊加码 **AI**\n\n> 引言\n- 第一点：见[报道](https://example.com)\n![图](a.png)\n---\n```\ncode\n```\n1. 完";
        assert_eq!(
            to_text(md).text,
            "亚马逊加码 AI\n\n引言\n第一点：见报道\n\ncode\n完"
        );
    }

    #[test]
    fn repost_residue() {
        let cases: &[(&str, &str, &str, &[&str])] = &[
            (
                "an image with Pandoc attributes, inside a paragraph",
                "收购完成。![图片](https://a.com/b.jpg){ width=60% }之后",
                "收购完成。之后",
                &[],
            ),
            (
                "images cut short, and HTML comments",
                "甲\n![Image Credit: Samsung]\n![图片](https://mmbiz\n<!-- 图片来源：x -->乙",
                "甲\n\n\n乙",
                &[],
            ),
            (
                "an image linked to a bigger copy",
                "相似。\n[![图片](https://a.com/1.png)](https://b.com/s?x=1&y=(2))\n完",
                "相似。\n\n完",
                &[],
            ),
            (
                "a line in italics keeps its words; stars inside a line stay",
                "*注：数据来自公司财报*\n_注：同上_\n3*4=12",
                "注：数据来自公司财报\n注：同上\n3*4=12",
                &[],
            ),
            (
                "rules of dashes, stars and underscores between paragraphs",
                "甲\n\n---\n***\n* * *\n___\n乙",
                "甲\n\n乙",
                &[],
            ),
            (
                "a credit line with a link is set aside",
                "正文。\n文章来源：[硬AI](https://mp.weixin.qq.com/s/x)\n完",
                "正文。\n完",
                &["文章来源：硬AI"],
            ),
            (
                "a link whose target holds parentheses",
                "文章来源：[半导体行业观察](javascript:void(0);)",
                "",
                &["文章来源：半导体行业观察"],
            ),
            (
                "a credit naming the original, then its address alone on a line",
                "原文来源于：\nhttps://example.com/a-b?c=1\n译文。",
                "译文。",
                &["原文来源于："],
            ),
            (
                "a long line that starts like a credit is text",
                "来源：据知情人士透露，这家公司正在与多家投资机构洽谈新一轮融资，估值可能超过一百亿美元，但交易细节尚未敲定，双方都拒绝置评，消息人士称谈判仍处于早期阶段，最终条款可能会有所变化。",
                "来源：据知情人士透露，这家公司正在与多家投资机构洽谈新一轮融资，估值可能超过一百亿美元，但交易细节尚未敲定，双方都拒绝置评，消息人士称谈判仍处于早期阶段，最终条款可能会有所变化。",
                &[],
            ),
            (
                "a source named in a sentence stays",
                "这些能力的来源：大模型。",
                "这些能力的来源：大模型。",
                &[],
            ),
            (
                "emphasis and strike keep their words",
                "如文案所说，**“快速及时的答案”**，~~旧~~新",
                "如文案所说，“快速及时的答案”，旧新",
                &[],
            ),
            (
                "inline HTML tags go, their words stay",
                "<strong>OpenAI</strong>发布<sup>1</sup>\n<iframe src=\"https://youtube.com/x\" allowfullscreen></iframe>",
                "OpenAI发布1\n",
                &[],
            ),
            (
                "inside a code fence nothing is taken",
                "```\n---\n来源：x\n```",
                "---\n来源：x",
                &[],
            ),
        ];
        for (label, md, text, sources) in cases {
            let got = to_text(md);
            assert_eq!(got.text, *text, "{label}");
            assert_eq!(got.sources, *sources, "{label}");
        }
    }
}
