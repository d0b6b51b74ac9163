//! Tests of money finding: amounts, currencies, ranges, conversions, kinds, payer and payee.

use super::*;

/// Names the test helper knows, longest first where one contains another.
const NAMES: &[(&str, &str)] = &[
    ("Alameda Research", "alameda"),
    ("Spark Capital", "spark-capital"),
    ("Databricks", "databricks"),
    ("Anthropic", "anthropic"),
    ("MosaicML", "mosaicml"),
    ("OpenAI", "openai"),
    ("Google", "google"),
    ("亚马逊", "amazon"),
    ("亞馬遜", "amazon"),
    ("英伟达", "nvidia"),
    ("微软", "microsoft"),
    ("微軟", "microsoft"),
    ("谷歌", "google"),
    ("百度", "baidu"),
];

/// The company spans a segmenter would report: every known name, char offsets.
fn spans(sentence: &str) -> Vec<CompanySpan> {
    let c: Vec<char> = sentence.chars().collect();
    let mut taken = vec![false; c.len()];
    let mut out = Vec::new();
    for (name, id) in NAMES {
        let n: Vec<char> = name.chars().collect();
        let mut i = 0;
        while i + n.len() <= c.len() {
            if c[i..i + n.len()] == n[..] && !taken[i..i + n.len()].contains(&true) {
                taken[i..i + n.len()].fill(true);
                out.push(CompanySpan {
                    id: (*id).to_owned(),
                    start: i,
                    end: i + n.len(),
                });
                i += n.len();
            } else {
                i += 1;
            }
        }
    }
    out.sort_by_key(|s| s.start);
    out
}

/// `find_money` with the helper's spans, checking the offset invariants on every result.
fn money(sentence: &str) -> Vec<MoneyMention> {
    let ms = find_money(sentence, &spans(sentence));
    let c: Vec<char> = sentence.chars().collect();
    let mut last_end = 0;
    for m in &ms {
        assert!(
            m.start >= last_end && m.start < m.end && m.end <= c.len(),
            "{m:?}"
        );
        assert_eq!(c[m.start..m.end].iter().collect::<String>(), m.text);
        if let Some(conv) = &m.conversion {
            assert!(conv.start >= m.end && conv.end <= c.len());
            assert_eq!(
                c[conv.start..conv.end].iter().collect::<String>(),
                conv.text
            );
            last_end = conv.end;
        } else {
            last_end = m.end;
        }
        // Who pays or is paid is among the companies the figure is about.
        for who in [&m.payer, &m.payee].into_iter().flatten() {
            assert!(m.entities.contains(who), "{who} is no entity: {m:?}");
        }
    }
    ms
}

/// The one mention in `sentence`.
fn one(sentence: &str) -> MoneyMention {
    let ms = money(sentence);
    assert_eq!(ms.len(), 1, "{sentence}: {ms:#?}");
    ms.into_iter().next().unwrap_or_else(|| unreachable!())
}

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_owned()).collect()
}

// --- amounts -------------------------------------------------------------------------

#[test]
fn decimal_with_yi_is_exact() {
    let m = one("这家公司去年的营收达到12.5亿美元。");
    assert_eq!(m.text, "12.5亿美元");
    assert_eq!(m.amount, 1_250_000_000.0);
    assert_eq!(m.currency, "USD");
    assert_eq!(m.amount_max, None);
    let m = one("其估值为292.34亿元");
    assert_eq!(m.amount, 29_234_000_000.0);
    assert_eq!(m.currency, "CNY");
    let m = one("月收入为0.45万欧元");
    assert_eq!(m.amount, 4_500.0);
}

#[test]
fn plain_amount_without_multiplier() {
    let m = one("高级版售价20美元");
    assert_eq!((m.amount, m.text.as_str()), (20.0, "20美元"));
}

