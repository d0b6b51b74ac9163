//! Site and forum chrome: login and register links, share prompts, comment boxes, view
//! counters, navigation bars, post headers, copyright footers.
//!
//! Chrome lines are short and made of interface words; a line is chrome when it is short
//! and carries one of the markers below, or has the shape of a navigation bar.

use regex::Regex;
use std::sync::OnceLock;

/// Interface phrases that real article paragraphs do not use (simplified script).
const MARKERS: &[&str] = &[
    "登录",
    "注册",
    "找回密码",
    "扫一扫",
    "下载APP",
    "APP下载",
    "分享到",
    "复制链接",
    "回帖",
    "积分规则",
    "返回顶部",
    "返回列表",
    "快速回复",
    "暂无评论",
    "发表评论",
    "写评论",
    "Powered by",
    "ICP备",
    "版权所有",
    "Copyright",
    "©",
    "GMT+8",
    "只需一步",
    "显示全部楼层",
    "阅读模式",
    "正在阅读",
    "发布时间",
    "发表于",
    "人气:",
    "阅读量",
    "点击量",
    "上一篇",
    "下一篇",
    "相关阅读",
    "相关推荐",
    "热门推荐",
    "打开APP",
];

/// Whole-line labels of social and comment widgets.
const LABELS: &[&str] = &[
    "评论",
    "微信",
    "微博",
    "微信公众号",
    "分享",
    "收藏",
    "点赞",
    "QQ",
    "QQ空间",
    "手机版",
    "举报",
];

/// Longest line that can be chrome; real paragraphs are longer or lack the markers.
const MAX_CHROME: usize = 60;

fn counter() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // View and like counters: `5.8k`, `1.2万`, `查看: 516`. A bare number may be a year heading.
    RE.get_or_init(|| {
        Regex::new(r"^\d+(?:\.\d+)?\s*[kKwW万]$|^查看\s*[:：]\s*\d+").expect("valid regex")
    })
}

/// True when the (simplified) line is page chrome.
pub fn is_chrome(simplified: &str) -> bool {
    let line = simplified.trim();
    let len = line.chars().count();
    // A full sentence is prose, whatever words it uses (新注册用户激增).
    if len > MAX_CHROME || line.ends_with('。') {
        return false;
    }
    if LABELS.contains(&line) || counter().is_match(line) {
        return true;
    }
    // Navigation bars: several short items separated by pipes.
    let pipes = line.matches(['|', '｜']).count();
    if pipes >= 2 {
        return true;
    }
    // `[复制链接]`-style buttons.
    if line.starts_with('[') && line.ends_with(']') && len <= 12 {
        return true;
    }
    MARKERS.iter().any(|m| line.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_forum_and_news_site_chrome() {
        for line in [
            "找回密码",
            "我要注册",
            "QQ登录",
            "只需一步,快速开始",
            "查看: 516|回复: 0",
            "[复制链接]",
            "发表于 2023-8-8 09:07 | 显示全部楼层 |阅读模式",
            "您需要登录后才可以回帖 登录 | 我要注册",
            "本版积分规则",
            "Archiver|手机版|小黑屋|产品经理资源导航 ( 粤ICP备12078725号 )",
            "GMT+8, 2024-12-18 23:04",
            "Powered by Discuz!",
            "快速回复 返回顶部 返回列表",
            "正在阅读:",
            "扫一扫下载界面新闻APP",
            "评论",
            "暂无评论哦,快来评价一下吧!",
            "微信公众号",
            "微博",
            "5.8k",
            "发布时间:2024-10-02 20:23人气:",
        ] {
            assert!(is_chrome(line), "{line}");
        }
    }

    #[test]
    fn keeps_article_lines() {
        for line in [
            "01 Anthropic什么来头",
            "一、代理人之战",
            "文|融中财经",
            "从OpenAI出走",
            "角逐AI军备赛,巨头们纷纷下场。",
            "2024",
            "苹果:不靠谱就不冒险,坚持 toC 固基业",
            "三、尾声",
            "Bing一周内新注册用户激增数百万。",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }
}
