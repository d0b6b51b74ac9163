//! Dates in a sentence, resolved against the article's own date.
//!
//! [`find_dates`] recognises written-out dates (`2023年8月28日`, `2023-08-28`), partial ones
//! whose year comes from the article (`9月25日`, `11月`), relative ones counted from the
//! article's date (`去年11月`, `上个月`, `5年前`, `近日`), parts of months and years (`9月下旬`,
//! `年底`), quarters, halves and ranges (`4~7月`, `2020-2022年`). Matching runs on the folded
//! text ([`super::fold`]), so traditional script and full-width digits need no extra patterns.

use regex::{Captures, Match, Regex};
use serde::{Deserialize, Serialize, Serializer};
use std::cmp::Reverse;
use std::sync::LazyLock;

/// The article's own date: the anchor relative expressions are counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// Year.
    pub year: i32,
    /// Month 1–12, when known.
    pub month: Option<u32>,
    /// Day of month, when known.
    pub day: Option<u32>,
}

impl Anchor {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a manifest date).
    pub fn parse(s: &str) -> Option<Anchor> {
        let mut parts = s.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = match parts.next() {
            Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Anchor { year, month, day })
    }

    /// The anchor as a [`Date`] at its own precision (day, month or year).
    pub fn as_date(&self) -> Date {
        // The fields are public, so check them rather than trust them.
        match self.month.filter(|m| (1..=12).contains(m)) {
            Some(m) => match self
                .day
                .filter(|&d| d >= 1 && d <= days_in_month(self.year, m))
            {
                Some(d) => Date::of_day(self.year, m, d),
                None => Date::of_month(self.year, m),
            },
            None => Date::of_year(self.year),
        }
    }
}

/// Early, middle or late part of a month or year (上旬/中旬/下旬, 年初/年中/年底).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// 上旬, 月初, 年初.
    Early,
    /// 中旬, 月中, 年中.
    Mid,
    /// 下旬, 月底, 年底.
    Late,
}

impl Part {
    fn name(self) -> &'static str {
        match self {
            Part::Early => "early",
            Part::Mid => "mid",
            Part::Late => "late",
        }
    }
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// A day.
    Day,
    /// Part of a month (9月下旬).
    MonthPart(Part),
    /// A month.
    Month,
    /// A quarter, 1–4.
    Quarter(u8),
    /// A half year, 1–2.
    Half(u8),
    /// Part of a year (年初, 年底).
    YearPart(Part),
    /// A year.
    Year,
}

impl Precision {
    /// The machine name: `day`, `month:early|mid|late`, `month`, `quarter:1`..`quarter:4`,
    /// `half:1|2`, `year:early|mid|late`, `year`.
    pub fn label(&self) -> String {
        match self {
            Precision::Day => "day".to_owned(),
            Precision::MonthPart(p) => format!("month:{}", p.name()),
            Precision::Month => "month".to_owned(),
            Precision::Quarter(q) => format!("quarter:{q}"),
            Precision::Half(h) => format!("half:{h}"),
            Precision::YearPart(p) => format!("year:{}", p.name()),
            Precision::Year => "year".to_owned(),
        }
    }
}

/// Serialised as its [`Precision::label`], one flat string for JSON consumers.
impl Serialize for Precision {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.label())
    }
}

/// A resolved date: year, and month and day as far as the precision goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1–12 for day, month-part and month precision.
    pub month: Option<u32>,
    /// Day for day precision.
    pub day: Option<u32>,
    /// How precise it is.
    pub precision: Precision,
}

impl Date {
    fn of_year(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
            precision: Precision::Year,
        }
    }

    fn of_month(year: i32, month: u32) -> Date {
        Date {
            year,
            month: Some(month),
            day: None,
            precision: Precision::Month,
        }
    }

    fn of_day(year: i32, month: u32, day: u32) -> Date {
        Date {
            year,
            month: Some(month),
            day: Some(day),
            precision: Precision::Day,
        }
    }

    fn month_part(year: i32, month: u32, part: Part) -> Date {
        Date {
            year,
            month: Some(month),
            day: None,
            precision: Precision::MonthPart(part),
        }
    }

    fn without_month(year: i32, precision: Precision) -> Date {
        Date {
            year,
            month: None,
            day: None,
            precision,
        }
    }

    /// `YYYY-MM-DD` for a day, `YYYY-MM` for a month or part of one, `YYYY` otherwise.
    pub fn iso(&self) -> String {
        let month = self.month.filter(|m| (1..=12).contains(m));
        match (self.precision, month, self.day) {
            (Precision::Day, Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Precision::Day | Precision::Month | Precision::MonthPart(_), Some(m), _) => {
                format!("{:04}-{m:02}", self.year)
            }
            _ => format!("{:04}", self.year),
        }
    }

    /// The first calendar day the date may mean, as (year, month, day).
    pub fn first_day(&self) -> (i32, u32, u32) {
        self.span().0
    }

    /// The last calendar day the date may mean, as (year, month, day).
    pub fn last_day(&self) -> (i32, u32, u32) {
        self.span().1
    }

    /// First and last day. 上旬 is days 1–10, 中旬 11–20, 下旬 21 to the month's end; 年初 is
    /// January–March, 年中 May–August, 年底 October–December. A month or day missing where the
    /// precision needs one widens the span to the whole year or month instead of failing.
    fn span(&self) -> ((i32, u32, u32), (i32, u32, u32)) {
        let y = self.year;
        let whole_year = ((y, 1, 1), (y, 12, 31));
        let month = self.month.filter(|m| (1..=12).contains(m));
        let whole_month = |m: u32| ((y, m, 1), (y, m, days_in_month(y, m)));
        match self.precision {
            Precision::Day => match month {
                Some(m) => match self.day.filter(|&d| d >= 1 && d <= days_in_month(y, m)) {
                    Some(d) => ((y, m, d), (y, m, d)),
                    None => whole_month(m),
                },
                None => whole_year,
            },
            Precision::Month => month.map_or(whole_year, whole_month),
            Precision::MonthPart(part) => match month {
                Some(m) => match part {
                    Part::Early => ((y, m, 1), (y, m, 10)),
                    Part::Mid => ((y, m, 11), (y, m, 20)),
                    Part::Late => ((y, m, 21), (y, m, days_in_month(y, m))),
                },
                None => whole_year,
            },
            Precision::Quarter(q @ 1..=4) => {
                let first = 3 * u32::from(q) - 2;
                let last = first + 2;
                ((y, first, 1), (y, last, days_in_month(y, last)))
            }
            Precision::Half(1) => ((y, 1, 1), (y, 6, 30)),
            Precision::Half(2) => ((y, 7, 1), (y, 12, 31)),
            Precision::YearPart(Part::Early) => ((y, 1, 1), (y, 3, 31)),
            Precision::YearPart(Part::Mid) => ((y, 5, 1), (y, 8, 31)),
            Precision::YearPart(Part::Late) => ((y, 10, 1), (y, 12, 31)),
            Precision::Quarter(_) | Precision::Half(_) | Precision::Year => whole_year,
        }
    }
}

