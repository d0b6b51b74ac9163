//! The segmenter's behaviour: names as one token in both scripts, decided in context, on
//! small texts written here and on the bundled corpus.

use super::*;
use crate::normalize::to_simplified;
use crate::registry::Registry;
use crate::test_support::segmenter as seg;

fn words(s: &str) -> Vec<String> {
    seg().words(s)
}

#[test]
fn domain_names_are_single_tokens_in_both_scripts() {
    for (text, name) in [
        ("亚马逊向初创公司投资", "亚马逊"),
        ("亞馬遜向初創公司投資", "亞馬遜"),
        ("英伟达的芯片供不应求", "英伟达"),
        ("英偉達的晶片供不應求", "英偉達"),
        ("百度发布文心一言大模型", "文心一言"),
        ("各家都在做大模型", "大模型"),
        ("字节跳动旗下的火山引擎", "字节跳动"),
        ("字節跳動旗下的火山引擎", "字節跳動"),
        ("杨立昆批评了这个观点", "杨立昆"),
        ("楊立昆批評了這個觀點", "楊立昆"),
    ] {
        assert!(
            words(text).iter().any(|w| w == name),
            "{name} not one token in {text}: {:?}",
            words(text)
        );
    }
}

#[test]
fn tokens_keep_the_original_script_and_cover_the_text() {
    let text = "亞馬遜向 Anthropic 投資了40億美元。";
    let toks = seg().tokens(text);
    let joined: String = toks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(joined, text);
    let amazon = toks.iter().find(|t| t.text == "亞馬遜").unwrap();
    assert_eq!(amazon.simplified, "亚马逊");
    assert_eq!(amazon.company(), Some("amazon"));
    assert_eq!(
        toks.iter()
            .find(|t| t.text == "Anthropic")
            .unwrap()
            .company(),
        Some("anthropic")
    );
}

#[test]
fn multi_word_latin_names_are_merged() {
    let toks = seg().tokens("平台接入了Stability AI和Hugging Face的模型");
    let names: Vec<_> = toks
        .iter()
        .filter_map(|t| t.company().map(|c| (t.text.as_str(), c)))
        .collect();
    assert!(
        names.contains(&("Stability AI", "stability-ai")),
        "{names:?}"
    );
    assert!(
        names.contains(&("Hugging Face", "hugging-face")),
        "{names:?}"
    );
}

#[test]
fn words_drop_spaces_and_gaps_are_their_own_token() {
    assert_eq!(words("OpenAI 的□技术"), vec!["OpenAI", "的", "□", "技术"]);
    let toks = seg().tokens("持续□吗");
    assert!(toks.iter().any(|t| t.kind == TokenKind::Gap));
}

/// The company of the first token spelled `name` in `text`, or `None` when that token is a
/// plain word or `name` sits inside a longer plain word (`苹果树`). Panics when `name` is
/// split.
fn company_of(text: &str, name: &str) -> Option<String> {
    let toks = seg().tokens(text);
    if !toks.iter().any(|t| t.text == name)
        && toks
            .iter()
            .any(|t| t.kind == TokenKind::Word && t.text.contains(name))
    {
        return None;
    }
    let tok = toks.iter().find(|t| t.text == name).unwrap_or_else(|| {
        panic!(
            "{name} is not one token in {text}: {:?}",
            toks.iter().map(|t| &t.text).collect::<Vec<_>>()
        )
    });
    tok.company().map(str::to_owned)
}

fn companies_in(text: &str) -> Vec<String> {
    seg()
        .tokens(text)
        .iter()
        .filter_map(|t| t.company().map(str::to_owned))
        .collect()
}

/// Names of the grown registry that are also ordinary words, or that jieba may cut out of
/// ordinary words, count only as the company.
#[test]
fn registry_names_that_are_words_count_only_as_the_company() {
    for (text, want) in [
        ("提高通过率", &[][..]),
        ("云计算能力很强", &[]),
        ("寒武纪大爆发", &[]),
        ("这是联想到的", &[]),
        ("他住在三星级酒店", &[]),
        ("来源：新智元", &[]),
        ("达美团队", &[]),
        ("我们要玩真格的", &[]),
        ("开源大模型", &[]),
        ("红杉树下", &[]),
        ("地平线以下", &[]),
        ("小米粥很好喝", &[]),
        ("红杉领投了这轮融资", &["sequoia"]),
        ("小米发布了新手机", &["xiaomi"]),
        ("地平线发布了征程6芯片", &["horizon-robotics"]),
        ("寒武纪股价大涨", &["cambricon"]),
        (
            "李开复创立的零一万物发布了Yi-Large",
            &["01-ai", "01-ai", "01-ai"],
        ),
        ("月之暗面的Kimi智能助手", &["moonshot", "moonshot"]),
        (
            "高瓴、IDG资本和腾讯投资跟投",
            &["hillhouse", "idg-capital", "tencent-investment"],
        ),
        (
            "Thrive Capital领投，Thrive AI Health另说",
            &["thrive-capital"],
        ),
        ("perplexity is a metric", &[]),
        ("Perplexity完成新一轮融资", &["perplexity"]),
    ] {
        assert_eq!(companies_in(text), want, "{text}: {:?}", seg().words(text));
    }
}

