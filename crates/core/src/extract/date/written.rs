//! Dates written out, with or without their year: `2023年8月28日`, `9月25日`, `2020-2022年`,
//! `二季度`, `下半年`, `2023-08-28`, `2023Q3`. A missing year comes from the article
//! ([`Ctx::infer_year`]).

use super::cues::{is_han, is_han_digit, part_of, plausible_year};
use super::scan::{Candidate, Ctx};
use super::{days_in_month, Date, Precision, Resolution};
use crate::extract::numerals::{parse_han_year, parse_small_number};
use crate::extract::Span;
use regex::{Captures, Match};

/// A year that starts a structured date.
struct YearPrefix {
    year: i32,
    resolution: Resolution,
    /// Written in Arabic digits (only those start a year range such as 2023年至2024年).
    numeric: bool,
    /// Byte offset just past the 年.
    end: usize,
}

/// The year a structured match starts with, if it really is one (not 1990年代, 青年, 如今年).
fn year_prefix(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<YearPrefix> {
    // 1990年代 is a decade, 成年/青年… are words.
    let bad_next = |m: Match<'_>| ctx.after(m.end()).is_some_and(|n| "代纪龄轻级".contains(n));
    if let (Some(y), Some(fy)) = (c.name("y"), c.name("fy")) {
        if ctx
            .before(y.start())
            .is_some_and(|p| p.is_ascii_digit() || p == '.')
        {
            return None;
        }
        let year = y.as_str().parse().ok().filter(|&y| plausible_year(y))?;
        if fy.as_str() == "年" && bad_next(fy) {
            return None;
        }
        return Some(YearPrefix {
            year,
            resolution: Resolution::Explicit,
            numeric: true,
            end: fy.end(),
        });
    }
    if let (Some(y), Some(suf)) = (c.name("yh"), c.name("yhs")) {
        if ctx.before(y.start()).is_some_and(is_han_digit) || bad_next(suf) {
            return None;
        }
        let year = parse_han_year(y.as_str()).filter(|&y| plausible_year(y))?;
        return Some(YearPrefix {
            year,
            resolution: Resolution::Explicit,
            numeric: false,
            end: suf.end(),
        });
    }
    let (y, suf) = (c.name("yr")?, c.name("yrs")?);
    let prev = ctx.before(y.start());
    // Chars that, before 今/去/前/明, make a word of them instead (如今, 过去, 目前, 说明).
    let (offset, blocked) = match y.as_str() {
        "今" => (0, "如迄当现"),
        "去" => (-1, "过除失离回进上下出死逝拿抹减删省归老故远免淡褪"),
        "前" => (-2, "年月日天周个之以此提目当几多岁钱超向往空史"),
        "明" => (1, "说表证声透清聪光文发开英精高简申阐标查黎鲜分指注昆神失澄阳照昭晴严写载言讲挑点辨辩通圣"),
        _ => return None,
    };
    if prev.is_some_and(|p| blocked.contains(p) || p.is_ascii_digit() || is_han_digit(p))
        || bad_next(suf)
    {
        return None;
    }
    Some(YearPrefix {
        year: ctx.anchor.year.saturating_add(offset),
        resolution: Resolution::Relative,
        numeric: false,
        end: suf.end(),
    })
}

/// What the part after the year yielded.
enum Rest {
    /// A date (and range end), its resolution, and the byte where it ends.
    Found(Date, Option<Date>, Resolution, usize),
    /// Nothing usable: keep the year alone, if there is one.
    Fallback,
    /// An impossible date (2月30日, 13月): drop the whole match.
    Invalid,
}

/// A structured match: a year alone, a range of years, or a year (or none) and the rest.
pub(super) fn build_structured(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<Candidate> {
    let start = c.get(0)?.start();
    let has_year = c.name("y").is_some() || c.name("yh").is_some() || c.name("yr").is_some();
    let prefix = if has_year {
        Some(year_prefix(c, ctx)?)
    } else {
        None
    };
    if let (Some(p), Some(ye)) = (&prefix, c.name("yend")) {
        // 2020-2022年: a range of years stands alone.
        let y2 = ye
            .as_str()
            .parse()
            .ok()
            .filter(|&y| plausible_year(y) && y > p.year)?;
        return Some(Candidate {
            span: Span::new(start, p.end),
            date: Date::of_year(p.year),
            until: Some(Date::of_year(y2)),
            resolution: p.resolution,
        });
    }
    match rest(c, ctx, prefix.as_ref()) {
        Rest::Found(date, until, resolution, end) => Some(Candidate {
            span: Span::new(start, end),
            date,
            until,
            resolution,
        }),
        Rest::Invalid => None,
        Rest::Fallback => prefix.map(|p| Candidate {
            span: Span::new(start, p.end),
            date: Date::of_year(p.year),
            until: None,
            resolution: p.resolution,
        }),
    }
}

/// Reads what follows the year (or stands alone): month, quarter, half, or part of a year.
fn rest(c: &Captures<'_>, ctx: &Ctx<'_>, prefix: Option<&YearPrefix>) -> Rest {
    if let Some(m) = c.name("m") {
        return month_rest(c, ctx, prefix, m);
    }
    if let Some(q) = c.name("q").or_else(|| c.name("qq")) {
        return quarter_rest(c, ctx, prefix, q);
    }
    // The year named, else the article's: 上半年 and 年底 alone mean this year's.
    let year_of = || {
        prefix.map_or((ctx.anchor.year, Resolution::Relative), |p| {
            (p.year, p.resolution)
        })
    };
    if let (Some(h), Some(suf)) = (c.name("h"), c.name("hsuf")) {
        let half = if h.as_str() == "上" { 1 } else { 2 };
        let (year, res) = year_of();
        return Rest::Found(
            Date::without_month(year, Precision::Half(half)),
            None,
            res,
            suf.end(),
        );
    }
    if let Some(yp) = c.name("yp") {
        let Some(part) = part_of(yp.as_str(), ctx.after(yp.end())) else {
            return Rest::Fallback;
        };
        if prefix.is_none() {
            // 年初 alone: not when the 年 belongs to a word or a number (青年, 成年, 5年底).
            let at = c.name("ypy").map_or(yp.start(), |m| m.start());
            let prev = ctx.before(at);
            if prev.is_some_and(|p| {
                p.is_ascii_digit()
                    || is_han_digit(p)
                    || "青少成老中新跨全整每半当同该本上下这那几多数近历往逐隔周童晚早头壮幼盛丰荒学财某些个余长"
                        .contains(p)
            }) {
                return Rest::Invalid;
            }
        }
        let (year, res) = year_of();
        return Rest::Found(
            Date::without_month(year, Precision::YearPart(part)),
            None,
            res,
            yp.end(),
        );
    }
    if let (Some(y3), Some(suf), Some(p)) = (c.name("y3"), c.name("y3s"), prefix) {
        // 2023年至2024年.
        let Some(y2) = y3
            .as_str()
            .parse()
            .ok()
            .filter(|&y| plausible_year(y) && y > p.year)
        else {
            return Rest::Fallback;
        };
        if !p.numeric {
            return Rest::Fallback;
        }
        return Rest::Found(
            Date::of_year(p.year),
            Some(Date::of_year(y2)),
            p.resolution,
            suf.end(),
        );
    }
    Rest::Fallback
}

/// A month, with its day, day range, part or month range: 9月25日, 4~7月, 9月下旬.
fn month_rest(c: &Captures<'_>, ctx: &Ctx<'_>, prefix: Option<&YearPrefix>, m: Match<'_>) -> Rest {
    let Some(month) = parse_small_number(m.as_str()).filter(|m| (1..=12).contains(m)) else {
        return Rest::Invalid;
    };
    let han = !m.as_str().starts_with(|c: char| c.is_ascii_digit());
    if prefix.is_none() {
        let prev = ctx.before(m.start());
        let bad_prev = if han {
            // 五六月, 一个月, 每月 and such: a Chinese numeral glued to a word.
            prev.is_some_and(|p| {
                is_han_digit(p) || "个几半每第上下这本同当前后数多整统".contains(p)
            })
        } else {
            // 1.5月, and GPT-4月 (a model name, then 月).
            let before_prev = ctx
                .char_index(m.start())
                .checked_sub(2)
                .and_then(|i| ctx.chars.get(i))
                .copied();
            prev.is_some_and(|p| p.is_ascii_digit() || p == '.')
                || (prev.is_some_and(|p| p == '-' || p == '/')
                    && before_prev.is_some_and(|b| b.is_ascii_alphanumeric()))
        };
        if bad_prev || ctx.every_year_before(m.start()) {
            return Rest::Invalid;
        }
    }
    let Some(mon) = c.name("mon") else {
        return Rest::Invalid;
    };
    let mon_end = c.name("fen").unwrap_or(mon).end();
    let (year, res) = prefix.map_or_else(|| ctx.infer_year(month), |p| (p.year, p.resolution));
    // A range end earlier in the calendar than its start runs into the next year.
    let until_year = |m2: u32| {
        if m2 < month {
            year.saturating_add(1)
        } else {
            year
        }
    };

    if let Some(mr) = c.name("mr") {
        // 4~7月.
        let Some(m2) =
            parse_small_number(mr.as_str()).filter(|m| (1..=12).contains(m) && *m != month)
        else {
            return Rest::Invalid;
        };
        let until = Date::of_month(until_year(m2), m2);
        return Rest::Found(Date::of_month(year, month), Some(until), res, mon_end);
    }
    if let (Some(d), Some(dsuf)) = (c.name("d"), c.name("dsuf")) {
        let Some(day) =
            parse_small_number(d.as_str()).filter(|&d| d >= 1 && d <= days_in_month(year, month))
        else {
            return Rest::Invalid;
        };
        let date = Date::of_day(year, month, day);
        if let Some(dr) = c.name("dr") {
            // 25-28日.
            return match parse_small_number(dr.as_str())
                .filter(|&d2| d2 > day && d2 <= days_in_month(year, month))
            {
                Some(d2) => Rest::Found(date, Some(Date::of_day(year, month, d2)), res, dsuf.end()),
                None => Rest::Invalid,
            };
        }
        if let (Some(d2), Some(d2suf)) = (c.name("d2"), c.name("d2suf")) {
            // 9月25日至28日, 9月25日至10月2日, …至2024年1月3日; a tail that makes no sense
            // is left off.
            let m2 = c
                .name("m2")
                .map_or(Some(month), |g| parse_small_number(g.as_str()));
            let uy = |m2| match c.name("y4") {
                Some(y4) => y4.as_str().parse().ok().filter(|&y| plausible_year(y)),
                None => Some(until_year(m2)),
            };
            if let Some((m2, uy)) = m2
                .filter(|m| (1..=12).contains(m))
                .and_then(|m| Some((m, uy(m)?)))
            {
                let d2 = parse_small_number(d2.as_str())
                    .filter(|&d| d >= 1 && d <= days_in_month(uy, m2));
                if let Some(d2) = d2 {
                    if (uy, m2, d2) > (year, month, day) {
                        return Rest::Found(date, Some(Date::of_day(uy, m2, d2)), res, d2suf.end());
                    }
                }
            }
        }
        return Rest::Found(date, None, res, dsuf.end());
    }
    if let Some(mp) = c.name("mp") {
        if let Some(part) = part_of(mp.as_str(), ctx.after(mp.end())) {
            return Rest::Found(Date::month_part(year, month, part), None, res, mp.end());
        }
    }
    if let Some(m3) = c.name("m3") {
        // 4月至6月, 2023年4月至2024年6月.
        let m2 = parse_small_number(m3.as_str()).filter(|m| (1..=12).contains(m));
        let uy = match c.name("y2") {
            Some(y2) => y2
                .as_str()
                .parse()
                .ok()
                .filter(|&y| plausible_year(y) && y >= year),
            None => m2.map(until_year),
        };
        if let (Some(m2), Some(uy), Some(all)) = (m2, uy, c.get(0)) {
            if (uy, m2) > (year, month) {
                return Rest::Found(
                    Date::of_month(year, month),
                    Some(Date::of_month(uy, m2)),
                    res,
                    all.end(),
                );
            }
        }
    }
    // A Chinese-numeral month alone, with no year before it, must stand apart from the next
    // word: 一月 before a Han char is too often part of something else.
    if han && prefix.is_none() && c.name("fen").is_none() && ctx.after(mon_end).is_some_and(is_han)
    {
        return Rest::Invalid;
    }
    Rest::Found(Date::of_month(year, month), None, res, mon_end)
}

/// A quarter: 二季度, 第三季度, Q3.
fn quarter_rest(
    c: &Captures<'_>,
    ctx: &Ctx<'_>,
    prefix: Option<&YearPrefix>,
    q: Match<'_>,
) -> Rest {
    let Some(quarter) = parse_small_number(q.as_str()).filter(|q| (1..=4).contains(q)) else {
        return Rest::Invalid;
    };
    let is_q = c.name("qq").is_some();
    let end = if is_q {
        q.end()
    } else {
        c.name("qsuf").map_or(q.end(), |s| s.end())
    };
    // Where the quarter starts: 第, the Q (one ASCII byte before the digit), or the numeral.
    let first = match c.name("qdi") {
        Some(m) => m.start(),
        None if is_q => q.start().saturating_sub(1),
        None => q.start(),
    };
    let prev = ctx.before(first);
    let bad = if is_q {
        // Q2 inside a Latin word or number (GQ2, Q23) is no quarter.
        prev.is_some_and(|p| p.is_ascii_alphanumeric() && prefix.is_none())
            || ctx.after(end).is_some_and(|n| n.is_ascii_alphanumeric())
    } else {
        // 上一季度, 连续三季度: a quarter counted from something else.
        prefix.is_none()
            && c.name("qdi").is_none()
            && prev.is_some_and(|p| {
                p.is_ascii_digit()
                    || is_han_digit(p)
                    || "上下本这那每个几同前后首近该当整续连过头".contains(p)
            })
    };
    if bad {
        return Rest::Fallback;
    }
    let quarter = quarter as u8;
    let (year, res) = prefix.map_or_else(
        || ctx.infer_year(3 * u32::from(quarter) - 2),
        |p| (p.year, p.resolution),
    );
    Rest::Found(
        Date::without_month(year, Precision::Quarter(quarter)),
        None,
        res,
        end,
    )
}

/// 2023-08-28, 2023/8/28, 2023.8.28: a full date in digits.
pub(super) fn build_numeric(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<Candidate> {
    let all = c.get(0)?;
    if c.name("s1")?.as_str() != c.name("s2")?.as_str() {
        return None;
    }
    // Plainly a date only: not inside a longer number, version or identifier.
    if ctx
        .before(all.start())
        .is_some_and(|p| p.is_ascii_alphanumeric() || ".-/_".contains(p))
    {
        return None;
    }
    let next = ctx.after(all.end());
    let next2 = ctx.chars.get(ctx.char_index(all.end()) + 1).copied();
    if next.is_some_and(|n| n.is_ascii_alphanumeric())
        || (next.is_some_and(|n| ".-/".contains(n)) && next2.is_some_and(|n| n.is_ascii_digit()))
    {
        return None;
    }
    let year: i32 = c
        .name("y")?
        .as_str()
        .parse()
        .ok()
        .filter(|&y| plausible_year(y))?;
    let month: u32 = c
        .name("m")?
        .as_str()
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let day: u32 = c.name("d")?.as_str().parse().ok()?;
    if day < 1 || day > days_in_month(year, month) {
        return None;
    }
    Some(Candidate {
        span: Span::new(all.start(), all.end()),
        date: Date::of_day(year, month, day),
        until: None,
        resolution: Resolution::Explicit,
    })
}

/// 2023Q3.
pub(super) fn build_year_q(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<Candidate> {
    let all = c.get(0)?;
    if ctx
        .before(all.start())
        .is_some_and(|p| p.is_ascii_alphanumeric())
        || ctx
            .after(all.end())
            .is_some_and(|n| n.is_ascii_alphanumeric())
    {
        return None;
    }
    let year = c
        .name("y")?
        .as_str()
        .parse()
        .ok()
        .filter(|&y| plausible_year(y))?;
    let q = c.name("q")?.as_str().parse().ok()?;
    Some(Candidate {
        span: Span::new(all.start(), all.end()),
        date: Date::without_month(year, Precision::Quarter(q)),
        until: None,
        resolution: Resolution::Explicit,
    })
}
