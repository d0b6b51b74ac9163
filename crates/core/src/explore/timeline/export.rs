//! The timeline as a download: one CSV row per event shown, and a JSON document with the
//! filter, the events as `baimo export` writes them, and their clusters.

use super::{evidence_path, kind_key, Filter};
use crate::analysis::{Analysis, Cluster, Event, MoneyFigure};
use crate::explore::table::{to_json, Table};
use serde::Serialize;

/// The CSV columns, in order.
pub const COLUMNS: [&str; 13] = [
    "id",
    "date",
    "precision",
    "until",
    "date_text",
    "resolution",
    "article",
    "companies",
    "money",
    "text",
    "cluster",
    "conflict",
    "evidence",
];

/// The events as a table: dates as ISO text at their precision, companies as registry ids
/// (`;`-separated), money as `USD 4000000000 investment amazon→anthropic` (`; ` between
/// figures), conflicts as `date: <article> <value> | <article> <value>`, and the reader's
/// address of the evidence.
pub fn table(events: &[&Event], analysis: &Analysis) -> Table {
    let mut t = Table::new(&COLUMNS);
    for e in events {
        let cluster = e.cluster.as_deref().and_then(|id| analysis.cluster(id));
        let conflict = cluster.map(conflict_cell).unwrap_or_default();
        t.push(vec![
            e.id.clone(),
            e.date.clone(),
            e.precision.clone(),
            e.until.clone().unwrap_or_default(),
            e.date_text.clone(),
            kebab(&e.resolution),
            e.article.clone(),
            e.entities.join(";"),
            e.money
                .iter()
                .map(money_cell)
                .collect::<Vec<_>>()
                .join("; "),
            e.text.clone(),
            e.cluster.clone().unwrap_or_default(),
            conflict,
            evidence_path(e),
        ]);
    }
    t
}

/// `USD 4000000000 investment amazon→anthropic` (range as `low-high`; flow only when known).
fn money_cell(m: &MoneyFigure) -> String {
    let f = &m.figure;
    let amount = match f.amount_max {
        Some(max) => format!("{}-{}", plain(f.amount), plain(max)),
        None => plain(f.amount),
    };
    let flow = match (&f.payer, &f.payee) {
        (None, None) => String::new(),
        (payer, payee) => format!(
            " {}→{}",
            payer.as_deref().unwrap_or("?"),
            payee.as_deref().unwrap_or("?")
        ),
    };
    format!("{} {amount} {}{flow}", f.currency, kind_key(f.kind))
}

/// A whole amount without decimals, others as they are.
fn plain(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9e15 {
        format!("{}", x as i64)
    } else {
        x.to_string()
    }
}

fn conflict_cell(cluster: &Cluster) -> String {
    cluster
        .conflicts
        .iter()
        .map(|c| {
            let sides: Vec<String> = c
                .sides
                .iter()
                .map(|s| format!("{} {}", s.article, s.value))
                .collect();
            format!("{}: {}", c.field, sides.join(" | "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A serde enum's name (`article-year`).
fn kebab<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The timeline download as JSON.
#[derive(Debug, Clone, Serialize)]
pub struct Document<'a> {
    /// Always `timeline`.
    pub view: &'static str,
    /// The filter the events were picked with.
    pub filter: &'a Filter,
    /// How many events.
    pub count: usize,
    /// The events, as `baimo export` writes them.
    pub events: Vec<&'a Event>,
    /// The clusters these events belong to, with their conflicts.
    pub clusters: Vec<&'a Cluster>,
}

/// The document for `events` picked by `filter`.
pub fn document<'a>(
    events: &[&'a Event],
    filter: &'a Filter,
    analysis: &'a Analysis,
) -> Document<'a> {
    let clusters = analysis
        .clusters
        .iter()
        .filter(|c| {
            events
                .iter()
                .any(|e| e.cluster.as_deref() == Some(c.id.as_str()))
        })
        .collect();
    Document {
        view: "timeline",
        filter,
        count: events.len(),
        events: events.to_vec(),
        clusters,
    }
}

/// [`document`] as pretty JSON.
pub fn json(events: &[&Event], filter: &Filter, analysis: &Analysis) -> String {
    to_json(&document(events, filter, analysis))
}
