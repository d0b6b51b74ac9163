//! Clusters: the same event told by several articles, and where their sources disagree.
//!
//! Two events from different articles tell the same thing when
//! - they state the same money figure (kind, currency, amount, about the same company),
//!   whatever their dates; or
//! - they name exactly the same companies at the same time: for two or more companies,
//!   overlapping dates of a month or finer, or the very same coarser period (2019年); for a
//!   single company, the same few days (a company does many things in a month).
//!
//! Clusters are the connected groups of such pairs. Within a cluster, two events disagree
//! when their dates cannot both be right (disjoint by more than [`DATE_SLACK`] days) or when
//! both state a figure of the same kind and currency and share no amount.

use super::events::Event;
use super::reading::MoneyFigure;
use crate::extract::money::MoneyKind;
use serde::Serialize;
use std::collections::BTreeMap;

/// Days two dates may be apart and still be the same date told loosely (7月初 vs 7月11日).
pub const DATE_SLACK: i64 = 3;

/// The widest date (days) that counts as fine: a month or narrower.
const MAX_FINE_WIDTH: i64 = 31;

/// The widest date (days) two events naming one single company may be matched on.
const MAX_SOLO_WIDTH: i64 = 11;

/// Relative difference under which two amounts are the same figure rounded (292 vs 292.34).
const AMOUNT_TOLERANCE: f64 = 0.02;

/// A group of events from several articles telling the same thing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cluster {
    /// Stable id within one analysis (`c0`, `c1`… by earliest event).
    pub id: String,
    /// Ids of its events, in timeline order.
    pub events: Vec<String>,
    /// The articles that tell it.
    pub articles: Vec<String>,
    /// Companies named by any of its events.
    pub entities: Vec<String>,
    /// Where its sources disagree; empty when they agree.
    pub conflicts: Vec<Conflict>,
}

/// A disagreement between the sources of a cluster; both sides are kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    /// What they disagree on: `date` or `amount`.
    pub field: String,
    /// What each side says.
    pub sides: Vec<ConflictSide>,
}

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictSide {
    /// Event id.
    pub event: String,
    /// Article id.
    pub article: String,
    /// The value as that source gives it (a date, or figures as written).
    pub value: String,
}

/// Groups `events` (in timeline order) into clusters, writes each event's cluster id, and
/// returns the clusters.
pub fn cluster(events: &mut [Event]) -> Vec<Cluster> {
    let n = events.len();
    let mut parent: Vec<usize> = (0..n).collect();
    for i in 0..n {
        for j in i + 1..n {
            if events[i].article != events[j].article && same_story(&events[i], &events[j]) {
                union(&mut parent, i, j);
            }
        }
    }
    // A root is its group's first event (union keeps the smaller index), so groups come out
    // in timeline order.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        groups.entry(find(&mut parent, i)).or_default().push(i);
    }
    let mut clusters = Vec::new();
    for members in groups.into_values() {
        let mut articles: Vec<String> = Vec::new();
        let mut entities: Vec<String> = Vec::new();
        for &i in &members {
            if !articles.contains(&events[i].article) {
                articles.push(events[i].article.clone());
            }
            for e in &events[i].entities {
                if !entities.contains(e) {
                    entities.push(e.clone());
                }
            }
        }
        if articles.len() < 2 {
            continue;
        }
        let id = format!("c{}", clusters.len());
        for &i in &members {
            events[i].cluster = Some(id.clone());
        }
        clusters.push(Cluster {
            id,
            events: members.iter().map(|&i| events[i].id.clone()).collect(),
            articles,
            entities,
            conflicts: conflicts(events, &members),
        });
    }
    clusters
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Do two events (from different articles) tell the same thing?
fn same_story(a: &Event, b: &Event) -> bool {
    if shares_figure(&a.money, &b.money) {
        return true;
    }
    let mut x = a.entities.clone();
    let mut y = b.entities.clone();
    x.sort();
    y.sort();
    if x.is_empty() || x != y {
        return false;
    }
    let fine = |e: &Event| width(e.days) <= MAX_FINE_WIDTH;
    let close = gap(a.window(), b.window()) <= DATE_SLACK;
    match x.len() {
        // One company alone does many things in a month: only the same few days will do.
        1 => close && width(a.days) <= MAX_SOLO_WIDTH && width(b.days) <= MAX_SOLO_WIDTH,
        // The same pair or group: close dates at month precision or finer, or the very same
        // coarse period (2019年 and 2019年).
        _ => (fine(a) && fine(b) && close) || (!fine(a) && !fine(b) && a.days == b.days),
    }
}

