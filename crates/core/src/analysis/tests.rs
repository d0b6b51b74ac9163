//! The analysis end to end: small articles written here, and facts pinned on the real corpus.

use super::*;
use crate::test_support::{article, bundled, segmenter};
use crate::Article;

fn run(articles: Vec<Article>) -> (Corpus, Analysis) {
    let corpus = Corpus { articles };
    let analysis = analyse(&corpus, segmenter(), Registry::bundled());
    (corpus, analysis)
}

fn slice(text: &str, span: [usize; 2]) -> String {
    text.chars().skip(span[0]).take(span[1] - span[0]).collect()
}

#[test]
fn a_sentence_with_two_dates_gives_two_events_and_a_bare_month_takes_the_paragraphs_year() {
    let (_, a) = run(vec![article(
        "a",
        "2024-03",
        "2023年7月，华为发布了新的盘古大模型；到了9月，百度在大会上作出回应。\n",
    )]);
    let dates: Vec<(&str, &str)> = a
        .events
        .iter()
        .map(|e| (e.date.as_str(), e.entities[0].as_str()))
        .collect();
    assert_eq!(dates, vec![("2023-07", "huawei"), ("2023-09", "baidu")]);
    assert_eq!(
        a.events[1].resolution,
        crate::extract::date::Resolution::ContextYear
    );
    assert!(a.events[0].text.starts_with("2023年7月") && !a.events[0].text.contains("百度"));
}

#[test]
fn an_opening_company_is_the_subject_of_its_statement_or_as_a_heading_of_the_sentence() {
    let (_, a) = run(vec![article(
        "a",
        "2023-10",
        "亚马逊：去年错过了机会；今年9月才向Anthropic投资40亿美元。\n亚马逊很早就做芯片，今年3月发布了新品；据报道，微软下个月发布芯片。\n",
    )]);
    let by_date = |d: &str| {
        a.events
            .iter()
            .find(|e| e.date == d)
            .unwrap()
            .entities
            .clone()
    };
    assert_eq!(by_date("2022"), vec!["amazon"]);
    assert_eq!(by_date("2023-09"), vec!["amazon", "anthropic"]);
    assert_eq!(by_date("2023-03"), vec!["amazon"]);
    assert_eq!(by_date("2023-11"), vec!["microsoft"]);
}

#[test]
fn recent_events_sort_at_the_articles_date_but_match_a_month_back() {
    let (_, a) = run(vec![
        article(
            "a",
            "2023-10",
            "近日，亚马逊宣布向Anthropic投资。9月，谷歌发布了新模型。\n",
        ),
        article("b", "2023-10", "9月28日，亚马逊宣布向Anthropic投资。\n"),
    ]);
    let order: Vec<&str> = a.events.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(order, vec!["2023-09", "2023-09-28", "2023-10"]);
    assert_eq!(a.clusters.len(), 1, "近日 in October reaches 9月28日");
}

#[test]
fn two_dates_in_one_clause_make_one_event_dated_by_the_first() {
    let (_, a) = run(vec![article(
        "a",
        "2023-10",
        "奥特曼年初定下了2024年的营收目标。\n",
    )]);
    assert_eq!(a.events.len(), 1, "{:#?}", a.events);
    assert_eq!(
        (a.events[0].date.as_str(), a.events[0].precision.as_str()),
        ("2023", "year:early")
    );
}

#[test]
fn a_dated_sentence_that_names_no_company_and_no_money_is_not_an_event() {
    let (_, a) = run(vec![article("a", "2023-10", "2022年，天气很好。\n")]);
    assert!(a.events.is_empty());
}

