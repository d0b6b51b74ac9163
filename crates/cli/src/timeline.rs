//! `baimo timeline`: the events as a table, oldest first.

use crate::table::{amount, clip, serde_kind, short_id, Table};
use baimo_core::analysis::Analysis;

/// Widest the text column may be, in terminal columns.
const TEXT_WIDTH: usize = 60;

/// The timeline as text: every event, or only those naming `company`.
pub fn render(analysis: &Analysis, company: Option<&str>) -> String {
    let mut table = Table::new(&[
        "date",
        "precision",
        "companies",
        "money",
        "article",
        "cluster",
        "text",
    ]);
    for e in analysis
        .events
        .iter()
        .filter(|e| company.is_none_or(|c| e.entities.iter().any(|x| x == c)))
    {
        let date = match &e.until {
            Some(until) => format!("{}..{}", e.date, until),
            None => e.date.clone(),
        };
        let money: Vec<String> = e
            .money
            .iter()
            .map(|m| {
                let f = &m.figure;
                let flow = match (&f.payer, &f.payee) {
                    (Some(p), Some(q)) => format!(" {p}→{q}"),
                    _ => String::new(),
                };
                format!(
                    "{} {} {}{flow}",
                    amount(f.amount),
                    f.currency,
                    serde_kind(&f.kind)
                )
            })
            .collect();
        let cluster = match &e.cluster {
            Some(id) => {
                let conflicted = analysis
                    .clusters
                    .iter()
                    .any(|c| &c.id == id && !c.conflicts.is_empty());
                if conflicted {
                    format!("{id} ≠")
                } else {
                    id.clone()
                }
            }
            None => String::new(),
        };
        table.row(vec![
            date,
            e.precision.clone(),
            e.entities.join(","),
            money.join("; "),
            short_id(&e.article),
            cluster,
            clip(&e.text, TEXT_WIDTH),
        ]);
    }
    if table.is_empty() {
        return match company {
            Some(c) => format!("no dated events name {c}\n"),
            None => "no dated events\n".to_owned(),
        };
    }
    let mut out = table.render();
    let conflicts: Vec<_> = analysis
        .clusters
        .iter()
        .filter(|c| !c.conflicts.is_empty())
        .filter(|c| company.is_none_or(|x| c.entities.iter().any(|e| e == x)))
        .collect();
    if !conflicts.is_empty() {
        out.push_str("\n≠ sources disagree:\n");
        for c in conflicts {
            for conflict in &c.conflicts {
                let sides: Vec<String> = conflict
                    .sides
                    .iter()
                    .map(|s| format!("{} says {}", short_id(&s.article), s.value))
                    .collect();
                out.push_str(&format!(
                    "  {} {}: {}\n",
                    c.id,
                    conflict.field,
                    sides.join(" / ")
                ));
            }
        }
    }
    out
}
