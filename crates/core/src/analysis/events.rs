//! Events: a dated clause that names a company or a money figure.
//!
//! A sentence with several dates is cut at each date, so `2023年7月，A发布…；在9月，B回应…`
//! gives two events, each with the companies and figures of its own clause (a clause that
//! names no company takes the sentence's: the subject often comes first).

use super::reading::{MoneyFigure, Reading};
use crate::extract::date::{day_number, DateMention, Resolution};

use serde::{Deserialize, Serialize};

/// One dated event: what `baimo export` lists under `events`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// How far back "recently" (近日, 近期, 几天前) may reach from the article's date.
pub const RECENT_REACH_DAYS: i64 = 31;

/// The day numbers a date (and the end of its range) covers.
pub fn days(mention: &DateMention) -> (i64, i64) {
    let (y, m, d) = mention.date.first_day();
    let (ly, lm, ld) = mention.until.as_ref().unwrap_or(&mention.date).last_day();
    (day_number(y, m, d), day_number(ly, lm, ld))
}

impl Event {
    /// The days the event may have happened on: its date, reaching back
    /// [`RECENT_REACH_DAYS`] for a [`Resolution::Recent`] one ("recently", in an October
    /// article, may be late September). What clusters compare; `days` is what orders.
    pub fn window(&self) -> (i64, i64) {
        if self.resolution == Resolution::Recent {
            (self.days.0 - RECENT_REACH_DAYS, self.days.1)
        } else {
            self.days
        }
    }
}

/// Every event in the readings, in timeline order (earliest first; ties by article and
/// position), with ids `e0`, `e1`…
pub fn events(readings: &[Reading]) -> Vec<Event> {
    let mut out = Vec::new();
    for reading in readings {
        for facts in &reading.sentences {
            let chars: Vec<char> = facts.sentence.text.chars().collect();
            // A company that opens the sentence is the subject of every clause of its first
            // statement (up to the first semicolon); as a heading (亚马逊：…；…) of all of them.
            let opener = facts.companies.first().filter(|c| c.start == 0);
            let subject = opener.map(|c| c.id.clone());
            let heading = opener.is_some_and(|c| matches!(chars.get(c.end), Some('：' | ':')));
            let first_statement_end = if heading {
                chars.len()
            } else {
                chars
                    .iter()
                    .position(|&c| ends_statement(c))
                    .unwrap_or(chars.len())
            };
            for piece in pieces(&chars, &facts.dates) {
                let mention = &facts.dates[piece.date];
                let mut entities: Vec<String> = subject
                    .iter()
                    .filter(|_| piece.start <= first_statement_end)
                    .cloned()
                    .collect();
                for c in facts
                    .companies
                    .iter()
                    .filter(|c| c.start >= piece.start && c.end <= piece.end)
                {
                    if !entities.contains(&c.id) {
                        entities.push(c.id.clone());
                    }
                }
                let money: Vec<MoneyFigure> = facts
                    .money
                    .iter()
                    .filter(|m| m.figure.start >= piece.start && m.figure.end <= piece.end)
                    .cloned()
                    .collect();
                if entities.is_empty() && money.is_empty() {
                    continue; // a date with nobody in it is not an event of the AI race
                }
                let evidence = facts.evidence(&reading.article, piece.start, piece.end);
                out.push(event(mention, entities, money, evidence));
            }
        }
    }
    out.sort_by(|a, b| (a.days, &a.article, a.span[0]).cmp(&(b.days, &b.article, b.span[0])));
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("e{i}");
    }
    out
}

/// The stretch of a sentence one date speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Index of the date in the sentence's dates.
    date: usize,
    /// First char (sentence offsets).
    start: usize,
    /// One past the last char.
    end: usize,
}

/// Marks that end a clause, and those that end a clause group (a semicolon separates
/// statements; a comma only phrases of one statement).
fn ends_clause(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':' | '；' | ';')
}

fn ends_statement(c: char) -> bool {
    matches!(c, '；' | ';')
}

/// Cuts a sentence into one piece per clause holding a date: from that clause (or the
/// statement's start, for the first) to the next dated clause or the end of the statement.
/// Two dates in one clause (年初对2024年的目标) make one piece, dated by the first.
fn pieces(chars: &[char], dates: &[DateMention]) -> Vec<Piece> {
    let clause_start = |at: usize| {
        (0..at.min(chars.len()))
            .rev()
            .find(|&i| ends_clause(chars[i]))
            .map_or(0, |i| i + 1)
    };
    let statement_start = |at: usize| {
        (0..at.min(chars.len()))
            .rev()
            .find(|&i| ends_statement(chars[i]))
            .map_or(0, |i| i + 1)
    };
    let statement_end = |from: usize| {
        (from..chars.len())
            .find(|&i| ends_statement(chars[i]))
            .map_or(chars.len(), |i| i + 1)
    };
    let mut starts: Vec<(usize, usize)> = Vec::new(); // (date index, clause start)
    for (k, d) in dates.iter().enumerate() {
        let start = clause_start(d.start);
        if starts.last().is_none_or(|&(_, s)| s != start) {
            starts.push((k, start));
        }
    }
    let mut out = Vec::new();
    for (i, &(k, start)) in starts.iter().enumerate() {
        let first_of_statement = i == 0 || statement_start(start) > starts[i - 1].1;
        let start = if first_of_statement {
            statement_start(start)
        } else {
            start
        };
        let end =
            statement_end(dates[k].end).min(starts.get(i + 1).map_or(chars.len(), |&(_, s)| s));
        out.push(Piece {
            date: k,
            start,
            end,
        });
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
    let text = evidence
        .text
        .trim_end_matches(['，', '；', ',', ';', '、', ' ']);
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
        days: days(mention),
    }
}
