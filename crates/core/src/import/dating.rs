//! The date of an imported article whose front matter and page give none.
//!
//! In order:
//! 1. **A date line** near the top (a byline: `发布于 2024-04-15`, `原创 … 2024年4月15日 10:32`,
//!    `来源：界面新闻 2023年9月25日`, or a line that is little but a date): the page states it.
//! 2. **A date in the file name** (`2024-04-15-标题.md`, `20240415_x.txt`): whoever saved the
//!    file dated it; guessed.
//! 3. **The latest full date in the text** (`2024年4月15日`, `2024-04-15`, `2024/4/15`) that is
//!    not after the import day: news reports what has happened, so it was written on or after
//!    the latest day it names; guessed.
//! 4. Nothing: the article is **undated** (date `""`), never the day of import. It has no
//!    anchor, so none of its dates go on the timeline (its relative dates, 去年 or 3月5日, cannot
//!    resolve, and a full date would have dated it); its companies and money count everywhere
//!    else, and it sorts after dated articles as the copy, never the original, of a story.
//!
//! Guessed and undated dates are [`crate::DateKind::Inferred`], with the reason shown in the
//! reader (`date guessed from the file name`).

use super::guess::full_dates;
use regex::Regex;
use std::sync::LazyLock;

/// How far down a date line may be: the byline sits under the headline.
const HEAD_LINES: usize = 15;

/// Longer than a byline: body text, whose first date is an event's, not the article's.
const LINE_MAX_CHARS: usize = 80;

/// Words that make a line a date line (a byline, a post header).
const LINE_CUES: &[&str] = &[
    "发布于",
    "发布时间",
    "发布日期",
    "发表于",
    "发表时间",
    "更新时间",
    "日期",
    "时间",
    "原创",
    "来源",
    "编辑",
    "作者",
    "记者",
    "published",
    "posted",
    "updated",
    "date",
];

/// What a line may hold besides its date and still be one (a weekday, a clock time).
const BARE_LINE_REST_MAX: usize = 12;

/// The date a byline near the top states: `(YYYY-MM-DD, the date as written)`.
pub fn date_line(text: &str) -> Option<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES)
        .filter(|l| l.chars().count() <= LINE_MAX_CHARS)
        .find_map(|line| {
            let (date, words) = full_dates(line).next()?;
            let lower = line.to_lowercase();
            let cued = LINE_CUES.iter().any(|w| lower.contains(w));
            let rest = line
                .replacen(&words, "", 1)
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_ascii_digit() && !":：|｜-".contains(*c))
                .count();
            (cued || rest <= BARE_LINE_REST_MAX).then_some((date, words))
        })
}

/// A date in a file name: `2024-04-15-…`, `2024_04_15`, `20240415…`.
pub fn file_name_date(stem: &str) -> Option<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[^0-9])((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?:[^0-9]|$)")
            .expect("a fixed, valid regex")
    });
    let c = RE.captures(stem)?;
    let iso = format!("{}-{}-{}", &c[1], &c[2], &c[3]);
    let date = full_dates(&iso).next().map(|(d, _)| d);
    date
}

/// The latest full date in `text` not after `today` (`YYYY-MM-DD`): `(date, words)`.
pub fn latest_date(text: &str, today: &str) -> Option<(String, String)> {
    full_dates(text)
        .filter(|(d, _)| today.is_empty() || d.as_str() <= today)
        .max_by(|a, b| a.0.cmp(&b.0))
}

/// The guessed date of an article no line states it for: from the file name, else the latest
/// date in the text. `(date, why)`; `None`: undated.
pub fn guess(text: &str, stem: Option<&str>, today: &str) -> Option<(String, String)> {
    stem.and_then(|s| {
        file_name_date(s).map(|d| (d, format!("date guessed from the file name ({s})")))
    })
    .or_else(|| {
        latest_date(text, today).map(|(d, words)| {
            (
                d,
                format!("date guessed from the latest date in the text ({words})"),
            )
        })
    })
}

/// The reason an article is undated.
pub const UNDATED: &str = "undated: neither the text nor the file name gives a date";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines() {
        let table: &[(&str, Option<&str>)] = &[
            ("标题\n发布于 2024-04-15 10:32\n正文", Some("2024-04-15")),
            ("标题\n原创 机器之心 2024年4月15日 10:32 北京\n正文", Some("2024-04-15")),
            ("标题\n来源：界面新闻 2023年9月25日\n正文", Some("2023-09-25")),
            ("标题\n2024/4/15\n正文", Some("2024-04-15")),
            ("标题\nPublished: 2024-04-15\n正文", Some("2024-04-15")),
            // Body text: its date is an event's, not the article's.
            (
                "标题\n2020年2月27日，K Health完成了4800万美元的C轮融资，由14W和Mangrove Capital领投。",
                None,
            ),
            ("标题\n正文没有日期。", None),
        ];
        for (text, want) in table {
            assert_eq!(date_line(text).map(|d| d.0).as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn file_names() {
        let table: &[(&str, Option<&str>)] = &[
            ("2024-04-15-auto1-abc", Some("2024-04-15")),
            ("2024_04_15 笔记", Some("2024-04-15")),
            ("笔记20240415", Some("2024-04-15")),
            ("2024-13-45-x", None),
            ("GPT-4 笔记", None),
            ("120240415", None),
        ];
        for (stem, want) in table {
            assert_eq!(file_name_date(stem).as_deref(), *want, "{stem}");
        }
    }

    #[test]
    fn guesses_in_order() {
        let text = "2023年3月1日发布了A，2024年4月15日发布了B，2030年1月1日将发布C。";
        assert_eq!(
            latest_date(text, "2026-12-03").map(|d| d.0).as_deref(),
            Some("2024-04-15"),
            "a date after the import day is a plan, not the writing day"
        );
        let (d, why) = guess(text, Some("2024-07-01-x"), "2026-12-03").expect("dated");
        assert_eq!(d, "2024-07-01");
        assert!(why.contains("file name"), "{why}");
        let (d, why) = guess(text, Some("笔记"), "2026-12-03").expect("dated");
        assert_eq!(d, "2024-04-15");
        assert!(why.contains("2024年4月15日"), "{why}");
        assert_eq!(
            guess("去年3月，公司发布了产品。", Some("笔记"), "2026-12-03"),
            None
        );
    }
}
