//! Events: a dated clause that names a company or a money figure.
//!
//! A sentence with several dates is cut at each date, so `2023年7月，A发布…；在9月，B回应…`
//! gives two events, each with the companies and figures of its own clause (a clause that
//! names no company takes the sentence's: the subject often comes first).

use super::reading::{MoneyFigure, Reading};
use crate::extract::date::{day_number, Date, DateMention, Resolution};
use serde::Serialize;

/// One dated event: what `baimo export` lists under `events`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Stable id within one analysis (`e0`, `e1`… in timeline order).
    pub id: String,
    /// Article id.
    pub article: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the date's precision.
    pub date: String,
    /// `day`, `month`, `month:late`, `quarter:2`, `half:1`, `year:early`, `year`…
    pub precision: String,
    /// The end of a date range (`4~7月`), written like `date`.
    pub until: Option<String>,
    /// How the date was resolved against the article's date.
    pub resolution: Resolution,
    /// The date as written (`9月下旬`, `去年11月`).
    pub date_text: String,
    /// Registry ids of the companies the clause names.
    pub entities: Vec<String>,
    /// Money figures stated in the clause.
    pub money: Vec<MoneyFigure>,
    /// The clause: the event's summary and evidence.
    pub text: String,
    /// `[start, end)` of `text` in chars of the article's cleaned text.
    pub span: [usize; 2],
    /// Paragraph index of the clause, from 0.
    pub paragraph: usize,
    /// Id of the cluster of events telling the same thing, if other articles tell it too.
    pub cluster: Option<String>,
    /// First and last day the date may mean, as day numbers: for ordering and windows.
    #[serde(skip)]
    pub days: (i64, i64),
}

/// The day numbers a date (and the end of its range) may cover.
pub fn days(date: &Date, until: Option<&Date>) -> (i64, i64) {
    let (y, m, d) = date.first_day();
    let (ly, lm, ld) = until.unwrap_or(date).last_day();
    (day_number(y, m, d), day_number(ly, lm, ld))
}

/// Every event in the readings, in timeline order (earliest first; ties by article and
/// position), with ids `e0`, `e1`…
pub fn events(readings: &[Reading]) -> Vec<Event> {
    let mut out = Vec::new();
    for reading in readings {
        for facts in &reading.sentences {
            let n = facts.sentence.text.chars().count();
            let sentence_ids = facts.company_ids();
            for (k, mention) in facts.dates.iter().enumerate() {
                let start = if k == 0 { 0 } else { mention.start };
                let end = facts.dates.get(k + 1).map_or(n, |next| next.start);
                let mut entities: Vec<String> = Vec::new();
                for c in facts
                    .companies
                    .iter()
                    .filter(|c| c.start >= start && c.end <= end)
                {
                    if !entities.contains(&c.id) {
                        entities.push(c.id.clone());
                    }
                }
                if entities.is_empty() {
                    entities = sentence_ids.clone();
                }
                let money: Vec<MoneyFigure> = facts
                    .money
                    .iter()
                    .filter(|m| m.figure.start >= start && m.figure.end <= end)
                    .cloned()
                    .collect();
                if entities.is_empty() && money.is_empty() {
                    continue; // a date with nobody in it is not an event of the AI race
                }
                let evidence = facts.evidence(&reading.article, start, end);
                out.push(event(mention, entities, money, evidence));
            }
        }
    }
    out.sort_by(|a, b| {
        (a.days, &a.article, a.span[0]).cmp(&(b.days, &b.article, b.span[0]))
    });
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("e{i}");
    }
    out
}

fn event(
    mention: &DateMention,
    entities: Vec<String>,
    money: Vec<MoneyFigure>,
    evidence: super::Evidence,
) -> Event {
    // The clause runs up to the next date; drop the comma it ends on, from text and span alike.
    let text = evidence.text.trim_end_matches(['，', '；', ',', ';', '、', ' ']);
    let trimmed = evidence.text.chars().count() - text.chars().count();
    Event {
        id: String::new(),
        article: evidence.article,
        date: mention.date.iso(),
        precision: mention.date.precision.label(),
        until: mention.until.map(|u| u.iso()),
        resolution: mention.resolution,
        date_text: mention.text.clone(),
        entities,
        money,
        text: text.to_owned(),
        span: [evidence.span[0], evidence.span[1] - trimmed],
        paragraph: evidence.paragraph,
        cluster: None,
        days: days(&mention.date, mention.until.as_ref()),
    }
}