#[test]
fn event_and_money_evidence_point_at_their_words() {
    let (corpus, a) = run(vec![article(
        "a",
        "2023-10",
        "开头一句。\n9月25日，亚马逊宣布向Anthropic投资40亿美元（约合人民币292亿元）。\n",
    )]);
    let text = &corpus.articles[0].text;
    let e = &a.events[0];
    assert_eq!(
        (e.date.as_str(), e.precision.as_str()),
        ("2023-09-25", "day")
    );
    assert_eq!(slice(text, e.span), e.text);
    assert_eq!(e.paragraph, 1);
    assert_eq!(e.money.len(), 1);
    let m = &a.money[0];
    assert_eq!(m.id, "m0");
    assert_eq!(slice(text, m.evidence.span), m.evidence.text);
    assert_eq!(m.figure.amount, 4_000_000_000.0);
    assert_eq!(m.figure.currency, "USD");
    assert_eq!(m.figure.payer.as_deref(), Some("amazon"));
    assert_eq!(m.figure.payee.as_deref(), Some("anthropic"));
    assert_eq!(
        m.figure.conversion.as_ref().map(|c| c.currency.as_str()),
        Some("CNY")
    );
}

#[test]
fn the_same_deal_told_twice_is_one_cluster_without_conflict() {
    let (_, a) = run(vec![
        article(
            "a",
            "2023-10",
            "9月25日，亚马逊宣布向Anthropic投资40亿美元。\n",
        ),
        article(
            "b",
            "2023-10",
            "今年9月下旬，亚马逊向Anthropic初步投资12.5亿美元，最多可增至40亿美元。\n",
        ),
        article("c", "2023-10", "今年9月，微软发布了新的Copilot。\n"),
    ]);
    assert_eq!(a.clusters.len(), 1, "{:#?}", a.clusters);
    let c = &a.clusters[0];
    let mut articles = c.articles.clone();
    articles.sort();
    assert_eq!(articles, vec!["a", "b"]);
    assert!(c.conflicts.is_empty(), "{:?}", c.conflicts);
    let clustered: Vec<_> = a.events.iter().filter(|e| e.cluster.is_some()).collect();
    assert_eq!(clustered.len(), 2);
    assert!(a
        .events
        .iter()
        .any(|e| e.article == "c" && e.cluster.is_none()));
}

#[test]
fn one_company_in_the_same_month_is_not_one_story_but_on_the_same_day_it_is() {
    let (_, a) = run(vec![
        article(
            "a",
            "2023-10",
            "今年5月，谷歌发布了新模型。6月10日，谷歌举办了发布会。\n",
        ),
        article(
            "b",
            "2023-10",
            "今年5月，谷歌调整了搜索业务。6月10日，谷歌在发布会上展示了新品。\n",
        ),
    ]);
    assert_eq!(a.clusters.len(), 1, "{:#?}", a.clusters);
    let dates: Vec<&str> = a
        .events
        .iter()
        .filter(|e| e.cluster.is_some())
        .map(|e| e.date.as_str())
        .collect();
    assert_eq!(dates, vec!["2023-06-10", "2023-06-10"]);
}

#[test]
fn the_same_pair_in_the_same_year_is_one_story_but_a_year_and_a_month_are_not() {
    let (_, a) = run(vec![
        article("a", "2023-10", "微软2019年投资了OpenAI。\n"),
        article("b", "2023-10", "OpenAI在2019年与微软合作。\n"),
        article("c", "2023-10", "2019年7月，微软与OpenAI签约。\n"),
    ]);
    assert_eq!(a.clusters.len(), 1);
    let mut articles = a.clusters[0].articles.clone();
    articles.sort();
    assert_eq!(articles, vec!["a", "b"]);
}

#[test]
fn sources_that_disagree_on_the_amount_are_flagged_with_both_sides() {
    let (_, a) = run(vec![
        article(
            "a",
            "2023-10",
            "2023年2月，谷歌向Anthropic投资4亿美元，获得10%的股份。\n",
        ),
        article(
            "b",
            "2023-10",
            "2023年2月，谷歌向Anthropic投资3亿美元，获得10%的股份。\n",
        ),
    ]);
    assert_eq!(a.clusters.len(), 1);
    let conflicts = &a.clusters[0].conflicts;
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0].field, "amount");
    let values: Vec<&str> = conflicts[0]
        .sides
        .iter()
        .map(|s| s.value.as_str())
        .collect();
    assert!(
        values.contains(&"4亿美元") && values.contains(&"3亿美元"),
        "{values:?}"
    );
}

