//! Strings shared by every page: the header, the home page, the reader, errors.

use super::Tr;
use baimo_core::explore::timeline::format::month_en;

/// The site's name, in Chinese and in Latin letters (the same in both interfaces).
pub const SITE_NAME: &str = "百模";
/// The site's name in Latin letters.
pub const SITE_NAME_LATIN: &str = "baimo";

/// Every shared label.
pub struct Texts {
    /// One line under the name on the home page.
    pub tagline: &'static str,
    /// What the home page offers.
    pub home_intro: &'static str,
    /// Heading over the list of articles.
    pub articles_heading: &'static str,
    /// The views, as offered on the home page: heading, then (link, what it shows) per view.
    pub views_heading: &'static str,
    pub view_timeline: &'static str,
    pub view_compare: &'static str,
    pub view_search: &'static str,
    pub view_corpus: &'static str,

    /// Main navigation.
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_timeline: &'static str,
    pub nav_compare: &'static str,
    pub nav_search: &'static str,
    pub nav_corpus: &'static str,
    pub nav_import: &'static str,
    /// The companies page (the registry the reader curates).
    pub nav_companies: &'static str,
    /// The language switch: its visible label (in the other language) and its description.
    pub lang_switch: &'static str,
    pub lang_switch_tag: &'static str,
    pub lang_switch_title: &'static str,
    /// The theme picker.
    pub theme_label: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,

    /// Labels of an article's facts.
    pub publisher: &'static str,
    pub author: &'static str,
    /// The article's address (from its front matter) and its tags.
    pub source_link: &'static str,
    pub source_link_title: &'static str,
    pub tags: &'static str,
    pub date: &'static str,
    pub script: &'static str,
    /// Script badges and their explanations.
    pub script_traditional_short: &'static str,
    pub script_simplified_short: &'static str,
    pub script_traditional: &'static str,
    pub script_simplified: &'static str,
    /// The marker on a date that the page does not state, and how a date is known.
    pub date_inferred: &'static str,
    pub date_basis: &'static str,
    pub date_stated_prefix: &'static str,
    pub date_inferred_prefix: &'static str,
    /// Under a title that stands in for a missing headline.
    pub title_from_lede: &'static str,
    /// A date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in this language.
    pub format_date: fn(&str) -> String,

    /// Reader controls.
    pub toolbar_label: &'static str,
    pub toggle_boundaries: &'static str,
    pub toggle_boundaries_pending: &'static str,
    pub toggle_boundaries_title: &'static str,
    pub toggle_script: &'static str,
    pub toggle_script_title: &'static str,
    pub toggle_script_noop_title: &'static str,
    pub toggle_raw: &'static str,
    pub toggle_raw_title: &'static str,
    pub raw_heading: &'static str,
    pub clean_heading: &'static str,
    /// Segmentation status.
    pub seg_pending: &'static str,
    pub seg_failed: &'static str,
    pub seg_done: fn(usize, usize) -> String,
    /// A censored word in the source.
    pub gap_title: &'static str,
    /// The highlighted evidence sentence in the reader.
    pub evidence_label: &'static str,

    /// Whole-corpus analysis, which the timeline, comparison and search wait for.
    pub analysis_pending: &'static str,
    pub analysis_failed: &'static str,
    /// Download buttons.
    pub export_label: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub export_failed: &'static str,

    /// Not-found pages and corpus errors.
    pub page_not_found: &'static str,
    pub page_not_found_detail: &'static str,
    pub article_not_found: &'static str,
    pub article_not_found_detail: fn(&str) -> String,
    pub back_home: &'static str,
    pub corpus_failed_heading: &'static str,
    pub corpus_failed: &'static str,
}

/// A manifest date the way Chinese text writes it: 2023年8月8日, 2023年10月, 2023年.
/// Anything else is shown as it is.
pub fn date_zh(iso: &str) -> String {
    if iso.is_empty() {
        return "无日期".to_owned(); // an undated import
    }
    match date_parts(iso) {
        Some((y, None, _)) => format!("{y}年"),
        Some((y, Some(m), None)) => format!("{y}年{m}月"),
        Some((y, Some(m), Some(d))) => format!("{y}年{m}月{d}日"),
        None => iso.to_owned(),
    }
}

