//! The compare view's strings.

use super::Tr;
use baimo_core::explore::compare::series::{Bin, Unit};
use baimo_core::explore::money::{money_en, money_zh};
use baimo_core::extract::money::{MoneyKind, MoneyMention};

/// Every label of the compare view.
pub struct Texts {
    /// The page's `<h1>` and tab title.
    pub heading: &'static str,
    /// What the page shows, under the heading.
    pub intro: &'static str,

    /// The picker: the group, the list of picks, adding and removing.
    pub picker_label: &'static str,
    pub selected_label: &'static str,
    pub none_selected: &'static str,
    pub add_label: &'static str,
    pub add_placeholder: &'static str,
    pub add_button: &'static str,
    /// A company in the add list, with its mentions over the corpus.
    pub choice: fn(&str, usize) -> String,
    /// The add list's groups: companies of the registry, companies found in the text; and
    /// what a discovered company's chip says of it (its title).
    pub registered_group: &'static str,
    pub discovered_group: &'static str,
    pub discovered_note: &'static str,
    /// The remove button's accessible name, for a company.
    pub remove: fn(&str) -> String,
    pub full_note: fn(usize) -> String,

    /// Fewer than two companies: what to do, and ready-made comparisons.
    pub need_two: &'static str,
    pub suggestions_label: &'static str,
    /// URL problems: unknown ids (listed), more than the maximum.
    pub unknown_ids: fn(&str) -> String,
    pub too_many: fn(usize) -> String,

    /// The articles' key (`#1` … in the charts).
    pub articles_label: &'static str,
    /// The chart scale switch.
    pub scale_label: &'static str,
    pub scale_raw: &'static str,
    pub scale_per10k: &'static str,
    /// The section of columns.
    pub columns_label: &'static str,

    /// A column: totals and share of voice.
    pub mentions_total: fn(usize) -> String,
    pub share: &'static str,
    /// The chart: heading, axis titles, summary for screen readers, its data table.
    pub chart_heading: &'static str,
    pub axis_raw: &'static str,
    pub axis_per10k: &'static str,
    /// "亚马逊 · 提及次数（各文章）：#1 48，#2 15 …": company, axis title, values.
    pub chart_summary: fn(&str, &str, &str) -> String,
    pub chart_data: &'static str,
    pub col_article: &'static str,
    pub col_count: &'static str,
    pub col_per10k: &'static str,

    /// Money figures.
    pub money_heading: &'static str,
    pub money_table_label: fn(&str) -> String,
    pub col_amount: &'static str,
    pub col_parties: &'static str,
    pub col_evidence: &'static str,
    /// A payer or payee the sentence doesn't name.
    pub party_unknown: &'static str,
    pub evidence_link: &'static str,
    pub no_money: &'static str,
    /// An amount, readable: 40亿美元 / US$4 bn.
    pub format_amount: fn(&MoneyMention) -> String,
    pub kind: fn(MoneyKind) -> &'static str,

    /// Distinctive terms.
    pub terms_heading: &'static str,
    pub terms_note: &'static str,
    pub term_count: fn(usize) -> String,
    pub no_terms: &'static str,

    /// The co-occurrence matrix and the sentences behind a cell.
    pub matrix_heading: &'static str,
    pub matrix_intro: &'static str,
    pub matrix_caption: &'static str,
    pub matrix_scroll_label: &'static str,
    /// A cell's button: the two companies and the count.
    pub cell_label: fn(&str, &str, usize) -> String,
    pub sentences_heading: fn(&str, &str, usize) -> String,
    pub close: &'static str,

    /// The chart switch: bars per article or mentions over time.
    pub chart_label: &'static str,
    pub chart_articles: &'static str,
    pub chart_time: &'static str,
    /// The reposts switch, and what it left out.
    pub copies_label: &'static str,
    pub copies_once: &'static str,
    pub copies_all: &'static str,
    pub copies_note: fn(usize) -> String,