#[test]
fn sources_that_disagree_on_the_date_of_one_deal_are_flagged() {
    let (_, a) = run(vec![
        article("a", "2023-10", "2019年7月，微软向OpenAI投资10亿美元。\n"),
        article("b", "2023-10", "2020年3月，微软向OpenAI投资10亿美元。\n"),
    ]);
    assert_eq!(a.clusters.len(), 1, "{:#?}", a.events);
    let conflicts = &a.clusters[0].conflicts;
    assert_eq!(
        conflicts
            .iter()
            .map(|c| c.field.as_str())
            .collect::<Vec<_>>(),
        vec!["date"]
    );
}

#[test]
fn comparison_counts_mentions_share_and_cooccurrence_with_their_sentences() {
    let (corpus, a) = run(vec![
        article("a", "2023-10", "亚马逊投资了Anthropic。亚马逊很忙。\n"),
        article("b", "2023-10", "微软和OpenAI合作。\n"),
    ]);
    let get = |id: &str| a.companies.iter().find(|c| c.id == id).unwrap();
    let amazon = get("amazon");
    assert_eq!(amazon.mentions.total, 2);
    assert_eq!(amazon.mentions.per_article[0].count, 2);
    // Only the articles that name it are listed.
    assert_eq!(amazon.mentions.per_article.len(), 1);
    assert!(amazon.mentions.in_article("b").is_none());
    assert_eq!(amazon.mentions.in_article("a").map(|m| m.count), Some(2));
    let chars = corpus.articles[0].char_len() as f64;
    assert!((amazon.mentions.per_article[0].per_10k - 2.0 * 10_000.0 / chars).abs() < 0.01);
    let shares: f64 = a.companies.iter().map(|c| c.mentions.share).sum();
    assert!((shares - 1.0).abs() < 1e-3, "{shares}");
    assert_eq!(amazon.mentions.share, 0.4);
    let with = &amazon.cooccurs;
    assert_eq!(with.len(), 1);
    assert_eq!((with[0].id.as_str(), with[0].count), ("anthropic", 1));
    assert_eq!(with[0].sentences[0].text, "亚马逊投资了Anthropic。");
    assert_eq!(a.companies.len(), Registry::bundled().companies().len());
}

// ---- The real corpus (shared: see `crate::test_support`) --------------------------------

#[test]
fn every_span_in_the_corpus_analysis_points_at_its_text() {
    let (corpus, a) = bundled();
    let text = |id: &str| &corpus.get(id).expect("known article").text;
    for e in &a.events {
        assert_eq!(slice(text(&e.article), e.span), e.text, "{}", e.id);
    }
    for m in &a.money {
        let t = text(&m.evidence.article);
        assert_eq!(slice(t, m.evidence.span), m.evidence.text, "{}", m.id);
        assert_eq!(slice(t, m.span()), m.figure.text);
        if let Some(c) = &m.figure.conversion {
            let base = m.evidence.span[0];
            assert_eq!(slice(t, [base + c.start, base + c.end]), c.text);
        }
    }
    for c in &a.companies {
        for co in &c.cooccurs {
            for s in &co.sentences {
                assert_eq!(slice(text(&s.article), s.span), s.text);
            }
        }
        for id in &c.money {
            assert!(a
                .money
                .iter()
                .any(|m| &m.id == id && m.figure.entities.contains(&c.id)));
        }
    }
}

/// The event of article `prefix` whose clause contains `needle`.
fn event_with(prefix: &str, needle: &str) -> &'static Event {
    let (_, a) = bundled();
    a.events
        .iter()
        .find(|e| e.article.starts_with(prefix) && e.text.contains(needle))
        .unwrap_or_else(|| panic!("no event in {prefix} with {needle:?}"))
}

fn has(e: &Event, ids: &[&str]) -> bool {
    ids.iter().all(|id| e.entities.iter().any(|x| x == id))
}

// Facts below were checked by reading the articles.

#[test]
fn corpus_amazon_invests_in_anthropic_on_25_september_2023() {
    let e = event_with("002", "9月25日，亚马逊宣布");
    assert_eq!(
        (e.date.as_str(), e.precision.as_str()),
        ("2023-09-25", "day")
    );
    assert!(has(e, &["amazon", "anthropic"]), "{:?}", e.entities);
    let m = &e.money[0].figure;
    assert_eq!((m.amount, m.currency.as_str()), (4e9, "USD"));
    assert_eq!(m.kind, crate::extract::money::MoneyKind::Investment);
    assert_eq!(
        (m.payer.as_deref(), m.payee.as_deref()),
        (Some("amazon"), Some("anthropic"))
    );
    let c = m.conversion.as_ref().expect("约合人民币292亿元");
    assert_eq!((c.amount, c.currency.as_str()), (2.92e10, "CNY"));
}

