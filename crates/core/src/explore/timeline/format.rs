//! Dates at their precision, written for people, in Chinese and English (money figures:
//! [`crate::explore::money`]).
//!
//! The interface tables point at these (`format_period: period_zh`), so the wording is
//! tested natively and a "9月下旬" event never reads as a day.

use super::Period;
use crate::analysis::Event;
use crate::extract::date::Part;

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

/// Short English month name, 1-based (`?` outside 1–12): the interface writes dates with it too.
pub fn month_en(m: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    MONTHS
        .get(m.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