#[test]
fn thousands_separators() {
    assert_eq!(one("这块显卡售价为25,000美元").amount, 25_000.0);
    assert_eq!(one("单笔订单售价1，200美元").amount, 1_200.0);
    assert_eq!(one("合同总额为1,250,000美元").amount, 1_250_000.0);
    // A clause comma after a model name is not a separator.
    let m = one("它推出了GPT-4，300美元的订阅价格吓退了不少人");
    assert_eq!((m.text.as_str(), m.amount), ("300美元", 300.0));
    // Nor after a 4-digit year.
    let m = one("截至2021，300万美元已经到账");
    assert_eq!(m.amount, 3_000_000.0);
}

#[test]
fn full_width_digits() {
    let m = one("亚马逊投资４０亿美元");
    assert_eq!(m.text, "４０亿美元");
    assert_eq!(m.amount, 4e9);
    assert_eq!(one("估值达到１２．５亿美元").amount, 1_250_000_000.0);
}

#[test]
fn traditional_script() {
    let s = "亞馬遜將向該公司投資40億美元";
    let m = one(s);
    assert_eq!(m.text, "40億美元");
    assert_eq!(m.amount, 4e9);
    assert_eq!(m.kind, MoneyKind::Investment);
    assert_eq!(m.payer.as_deref(), Some("amazon"));
    assert_eq!(m.payee, None);
    let m = one("微軟的市值約為2.5兆美元");
    assert_eq!((m.amount, m.kind), (2.5e12, MoneyKind::MarketCap));
}

#[test]
fn multipliers() {
    assert_eq!(one("项目预算为3千万美元").amount, 3e7);
    assert_eq!(one("项目预算为5百万欧元").amount, 5e6);
    assert_eq!(one("这笔基金规模达1.5万亿日元").amount, 1.5e12);
    assert_eq!(one("计划筹集7万亿美元").amount, 7e12);
    assert_eq!(one("市场规模将达千亿美元").amount, 1e11);
    let m = one("市值一夜蒸发了1000多亿美元");
    assert_eq!((m.text.as_str(), m.amount), ("1000多亿美元", 1e11));
}

#[test]
fn chinese_numerals() {
    assert_eq!(one("该轮融资共十亿美元").amount, 1e9);
    assert_eq!(one("该项目耗资两百亿元").amount, 2e10);
    assert_eq!(one("他希望融资七万亿美元").amount, 7e12);
    assert_eq!(one("公司获得一亿五千万元投资").amount, 1.5e8);
    assert_eq!(one("项目共投入一百多亿元").amount, 1e10);
}

#[test]
fn spaces_between_parts() {
    let m = one("微软还投资 13 亿美元建设数据中心");
    assert_eq!((m.text.as_str(), m.amount), ("13 亿美元", 1.3e9));
}

#[test]
fn english_forms() {
    let m = one("据报道其估值为$40亿");
    assert_eq!(
        (m.text.as_str(), m.amount, m.currency.as_str()),
        ("$40亿", 4e9, "USD")
    );
    assert_eq!(one("这轮融资达到$10 billion，创下纪录").amount, 1e10);
    let m = one("种子轮融资为US$1.3 million");
    assert_eq!((m.text.as_str(), m.amount), ("US$1.3 million", 1_300_000.0));
    assert_eq!(one("RMB 500万的订单").currency, "CNY");
}

#[test]
fn qualifiers_stay_outside_text() {
    for (s, text) in [
        ("亚马逊将投资高达40亿美元", "40亿美元"),
        ("单次训练成本超过5亿人民币", "5亿人民币"),
        ("营收约1亿美元", "1亿美元"),
        ("估值逾300亿美元", "300亿美元"),
        ("最多投资20亿美元", "20亿美元"),
    ] {
        assert_eq!(one(s).text, text, "{s}");
    }
}

// --- currencies ----------------------------------------------------------------------

