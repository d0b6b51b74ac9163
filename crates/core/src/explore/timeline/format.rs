//! Dates at their precision and money figures, written for people, in Chinese and English.
//!
//! The interface tables point at these (`format_period: period_zh`), so the wording is
//! tested natively and a "9月下旬" event never reads as a day.

use super::Period;
use crate::analysis::Event;
use crate::extract::date::Part;
use crate::extract::money::MoneyMention;

/// A period the way Chinese text writes it: 2023年9月25日, 2023年9月下旬, 2023年9月,
/// 2023年第2季度, 2023年下半年, 2023年底, 2023年.
pub fn period_zh(p: &Period) -> String {
    match *p {
        Period::Day { year, month, day } => format!("{year}年{month}月{day}日"),
        Period::MonthPart { year, month, part } => {
            let part = match part {
                Part::Early => "上旬",
                Part::Mid => "中旬",
                Part::Late => "下旬",
            };
            format!("{year}年{month}月{part}")
        }
        Period::Month { year, month } => format!("{year}年{month}月"),
        Period::Quarter { year, quarter } => format!("{year}年第{quarter}季度"),
        Period::Half { year, half } => {
            format!("{year}年{}", if half == 1 { "上半年" } else { "下半年" })
        }
        Period::YearPart { year, part } => {
            let part = match part {
                Part::Early => "初",
                Part::Mid => "中",
                Part::Late => "底",
            };
            format!("{year}年{part}")
        }
        Period::Year { year } => format!("{year}年"),
    }
}

/// The same in English: 25 Sep 2023, late Sep 2023, Sep 2023, Q2 2023, H2 2023, late 2023,
/// 2023.
pub fn period_en(p: &Period) -> String {
    let part = |part: Part| match part {
        Part::Early => "early",
        Part::Mid => "mid",
        Part::Late => "late",
    };
    match *p {
        Period::Day { year, month, day } => format!("{day} {} {year}", month_en(month)),
        Period::MonthPart {
            year,
            month,
            part: p,
        } => {
            format!("{} {} {year}", part(p), month_en(month))
        }
        Period::Month { year, month } => format!("{} {year}", month_en(month)),
        Period::Quarter { year, quarter } => format!("Q{quarter} {year}"),
        Period::Half { year, half } => format!("H{half} {year}"),
        Period::YearPart { year, part: p } => format!("{} {year}", part(p)),
        Period::Year { year } => year.to_string(),
    }
}

/// An event's date in Chinese, with the end of its range: 2023年4月至7月.
pub fn event_date_zh(event: &Event) -> String {
    let start = Period::of(event);
    let from = period_zh(&start);
    match Period::until_of(event) {
        Some(until) => {
            let end = period_zh(&until);
            // The same year is not written twice: 2023年4月至7月.
            let prefix = format!("{}年", start.year());
            let end = match end.strip_prefix(&prefix) {
                Some(rest) if until.year() == start.year() && !rest.is_empty() => rest.to_owned(),
                _ => end,
            };
            format!("{from}至{end}")
        }
        None => from,
    }
}

/// An event's date in English, with the end of its range: Apr 2023 – Jul 2023.
pub fn event_date_en(event: &Event) -> String {
    let from = period_en(&Period::of(event));
    match Period::until_of(event) {
        Some(until) => format!("{from} – {}", period_en(&until)),
        None => from,
    }
}

