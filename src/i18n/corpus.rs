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

    /// The filters: their group's label, and each control's.
    pub filters_label: &'static str,
    pub filter_title: &'static str,
    pub filter_title_placeholder: &'static str,
    pub filter_from: &'static str,
    pub filter_to: &'static str,
    pub filter_publisher: &'static str,
    pub filter_company: &'static str,
    pub filter_origin: &'static str,
    /// "All publishers", "All companies", and the origins.
    pub any_publisher: &'static str,
    pub any_company: &'static str,
    pub origin_all: &'static str,
    pub origin_yours: &'static str,
    pub origin_bundled: &'static str,
    /// An option with its article count: "36氪（12）".
    pub with_count: fn(&str, usize) -> String,
    /// The link that lifts every filter.
    pub clear_filters: &'static str,
    /// The order menu (small screens hide the sortable column headings) and its choices, by
    /// the address's `sort` value.
    pub filter_sort: &'static str,
    pub sort_option: fn(&str) -> &'static str,
    /// The switch that shows every copy of a reposted story as its own row.
    pub every_copy: &'static str,
    pub every_copy_title: &'static str,
    /// "第 1–25 行，共 312 个报道（918 篇文章中的 640 篇）": rows shown, rows, articles matched, all.
    pub showing: fn(usize, usize, usize, usize, usize) -> String,
    /// Nothing passes the filters.
    pub no_match: &'static str,
    /// The sort link's hint, and the column's state for a screen reader is `aria-sort`.
    pub sort_by: fn(&str) -> String,
    /// "3 篇转载": the folded copies of a story.
    pub reposts: fn(usize) -> String,
    /// A copy shown as its own row: "转载" and the link to the original.
    pub repost_of: &'static str,

    /// The pager: its label, the links, and "第 3 / 12 页".
    pub pager_label: &'static str,
    pub pager_first: &'static str,
    pub pager_previous: &'static str,
    pub pager_next: &'static str,
    pub pager_last: &'static str,
    pub pager_page: fn(usize, usize) -> String,

    /// The home page: the library in numbers, the newest stories, the way to the table.
    pub home_summary: fn(usize, usize, usize) -> String,
    pub home_span: fn(&str, &str) -> String,
    pub home_recent: &'static str,
    pub home_all: fn(usize) -> String,

    /// The reader's note on a reposted story: as the original, and as a copy.
    pub story_original: fn(usize) -> String,
    pub story_copy: &'static str,
    pub story_others: &'static str,
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
        filters_label: "筛选文章",
        filter_title: "标题含",
        filter_title_placeholder: "输入标题中的字词",
        filter_from: "起始月份",
        filter_to: "截止月份",
        filter_publisher: "来源",
        filter_company: "提及公司",
        filter_origin: "文章",
        any_publisher: "全部来源",
        any_company: "全部公司",
        origin_all: "全部",
        origin_yours: "我的",
        origin_bundled: "内置",
        with_count: |name, n| format!("{name}（{n}）"),
        clear_filters: "清除筛选",
        filter_sort: "排序",
        sort_option: |v| match v {
            "-date" => "日期（新→旧）",
            "date" => "日期（旧→新）",
            "title" => "标题",
            "publisher" => "来源",
            "-length" => "长度（长→短）",
            "length" => "长度（短→长）",
            _ => "文库顺序",
        },
        every_copy: "转载逐篇列出",
        every_copy_title: "打开后，同一报道的每篇转载各占一行；关闭时一个报道只列一次（原文），转载列在其下。",
        showing: |first, last, rows, matched, all| {
            if matched == all {
                format!("第 {first}–{last} 行，共 {rows} 行（{all} 篇文章）")
            } else {
                format!("第 {first}–{last} 行，共 {rows} 行（{all} 篇文章中有 {matched} 篇符合）")
            }
        },
        no_match: "没有符合筛选条件的文章。",
        sort_by: |column| format!("按{column}排序"),
        reposts: |n| format!("{n} 篇转载"),
        repost_of: "转载自",
        pager_label: "分页",
        pager_first: "首页",
        pager_previous: "上一页",
        pager_next: "下一页",
        pager_last: "末页",
        pager_page: |page, pages| format!("第 {page} / {pages} 页"),
        home_summary: |articles, stories, yours| {
            let mut s = format!("文库共有 {articles} 篇文章");
            if stories < articles {
                s.push_str(&format!("，合并转载后为 {stories} 个报道"));
            }
            if yours > 0 {
                s.push_str(&format!("，其中 {yours} 篇是你导入的"));
            }
            s.push('。');
            s
        },
        home_span: |first, last| format!("日期从 {first} 到 {last}。"),
        home_recent: "最新文章",
        home_all: |n| format!("在语料表中查看全部 {n} 篇文章：排序、筛选、分页"),
        story_original: |n| format!("这篇文章被转载了 {n} 次："),
        story_copy: "这是一篇转载，原文：",
        story_others: "其他转载：",
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
        filters_label: "Filter the articles",
        filter_title: "Title has",
        filter_title_placeholder: "words of a title",
        filter_from: "From month",
        filter_to: "To month",
        filter_publisher: "Publisher",
        filter_company: "Names company",
        filter_origin: "Articles",
        any_publisher: "All publishers",
        any_company: "All companies",
        origin_all: "All",
        origin_yours: "Yours",
        origin_bundled: "Bundled",
        with_count: |name, n| format!("{name} ({n})"),
        clear_filters: "Clear filters",
        filter_sort: "Order",
        sort_option: |v| match v {
            "-date" => "Date, newest first",
            "date" => "Date, oldest first",
            "title" => "Title",
            "publisher" => "Publisher",
            "-length" => "Length, longest first",
            "length" => "Length, shortest first",
            _ => "Library order",
        },
        every_copy: "List every repost",
        every_copy_title: "On: every copy of a story has its own row. Off: a story is listed once (its original), with its copies under it.",
        showing: |first, last, rows, matched, all| {
            if matched == all {
                format!("Rows {first}–{last} of {rows} ({all} articles)")
            } else {
                format!("Rows {first}–{last} of {rows} ({matched} of {all} articles match)")
            }
        },
        no_match: "No article passes these filters.",
        sort_by: |column| format!("Sort by {}", column.to_lowercase()),
        reposts: |n| if n == 1 { "1 repost".to_owned() } else { format!("{n} reposts") },
        repost_of: "Repost of",
        pager_label: "Pages",
        pager_first: "First",
        pager_previous: "Previous",
        pager_next: "Next",
        pager_last: "Last",
        pager_page: |page, pages| format!("Page {page} of {pages}"),
        home_summary: |articles, stories, yours| {
            let mut s = format!("The library holds {articles} articles");
            if stories < articles {
                s.push_str(&format!(", {stories} stories once reposts are counted once"));
            }
            if yours > 0 {
                s.push_str(&format!("; {yours} of them you imported"));
            }
            s.push('.');
            s
        },
        home_span: |first, last| format!(" Dated from {first} to {last}."),
        home_recent: "Newest articles",
        home_all: |n| format!("All {n} articles in the corpus table: sort, filter, page"),
        story_original: |n| {
            if n == 1 {
                "This article was reposted once:".to_owned()
            } else {
                format!("This article was reposted {n} times:")
            }
        },
        story_copy: "This is a repost of",
        story_others: "Other copies:",
    },
};
