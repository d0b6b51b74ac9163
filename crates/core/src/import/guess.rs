//! First guesses at an imported article's title, publisher and date, for the person to
//! confirm or correct.

use crate::extract::date::days_in_month;
use regex::Regex;
use std::sync::OnceLock;

/// What the import could tell about an article before the person edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Guess {
    /// The headline, when the page or the first line gives one.
    pub title: Option<String>,
    /// The outlet.
    pub publisher: Option<String>,
    /// `YYYY-MM-DD` (or `YYYY-MM`), and the words it was read from.
    pub date: Option<(String, String)>,
}

fn meta_tag() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r#"(?is)<meta\s[^>]*>"#).expect("valid regex"))
}

fn attribute() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // One `name=value` pair of a tag; the value quoted either way or bare.
    RE.get_or_init(|| {
        Regex::new(r#"(?is)([a-z][a-z0-9:_-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#)
            .expect("valid regex")
    })
}

/// The value of attribute `name` in `tag`, entities decoded, if it is not blank.
fn attr(tag: &str, name: &str) -> Option<String> {
    let c = attribute()
        .captures_iter(tag)
        .find(|c| c[1].eq_ignore_ascii_case(name))?;
    let v = c.get(2).or(c.get(3)).or(c.get(4))?.as_str();
    let v = html_escape::decode_html_entities(v).trim().to_owned();
    (!v.is_empty()).then_some(v)
}

/// The `content` of the first `<meta>` whose `property` or `name` is one of `keys`.
fn meta(html: &str, keys: &[&str]) -> Option<String> {
    meta_tag().find_iter(html).find_map(|m| {
        let tag = m.as_str();
        let key = attr(tag, "property").or_else(|| attr(tag, "name"))?;
        keys.iter()
            .any(|k| k.eq_ignore_ascii_case(&key))
            .then(|| attr(tag, "content"))?
    })
}

/// `<h1>…</h1>` or `<title>…</title>`, built once each: guessing runs for every imported file.
fn element(name: Heading) -> &'static Regex {
    static H1: OnceLock<Regex> = OnceLock::new();
    static TITLE: OnceLock<Regex> = OnceLock::new();
    match name {
        Heading::H1 => {
            H1.get_or_init(|| Regex::new(r"(?is)<h1\b[^>]*>(.*?)</h1\s*>").expect("valid regex"))
        }
        Heading::Title => TITLE.get_or_init(|| {
            Regex::new(r"(?is)<title\b[^>]*>(.*?)</title\s*>").expect("valid regex")
        }),
    }
}

#[derive(Clone, Copy)]
enum Heading {
    H1,
    Title,
}

fn time_tag() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?is)<time\b[^>]*>").expect("valid regex"))
}

fn element_text(html: &str, name: Heading) -> Option<String> {
    let inner = element(name).captures(html)?.get(1)?.as_str();
    let text = super::html::to_text(inner).replace('\n', " ");
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn full_date() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"((?:19|20)\d\d)\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})日?")
            .expect("valid regex")
    })
}

fn source_line() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:来源|來源|出处|出處|发布者|發布者|本文来自|本文來自)\s*[：:]\s*([^\s|｜,，。]{2,24})")
            .expect("valid regex")
    })
}

/// A `YYYY-MM-DD` date in `text` (the first full date, as `2024年3月5日`, `2024-03-05` or
/// `2024/3/5`), with the words it was read from.
pub fn first_date(text: &str) -> Option<(String, String)> {
    full_dates(text).next()
}

/// Every real full date in `text`, in order: `(YYYY-MM-DD, the words)`.
pub(super) fn full_dates(text: &str) -> impl Iterator<Item = (String, String)> + '_ {
    full_date().captures_iter(text).filter_map(|c| {
        let (y, m, d) = (&c[1], c[2].parse::<u32>().ok()?, c[3].parse::<u32>().ok()?);
        let year = y.parse().ok()?;
        (1..=days_in_month(year, m))
            .contains(&d)
            .then(|| (format!("{y}-{m:02}-{d:02}"), c[0].to_owned()))
    })
}

