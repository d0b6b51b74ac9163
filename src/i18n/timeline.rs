//! The timeline view's strings.
//!
//! Dates and money are written by the core (`explore::timeline::format`), where their
//! wording is tested; this table only picks the language's function.

use super::Tr;
use baimo_core::analysis::Event;
use baimo_core::explore::money::{money_en, money_zh};
use baimo_core::explore::timeline::format::{event_date_en, event_date_zh};
use baimo_core::extract::date::Resolution;
use baimo_core::extract::money::{MoneyKind, MoneyMention};

/// Every label of the timeline view.
pub struct Texts {
    /// The page's `<h1>` and tab title.
    pub heading: &'static str,
    /// One line under the heading.
    pub intro: &'static str,

    /// The filter panel: its heading, each group's legend, the date inputs.
    pub filters_heading: &'static str,
    /// The button that opens and closes the filters on narrow screens, and how many are set.
    pub filters_show: &'static str,
    pub filters_hide: &'static str,
    pub filters_active: fn(usize) -> String,
    pub companies_legend: &'static str,
    pub articles_legend: &'static str,
    pub kinds_legend: &'static str,
    pub dates_legend: &'static str,
    pub from_label: &'static str,
    pub to_label: &'static str,
    /// Under the date inputs: the format a browser without a month picker needs.
    pub dates_hint: &'static str,
    /// The button showing every company (with how many more there are) and hiding them again.
    pub more_companies: fn(usize) -> String,
    pub fewer_companies: &'static str,
    /// How many events a choice has, for screen readers after the visible number.
    pub events_count: fn(usize) -> String,
    pub clear: &'static str,
    /// Values in the address that were not understood, followed by them.
    pub ignored: &'static str,

    /// `Showing <shown> of <total> events`.
    pub count: fn(usize, usize) -> String,
    pub none: &'static str,
    /// A year's heading, a month's (with its year, for a reader far below the year's), the
    /// heading of events with no month.
    pub year_heading: fn(i32) -> String,
    pub month_heading: fn(i32, u32) -> String,
    pub no_month: &'static str,

    /// An event's date at its precision, with the end of its range.
    pub event_date: fn(&Event) -> String,
    /// Before the date as the article writes it.
    pub written_as: &'static str,
    /// How a date was worked out, when not written out in full.
    pub resolution: fn(Resolution) -> Option<&'static str>,
    /// Accessible names of an event's parts.
    pub companies_label: &'static str,
    pub money_label: &'static str,
    /// A money figure and its kind.
    pub money: fn(&MoneyMention) -> String,
    pub kind: fn(MoneyKind) -> &'static str,
    /// Who pays whom: before the flow, for screen readers.
    pub flow_label: &'static str,
    /// A flow of which only one end is known: who pays, or who receives.
    pub payer_only: fn(&str) -> String,
    pub payee_only: fn(&str) -> String,
    /// The article an event comes from, and the link to its sentence in the reader.
    pub source: &'static str,
    pub evidence: &'static str,
    pub evidence_title: &'static str,
    /// Other articles telling the same event.
    pub also_reported: &'static str,
    /// A cluster whose sources disagree, and what on.
    pub conflict: &'static str,
    pub conflict_field: fn(&str) -> String,
    /// Other tellings of a clustered event beyond those listed.
    pub more_sources: fn(usize) -> String,

    /// The overview chart: its heading, its accessible name and keyboard help.
    pub overview_heading: &'static str,
    pub overview_label: &'static str,
    pub overview_help: &'static str,
    /// A month on the chart's cursor (`2024年7月`), the edges (`早于2022年`), and a bin with
    /// its events for the live region.
    pub month_label: fn(i32, u32) -> String,
    pub before: fn(i32) -> String,
    pub after: fn(i32) -> String,
    pub bin_status: fn(&str, usize) -> String,
    /// A brushed range for the live region: its first and last bins and their events.
    pub range_status: fn(&str, &str, usize) -> String,
    /// The stacks besides the top companies.
    pub others: &'static str,
    pub unnamed: &'static str,
    /// What the months draw, and the events dated only to a year, half or quarter (by year,
    /// each a button selecting the year).
    pub chart_note: fn(usize) -> String,
    pub coarse_note: fn(usize) -> String,
    pub year_button: fn(i32, usize) -> String,
    pub clear_range: &'static str,

