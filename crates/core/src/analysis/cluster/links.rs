//! Which events tell the same story ([`super::same_story`]), found without comparing every
//! pair: only the connected groups matter, so each rule links its candidates through a few
//! representatives instead of through every pair.
//!
//! - Same companies, close dates: events are bucketed by their sorted companies and swept in
//!   date order ([`link_close`]).
//! - Same companies, the very same coarse period: bucketed by companies and days.
//! - Same figure: figures alike in every field the rule reads form a class; classes meet in
//!   bands of amount ([`link_figures`]).

use super::{gap, same_figure, same_story, width, Sets};
use super::{DATE_SLACK, MAX_FINE_WIDTH, MAX_SOLO_WIDTH};
use crate::analysis::events::Event;
use crate::extract::money::{MoneyKind, MoneyMention};
use std::collections::{HashMap, HashSet};

/// Links in `sets` every two events of different articles that tell the same story.
pub(super) fn link(events: &[Event], sets: &mut Sets) {
    link_entities(events, sets);
    link_figures(events, sets);
}

/// The rules on companies and dates: the same sorted companies, and close dates (one company:
/// both at most [`MAX_SOLO_WIDTH`] days wide; several: both at most [`MAX_FINE_WIDTH`]) or,
/// for several companies both coarser than that, the very same days.
fn link_entities(events: &[Event], sets: &mut Sets) {
    let mut buckets: HashMap<Vec<&str>, Vec<usize>> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        if e.entities.is_empty() {
            continue;
        }
        let mut key: Vec<&str> = e.entities.iter().map(String::as_str).collect();
        key.sort_unstable();
        buckets.entry(key).or_default().push(i);
    }
    for (key, members) in buckets {
        let narrow = if key.len() == 1 {
            MAX_SOLO_WIDTH
        } else {
            MAX_FINE_WIDTH
        };
        let (close, coarse): (Vec<usize>, Vec<usize>) = members
            .into_iter()
            .partition(|&i| width(events[i].days) <= narrow);
        link_close(events, close, sets);
        if key.len() >= 2 {
            let mut by_days: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
            for i in coarse {
                by_days.entry(events[i].days).or_default().push(i);
            }
            for alike in by_days.into_values() {
                link_all(events, &alike, sets);
            }
        }
    }
}

/// A group of linked events seen so far in a sweep, by the latest end of its windows: the
/// latest overall, and the latest from another article than that one.
#[derive(Clone, Copy)]
struct Reach {
    /// (window end, event) of the member reaching latest.
    top: (i64, usize),
    /// (window end, event) of the member reaching latest among those of other articles than
    /// `top`'s.
    other: Option<(i64, usize)>,
}

impl Reach {
    /// The member reaching latest among those not from `article`.
    fn latest_not_from(&self, events: &[Event], article: &str) -> Option<(i64, usize)> {
        if events[self.top.1].article != article {
            Some(self.top)
        } else {
            self.other
        }
    }

    fn merge(self, with: Reach, events: &[Event]) -> Reach {
        let top = if with.top.0 > self.top.0 {
            with.top
        } else {
            self.top
        };
        let article = events[top.1].article.as_str();
        let other = [
            self.latest_not_from(events, article),
            with.latest_not_from(events, article),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|&(end, _)| end);
        Reach { top, other }
    }
}

/// Links every two of `members` (one bucket of companies) from different articles whose
/// windows are at most [`DATE_SLACK`] days apart.
///
/// Sweeps the windows by start. An event is close to an earlier one exactly when that one's
/// window ends no more than [`DATE_SLACK`] days before it starts, so against an earlier group
/// only the member reaching latest from another article needs checking. The groups still
/// open are those of the last event's article (and the last event's own): the work is
/// linear in the bucket, times the events of one article that overlap.
fn link_close(events: &[Event], members: Vec<usize>, sets: &mut Sets) {
    // A window that ends before it starts breaks the sweep's reasoning: checked pair by pair
    // (extraction never makes one; this keeps the result right whatever the input).
    let (mut order, misfits): (Vec<usize>, Vec<usize>) = members.into_iter().partition(|&i| {
        let (start, end) = events[i].window();
        start <= end
    });
    for &m in &misfits {
        for &i in order.iter().chain(&misfits) {
            if i != m
                && events[i].article != events[m].article
                && same_story(&events[i], &events[m])
            {
                sets.union(i, m);
            }
        }
    }
    order.sort_unstable_by_key(|&i| (events[i].window().0, i));
    let mut open: Vec<Reach> = Vec::new();
    for b in order {
        let (start, end) = events[b].window();
        open.retain(|g| g.top.0 + DATE_SLACK >= start);
        let mut joined = Reach {
            top: (end, b),
            other: None,
        };
        let mut apart = Vec::with_capacity(open.len());
        for g in open.drain(..) {
            match g.latest_not_from(events, &events[b].article) {
                Some((reach, e)) if reach + DATE_SLACK >= start => {
                    debug_assert!(gap(events[e].window(), (start, end)) <= DATE_SLACK);
                    sets.union(e, b);
                    joined = joined.merge(g, events);
                }
                _ => apart.push(g),
            }
        }
        apart.push(joined);
        open = apart;
    }
}

/// Links all of `members` when they come from two articles or more: any two from different
/// articles are linked, and two from one article through one from another.
fn link_all(events: &[Event], members: &[usize], sets: &mut Sets) {
    let Some(&first) = members.first() else {
        return;
    };
    if members
        .iter()
        .any(|&i| events[i].article != events[first].article)
    {
        for &i in &members[1..] {
            sets.union(first, i);
        }
    }
}