/// Guesses from a web page's markup: Open Graph and article meta tags, `<title>`, `<h1>`,
/// `<time datetime>`; then from its text.
pub fn from_html(html: &str, text: &str) -> Guess {
    let title = meta(html, &["og:title", "twitter:title"])
        .or_else(|| element_text(html, Heading::H1))
        .or_else(|| element_text(html, Heading::Title));
    let publisher = meta(html, &["og:site_name", "application-name", "publisher"]);
    let date = meta(
        html,
        &[
            "article:published_time",
            "pubdate",
            "publishdate",
            "date",
            "og:updated_time",
        ],
    )
    .or_else(|| {
        time_tag()
            .find_iter(html)
            .find_map(|m| attr(m.as_str(), "datetime"))
    })
    .and_then(|v| first_date(&v).map(|(d, _)| (d, v)));
    let from_text = from_text(text);
    Guess {
        title: title.or(from_text.title),
        publisher: publisher.or(from_text.publisher),
        date: date.or(from_text.date),
    }
}

/// Guesses from plain text: a short first line is the title, a `来源：` line names the
/// publisher, a date line near the top ([`super::dating::date_line`]) the date. A date in the
/// body is an event's; [`super::dating`] guesses from those when nothing states the date.
pub fn from_text(text: &str) -> Guess {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty());
    let title = first
        .map(|l| l.trim_start_matches('#').trim())
        .filter(|l| !l.is_empty() && l.chars().count() <= 60 && !l.ends_with(['。', '.']))
        .map(str::to_owned);
    let head: String = text.chars().take(4000).collect();
    Guess {
        title,
        publisher: publisher(&head),
        date: super::dating::date_line(&head),
    }
}

/// The outlet a `来源：` line names, passing over an image's credit (`图片来源：`, `图源：`) and
/// a source in parentheses (`（来源：论文）`), which name where a picture or a figure comes from.
fn publisher(text: &str) -> Option<String> {
    source_line().captures_iter(text).find_map(|c| {
        let before = &text[..c.get(0)?.start()];
        let credit = before.ends_with(['图', '圖', '(', '（']) || before.ends_with("图片");
        (!credit).then(|| c[1].to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_metadata_comes_first() {
        let html = r#"<html><head><title>站点 - 标题</title>
            <meta property="og:title" content="亚马逊投资Anthropic">
            <meta property='og:site_name' content='科技日报'>
            <meta name="article:published_time" content="2023-09-25T08:00:00+08:00"></head>
            <body><h1>别的标题</h1><p>2020年1月1日</p></body></html>"#;
        let g = from_html(html, "别的标题\n2020年1月1日");
        assert_eq!(g.title.as_deref(), Some("亚马逊投资Anthropic"));
        assert_eq!(g.publisher.as_deref(), Some("科技日报"));
        assert_eq!(g.date.map(|d| d.0).as_deref(), Some("2023-09-25"));
    }

    #[test]
    fn plain_pages_fall_back_to_headings_and_text() {
        let html = "<html><head><title>页面标题</title></head><body><h1>亚马逊 <b>40亿</b></h1><time datetime=\"2024-03-05\">昨天</time></body></html>";
        let g = from_html(html, "");
        assert_eq!(g.title.as_deref(), Some("亚马逊 40亿"));
        assert_eq!(g.date.map(|d| d.0).as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn text_guesses() {
        let g = from_text("\n# 亚马逊加码AI\n来源：界面新闻 2023年9月25日 10:32\n亚马逊宣布……。");
        assert_eq!(g.title.as_deref(), Some("亚马逊加码AI"));
        assert_eq!(g.publisher.as_deref(), Some("界面新闻"));
        assert_eq!(g.date, Some(("2023-09-25".into(), "2023年9月25日".into())));
        let g = from_text("正文\n图片来源：由GPTNB生成\n图：表现（来源：论文）\n来源：界面新闻");
        assert_eq!(
            g.publisher.as_deref(),
            Some("界面新闻"),
            "image credits pass"
        );
        let g = from_text("这是一段很长的正文，没有标题。");
        assert_eq!(g, Guess::default());
        assert_eq!(
            first_date("2023/13/01 或 2023-2-30 或 2023-2-28"),
            Some(("2023-02-28".into(), "2023-2-28".into()))
        );
        assert_eq!(
            first_date("2023-2-29 或 2024-2-29"),
            Some(("2024-02-29".into(), "2024-2-29".into()))
        );
    }
}