    /// The page links: the navigation's name, previous and next, a page's name, where we are.
    pub pages_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub page_name: fn(usize) -> String,
    pub page_of: fn(usize, usize) -> String,

    /// The reposts switch and what it hides.
    pub copies_switch: &'static str,
    pub copies_hidden: fn(usize) -> String,
    /// An event of an article reposted by others, and an event of a repost.
    pub reposts: fn(usize) -> String,
    pub repost_of: &'static str,
    /// The articles filter's "more" button.
    pub more_articles: fn(usize) -> String,
}

fn resolution_zh(r: Resolution) -> Option<&'static str> {
    match r {
        Resolution::Explicit => None,
        Resolution::ArticleYear => Some("年份取自文章日期"),
        Resolution::PreviousYear => Some("年份推定为文章日期的前一年"),
        Resolution::Relative => Some("由文章日期推算"),
        Resolution::Recent => Some("“近期”：按文章日期估计，可能早几周"),
        Resolution::ContextYear => Some("年份取自同段上文"),
    }
}

fn resolution_en(r: Resolution) -> Option<&'static str> {
    match r {
        Resolution::Explicit => None,
        Resolution::ArticleYear => Some("year taken from the article's date"),
        Resolution::PreviousYear => Some("year taken as the one before the article's"),
        Resolution::Relative => Some("counted from the article's date"),
        Resolution::Recent => {
            Some("“recently”: placed at the article's date, may be weeks earlier")
        }
        Resolution::ContextYear => Some("year taken from earlier in the paragraph"),
    }
}

