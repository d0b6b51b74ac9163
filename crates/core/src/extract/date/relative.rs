//! Dates counted from the article's own date: `5年前`, `上个月`, `本月底`, `月初`, `近日`.

use super::cues::{is_han_digit, part_of};
use super::scan::{Candidate, Ctx};
use super::{Date, Resolution};
use crate::extract::numerals::parse_small_number;
use crate::extract::Span;
use regex::Captures;

/// 5年前, 两年前: a year counted back from the article's.
pub(super) fn build_years_ago(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<Candidate> {
    let all = c.get(0)?;
    // 几年前, 十几年前, 2019年前 (before 2019): not a count we can use.
    if ctx
        .before(all.start())
        .is_some_and(|p| p.is_ascii_digit() || p == '.' || is_han_digit(p) || "几多".contains(p))
    {
        return None;
    }
    let n = parse_small_number(c.name("n")?.as_str()).filter(|n| (1..=100).contains(n))?;
    Some(Candidate {
        span: Span::new(all.start(), all.end()),
        date: Date::of_year(ctx.anchor.year.saturating_sub(i32::try_from(n).ok()?)),
        until: None,
        resolution: Resolution::Relative,
    })
}

/// The article's month moved by `offset` months.
fn shift_month(ctx: &Ctx<'_>, offset: i32) -> Option<(i32, u32)> {
    let am = ctx.anchor.month.filter(|m| (1..=12).contains(m))?;
    // In i64: the anchor's year is whatever the manifest said.
    let total = i64::from(ctx.anchor.year) * 12 + i64::from(am) - 1 + i64::from(offset);
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    Some((year, u32::try_from(total.rem_euclid(12)).ok()? + 1))
}

/// 上个月, 本月, 下月 and their parts (上月末), from the article's month.
pub(super) fn build_rel_month(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<Candidate> {
    let all = c.get(0)?;
    let rm = c.name("rm")?;
    let offset = match rm.as_str() {
        "上个月" | "上月" => -1,
        "本月" | "这个月" => 0,
        _ => 1,
    };
    // 日本月…, 以上月份: 本/上/下 ending another word.
    let prev = ctx.before(rm.start());
    let blocked = match rm.as_str() {
        "本月" => "日资基成版根原样剧账文课书脚范副读标善血老蓝话底",
        "上月" | "下月" => "以之线网马加晚早向往北南赶爬登跟",
        _ => "",
    };
    if prev.is_some_and(|p| blocked.contains(p)) {
        return None;
    }
    let (year, month) = shift_month(ctx, offset)?;
    let part = c
        .name("mp")
        .and_then(|mp| part_of(mp.as_str(), ctx.after(mp.end())).map(|p| (p, mp.end())));
    let (date, end) = match part {
        Some((p, end)) => (Date::month_part(year, month, p), end),
        None => {
            // 登上月球, 线上月活: 上 + 月球, 上 + 月活.
            if ctx
                .after(rm.end())
                .is_some_and(|n| "球亮光饼活均薪费租供度票卡".contains(n))
            {
                return None;
            }
            (Date::of_month(year, month), rm.end())
        }
    };
    Some(Candidate {
        span: Span::new(all.start(), end),
        date,
        until: None,
        resolution: Resolution::Relative,
    })
}

/// 月初, 月底 alone: part of the article's month.
pub(super) fn build_bare_month_part(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<Candidate> {
    let all = c.get(0)?;
    let mp = c.name("mp")?;
    // 个月初, 每月底, 5月初 (taken whole elsewhere): the 月 is not the article's month.
    if ctx.before(all.start()).is_some_and(|p| {
        p.is_ascii_digit()
            || is_han_digit(p)
            || "个每上下本这当同次该前后半满岁正腊蜜年日明几数多整隔逐按".contains(p)
    }) {
        return None;
    }
    let part = part_of(mp.as_str(), ctx.after(mp.end()))?;
    let (year, month) = shift_month(ctx, 0)?;
    Some(Candidate {
        span: Span::new(all.start(), mp.end()),
        date: Date::month_part(year, month, part),
        until: None,
        resolution: Resolution::Relative,
    })
}

/// 近日, 日前, 几天前: the article's own date.
pub(super) fn build_recent(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<Candidate> {
    let all = c.get(0)?;
    let prev = ctx.before(all.start());
    let next = ctx.after(all.end());
    let ok = match all.as_str() {
        // 接近日本, 最近日活.
        "近日" => {
            !prev.is_some_and(|p| "接靠将贴逼临附亲".contains(p))
                && !next.is_some_and(|n| "本活均益常".contains(n))
        }
        // 节日前, 生日前, 28日前 (before the 28th).
        "日前" => !prev.is_some_and(|p| {
            p.is_ascii_digit()
                || is_han_digit(p)
                || "节生假期忌周工当次每数半同昨今明平往首终翌纪祭庆会截月年号末近".contains(p)
        }),
        // 发布之前几天: days before some other event.
        "前几天" => !prev.is_some_and(|p| "之的日月号节".contains(p)),
        "几天前" => !prev.is_some_and(|p| "的之".contains(p)),
        _ => true,
    };
    ok.then(|| Candidate {
        span: Span::new(all.start(), all.end()),
        date: ctx.anchor.as_date(),
        until: None,
        resolution: Resolution::Recent,
    })
}