#[test]
fn every_currency() {
    for (s, code) in [
        ("售价为30美元", "USD"),
        ("售价为30美金", "USD"),
        ("售价为30美刀", "USD"),
        ("售价为$30", "USD"),
        ("售价为30 USD", "USD"),
        ("售价为30元", "CNY"),
        ("售价为30人民币", "CNY"),
        ("售价为30元人民币", "CNY"),
        ("售价为人民币30元", "CNY"),
        ("售价为30 RMB", "CNY"),
        ("售价为CNY 30", "CNY"),
        ("售价为30欧元", "EUR"),
        ("售价为30英镑", "GBP"),
        ("售价为30日元", "JPY"),
        ("售价为30日圓", "JPY"),
        ("售价为30港元", "HKD"),
        ("售价为30港幣", "HKD"),
        ("售价为30韩元", "KRW"),
        ("售价为30新台币", "TWD"),
        ("售价为30台币", "TWD"),
    ] {
        let m = one(s);
        assert_eq!(m.currency, code, "{s}");
        assert_eq!(m.amount, 30.0, "{s}");
        assert_eq!(m.kind, MoneyKind::Price, "{s}");
    }
}

#[test]
fn yuan_before_other_words_is_still_money() {
    assert_eq!(one("送出100元代金券").amount, 100.0);
    assert_eq!(one("实现10亿元年收入").kind, MoneyKind::Revenue);
}

#[test]
fn renminbi_written_three_ways() {
    for s in [
        "项目耗资人民币292亿元",
        "项目耗资292亿元人民币",
        "项目耗资292亿人民币",
    ] {
        let m = one(s);
        assert_eq!((m.amount, m.currency.as_str()), (2.92e10, "CNY"), "{s}");
    }
    assert_eq!(one("项目耗资人民币292亿元").text, "人民币292亿元");
}

// --- ranges --------------------------------------------------------------------------

#[test]
fn range_with_shared_multiplier() {
    for s in [
        "投后估值预计在200-300亿美元之间",
        "投后估值预计在200~300亿美元之间",
        "投后估值预计在200～300亿美元之间",
        "投后估值预计在200至300亿美元之间",
    ] {
        let m = one(s);
        assert_eq!(m.amount, 2e10, "{s}");
        assert_eq!(m.amount_max, Some(3e10), "{s}");
        assert_eq!(m.kind, MoneyKind::Valuation, "{s}");
        assert!(
            m.text.starts_with("200") && m.text.ends_with("亿美元"),
            "{s}"
        );
    }
}

#[test]
fn range_written_twice_and_spaced() {
    let m = one("外界估计其估值在270亿美元至290亿美元之间");
    assert_eq!(m.text, "270亿美元至290亿美元");
    assert_eq!((m.amount, m.amount_max), (2.7e10, Some(2.9e10)));
    let m = one("每训练一次的成本约为 1.5 到 3 万人民币");
    assert_eq!(m.text, "1.5 到 3 万人民币");
    assert_eq!((m.amount, m.amount_max), (15_000.0, Some(30_000.0)));
    assert_eq!(m.kind, MoneyKind::Cost);
    let m = one("单次训练成本在三千万至五千万人民币");
    assert_eq!((m.amount, m.amount_max), (3e7, Some(5e7)));
}

#[test]
fn growth_from_one_figure_to_another_is_not_a_range() {
    let ms = money("市场规模将从430亿美元上升到980亿美元");
    assert_eq!(ms.len(), 2);
    assert!(ms
        .iter()
        .all(|m| m.amount_max.is_none() && m.kind == MoneyKind::MarketSize));
}

// --- conversions ---------------------------------------------------------------------

#[test]
fn parenthetical_conversion() {
    let s = "亚马逊向Anthropic投资40亿美元（约合人民币292亿元），双方将合作";
    let m = one(s);
    assert_eq!(m.text, "40亿美元");
    let conv = m.conversion.expect("a conversion");
    assert_eq!(conv.text, "人民币292亿元");
    assert_eq!((conv.amount, conv.currency.as_str()), (2.92e10, "CNY"));

    let m = one("该公司融资40亿美元（约合292.34亿元人民币）");
    let conv = m.conversion.expect("a conversion");
    assert_eq!(
        (conv.amount, conv.text.as_str()),
        (29_234_000_000.0, "292.34亿元人民币")
    );

    let m = one("该公司融资40亿美元(约292亿元)");
    assert_eq!(m.conversion.map(|c| c.amount), Some(2.92e10));
}