fn kind_zh(k: MoneyKind) -> &'static str {
    match k {
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

fn kind_en(k: MoneyKind) -> &'static str {
    match k {
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

fn month_en(m: u32) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS
        .get(m.wrapping_sub(1) as usize)
        .map_or_else(|| m.to_string(), |s| (*s).to_owned())
}

/// The timeline view in both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts {
        heading: "时间线",
        intro: "从全部文章中找出的带日期事件，按年月排列。日期只精确到原文所写的程度；每个事件都可跳转到原文出处。",
        filters_heading: "筛选",
        filters_show: "展开筛选",
        filters_hide: "收起筛选",
        filters_active: |n| format!("已选 {n} 项"),
        companies_legend: "公司",
        articles_legend: "文章",
        kinds_legend: "金额类型",
        dates_legend: "时间范围",
        from_label: "起始月份",
        to_label: "截止月份",
        dates_hint: "格式：年-月，如 2023-09",
        more_companies: |n| format!("显示其余 {n} 家公司"),
        fewer_companies: "只显示常见公司",
        events_count: |n| format!("{n} 个事件"),
        clear: "清除全部筛选",
        ignored: "地址中有无法识别的筛选条件，已忽略：",
        count: |shown, total| format!("显示 {shown} 个事件（共 {total} 个）"),
        none: "没有符合这些筛选条件的事件。",
        year_heading: |y| format!("{y}年"),
        month_heading: |y, m| format!("{y}年{m}月"),
        no_month: "未具体到月份",
        event_date: event_date_zh,
        written_as: "原文：",
        resolution: resolution_zh,
        companies_label: "涉及公司",
        money_label: "金额",
        money: money_zh,
        kind: kind_zh,
        flow_label: "资金流向：",
        payer_only: |n| format!("出资方：{n}"),
        payee_only: |n| format!("获得方：{n}"),
        source: "来源",
        evidence: "出处",
        evidence_title: "打开文章并高亮这句话",
        also_reported: "同一事件的其他报道",
        conflict: "各来源说法不一",
        conflict_field: |f| match f {
            "date" => "日期".to_owned(),
            "amount" => "金额".to_owned(),
            other => other.to_owned(),
        },
        more_sources: |n| format!("另有 {n} 个来源"),
        overview_heading: "每月事件数",
        overview_label: "每月事件数图表，可选择时间范围",
        overview_help: "拖动或点击选择月份；键盘：方向键移动，Shift+方向键扩展范围，Enter 选中，Esc 清除。",
        month_label: |y, m| format!("{y}年{m}月"),
        before: |y| format!("早于{y}年"),
        after: |y| format!("晚于{y}年"),
        bin_status: |bin, n| format!("{bin}：{n} 个事件"),
        range_status: |a, b, n| format!("{a}至{b}：{n} 个事件，按 Enter 选中"),
        others: "其他公司",
        unnamed: "未提及公司",
        chart_note: |n| format!("图中按月份计 {n} 个事件（日期精确到月或日）。"),
        coarse_note: |n| format!("另有 {n} 个事件只精确到年、半年或季度，不在图中："),
        year_button: |y, n| format!("{y}年全年（{n}）"),
        clear_range: "清除时间范围",
        pages_label: "分页",
        previous: "上一页",
        next: "下一页",
        page_name: |n| format!("第 {n} 页"),
        page_of: |n, pages| format!("第 {n} 页，共 {pages} 页"),
        copies_switch: "显示所有转载",
        copies_hidden: |n| format!("同一报道的 {n} 篇转载只计一次"),
        reposts: |n| format!("另见 {n} 篇转载"),
        repost_of: "转载自：",
        more_articles: |n| format!("显示更多文章（还有 {n} 篇）"),
    },
    en: Texts {
        heading: "Timeline",
        intro: "Dated events found in every article, by year and month. A date is only as precise as the article writes it; every event links to its sentence in the article.",
        filters_heading: "Filters",
        filters_show: "Show filters",
        filters_hide: "Hide filters",
        filters_active: |n| format!("{n} set"),
        companies_legend: "Companies",
        articles_legend: "Articles",
        kinds_legend: "Money",
        dates_legend: "Date range",
        from_label: "From month",
        to_label: "To month",
        dates_hint: "Format: year-month, e.g. 2023-09",
        more_companies: |n| format!("Show {n} more companies"),
        fewer_companies: "Show the main companies only",
        events_count: |n| {
            if n == 1 {
                "1 event".to_owned()
            } else {
                format!("{n} events")
            }
        },
        clear: "Clear all filters",
        ignored: "Some filters in the address were not recognised and are ignored: ",
        count: |shown, total| format!("Showing {shown} of {total} events"),
        none: "No events match these filters.",
        year_heading: |y| y.to_string(),
        month_heading: |y, m| format!("{} {y}", month_en(m)),
        no_month: "No month given",
        event_date: event_date_en,
        written_as: "As written: ",
        resolution: resolution_en,
        companies_label: "Companies",
        money_label: "Money",
        money: money_en,
        kind: kind_en,
        flow_label: "Money flow: ",
        payer_only: |n| format!("from {n}"),
        payee_only: |n| format!("to {n}"),
        source: "Source",
        evidence: "Evidence",
        evidence_title: "Open the article with this sentence highlighted",
        also_reported: "Also reported by",
        conflict: "Sources disagree",
        conflict_field: |f| match f {
            "date" => "date".to_owned(),
            "amount" => "amount".to_owned(),
            other => other.to_owned(),
        },
        more_sources: |n| format!("and {n} more"),
        overview_heading: "Events per month",
        overview_label: "Chart of events per month; a date range can be selected",
        overview_help: "Drag or click to select months; keyboard: arrows move, Shift+arrows extend, Enter selects, Esc clears.",
        month_label: |y, m| format!("{} {y}", &month_en(m)[..3]),
        before: |y| format!("before {y}"),
        after: |y| format!("after {y}"),
        bin_status: |bin, n| {
            if n == 1 {
                format!("{bin}: 1 event")
            } else {
                format!("{bin}: {n} events")
            }
        },
        range_status: |a, b, n| format!("{a} to {b}: {n} events, Enter selects"),
        others: "other companies",
        unnamed: "no company",
        chart_note: |n| format!("{n} events dated to a month or day are drawn by month."),
        coarse_note: |n| format!("{n} more are dated only to a year, half or quarter:"),
        year_button: |y, n| format!("all of {y} ({n})"),
        clear_range: "Clear the date range",
        pages_label: "Pages",
        previous: "Previous",
        next: "Next",
        page_name: |n| format!("Page {n}"),
        page_of: |n, pages| format!("Page {n} of {pages}"),
        copies_switch: "Show every copy",
        copies_hidden: |n| {
            if n == 1 {
                "1 repost of a story counted once".to_owned()
            } else {
                format!("{n} reposts of stories counted once")
            }
        },
        reposts: |n| {
            if n == 1 {
                "also in 1 repost".to_owned()
            } else {
                format!("also in {n} reposts")
            }
        },
        repost_of: "Repost of: ",
        more_articles: |n| format!("Show more articles ({n} left)"),
    },
};