    /// Mentions over time: heading, legend, a bin's short and long names, the chart's
    /// summary (unit, bins, first, last, totals), articles left off it, the table's columns.
    pub series_heading: fn(Unit) -> &'static str,
    pub legend_label: &'static str,
    pub bin_label: fn(Unit, &Bin) -> String,
    pub bin_long: fn(Unit, &Bin) -> String,
    pub series_summary: fn(Unit, usize, &str, &str, &str) -> String,
    pub off_chart: fn(usize) -> String,
    pub col_bin: fn(Unit) -> &'static str,
    pub col_articles: &'static str,

    /// A company's articles, most mentions first.
    pub top_heading: &'static str,
    pub top_label: fn(&str) -> String,
    pub top_count: fn(usize) -> String,
    pub no_articles: &'static str,
    /// A list shown in part: "5 of 40", and the button that shows more.
    pub shown_of: fn(usize, usize) -> String,
    pub more: fn(usize) -> String,
}

fn bin_label_zh(unit: Unit, b: &Bin) -> String {
    match unit {
        Unit::Week => format!("{}月{}日", b.month, b.day),
        Unit::Month => format!("{}年{}月", b.year, b.month),
        Unit::Year => format!("{}年", b.year),
    }
}

fn bin_long_zh(unit: Unit, b: &Bin) -> String {
    match unit {
        Unit::Week => format!("{}年{}月{}日起一周", b.year, b.month, b.day),
        _ => bin_label_zh(unit, b),
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_en(m: u32) -> &'static str {
    MONTHS_EN[(m.clamp(1, 12) - 1) as usize]
}

fn bin_label_en(unit: Unit, b: &Bin) -> String {
    match unit {
        Unit::Week => format!("{} {}", b.day, month_en(b.month)),
        Unit::Month => format!("{} {}", month_en(b.month), b.year),
        Unit::Year => b.year.to_string(),
    }
}

fn bin_long_en(unit: Unit, b: &Bin) -> String {
    match unit {
        Unit::Week => format!("week of {} {} {}", b.day, month_en(b.month), b.year),
        _ => bin_label_en(unit, b),
    }
}

fn unit_zh(unit: Unit) -> &'static str {
    match unit {
        Unit::Week => "周",
        Unit::Month => "个月",
        Unit::Year => "年",
    }
}

fn unit_en(unit: Unit) -> &'static str {
    match unit {
        Unit::Week => "weeks",
        Unit::Month => "months",
        Unit::Year => "years",
    }
}

fn kind_zh(kind: MoneyKind) -> &'static str {
    match kind {
        MoneyKind::Investment => "投资",
        MoneyKind::FundingRound => "融资",
        MoneyKind::Valuation => "估值",
        MoneyKind::Revenue => "营收",
        MoneyKind::Loss => "亏损",
        MoneyKind::Cost => "成本",
        MoneyKind::MarketSize => "市场规模",
        MoneyKind::MarketCap => "市值",
        MoneyKind::Price => "价格",
        MoneyKind::Other => "其他",
    }
}

fn kind_en(kind: MoneyKind) -> &'static str {
    match kind {
        MoneyKind::Investment => "investment",
        MoneyKind::FundingRound => "funding round",
        MoneyKind::Valuation => "valuation",
        MoneyKind::Revenue => "revenue",
        MoneyKind::Loss => "loss",
        MoneyKind::Cost => "cost",
        MoneyKind::MarketSize => "market size",
        MoneyKind::MarketCap => "market cap",
        MoneyKind::Price => "price",
        MoneyKind::Other => "other",
    }
}

