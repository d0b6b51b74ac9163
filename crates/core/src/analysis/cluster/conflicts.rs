//! Where the sources of one cluster disagree, without comparing every pair of its events.
//!
//! The rule is pairwise: for the members in order, each pair from different articles, earlier
//! one first, is a `date` conflict when their windows are more than [`DATE_SLACK`] days apart
//! and they share a figure, and an `amount` conflict when [`disagree_on_amount`]; each side is
//! listed once, in the order the pairs first bring it up. Only an event's window and figures
//! enter the rule, so members alike in both form a class, and the rule runs once per pair of
//! classes. A member's first appearance is then found from the first members of its partner
//! classes, with no walk over the pairs.

use super::{disagree_on_amount, gap, shares_figure, Conflict, ConflictSide, DATE_SLACK};
use crate::analysis::events::Event;
use crate::extract::money::MoneyKind;
use std::collections::HashMap;

/// The two fields sources may disagree on, in the order a pair checks them.
const FIELDS: [&str; 2] = ["date", "amount"];

/// Everything the conflict rule reads of an event, bitwise.
#[derive(PartialEq, Eq, Hash)]
struct Key<'a> {
    window: (i64, i64),
    figures: Vec<FigureKey<'a>>,
}

/// Everything the rule reads of a figure: kind, currency, payee, companies, amount and the
/// end of its range (as bits).
type FigureKey<'a> = (
    MoneyKind,
    &'a str,
    Option<&'a str>,
    &'a [String],
    u64,
    Option<u64>,
);

/// Members alike for the rule: their positions in the cluster (ascending) and, for each,
/// the next position of theirs from another article (to skip one article's run).
struct Class {
    positions: Vec<usize>,
    next_other: Vec<usize>,
}

/// Disagreements between members of one cluster (event indices, ascending) from different
/// articles.
pub(super) fn conflicts(events: &[Event], members: &[usize]) -> Vec<Conflict> {
    // Articles as small numbers, so comparing them is cheap.
    let mut article_ids: HashMap<&str, usize> = HashMap::new();
    let article: Vec<usize> = members
        .iter()
        .map(|&i| {
            let next = article_ids.len();
            *article_ids
                .entry(events[i].article.as_str())
                .or_insert(next)
        })
        .collect();
    // Only members stating a figure of a kind other than `other` can take part in either rule.
    let mut class_of: HashMap<Key, usize> = HashMap::new();
    let mut reps: Vec<usize> = Vec::new();
    let mut classes: Vec<Class> = Vec::new();
    let mut member_class: Vec<Option<usize>> = vec![None; members.len()];
    for (p, &i) in members.iter().enumerate() {
        let e = &events[i];
        if !e.money.iter().any(|m| m.figure.kind != MoneyKind::Other) {
            continue;
        }
        let key = Key {
            window: e.window(),
            figures: e
                .money
                .iter()
                .map(|m| {
                    let f = &m.figure;
                    (
                        f.kind,
                        f.currency.as_str(),
                        f.payee.as_deref(),
                        f.entities.as_slice(),
                        f.amount.to_bits(),
                        f.amount_max.map(f64::to_bits),
                    )
                })
                .collect(),
        };
        let next = classes.len();
        let c = *class_of.entry(key).or_insert(next);
        if c == next {
            reps.push(i);
            classes.push(Class {
                positions: Vec::new(),
                next_other: Vec::new(),
            });
        }
        classes[c].positions.push(p);
        member_class[p] = Some(c);
    }
    for class in &mut classes {
        let n = class.positions.len();
        class.next_other = vec![n; n];
        for t in (0..n.saturating_sub(1)).rev() {
            class.next_other[t] = if article[class.positions[t + 1]] != article[class.positions[t]]
            {
                t + 1
            } else {
                class.next_other[t + 1]
            };
        }
    }
    // The rule once per ordered pair of classes: does (earlier of P, later of Q) conflict?
    let rule = |field: usize, p: usize, q: usize| {
        let (a, b) = (&events[reps[p]], &events[reps[q]]);
        match field {
            0 => gap(a.window(), b.window()) > DATE_SLACK && shares_figure(&a.money, &b.money),
            _ => disagree_on_amount(&a.money, &b.money),
        }
    };
    let k = classes.len();
    let mut out: Vec<(usize, Conflict, (usize, usize))> = Vec::new();
    for (field, name) in FIELDS.iter().enumerate() {
        // partners[q] = classes P with rule(P, q); follows[p] = classes Q with rule(p, Q).
        let follows: Vec<Vec<usize>> = (0..k)
            .map(|p| (0..k).filter(|&q| rule(field, p, q)).collect())
            .collect();
        let mut partners: Vec<Vec<usize>> = vec![Vec::new(); k];
        for (p, qs) in follows.iter().enumerate() {
            for &q in qs {
                partners[q].push(p);
            }
        }
        // Each side's first appearance: the first pair naming it, and whether it is that
        // pair's later event. Sides come out sorted by it.
        let mut sides: Vec<((usize, usize, bool), usize)> = Vec::new();
        for (p, c) in member_class.iter().enumerate() {
            let Some(c) = *c else { continue };
            let earlier = partners[c]
                .iter()
                .filter_map(|&l| first_other(&classes[l], 0, &article, article[p]))
                .filter(|&i| i < p)
                .min();
            let first = match earlier {
                Some(i) => Some((i, p, true)),
                None => follows[c]
                    .iter()
                    .filter_map(|&l| {
                        let from = classes[l].positions.partition_point(|&j| j <= p);
                        first_other(&classes[l], from, &article, article[p])
                    })
                    .min()
                    .map(|j| (p, j, false)),
            };
            if let Some(first) = first {
                sides.push((first, p));
            }
        }
        sides.sort_unstable();
        let Some(&((i, j, _), _)) = sides.first() else {
            continue;
        };
        let sides = sides
            .into_iter()
            .map(|(_, p)| side(field, &events[members[p]]))
            .collect();
        out.push((
            field,
            Conflict {
                field: (*name).to_owned(),
                sides,
            },
            (i, j),
        ));
    }
    // Fields in the order their first pair comes; for one same pair, date before amount.
    out.sort_by_key(|&(field, _, first)| (first, field));
    out.into_iter().map(|(_, c, _)| c).collect()
}

/// The first position of `class`, from its `from`-th on, whose article is not `not`.
fn first_other(class: &Class, from: usize, article: &[usize], not: usize) -> Option<usize> {
    let at = *class.positions.get(from)?;
    let t = if article[at] == not {
        class.next_other[from]
    } else {
        from
    };
    class.positions.get(t).copied()
}

/// One side of a conflict on `field` (0 date, 1 amount): the value as that source gives it.
fn side(field: usize, e: &Event) -> ConflictSide {
    let value = if field == 0 {
        e.date_text.clone()
    } else {
        e.money
            .iter()
            .map(|m| m.figure.text.as_str())
            .collect::<Vec<_>>()
            .join("、")
    };
    ConflictSide {
        event: e.id.clone(),
        article: e.article.clone(),
        value,
    }
}