#[test]
fn appositive_conversion() {
    let m = one("市场规模将达到980亿美元，约合人民币7168.5亿元");
    let conv = m.conversion.expect("a conversion");
    assert_eq!(
        (conv.amount, conv.currency.as_str()),
        (716_850_000_000.0, "CNY")
    );
    // Without 约合 a following figure is a figure of its own.
    assert_eq!(money("营收10亿美元，利润2亿元").len(), 2);
}

#[test]
fn same_currency_in_parentheses_is_not_a_conversion() {
    let ms = money("本轮共融资50亿美元（其中10亿美元为首期）");
    assert_eq!(ms.len(), 2);
    assert!(ms[0].conversion.is_none());
}

// --- kinds ---------------------------------------------------------------------------

#[test]
fn two_figures_two_kinds() {
    let ms = money("去年营收10亿美元，估值达到300亿美元");
    let kinds: Vec<MoneyKind> = ms.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [MoneyKind::Revenue, MoneyKind::Valuation]);
    assert_eq!(ms[1].amount, 3e10);
}

#[test]
fn each_kind() {
    for (s, kind) in [
        ("百度去年净亏损5.4亿美元", MoneyKind::Loss),
        ("这家初创公司完成了B轮3亿美元", MoneyKind::FundingRound),
        ("这家初创公司筹集了3亿美元", MoneyKind::FundingRound),
        ("谷歌向这家公司注资3亿美元", MoneyKind::Investment),
        ("算力开销每天约70万美元", MoneyKind::Cost),
        ("该市场规模将达到980亿美元", MoneyKind::MarketSize),
        ("微软的市值突破2.5万亿美元", MoneyKind::MarketCap),
        ("企业版定价为每人30美元", MoneyKind::Price),
        ("向企业客户收取30美元/月", MoneyKind::Price),
        ("用户订阅只需10美元一个月", MoneyKind::Price),
        ("API调用费用为每千token 0.03美元", MoneyKind::Price),
        ("它的ARR已达5000万美元", MoneyKind::Revenue),
        ("该公司的估值为50亿美元", MoneyKind::Valuation),
        ("比赛奖金为100万美元", MoneyKind::Other),
        ("季度净利润为53亿美元", MoneyKind::Other),
        ("谷歌以21亿美元收购了这家公司", MoneyKind::Investment),
    ] {
        assert_eq!(one(s).kind, kind, "{s}");
    }
}

#[test]
fn cue_in_another_clause_prefers_the_one_before() {
    // The clause of the figure has no cue: the topic before it wins over 利润 after it.
    let ms = money("其云业务收入增长了12%，达到了221亿美元，但利润下降了6%，为53亿美元");
    assert_eq!(ms[0].kind, MoneyKind::Revenue);
    assert_eq!(ms[1].kind, MoneyKind::Other);
}

#[test]
fn cue_after_the_figure_in_its_clause() {
    assert_eq!(
        one("13亿美元的营收相对庞大的开支微不足道").kind,
        MoneyKind::Revenue
    );
}

#[test]
fn training_input_is_cost_other_input_is_investment() {
    assert_eq!(one("单次训练投入超过5亿人民币").kind, MoneyKind::Cost);
    assert_eq!(one("微软计划投入100亿美元").kind, MoneyKind::Investment);
}

#[test]
fn investor_words_are_not_investment_cues() {
    // 投资人 hides 投资, so 融资 decides.
    let m = one("在投资人的支持下完成3亿美元融资");
    assert_eq!(m.kind, MoneyKind::FundingRound);
}

// --- payer and payee -----------------------------------------------------------------

#[test]
fn lead_investor_round_is_funding() {
    let m = one("去年6月，Anthropic在Spark Capital领投的融资中又筹集了4.5亿美元");
    assert_eq!(m.kind, MoneyKind::FundingRound);
    assert_eq!(m.payer.as_deref(), Some("spark-capital"));
    assert_eq!(m.payee.as_deref(), Some("anthropic"));
    assert_eq!(m.entities, ids(&["anthropic", "spark-capital"]));

    let m = one("英伟达领投了Databricks的5亿美元融资");
    assert_eq!(m.payer.as_deref(), Some("nvidia"));
    assert_eq!(m.payee.as_deref(), Some("databricks"));
}