#[test]
fn ambiguous_aliases_count_only_in_context() {
    // (text, name as one token, company or None for a plain word)
    for (text, name, id) in [
        // 苹果: the company with a business cue or another company; the fruit otherwise.
        (
            "苹果今天发布了新款手机，股价应声上涨。",
            "苹果",
            Some("apple"),
        ),
        ("谷歌、苹果等巨头都在追赶。", "苹果", Some("apple")),
        ("我吃了一个苹果。", "苹果", None),
        ("外婆家的苹果熟透了。", "苹果", None),
        ("市场上的苹果和梨都涨价了。", "苹果", None),
        ("苹果树开花了。", "苹果", None),
        // 火山: only 火山引擎, or cloud and model talk, is ByteDance.
        ("火山引擎推出了新的云服务。", "火山引擎", Some("bytedance")),
        ("不少创业者在火山上训练模型。", "火山", Some("bytedance")),
        ("这座火山已经沉睡了一千年。", "火山", None),
        ("火山爆发前，科学家用模型做了预测。", "火山", None),
        // Meta: the capitalised brand, or `meta` inside Chinese text.
        ("Meta发布了新的开源模型。", "Meta", Some("meta")),
        ("据报道，meta正在训练新模型。", "meta", Some("meta")),
        ("研究人员做了一项Meta分析。", "Meta", None),
        ("This is the meta level of the debate.", "meta", None),
        // 盘古: Huawei's model, or the giant of the creation myth.
        ("华为发布了盘古大模型。", "盘古", Some("huawei")),
        ("盘古大模型在气象预测上表现出色。", "盘古", Some("huawei")),
        ("盘古开天辟地的故事家喻户晓。", "盘古", None),
        ("儿童剧《盘古》今晚在公司礼堂首演。", "盘古", None),
        // 字节: ByteDance, or bytes.
        ("字节和腾讯都在招聘算法工程师。", "字节", Some("bytedance")),
        ("这个字段占用4个字节。", "字节", None),
        ("先检查一下字节数对不对。", "字节", None),
        ("每个字节有八位。", "字节", None),
        // 阿里: Alibaba, but not inside a transliterated name.
        ("阿里发布了新一季的财报。", "阿里", Some("alibaba")),
        ("拳王穆罕默德·阿里退役了。", "阿里", None),
        // 奥特曼: Altman, or Ultraman.
        ("奥特曼说OpenAI明年会推出新模型。", "奥特曼", Some("openai")),
        ("孩子们最爱看奥特曼打怪兽。", "奥特曼", None),
        // 库克: Tim Cook, or any other Cook.
        ("库克在财报电话会上谈到了人工智能。", "库克", Some("apple")),
        ("库克船长曾在这里登陆。", "库克", None),
        // 豆包: ByteDance's bot, or a bean bun.
        ("字节跳动推出了豆包。", "豆包", Some("bytedance")),
        ("早饭吃了两个豆包。", "豆包", None),
        // 浪潮: Inspur, or a wave.
        ("浪潮的服务器出货量排名第二。", "浪潮", Some("inspur")),
        ("生成式AI浪潮席卷全球。", "浪潮", None),
        ("在这股浪潮中，谁能胜出？", "浪潮", None),
        // Copilot: Microsoft's, or any assistant.
        ("微软把Copilot接入了Windows。", "Copilot", Some("microsoft")),
        ("我们给客服团队做了一个Copilot。", "Copilot", None),
        // Dojo: Tesla's supercomputer with context; `dojo` is a training hall.
        ("特斯拉的Dojo超级计算机开始量产。", "Dojo", Some("tesla")),
        ("他每周去dojo练柔道。", "dojo", None),
        // iPhone: Apple, but `iPhone时刻` is a metaphor.
        ("苹果卖出了上亿部iPhone。", "iPhone", Some("apple")),
        ("这是大模型的iPhone时刻。", "iPhone", None),
        // 昇腾: script folding makes it read like 升腾 "to rise".
        ("华为推出了昇腾芯片。", "昇腾", Some("huawei")),
        ("炊烟缓缓升腾。", "升腾", None),
        // Names that are fine without context.
        ("Grok由xAI开发。", "Grok", Some("xai")),
        ("Claude的长文本能力很强。", "Claude", Some("anthropic")),
        ("Sora可以生成一分钟的视频。", "Sora", Some("openai")),
        ("Gemini是谷歌的多模态模型。", "Gemini", Some("google")),
        ("通义是阿里的大模型品牌。", "通义", Some("alibaba")),
        (
            "Moveworks为企业提供聊天机器人。",
            "Moveworks",
            Some("moveworks"),
        ),
    ] {
        assert_eq!(company_of(text, name).as_deref(), id, "{name} in {text}");
    }
}

