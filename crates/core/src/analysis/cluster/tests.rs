//! The bucketed clustering against the plain pairwise one it replaced: the same clusters, the
//! same conflicts, the same cluster on every event, on the bundled corpus, on a repeated one
//! and on many generated event lists that hit the rules' edges.

use super::*;
use crate::analysis::reading::{Evidence, MoneyFigure};
use crate::analysis::{events, number_money, reading, synthetic};
use crate::extract::date::Resolution;
use crate::extract::money::{MoneyKind, MoneyMention};

// ---- The reference: every pair of events compared (O(n²)), as the clustering first was ----

fn reference(events: &mut [Event]) -> Vec<Cluster> {
    let n = events.len();
    let mut parent: Vec<usize> = (0..n).collect();
    for i in 0..n {
        for j in i + 1..n {
            if events[i].article != events[j].article && same_story(&events[i], &events[j]) {
                union(&mut parent, i, j);
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
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
            conflicts: reference_conflicts(events, &members),
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

fn reference_conflicts(events: &[Event], members: &[usize]) -> Vec<Conflict> {
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

/// Clusters `events` both ways and checks clusters and every event's cluster agree; returns
/// the clusters.
fn same_as_reference(events: &[Event]) -> Vec<Cluster> {
    let (mut fast, mut slow) = (events.to_vec(), events.to_vec());
    let clusters = cluster(&mut fast);
    assert_eq!(clusters, reference(&mut slow));
    assert_eq!(fast, slow, "every event gets the same cluster");
    clusters
}

/// The events of a corpus, before clustering (what `aggregate` hands to `cluster`).
fn events_of(corpus: &crate::Corpus) -> Vec<Event> {
    let segmenter = crate::test_support::segmenter();
    let mut readings: Vec<_> = corpus
        .articles
        .iter()
        .map(|a| reading::read(a, segmenter))
        .collect();
    number_money(&mut readings);
    events::events(&readings)
}

#[test]
fn the_bundled_corpus_clusters_as_pair_by_pair() {
    let corpus = crate::bundled::corpus().unwrap();
    let clusters = same_as_reference(&events_of(&corpus));
    assert!(!clusters.is_empty());
}

#[test]
fn a_repeated_corpus_of_sixty_articles_clusters_as_pair_by_pair() {
    let base = crate::bundled::corpus().unwrap();
    let corpus = synthetic::repeated(&base, 60);
    let events = events_of(&corpus);
    let clusters = same_as_reference(&events);
    // The copies tell the bundled stories again: big clusters, with conflicts.
    assert!(clusters.iter().any(|c| c.articles.len() >= 12));
    assert!(clusters.iter().any(|c| !c.conflicts.is_empty()));
}

// ---- Generated events at the rules' edges ------------------------------------------------

/// xorshift64: a few lines of deterministic noise for the generated cases.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        &from[self.below(from.len())]
    }
}

const COMPANIES: [&str; 4] = ["x", "y", "z", "w"];

fn companies(noise: &mut Noise, most: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for _ in 0..noise.below(most + 1) {
        let c = noise.pick(&COMPANIES).to_string();
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// A figure; `narrow` draws from so few values that one article often states one figure twice.
fn figure(noise: &mut Noise, article: &str, n: usize, narrow: bool) -> MoneyFigure {
    let kinds = [
        MoneyKind::Investment,
        MoneyKind::Valuation,
        MoneyKind::Other,
    ];
    // Amounts on both sides of the 2 % tolerance, ranges, zero, and either side of an amount
    // band's edge (1.25ⁿ: 1.25¹⁰ ≈ 9.313).
    let amounts = [
        10.0, 10.15, 9.0, 10.3, 9.7, 40.0, 39.3, 0.0, 1.0, 1.25, 1.5625, 9.25, 9.35, 1e9, 1.02e9,
    ];
    let amount = *noise.pick(if narrow { &amounts[..3] } else { &amounts });
    let amount_max = match noise.below(if narrow { 6 } else { 5 }) {
        0 => Some(amount * 1.5),
        1 => Some(amount * 1.01),
        // A range that ends below its start: extraction never gives one; no figure, even
        // itself, need match it.
        2 => Some(amount * 0.9),
        _ => None,
    };
    MoneyFigure {
        id: format!("m{n}"),
        figure: MoneyMention {
            start: 0,
            end: 1,
            text: format!("{amount}#{n}"),
            amount,
            amount_max,
            currency: noise
                .pick(if narrow {
                    &["USD"][..]
                } else {
                    &["USD", "CNY"]
                })
                .to_string(),
            kind: *noise.pick(if narrow { &kinds[..1] } else { &kinds }),
            conversion: None,
            entities: if narrow {
                vec!["x".to_owned()]
            } else {
                companies(noise, 2)
            },
            payer: None,
            payee: (!narrow && noise.below(3) == 0).then(|| noise.pick(&COMPANIES).to_string()),
            payers: Vec::new(),
        },
        evidence: Evidence {
            article: article.to_owned(),
            paragraph: 0,
            span: [0, 1],
            text: String::new(),
        },
    }
}

/// `n` events over `articles` articles, in timeline order like [`events::events`] gives them.
fn generated(seed: u64, n: usize, articles: usize, narrow: bool) -> Vec<Event> {
    let mut noise = Noise(seed | 1);
    let widths = [1, 1, 2, 4, 11, 12, 30, 31, 32, 91, 366];
    let mut out: Vec<Event> = (0..n)
        .map(|k| {
            let article = format!("a{}", noise.below(articles));
            let start = noise.below(150) as i64;
            let width = *noise.pick(&widths);
            // Now and then a window that ends before it starts.
            let days = if noise.below(40) == 0 {
                (start, start - 2)
            } else {
                (start, start + width - 1)
            };
            let money = (0..noise.below(3))
                .map(|f| figure(&mut noise, &article, k * 3 + f, narrow))
                .collect();
            Event {
                id: String::new(),
                article,
                date: String::new(),
                precision: String::new(),
                until: None,
                resolution: if noise.below(6) == 0 {
                    Resolution::Recent
                } else {
                    Resolution::Explicit
                },
                date_text: format!("d{k}"),
                entities: companies(&mut noise, 3),
                money,
                text: String::new(),
                span: [k, k + 1],
                paragraph: 0,
                cluster: None,
                days,
            }
        })
        .collect();
    out.sort_by(|a, b| (a.days, &a.article, a.span[0]).cmp(&(b.days, &b.article, b.span[0])));
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("e{i}");
    }
    out
}

#[test]
fn generated_events_cluster_as_pair_by_pair() {
    let mut with_conflicts = 0;
    for seed in 0..80 {
        // Few articles make same-article pairs common; many make big clusters.
        let articles = [2, 3, 5, 40][seed as usize % 4];
        let narrow = seed % 8 >= 4;
        let events = generated(0x9e37_79b9_7f4a_7c15 ^ seed, 250, articles, narrow);
        let clusters = same_as_reference(&events);
        with_conflicts += clusters.iter().filter(|c| !c.conflicts.is_empty()).count();
    }
    assert!(with_conflicts > 0, "the cases include conflicts");
}

#[test]
fn no_events_no_clusters() {
    assert!(cluster(&mut []).is_empty());
}

fn event(article: &str, day: i64, entities: &[&str], money: Vec<MoneyFigure>) -> Event {
    let mut e = generated(1, 1, 1, false).remove(0);
    e.article = article.to_owned();
    e.days = (day, day);
    e.resolution = Resolution::Explicit;
    e.entities = entities.iter().map(|c| c.to_string()).collect();
    e.money = money;
    e.date_text = format!("d{day}");
    e
}

fn amount(low: f64, high: f64) -> MoneyFigure {
    let mut f = figure(&mut Noise(7), "", 0, true);
    f.figure.kind = MoneyKind::Investment;
    f.figure.amount = low;
    f.figure.amount_max = Some(high);
    f.figure.entities = vec!["x".to_owned()];
    f.figure.payee = None;
    f
}

#[test]
fn a_figure_that_matches_only_across_two_articles_links_nothing_within_one() {
    // (10, 9) ends below its start: it matches (9, 13.5) but not itself. With only articles
    // a and b stating the two, b's (10, 9) joins a's (9, 13.5), and a's two (10, 9) stay
    // apart: each is in its own story with another article.
    let mut events = vec![
        event("a", 0, &["y"], vec![amount(10.0, 9.0)]),
        event("c", 1, &["y"], vec![]),
        event("a", 100, &["z"], vec![amount(10.0, 9.0)]),
        event("d", 101, &["z"], vec![]),
        event("a", 200, &["w"], vec![amount(9.0, 13.5)]),
        event("b", 300, &["x", "y", "z"], vec![amount(10.0, 9.0)]),
    ];
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{i}");
    }
    let clusters = same_as_reference(&events);
    let members: Vec<&[String]> = clusters.iter().map(|c| c.events.as_slice()).collect();
    assert_eq!(members, [&["e0", "e1"][..], &["e2", "e3"], &["e4", "e5"]]);
}

#[test]
fn a_figure_that_matches_only_across_leaves_out_an_article_with_nobody_across() {
    // a, b and c state (10, 9), only a states (9, 13.5): b's and c's join a's (9, 13.5), and
    // a's (10, 9) has nobody from another article across: it stays in its own story with d.
    let mut events = vec![
        event("a", 0, &["y"], vec![amount(10.0, 9.0)]),
        event("d", 1, &["y"], vec![]),
        event("a", 200, &["w"], vec![amount(9.0, 13.5)]),
        event("b", 300, &["x", "y", "z"], vec![amount(10.0, 9.0)]),
        event("c", 400, &["x", "z"], vec![amount(10.0, 9.0)]),
    ];
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{i}");
    }
    let clusters = same_as_reference(&events);
    let members: Vec<&[String]> = clusters.iter().map(|c| c.events.as_slice()).collect();
    assert_eq!(members, [&["e0", "e1"][..], &["e2", "e3", "e4"]]);
}
