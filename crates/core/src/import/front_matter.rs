//! Front matter: the facts a Markdown file states about itself in a block at its very start,
//! YAML between `---` lines or TOML between `+++` lines, as static-site generators and note
//! apps keep them. The block is read into [`FrontMatter`] and cut from the text.
//!
//! YAML is read by a small flat reader rather than a YAML crate: front matter is a few
//! `key: value` lines (and perhaps a list of tags), real files break YAML's quoting rules
//! (`title: '他说：'你好''`, which a strict parser refuses whole), and the core also runs in
//! the browser, where every crate is paid for in download size. Anything the reader does not
//! understand is skipped, never an error. TOML front matter is read the same flat way.

use super::guess::first_date;
use crate::corpus::is_partial_date;

/// The facts a file's front matter states. Each is `None` (or empty) when not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title`.
    pub title: Option<String>,
    /// `date` (or `published`, `pubdate`, `publishdate`) as `YYYY-MM-DD` (`YYYY-MM`, `YYYY`),
    /// and the value it was read from.
    pub date: Option<(String, String)>,
    /// `author`; several are joined with `, `.
    pub author: Option<String>,
    /// `publisher`, or `source` when it is a name rather than an address.
    pub publisher: Option<String>,
    /// `url`, `link`, or `source` when it is an address.
    pub url: Option<String>,
    /// `tags` (or `keywords`), as a list or separated by commas.
    pub tags: Vec<String>,
}

/// A value in the block: one string or a list of them.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    One(String),
    Many(Vec<String>),
}

impl Value {
    /// The value as one line of text (a list joined with `, `), if not blank.
    fn text(&self) -> Option<String> {
        let text = match self {
            Value::One(s) => s.trim().to_owned(),
            Value::Many(items) => items.join(", "),
        };
        (!text.is_empty()).then_some(text)
    }

    /// The value as a list: a list's items, or a string split at commas.
    fn items(&self) -> Vec<String> {
        let items: Vec<&str> = match self {
            Value::One(s) => s.split([',', '，', '、']).collect(),
            Value::Many(items) => items.iter().map(String::as_str).collect(),
        };
        items
            .into_iter()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// Splits `input` into its front matter and the text after it. `None` when the file does
/// not open with a front matter block: the fence must be the very first line (after a byte
/// order mark), and a YAML block must read as `key: value` lines, so a Markdown rule on
/// line 1 above ordinary paragraphs stays text.
pub fn split(input: &str) -> Option<(FrontMatter, &str)> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let (first, rest) = next_line(input)?;
    let fence = first.trim_end();
    if fence != "---" && fence != "+++" {
        return None;
    }
    let mut block_end = 0;
    let mut remaining = rest;
    let body = loop {
        let (line, after) = next_line(remaining)?;
        if line.trim_end() == fence {
            break after;
        }
        block_end += remaining.len() - after.len();
        remaining = after;
    };
    let block = &rest[..block_end];
    let pairs = if fence == "+++" {
        toml_pairs(block)
    } else {
        yaml_pairs(block)?
    };
    Some((facts(&pairs), body))
}

/// The first line of `text` (without its `\n` or `\r\n`) and what follows it; `None` when
/// `text` is empty.
fn next_line(text: &str) -> Option<(&str, &str)> {
    if text.is_empty() {
        return None;
    }
    let (line, rest) = text.split_once('\n').unwrap_or((text, ""));
    Some((line.strip_suffix('\r').unwrap_or(line), rest))
}

/// The facts among a block's keys (matched without regard to case).
fn facts(pairs: &[(String, Value)]) -> FrontMatter {
    // The first of `keys` the block has, with its value.
    let find = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            pairs
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(k))
                .map(|(_, v)| v)
        })
    };
    let get = |keys: &[&str]| find(keys).and_then(Value::text);
    let source = get(&["source"]);
    let (source_url, source_name) = match source {
        Some(s) if is_address(&s) => (Some(s), None),
        other => (None, other),
    };
    let tags = find(&["tags", "keywords"])
        .map(Value::items)
        .unwrap_or_default();
    FrontMatter {
        title: get(&["title"]),
        date: get(&["date", "published", "pubdate", "publishdate"]).and_then(|v| date(&v)),
        author: get(&["author", "authors"]),
        publisher: get(&["publisher"]).or(source_name),
        url: get(&["url", "link"]).or(source_url),
        tags,
    }
}

