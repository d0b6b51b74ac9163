//! Images the scrape left behind: file names (`202387113047070.jpg`), figure marks and
//! caption lines (`标题(图3)`), and image credits (`图片来源:…`, `制图|…`).

use regex::Regex;
use std::sync::OnceLock;

fn image_name() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)[\w\-]+\.(?:jpe?g|png|gif|webp|bmp|svg)\b").expect("valid regex")
    })
}

fn figure_mark() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[(（][图圖]\s*\d{1,3}[)）]").expect("valid regex"))
}

fn credit() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"^(?:图片来源|图片来自|图源|图片|制图|摄影|图)\s*[:：|｜]",
            r"|[(（](?:图片)?(?:来自|来源)[^()（）]*[)）]$",
            r"|制图\s*[|｜:：]",
        ))
        .expect("valid regex")
    })
}

/// Longest line treated as a caption; real paragraphs are longer.
const MAX_CAPTION: usize = 80;

/// Removes image file names; returns the line and how many were removed.
pub fn strip_image_names(line: &str) -> (String, usize) {
    let mut n = 0;
    let out = image_name().replace_all(line, |_: &regex::Captures| {
        n += 1;
        ""
    });
    (out.into_owned(), n)
}

/// Removes `(图N)` marks from a line that is more than a caption, or the whole
/// `title(图N)` caption line; returns the line and the count.
pub fn strip_figure_marks(line: &str) -> (String, usize) {
    let mut n = 0;
    let out = figure_mark().replace_all(line, |_: &regex::Captures| {
        n += 1;
        ""
    });
    // A short line that ended in a figure mark was the caption of that figure.
    let trimmed = line.trim_end();
    if n > 0
        && figure_mark()
            .find(trimmed)
            .is_some_and(|m| m.end() == trimmed.len())
        && out.chars().count() <= MAX_CAPTION
    {
        return (String::new(), n);
    }
    (out.into_owned(), n)
}

/// An image credit or caption line (`图片来源:界面新闻`, `…(图片来自于cluebenchmarks.com)`,
/// `产业地图。制图|Founder Park`, or a short `来源:ChatGPT APP` under a screenshot).
pub fn is_caption(simplified: &str) -> bool {
    let len = simplified.chars().count();
    if len > MAX_CAPTION {
        return false;
    }
    if credit().is_match(simplified) {
        return true;
    }
    // A bare short "来源:" line is an image source; a closing credit names the
    // WeChat account or author and is kept.
    let source = simplified.starts_with("来源:") || simplified.starts_with("来源：");
    source && len <= 30 && !simplified.contains("公众号") && !simplified.contains("作者")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_image_file_names() {
        assert_eq!(
            strip_image_names("202387113047070.jpg "),
            (" ".to_owned(), 1)
        );
        assert_eq!(strip_image_names("见图 chart-1.PNG 所示").1, 1);
        assert_eq!(strip_image_names("来自cluebenchmarks.com的榜单").1, 0);
    }

    #[test]
    fn drops_figure_caption_lines_and_inline_marks() {
        assert_eq!(
            strip_figure_marks("大模型一年后6家科技巨头的博弈和取舍(图1)"),
            (String::new(), 1)
        );
        assert_eq!(
            strip_figure_marks("如下所示(图2),各家份额接近。"),
            ("如下所示,各家份额接近。".to_owned(), 1)
        );
        assert_eq!(
            strip_figure_marks("没有图的一段"),
            ("没有图的一段".to_owned(), 0)
        );
    }

    #[test]
    fn recognises_image_credits() {
        assert!(is_caption("图片来源:界面新闻 匡达"));
        assert!(is_caption(
            "9月SuperCLUE总排行榜上Claude 2位列第三(图片来自于cluebenchmarks.com)"
        ));
        assert!(is_caption("美国大模型应用产业地图。制图|Founder Park"));
        assert!(is_caption("来源:ChatGPT APP"));
        assert!(!is_caption("来源 微信公众号:极客公园  文 | 凌梓郡"));
        assert!(!is_caption(
            "图灵奖得主杨立昆认为,大模型不会通向通用人工智能。"
        ));
    }
}
