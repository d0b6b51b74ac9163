//! HTML to plain text, for imported web pages.
//!
//! Only the text survives: scripts, styles, forms and page navigation are dropped whole,
//! block elements become line breaks, entities are decoded. The result is text; the app
//! never inserts it as HTML. A tag-level pass (with `regex`) is enough for that and keeps a
//! full HTML parser out of the wasm.

use regex::{Captures, Regex};
use std::sync::OnceLock;

/// Elements dropped with everything inside them: code, styling, embedded media and the
/// page's navigation and forms, which are never article text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
    "audio", "video", "select", "textarea", "button", "nav", "form", "head",
];

/// Elements that end a line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "pre",
    "figure",
    "figcaption",
    "hr",
    "address",
    "title",
    "body",
    "html",
];

fn dropped() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // `regex` has no back-references: one alternative per element. An element left open
        // runs to the end of the document, as in a browser.
        let alts: Vec<String> = DROPPED
            .iter()
            .map(|t| format!(r"<{t}\b(?:[^>]*)>(?:.*?</{t}\s*>|.*$)"))
            .collect();
        Regex::new(&format!(
            r"(?is)<!--.*?(?:-->|$)|<!\[CDATA\[.*?(?:\]\]>|$)|{}",
            alts.join("|")
        ))
        .expect("valid regex")
    })
}

fn tag() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // A tag with attributes, quoted values may hold `>`; also doctypes and processing
    // instructions. Group 1 is the element name.
    RE.get_or_init(|| {
        Regex::new(r#"(?s)</?([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<[!?][^>]*>|<[A-Za-z!/?][^>]*$"#)
            .expect("valid regex")
    })
}

fn blank_run() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[ \t\r\n\u{c}]+").expect("valid regex"))
}

/// True when `text` looks like an HTML document rather than text that mentions a tag.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<')
            && ["<head", "<body", "<meta", "<div", "<p>", "<p "]
                .iter()
                .any(|t| head.contains(t)))
}

/// The text of an HTML document, one block per line, with entities decoded.
///
/// Entities decode after the tags are gone, so `&lt;script&gt;` comes out as the text
/// `<script>`: what the page showed as text stays text.
pub fn to_text(html: &str) -> String {
    let without = dropped().replace_all(html, " ");
    let mut out = String::with_capacity(without.len() / 2);
    let mut last = 0;
    for cap in tag().captures_iter(&without) {
        let m = cap.get(0).expect("whole match");
        push_text(&mut out, &without[last..m.start()]);
        if is_block(&cap) {
            out.push('\n');
        }
        last = m.end();
    }
    push_text(&mut out, &without[last..]);
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_block(cap: &Captures) -> bool {
    cap.get(1)
        .is_some_and(|name| BLOCKS.iter().any(|b| b.eq_ignore_ascii_case(name.as_str())))
}

/// Appends a run of text: source line breaks and indentation are layout, not text, so blank
/// runs become one space (none at all between two Chinese characters), then entities decode.
fn push_text(out: &mut String, raw: &str) {
    let mut collapsed = String::with_capacity(raw.len());
    let mut last = 0;
    for m in blank_run().find_iter(raw) {
        collapsed.push_str(&raw[last..m.start()]);
        let before = raw[..m.start()].chars().next_back();
        let after = raw[m.end()..].chars().next();
        let joins_han = before.is_some_and(crate::normalize::is_han)
            && after.is_some_and(crate::normalize::is_han);
        if !joins_han {
            collapsed.push(' ');
        }
        last = m.end();
    }
    collapsed.push_str(&raw[last..]);
    // Decoded text can hold `<` again (`&lt;script&gt;`): that is text now, and stays text.
    let decoded = html_escape::decode_html_entities(&collapsed);
    out.push_str(&decoded.replace('\0', "").replace('\u{a0}', " "));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_inline_tags_vanish() {
        let html = "<!doctype html><html><head><title>标题</title><style>p{color:red}</style></head>\
            <body><h1>亚马逊投资 Anthropic</h1>\n<p>亚马逊<b>宣布</b>向\n   Anthropic 投资<br>40亿美元。</p>\
            <div>第二段&nbsp;&amp;&#x4E2D;&#25991;</div></body></html>";
        assert_eq!(
            to_text(html),
            "亚马逊投资 Anthropic\n亚马逊宣布向 Anthropic 投资\n40亿美元。\n第二段 &中文"
        );
    }

    #[test]
    fn code_and_chrome_are_dropped_whole() {
        let html = r#"<p>正文<script>alert("<p>x</p>")</script>继续</p><nav><a href="/">首页</a></nav>
            <img src=x onerror="alert(1)"><a href="javascript:alert(2)">链接</a><!-- 注释 <p>no</p> -->
            <p title="a > b">完</p><SCRIPT SRC=x.js></SCRIPT><style"#;
        let text = to_text(html);
        assert_eq!(text, "正文继续\n链接\n完");
    }

    #[test]
    fn escaped_markup_stays_text() {
        assert_eq!(
            to_text("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
            "<script>alert(1)</script>"
        );
    }

    #[test]
    fn recognises_documents() {
        assert!(looks_like_html("\u{feff}<!DOCTYPE html><html>"));
        assert!(looks_like_html("  <html lang=zh>"));
        assert!(looks_like_html("<div class=a><p>正文</p></div>"));
        assert!(!looks_like_html("亚马逊说 <b> 是粗体"));
        assert!(!looks_like_html("<<<不是网页>>>"));
    }
}