fn is_address(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A date value: a full date at its start (`2024-04-09`, `2024-04-09T08:00:00+08:00`,
/// `2024/4/9 8:00`), else a bare `YYYY-MM` or `YYYY`.
fn date(value: &str) -> Option<(String, String)> {
    let value = value.trim();
    if let Some((date, words)) = first_date(value) {
        if value.starts_with(&words) {
            return Some((date, value.to_owned()));
        }
    }
    is_partial_date(value).then(|| (value.to_owned(), value.to_owned()))
}

/// The keys and values of a TOML block's top level, read as flat `key = value` lines like
/// YAML's (strings, dates and one-line arrays): the facts read here are never nested, and the
/// `toml` crate's parser would cost the browser about 40 KB of gzipped wasm for them. A
/// `[table]` header ends the top level; a line that is not `key = value` is skipped.
fn toml_pairs(block: &str) -> Vec<(String, Value)> {
    let mut pairs = Vec::new();
    for line in block.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            break;
        }
        let Some((key, raw)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim().trim_matches(['"', '\'']);
        if !key.is_empty() && !key.starts_with('#') {
            pairs.push((key.to_owned(), value(raw)));
        }
    }
    pairs
}

/// The keys and values of a YAML block read as flat `key: value` lines, with lists as
/// `[a, b]` or as `- item` lines under their key, and plain values continued on indented
/// lines. `None` when a line is neither, or no line has a key: then the block is not front
/// matter but text between two rules.
fn yaml_pairs(block: &str) -> Option<Vec<(String, Value)>> {
    let mut pairs: Vec<(String, Value)> = Vec::new();
    for line in block.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        if let Some(item) = trimmed
            .strip_prefix("- ")
            .or((trimmed == "-").then_some(""))
        {
            let (_, value) = pairs.last_mut()?;
            let item = scalar(item);
            match value {
                Value::Many(items) => items.push(item),
                Value::One(s) if s.is_empty() => *value = Value::Many(vec![item]),
                Value::One(_) => return None,
            }
        } else if indented && !pairs.is_empty() {
            // A plain value continued on the next line (or a nested key, kept as text:
            // none of the facts read here is a mapping).
            if let Some((_, Value::One(s))) = pairs.last_mut() {
                if !s.is_empty() {
                    s.push(' ');
                }
                s.push_str(&scalar(trimmed));
            }
        } else {
            let (key, value) = key_value(trimmed)?;
            pairs.push((key.to_owned(), value));
        }
    }
    (!pairs.is_empty()).then_some(pairs)
}

/// `key: value`, the key a plain word (`title`, `pub_date`, `og-title`).
fn key_value(line: &str) -> Option<(&str, Value)> {
    let (key, value) = line.split_once(':')?;
    let key_ok = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if !key_ok || !(value.is_empty() || value.starts_with([' ', '\t'])) {
        return None;
    }
    // A block scalar's indicator (`|`, `>-`): the text comes on the indented lines.
    if matches!(value.trim(), "|" | "|-" | "|+" | ">" | ">-" | ">+") {
        return Some((key, Value::One(String::new())));
    }
    Some((key, self::value(value)))
}

/// A value after its key: a one-line list `[a, 'b']` (YAML's flow sequence, TOML's array) or
/// one [`scalar`].
fn value(raw: &str) -> Value {
    let raw = raw.trim();
    match raw.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        Some(inner) => Value::Many(
            inner
                .split(',')
                .map(scalar)
                .filter(|s| !s.is_empty())
                .collect(),
        ),
        None => Value::One(scalar(raw)),
    }
}

/// One scalar: `'…'` (with `''` for a quote), `"…"` (with backslash escapes), or plain (a
/// ` #` starts a comment).
fn scalar(value: &str) -> String {
    let value = value.trim();
    if value.len() >= 2 && value.starts_with('\'') && value.ends_with('\'') {
        return value[1..value.len() - 1].replace("''", "'");
    }
    if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
        return unescape(&value[1..value.len() - 1]);
    }
    let plain = value.split_once(" #").map_or(value, |(v, _)| v);
    plain.trim().to_owned()
}