/// Short English month name, 1-based.
fn month_en(m: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    MONTHS
        .get(m.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// Was the figure written as a lower bound (1000多亿, 100余万)? Its amount is then the bound.
fn at_least(m: &MoneyMention) -> bool {
    m.text.contains(['多', '余', '餘'])
}

/// Up to two decimals, trailing zeros dropped: 12.50 → 12.5, 40.00 → 40.
fn number(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// An amount in 万亿/亿/万, without currency: 40亿, 12.5亿, 1.5万, 20.
fn amount_zh(x: f64, unit: (f64, &str)) -> String {
    format!("{}{}", number(x / unit.0), unit.1)
}

fn unit_zh(x: f64) -> (f64, &'static str) {
    match x.abs() {
        a if a >= 1e12 => (1e12, "万亿"),
        a if a >= 1e8 => (1e8, "亿"),
        a if a >= 1e4 => (1e4, "万"),
        _ => (1.0, ""),
    }
}

fn unit_en(x: f64) -> (f64, &'static str) {
    match x.abs() {
        a if a >= 1e12 => (1e12, " tn"),
        a if a >= 1e9 => (1e9, " bn"),
        a if a >= 1e6 => (1e6, " m"),
        _ => (1.0, ""),
    }
}

/// A money figure as Chinese financial news writes it: 40亿美元, 12.5亿美元, 200–300亿美元,
/// 逾1000亿美元 (a lower bound), 292亿元 (yuan).
pub fn money_zh(m: &MoneyMention) -> String {
    let currency = match m.currency.as_str() {
        "USD" => "美元".to_owned(),
        "CNY" => "元".to_owned(),
        "EUR" => "欧元".to_owned(),
        "GBP" => "英镑".to_owned(),
        "JPY" => "日元".to_owned(),
        "HKD" => "港元".to_owned(),
        "KRW" => "韩元".to_owned(),
        "TWD" => "新台币".to_owned(),
        other => format!(" {other}"),
    };
    let unit = unit_zh(m.amount_max.unwrap_or(m.amount));
    let amount = match m.amount_max {
        Some(max) => format!("{}–{}", number(m.amount / unit.0), amount_zh(max, unit)),
        None => amount_zh(m.amount, unit),
    };
    let bound = if at_least(m) { "逾" } else { "" };
    format!("{bound}{amount}{currency}")
}

/// The same in English: US$4 bn, US$1.25 bn, US$20–30 bn, over US$100 bn, RMB 29.2 bn.
pub fn money_en(m: &MoneyMention) -> String {
    let currency = match m.currency.as_str() {
        "USD" => "US$".to_owned(),
        "CNY" => "RMB ".to_owned(),
        "EUR" => "€".to_owned(),
        "GBP" => "£".to_owned(),
        "HKD" => "HK$".to_owned(),
        "TWD" => "NT$".to_owned(),
        other => format!("{other} "),
    };
    let unit = unit_en(m.amount_max.unwrap_or(m.amount));
    let amount = match m.amount_max {
        Some(max) => format!("{}–{}", number(m.amount / unit.0), number(max / unit.0)),
        None => number(m.amount / unit.0),
    };
    let bound = if at_least(m) { "over " } else { "" };
    format!("{bound}{currency}{amount}{}", unit.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::money::MoneyKind;

    fn money(amount: f64, amount_max: Option<f64>, currency: &str, text: &str) -> MoneyMention {
        MoneyMention {
            start: 0,
            end: 0,
            text: text.to_owned(),
            amount,
            amount_max,
            currency: currency.to_owned(),
            kind: MoneyKind::Investment,
            conversion: None,
            entities: Vec::new(),
            payer: None,
            payee: None,
        }
    }

    #[test]
    fn periods_keep_their_precision() {
        let cases = [
            ("2023-09-25", "day", "2023年9月25日", "25 Sep 2023"),
            ("2023-09", "month:late", "2023年9月下旬", "late Sep 2023"),
            ("2023-07", "month:early", "2023年7月上旬", "early Jul 2023"),
            ("2023-09", "month", "2023年9月", "Sep 2023"),
            ("2023", "quarter:2", "2023年第2季度", "Q2 2023"),
            ("2023", "half:2", "2023年下半年", "H2 2023"),
            ("2023", "year:late", "2023年底", "late 2023"),
            ("2023", "year:early", "2023年初", "early 2023"),
            ("2019", "year", "2019年", "2019"),
        ];
        for (date, precision, zh, en) in cases {
            let p = Period::parse(date, precision).expect(date);
            assert_eq!(period_zh(&p), zh, "{date} {precision}");
            assert_eq!(period_en(&p), en, "{date} {precision}");
        }
    }

    #[test]
    fn amounts_read_like_the_press() {
        let four_bn = money(4e9, None, "USD", "40亿美元");
        assert_eq!(money_zh(&four_bn), "40亿美元");
        assert_eq!(money_en(&four_bn), "US$4 bn");
        let part = money(1.25e9, None, "USD", "12.5億美元");
        assert_eq!(money_zh(&part), "12.5亿美元");
        assert_eq!(money_en(&part), "US$1.25 bn");
        let range = money(2e10, Some(3e10), "USD", "200-300亿美元");
        assert_eq!(money_zh(&range), "200–300亿美元");
        assert_eq!(money_en(&range), "US$20–30 bn");
        let more = money(1e11, None, "USD", "1000多亿美元");
        assert_eq!(money_zh(&more), "逾1000亿美元");
        assert_eq!(money_en(&more), "over US$100 bn");
        let yuan = money(2.9234e10, None, "CNY", "292.34亿元人民币");
        assert_eq!(money_zh(&yuan), "292.34亿元");
        assert_eq!(money_en(&yuan), "RMB 29.23 bn");
        let price = money(20.0, None, "USD", "20美元");
        assert_eq!(money_zh(&price), "20美元");
        assert_eq!(money_en(&price), "US$20");
        let odd = money(5e6, None, "CHF", "500万瑞郎");
        assert_eq!(money_zh(&odd), "500万 CHF");
        assert_eq!(money_en(&odd), "CHF 5 m");
    }
}
