//! The search view's strings.

use super::Tr;

/// Every label of the search view.
pub struct Texts {
    /// The page's `<h1>` and tab title.
    pub heading: &'static str,
    /// What the search does, under the heading.
    pub intro: &'static str,
    /// The search form (its landmark name), the input's label and placeholder, the button.
    pub form_label: &'static str,
    pub input_label: &'static str,
    pub input_placeholder: &'static str,
    pub submit: &'static str,
    /// The sort control and its choices.
    /// The whole-word switch: its label and what it does.
    pub whole_words: &'static str,
    pub whole_words_title: &'static str,
    pub sort_legend: &'static str,
    pub sort_article: &'static str,
    pub sort_left: &'static str,
    pub sort_right: &'static str,
    /// Before the query's words, as the segmenter cut them.
    pub query_words: &'static str,
    /// Hits of one term, after its words.
    pub term_count: fn(usize) -> String,
    /// With no query: before the example queries.
    pub examples: &'static str,
    /// The number of listed hits.
    pub total: fn(usize) -> String,
    /// The counts table.
    pub counts_caption: &'static str,
    pub col_article: &'static str,
    pub col_hits: &'static str,
    pub counts_total: &'static str,
    /// Title of an article's filter button (pressed: only its hits are listed).
    pub filter_title: &'static str,
    /// When the lines are limited to some articles, and the button that lifts the limit.
    pub filtered: fn(usize) -> String,
    pub show_all: &'static str,
    /// The list of lines.
    pub lines_label: &'static str,
    /// When only the first lines are drawn: `(shown, total)`.
    /// "第 251–500 行，共 1,259 行；下载 CSV 或 JSON 可得到全部。": the page of lines shown.
    pub lines_range: fn(usize, usize, usize) -> String,
    /// "More" in the hits-per-article table, with how many it adds.
    pub counts_more: fn(usize) -> String,
    /// The articles with hits the table does not list.
    pub counts_hidden: fn(usize) -> String,
    /// Paragraph number in a line's source (1-based).
    pub paragraph: fn(usize) -> String,
    /// A line's link, for screen readers: `(article title, paragraph 1-based)`.
    pub open_line: fn(&str, usize) -> String,
    /// Nothing found / nothing to search for / query cut.
    pub no_hits: &'static str,
    pub no_words: &'static str,
    pub truncated: &'static str,
    /// The segmenter could not be built, so the query can't be cut.
    pub segmenter_failed: &'static str,
}

/// The search view in both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts {
        heading: "搜索语料",
        intro: "在全部文章中查找词语。简体与繁体互通，英文不区分大小写；用空格分隔多个词，用引号把短语括起来。默认按整词匹配（查询和文章用同一套分词）；取消“整词匹配”可在词内查找。",
        form_label: "搜索语料",
        input_label: "搜索词",
        input_placeholder: "例如：亚马逊 \"生成式 AI\"",
        submit: "搜索",
        whole_words: "整词匹配",
        whole_words_title: "勾选时只匹配完整的词；取消后在词内也能找到，例如“亚马逊”也会找到“亚马逊云科技”",
        sort_legend: "排序",
        sort_article: "按文章",
        sort_left: "按左侧语境",
        sort_right: "按右侧语境",
        query_words: "查询分词：",
        term_count: |n| format!("{n} 处"),
        examples: "试试这些查询：",
        total: |n| format!("共 {n} 处命中"),
        counts_caption: "各文章命中数",
        col_article: "文章",
        col_hits: "命中",
        counts_total: "合计",
        filter_title: "只显示这篇文章的命中（再按一次取消）",
        filtered: |n| format!("只显示所选 {n} 篇文章的命中。"),
        show_all: "显示全部文章",
        lines_label: "关键词上下文",
        lines_range: |first, last, total| format!("第 {first}–{last} 行，共 {total} 行；下载 CSV 或 JSON 可得到全部。"),
        counts_more: |n| format!("再显示 {n} 篇"),
        counts_hidden: |n| format!("另有 {n} 篇文章有命中，未列出。"),
        paragraph: |p| format!("第 {p} 段"),
        open_line: |title, p| format!("在阅读页打开：{title}，第 {p} 段"),
        no_hits: "没有找到匹配的词。可以换个说法、去掉引号分开搜索，或取消“整词匹配”。",
        no_words: "查询中没有可搜索的词（只有标点或空格）。",
        truncated: "查询太长，只使用了前面的部分。",
        segmenter_failed: "无法加载分词器：",
    },
    en: Texts {
        heading: "Search the corpus",
        intro: "Find words in every article. Simplified and traditional characters match each other and Latin letters ignore case; separate terms with spaces and put a phrase in quotes. By default search matches whole words (queries are segmented like the articles); uncheck “Whole words” to find strings inside words too.",
        form_label: "Search the corpus",
        input_label: "Search terms",
        input_placeholder: "e.g. 亚马逊 \"生成式 AI\"",
        submit: "Search",
        whole_words: "Whole words",
        whole_words_title: "When checked, only whole words match; uncheck to find the string inside words too (亚马逊 then also finds 亚马逊云科技)",
        sort_legend: "Order lines",
        sort_article: "By article",
        sort_left: "By left context",
        sort_right: "By right context",
        query_words: "Query words:",
        term_count: |n| if n == 1 { "1 hit".to_owned() } else { format!("{n} hits") },
        examples: "Try these queries:",
        total: |n| if n == 1 { "1 hit".to_owned() } else { format!("{n} hits") },
        counts_caption: "Hits per article",
        col_article: "Article",
        col_hits: "Hits",
        counts_total: "Total",
        filter_title: "Only list this article's hits (press again to undo)",
        filtered: |n| {
            if n == 1 {
                "Listing the hits of 1 selected article.".to_owned()
            } else {
                format!("Listing the hits of {n} selected articles.")
            }
        },
        show_all: "Show all articles",
        lines_label: "Keyword in context",
        lines_range: |first, last, total| format!("Lines {first}–{last} of {total}; download CSV or JSON for all."),
        counts_more: |n| format!("Show {n} more"),
        counts_hidden: |n| if n == 1 { "1 more article has hits.".to_owned() } else { format!("{n} more articles have hits.") },
        paragraph: |p| format!("¶ {p}"),
        open_line: |title, p| format!("Open in the reader: {title}, paragraph {p}"),
        no_hits: "No hits. Try other words, drop the quotes to search the words separately, or uncheck “Whole words”.",
        no_words: "The query has no words to search for (only punctuation or spaces).",
        truncated: "The query was too long; only its beginning was used.",
        segmenter_failed: "The segmenter could not be loaded: ",
    },
};