#[test]
fn xiang_invest() {
    let m = one("周一，亚马逊宣布，向大模型公司 Anthropic 投资最多40亿美元");
    assert_eq!(m.kind, MoneyKind::Investment);
    assert_eq!(m.payer.as_deref(), Some("amazon"));
    assert_eq!(m.payee.as_deref(), Some("anthropic"));
    assert_eq!(m.entities, ids(&["amazon", "anthropic"]));

    let m = one("微软一方面决定向OpenAI追加100亿美元投资，拿下近半股权");
    assert_eq!(m.payer.as_deref(), Some("microsoft"));
    assert_eq!(m.payee.as_deref(), Some("openai"));
}

#[test]
fn dui_invest() {
    let m = one("微软对OpenAI投资100亿美元");
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("microsoft"), Some("openai"))
    );
}

#[test]
fn active_verb_with_object() {
    let m = one("面对压力，谷歌今年年初投了Anthropic 4亿美元");
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("google"), Some("anthropic"))
    );
}

#[test]
fn zai_invest() {
    let m = one("其中，微软已在OpenAI投资130亿美元");
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("microsoft"), Some("openai"))
    );
}

#[test]
fn passive_huode_and_huo() {
    let m = one("Anthropic获得亚马逊40亿美元的投资");
    assert_eq!(m.kind, MoneyKind::Investment);
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("amazon"), Some("anthropic"))
    );
    let m = one("今年Anthropic获谷歌3亿美元投资");
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("google"), Some("anthropic"))
    );
}

#[test]
fn passive_jieshou() {
    let m = one("最近，Anthropic接受了亚马逊高达40亿美元的投资");
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("amazon"), Some("anthropic"))
    );
    assert_eq!(m.entities, ids(&["anthropic", "amazon"]));
}

#[test]
fn raised_from() {
    let m = one("Anthropic从谷歌筹集了5亿美元");
    assert_eq!(m.kind, MoneyKind::FundingRound);
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("google"), Some("anthropic"))
    );
}

#[test]
fn of_which_came_from() {
    let ms = money("到去年年底，Anthropic共筹集8亿美元资金，其中6亿美元来自Alameda Research");
    assert_eq!(ms.len(), 2);
    assert_eq!(ms[0].kind, MoneyKind::FundingRound);
    assert_eq!(
        (ms[0].payer.as_deref(), ms[0].payee.as_deref()),
        (None, Some("anthropic"))
    );
    assert_eq!(ms[1].kind, MoneyKind::FundingRound);
    assert_eq!(ms[1].payer.as_deref(), Some("alameda"));
    assert_eq!(ms[1].payee.as_deref(), Some("anthropic"));
    assert_eq!(ms[1].entities, ids(&["anthropic", "alameda"]));
}

#[test]
fn acquisition_active_and_passive() {
    let m = one("Databricks以13亿美元收购MosaicML");
    assert_eq!(m.kind, MoneyKind::Investment);
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("databricks"), Some("mosaicml"))
    );
    let m = one("MosaicML被Databricks以13亿美元收购");
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("databricks"), Some("mosaicml"))
    );
    // 的收购 is a noun: the company after it is not the target.
    let m = one("这笔13亿美元的收购显示了Databricks的决心");
    assert_eq!((m.payer.as_deref(), m.payee.as_deref()), (None, None));
}

#[test]
fn stake_names_the_payee() {
    let m = one("亚马逊首期投资12.5亿美元，获得Anthropic的少数股权");
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("amazon"), Some("anthropic"))
    );
}

#[test]
fn unclear_stays_none() {
    let m = one("谷歌云部门随后投资3亿美元获得10%的股份");
    assert_eq!((m.payer.as_deref(), m.payee), (Some("google"), None));
    let m = one("该公司获得了一笔1亿美元的投资");
    assert_eq!((m.payer, m.payee), (None, None));
    // Valuations have no payer even when companies stand around them.
    let m = one("微软投资后，OpenAI估值达到290亿美元");
    assert_eq!((m.payer, m.payee), (None, None));
    assert_eq!(m.entities, ids(&["openai"]));
}

