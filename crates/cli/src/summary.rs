//! `baimo summary`: what the analysis found, in counts: the figures to check a change against.

use crate::table::{serde_kind, short_id, Table};
use baimo_core::analysis::Analysis;
use baimo_core::corpus::Corpus;
use baimo_core::extract::money::MoneyKind;
use std::collections::BTreeMap;

/// How many companies to list by mentions.
const TOP: usize = 10;

/// Counts per article, per kind, per resolution and precision, the clusters, and the reposts.
pub fn render(corpus: &Corpus, analysis: &Analysis) -> String {
    let mut t = Table::new(&[
        "article",
        "characters",
        "events",
        "money figures",
        "company mentions",
    ]);
    for article in &corpus.articles {
        let id = &article.meta.id;
        t.row(vec![
            short_id(id),
            article.char_len().to_string(),
            analysis
                .events
                .iter()
                .filter(|e| &e.article == id)
                .count()
                .to_string(),
            analysis
                .money
                .iter()
                .filter(|m| &m.evidence.article == id)
                .count()
                .to_string(),
            analysis
                .companies
                .iter()
                .map(|c| c.mentions.in_article(id).map_or(0, |m| m.count))
                .sum::<usize>()
                .to_string(),
        ]);
    }
    let mentions: usize = analysis.companies.iter().map(|c| c.mentions.total).sum();
    t.row(vec![
        "total".into(),
        corpus
            .articles
            .iter()
            .map(|a| a.char_len())
            .sum::<usize>()
            .to_string(),
        analysis.events.len().to_string(),
        analysis.money.len().to_string(),
        mentions.to_string(),
    ]);
    let mut out = t.render();

    let count = |keys: Vec<String>| {
        let mut m: BTreeMap<String, usize> = BTreeMap::new();
        for k in keys {
            *m.entry(k).or_default() += 1;
        }
        let mut v: Vec<(String, usize)> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let events = &analysis.events;
    let money = &analysis.money;
    let flows = money
        .iter()
        .filter(|m| m.figure.payer.is_some() && m.figure.payee.is_some())
        .count();
    let deals = money
        .iter()
        .filter(|m| {
            matches!(
                m.figure.kind,
                MoneyKind::Investment | MoneyKind::FundingRound
            )
        })
        .count();
    let conflicts: usize = analysis.clusters.iter().map(|c| c.conflicts.len()).sum();
    let named = analysis
        .companies
        .iter()
        .filter(|c| c.mentions.total > 0)
        .count();
    let mut top: Vec<_> = analysis.companies.iter().collect();
    top.sort_by(|a, b| {
        b.mentions
            .total
            .cmp(&a.mentions.total)
            .then_with(|| a.id.cmp(&b.id))
    });
    let top: Vec<String> = top
        .iter()
        .take(TOP)
        .map(|c| {
            format!(
                "{} {} ({:.1}%)",
                c.id,
                c.mentions.total,
                c.mentions.share * 100.0
            )
        })
        .collect();
    out.push_str(&format!(
        "\nevents by resolution: {}\nevents by precision: {}\nmoney by kind: {}\n\
         investments and rounds with payer and payee: {flows} of {deals}\n\
         figures with a conversion: {}\n\
         companies named: {named} of {}\nmost mentioned: {}\n\
         clusters: {} ({conflicts} conflicts)\n",
        count(events.iter().map(|e| serde_kind(&e.resolution)).collect()),
        count(events.iter().map(|e| e.precision.clone()).collect()),
        count(money.iter().map(|m| serde_kind(&m.figure.kind)).collect()),
        money
            .iter()
            .filter(|m| m.figure.conversion.is_some())
            .count(),
        analysis.companies.len(),
        top.join(", "),
        analysis.clusters.len(),
    ));
    for c in &analysis.clusters {
        let articles: Vec<String> = c.articles.iter().map(|a| short_id(a)).collect();
        out.push_str(&format!(
            "  {}: {} in {}{}\n",
            c.id,
            c.entities.join(","),
            articles.join(", "),
            if c.conflicts.is_empty() { "" } else { " ≠" }
        ));
    }
    let copies: usize = analysis.reposts.iter().map(|s| s.copies.len()).sum();
    out.push_str(&format!(
        "stories with copies: {} ({copies} articles are copies)\n",
        analysis.reposts.len()
    ));
    out
}
