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
use crate::extract::money::{MoneyKind, MoneyMention};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

mod conflicts;
mod links;
#[cfg(test)]
mod tests;

/// Days two dates may be apart and still be the same date told loosely (7月初 vs 7月11日).
pub const DATE_SLACK: i64 = 3;

/// The widest date (days) that counts as fine: a month or narrower.
const MAX_FINE_WIDTH: i64 = 31;

/// The widest date (days) two events naming one single company may be matched on.
const MAX_SOLO_WIDTH: i64 = 11;

/// Relative difference under which two amounts are the same figure rounded (292 vs 292.34).
const AMOUNT_TOLERANCE: f64 = 0.02;

/// A group of events from several articles telling the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// What they disagree on: `date` or `amount`.
    pub field: String,
    /// What each side says.
    pub sides: Vec<ConflictSide>,
}

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
///
/// The pairs that tell the same story are found through buckets (`links`) and their
/// disagreements through classes of alike events (`conflicts`), never by comparing every
/// pair of events: the work grows with the number of events, not its square.
pub fn cluster(events: &mut [Event]) -> Vec<Cluster> {
    let n = events.len();
    let mut sets = Sets::new(n);
    links::link(events, &mut sets);
    // A root is its group's first event (union keeps the smaller index), so groups come out
    // in timeline order.
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        let root = sets.find(i);
        groups[root].push(i);
    }
    let mut clusters = Vec::new();
    for members in groups.into_iter().filter(|g| g.len() >= 2) {
        let mut articles: Vec<String> = Vec::new();
        let mut entities: Vec<String> = Vec::new();
        let mut seen_articles: HashSet<&str> = HashSet::new();
        let mut seen_entities: HashSet<&str> = HashSet::new();
        for &i in &members {
            if seen_articles.insert(&events[i].article) {
                articles.push(events[i].article.clone());
            }
            for e in &events[i].entities {
                if seen_entities.insert(e) {
                    entities.push(e.clone());
                }
            }
        }
        if articles.len() < 2 {
            continue;
        }
        let id = format!("c{}", clusters.len());
        let conflicts = conflicts::conflicts(events, &members);
        for &i in &members {
            events[i].cluster = Some(id.clone());
        }
        clusters.push(Cluster {
            id,
            events: members.iter().map(|&i| events[i].id.clone()).collect(),
            articles,
            entities,
            conflicts,
        });
    }
    clusters
}

/// Disjoint sets of event indices (union-find) whose root is always the set's smallest index.
pub(crate) struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
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

/// Do the two lists state one same figure (see [`same_figure`])?
fn shares_figure(a: &[MoneyFigure], b: &[MoneyFigure]) -> bool {
    a.iter()
        .any(|x| b.iter().any(|y| same_figure(&x.figure, &y.figure)))
}

/// Are two figures one: same kind (not `other`), currency and amount, about the same company
/// (the same payee when both name one, else a company in common)?
fn same_figure(x: &MoneyMention, y: &MoneyMention) -> bool {
    let same_party = match (&x.payee, &y.payee) {
        (Some(p), Some(q)) => p == q,
        _ => x.entities.iter().any(|e| y.entities.contains(e)),
    };
    x.kind != MoneyKind::Other
        && x.kind == y.kind
        && x.currency == y.currency
        && same_party
        && same_amount(x, y)
}

fn same_amount(x: &MoneyMention, y: &MoneyMention) -> bool {
    let (xl, xh) = (x.amount, x.amount_max.unwrap_or(x.amount));
    let (yl, yh) = (y.amount, y.amount_max.unwrap_or(y.amount));
    let tol = AMOUNT_TOLERANCE * xh.max(yh).abs();
    xl <= yh + tol && yl <= xh + tol
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