/// Everything [`same_figure`] reads of a figure: figures with equal keys match the same
/// figures.
#[derive(PartialEq, Eq, Hash)]
struct FigureKey<'a> {
    kind: MoneyKind,
    currency: &'a str,
    payee: Option<&'a str>,
    entities: Vec<&'a str>,
    amount: u64,
    amount_max: Option<u64>,
}

impl<'a> FigureKey<'a> {
    fn of(f: &'a MoneyMention) -> FigureKey<'a> {
        let mut entities: Vec<&str> = f.entities.iter().map(String::as_str).collect();
        entities.sort_unstable();
        entities.dedup();
        FigureKey {
            kind: f.kind,
            currency: &f.currency,
            payee: f.payee.as_deref(),
            entities,
            amount: f.amount.to_bits(),
            amount_max: f.amount_max.map(f64::to_bits),
        }
    }
}

/// Ratio between the bounds of one amount band.
const BAND_RATIO: f64 = 1.25;

/// The highest band: every finite amount falls at or below it.
const TOP_BAND: i64 = 3_200;

/// The band of an amount: 0 up to 1, then one per [`BAND_RATIO`]; never decreasing.
fn band(v: f64) -> i64 {
    if v > 1.0 {
        ((v.ln() / BAND_RATIO.ln()).floor() as i64 + 1).clamp(1, TOP_BAND)
    } else {
        0
    }
}

/// The bands a figure may meet another in: two figures of the same amount (within
/// [`super::AMOUNT_TOLERANCE`]) always share one. The bounds are widened beyond the
/// tolerance so rounding cannot lose a match; extra candidates are checked anyway.
fn bands(f: &MoneyMention) -> std::ops::RangeInclusive<i64> {
    let (a, b) = (f.amount, f.amount_max.unwrap_or(f.amount));
    let (low, high) = (a.min(b), a.max(b));
    let tolerance = 1.5 * super::AMOUNT_TOLERANCE;
    band(low - tolerance * high.abs() - 0.01 * low.abs())..=band(high + 0.01 * high.abs())
}

/// The same-figure rule. Figures with one [`FigureKey`] form a class; each class is checked
/// against itself and against the classes of its kind and currency that share an amount band,
/// on one representative figure each, and linked with [`link_all`] or [`link_across`].
fn link_figures(events: &[Event], sets: &mut Sets) {
    let mut class_of: HashMap<FigureKey, usize> = HashMap::new();
    // Per class: a representative figure and its events, in order, each once.
    let mut classes: Vec<(&MoneyMention, Vec<usize>)> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        for m in &e.money {
            if m.figure.kind == MoneyKind::Other {
                continue;
            }
            let next = classes.len();
            let c = *class_of.entry(FigureKey::of(&m.figure)).or_insert(next);
            if c == next {
                classes.push((&m.figure, Vec::new()));
            }
            if classes[c].1.last() != Some(&i) {
                classes[c].1.push(i);
            }
        }
    }
    let mut by_band: HashMap<(MoneyKind, &str, i64), Vec<usize>> = HashMap::new();
    for (c, (figure, members)) in classes.iter().enumerate() {
        if same_figure(figure, figure) {
            link_all(events, members, sets);
        }
        for b in bands(figure) {
            by_band
                .entry((figure.kind, figure.currency.as_str(), b))
                .or_default()
                .push(c);
        }
    }
    let mut checked: HashSet<(usize, usize)> = HashSet::new();
    for alike in by_band.values() {
        for (k, &x) in alike.iter().enumerate() {
            for &y in &alike[k + 1..] {
                if checked.insert((x, y)) && same_figure(classes[x].0, classes[y].0) {
                    link_across(events, &classes[x].1, &classes[y].1, sets);
                }
            }
        }
    }
}

/// Links what pairing every event of `xs` with every event of `ys` from another article
/// links. In that graph an event is cut off when the other side has only its own article;
/// the rest form one group when three articles or more take part, and when only two do
/// (A and B), two groups: A's `xs` with B's `ys`, and B's `xs` with A's `ys`.
fn link_across(events: &[Event], xs: &[usize], ys: &[usize], sets: &mut Sets) {
    let article = |i: usize| events[i].article.as_str();
    let articles = |side: &[usize]| -> Vec<&str> {
        let mut seen: Vec<&str> = Vec::new();
        for &i in side {
            if !seen.contains(&article(i)) {
                seen.push(article(i));
                if seen.len() == 3 {
                    break; // three or more is all that matters
                }
            }
        }
        seen
    };
    let (in_x, in_y) = (articles(xs), articles(ys));
    let mut all = in_x.clone();
    for a in &in_y {
        if !all.contains(a) {
            all.push(a);
        }
    }
    // Linked to something: the other side has an article other than its own.
    let reaches = |i: usize, other: &[&str]| other.iter().any(|&a| a != article(i));
    if all.len() >= 3 {
        let linked = xs
            .iter()
            .filter(|&&i| reaches(i, &in_y))
            .chain(ys.iter().filter(|&&i| reaches(i, &in_x)));
        let mut first = None;
        for &i in linked {
            match first {
                None => first = Some(i),
                Some(f) => sets.union(f, i),
            }
        }
    } else if all.len() == 2 {
        for (a, b) in [(all[0], all[1]), (all[1], all[0])] {
            let from_x = xs.iter().filter(|&&i| article(i) == a);
            let from_y = ys.iter().filter(|&&i| article(i) == b);
            // Linked only when both sides have one.
            if let (Some(&x), Some(&y)) = (from_x.clone().next(), from_y.clone().next()) {
                for &i in from_x.chain(from_y) {
                    sets.union(x, i);
                }
                sets.union(x, y);
            }
        }
    }
}