#[test]
fn corpus_the_first_tranche_is_late_september_in_the_traditional_article() {
    let e = event_with("000", "今年9月下旬");
    assert_eq!(
        (e.date.as_str(), e.precision.as_str()),
        ("2023-09", "month:late")
    );
    assert!(
        e.money.iter().any(|m| m.figure.amount == 1.25e9),
        "{:?}",
        e.money
    );
}

#[test]
fn corpus_the_amazon_anthropic_deal_is_one_cluster_told_by_three_articles() {
    let (_, a) = bundled();
    let e = event_with("002", "9月25日，亚马逊宣布");
    let id = e.cluster.as_ref().expect("clustered");
    let c = a.clusters.iter().find(|c| &c.id == id).unwrap();
    for prefix in ["000", "001", "002"] {
        assert!(
            c.articles.iter().any(|x| x.starts_with(prefix)),
            "{prefix}: {c:?}"
        );
    }
    assert!(c.conflicts.is_empty(), "{:?}", c.conflicts);
}

#[test]
fn corpus_relative_dates_resolve_against_the_articles_date() {
    // 004 was written around March 2024 (manifest `written`): 去年11月 is November 2023.
    let e = event_with("004", "而在去年11月");
    assert_eq!(
        (e.date.as_str(), e.resolution),
        ("2023-11", crate::extract::date::Resolution::Relative)
    );
    assert!(has(e, &["openai"]));
    // 今年二季度 in an October 2023 article.
    let e = event_with("001", "今年二季度");
    assert_eq!(
        (e.date.as_str(), e.precision.as_str()),
        ("2023", "quarter:2")
    );
    // A bare month after an explicit year in the same paragraph takes that year.
    let e = event_with("004", "百度在云峰会上回应");
    assert_eq!(e.date, "2023-09");
    // A future date without a year (将于11月1日) stays in the article's year.
    let e = event_with("001", "11月1日");
    assert_eq!(e.date, "2023-11-01");
    let e = event_with("004", "2月16日");
    assert_eq!(e.date, "2024-02-16");
}

#[test]
fn corpus_money_figures_pinned() {
    let (_, a) = bundled();
    let find = |prefix: &str, needle: &str| {
        a.money
            .iter()
            .find(|m| m.evidence.article.starts_with(prefix) && m.evidence.text.contains(needle))
            .unwrap_or_else(|| panic!("no figure in {prefix} with {needle:?}"))
    };
    let loss = find("001", "亏损达到5.4亿美元");
    assert_eq!(
        (loss.figure.amount, loss.figure.kind),
        (5.4e8, crate::extract::money::MoneyKind::Loss)
    );
    assert!(loss.figure.entities.contains(&"openai".to_owned()));
    let ms = find("002", "2019年7月，微软宣布向OpenAI投资10亿美元");
    assert_eq!(
        (ms.figure.payer.as_deref(), ms.figure.payee.as_deref()),
        (Some("microsoft"), Some("openai"))
    );
    let valuation = a
        .money
        .iter()
        .find(|m| m.evidence.article.starts_with("000") && m.figure.text == "200-300億美元")
        .expect("the range 200-300億美元");
    assert_eq!(
        (valuation.figure.amount, valuation.figure.amount_max),
        (2e10, Some(3e10))
    );
    assert_eq!(
        valuation.figure.kind,
        crate::extract::money::MoneyKind::Valuation
    );
}

