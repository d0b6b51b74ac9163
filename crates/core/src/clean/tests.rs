//! Whole-pipeline tests: small dirty pages built here, and facts about the real corpus.

use super::*;
use crate::bundled;

#[test]
fn cleans_a_small_dirty_page() {
    let raw = "正在閱讀:\n\n亞馬遜大舉投資\n\n掃一掃下載界面新聞APP\n\n亞馬遜大舉投資\n\n\
               亞馬遜向Anthropic投資了40億美元,產(chǎn)業(yè)界震動。\n\n\
               ( e* H8 f6 L1 b' Q! T3\n+ J7 U& o9 W: U$ e6 Q2 T  OpenAI 的*技術人才依舊在淨流入。' Y* [- h& v' q5 ]\n\
               20238711.jpg 9 s) B. ~; s  H4 l( D, \\\n\
               本文為轉載內容，授權事宜請聯繫原著作權人。\n亞馬遜\n5.8k\n評論\n\n\
               亞馬遜向Anthropic投資了40億美元,產(chǎn)業(yè)界震動。\n";
    let c = clean(raw, "亞馬遜大舉投資");
    assert_eq!(
        c.text,
        "亞馬遜向Anthropic投資了40億美元，產業界震動。\nOpenAI 的□技術人才依舊在淨流入。\n本文為轉載內容，授權事宜請聯繫原著作權人。\n"
    );
    assert_eq!(c.removed["pinyin"], 4);
    assert_eq!(c.removed["title"], 2);
    assert_eq!(c.removed["duplicate"], 1);
    assert_eq!(c.removed["censor_gap"], 1);
    assert_eq!(c.removed["image_name"], 1);
    assert!(c.removed["jammer"] >= 4);
    assert!(c.removed["chrome"] >= 3, "{:?}", c.removed);
    assert_eq!(c.removed["trailer"], 1);
}

#[test]
fn every_rule_is_reported_even_when_it_found_nothing() {
    let c = clean("一段干净的文字。", "");
    assert_eq!(c.removed.len(), RULES.len());
    assert!(c.removed.values().all(|&n| n == 0));
    assert_eq!(c.text, "一段干净的文字。\n");
}

#[test]
fn empty_and_whitespace_input_give_empty_text() {
    assert_eq!(clean("", "").text, "");
    assert_eq!(clean("\n \u{3000}\n\n", "x").text, "");
}

// ---- The real corpus -------------------------------------------------------------------

fn article(id_prefix: &str) -> crate::Article {
    let corpus = bundled::corpus().expect("bundled corpus loads");
    corpus
        .articles
        .into_iter()
        .find(|a| a.meta.id.starts_with(id_prefix))
        .expect("article exists")
}

/// Text no clean article may contain: leftovers of each rule.
fn assert_no_dirt(a: &crate::Article) {
    let id = &a.meta.id;
    let t = &a.text;
    assert!(!t.contains('*'), "{id}: raw * left");
    for bad in [
        "(chǎn)",
        "(zhàn)",
        ".jpg",
        "澳门新葡萄",
        "咨询热线",
        "找回密码",
        "Powered by",
        "登录",
        "扫一扫",
        "(图1)",
        "GMT+8",
        "暂无评论",
        "暫無評論",
    ] {
        assert!(!t.contains(bad), "{id}: {bad:?} left");
    }
    for line in t.lines() {
        assert!(
            !jammer::looks_like_jammer(line),
            "{id}: jammer line {line:?}"
        );
        assert_eq!(
            jammer::strip(line),
            (line.to_owned(), 0),
            "{id}: jammer left in {line:?}"
        );
    }
    // No paragraph twice.
    let mut seen = std::collections::HashSet::new();
    for line in t.lines() {
        assert!(seen.insert(line), "{id}: repeated paragraph {line:?}");
    }
}

#[test]
fn every_bundled_article_is_clean() {
    for a in bundled::corpus().unwrap().articles {
        assert_no_dirt(&a);
        assert!(
            a.paragraphs().count() >= 10,
            "{}: only {} paragraphs",
            a.meta.id,
            a.paragraphs().count()
        );
    }
}

