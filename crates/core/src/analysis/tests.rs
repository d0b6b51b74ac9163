//! The analysis end to end: small articles written here, and facts pinned on the real corpus.

use super::*;
use crate::corpus::{ArticleMeta, DateBasis, DateKind, Script};
use crate::Article;
use std::sync::OnceLock;

fn segmenter() -> &'static Segmenter {
    static S: OnceLock<Segmenter> = OnceLock::new();
    S.get_or_init(|| Segmenter::new().expect("segmenter builds"))
}

/// An article dated `date` whose cleaned text is `text` (already clean: cleaning keeps it).
fn article(id: &str, date: &str, text: &str) -> Article {
    let meta = ArticleMeta {
        id: id.to_owned(),
        title: String::new(),
        title_basis: "page".to_owned(),
        publisher: "测试".to_owned(),
        author: None,
        date: date.to_owned(),
        date_basis: DateBasis {
            kind: DateKind::Stated,
            reason: String::new(),
        },
        written: None,
        script: Script::Simplified,
    };
    Article::from_raw(meta, text.to_owned())
}

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
    assert_eq!((e.date.as_str(), e.precision.as_str()), ("2023-09-25", "day"));
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
    assert_eq!(m.figure.conversion.as_ref().map(|c| c.currency.as_str()), Some("CNY"));
}

#[test]
fn the_same_deal_told_twice_is_one_cluster_without_conflict() {
    let (_, a) = run(vec![
        article("a", "2023-10", "9月25日，亚马逊宣布向Anthropic投资40亿美元。\n"),
        article("b", "2023-10", "今年9月下旬，亚马逊向Anthropic初步投资12.5亿美元，最多可增至40亿美元。\n"),
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
    assert!(a.events.iter().any(|e| e.article == "c" && e.cluster.is_none()));
}

#[test]
fn sources_that_disagree_on_the_amount_are_flagged_with_both_sides() {
    let (_, a) = run(vec![
        article("a", "2023-10", "2023年2月，谷歌向Anthropic投资4亿美元，获得10%的股份。\n"),
        article("b", "2023-10", "2023年2月，谷歌向Anthropic投资3亿美元，获得10%的股份。\n"),
    ]);
    assert_eq!(a.clusters.len(), 1);
    let conflicts = &a.clusters[0].conflicts;
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0].field, "amount");
    let values: Vec<&str> = conflicts[0].sides.iter().map(|s| s.value.as_str()).collect();
    assert!(values.contains(&"4亿美元") && values.contains(&"3亿美元"), "{values:?}");
}

#[test]
fn sources_that_disagree_on_the_date_of_one_deal_are_flagged() {
    let (_, a) = run(vec![
        article("a", "2023-10", "2019年7月，微软向OpenAI投资10亿美元。\n"),
        article("b", "2023-10", "2020年3月，微软向OpenAI投资10亿美元。\n"),
    ]);
    assert_eq!(a.clusters.len(), 1, "{:#?}", a.events);
    let conflicts = &a.clusters[0].conflicts;
    assert_eq!(conflicts.iter().map(|c| c.field.as_str()).collect::<Vec<_>>(), vec!["date"]);
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
    assert_eq!(amazon.mentions.per_article[1].count, 0);
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

// ---- The real corpus -------------------------------------------------------------------

fn bundled() -> &'static (Corpus, Analysis) {
    static A: OnceLock<(Corpus, Analysis)> = OnceLock::new();
    A.get_or_init(|| {
        let corpus = crate::bundled::corpus().expect("bundled corpus loads");
        let analysis = analyse(&corpus, segmenter(), Registry::bundled());
        (corpus, analysis)
    })
}

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
            assert!(a.money.iter().any(|m| &m.id == id && m.figure.entities.contains(&c.id)));
        }
    }
}
