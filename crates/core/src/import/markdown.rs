//! Markdown to text: the markup that is not words (headings' `#`, emphasis, list bullets,
//! quotes, links' targets, images, code fences) goes; the words stay, one block per line.

use regex::Regex;
use std::sync::OnceLock;

fn inline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // Images vanish; links keep their text; emphasis and code markers go.
    RE.get_or_init(|| {
        Regex::new(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|\*\*|__|`").expect("valid regex")
    })
}

fn line_start() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)+").expect("valid regex")
    })
}

/// The text of a Markdown document.
pub fn to_text(md: &str) -> String {
    md.lines()
        .filter(|l| !l.trim_start().starts_with("```") && !is_rule(l))
        .map(|l| {
            let l = line_start().replace(l, "");
            inline().replace_all(&l, "$1").trim().to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_rule(line: &str) -> bool {
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '='))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_words_stay() {
        let md = "# 亚马逊加码 **AI**\n\n> 引言\n- 第一点：见[报道](https://example.com)\n![图](a.png)\n---\n```\ncode\n```\n1. 完";
        assert_eq!(
            to_text(md),
            "亚马逊加码 AI\n\n引言\n第一点：见报道\n\ncode\n完"
        );
    }
}