#[test]
fn english_words_are_not_brands() {
    for (text, name, id) in [
        ("Runway发布了新的视频生成模型。", "Runway", Some("runway")),
        ("The plane taxied down the runway.", "runway", None),
        ("Cohere拿到了新一轮融资。", "Cohere", Some("cohere")),
        ("The two parts cohere well.", "cohere", None),
        ("Snowflake的股价大涨。", "Snowflake", Some("snowflake")),
        ("A single snowflake fell.", "snowflake", None),
        ("Mistral发布了新模型。", "Mistral", Some("mistral")),
        ("The mistral blows in Provence.", "mistral", None),
        (
            "Inflection推出了聊天机器人。",
            "Inflection",
            Some("inflection-ai"),
        ),
        ("We are at an inflection point.", "inflection", None),
        ("他养了一只llama。", "llama", None),
        ("Llama是Meta的开源模型。", "Llama", Some("meta")),
    ] {
        assert_eq!(company_of(text, name).as_deref(), id, "{name} in {text}");
    }
    // A brand inside a longer English word is no name at all.
    for text in [
        "这篇论文研究meta-learning和metadata。",
        "Metaverse一词来自科幻小说。",
        "Metal是一种图形接口。",
        "Coherent light is used in lasers.",
        "Snowflakes are falling.",
        "元宇宙是下一个风口吗？",
    ] {
        assert!(
            companies_in(text).is_empty(),
            "{text}: {:?}",
            companies_in(text)
        );
    }
}

#[test]
fn company_and_fruit_sentences() {
    assert_eq!(companies_in("苹果公司发布了新产品。"), ["apple"]);
    assert!(companies_in("我吃了一个苹果。").is_empty());
    assert_eq!(
        companies_in("火山引擎发布了新的大模型平台。"),
        ["bytedance"]
    );
    assert!(companies_in("火山爆发了。").is_empty());
    assert_eq!(companies_in("Meta发布了Llama 2。"), ["meta", "meta"]);
    assert!(companies_in("Meta-learning is learning to learn.").is_empty());
}

#[test]
fn support_spreads_through_the_paragraph_but_not_between_ambiguous_names() {
    // The second 苹果 has no cue of its own; the first makes the paragraph about Apple.
    assert_eq!(
        companies_in("苹果发布了新手机。苹果一向很重视隐私。"),
        ["apple", "apple"]
    );
    // Naming the company unambiguously anywhere in the paragraph supports it too.
    assert_eq!(
        companies_in("库克很少接受采访。他在苹果公司工作了二十多年。"),
        ["apple", "apple"]
    );
    // A company elsewhere in the paragraph is no cue for the fruit.
    assert_eq!(
        companies_in("外婆家的苹果熟透了。谷歌发布了新模型。"),
        ["google"]
    );
    // Two ambiguous names do not vouch for each other.
    assert!(companies_in("豆包和苹果摆在桌上。").is_empty());
}

#[test]
fn a_ruled_out_name_is_still_one_token() {
    let toks = seg().tokens("一个字节");
    let byte = toks.iter().find(|t| t.text == "字节").unwrap();
    assert_eq!(byte.kind, TokenKind::Word);
    let toks = seg().tokens("先检查字节数。");
    assert!(toks.iter().all(|t| t.company().is_none()));
    let joined: String = toks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(joined, "先检查字节数。");
}

