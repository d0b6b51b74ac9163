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
    },
};