/// The same date in English: 8 Aug 2023, Oct 2023, 2023.
pub fn date_en(iso: &str) -> String {
    if iso.is_empty() {
        return "undated".to_owned(); // an undated import
    }
    match date_parts(iso) {
        Some((y, None, _)) => y.to_string(),
        Some((y, Some(m), None)) => format!("{} {y}", month_en(m)),
        Some((y, Some(m), Some(d))) => format!("{d} {} {y}", month_en(m)),
        None => iso.to_owned(),
    }
}

/// `(year, month, day)` of an ISO date at any precision; `None` when it is not one.
pub fn date_parts(iso: &str) -> Option<(i32, Option<u32>, Option<u32>)> {
    let mut parts = iso.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = match parts.next() {
        Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let d = match parts.next() {
        Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    parts.next().is_none().then_some((y, m, d))
}

/// Shared labels in both languages.
pub static COMMON: Tr<Texts> = Tr {
    zh: Texts {
        tagline: "中文媒体笔下的 AI 竞赛",
        home_intro: "收录中文媒体关于大模型与 AI 竞赛的报道和评论。点击标题阅读全文；阅读页可显示分词词界、标出文中提到的公司，并可将繁体文章转为简体。时间线、公司比较与搜索都在浏览器里由同一套分词与分析得出。",
        articles_heading: "文章",
        views_heading: "浏览方式",
        view_timeline: "从文中提取的带日期事件，按年月排列，每条都链接到原句；可按公司、文章、金额类型和时间筛选。",
        view_compare: "选 2 至 5 家公司并排比较：各文章提及次数、声量占比、投资与估值等金额、特征词和共现关系。",
        view_search: "按词搜索全部文章，简繁互通，以上下文索引（KWIC）列出结果。",
        view_corpus: "每篇文章的来源、日期依据、长度，以及清洗规则去掉了什么。",
        nav_label: "主导航",
        nav_home: "首页",
        nav_timeline: "时间线",
        nav_compare: "公司比较",
        nav_search: "搜索",
        nav_corpus: "语料",
        nav_import: "导入",
        nav_companies: "公司",
        lang_switch: "English",
        lang_switch_tag: "en",
        lang_switch_title: "Switch the interface to English",
        theme_label: "配色",
        theme_system: "跟随系统",
        theme_light: "浅色",
        theme_dark: "深色",
        publisher: "来源",
        author: "作者",
        source_link: "原文",
        source_link_title: "在新标签页打开原文网址",
        tags: "标签",
        date: "日期",
        script: "字体",
        script_traditional_short: "繁",
        script_simplified_short: "简",
        script_traditional: "繁体中文",
        script_simplified: "简体中文",
        date_inferred: "推定",
        date_basis: "日期依据",
        date_stated_prefix: "原文标注：",
        date_inferred_prefix: "推定理由：",
        title_from_lede: "原页面未抓取到标题，此处以正文首句代替。",
        format_date: date_zh,
        toolbar_label: "阅读选项",
        toggle_boundaries: "显示词界",
        toggle_boundaries_pending: "分词中…",
        toggle_boundaries_title: "标出分词结果中每个词的边界",
        toggle_script: "简体",
        toggle_script_title: "以简体字显示标题与正文；再按一次恢复原文",
        toggle_script_noop_title: "本文原文即为简体",
        toggle_raw: "对照原始抓取",
        toggle_raw_title: "在清洗后的正文旁显示原始抓取文本，以便核对清洗结果",
        raw_heading: "原始抓取",
        clean_heading: "清洗后正文",
        seg_pending: "正在分词，正文可先阅读……",
        seg_failed: "分词失败，正文仍可阅读。原因：",
        seg_done: |words, companies| format!("分词完成：{words} 个词，{companies} 处公司名。"),
        gap_title: "原文此处有删节",
        evidence_label: "出处句",
        analysis_pending: "正在分词并分析全部文章……",
        analysis_failed: "分析失败：",
        export_label: "下载",
        export_csv: "下载 CSV",
        export_json: "下载 JSON",
        export_failed: "下载失败：",
        page_not_found: "未找到页面",
        page_not_found_detail: "这个地址没有对应的页面。",
        article_not_found: "未找到文章",
        article_not_found_detail: |address| format!("没有地址为 {address} 的文章。"),
        back_home: "返回首页",
        corpus_failed_heading: "无法载入文章",
        corpus_failed: "文章库载入失败：",
    },
    en: Texts {
        tagline: "The AI race in the Chinese-language press",
        home_intro: "Reports and commentary from the Chinese-language press on large models and the AI race. Open a title to read the article; the reader can show word boundaries, mark the companies named and convert traditional script to simplified. The timeline, the company comparison and search are all worked out in your browser by the same segmentation and analysis.",
        articles_heading: "Articles",
        views_heading: "Ways in",
        view_timeline: "Dated events extracted from the text, by year and month, each linked to its sentence; filter by company, article, kind of money and dates.",
        view_compare: "Two to five companies side by side: mentions per article, share of voice, investments, valuations and other figures, distinctive terms and co-occurrence.",
        view_search: "Word search over every article, simplified and traditional alike, as keyword-in-context lines.",
        view_corpus: "Where each article comes from, how its date is known, its length, and what cleaning removed.",
        nav_label: "Main navigation",
        nav_home: "Home",
        nav_timeline: "Timeline",
        nav_compare: "Compare",
        nav_search: "Search",
        nav_corpus: "Corpus",
        nav_import: "Import",
        nav_companies: "Companies",
        lang_switch: "中文",
        lang_switch_tag: "zh-Hans",
        lang_switch_title: "界面切换为中文",
        theme_label: "Theme",
        theme_system: "System",
        theme_light: "Light",
        theme_dark: "Dark",
        publisher: "Publisher",
        author: "Author",
        source_link: "Source",
        source_link_title: "Open the original address in a new tab",
        tags: "Tags",
        date: "Date",
        script: "Script",
        script_traditional_short: "Trad.",
        script_simplified_short: "Simp.",
        script_traditional: "Traditional Chinese",
        script_simplified: "Simplified Chinese",
        date_inferred: "inferred",
        date_basis: "How the date is known",
        date_stated_prefix: "Stated on the page: ",
        date_inferred_prefix: "Inferred: ",
        title_from_lede: "The page's headline was not captured; its first sentence stands in.",
        format_date: date_en,
        toolbar_label: "Reading options",
        toggle_boundaries: "Word boundaries",
        toggle_boundaries_pending: "Segmenting…",
        toggle_boundaries_title: "Mark the boundary of every word the segmenter found",
        toggle_script: "Simplified",
        toggle_script_title: "Show the title and text in simplified script; press again for the original",
        toggle_script_noop_title: "This article is already in simplified script",
        toggle_raw: "Compare with raw scrape",
        toggle_raw_title: "Show the raw scraped text beside the cleaned text, to check the cleaning",
        raw_heading: "Raw scrape",
        clean_heading: "Cleaned text",
        seg_pending: "Segmenting; the text can be read meanwhile…",
        seg_failed: "Segmentation failed; the text is still readable. Reason: ",
        seg_done: |words, companies| {
            format!("Segmented: {words} words, {companies} company mentions.")
        },
        gap_title: "Censored in the source",
        evidence_label: "Evidence sentence",
        analysis_pending: "Segmenting and analysing every article…",
        analysis_failed: "Analysis failed: ",
        export_label: "Download",
        export_csv: "Download CSV",
        export_json: "Download JSON",
        export_failed: "Download failed: ",
        page_not_found: "Page not found",
        page_not_found_detail: "Nothing lives at this address.",
        article_not_found: "Article not found",
        article_not_found_detail: |address| format!("No article lives at the address {address}."),
        back_home: "Back to the home page",
        corpus_failed_heading: "Could not load the articles",
        corpus_failed: "The article library failed to load: ",
    },
};
