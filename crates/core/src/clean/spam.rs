//! Injected spam: casino brand phrases dropped mid-sentence (`澳门新葡萄新京登录`), spam banner
//! lines, and the hotline numbers that come with them.
//!
//! Matching reads brand names that Chinese gambling spam reuses across sites; a brand plus
//! an optional call to action (登录, 官网, 注册…) is one phrase.

use regex::Regex;
use std::sync::OnceLock;

/// Brand and product words of gambling spam. Sites rotate names but keep these stems.
const BRANDS: &str = "新葡京|葡京|新葡萄|威尼斯人|金沙娱乐|金沙城|太阳城|永利皇宫|百家乐|博彩|娱乐城|真人娱乐|时时彩|老虎机|赌场|棋牌游戏";
/// What spam phrases end with.
const CALLS: &str = "登录|登入|官网|网址|网站|平台|注册|娱乐|开户|下载|app|APP";

fn phrase() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?:澳门|澳門)?(?:{BRANDS})(?:\p{{Han}}{{0,6}}?(?:{CALLS}))?|(?:澳门|澳門)(?:\p{{Han}}{{0,4}}?(?:{CALLS}))"
        ))
        .expect("valid regex")
    })
}

fn hotline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^(?:(?:咨询|服务|客服|投诉|免费)?(?:热线|电话)[:：]?)?\s*(?:\+?\d[\d\s-]{6,}\d)?\s*$",
        )
        .expect("valid regex")
    })
}

/// Longest line that is dropped whole when it carries a spam brand; longer lines lose just the phrase.
const MAX_SPAM_LINE: usize = 40;

/// Removes spam phrases from inside a line of real text; returns the line and the count.
///
/// Short lines that are mostly spam are left whole for [`is_spam_line`] to drop.
pub fn strip_phrases(line: &str) -> (String, usize) {
    if line.chars().count() <= MAX_SPAM_LINE {
        return (line.to_owned(), 0);
    }
    let mut n = 0;
    let out = phrase().replace_all(line, |_: &regex::Captures| {
        n += 1;
        ""
    });
    (out.into_owned(), n)
}

/// A short line carrying a spam brand: a banner, a site name.
pub fn is_spam_line(simplified: &str) -> bool {
    simplified.chars().count() <= MAX_SPAM_LINE && phrase().is_match(simplified)
}

/// A hotline label or a bare phone number on its own line.
pub fn is_hotline(simplified: &str) -> bool {
    let has_digits = simplified.chars().filter(char::is_ascii_digit).count() >= 7;
    let labelled = simplified.contains("热线") || simplified.contains("电话");
    (has_digits || labelled) && hotline().is_match(simplified)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONG: &str = "虽然战事火热,但在一些地域,澳门新葡萄新京登录大模型的生态位已初步确立,并迅速向下游传导,包括应用开发、手机在内的企业。";

    #[test]
    fn removes_an_injected_phrase_mid_sentence() {
        let (s, n) = strip_phrases(LONG);
        assert_eq!(n, 1);
        assert!(s.contains("地域,大模型的生态位"), "{s}");
        assert!(!s.contains("澳门"));
    }

    #[test]
    fn removes_other_brands_and_keeps_macau_news() {
        let s = format!(
            "{}威尼斯人官网{}",
            "这是一段很长的关于人工智能产业发展的新闻正文内容,",
            "谷歌和微软都在加大投入,竞争日趋激烈。"
        );
        assert_eq!(strip_phrases(&s).1, 1);
        let news = "澳门特区政府今年宣布了新的科技发展规划,将人工智能列为重点产业,并投入大量资金支持研发。";
        assert_eq!(strip_phrases(news), (news.to_owned(), 0));
    }

    #[test]
    fn drops_spam_banners() {
        assert!(is_spam_line("您好,欢迎进入澳门新葡萄新京沙盘有限公司官网!"));
        assert!(is_spam_line("澳门新葡萄新京"));
        assert!(!is_spam_line("大模型一年后6家科技巨头的博弈和取舍"));
    }

    #[test]
    fn drops_hotlines() {
        assert!(is_hotline("咨询热线:"));
        assert!(is_hotline("020-88888888"));
        assert!(is_hotline("客服电话:400 123 4567"));
        assert!(!is_hotline("2024"));
        assert!(!is_hotline("热线电话打爆了,用户纷纷询问新产品。"));
    }
}