fn width((first, last): (i64, i64)) -> i64 {
    last - first + 1
}

/// Days between two ranges; 0 when they overlap.
fn gap(a: (i64, i64), b: (i64, i64)) -> i64 {
    (b.0 - a.1).max(a.0 - b.1).max(0)
}

/// Do the two lists state one same figure: kind, currency and amount, about the same
/// company (the same payee when both name one, else a company in common)?
fn shares_figure(a: &[MoneyFigure], b: &[MoneyFigure]) -> bool {
    a.iter().any(|x| {
        b.iter().any(|y| {
            let (x, y) = (&x.figure, &y.figure);
            let same_party = match (&x.payee, &y.payee) {
                (Some(p), Some(q)) => p == q,
                _ => x.entities.iter().any(|e| y.entities.contains(e)),
            };
            x.kind != MoneyKind::Other
                && x.kind == y.kind
                && x.currency == y.currency
                && same_party
                && same_amount(x, y)
        })
    })
}

fn same_amount(
    x: &crate::extract::money::MoneyMention,
    y: &crate::extract::money::MoneyMention,
) -> bool {
    let (xl, xh) = (x.amount, x.amount_max.unwrap_or(x.amount));
    let (yl, yh) = (y.amount, y.amount_max.unwrap_or(y.amount));
    let tol = AMOUNT_TOLERANCE * xh.max(yh).abs();
    xl <= yh + tol && yl <= xh + tol
}

/// Disagreements between members of one cluster from different articles.
fn conflicts(events: &[Event], members: &[usize]) -> Vec<Conflict> {
    let mut out: Vec<Conflict> = Vec::new();
    for (k, &i) in members.iter().enumerate() {
        for &j in &members[k + 1..] {
            let (a, b) = (&events[i], &events[j]);
            if a.article == b.article {
                continue;
            }
            if gap(a.window(), b.window()) > DATE_SLACK && shares_figure(&a.money, &b.money) {
                push(&mut out, "date", a, b, |e| e.date_text.clone());
            }
            if disagree_on_amount(&a.money, &b.money) {
                push(&mut out, "amount", a, b, |e| {
                    e.money
                        .iter()
                        .map(|m| m.figure.text.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                });
            }
        }
    }
    out
}

/// Both state figures of one kind and currency (other than `other`) and share no amount.
fn disagree_on_amount(a: &[MoneyFigure], b: &[MoneyFigure]) -> bool {
    a.iter().any(|x| {
        let same_kind: Vec<&MoneyFigure> = b
            .iter()
            .filter(|y| {
                x.figure.kind != MoneyKind::Other
                    && y.figure.kind == x.figure.kind
                    && y.figure.currency == x.figure.currency
            })
            .collect();
        !same_kind.is_empty()
            && !a
                .iter()
                .any(|x2| same_kind.iter().any(|y| same_amount(&x2.figure, &y.figure)))
    })
}

fn push(
    out: &mut Vec<Conflict>,
    field: &str,
    a: &Event,
    b: &Event,
    value: impl Fn(&Event) -> String,
) {
    let side = |e: &Event| ConflictSide {
        event: e.id.clone(),
        article: e.article.clone(),
        value: value(e),
    };
    let (sa, sb) = (side(a), side(b));
    if let Some(c) = out.iter_mut().find(|c| c.field == field) {
        for s in [sa, sb] {
            if !c.sides.iter().any(|x| x.event == s.event) {
                c.sides.push(s);
            }
        }
    } else {
        out.push(Conflict {
            field: field.to_owned(),
            sides: vec![sa, sb],
        });
    }
}
