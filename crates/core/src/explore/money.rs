//! Money figures as the views show and name them: in Chinese and English, and by the kind's
//! URL and JSON name. The timeline and the comparison both write amounts this way.

use crate::extract::money::{MoneyKind, MoneyMention};

/// Every money kind, in the order the filter lists them.
pub const MONEY_KINDS: [MoneyKind; 10] = [
    MoneyKind::Investment,
    MoneyKind::FundingRound,
    MoneyKind::Valuation,
    MoneyKind::Revenue,
    MoneyKind::Loss,
    MoneyKind::Cost,
    MoneyKind::MarketSize,
    MoneyKind::MarketCap,
    MoneyKind::Price,
    MoneyKind::Other,
];

/// A money kind's URL and JSON name (`funding-round`): its serde name, so the two never drift.
pub fn kind_key(kind: MoneyKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The money kind with this URL name, if any.
pub fn kind_from_key(key: &str) -> Option<MoneyKind> {
    MONEY_KINDS.into_iter().find(|&k| kind_key(k) == key)
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
            payers: Vec::new(),
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

    #[test]
    fn kind_names_round_trip() {
        assert_eq!(kind_key(MoneyKind::FundingRound), "funding-round");
        assert_eq!(kind_from_key("market-cap"), Some(MoneyKind::MarketCap));
        assert_eq!(kind_from_key("Investment"), None);
        for kind in MONEY_KINDS {
            assert_eq!(kind_from_key(&kind_key(kind)), Some(kind));
        }
    }
}