#[test]
fn versioned_product_names_are_the_product() {
    for (text, name, id) in [
        ("Claude2的上下文很长。", "Claude2", "anthropic"),
        ("GPT-4V能看图。", "GPT-4V", "openai"),
        ("他们微调了Llama-2-70b。", "Llama-2-70b", "meta"),
        ("英伟达卖出了大量H100s。", "H100s", "nvidia"),
        ("GPT-4o发布了。", "GPT-4o", "openai"),
    ] {
        assert_eq!(company_of(text, name).as_deref(), Some(id), "{text}");
    }
    // Only products take a version: `AI21` is a name of its own, `Win11` is nothing.
    assert_eq!(
        company_of("AI21推出了新模型。", "AI21").as_deref(),
        Some("ai21-labs")
    );
    assert!(companies_in("升级到Win11了。").is_empty());
    assert!(companies_in("GPT4All是另一个开源项目。").is_empty());
}

#[test]
fn transliterated_names_are_one_token_whatever_the_dot() {
    for text in [
        "蒂姆·库克谈到了人工智能。",
        "蒂姆 · 库克谈到了人工智能。",
        "蒂姆•库克谈到了人工智能。",
        "蒂姆・库克谈到了人工智能。",
    ] {
        let toks = seg().tokens(text);
        let names: Vec<_> = toks.iter().filter(|t| t.company().is_some()).collect();
        assert_eq!(names.len(), 1, "{text}: {names:?}");
        assert_eq!(names[0].company(), Some("apple"));
        assert!(names[0].text.starts_with("蒂姆") && names[0].text.ends_with("库克"));
    }
    assert_eq!(companies_in("達里奧·阿莫迪創立了公司。"), ["anthropic"]);
}

#[test]
fn traditional_script_gets_the_same_decisions() {
    assert_eq!(companies_in("蘋果公司發布了新產品。"), ["apple"]);
    assert!(companies_in("我吃了一個蘋果。").is_empty());
    assert_eq!(companies_in("華為發布了盤古大模型。"), ["huawei", "huawei"]);
    assert!(companies_in("盤古開天闢地。").is_empty());
    assert!(companies_in("這個字段佔用4個字節。").is_empty());
}

#[test]
fn rules_come_from_the_registry_data() {
    // A registry of one company whose only name is an ordinary word with its own cue.
    let reg: &'static Registry = Box::leak(Box::new(
        Registry::parse(
            r##"
[context]
cues = ["公司"]
[[company]]
id = "moon"
hans = "月亮公司"
hant = "月亮公司"
en = "Moon Inc"
aliases = [
  { name = "月亮", kind = "company", ambiguous = true, stop_prev = ["#num"], cues = ["股价", "#company"] },
  { name = "Moon", kind = "company", case_sensitive = true },
  { name = "星辰", kind = "company", ambiguous = true, cues = ["股价"] },
]
[[company]]
id = "sun"
hans = "太阳集团"
hant = "太陽集團"
en = "Sun Group"
aliases = [{ name = "星辰", kind = "company", ambiguous = true, cues = ["股价"] }]
"##,
        )
        .unwrap(),
    ));
    let mut builder = SegmenterBuilder::new(crate::dictionary::embedded().unwrap());
    builder.step(usize::MAX).unwrap();
    let seg = builder.finish_with(DOMAIN_DICT, reg).unwrap();
    let ids = |t: &str| -> Vec<String> {
        seg.tokens(t)
            .iter()
            .filter_map(|t| t.company().map(str::to_owned))
            .collect()
    };
    assert_eq!(ids("月亮的股价涨了。"), ["moon"]);
    // Its own cues replace the shared ones: 公司 no longer vouches for it.
    assert!(ids("月亮照着公司大楼。").is_empty());
    assert_eq!(ids("月亮和太阳集团打起了官司。"), ["moon", "sun"]);
    assert!(ids("3月亮的股价涨了。").iter().all(|id| id != "moon"));
    assert_eq!(ids("Moon上市了。"), ["moon"]);
    assert!(ids("the moon rose").is_empty());
    // A name both share: the first claim, unless the paragraph names the other surely.
    assert_eq!(ids("星辰的股价涨了。"), ["moon"]);
    assert_eq!(ids("太阳集团说，星辰的股价涨了。"), ["sun", "sun"]);
    assert_eq!(ids("月亮公司说，星辰的股价涨了。"), ["moon", "moon"]);
    assert!(ids("星辰大海。").is_empty());
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        " ",
        "\n\n",
        "□□□",
        "苹果",
        "·",
        "蒂姆·",
        "·库克",
        "Meta",
        "-Meta-",
        "GPT-",
        "Claude2222222222222222222222222222222222222222222222",
        "𠀀苹果𠀀",
        "字节字节字节",
        "Ｍｅｔａ发布",
        "🍎苹果🍏",
    ] {
        let toks = seg().tokens(text);
        let joined: String = toks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(joined, text);
    }
}