#[test]
fn article_000_loses_its_second_body_and_chrome_but_keeps_its_paragraphs() {
    let a = article("000_");
    assert!(a.removed["duplicate"] >= 25, "{:?}", a.removed);
    assert!(a.removed["pinyin"] > 100);
    assert!(
        a.text
            .starts_with("角逐AI軍備賽，巨頭們紛紛下場。\n文|融中財經\nChatGPT一夜爆火"),
        "{}",
        &a.text[..200]
    );
    assert!(a.text.contains("01 Anthropic什么來頭"));
    assert!(a.text.contains("產業界對于AI大模型的追逐"));
    assert!(a
        .text
        .trim_end()
        .ends_with("本文為轉載內容，授權事宜請聯系原著作權人。"));
}

#[test]
fn article_003_loses_forum_jammers_and_keeps_headings_and_censor_gaps() {
    let a = article("003_");
    assert!(a.removed["jammer"] > 100, "{:?}", a.removed);
    assert!(a.text.starts_with("谷歌的机遇错失与 OpenAI 的惊艳亮相"));
    for heading in ["01", "02", "03", "04", "05"] {
        assert!(
            a.text.contains(&format!("\n{heading}\n")),
            "section number {heading} kept"
        );
    }
    assert!(a.text.contains("OpenAI 的□技术人才依旧在「净流入」"));
    assert!(a.text.contains("2021 年 5 月，谷歌 I/O 大会"));
    assert!(
        a.text.trim_end().ends_with("卫诗婕"),
        "{}",
        &a.text[a.text.len() - 200..]
    );
    assert_eq!(a.removed["duplicate"], 1, "the repeated lede");
}

#[test]
fn article_004_loses_casino_spam_and_figure_captions() {
    let a = article("004_");
    assert_eq!(a.removed["caption"], 8, "{:?}", a.removed);
    assert!(a.removed["spam"] >= 4);
    assert!(a.removed["hotline"] >= 2);
    assert!(a
        .text
        .contains("虽然战事火热，但在一些地域，大模型的生态位已初步确立"));
    assert!(a
        .text
        .contains("而在去年11月，CEO萨姆奥特曼突然被董事会罢免"));
    assert!(a.text.starts_with("虽然全球主流大模型之间的混战依然持续"));
    assert!(a
        .text
        .trim_end()
        .ends_with("2024年仍是国内大模型企业激烈较量的一年。"));
}

#[test]
fn clean_simplified_articles_keep_their_first_and_last_paragraphs() {
    let a = article("001_");
    assert!(a.text.starts_with("近期OpenAI动作频频"));
    assert!(a.text.trim_end().ends_with("数据支持：勾股大数据"));
    let b = article("002_");
    assert!(b
        .text
        .starts_with("海外的生成式AI之战很快变成了一场代理人之间的利益分割。"));
    assert!(b.text.trim_end().ends_with("作者：刘燕秋"));
}

#[test]
fn cleaning_keeps_every_real_paragraph() {
    // Every raw line with a full sentence (ends in 。 after its jammer is gone) that is not
    // a repeat must survive cleaning (possibly with spam phrases taken out).
    for a in bundled::corpus().unwrap().articles {
        let simplified_text = crate::normalize::to_simplified(&a.text);
        for line in a.raw.lines() {
            let (line, _) = jammer::strip(&line.replace('\u{a0}', " "));
            let (line, _) = pinyin::strip(&line);
            let line = trim(&line);
            if line.ends_with('。') && line.chars().count() > 30 && !line.contains("澳门") {
                let (marked, _) = censor::mark_gaps(line);
                let (marked, _) = punct::restore(&marked);
                let key = crate::normalize::to_simplified(&marked);
                assert!(
                    simplified_text.contains(&key),
                    "{}: lost {line:?}",
                    a.meta.id
                );
            }
        }
    }
}