#[test]
fn a_figure_with_payer_and_payee_is_about_them_alone() {
    let sentence = "亚马逊向OpenAI的对手Anthropic投资40亿美元";
    let m = one(sentence);
    assert_eq!(m.entities, vec!["amazon", "anthropic"]);
}

#[test]
fn a_heading_company_pays_in_a_later_statement() {
    let sentence = "亚马逊：起步较晚；今年才向Anthropic投资12亿美元";
    let found = find_money(sentence, &spans(sentence));
    assert_eq!(found[0].payer.as_deref(), Some("amazon"));
    assert_eq!(found[0].payee.as_deref(), Some("anthropic"));
}

#[test]
fn subject_skips_objects_of_prepositions() {
    // 谷歌 after 令 acts next; OpenAI modifies 崛起 and 比百度 is a comparison.
    let m = one("OpenAI的崛起令谷歌压力倍增，谷歌比百度更早投了Anthropic 4亿美元");
    assert_eq!(m.payer.as_deref(), Some("google"));
    let m = one("在对Anthropic的竞争中比谷歌晚了半年；随后才向Anthropic投资12亿美元");
    assert_eq!((m.payer, m.payee.as_deref()), (None, Some("anthropic")));
}

#[test]
fn entities_fall_back_to_the_subject() {
    // No company in the figure's clause: the one acting earlier in the sentence.
    let m = one("Anthropic曾找谷歌谈判，计划再募集20亿美元");
    assert_eq!(m.entities, ids(&["anthropic"]));
    let m = one("按照计划，年底营收将达到2亿美元");
    assert!(m.entities.is_empty());
}

/// Regression (fuzz, money): a round whose raiser the sentence does not name is left
/// untied, its investors with it: none of them pays what is no one's round.
#[test]
fn an_untied_round_names_no_payer() {
    let m = one("最近一轮融资为6.76亿美元，由英伟达领投，微软跟投。");
    assert_eq!(m.kind, MoneyKind::FundingRound);
    assert!(m.entities.is_empty(), "{m:?}");
    assert_eq!((m.payer, m.payee, m.payers.len()), (None, None, 0));
}

// --- not money -----------------------------------------------------------------------

#[test]
fn non_money_is_not_taken() {
    for s in [
        "Meta押注元宇宙已有多年",
        "这个项目用了3个月",
        "GPT-4的表现更好",
        "微软持有OpenAI 49%的股份，谷歌拿到40%的股份",
        "ChatGPT拥有1000万用户",
        "国内已有130家公司",
        "参数规模在130亿左右，估值51亿",
        "多元化和单元测试都很重要",
        "这是二元对立的看法",
        "1月1日元旦那天发布",
        "10月3日元宇宙大会召开",
        "本月10日元首会晤",
        "万亿美元俱乐部",
        "美元兑人民币7.3",
        "USDT 100亿",
    ] {
        assert!(money(s).is_empty(), "{s}: {:#?}", money(s));
    }
}

// --- robustness ----------------------------------------------------------------------

#[test]
fn absurd_amounts_are_dropped() {
    assert!(money("共计100000000000000万亿美元").is_empty());
    assert!(money("共计99999999999999999999999999999999999999亿美元").is_empty());
}

#[test]
fn bad_company_spans_are_ignored() {
    let s = "微软投资10亿美元";
    let bad = [
        CompanySpan {
            id: "x".into(),
            start: 3,
            end: 99,
        },
        CompanySpan {
            id: "y".into(),
            start: 5,
            end: 2,
        },
        CompanySpan {
            id: "microsoft".into(),
            start: 0,
            end: 2,
        },
    ];
    let ms = find_money(s, &bad);
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].payer.as_deref(), Some("microsoft"));
}

