//! The facts about an article (the manifest's `[[article]]` tables): plain data with serde
//! only, so that `build.rs` can check the manifest with these very types.
//!
//! `build.rs` compiles this file too (through `#[path]`), so it must stay free of the crate's
//! other modules.

use serde::{Deserialize, Serialize};

/// The script an article is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Traditional characters (繁體).
    Traditional,
    /// Simplified characters (简体).
    Simplified,
}

impl Script {
    /// The BCP 47 language tag for text in this script (`zh-Hant` / `zh-Hans`).
    pub fn lang_tag(self) -> &'static str {
        match self {
            Script::Traditional => "zh-Hant",
            Script::Simplified => "zh-Hans",
        }
    }
}

/// Whether an article's date is printed in the page or inferred from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// The page states the date (a byline, a post header).
    Stated,
    /// No date is printed; it is inferred from the events the text reports.
    Inferred,
}

/// How an article's date is known, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateBasis {
    /// Stated or inferred.
    pub kind: DateKind,
    /// The evidence: the line that states it, or the reasoning behind the inference.
    pub reason: String,
}

/// When an article's text was written, where that differs from its page date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Written {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// The evidence in the text.
    pub reason: String,
}

/// Facts about one article, from the manifest (and for imported articles, from the person).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// The article id: the raw file's name, e.g. `000_946407f189b5cffc.txt`.
    pub id: String,
    /// The headline, in the article's own script.
    pub title: String,
    /// Where the title comes from: `page` (a headline in the scrape) or `lede` (none was
    /// scraped, so the first clause of the text stands in); for imported articles also
    /// `front-matter`, `file` (the file's name) or `person` (entered on import).
    pub title_basis: String,
    /// The outlet that published it.
    pub publisher: String,
    /// The byline, where one is given.
    pub author: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: as precise as the evidence allows.
    pub date: String,
    /// How the date is known.
    pub date_basis: DateBasis,
    /// When the text was written, where the evidence says it differs from `date` (a repost
    /// dated months later). Relative dates in the text (今年, 前几天) count from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<Written>,
    /// The script the article is written in.
    pub script: Script,
    /// The article's address, where one is known (an imported file's front matter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Its tags, where it has any (an imported file's front matter).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

impl ArticleMeta {
    /// The date relative expressions in the text are counted from: when it was written if
    /// known, else its date.
    pub fn anchor_date(&self) -> &str {
        self.written
            .as_ref()
            .map_or(self.date.as_str(), |w| w.date.as_str())
    }

    /// The article's address when it is one a page may link to: `http://` or `https://`
    /// with a host (front matter can hold anything, `javascript:` included).
    pub fn web_address(&self) -> Option<&str> {
        let url = self.url.as_deref()?.trim();
        let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
        let rest = if lower.starts_with("https://") {
            &url[8..]
        } else if lower.starts_with("http://") {
            &url[7..]
        } else {
            return None;
        };
        let host_ok = rest
            .split(['/', '?', '#'])
            .next()
            .is_some_and(|h| !h.is_empty() && !h.contains(char::is_whitespace));
        (host_ok && !url.chars().any(char::is_control)).then_some(url)
    }
}

#[cfg(test)]
mod web_address_tests {
    use super::*;

    #[test]
    fn only_http_and_https_addresses_with_a_host_are_links() {
        let meta = |url: Option<&str>| ArticleMeta {
            id: "mine-1".into(),
            title: "t".into(),
            title_basis: "page".into(),
            publisher: String::new(),
            author: None,
            date: "2024".into(),
            date_basis: DateBasis {
                kind: DateKind::Stated,
                reason: String::new(),
            },
            written: None,
            script: Script::Simplified,
            url: url.map(str::to_owned),
            tags: Vec::new(),
        };
        for (url, link) in [
            (
                Some("https://www.example.com/a?b=1"),
                Some("https://www.example.com/a?b=1"),
            ),
            (Some(" HTTP://example.com "), Some("HTTP://example.com")),
            (Some("http://example.com"), Some("http://example.com")),
            (Some("javascript:alert(1)"), None),
            (Some("data:text/html,hi"), None),
            (Some("//example.com/a"), None),
            (Some("https://"), None),
            (Some("https:///path"), None),
            (Some("ftp://example.com"), None),
            (Some("https://exa mple.com"), None),
            (Some("https://example.com/\u{7}"), None),
            (Some("机器之心"), None),
            (None, None),
        ] {
            assert_eq!(meta(url).web_address(), link, "{url:?}");
        }
    }
}