#[test]
fn corpus_mentions_add_up() {
    let (corpus, a) = bundled();
    let get = |id: &str| a.companies.iter().find(|c| c.id == id).unwrap();
    let amazon = get("amazon");
    assert!(
        amazon.mentions.per_article.iter().all(|m| m.count > 0),
        "Amazon is in every article"
    );
    assert_eq!(amazon.mentions.per_article.len(), corpus.articles.len());
    let total: usize = a.companies.iter().map(|c| c.mentions.total).sum();
    let shares: f64 = a.companies.iter().map(|c| c.mentions.share).sum();
    assert!(total > 500 && (shares - 1.0).abs() < 1e-3);
    // OpenAI is the most mentioned company of the corpus.
    let top = a.companies.iter().max_by_key(|c| c.mentions.total).unwrap();
    assert_eq!(top.id, "openai");
    let with =
        |a: &CompanyStats, b: &str| a.cooccurs.iter().find(|c| c.id == b).map_or(0, |c| c.count);
    assert_eq!(with(amazon, "anthropic"), with(get("anthropic"), "amazon"));
    assert!(with(amazon, "anthropic") >= 10);
}

/// A small deterministic generator, so the robustness test needs no dependency and fails
/// the same way every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

#[test]
fn odd_text_never_panics_and_every_span_still_points_at_its_text() {
    let (corpus, _) = bundled();
    let pieces: Vec<Vec<char>> = corpus
        .articles
        .iter()
        .flat_map(|a| a.paragraphs().map(|p| p.chars().collect()))
        .collect();
    let hostile = [
        "２０２３年１３月３２日",
        "2023年2月29日",
        "2024年2月29日",
        "9999年",
        "0年前",
        "亿亿美元",
        "（约合",
        "约合人民币）",
        "；；；",
        "，，",
        "😀🚀",
        "e\u{301}",
        "$",
        "¥",
        "1,000,000,000,000,000,000,000美元",
        "4~",
        "~7月",
        "第季度",
        "上上个月",
        "年初年底",
        "□□",
        "\u{3000}",
        "Meta meta META",
        "苹果苹果",
    ];
    let anchors = [
        "2023",
        "2023-02",
        "2024-02-29",
        "1999-12-31",
        "not a date",
        "",
    ];
    let mut rng = Lcg(7);
    let articles: Vec<Article> = (0..60)
        .map(|n| {
            let mut text = String::new();
            for _ in 0..rng.below(6) + 1 {
                if rng.below(3) == 0 {
                    text.push_str(hostile[rng.below(hostile.len())]);
                } else {
                    let p = &pieces[rng.below(pieces.len())];
                    let from = rng.below(p.len());
                    let to = (from + rng.below(80)).min(p.len());
                    text.extend(&p[from..to]);
                }
                if rng.below(4) == 0 {
                    text.push('\n');
                }
            }
            article(&format!("x{n}"), anchors[n % anchors.len()], &text)
        })
        .collect();
    let (corpus, a) = run(articles);
    let text = |id: &str| &corpus.get(id).expect("known article").text;
    for e in &a.events {
        assert_eq!(slice(text(&e.article), e.span), e.text, "{e:?}");
    }
    for m in &a.money {
        let t = text(&m.evidence.article);
        assert_eq!(slice(t, m.span()), m.figure.text, "{m:?}");
        assert!(m.figure.amount.is_finite() && m.figure.amount >= 0.0);
    }
    for c in &a.companies {
        assert!(c.mentions.share.is_finite());
    }
}

/// A reposted story's copies are known by id, and every member finds its story; an article
/// published once has none.
#[test]
fn copies_and_story_of_name_a_reposted_storys_articles() {
    let story = "百度今天发布了新一代文心大模型，称其在推理和代码能力上大幅提升，并宣布向企业客户开放接口。";
    let text = story.repeat(3);
    let (_, analysis) = run(vec![
        article("a", "2024-04-01", &text),
        article("b", "2024-04-02", &text),
        article(
            "c",
            "2024-04-03",
            "阿里云宣布下调通义千问模型的调用价格，最高降幅达到百分之九十七。",
        ),
    ]);
    assert_eq!(analysis.reposts.len(), 1, "{:?}", analysis.reposts);
    assert_eq!(analysis.copies(), HashSet::from(["b"]));
    assert_eq!(
        analysis.story_of("a").map(|s| s.original.as_str()),
        Some("a")
    );
    assert_eq!(
        analysis.story_of("b").map(|s| s.original.as_str()),
        Some("a")
    );
    assert_eq!(analysis.story_of("c"), None);
}