#[test]
fn no_panic_on_any_substring() {
    let s = "亞馬遜將向Anthropic投資１２．５億美元（約合人民幣9,1，23億元），估值200-300亿，$10 bn、US$、人民币、三至五千万欧元，1，，000美元。";
    let c: Vec<char> = s.chars().collect();
    for i in 0..=c.len() {
        for j in i..=c.len() {
            let sub: String = c[i..j].iter().collect();
            for m in money(&sub) {
                assert!(m.amount.is_finite() && m.amount >= 0.0);
            }
        }
    }
}

#[test]
fn serde_kind_is_kebab_case() {
    let json = serde_json::to_string(&MoneyKind::FundingRound).unwrap_or_default();
    assert_eq!(json, "\"funding-round\"");
    assert_eq!(
        serde_json::to_string(&MoneyKind::MarketCap).unwrap_or_default(),
        "\"market-cap\""
    );
}

// --- money as the news writes it: bounds, vague amounts, rounds (issue 15) -------------

/// What the bounds test reads of a figure: low, high, qualifier, text.
type Bounds = (Option<f64>, Option<f64>, Option<Qualifier>, String);

/// A row of the bounds table: sentence, figure text, low, high, qualifier.
type BoundsRow<'a> = (
    &'a str,
    &'a str,
    Option<f64>,
    Option<f64>,
    Option<Qualifier>,
);

/// `(low, high)` of the one figure in a sentence.
fn bounds_of(sentence: &str) -> Bounds {
    let m = one(sentence);
    (m.low, m.high, m.qualifier, m.text)
}

#[test]
fn qualifiers_give_bounds() {
    use Qualifier::*;
    let table: &[BoundsRow] = &[
        (
            "获得超1.42亿美元种子轮融资",
            "1.42亿美元",
            Some(1.42e8),
            None,
            Some(MoreThan),
        ),
        (
            "筹集了超过 1 亿美元",
            "1 亿美元",
            Some(1e8),
            None,
            Some(MoreThan),
        ),
        (
            "市值蒸发逾 5000 亿美元",
            "5000 亿美元",
            Some(5e11),
            None,
            Some(MoreThan),
        ),
        (
            "筹集了近5亿美元资金",
            "5亿美元",
            Some(4.5e8),
            Some(5e8),
            Some(Nearly),
        ),
        (
            "将近 10 亿美元",
            "10 亿美元",
            Some(9e8),
            Some(1e9),
            Some(Nearly),
        ),
        (
            "以约6亿美元的价格收购",
            "6亿美元",
            Some(5.4e8),
            Some(6.6e8),
            Some(About),
        ),
        (
            "估值100亿元左右",
            "100亿元",
            Some(9e9),
            Some(1.1e10),
            Some(About),
        ),
        (
            "拿出来150多亿元现金",
            "150多亿元",
            Some(1.5e10),
            Some(1.6e10),
            Some(Plus),
        ),
        (
            "增长到4300多万美元",
            "4300多万美元",
            Some(4.3e7),
            Some(4.4e7),
            Some(Plus),
        ),
        (
            "营收3亿多美元",
            "3亿多美元",
            Some(3e8),
            Some(4e8),
            Some(Plus),
        ),
        (
            "不超过100亿元人民币贷款",
            "100亿元人民币",
            None,
            Some(1e10),
            Some(AtMost),
        ),
        (
            "自研大模型需要数十亿美元",
            "数十亿美元",
            Some(2e9),
            Some(1e10),
            Some(Several),
        ),
        (
            "一年有几百亿美金收入",
            "几百亿美金",
            Some(2e10),
            Some(1e11),
            Some(Several),
        ),
        (
            "上百万美元的投入",
            "上百万美元",
            Some(1e6),
            Some(1e7),
            Some(Upwards),
        ),
        (
            "融资十几亿元",
            "十几亿元",
            Some(1.1e9),
            Some(2e9),
            Some(Dozen),
        ),
        (
            "完成了高达1.42亿美元的种子轮融资",
            "1.42亿美元",
            Some(1.42e8),
            Some(1.42e8),
            None,
        ),
        (
            "估值200-300亿美元",
            "200-300亿美元",
            Some(2e10),
            Some(3e10),
            None,
        ),
    ];
    for (s, text, low, high, q) in table {
        assert_eq!(bounds_of(s), (*low, *high, *q, (*text).to_owned()), "{s}");
    }
}

