//! The regexes that find date shapes. They only find shapes; the builders ([`super::written`],
//! [`super::relative`]) check values and context (regex has no look-behind), and may accept
//! only a leading part of a match.

use regex::Regex;
use std::sync::LazyLock;

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

/// Compiles one of the patterns below.
fn compile(pattern: &str) -> Regex {
    // The patterns are constants, not input: the tests compile every one of them.
    Regex::new(pattern).expect("date patterns are valid")
}

/// A year (2023年, 2023 年, 2023财年, 2020-2022年, 二〇二三年, 今年/去年/前年/明年), optionally
/// followed by the rest of a date or by a part of the year (年底, 初).
pub(super) static STRUCTURED_YEAR: LazyLock<Regex> = LazyLock::new(|| {
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
pub(super) static STRUCTURED_BARE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?x) {rest} | (?P<ypy>年)(?P<yp>初|底|末|中)",
        rest = rest_core()
    ))
});

/// 2023-08-28, 2023/8/28, 2023.8.28.
pub(super) static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?P<y>[0-9]{4})(?P<s1>[-/.])(?P<m>[0-9]{1,2})(?P<s2>[-/.])(?P<d>[0-9]{1,2})")
});

/// 2023Q3, 2023 Q3.
pub(super) static YEAR_Q: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?P<y>[0-9]{4})\s*Q(?P<q>[1-4])"));

/// 5年前, 两年前.
pub(super) static YEARS_AGO: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?P<n>[0-9]{1,3}|[一二三四五六七八九十两]{1,3})\s*年前"));

/// 上个月, 本月, 下月 and their parts (上月末).
pub(super) static REL_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?P<rm>上个月|上月|本月|这个月|下个月|下月)(?P<mp>上旬|中旬|下旬|初|底|末|中)?")
});

/// 月初, 月中旬, 月底 on their own: the article's month.
pub(super) static BARE_MONTH_PART: LazyLock<Regex> =
    LazyLock::new(|| compile(r"月(?P<mp>上旬|中旬|下旬|初|底|末|中)"));

/// Vague "recently": the article's own date.
pub(super) static RECENT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"近日|近期|日前|几天前|前几天|最近几天|近几天"));
