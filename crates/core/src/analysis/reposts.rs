//! Reposts: the same story published again by other accounts, found as near-duplicate texts.
//!
//! Two steps, so the first can be done (and later cached) one article at a time:
//! - [`Signature::of`] reads one article's cleaned text once: its set of character
//!   [`SHINGLE`]-grams (simplified, with punctuation and spacing folded away) and a MinHash
//!   sketch of that set, O(length).
//! - [`group`] is the corpus-wide step: locality-sensitive hashing on the sketches finds the
//!   candidate pairs without comparing every article with every other, the exact Jaccard
//!   similarity of their shingle sets decides (at or above [`THRESHOLD`], or one an excerpt
//!   of the other, [`CONTAINMENT`]), and pairs join one story transitively (union-find).
//!
//! Own code rather than a crate: the LSH crates on crates.io (gaoya…) bring `rand`, threads and
//! hash maps seeded at run time; this needs none of them, and fixed seeds make the output the
//! same on every run and every target (native and wasm alike).

use crate::corpus::Script;
use crate::normalize::to_simplified;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

/// Characters per shingle. Five Han characters are about two words: long enough that
/// unrelated texts on the same subject share few shingles, short enough that a light edit
/// (a changed word, a renamed company) spoils only a few.
pub const SHINGLE: usize = 5;

/// The smallest exact Jaccard similarity of two articles' shingle sets for them to be one story.
///
/// Chosen on `../shared/news-2024` (916 articles; all 420,000 pairs measured, a sample of each
/// range read by hand): pairs of different articles pile up below 0.1 (shared boilerplate:
/// the site's footer, "Tags:" lines) and thin out to a handful per hundredth by 0.15, where
/// different English-sourced items that share the same trailers still show up. From 0.24 up
/// every pair read was the same story: reposts with another header or footer (0.9–1.0), and
/// the same press release translated twice, which shares only a third of its five-grams
/// (0.29–0.45). 0.3 keeps the translations and stays clear of the noise; a quotation shared
/// by two different articles is a few dozen shingles out of thousands, far below it.
pub const THRESHOLD: f64 = 0.3;

/// The smallest share of the shorter article's shingles found in the longer one for the
/// shorter to be an excerpt of it: the library has teasers ("… [Read more]") that keep the
/// first part of a long article, 0.9–0.98 of their shingles, at a Jaccard of 0.13–0.25.
/// Different articles sharing boilerplate stay under 0.75.
pub const CONTAINMENT: f64 = 0.85;

/// An excerpt must have at least this many shingles, so a few lines of boilerplate alone are
/// never "contained" in an article that ends with the same lines.
const MIN_EXCERPT: usize = 200;

/// MinHash values per sketch: [`BANDS`] bands of [`ROWS`] values.
const HASHES: usize = BANDS * ROWS;
/// Locality-sensitive hashing: two articles are compared when both values of any one band
/// agree. The chance for a pair of Jaccard similarity `s` is `1 - (1 - s^ROWS)^BANDS`: with
/// 64 bands of 2 it is 0.998 at s = 0.3 and 0.66 at 0.13 (the lowest excerpts), and 0.014 at
/// 0.015, where most pairs of different articles are; the candidates are then checked exactly,
/// so a chance pair costs one merge of two sorted lists.
const BANDS: usize = 64;
/// See [`BANDS`].
const ROWS: usize = 2;

/// What [`group`] needs of one article, computed from its cleaned text alone.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Signature {
    /// Hashes of the distinct shingles, sorted: the set exact Jaccard is computed on.
    shingles: Vec<u32>,
    /// The MinHash sketch of that set (empty when the text has no shingle at all).
    sketch: Vec<u32>,
    /// Length of the folded text in chars: the longer copy of a story is preferred.
    chars: usize,
}

impl Signature {
    /// Reads `text` (an article's cleaned text, in `script`): O(length).
    pub fn of(text: &str, script: Script) -> Signature {
        // Conversion costs as much as all the rest: only a traditional text needs it.
        let simplified = match script {
            Script::Traditional => Cow::Owned(to_simplified(text)),
            Script::Simplified => Cow::Borrowed(text),
        };
        let folded: Vec<char> = simplified
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let mut shingles: Vec<u32> = folded.windows(SHINGLE).map(shingle_hash).collect();
        shingles.sort_unstable();
        shingles.dedup();
        let sketch = if shingles.is_empty() {
            Vec::new()
        } else {
            sketch(&shingles)
        };
        Signature {
            shingles,
            sketch,
            chars: folded.len(),
        }
    }

    /// Exact Jaccard similarity of the two shingle sets: shared / all (0 when both are empty).
    pub fn jaccard(&self, other: &Signature) -> f64 {
        let shared = self.shared(other);
        let all = self.shingles.len() + other.shingles.len() - shared;
        ratio(shared, all)
    }

    /// Whether `self` and `other` tell one story: a Jaccard similarity of at least
    /// [`THRESHOLD`], or the shorter (of at least `MIN_EXCERPT` shingles) an excerpt of the
    /// longer, [`CONTAINMENT`] of its shingles found there.
    pub fn same_story(&self, other: &Signature) -> bool {
        let shared = self.shared(other);
        let (a, b) = (self.shingles.len(), other.shingles.len());
        ratio(shared, a + b - shared) >= THRESHOLD
            || (a.min(b) >= MIN_EXCERPT && ratio(shared, a.min(b)) >= CONTAINMENT)
    }

    /// How many shingles the two sets share: one merge of the sorted lists.
    fn shared(&self, other: &Signature) -> usize {
        let (a, b) = (&self.shingles, &other.shingles);
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared
    }
}