#[test]
fn currencies_numerals_and_spaces() {
    let table: &[(&str, &str, f64, &str)] = &[
        ("估值达到 25 亿美金", "25 亿美金", 2.5e9, "USD"),
        ("获得 1.42 亿 美元 融资", "1.42 亿 美元", 1.42e8, "USD"),
        ("投资四十亿美元", "四十亿美元", 4e9, "USD"),
        ("营收一百五十亿元", "一百五十亿元", 1.5e10, "CNY"),
        ("融资两千万美元", "两千万美元", 2e7, "USD"),
        ("融资4800万美元", "4800万美元", 4.8e7, "USD"),
        ("市场规模1.5万亿元", "1.5万亿元", 1.5e12, "CNY"),
        ("融资１２亿元", "１２亿元", 1.2e9, "CNY"),
        ("售价3,499美元", "3,499美元", 3499.0, "USD"),
        ("募资5亿港元", "5亿港元", 5e8, "HKD"),
        ("融资5000万欧元", "5000万欧元", 5e7, "EUR"),
        ("罚款200万英镑", "200万英镑", 2e6, "GBP"),
        ("投资1万亿日元", "1万亿日元", 1e12, "JPY"),
        ("投资3万亿韩元", "3万亿韩元", 3e12, "KRW"),
        ("售价 US$1,000", "US$1,000", 1000.0, "USD"),
        ("raised $6 billion", "$6 billion", 6e9, "USD"),
        ("募资 HK$10亿", "HK$10亿", 1e9, "HKD"),
        ("融资€1亿", "€1亿", 1e8, "EUR"),
        ("融资10亿美刀", "10亿美刀", 1e9, "USD"),
    ];
    for (s, text, amount, currency) in table {
        let m = one(s);
        assert_eq!(
            (m.text.as_str(), m.amount, m.currency.as_str()),
            (*text, *amount, *currency),
            "{s}"
        );
    }
}

#[test]
fn rounds_are_a_field() {
    let table: &[(&str, Option<&str>)] = &[
        ("K Health完成了4800万美元的C轮融资", Some("c")),
        ("EvolutionaryScale获得超1.42亿美元种子轮融资", Some("seed")),
        ("完成1亿元Pre-A轮融资", Some("pre-a")),
        ("完成数亿元A+轮融资", Some("a+")),
        ("获得5000万元天使轮融资", Some("angel")),
        ("完成10亿元战略融资", Some("strategic")),
        ("以13亿美元收购MosaicML", Some("acquisition")),
        ("这家公司年营收达到1亿美元，此前完成B轮融资", None),
    ];
    for (s, want) in table {
        assert_eq!(one(s).round.as_deref(), *want, "{s}");
    }
}

/// Regression (issue 15): `斥资21.43亿美元现金，约合人民币151.8亿元` gave two figures for
/// one sum, the yuan as a figure of its own.
#[test]
fn a_conversion_after_a_word_is_not_a_second_figure() {
    let m = one("该公司表示，将斥资21.43亿美元现金，约合人民币151.8亿元，收购新华三30%股权。");
    assert_eq!(m.amount, 2.143e9);
    let conv = m.conversion.expect("the yuan is the conversion");
    assert_eq!((conv.amount, conv.currency.as_str()), (1.518e10, "CNY"));
    let m = one("Index 宣布推出 23 亿美元（人民币约 165 亿）新基金");
    assert_eq!(m.conversion.map(|c| c.amount), Some(1.65e10));
    let m = one("单次成本仅8.8美元 （折合人民币约63元）。");
    assert_eq!(m.conversion.map(|c| c.amount), Some(63.0));
    // Not every figure after a word is a conversion: the second needs an explicit 约合.
    assert_eq!(money("投资10亿美元现金，另有人民币5亿元贷款").len(), 2);
}