/// Days from 1970-01-01 to the given (proleptic Gregorian) date, negative before it.
/// Subtract two of these to get the days between dates. Expects a valid date; other input
/// gives a meaningless number but never panics.
pub fn day_number(y: i32, m: u32, d: u32) -> i64 {
    // Howard Hinnant's days_from_civil, in i64 so no input can overflow.
    let (m, d) = (i64::from(m), i64::from(d));
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9).rem_euclid(12);
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` of year `y`; 0 for a month outside 1–12, so every day fails validation.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// How a date's year (or whole value) was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// Everything is written out (2023年8月28日).
    Explicit,
    /// The year is missing and taken from the article's date.
    ArticleYear,
    /// The year is missing; the article's year would put the date after the article, so
    /// the year before is taken.
    PreviousYear,
    /// Counted from the article's date (今年, 去年, 上个月, 5年前).
    Relative,
    /// Only "around the article's date" (近日, 近期, 几天前): placed at the article's date, at
    /// its precision, as an approximation that may reach back a few weeks.
    Recent,
    /// The year is missing and taken from the year an earlier date in the same paragraph
    /// names (2023年7月…；在9月… → September 2023). Set by the analysis, which sees the paragraph.
    ContextYear,
}

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// First char of the expression in the sentence.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// The date (the start, for a range).
    pub date: Date,
    /// The end of a range (4~7月), if it is one.
    pub until: Option<Date>,
    /// How it was resolved.
    pub resolution: Resolution,
}

/// Every date expression in `sentence` (either script), resolved against `anchor`: in order,
/// non-overlapping (the longest wins where two start together), with char offsets.
///
/// A month or day without a year takes the article's year, or the year before when that
/// would put it after the article's month — unless the sentence speaks of the future
/// (将, 计划, 预计…). Relative expressions that need the article's month (上个月, 月底) are
/// skipped when the anchor has none.
pub fn find_dates(sentence: &str, anchor: &Anchor) -> Vec<DateMention> {
    let text = super::fold(sentence);
    let chars: Vec<char> = text.chars().collect();
    let mut b2c = vec![0; text.len() + 1];
    for (ci, (b, _)) in text.char_indices().enumerate() {
        b2c[b] = ci;
    }
    b2c[text.len()] = chars.len();
    let ctx = Ctx {
        future: speaks_of_future(&chars),
        text: &text,
        chars,
        b2c,
        anchor,
    };

    let mut cands = Vec::new();
    scan(&STRUCTURED_YEAR, &ctx, &mut cands, build_structured);
    scan(&STRUCTURED_BARE, &ctx, &mut cands, build_structured);
    scan(&NUMERIC, &ctx, &mut cands, build_numeric);
    scan(&YEAR_Q, &ctx, &mut cands, build_year_q);
    scan(&YEARS_AGO, &ctx, &mut cands, build_years_ago);
    scan(&REL_MONTH, &ctx, &mut cands, build_rel_month);
    scan(&BARE_MONTH_PART, &ctx, &mut cands, build_bare_month_part);
    scan(&RECENT, &ctx, &mut cands, build_recent);

    // Leftmost first, then longest; anything overlapping a kept mention is dropped.
    cands.sort_by_key(|c| (c.start, Reverse(c.end)));
    let original: Vec<char> = sentence.chars().collect();
    // fold is one char for one char; should that ever break, quote the folded text rather
    // than slice the original at the wrong place.
    let source = if original.len() == ctx.chars.len() {
        &original
    } else {
        &ctx.chars
    };
    let mut out: Vec<DateMention> = Vec::new();
    let mut last_end = 0;
    for c in cands {
        let (start, end) = (ctx.ci(c.start), ctx.ci(c.end));
        if start < last_end || end <= start {
            continue;
        }
        last_end = end;
        out.push(DateMention {
            start,
            end,
            text: source
                .get(start..end)
                .map(|s| s.iter().collect())
                .unwrap_or_default(),
            date: c.date,
            until: c.until,
            resolution: c.resolution,
        });
    }
    out
}

// ---------------------------------------------------------------------------------------
// Patterns. Regexes find the shapes; the builders check values and context (regex has no
// look-behind), and may accept only a leading part of a match.

/// A month, Arabic (validated later) or Chinese.
const MON: &str = r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])";
/// A day of month, Arabic or Chinese up to 三十一.
const DAY: &str = r"(?:[0-9]{1,2}|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])";
/// What joins the two ends of a range.
const SEP: &str = r"[-~—–－至到]";

/// The part after an optional year: month (with day, part or range), quarter or half.
fn rest_core() -> String {
    format!(
        r"(?P<m>{MON})(?:\s*{SEP}\s*(?P<mr>{MON}))?\s*(?P<mon>月)(?P<fen>份)?
        (?:
            \s*(?P<d>{DAY})(?:\s*{SEP}\s*(?P<dr>{DAY}))?\s*(?P<dsuf>[日号])
            (?:\s*{SEP}\s*(?:(?:(?P<y4>[0-9]{{4}})\s*年\s*)?(?P<m2>{MON})\s*月\s*)?(?P<d2>{DAY})\s*(?P<d2suf>[日号]))?
          | (?P<mp>上旬|中旬|下旬|初|底|末|中)
          | \s*{SEP}\s*(?:(?P<y2>[0-9]{{4}})\s*年\s*)?(?P<m3>{MON})\s*月份?
        )?
      | (?P<qdi>第\s*)?(?P<q>[1-4一二三四])\s*(?P<qsuf>季度)
      | Q(?P<qq>[1-4])
      | (?P<h>[上下])(?P<hsuf>半年)"
    )
}

fn compile(pattern: &str) -> Regex {
    // The patterns are constants, not input: the tests compile every one of them.
    Regex::new(pattern).expect("date patterns are valid")
}

/// A year (2023年, 2023 年, 2023财年, 2020-2022年, 二〇二三年, 今年/去年/前年/明年), optionally
/// followed by the rest of a date or by a part of the year (年底, 初).
static STRUCTURED_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?x)
        (?:
            (?P<y>[0-9]{{4}})(?:\s*{SEP}\s*(?P<yend>[0-9]{{4}}))?\s*(?P<fy>财年|年)
          | (?P<yh>[〇零○一二三四五六七八九]{{4}})(?P<yhs>年)
          | (?P<yr>[今去前明])(?P<yrs>年)
        )
        (?:\s*(?:
            {rest}
          | (?P<ypy>年)?(?P<yp>初|底|末|中)
          | {SEP}\s*(?P<y3>[0-9]{{4}})\s*(?P<y3s>年)
        ))?",
        rest = rest_core()
    ))
});

/// The same without a year: 9月25日, 11月, 二季度, 下半年, 年底.
static STRUCTURED_BARE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?x) {rest} | (?P<ypy>年)(?P<yp>初|底|末|中)",
        rest = rest_core()
    ))
});

/// 2023-08-28, 2023/8/28, 2023.8.28.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?P<y>[0-9]{4})(?P<s1>[-/.])(?P<m>[0-9]{1,2})(?P<s2>[-/.])(?P<d>[0-9]{1,2})")
});

/// 2023Q3, 2023 Q3.
static YEAR_Q: LazyLock<Regex> = LazyLock::new(|| compile(r"(?P<y>[0-9]{4})\s*Q(?P<q>[1-4])"));

/// 5年前, 两年前.
static YEARS_AGO: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?P<n>[0-9]{1,3}|[一二三四五六七八九十两]{1,3})\s*年前"));

/// 上个月, 本月, 下月 and their parts (上月末).
static REL_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?P<rm>上个月|上月|本月|这个月|下个月|下月)(?P<mp>上旬|中旬|下旬|初|底|末|中)?")
});

/// 月初, 月中旬, 月底 on their own: the article's month.
static BARE_MONTH_PART: LazyLock<Regex> =
    LazyLock::new(|| compile(r"月(?P<mp>上旬|中旬|下旬|初|底|末|中)"));

/// Vague "recently": the article's own date.
static RECENT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"近日|近期|日前|几天前|前几天|最近几天|近几天"));

// ---------------------------------------------------------------------------------------
// Scanning.

/// The folded sentence and what the builders need to judge a match.
struct Ctx<'a> {
    text: &'a str,
    chars: Vec<char>,
    /// Byte offset → char offset (meaningful at char boundaries, which is all regex returns).
    b2c: Vec<usize>,
    anchor: &'a Anchor,
    /// The sentence talks about what will happen: a yearless month is not pushed back.
    future: bool,
}

impl Ctx<'_> {
    fn ci(&self, byte: usize) -> usize {
        self.b2c.get(byte).copied().unwrap_or(self.chars.len())
    }

    /// The char before byte offset `byte`.
    fn before(&self, byte: usize) -> Option<char> {
        let i = self.ci(byte);
        i.checked_sub(1).and_then(|i| self.chars.get(i)).copied()
    }

    /// The char at byte offset `byte`.
    fn after(&self, byte: usize) -> Option<char> {
        self.chars.get(self.ci(byte)).copied()
    }

    /// Whether 每年 (every year) comes right before, spaces aside: 每年5月 is no date.
    fn every_year_before(&self, byte: usize) -> bool {
        let mut i = self.ci(byte);
        while i > 0 && self.chars.get(i - 1).is_some_and(|c| c.is_whitespace()) {
            i -= 1;
        }
        i >= 2 && self.chars.get(i - 2..i) == Some(&['每', '年'][..])
    }

    /// The year for a month-like date without one (first month `first_month`): the article's
    /// year, or the year before when that would put it after the article's month. Compared
    /// by month, so a date in the article's own month is never "after".
    fn infer_year(&self, first_month: u32) -> (i32, Resolution) {
        match self.anchor.month {
            Some(am) if first_month > am && !self.future => {
                (self.anchor.year.saturating_sub(1), Resolution::PreviousYear)
            }
            _ => (self.anchor.year, Resolution::ArticleYear),
        }
    }
}

/// A candidate mention, in byte offsets into the folded text.
struct Cand {
    start: usize,
    end: usize,
    date: Date,
    until: Option<Date>,
    resolution: Resolution,
}

type Builder = fn(&Captures<'_>, &Ctx<'_>) -> Option<Cand>;

/// Runs `re` over the whole sentence. A rejected match is retried one char later, since a
/// shorter reading may start inside it.
fn scan(re: &Regex, ctx: &Ctx<'_>, out: &mut Vec<Cand>, build: Builder) {
    let text = ctx.text;
    let mut pos = 0;
    while pos < text.len() {
        let Some(caps) = re.captures_at(text, pos) else {
            break;
        };
        let Some(m) = caps.get(0) else { break };
        let next = text
            .get(m.start()..)
            .and_then(|s| s.chars().next())
            .map_or(text.len(), |c| m.start() + c.len_utf8());
        let accepted = build(&caps, ctx).map(|c| {
            let end = c.end;
            out.push(c);
            end
        });
        pos = accepted.unwrap_or(0).max(next);
    }
}

// ---------------------------------------------------------------------------------------
// Character classes and context tests.

const HAN_DIGITS: &str = "〇零○一二三四五六七八九十两百千万";

fn is_han(c: char) -> bool {
    c == '〇' || crate::normalize::is_han(c)
}

fn is_han_digit(c: char) -> bool {
    HAN_DIGITS.contains(c)
}

fn plausible_year(y: i32) -> bool {
    (1900..=2100).contains(&y)
}

/// Parses Arabic digits or a Chinese numeral up to 99 (十二, 二十五, 两).
fn parse_num(s: &str) -> Option<u32> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let digit = |c: char| match c {
        '〇' | '零' | '○' => Some(0),
        c => super::han_digit(c),
    };
    let cs: Vec<char> = s.chars().collect();
    match cs.iter().position(|&c| c == '十') {
        Some(i) => {
            let tens = match &cs[..i] {
                [] => 1,
                [t] => digit(*t)?,
                _ => return None,
            };
            let units = match &cs[i + 1..] {
                [] => 0,
                [u] => digit(*u)?,
                _ => return None,
            };
            Some(tens * 10 + units)
        }
        None => match cs.as_slice() {
            [c] => digit(*c),
            _ => None,
        },
    }
}

/// A year written digit by digit in Chinese (二〇二三).
fn parse_han_year(s: &str) -> Option<i32> {
    s.chars().try_fold(0i32, |acc, c| {
        let d = match c {
            '〇' | '零' | '○' => 0,
            _ => i32::try_from(parse_num(c.encode_utf8(&mut [0; 4]))?).ok()?,
        };
        Some(acc * 10 + d)
    })
}

/// Whether a month/year part (初, 中, 底…) followed by `next` really is one: 月中 before a Han
/// char is usually 月 + a word (9月中国), 初 starts words (初步, 初次).
fn part_of(mp: &str, next: Option<char>) -> Option<Part> {
    match mp {
        "上旬" => Some(Part::Early),
        "中旬" => Some(Part::Mid),
        "下旬" | "底" | "末" => Some(Part::Late),
        "初" if !next.is_some_and(|n| "步次创版级审选稿赛心衷始期".contains(n)) => {
            Some(Part::Early)
        }
        "中" if !next.is_some_and(|n| is_han(n) && !"时期".contains(n)) => Some(Part::Mid),
        _ => None,
    }
}

/// Whether the sentence speaks of the future, so a later month is this year's, not last year's.
fn speaks_of_future(chars: &[char]) -> bool {
    const CUES: [&str; 18] = [
        "将会",
        "即将",
        "计划",
        "预计",
        "有望",
        "准备",
        "打算",
        "预期",
        "明年",
        "届时",
        "将于",
        "预定",
        "定于",
        "未来",
        "下个月",
        "拟于",
        "接下来",
        "今后",
    ];
    let s: String = chars.iter().collect();
    if CUES.iter().any(|c| s.contains(c)) {
        return true;
    }
    chars.iter().enumerate().any(|(i, &c)| {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        match c {
            // 将 also marks an object (将其加入, 将 Copilot 的价格设定, "put it…") or means
            // "nearly" (将近); the future 将 comes before a verb or adverb.
            '将' => chars[i + 1..]
                .iter()
                .find(|n| !n.is_whitespace())
                .is_some_and(|&n| is_han(n) && !"其之它他她近军领士".contains(n)),
            // 拟 also sits in 模拟, 虚拟 (simulate, virtual).
            '拟' => {
                !prev.is_some_and(|p| "模虚草比".contains(p))
                    && !next.is_some_and(|n| "人合真态".contains(n))
            }
            _ => false,
        }
    })
}

// ---------------------------------------------------------------------------------------
// Builders.

/// A year that starts a structured date.
struct YearPre {
    year: i32,
    resolution: Resolution,
    numeric: bool,
    end: usize,
}

fn year_prefix(c: &Captures<'_>, x: &Ctx<'_>) -> Option<YearPre> {
    // 1990年代 is a decade, 成年/青年… are words.
    let bad_next = |m: Match<'_>| x.after(m.end()).is_some_and(|n| "代纪龄轻级".contains(n));
    if let (Some(y), Some(fy)) = (c.name("y"), c.name("fy")) {
        if x.before(y.start())
            .is_some_and(|p| p.is_ascii_digit() || p == '.')
        {
            return None;
        }
        let year = y.as_str().parse().ok().filter(|&y| plausible_year(y))?;
        if fy.as_str() == "年" && bad_next(fy) {
            return None;
        }
        return Some(YearPre {
            year,
            resolution: Resolution::Explicit,
            numeric: true,
            end: fy.end(),
        });
    }
    if let (Some(y), Some(suf)) = (c.name("yh"), c.name("yhs")) {
        if x.before(y.start()).is_some_and(is_han_digit) || bad_next(suf) {
            return None;
        }
        let year = parse_han_year(y.as_str()).filter(|&y| plausible_year(y))?;
        return Some(YearPre {
            year,
            resolution: Resolution::Explicit,
            numeric: false,
            end: suf.end(),
        });
    }
    let (y, suf) = (c.name("yr")?, c.name("yrs")?);
    let prev = x.before(y.start());
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
    Some(YearPre {
        year: x.anchor.year.saturating_add(offset),
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

fn build_structured(c: &Captures<'_>, x: &Ctx<'_>) -> Option<Cand> {
    let start = c.get(0)?.start();
    let has_year = c.name("y").is_some() || c.name("yh").is_some() || c.name("yr").is_some();
    let pre = if has_year {
        Some(year_prefix(c, x)?)
    } else {
        None
    };
    if let (Some(p), Some(ye)) = (&pre, c.name("yend")) {
        // 2020-2022年: a range of years stands alone.
        let y2 = ye
            .as_str()
            .parse()
            .ok()
            .filter(|&y| plausible_year(y) && y > p.year)?;
        return Some(Cand {
            start,
            end: p.end,
            date: Date::of_year(p.year),
            until: Some(Date::of_year(y2)),
            resolution: p.resolution,
        });
    }
    match rest(c, x, pre.as_ref()) {
        Rest::Found(date, until, resolution, end) => Some(Cand {
            start,
            end,
            date,
            until,
            resolution,
        }),
        Rest::Invalid => None,
        Rest::Fallback => pre.map(|p| Cand {
            start,
            end: p.end,
            date: Date::of_year(p.year),
            until: None,
            resolution: p.resolution,
        }),
    }
}

fn rest(c: &Captures<'_>, x: &Ctx<'_>, pre: Option<&YearPre>) -> Rest {
    if let Some(m) = c.name("m") {
        return month_rest(c, x, pre, m);
    }
    if let Some(q) = c.name("q").or_else(|| c.name("qq")) {
        return quarter_rest(c, x, pre, q);
    }
    // The year named, else the article's: 上半年 and 年底 alone mean this year's.
    let year_of = || {
        pre.map_or((x.anchor.year, Resolution::Relative), |p| {
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
        let Some(part) = part_of(yp.as_str(), x.after(yp.end())) else {
            return Rest::Fallback;
        };
        if pre.is_none() {
            // 年初 alone: not when the 年 belongs to a word or a number (青年, 成年, 5年底).
            let at = c.name("ypy").map_or(yp.start(), |m| m.start());
            let prev = x.before(at);
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
    if let (Some(y3), Some(suf), Some(p)) = (c.name("y3"), c.name("y3s"), pre) {
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

fn month_rest(c: &Captures<'_>, x: &Ctx<'_>, pre: Option<&YearPre>, m: Match<'_>) -> Rest {
    let Some(month) = parse_num(m.as_str()).filter(|m| (1..=12).contains(m)) else {
        return Rest::Invalid;
    };
    let han = !m.as_str().starts_with(|c: char| c.is_ascii_digit());
    if pre.is_none() {
        let prev = x.before(m.start());
        let bad_prev = if han {
            // 五六月, 一个月, 每月 and such: a Chinese numeral glued to a word.
            prev.is_some_and(|p| {
                is_han_digit(p) || "个几半每第上下这本同当前后数多整统".contains(p)
            })
        } else {
            // 1.5月, and GPT-4月 (a model name, then 月).
            let before_prev = x
                .ci(m.start())
                .checked_sub(2)
                .and_then(|i| x.chars.get(i))
                .copied();
            prev.is_some_and(|p| p.is_ascii_digit() || p == '.')
                || (prev.is_some_and(|p| p == '-' || p == '/')
                    && before_prev.is_some_and(|b| b.is_ascii_alphanumeric()))
        };
        if bad_prev || x.every_year_before(m.start()) {
            return Rest::Invalid;
        }
    }
    let Some(mon) = c.name("mon") else {
        return Rest::Invalid;
    };
    let mon_end = c.name("fen").unwrap_or(mon).end();
    let (year, res) = pre.map_or_else(|| x.infer_year(month), |p| (p.year, p.resolution));
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
        let Some(m2) = parse_num(mr.as_str()).filter(|m| (1..=12).contains(m) && *m != month)
        else {
            return Rest::Invalid;
        };
        let until = Date::of_month(until_year(m2), m2);
        return Rest::Found(Date::of_month(year, month), Some(until), res, mon_end);
    }
    if let (Some(d), Some(dsuf)) = (c.name("d"), c.name("dsuf")) {
        let Some(day) =
            parse_num(d.as_str()).filter(|&d| d >= 1 && d <= days_in_month(year, month))
        else {
            return Rest::Invalid;
        };
        let date = Date::of_day(year, month, day);
        if let Some(dr) = c.name("dr") {
            // 25-28日.
            return match parse_num(dr.as_str())
                .filter(|&d2| d2 > day && d2 <= days_in_month(year, month))
            {
                Some(d2) => Rest::Found(date, Some(Date::of_day(year, month, d2)), res, dsuf.end()),
                None => Rest::Invalid,
            };
        }
        if let (Some(d2), Some(d2suf)) = (c.name("d2"), c.name("d2suf")) {
            // 9月25日至28日, 9月25日至10月2日, …至2024年1月3日; a tail that makes no sense
            // is left off.
            let m2 = c.name("m2").map_or(Some(month), |g| parse_num(g.as_str()));
            let uy = |m2| match c.name("y4") {
                Some(y4) => y4.as_str().parse().ok().filter(|&y| plausible_year(y)),
                None => Some(until_year(m2)),
            };
            if let Some((m2, uy)) = m2
                .filter(|m| (1..=12).contains(m))
                .and_then(|m| Some((m, uy(m)?)))
            {
                let d2 = parse_num(d2.as_str()).filter(|&d| d >= 1 && d <= days_in_month(uy, m2));
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
        if let Some(part) = part_of(mp.as_str(), x.after(mp.end())) {
            return Rest::Found(Date::month_part(year, month, part), None, res, mp.end());
        }
    }
    if let Some(m3) = c.name("m3") {
        // 4月至6月, 2023年4月至2024年6月.
        let m2 = parse_num(m3.as_str()).filter(|m| (1..=12).contains(m));
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
    if han && pre.is_none() && c.name("fen").is_none() && x.after(mon_end).is_some_and(is_han) {
        return Rest::Invalid;
    }
    Rest::Found(Date::of_month(year, month), None, res, mon_end)
}

fn quarter_rest(c: &Captures<'_>, x: &Ctx<'_>, pre: Option<&YearPre>, q: Match<'_>) -> Rest {
    let Some(quarter) = parse_num(q.as_str()).filter(|q| (1..=4).contains(q)) else {
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
    let prev = x.before(first);
    let bad = if is_q {
        // Q2 inside a Latin word or number (GQ2, Q23) is no quarter.
        prev.is_some_and(|p| p.is_ascii_alphanumeric() && pre.is_none())
            || x.after(end).is_some_and(|n| n.is_ascii_alphanumeric())
    } else {
        // 上一季度, 连续三季度: a quarter counted from something else.
        pre.is_none()
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
    let (year, res) = pre.map_or_else(
        || x.infer_year(3 * u32::from(quarter) - 2),
        |p| (p.year, p.resolution),
    );
    Rest::Found(
        Date::without_month(year, Precision::Quarter(quarter)),
        None,
        res,
        end,
    )
}

fn build_numeric(c: &Captures<'_>, x: &Ctx<'_>) -> Option<Cand> {
    let all = c.get(0)?;
    if c.name("s1")?.as_str() != c.name("s2")?.as_str() {
        return None;
    }
    // Plainly a date only: not inside a longer number, version or identifier.
    if x.before(all.start())
        .is_some_and(|p| p.is_ascii_alphanumeric() || ".-/_".contains(p))
    {
        return None;
    }
    let next = x.after(all.end());
    let next2 = x.chars.get(x.ci(all.end()) + 1).copied();
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
    Some(Cand {
        start: all.start(),
        end: all.end(),
        date: Date::of_day(year, month, day),
        until: None,
        resolution: Resolution::Explicit,
    })
}

fn build_year_q(c: &Captures<'_>, x: &Ctx<'_>) -> Option<Cand> {
    let all = c.get(0)?;
    if x.before(all.start())
        .is_some_and(|p| p.is_ascii_alphanumeric())
        || x.after(all.end())
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
    Some(Cand {
        start: all.start(),
        end: all.end(),
        date: Date::without_month(year, Precision::Quarter(q)),
        until: None,
        resolution: Resolution::Explicit,
    })
}

fn build_years_ago(c: &Captures<'_>, x: &Ctx<'_>) -> Option<Cand> {
    let all = c.get(0)?;
    // 几年前, 十几年前, 2019年前 (before 2019): not a count we can use.
    if x.before(all.start())
        .is_some_and(|p| p.is_ascii_digit() || p == '.' || is_han_digit(p) || "几多".contains(p))
    {
        return None;
    }
    let n = parse_num(c.name("n")?.as_str()).filter(|n| (1..=100).contains(n))?;
    Some(Cand {
        start: all.start(),
        end: all.end(),
        date: Date::of_year(x.anchor.year.saturating_sub(i32::try_from(n).ok()?)),
        until: None,
        resolution: Resolution::Relative,
    })
}

/// The article's month moved by `offset` months.
fn shift_month(x: &Ctx<'_>, offset: i32) -> Option<(i32, u32)> {
    let am = x.anchor.month.filter(|m| (1..=12).contains(m))?;
    // In i64: the anchor's year is whatever the manifest said.
    let total = i64::from(x.anchor.year) * 12 + i64::from(am) - 1 + i64::from(offset);
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    Some((year, u32::try_from(total.rem_euclid(12)).ok()? + 1))
}

fn build_rel_month(c: &Captures<'_>, x: &Ctx<'_>) -> Option<Cand> {
    let all = c.get(0)?;
    let rm = c.name("rm")?;
    let offset = match rm.as_str() {
        "上个月" | "上月" => -1,
        "本月" | "这个月" => 0,
        _ => 1,
    };
    // 日本月…, 以上月份: 本/上/下 ending another word.
    let prev = x.before(rm.start());
    let blocked = match rm.as_str() {
        "本月" => "日资基成版根原样剧账文课书脚范副读标善血老蓝话底",
        "上月" | "下月" => "以之线网马加晚早向往北南赶爬登跟",
        _ => "",
    };
    if prev.is_some_and(|p| blocked.contains(p)) {
        return None;
    }
    let (year, month) = shift_month(x, offset)?;
    let part = c
        .name("mp")
        .and_then(|mp| part_of(mp.as_str(), x.after(mp.end())).map(|p| (p, mp.end())));
    let (date, end) = match part {
        Some((p, end)) => (Date::month_part(year, month, p), end),
        None => {
            // 登上月球, 线上月活: 上 + 月球, 上 + 月活.
            if x.after(rm.end())
                .is_some_and(|n| "球亮光饼活均薪费租供度票卡".contains(n))
            {
                return None;
            }
            (Date::of_month(year, month), rm.end())
        }
    };
    Some(Cand {
        start: all.start(),
        end,
        date,
        until: None,
        resolution: Resolution::Relative,
    })
}

fn build_bare_month_part(c: &Captures<'_>, x: &Ctx<'_>) -> Option<Cand> {
    let all = c.get(0)?;
    let mp = c.name("mp")?;
    // 个月初, 每月底, 5月初 (taken whole elsewhere): the 月 is not the article's month.
    if x.before(all.start()).is_some_and(|p| {
        p.is_ascii_digit()
            || is_han_digit(p)
            || "个每上下本这当同次该前后半满岁正腊蜜年日明几数多整隔逐按".contains(p)
    }) {
        return None;
    }
    let part = part_of(mp.as_str(), x.after(mp.end()))?;
    let (year, month) = shift_month(x, 0)?;
    Some(Cand {
        start: all.start(),
        end: mp.end(),
        date: Date::month_part(year, month, part),
        until: None,
        resolution: Resolution::Relative,
    })
}

fn build_recent(c: &Captures<'_>, x: &Ctx<'_>) -> Option<Cand> {
    let all = c.get(0)?;
    let prev = x.before(all.start());
    let next = x.after(all.end());
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
    ok.then(|| Cand {
        start: all.start(),
        end: all.end(),
        date: x.anchor.as_date(),
        until: None,
        resolution: Resolution::Recent,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(s: &str) -> Anchor {
        Anchor::parse(s).expect("test anchor")
    }

    /// Every mention, after checking offsets, order and non-overlap.
    fn find(sentence: &str, at: &str) -> Vec<DateMention> {
        let found = find_dates(sentence, &anchor(at));
        let mut last = 0;
        for m in &found {
            let quoted: String = sentence
                .chars()
                .skip(m.start)
                .take(m.end - m.start)
                .collect();
            assert_eq!(quoted, m.text, "offsets of {m:?} in {sentence}");
            assert!(
                m.start >= last && m.end > m.start,
                "order/overlap in {sentence}: {found:?}"
            );
            last = m.end;
        }
        found
    }

    /// The only mention.
    fn one(sentence: &str, at: &str) -> DateMention {
        let found = find(sentence, at);
        assert_eq!(found.len(), 1, "{sentence}: {found:?}");
        found.into_iter().next().expect("one mention")
    }

    fn texts(sentence: &str, at: &str) -> Vec<String> {
        find(sentence, at).into_iter().map(|m| m.text).collect()
    }

    /// The mention's iso date, precision label and resolution.
    fn summary(m: &DateMention) -> (String, String, Resolution) {
        (m.date.iso(), m.date.precision.label(), m.resolution)
    }

    fn check(sentence: &str, at: &str, text: &str, iso: &str, label: &str, res: Resolution) {
        let m = one(sentence, at);
        assert_eq!(m.text, text, "{sentence}");
        assert_eq!(
            summary(&m),
            (iso.to_owned(), label.to_owned(), res),
            "{sentence}"
        );
    }

    use Resolution::{ArticleYear, Explicit, PreviousYear, Recent, Relative};

    #[test]
    fn full_dates_with_ri_and_hao() {
        check(
            "该模型于2023年8月28日向公众开放",
            "2023-10",
            "2023年8月28日",
            "2023-08-28",
            "day",
            Explicit,
        );
        check(
            "发布会定在2023年8月28号举行",
            "2023-10",
            "2023年8月28号",
            "2023-08-28",
            "day",
            Explicit,
        );
    }

    #[test]
    fn spaces_inside_dates() {
        check(
            "在 2023 年 9 月 25 日 的发布会上",
            "2023-10",
            "2023 年 9 月 25 日",
            "2023-09-25",
            "day",
            Explicit,
        );
        check(
            "2021 年 5 月，一家初创公司成立",
            "2023-10",
            "2021 年 5 月",
            "2021-05",
            "month",
            Explicit,
        );
        check(
            "早在 2015 年，这家公司就开始布局",
            "2023-10",
            "2015 年",
            "2015",
            "year",
            Explicit,
        );
    }

    #[test]
    fn full_width_digits_keep_original_text() {
        let m = one("據報道，２０２３年９月２５日，雙方簽約", "2023-10");
        assert_eq!(m.text, "２０２３年９月２５日");
        assert_eq!(m.date.iso(), "2023-09-25");
        assert_eq!((m.start, m.end), (4, 14));
    }

    #[test]
    fn traditional_script() {
        check(
            "去年11月，亞馬遜宣佈將擴大合作",
            "2024-03",
            "去年11月",
            "2023-11",
            "month",
            Relative,
        );
        check(
            "今年9月下旬才向該公司注資",
            "2023-10",
            "今年9月下旬",
            "2023-09",
            "month:late",
            Relative,
        );
        check(
            "到2024年底，營收有望翻倍",
            "2023-10",
            "2024年底",
            "2024",
            "year:late",
            Explicit,
        );
    }

    #[test]
    fn numeric_formats() {
        for (s, text) in [
            ("公告日期为2023-08-28。", "2023-08-28"),
            ("截至2023/8/28的数据", "2023/8/28"),
            ("于2023.8.28 发布", "2023.8.28"),
        ] {
            check(s, "2023-10", text, "2023-08-28", "day", Explicit);
        }
    }

    #[test]
    fn numeric_lookalikes_are_not_dates() {
        for s in [
            "升级到 v2023.8.28 版",
            "地址是 10.2023.8.28",
            "编号2023.8.28.1",
            "2023-13-01 无效",
            "2023/8-28",
            "2023.8 版本",
        ] {
            assert!(find(s, "2023-10").is_empty(), "{s}");
        }
    }

    #[test]
    fn year_and_year_month() {
        check(
            "这家公司在2022年完成了重组",
            "2023-10",
            "2022年",
            "2022",
            "year",
            Explicit,
        );
        check(
            "这家公司在2022 年完成了重组",
            "2023-10",
            "2022 年",
            "2022",
            "year",
            Explicit,
        );
        check(
            "2023年9月，双方开始谈判",
            "2023-10",
            "2023年9月",
            "2023-09",
            "month",
            Explicit,
        );
        check(
            "公司2024财年营收增长",
            "2023-10",
            "2024财年",
            "2024",
            "year",
            Explicit,
        );
        check(
            "二〇二三年十月，模型开源",
            "2024-01",
            "二〇二三年十月",
            "2023-10",
            "month",
            Explicit,
        );
    }

    #[test]
    fn durations_amounts_and_rates_are_not_dates() {
        for s in [
            "这家公司成立18个月就上市了",
            "会员价30美元/月，按年付更便宜",
            "每月更新一次模型",
            "公司成立5年，估值翻了十倍",
            "计划在5年内盈利",
            "融资2000亿美元的传闻不实",
            "接入第三方插件",
            "训练耗时3个月",
            "月活用户突破一亿",
            "GPT-4月活跃度",
        ] {
            assert!(
                find(s, "2023-10").is_empty(),
                "{s}: {:?}",
                find(s, "2023-10")
            );
        }
    }

    #[test]
    fn implausible_years_and_decades_are_not_dates() {
        for s in [
            "公元1000年前后",
            "1990年代的互联网泡沫",
            "预计要到3000年",
            "12023年",
        ] {
            assert!(find(s, "2023-10").is_empty(), "{s}");
        }
    }

    #[test]
    fn month_day_takes_article_year() {
        check(
            "9月25日，两家公司宣布合作",
            "2023-10",
            "9月25日",
            "2023-09-25",
            "day",
            ArticleYear,
        );
        check(
            "新功能在7月份上线",
            "2023-10",
            "7月份",
            "2023-07",
            "month",
            ArticleYear,
        );
    }

    #[test]
    fn month_after_article_goes_to_previous_year() {
        check(
            "12月，该团队发布了第一版",
            "2024-01",
            "12月",
            "2023-12",
            "month",
            PreviousYear,
        );
        check(
            "12月18日，该团队发布了第一版",
            "2024-01-05",
            "12月18日",
            "2023-12-18",
            "day",
            PreviousYear,
        );
    }

    #[test]
    fn date_in_the_articles_own_month_is_not_after() {
        check(
            "10月20日，董事会开会",
            "2023-10-05",
            "10月20日",
            "2023-10-20",
            "day",
            ArticleYear,
        );
    }

    #[test]
    fn future_cue_keeps_article_year() {
        check(
            "该公司计划于11月发布新模型",
            "2023-09",
            "11月",
            "2023-11",
            "month",
            ArticleYear,
        );
        check(
            "新品预计11月上市",
            "2023-09",
            "11月",
            "2023-11",
            "month",
            ArticleYear,
        );
        check(
            "11月，该公司发布了新模型",
            "2023-09",
            "11月",
            "2022-11",
            "month",
            PreviousYear,
        );
    }

    #[test]
    fn object_marking_jiang_is_no_future_cue() {
        check(
            "11月，微软将其并入办公套件",
            "2023-09",
            "11月",
            "2022-11",
            "month",
            PreviousYear,
        );
        check(
            "11月，微软将 Copilot 并入办公套件",
            "2023-09",
            "11月",
            "2022-11",
            "month",
            PreviousYear,
        );
        check(
            "该功能11月将向所有用户开放",
            "2023-09",
            "11月",
            "2023-11",
            "month",
            ArticleYear,
        );
        // 模拟, 虚拟: not 拟 (plan to).
        check(
            "11月，虚拟助手上线",
            "2023-09",
            "11月",
            "2022-11",
            "month",
            PreviousYear,
        );
    }

    #[test]
    fn year_only_anchor() {
        check(
            "12月，公司发布财报",
            "2023",
            "12月",
            "2023-12",
            "month",
            ArticleYear,
        );
        assert!(find("上个月公司发布财报", "2023").is_empty());
        assert!(find("公司将在月底发布财报", "2023").is_empty());
    }

    #[test]
    fn relative_years() {
        check(
            "去年公司亏损严重",
            "2024-01-05",
            "去年",
            "2023",
            "year",
            Relative,
        );
        check(
            "今年公司扭亏为盈",
            "2024-01-05",
            "今年",
            "2024",
            "year",
            Relative,
        );
        check(
            "前年公司还在亏损",
            "2024-01-05",
            "前年",
            "2022",
            "year",
            Relative,
        );
        check(
            "明年公司有望上市",
            "2024-01-05",
            "明年",
            "2025",
            "year",
            Relative,
        );
        check(
            "今年2月推出了插件商店",
            "2024-03",
            "今年2月",
            "2024-02",
            "month",
            Relative,
        );
        check(
            "去年11月的风波",
            "2024-01",
            "去年11月",
            "2023-11",
            "month",
            Relative,
        );
    }

    #[test]
    fn words_containing_year_words_are_not_dates() {
        for s in [
            "如今年轻人更愿意尝鲜",
            "这说明年报数据可信",
            "目前年营收约10亿元",
            "青年初创团队很多",
            "在过去一年中增长很快",
        ] {
            assert!(
                find(s, "2023-10").is_empty(),
                "{s}: {:?}",
                find(s, "2023-10")
            );
        }
    }

    #[test]
    fn parts_of_years() {
        check(
            "今年年底前完成交付",
            "2023-10",
            "今年年底",
            "2023",
            "year:late",
            Relative,
        );
        check(
            "年底前完成交付",
            "2023-10",
            "年底",
            "2023",
            "year:late",
            Relative,
        );
        check(
            "与年初相比，情绪回暖",
            "2023-10",
            "年初",
            "2023",
            "year:early",
            Relative,
        );
        check(
            "明年初推出新版本",
            "2023-10",
            "明年初",
            "2024",
            "year:early",
            Relative,
        );
        check(
            "去年底公司裁员",
            "2023-10",
            "去年底",
            "2022",
            "year:late",
            Relative,
        );
        check(
            "2023年初追加投资",
            "2024-05",
            "2023年初",
            "2023",
            "year:early",
            Explicit,
        );
        check(
            "今年中，公司调整了策略",
            "2023-10",
            "今年中",
            "2023",
            "year:mid",
            Relative,
        );
    }

    #[test]
    fn zhong_after_a_year_is_usually_a_word() {
        check(
            "2023年中国市场规模扩大",
            "2023-10",
            "2023年",
            "2023",
            "year",
            Explicit,
        );
        check(
            "今年初步完成布局",
            "2023-10",
            "今年",
            "2023",
            "year",
            Relative,
        );
    }

    #[test]
    fn halves() {
        check(
            "上半年营收增长",
            "2023-10",
            "上半年",
            "2023",
            "half:1",
            Relative,
        );
        check(
            "去年下半年市场降温",
            "2023-10",
            "去年下半年",
            "2022",
            "half:2",
            Relative,
        );
        check(
            "2023年上半年营收增长",
            "2024-03",
            "2023年上半年",
            "2023",
            "half:1",
            Explicit,
        );
        assert!(find("半年报显示，大半年里没有盈利", "2023-10").is_empty());
    }

    #[test]
    fn quarters() {
        for (s, text) in [
            ("二季度营收增长", "二季度"),
            ("第二季度营收增长", "第二季度"),
            ("Q2营收增长", "Q2"),
            ("第2季度营收增长", "第2季度"),
        ] {
            check(s, "2023-09", text, "2023", "quarter:2", ArticleYear);
        }
        check(
            "2023年第三季度财报",
            "2024-01",
            "2023年第三季度",
            "2023",
            "quarter:3",
            Explicit,
        );
        check(
            "2023年Q3财报",
            "2024-01",
            "2023年Q3",
            "2023",
            "quarter:3",
            Explicit,
        );
        check(
            "2023Q3财报",
            "2024-01",
            "2023Q3",
            "2023",
            "quarter:3",
            Explicit,
        );
        check(
            "今年二季度营收增长",
            "2023-09",
            "今年二季度",
            "2023",
            "quarter:2",
            Relative,
        );
        check(
            "去年四季度营收下滑",
            "2023-09",
            "去年四季度",
            "2022",
            "quarter:4",
            Relative,
        );
    }

    #[test]
    fn bare_quarter_after_the_article_is_last_years() {
        check(
            "四季度财报显示利润下滑",
            "2024-01",
            "四季度",
            "2023",
            "quarter:4",
            PreviousYear,
        );
    }

    #[test]
    fn counted_quarters_are_not_dates() {
        for s in [
            "较上一季度增长一成",
            "近几个季度利润下滑",
            "连续三季度下滑",
            "型号GQ2已停产",
            "Q23 不是季度",
        ] {
            assert!(
                find(s, "2023-10").is_empty(),
                "{s}: {:?}",
                find(s, "2023-10")
            );
        }
    }

    #[test]
    fn relative_months() {
        check(
            "上个月发布了新版本",
            "2024-01",
            "上个月",
            "2023-12",
            "month",
            Relative,
        );
        check(
            "公司上月发布了新版本",
            "2024-01",
            "上月",
            "2023-12",
            "month",
            Relative,
        );
        check(
            "本月发布新版本",
            "2024-01",
            "本月",
            "2024-01",
            "month",
            Relative,
        );
        check(
            "这个月发布新版本",
            "2024-01-15",
            "这个月",
            "2024-01",
            "month",
            Relative,
        );
        check(
            "下个月发布新版本",
            "2023-12",
            "下个月",
            "2024-01",
            "month",
            Relative,
        );
        check(
            "Meta上月末发布了眼镜",
            "2023-10",
            "上月末",
            "2023-09",
            "month:late",
            Relative,
        );
    }

    #[test]
    fn words_around_yue_are_not_relative_months() {
        for s in ["人类登上月球", "线上月活跃用户过亿", "日本月度数据"] {
            assert!(
                find(s, "2023-10").is_empty(),
                "{s}: {:?}",
                find(s, "2023-10")
            );
        }
    }

    #[test]
    fn parts_of_months() {
        check(
            "9月下旬完成交割",
            "2023-10",
            "9月下旬",
            "2023-09",
            "month:late",
            ArticleYear,
        );
        check(
            "9月上旬完成交割",
            "2023-10",
            "9月上旬",
            "2023-09",
            "month:early",
            ArticleYear,
        );
        check(
            "9月中旬完成交割",
            "2023-10",
            "9月中旬",
            "2023-09",
            "month:mid",
            ArticleYear,
        );
        check(
            "7月初完成交割",
            "2023-10",
            "7月初",
            "2023-07",
            "month:early",
            ArticleYear,
        );
        check(
            "7月底完成交割",
            "2023-10",
            "7月底",
            "2023-07",
            "month:late",
            ArticleYear,
        );
        check(
            "7月末完成交割",
            "2023-10",
            "7月末",
            "2023-07",
            "month:late",
            ArticleYear,
        );
        check(
            "7月中，交割完成",
            "2023-10",
            "7月中",
            "2023-07",
            "month:mid",
            ArticleYear,
        );
        check(
            "2023年9月下旬完成交割",
            "2024-03",
            "2023年9月下旬",
            "2023-09",
            "month:late",
            Explicit,
        );
        check(
            "去年9月下旬完成交割",
            "2024-03",
            "去年9月下旬",
            "2023-09",
            "month:late",
            Relative,
        );
        check(
            "11月下旬完成交割",
            "2024-01",
            "11月下旬",
            "2023-11",
            "month:late",
            PreviousYear,
        );
    }

    #[test]
    fn month_part_glued_to_a_word_is_left_off() {
        check(
            "9月中国市场回暖",
            "2023-10",
            "9月",
            "2023-09",
            "month",
            ArticleYear,
        );
        check(
            "7月初步完成测试",
            "2023-10",
            "7月",
            "2023-07",
            "month",
            ArticleYear,
        );
    }

    #[test]
    fn month_parts_alone_mean_the_articles_month() {
        check(
            "预计月底前完成",
            "2023-10",
            "月底",
            "2023-10",
            "month:late",
            Relative,
        );
        check(
            "月初，团队扩招",
            "2023-10",
            "月初",
            "2023-10",
            "month:early",
            Relative,
        );
        check(
            "月中旬，团队扩招",
            "2023-10",
            "月中旬",
            "2023-10",
            "month:mid",
            Relative,
        );
        assert!(find("三个月底薪不变", "2023-10").is_empty());
    }

    #[test]
    fn years_ago() {
        check(
            "5年前，这家公司还很小",
            "2023-10",
            "5年前",
            "2018",
            "year",
            Relative,
        );
        check(
            "两年前，这家公司还很小",
            "2023-10",
            "两年前",
            "2021",
            "year",
            Relative,
        );
        check(
            "早在十年前就已布局",
            "2023-10",
            "十年前",
            "2013",
            "year",
            Relative,
        );
        assert!(find("几年前，这家公司还很小", "2023-10").is_empty());
        // Before 2019: the year itself.
        check("2019年前后", "2023-10", "2019年", "2019", "year", Explicit);
    }

    #[test]
    fn recently_means_the_article_date() {
        for (s, text) in [
            ("几天前，公司升级了模型", "几天前"),
            ("近日，公司升级了模型", "近日"),
            ("近期，公司接受了一笔投资", "近期"),
            ("公司日前升级了模型", "日前"),
            ("公司前几天升级了模型", "前几天"),
            ("最近几天，公司升级了模型", "最近几天"),
            ("近幾天，公司升級了模型", "近幾天"),
        ] {
            check(s, "2023-08-08", text, "2023-08-08", "day", Recent);
        }
        check(
            "近日，公司升级了模型",
            "2023-10",
            "近日",
            "2023-10",
            "month",
            Recent,
        );
        for s in ["节日前后流量大增", "接近日本的水平"] {
            assert!(
                find(s, "2023-10").is_empty(),
                "{s}: {:?}",
                find(s, "2023-10")
            );
        }
    }

    #[test]
    fn month_ranges() {
        for (s, text) in [
            ("4~7月访问量翻倍", "4~7月"),
            ("4-7月访问量翻倍", "4-7月"),
            ("4至7月访问量翻倍", "4至7月"),
            ("4到7月访问量翻倍", "4到7月"),
            ("4月至7月访问量翻倍", "4月至7月"),
        ] {
            let m = one(s, "2023-10");
            assert_eq!(m.text, text);
            assert_eq!(
                summary(&m),
                ("2023-04".to_owned(), "month".to_owned(), ArticleYear)
            );
            assert_eq!(m.until, Some(Date::of_month(2023, 7)), "{s}");
        }
        let m = one("2023年4月至6月访问量翻倍", "2024-03");
        assert_eq!(
            (m.date, m.until, m.resolution),
            (
                Date::of_month(2023, 4),
                Some(Date::of_month(2023, 6)),
                Explicit
            )
        );
        let m = one("今年4~7月访问量翻倍", "2023-10");
        assert_eq!(
            (m.text.as_str(), m.until, m.resolution),
            ("今年4~7月", Some(Date::of_month(2023, 7)), Relative)
        );
    }

    #[test]
    fn range_year_follows_the_start() {
        let m = one("11-12月销量下滑", "2024-01");
        assert_eq!(
            (m.date, m.until, m.resolution),
            (
                Date::of_month(2023, 11),
                Some(Date::of_month(2023, 12)),
                PreviousYear
            )
        );
    }

    #[test]
    fn day_and_year_ranges() {
        let m = one("9月25日至28日举办大会", "2023-10");
        assert_eq!(
            (m.text.as_str(), m.date, m.until),
            (
                "9月25日至28日",
                Date::of_day(2023, 9, 25),
                Some(Date::of_day(2023, 9, 28))
            )
        );
        let m = one("9月25日-10月2日举办大会", "2023-10");
        assert_eq!(m.until, Some(Date::of_day(2023, 10, 2)));
        let m = one("2023年12月25日至2024年1月3日停服", "2024-03");
        assert_eq!(
            (m.date, m.until),
            (Date::of_day(2023, 12, 25), Some(Date::of_day(2024, 1, 3)))
        );
        let m = one("9月25-28日举办大会", "2023-10");
        assert_eq!(m.until, Some(Date::of_day(2023, 9, 28)));
        let m = one("2020-2022年连续亏损", "2023-10");
        assert_eq!(
            (m.text.as_str(), m.date, m.until, m.resolution),
            (
                "2020-2022年",
                Date::of_year(2020),
                Some(Date::of_year(2022)),
                Explicit
            )
        );
        let m = one("2023年至2024年连续增长", "2024-10");
        assert_eq!(
            (m.date, m.until),
            (Date::of_year(2023), Some(Date::of_year(2024)))
        );
    }

    #[test]
    fn chinese_numeral_months_and_days() {
        check(
            "九月，公司发布新品",
            "2023-10",
            "九月",
            "2023-09",
            "month",
            ArticleYear,
        );
        check(
            "十一月份，公司发布新品",
            "2024-01",
            "十一月份",
            "2023-11",
            "month",
            PreviousYear,
        );
        check(
            "十二月二十五日发布新品",
            "2024-01",
            "十二月二十五日",
            "2023-12-25",
            "day",
            PreviousYear,
        );
        for s in ["统一月度报表", "每年五六月发布新品", "第一月度目标"] {
            assert!(
                find(s, "2023-10").is_empty(),
                "{s}: {:?}",
                find(s, "2023-10")
            );
        }
    }

    #[test]
    fn impossible_dates_are_dropped() {
        for s in [
            "2月30日发布",
            "13月发布",
            "2023年2月29日发布",
            "4月31日发布",
            "0月发布",
        ] {
            assert!(
                find(s, "2023-10").is_empty(),
                "{s}: {:?}",
                find(s, "2023-10")
            );
        }
        check(
            "2024年2月29日发布",
            "2024-10",
            "2024年2月29日",
            "2024-02-29",
            "day",
            Explicit,
        );
    }

    #[test]
    fn every_year_is_no_date() {
        assert!(find("每年5月举办开发者大会", "2023-10").is_empty());
    }

    #[test]
    fn longest_wins_and_mentions_come_in_order() {
        assert_eq!(texts("2023年9月下旬至今", "2023-10"), ["2023年9月下旬"]);
        let found = find("去年11月和今年3月，两轮融资", "2023-10");
        let got: Vec<_> = found
            .iter()
            .map(|m| (m.text.as_str(), m.date.iso()))
            .collect();
        assert_eq!(
            got,
            [
                ("去年11月", "2022-11".to_owned()),
                ("今年3月", "2023-03".to_owned())
            ]
        );
    }

    #[test]
    fn offsets_are_chars_not_bytes() {
        let m = one("😀亚马逊于2023年9月25日宣布", "2023-10");
        assert_eq!((m.start, m.end), (5, 15));
    }

    #[test]
    fn iso_and_label_per_precision() {
        let d = |precision, month, day| Date {
            year: 2023,
            month,
            day,
            precision,
        };
        let cases = [
            (d(Precision::Day, Some(9), Some(5)), "2023-09-05", "day"),
            (
                d(Precision::MonthPart(Part::Early), Some(9), None),
                "2023-09",
                "month:early",
            ),
            (
                d(Precision::MonthPart(Part::Mid), Some(9), None),
                "2023-09",
                "month:mid",
            ),
            (
                d(Precision::MonthPart(Part::Late), Some(9), None),
                "2023-09",
                "month:late",
            ),
            (d(Precision::Month, Some(9), None), "2023-09", "month"),
            (d(Precision::Quarter(1), None, None), "2023", "quarter:1"),
            (d(Precision::Quarter(4), None, None), "2023", "quarter:4"),
            (d(Precision::Half(1), None, None), "2023", "half:1"),
            (d(Precision::Half(2), None, None), "2023", "half:2"),
            (
                d(Precision::YearPart(Part::Early), None, None),
                "2023",
                "year:early",
            ),
            (
                d(Precision::YearPart(Part::Mid), None, None),
                "2023",
                "year:mid",
            ),
            (
                d(Precision::YearPart(Part::Late), None, None),
                "2023",
                "year:late",
            ),
            (d(Precision::Year, None, None), "2023", "year"),
        ];
        for (date, iso, label) in cases {
            assert_eq!(
                (date.iso().as_str(), date.precision.label().as_str()),
                (iso, label)
            );
        }
    }

    #[test]
    fn precision_serializes_as_its_label() {
        assert_eq!(
            serde_json::to_string(&Precision::Quarter(2))
                .ok()
                .as_deref(),
            Some("\"quarter:2\"")
        );
        assert_eq!(
            serde_json::to_string(&Precision::MonthPart(Part::Late))
                .ok()
                .as_deref(),
            Some("\"month:late\"")
        );
    }

    #[test]
    fn first_and_last_days() {
        let span = |d: Date| (d.first_day(), d.last_day());
        let part = |m, p| Date::month_part(2023, m, p);
        assert_eq!(span(part(9, Part::Early)), ((2023, 9, 1), (2023, 9, 10)));
        assert_eq!(span(part(9, Part::Mid)), ((2023, 9, 11), (2023, 9, 20)));
        assert_eq!(span(part(9, Part::Late)), ((2023, 9, 21), (2023, 9, 30)));
        assert_eq!(
            span(Date::month_part(2024, 2, Part::Late)),
            ((2024, 2, 21), (2024, 2, 29))
        );
        assert_eq!(span(Date::of_month(2023, 2)), ((2023, 2, 1), (2023, 2, 28)));
        assert_eq!(span(Date::of_month(2000, 2)).1, (2000, 2, 29));
        assert_eq!(span(Date::of_month(1900, 2)).1, (1900, 2, 28));
        assert_eq!(
            span(Date::of_day(2023, 8, 28)),
            ((2023, 8, 28), (2023, 8, 28))
        );
        assert_eq!(
            span(Date::without_month(2023, Precision::Quarter(2))),
            ((2023, 4, 1), (2023, 6, 30))
        );
        assert_eq!(
            span(Date::without_month(2023, Precision::Quarter(4))),
            ((2023, 10, 1), (2023, 12, 31))
        );
        assert_eq!(
            span(Date::without_month(2023, Precision::Half(1))),
            ((2023, 1, 1), (2023, 6, 30))
        );
        assert_eq!(
            span(Date::without_month(2023, Precision::Half(2))),
            ((2023, 7, 1), (2023, 12, 31))
        );
        assert_eq!(
            span(Date::without_month(2023, Precision::YearPart(Part::Early))),
            ((2023, 1, 1), (2023, 3, 31))
        );
        assert_eq!(
            span(Date::without_month(2023, Precision::YearPart(Part::Mid))),
            ((2023, 5, 1), (2023, 8, 31))
        );
        assert_eq!(
            span(Date::without_month(2023, Precision::YearPart(Part::Late))),
            ((2023, 10, 1), (2023, 12, 31))
        );
        assert_eq!(span(Date::of_year(2023)), ((2023, 1, 1), (2023, 12, 31)));
        // Malformed dates widen instead of failing.
        assert_eq!(
            span(Date {
                year: 2023,
                month: None,
                day: None,
                precision: Precision::Month
            })
            .0,
            (2023, 1, 1)
        );
        assert_eq!(
            span(Date::without_month(2023, Precision::Quarter(7))).1,
            (2023, 12, 31)
        );
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(2000, 1, 1), 10_957);
        assert_eq!(day_number(2024, 3, 1) - day_number(2024, 2, 28), 2);
        assert_eq!(day_number(2023, 3, 1) - day_number(2023, 2, 28), 1);
        assert_eq!(day_number(2024, 1, 1) - day_number(2023, 12, 31), 1);
        assert_eq!(day_number(1969, 12, 31), -1);
    }

    #[test]
    fn anchor_as_date() {
        assert_eq!(anchor("2023").as_date(), Date::of_year(2023));
        assert_eq!(anchor("2023-10").as_date(), Date::of_month(2023, 10));
        assert_eq!(anchor("2023-10-02").as_date(), Date::of_day(2023, 10, 2));
        assert_eq!(
            Anchor {
                year: 2023,
                month: Some(2),
                day: Some(31)
            }
            .as_date(),
            Date::of_month(2023, 2)
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        let anchors = [
            anchor("2023-10"),
            Anchor {
                year: i32::MAX,
                month: Some(12),
                day: Some(31),
            },
            Anchor {
                year: i32::MIN,
                month: Some(1),
                day: None,
            },
            Anchor {
                year: 2023,
                month: Some(0),
                day: Some(99),
            },
        ];
        let inputs = [
            "",
            "月",
            "年年年底底月月初中",
            "😀🎉年月日",
            "99999999999999999999年99月99日",
            "去年 今年 明年 前年 上个月 下个月 本月 月底 5年前 近日 二季度 Q4 上半年",
            "4~~7月 -月 至月 第季度 Q 年初初",
            "２０２３年１２月３１日至２０２４年",
            "\u{3000}2023\u{3000}年\u{3000}9\u{3000}月",
        ];
        for a in &anchors {
            for s in inputs {
                for m in find_dates(s, a) {
                    assert!(m.start < m.end && m.end <= s.chars().count());
                    let _ = (m.date.iso(), m.date.first_day(), m.date.last_day());
                }
            }
        }
    }
}