/// A double-quoted YAML string's escapes: `\"`, `\\`, `\n`, `\t`, `\uXXXX`; others kept.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        out.push_str("\\u");
                        out.push_str(&hex);
                    }
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fm(title: &str, date: &str) -> FrontMatter {
        FrontMatter {
            title: Some(title.into()),
            date: Some((date.into(), date.into())),
            ..FrontMatter::default()
        }
    }

    #[test]
    fn blocks_read_and_cut() {
        let cases: &[(&str, &str, Option<FrontMatter>, &str)] = &[
            (
                "YAML, single quotes",
                "---\ntitle: '亚马逊加码AI'\ndate: 2024-04-09\n---\n正文。",
                Some(fm("亚马逊加码AI", "2024-04-09")),
                "正文。",
            ),
            (
                "YAML, a quote inside single quotes, doubled",
                "---\ntitle: '他说''好'''\ndate: 2024-04-09\n---\n正文。",
                Some(fm("他说'好'", "2024-04-09")),
                "正文。",
            ),
            (
                "YAML, quotes inside not doubled (strict YAML refuses it): the outer pair goes",
                "---\ntitle: '专家：'阴谋论塑造政治''\ndate: 2024-04-09\n---\n正文。",
                Some(fm("专家：'阴谋论塑造政治'", "2024-04-09")),
                "正文。",
            ),
            (
                "YAML, double quotes with escapes",
                "---\ntitle: \"\\\"大模型\\\"\\u4E4B战\"\ndate: \"2024-04-09\"\n---\n正文。",
                Some(fm("\"大模型\"之战", "2024-04-09")),
                "正文。",
            ),
            (
                "YAML, bare values and a comment",
                "---\ntitle: 亚马逊加码AI # draft\ndate: 2024-04-09\n---\n正文。",
                Some(fm("亚马逊加码AI", "2024-04-09")),
                "正文。",
            ),
            (
                "CRLF, BOM, blank lines and a fence with a trailing space",
                "\u{feff}--- \r\n\r\ntitle: 标题\r\ndate: 2024-04-09\r\n\r\n---\r\n正文。\r\n",
                Some(fm("标题", "2024-04-09")),
                "正文。\r\n",
            ),
            (
                "TOML",
                "+++\ntitle = \"标题\"\ndate = 2024-04-09\n+++\n正文。",
                Some(fm("标题", "2024-04-09")),
                "正文。",
            ),
            (
                "missing keys: the block still goes",
                "---\nlayout: post\n---\n正文。",
                Some(FrontMatter::default()),
                "正文。",
            ),
            (
                "invalid TOML: the block goes, nothing is read from it",
                "+++\ntitle = \n+++\n正文。",
                Some(FrontMatter::default()),
                "正文。",
            ),
            (
                "a rule that is not on line 1",
                "\n---\ntitle: 标题\n---\n正文。",
                None,
                "",
            ),
            (
                "rules around a paragraph are not front matter",
                "---\n这是一段正文，不是键值。\n---\n正文。",
                None,
                "",
            ),
            ("no closing fence", "---\ntitle: 标题\n正文。", None, ""),
            ("no fence", "title: 标题\n正文。", None, ""),
        ];
        for (label, input, want, body) in cases {
            let got = split(input);
            assert_eq!(got.as_ref().map(|g| &g.0), want.as_ref(), "{label}");
            if let Some((_, rest)) = got {
                assert_eq!(rest, *body, "{label}");
            }
        }
    }

    #[test]
    fn every_fact() {
        let yaml = "---\ntitle: 标题\ndate: 2024-04-09T08:30:00+08:00\nauthor: 张三\nsource: 机器之心\nurl: https://example.com/a\ntags: [AI, \"大模型\"]\n---\n";
        let toml = "+++\ntitle = '标题'\ndate = 2024-04-09T08:30:00+08:00\nauthor = ['张三', '李四']\nsource = 'https://example.com/a'\ntags = ['AI', '大模型']\n+++\n";
        let (y, _) = split(yaml).unwrap();
        assert_eq!(
            y,
            FrontMatter {
                title: Some("标题".into()),
                date: Some(("2024-04-09".into(), "2024-04-09T08:30:00+08:00".into())),
                author: Some("张三".into()),
                publisher: Some("机器之心".into()),
                url: Some("https://example.com/a".into()),
                tags: vec!["AI".into(), "大模型".into()],
            }
        );
        let (t, _) = split(toml).unwrap();
        assert_eq!(
            t,
            FrontMatter {
                title: Some("标题".into()),
                date: Some(("2024-04-09".into(), "2024-04-09T08:30:00+08:00".into())),
                author: Some("张三, 李四".into()),
                publisher: None,
                url: Some("https://example.com/a".into()),
                tags: vec!["AI".into(), "大模型".into()],
            }
        );
    }

    #[test]
    fn toml_reads_the_top_level_only() {
        let cases = [
            (
                "basic string escapes",
                "+++\ntitle = \"他说\\\"你好\\\"\"\n+++\n",
                Some("他说\"你好\""),
            ),
            (
                "quoted key, comment",
                "+++\n# 注释\n\"title\" = '标题'\n+++\n",
                Some("标题"),
            ),
            (
                "a table ends the top level",
                "+++\n[params]\ntitle = '不是这篇的标题'\n+++\n",
                None,
            ),
            (
                "not key = value",
                "+++\n正文一行\ntitle = 'T'\n+++\n",
                Some("T"),
            ),
        ];
        for (label, input, want) in cases {
            let (facts, _) = split(input).expect(label);
            assert_eq!(facts.title.as_deref(), want, "{label}");
        }
    }

    #[test]
    fn lists_dates_and_continuations() {
        let (f, _) = split(
            "---\ntags:\n  - AI\n  - '芯片'\ndate: 2024-04\ntitle: >-\n  很长的\n  标题\n---\n",
        )
        .unwrap();
        assert_eq!(f.tags, ["AI", "芯片"]);
        assert_eq!(f.date, Some(("2024-04".into(), "2024-04".into())));
        assert_eq!(f.title.as_deref(), Some("很长的 标题"));
        let (f, _) = split("---\ntags: AI，芯片\ndate: 下周\n---\n").unwrap();
        assert_eq!((f.tags, f.date), (vec!["AI".into(), "芯片".into()], None));
        let (f, _) = split("---\ndate: 2024/4/9 8:00\ntitle: ''\n---\n").unwrap();
        assert_eq!(f.date, Some(("2024-04-09".into(), "2024/4/9 8:00".into())));
        assert_eq!(f.title, None);
    }
}
