//! Every string the interface shows, in one place, so the English switch of a later issue
//! only has to swap this table. Article text and metadata are never translated.

/// The site's name, in Chinese and in Latin letters.
pub const SITE_NAME: &str = "百模";
pub const SITE_NAME_LATIN: &str = "baimo";
/// One line under the name on the home page.
pub const TAGLINE: &str = "中文媒体笔下的 AI 竞赛";
/// What the home page offers, in one sentence.
pub const HOME_INTRO: &str =
    "收录中文媒体关于大模型与 AI 竞赛的报道和评论。点击标题阅读全文；阅读页可显示分词词界、标出文中提到的公司，并可将繁体文章转为简体。";
/// Heading over the list of articles.
pub const ARTICLES_HEADING: &str = "文章";

/// Main navigation.
pub const NAV_LABEL: &str = "主导航";
pub const NAV_HOME: &str = "首页";

/// Labels of an article's facts.
pub const PUBLISHER: &str = "来源";
pub const AUTHOR: &str = "作者";
pub const DATE: &str = "日期";
pub const SCRIPT: &str = "字体";

/// Short script badges and their explanations.
pub const SCRIPT_TRADITIONAL_SHORT: &str = "繁";
pub const SCRIPT_SIMPLIFIED_SHORT: &str = "简";
pub const SCRIPT_TRADITIONAL: &str = "繁体中文";
pub const SCRIPT_SIMPLIFIED: &str = "简体中文";

/// The marker on a date that the page does not state.
pub const DATE_INFERRED: &str = "推定";
/// The disclosure that explains how a date is known.
pub const DATE_BASIS: &str = "日期依据";
pub const DATE_STATED_PREFIX: &str = "原文标注：";
pub const DATE_INFERRED_PREFIX: &str = "推定理由：";
/// Shown under a title that stands in for a missing headline.
pub const TITLE_FROM_LEDE: &str = "原页面未抓取到标题，此处以正文首句代替。";

/// Reader controls.
pub const TOOLBAR_LABEL: &str = "阅读选项";
pub const TOGGLE_BOUNDARIES: &str = "显示词界";
pub const TOGGLE_BOUNDARIES_PENDING: &str = "分词中…";
pub const TOGGLE_BOUNDARIES_TITLE: &str = "标出分词结果中每个词的边界";
pub const TOGGLE_SCRIPT: &str = "简体";
pub const TOGGLE_SCRIPT_TITLE: &str = "以简体字显示标题与正文；再按一次恢复原文";
pub const TOGGLE_SCRIPT_NOOP_TITLE: &str = "本文原文即为简体";

/// Segmentation status line.
pub const SEG_PENDING: &str = "正在分词，正文可先阅读……";
pub const SEG_FAILED: &str = "分词失败，正文仍可阅读。原因：";
/// "N 词,M 处公司名": the two numbers are filled in by [`seg_done`].
pub fn seg_done(words: usize, companies: usize) -> String {
    format!("分词完成：{words} 个词，{companies} 处公司名。")
}

/// A censored word in the source.
pub const GAP_TITLE: &str = "原文此处有删节 / censored in the source";

/// Not-found pages. The English line is for readers who arrive by a shared, mistyped link.
pub const PAGE_NOT_FOUND: &str = "未找到页面";
pub const PAGE_NOT_FOUND_EN: &str = "Page not found.";
pub const PAGE_NOT_FOUND_DETAIL: &str = "这个地址没有对应的页面。";
pub const ARTICLE_NOT_FOUND: &str = "未找到文章";
pub const ARTICLE_NOT_FOUND_EN: &str = "Article not found.";
/// "没有编号为 <id> 的文章。", around the id.
pub const ARTICLE_NOT_FOUND_BEFORE: &str = "没有编号为";
pub const ARTICLE_NOT_FOUND_AFTER: &str = "的文章。";
pub const BACK_HOME: &str = "返回首页";

/// The bundled corpus could not be read (a packaging bug; the message names it).
pub const CORPUS_FAILED_HEADING: &str = "无法载入文章";
pub const CORPUS_FAILED: &str = "文章库载入失败：";

/// A manifest date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) the way Chinese text writes it:
/// 2023年8月8日, 2023年10月, 2023年. Anything else is shown as it is.
pub fn date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y] if num(y).is_some() => format!("{y}年"),
        [y, m] => match (num(y), num(m)) {
            (Some(_), Some(m)) => format!("{y}年{m}月"),
            _ => iso.to_owned(),
        },
        [y, m, d] => match (num(y), num(m), num(d)) {
            (Some(_), Some(m), Some(d)) => format!("{y}年{m}月{d}日"),
            _ => iso.to_owned(),
        },
        _ => iso.to_owned(),
    }
}