/// The compare view in both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts {
        heading: "公司比较",
        intro: "选择 2 至 5 家公司并排比较：在各篇文章中被提及的次数、声量占比、涉及的金额、特征词，以及两家公司在同一句中被提及的次数。",
        picker_label: "选择公司",
        selected_label: "已选公司",
        none_selected: "尚未选择公司。",
        add_label: "添加公司",
        add_placeholder: "选择公司…",
        add_button: "添加",
        choice: |name, n| format!("{name}（{n} 次）"),
        registered_group: "已登记的公司",
        discovered_group: "从文中发现的机构",
        discovered_note: "未登记：从文中发现",
        remove: |name| format!("移除 {name}"),
        full_note: |max| format!("最多可比较 {max} 家公司；如需添加，请先移除一家。"),
        need_two: "请至少选择两家公司，或从下面的组合开始：",
        suggestions_label: "建议的比较",
        unknown_ids: |ids| format!("未知的公司编号：{ids}（已忽略）。"),
        too_many: |max| format!("最多比较 {max} 家公司，只保留了前 {max} 家。"),
        articles_label: "图中文章编号",
        scale_label: "图表刻度",
        scale_raw: "提及次数",
        scale_per10k: "每万字提及",
        columns_label: "各公司数据",
        mentions_total: |n| format!("共提及 {n} 次"),
        share: "声量占比",
        chart_heading: "各文章提及",
        axis_raw: "提及次数",
        axis_per10k: "每万字提及次数",
        chart_summary: |name, axis, values| format!("{name}在各篇文章中的{axis}：{values}"),
        chart_data: "图表数据",
        col_article: "文章",
        col_count: "次数",
        col_per10k: "每万字",
        money_heading: "涉及金额",
        money_table_label: |name| format!("{name}的涉及金额"),
        col_amount: "金额",
        col_parties: "出资方 → 接受方",
        col_evidence: "出处",
        party_unknown: "（未注明）",
        evidence_link: "出处",
        no_money: "没有涉及这家公司的金额。",
        format_amount: money_zh,
        kind: kind_zh,
        terms_heading: "特征词",
        terms_note: "提及这家公司的句子中比其余文本更常见的词，附出现次数。",
        term_count: |n| format!("{n} 次"),
        no_terms: "没有足够的文本得出特征词。",
        matrix_heading: "同句共现",
        matrix_intro: "每格是两家公司在同一句中被提及的句数；点击数字可查看这些句子。",
        matrix_caption: "同一句中同时提及两家公司的句数",
        matrix_scroll_label: "共现矩阵（可横向滚动）",
        cell_label: |a, b, n| format!("{a}与{b}：同句 {n} 次，查看句子"),
        sentences_heading: |a, b, n| format!("{a}与{b}同句提及：{n} 句"),
        close: "收起",
        chart_label: "图表",
        chart_articles: "各文章",
        chart_time: "随时间",
        copies_label: "转载",
        copies_once: "同一报道只计一次",
        copies_all: "计入所有转载",
        copies_note: |n| format!("已略去 {n} 篇转载（另一篇文章的副本），每个报道只计一次。"),
        series_heading: |unit| match unit {
            Unit::Week => "每周提及次数",
            Unit::Month => "每月提及次数",
            Unit::Year => "每年提及次数",
        },
        legend_label: "图例",
        bin_label: bin_label_zh,
        bin_long: bin_long_zh,
        series_summary: |unit, n, first, last, totals| {
            format!("折线图：{n} {}（{first}至{last}）的提及次数；合计：{totals}", unit_zh(unit))
        },
        off_chart: |n| format!("另有 {n} 篇文章因日期不详或过早未画入图中。"),
        col_bin: |unit| match unit {
            Unit::Week => "周（起始日）",
            Unit::Month => "月份",
            Unit::Year => "年份",
        },
        col_articles: "文章数",
        top_heading: "提及最多的文章",
        top_label: |name| format!("提及{name}最多的文章"),
        top_count: |n| format!("{n} 次"),
        no_articles: "没有文章提及这家公司。",
        shown_of: |shown, total| format!("显示 {shown} / 共 {total}"),
        more: |n| format!("再显示 {n} 条"),
    },
    en: Texts {
        heading: "Compare companies",
        intro: "Pick 2 to 5 companies to set side by side: how often each article mentions them, their share of voice, the money figures about them, their distinctive terms, and how often two of them are named in the same sentence.",
        picker_label: "Pick companies",
        selected_label: "Selected companies",
        none_selected: "No company selected yet.",
        add_label: "Add a company",
        add_placeholder: "Choose a company…",
        add_button: "Add",
        choice: |name, n| format!("{name} ({n})"),
        registered_group: "Registered companies",
        discovered_group: "Found in the text",
        discovered_note: "Not registered: found in the text",
        remove: |name| format!("Remove {name}"),
        full_note: |max| format!("At most {max} companies can be compared; remove one to add another."),
        need_two: "Pick at least two companies, or start from one of these:",
        suggestions_label: "Suggested comparisons",
        unknown_ids: |ids| format!("Unknown company id: {ids} (ignored)."),
        too_many: |max| format!("At most {max} companies can be compared; the first {max} are kept."),
        articles_label: "Articles numbered in the charts",
        scale_label: "Chart scale",
        scale_raw: "Mentions",
        scale_per10k: "Per 10k characters",
        columns_label: "Figures per company",
        mentions_total: |n| format!("{n} mentions"),
        share: "Share of voice",
        chart_heading: "Mentions per article",
        axis_raw: "mentions",
        axis_per10k: "mentions per 10,000 characters",
        chart_summary: |name, axis, values| format!("{name}, {axis} in each article: {values}"),
        chart_data: "Chart data",
        col_article: "Article",
        col_count: "Count",
        col_per10k: "Per 10k",
        money_heading: "Money figures",
        money_table_label: |name| format!("Money figures about {name}"),
        col_amount: "Amount",
        col_parties: "Payer → payee",
        col_evidence: "Source",
        party_unknown: "(not stated)",
        evidence_link: "evidence",
        no_money: "No money figures about this company.",
        format_amount: money_en,
        kind: kind_en,
        terms_heading: "Distinctive terms",
        terms_note: "Words more frequent in the sentences naming this company than elsewhere, with their counts.",
        term_count: |n| format!("×{n}"),
        no_terms: "Not enough text for distinctive terms.",
        matrix_heading: "Named in the same sentence",
        matrix_intro: "Each cell counts the sentences naming both companies; press a number to read those sentences.",
        matrix_caption: "Sentences naming both companies",
        matrix_scroll_label: "Co-occurrence matrix (scrolls sideways)",
        cell_label: |a, b, n| format!("{a} and {b}: {n} sentences, show them"),
        sentences_heading: |a, b, n| format!("{a} and {b} in the same sentence: {n}"),
        close: "Close",
        chart_label: "Chart",
        chart_articles: "Per article",
        chart_time: "Over time",
        copies_label: "Reposts",
        copies_once: "Count each story once",
        copies_all: "Count every copy",
        copies_note: |n| format!("{n} reposts (copies of another article's story) left out: each story counts once."),
        series_heading: |unit| match unit {
            Unit::Week => "Mentions per week",
            Unit::Month => "Mentions per month",
            Unit::Year => "Mentions per year",
        },
        legend_label: "Legend",
        bin_label: bin_label_en,
        bin_long: bin_long_en,
        series_summary: |unit, n, first, last, totals| {
            format!("Line chart of mentions over {n} {} ({first} to {last}); totals: {totals}", unit_en(unit))
        },
        off_chart: |n| format!("{n} more articles are not on the chart (date unknown or too early)."),
        col_bin: |unit| match unit {
            Unit::Week => "Week of",
            Unit::Month => "Month",
            Unit::Year => "Year",
        },
        col_articles: "Articles",
        top_heading: "Articles naming it most",
        top_label: |name| format!("Articles naming {name} most"),
        top_count: |n| format!("×{n}"),
        no_articles: "No article names this company.",
        shown_of: |shown, total| format!("{shown} of {total}"),
        more: |n| format!("Show {n} more"),
    },
};