/// `part / whole`, 0 for an empty whole.
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// One article as [`group`] takes it.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    /// Article id.
    pub article: &'a str,
    /// Its date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`): the earliest is the original.
    pub date: &'a str,
    /// Its signature.
    pub signature: &'a Signature,
}

/// One story told by several articles: the original and its copies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Stable id within one analysis (`s0`, `s1`… in the order of the originals' first place
    /// in the corpus).
    pub id: String,
    /// The article taken as the original: the earliest date, then the longest text, then the
    /// smallest id.
    pub original: String,
    /// The other articles, in corpus order.
    pub copies: Vec<Copy>,
}

/// One copy of a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Copy {
    /// Article id.
    pub article: String,
    /// Exact Jaccard similarity of its shingles to the original's, to three decimals. An
    /// excerpt, or a copy joined through another copy, can be below [`THRESHOLD`] here.
    pub similarity: f64,
}

/// Groups near-duplicate articles into stories; only stories with at least one copy are
/// returned. Near-linear: each article is hashed into [`BANDS`] buckets, and only articles
/// sharing a bucket are compared.
pub fn group(members: &[Member]) -> Vec<Story> {
    let mut sets = UnionFind::new(members.len());
    for (a, b) in candidates(members) {
        if members[a].signature.same_story(members[b].signature) {
            sets.union(a, b);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of_root: HashMap<usize, usize> = HashMap::new();
    for m in 0..members.len() {
        let root = sets.find(m);
        let g = *group_of_root.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(m);
    }
    groups
        .into_iter()
        .filter(|g| g.len() > 1)
        .enumerate()
        .map(|(n, g)| story(n, &g, members))
        .collect()
}

/// The story of `group` (indices into `members`, in corpus order).
fn story(n: usize, group: &[usize], members: &[Member]) -> Story {
    let original = *group
        .iter()
        .min_by(|&&a, &&b| {
            let (a, b) = (&members[a], &members[b]);
            // An undated copy is never the original: empty dates sort last.
            (a.date.is_empty(), a.date)
                .cmp(&(b.date.is_empty(), b.date))
                .then_with(|| b.signature.chars.cmp(&a.signature.chars))
                .then_with(|| a.article.cmp(b.article))
        })
        .expect("a group has members");
    let copies = group
        .iter()
        .filter(|&&m| m != original)
        .map(|&m| Copy {
            article: members[m].article.to_owned(),
            similarity: (members[m].signature.jaccard(members[original].signature) * 1000.0)
                .round()
                / 1000.0,
        })
        .collect();
    Story {
        id: format!("s{n}"),
        original: members[original].article.to_owned(),
        copies,
    }
}

/// A band bucket holding more articles than this is boilerplate (the same footer's shingles
/// hashing lowest in many articles), not a story: its pairs would be quadratic and are left to
/// the other bands, where true copies also meet.
const MAX_BUCKET: usize = 32;

/// Pairs `(a, b)`, `a < b`, whose sketches agree on a whole band, each once, in order.
fn candidates(members: &[Member]) -> Vec<(usize, usize)> {
    let mut buckets: HashMap<(usize, &[u32]), Vec<usize>> = HashMap::new();
    for (m, member) in members.iter().enumerate() {
        for (band, rows) in member.signature.sketch.chunks(ROWS).enumerate() {
            buckets.entry((band, rows)).or_default().push(m);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for bucket in buckets
        .values()
        .filter(|b| (2..=MAX_BUCKET).contains(&b.len()))
    {
        for (i, &a) in bucket.iter().enumerate() {
            pairs.extend(bucket[i + 1..].iter().map(|&b| (a, b)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Disjoint sets of `0..n`, with path halving.
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind((0..n).collect())
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        // The smaller root wins, so the result does not depend on the order of the unions.
        self.0[a.max(b)] = a.min(b);
    }
}

/// A 32-bit hash of one shingle: its chars folded into 64 bits, then SplitMix64's finaliser.
fn shingle_hash(chars: &[char]) -> u32 {
    let folded = chars.iter().fold(0u64, |h, &c| {
        h.wrapping_mul(0x0000_0100_0000_01b3) ^ u64::from(c)
    });
    (mix(folded) >> 32) as u32
}

/// SplitMix64's finaliser: every input bit moves every output bit.
const fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The MinHash sketch of a non-empty set of shingle hashes, by one-permutation hashing: each
/// shingle is hashed once more (a fixed seed, so every run and every target sketch alike), the
/// top bits pick one of [`HASHES`] bins and the rest compete for that bin's minimum. One hash
/// per shingle instead of one per shingle and bin: the sketch costs O(shingles), not 128 times
/// that. Bins left empty (short texts) borrow the next filled bin's value, shifted by the
/// distance ("rotation" densification, Shrivastava & Li 2014), so two texts still agree on a
/// bin with the probability of their similarity.
fn sketch(shingles: &[u32]) -> Vec<u32> {
    const SEED: u64 = 0x6261_696d_6f5f_7265; // "baimo_re"
    const BIN_BITS: u32 = HASHES.trailing_zeros();
    const _: () = assert!(HASHES.is_power_of_two());
    let mut bins: Vec<Option<u32>> = vec![None; HASHES];
    for &x in shingles {
        let h = mix(u64::from(x) ^ SEED);
        let bin = (h >> (64 - BIN_BITS)) as usize;
        let value = h as u32;
        bins[bin] = Some(bins[bin].map_or(value, |v| v.min(value)));
    }
    (0..HASHES)
        .map(|i| {
            (0..HASHES)
                .find_map(|d| bins[(i + d) % HASHES].map(|v| (d, v)))
                .map_or(u32::MAX, |(d, v)| {
                    v.wrapping_add((d as u32).wrapping_mul(0x9e37_79b9))
                })
        })
        .collect()
}

#[cfg(test)]
mod tests;
