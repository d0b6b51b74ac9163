//! The corpus view's strings.

use super::Tr;

/// Every label of the corpus view.
pub struct Texts {
    /// The page's `<h1>` and tab title.
    pub heading: &'static str,
    /// What the table shows.
    pub intro: &'static str,
    /// Column headings.
    pub col_article: &'static str,
    pub col_publisher: &'static str,
    pub col_date: &'static str,
    pub col_script: &'static str,
    pub col_length: &'static str,
    pub col_removed: &'static str,
    /// "5,219 字（原始 9,876）".
    pub length: fn(usize, usize, usize) -> String,
    /// Label of the scrollable table region.
    pub table_label: &'static str,
    /// The rule legend.
    pub rules_heading: &'static str,
    pub rules_intro: &'static str,
    pub col_rule: &'static str,
    pub col_total: &'static str,
    /// A rule's short name and what one count of it is, by rule key.
    pub rule: fn(&str) -> (&'static str, &'static str),
    /// Shown for a rule that found nothing in an article.
    pub none_removed: &'static str,
    /// "written around": the note on an article written before its page date.
    pub written: &'static str,
    /// Link to the reader's side-by-side view.
    pub compare_raw: &'static str,
}

fn rule_zh(key: &str) -> (&'static str, &'static str) {
    match key {
        "html" => ("HTML 残留", "删去的标签或实体"),
        "image_name" => ("图片文件名", "删去的文件名，如 2023871130.jpg"),
        "jammer" => ("防采集乱码", "删去的论坛防采集字符串"),
        "pinyin" => ("拼音注音", "删去的字后拼音，如 產(chǎn)"),
        "spam" => ("插入广告", "删去的博彩广告词句或整行"),
        "hotline" => ("广告电话", "删去的热线与电话号码行"),
        "caption" => ("图注", "删去的（图N）标记、图片说明与来源"),
        "chrome" => ("页面框架", "删去的登录、分享、评论、页脚等行"),
        "title" => ("重复标题", "删去的正文中重复的标题"),
        "duplicate" => ("重复正文", "删去的重复段落"),
        "trailer" => ("文末附加", "删去的标签、相关链接、签名段"),
        "censor_gap" => ("删节标记", "原文 * 号删节，保留为可见的 □（计数，不删除）"),
        "punct_width" => ("标点全角化", "中文里的半角标点改回全角（计数，不删除）"),
        _ => ("其他", ""),
    }
}

fn rule_en(key: &str) -> (&'static str, &'static str) {
    match key {
        "html" => ("HTML leftovers", "tags or entities removed"),
        "image_name" => (
            "Image file names",
            "file names removed, e.g. 2023871130.jpg",
        ),
        "jammer" => ("Anti-scrape strings", "forum anti-scrape runs removed"),
        "pinyin" => (
            "Glued pinyin",
            "pinyin after characters removed, e.g. 產(chǎn)",
        ),
        "spam" => ("Injected spam", "casino spam phrases or lines removed"),
        "hotline" => ("Spam hotlines", "hotline and phone-number lines removed"),
        "caption" => (
            "Captions",
            "(图N) marks, image captions and credits removed",
        ),
        "chrome" => (
            "Page chrome",
            "login, share, comment and footer lines removed",
        ),
        "title" => (
            "Repeated headline",
            "copies of the headline in the body removed",
        ),
        "duplicate" => ("Repeated body", "paragraphs printed twice removed"),
        "trailer" => (
            "Trailer",
            "tags, related links and signatures after the text removed",
        ),
        "censor_gap" => (
            "Censor marks",
            "* censoring kept as a visible □ (counted, not removed)",
        ),
        "punct_width" => (
            "Full-width punctuation",
            "ASCII punctuation in Chinese restored to full width (counted, not removed)",
        ),
        _ => ("Other", ""),
    }
}

/// The corpus view in both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts {
        heading: "语料",
        intro: "本站收录的文章：来源、日期及其依据、长度、字体，以及清洗时各条规则去掉了什么。阅读页的“对照原始抓取”可把原始文本与清洗结果并排核对。",
        col_article: "文章",
        col_publisher: "来源",
        col_date: "日期",
        col_script: "字体",
        col_length: "长度",
        col_removed: "清洗去除",
        length: |clean, raw, paragraphs| {
            format!("{clean} 字，{paragraphs} 段（原始抓取 {raw} 字）")
        },
        table_label: "文章列表（可横向滚动）",
        rules_heading: "清洗规则",
        rules_intro: "规则按下列顺序执行；数字为该规则在全部文章中生效的次数。",
        col_rule: "规则",
        col_total: "合计",
        rule: rule_zh,
        none_removed: "无",
        written: "成文约于",
        compare_raw: "对照原始抓取",
    },
    en: Texts {
        heading: "Corpus",
        intro: "The articles bundled with baimo: publisher, date and how it is known, length, script, and what each cleaning rule removed. The reader's “Compare with raw scrape” shows the raw text beside the cleaned text.",
        col_article: "Article",
        col_publisher: "Publisher",
        col_date: "Date",
        col_script: "Script",
        col_length: "Length",
        col_removed: "Removed by cleaning",
        length: |clean, raw, paragraphs| {
            format!("{clean} chars, {paragraphs} paragraphs (raw scrape {raw})")
        },
        table_label: "Articles (scrolls sideways)",
        rules_heading: "Cleaning rules",
        rules_intro: "The rules run in this order; the numbers count how often each fired over all articles.",
        col_rule: "Rule",
        col_total: "Total",
        rule: rule_en,
        none_removed: "nothing",
        written: "written around",
        compare_raw: "Compare with raw scrape",
    },
};
