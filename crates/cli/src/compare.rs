//! `baimo compare`: companies side by side.

use crate::table::{amount, clip, serde_kind, short_id, Table};
use baimo_core::analysis::{Analysis, CompanyStats};
use baimo_core::corpus::Corpus;

/// How many distinctive terms to list per company.
const TERMS: usize = 8;

/// The comparison of `ids` (known registry ids) as text.
pub fn render(corpus: &Corpus, analysis: &Analysis, ids: &[String]) -> String {
    let picked: Vec<&CompanyStats> = ids
        .iter()
        .filter_map(|id| analysis.companies.iter().find(|c| &c.id == id))
        .collect();
    let mut headers = vec![String::new()];
    headers.extend(picked.iter().map(|c| label(c)));
    let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();

    let mut out = String::from("mentions (per 10,000 characters)\n");
    let mut t = Table::new(&header_refs);
    for article in &corpus.articles {
        let mut row = vec![short_id(&article.meta.id)];
        row.extend(picked.iter().map(|c| {
            let (count, per_10k) = c
                .mentions
                .in_article(&article.meta.id)
                .map_or((0, 0.0), |m| (m.count, m.per_10k));
            format!("{count} ({per_10k:.1})")
        }));
        t.row(row);
    }
    let mut total = vec!["total".to_owned()];
    total.extend(picked.iter().map(|c| c.mentions.total.to_string()));
    t.row(total);
    let mut share = vec!["share of voice".to_owned()];
    share.extend(
        picked
            .iter()
            .map(|c| format!("{:.1}%", c.mentions.share * 100.0)),
    );
    t.row(share);
    let mut figures = vec!["money figures".to_owned()];
    figures.extend(picked.iter().map(|c| c.money.len().to_string()));
    t.row(figures);
    out.push_str(&t.render());

    out.push_str("\ndistinctive terms (log-likelihood against the rest of the corpus)\n");
    let mut t = Table::new(&header_refs);
    for rank in 0..TERMS {
        let mut row = vec![format!("{}", rank + 1)];
        row.extend(picked.iter().map(|c| {
            c.terms
                .get(rank)
                .map(|t| format!("{} {:.1}", t.word, t.score))
                .unwrap_or_default()
        }));
        t.row(row);
    }
    out.push_str(&t.render());

    out.push_str("\nsentences naming both\n");
    let mut t = Table::new(&header_refs);
    for a in &picked {
        let mut row = vec![label(a)];
        row.extend(picked.iter().map(|b| {
            if a.id == b.id {
                "—".to_owned()
            } else {
                a.cooccurs
                    .iter()
                    .find(|c| c.id == b.id)
                    .map_or(0, |c| c.count)
                    .to_string()
            }
        }));
        t.row(row);
    }
    out.push_str(&t.render());

    out.push_str("\nmoney figures\n");
    let mut t = Table::new(&[
        "company",
        "amount",
        "currency",
        "kind",
        "payer → payee",
        "article",
        "as written",
    ]);
    for c in &picked {
        for id in &c.money {
            let Some(m) = analysis.money.iter().find(|m| &m.id == id) else {
                continue;
            };
            let f = &m.figure;
            let range = match f.amount_max {
                Some(max) => format!("{}–{}", amount(f.amount), amount(max)),
                None => amount(f.amount),
            };
            let flow = match (&f.payer, &f.payee) {
                (None, None) => String::new(),
                (p, q) => format!(
                    "{} → {}",
                    p.as_deref().unwrap_or("?"),
                    q.as_deref().unwrap_or("?")
                ),
            };
            t.row(vec![
                c.id.clone(),
                range,
                f.currency.clone(),
                serde_kind(&f.kind),
                flow,
                short_id(&m.evidence.article),
                clip(&f.text, 24),
            ]);
        }
    }
    if t.is_empty() {
        out.push_str("(none)\n");
    } else {
        out.push_str(&t.render());
    }
    out
}

fn label(c: &CompanyStats) -> String {
    if c.names.hans == c.names.en {
        c.names.en.clone()
    } else {
        format!("{} {}", c.names.en, c.names.hans)
    }
}