#[test]
fn bundled_corpus_company_tokens() {
    use std::collections::HashMap;
    let corpus = crate::test_support::corpus();
    let reg = Registry::bundled();
    // article id → company id → mentions
    let mut counts: HashMap<&str, HashMap<String, usize>> = HashMap::new();
    for a in &corpus.articles {
        let per = counts.entry(a.meta.id.as_str()).or_default();
        for p in a.paragraphs() {
            let toks = seg().tokens(p);
            let joined: String = toks.iter().map(|t| t.text.as_str()).collect();
            assert_eq!(joined, p, "tokens cover the paragraph");
            for t in &toks {
                if let Some(id) = t.company() {
                    assert!(reg.get(id).is_some(), "unknown id {id}");
                    *per.entry(id.to_owned()).or_default() += 1;
                }
            }
        }
    }
    let n = |article: &str, id: &str| {
        counts
            .iter()
            .find(|(a, _)| a.starts_with(article))
            .and_then(|(_, c)| c.get(id).copied())
            .unwrap_or(0)
    };
    // Pins verified by reading the articles.
    for article in ["000", "002"] {
        assert!(
            n(article, "amazon") > 0 && n(article, "anthropic") > 0,
            "{article}"
        );
    }
    for article in ["000", "001", "002", "003", "004"] {
        assert!(n(article, "openai") > 0, "{article}");
    }
    // 003 and 004 name 浪潮 only as "the wave" (生成式AI浪潮, 大模型浪潮) except 004's list
    // of Chinese giants (…字节跳动、浪潮等大厂).
    assert_eq!(
        n("000", "inspur") + n("002", "inspur") + n("003", "inspur"),
        0
    );
    assert_eq!(n("004", "inspur"), 1);
    // 003 calls Volcano Engine plain 火山 after introducing it; 004 never mentions ByteDance
    // products, only the company.
    assert!(n("003", "bytedance") >= 10);
}

#[test]
fn domain_dictionary_lines_are_well_formed() {
    for line in DOMAIN_DICT.lines().filter(|l| !l.trim().is_empty()) {
        let parts: Vec<_> = line.split(' ').collect();
        assert_eq!(parts.len(), 3, "{line}");
        assert!(parts[1].parse::<usize>().is_ok(), "{line}");
    }
}

#[test]
fn traditional_dictionary_entries_match_their_simplified_twins() {
    // Every traditional entry must simplify to an entry that is also in the file,
    // so both scripts segment alike.
    let words: std::collections::HashSet<&str> = DOMAIN_DICT
        .lines()
        .filter_map(|l| l.split(' ').next())
        .collect();
    for w in &words {
        let s = to_simplified(w);
        assert!(
            words.contains(s.as_str()),
            "{w} → {s} has no simplified entry"
        );
    }
}

#[test]
fn an_organisation_ending_after_a_chinese_name_is_the_company() {
    // Fictional names: the rule, not the bundled registry.
    let reg: &'static Registry = Box::leak(Box::new(
        Registry::parse(
            r##"
[[company]]
id = "wangyue"
hans = "望月山"
hant = "望月山"
en = "Wangyue"
aliases = [
  { name = "星河", kind = "company", ambiguous = true, cues = ["股价"] },
  { name = "Wangyue", kind = "company" },
]
"##,
        )
        .unwrap(),
    ));
    let mut builder = SegmenterBuilder::new(crate::dictionary::embedded().unwrap());
    builder.step(usize::MAX).unwrap();
    let seg = builder.finish_with(DOMAIN_DICT, reg).unwrap();
    let companies = |t: &str| -> Vec<String> {
        seg.tokens(t)
            .iter()
            .filter(|t| t.company().is_some())
            .map(|t| t.text.clone())
            .collect()
    };
    for (text, want) in [
        ("以及望月山科技在资本市场的成功融资", vec!["望月山科技"]),
        ("望月山集团宣布", vec!["望月山集团"]),
        ("望月山股份发起定增", vec!["望月山股份"]),
        ("望月山在资本市场", vec!["望月山"]),
        // The registered form keeps the short name the text abbreviates it to.
        ("望月山科技有限公司", vec!["望月山"]),
        // Not 公司, and not after a Latin name or a name that needs its context.
        ("望月山公司宣布", vec!["望月山"]),
        ("Wangyue科技宣布", vec!["Wangyue"]),
        ("星河科技的股价", vec!["星河"]),
    ] {
        assert_eq!(companies(text), want, "{text}");
    }
}
