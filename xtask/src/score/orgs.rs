//! The organisation half of `cargo xtask score`: names kept whole and attributed to the right
//! company (`tests/labels/orgs.tsv`), and discovery's precision on a seeded random sample of
//! the names it finds (`tests/labels/discovered-sample.tsv`). Formats: tests/labels/README.md.
//!
//! The pipeline is the real one: every article of the folder imported as the app imports it,
//! discovery over all of them, the analysis of each labelled article with the effective
//! registry. The scoring itself is pure functions (bottom of the file), tested on tables.

use anyhow::{Context, Result};
use baimo_core::analysis::reading;
use baimo_core::discover::{self, Candidate, Discovered};
use baimo_core::extract::{fold, CompanySpan};
use baimo_core::import::decode::Choice;
use baimo_core::import::read_file;
use baimo_core::registry::{name_key, Registry};
use baimo_core::{Article, Segmenter};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The sample's seed and size: the same library and rules give the same sample.
pub const SAMPLE_SEED: u64 = 15;
/// How many discovered names the sample holds.
pub const SAMPLE_SIZE: usize = 100;

/// Every `.md` article of `dir`, by file name, imported as the app imports a file.
pub fn load_articles(dir: &Path) -> Result<Vec<(String, Article)>> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    let mut out = Vec::with_capacity(names.len());
    for name in names {
        let bytes = std::fs::read(dir.join(&name))?;
        if let Ok(draft) = read_file(&name, &bytes, Choice::Auto, "2024-01-01") {
            out.push((name, draft.article));
        }
    }
    Ok(out)
}

/// Discovery over the whole library, evidence keyed by file name.
pub fn discover_all(articles: &[(String, Article)], registry: &Registry) -> Vec<Discovered> {
    let found: Vec<Vec<Candidate>> = articles
        .iter()
        .map(|(_, a)| discover::candidates(&a.text))
        .collect();
    discover::aggregate(
        articles
            .iter()
            .zip(&found)
            .map(|((name, a), c)| (name.as_str(), a.text.as_str(), c.as_slice())),
        registry,
    )
}

/// Scores the organisation labels in `labels` against the articles of `articles`; the report.
pub fn run(articles: &Path, labels: &Path) -> Result<String> {
    let library = load_articles(articles)?;
    let bundled = Registry::bundled();
    let discovered = discover_all(&library, bundled);
    let registry: &'static Registry =
        Box::leak(Box::new(discover::effective(bundled, &discovered)));
    let segmenter = Segmenter::new()
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .with_registry(registry);
    let mut report = String::new();

    let orgs_path = labels.join("orgs.tsv");
    let rows = parse_orgs(&std::fs::read_to_string(&orgs_path).unwrap_or_default());
    let by_file: BTreeMap<&str, Vec<&OrgRow>> = rows.iter().fold(BTreeMap::new(), |mut m, r| {
        m.entry(r.file.as_str()).or_insert_with(Vec::new).push(r);
        m
    });
    let mut tally = Tally::default();
    let mut misses = Vec::new();
    for (file, rows) in by_file {
        let Some((_, article)) = library.iter().find(|(n, _)| n == file) else {
            tally.missing += rows.len();
            continue;
        };
        let read = reading::read(article, &segmenter);
        for row in rows {
            let verdict = read
                .sentences
                .iter()
                .find_map(|s| {
                    let pos = name_at(&s.sentence.text, &row.sentence, &row.name)?;
                    // `HubHead Corp.`: a full stop after a name is the sentence's as often
                    // as the name's; the token may end before it.
                    let len = row.name.trim_end_matches('.').chars().count();
                    Some(judge(&s.companies, pos, len, |id| {
                        is_company(registry, id, &row.company)
                    }))
                })
                .unwrap_or(Verdict::NotFound);
            tally.add(verdict);
            if verdict != Verdict::WholeRight {
                misses.push(format!("  {verdict:?}: {} — {}", row.name, row.file));
            }
        }
    }
    let _ = writeln!(
        report,
        "organisation names ({} labelled in {}):\n  names kept whole        {}\n  attributed to the right company {}",
        rows.len(),
        orgs_path.display(),
        percent(tally.whole(), tally.total()),
        percent(tally.right(), tally.total()),
    );
    if tally.missing + tally.not_found > 0 {
        let _ = writeln!(
            report,
            "  ({} rows whose article is missing, {} whose sentence or name was not found)",
            tally.missing, tally.not_found
        );
    }
    for m in misses.iter().take(40) {
        let _ = writeln!(report, "{m}");
    }

    let sample_path = labels.join("discovered-sample.tsv");
    let judged = parse_sample(&std::fs::read_to_string(&sample_path).unwrap_or_default());
    let names: Vec<&str> = discovered.iter().map(|d| d.company.hans.as_str()).collect();
    let today = sample(&names, SAMPLE_SEED, SAMPLE_SIZE);
    let p = precision(&today, &judged);
    let _ = writeln!(
        report,
        "discovery ({} names found in {} articles; sample of {} with seed {}):\n  organisations           {}\n  organisations, name whole {}\n  sample judged (freshness) {} of {}",
        discovered.len(),
        library.len(),
        today.len(),
        SAMPLE_SEED,
        percent(p.organisations, p.judged),
        percent(p.whole, p.judged),
        p.judged,
        today.len(),
    );
    // What is left to judge, as rows to complete and add to the sample file.
    for name in today.iter().filter(|n| !judged.contains_key(&name_key(n))) {
        if let Some(d) = discovered.iter().find(|d| d.company.hans == **name) {
            if let Some(e) = d.evidence.first() {
                let _ = writeln!(
                    report,
                    "  to judge: {}\t{}\t{}\t?\t?",
                    e.article,
                    excerpt(&e.text, name, 80),
                    name
                );
            }
        }
    }
    Ok(report)
}

/// One row of `orgs.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgRow {
    /// The article's file name.
    pub file: String,
    /// A short stretch of the sentence (≤ 80 chars) holding the name.
    pub sentence: String,
    /// The name as written.
    pub name: String,
    /// The company: a registry id, or the name itself for one nobody registered.
    pub company: String,
}

/// Rows of `orgs.tsv` (tab-separated; `#` lines and the header skipped).
pub fn parse_orgs(text: &str) -> Vec<OrgRow> {
    rows(text)
        .filter_map(|f| match f.as_slice() {
            [file, sentence, name, company, ..] => Some(OrgRow {
                file: file.to_string(),
                sentence: sentence.to_string(),
                name: name.to_string(),
                company: company.to_string(),
            }),
            _ => None,
        })
        .collect()
}

/// A judged name of the sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judgement {
    /// It is an organisation.
    pub organisation: bool,
    /// Its name is whole (not cut short, nothing stuck to it).
    pub whole: bool,
}

/// `discovered-sample.tsv`: judgements by name key (file, sentence, name, organisation
/// yes/no, whole yes/no). Rows not judged yet (`?`) are left out.
pub fn parse_sample(text: &str) -> BTreeMap<String, Judgement> {
    rows(text)
        .filter_map(|f| match f.as_slice() {
            [_, _, name, org, whole, ..] => Some((
                name_key(name),
                Judgement {
                    organisation: yes(org)?,
                    whole: yes(whole)?,
                },
            )),
            _ => None,
        })
        .collect()
}

fn yes(s: &str) -> Option<bool> {
    match s.trim() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter(|l| !l.starts_with("file\t"))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Where `name` sits in `sentence` (chars), found through `excerpt`, a stretch of the
/// sentence holding it; both compared folded (script, full-width).
pub fn name_at(sentence: &str, excerpt: &str, name: &str) -> Option<usize> {
    let s: Vec<char> = fold(sentence).chars().collect();
    let e: Vec<char> = fold(excerpt).chars().collect();
    let n: Vec<char> = fold(name).chars().collect();
    let find = |hay: &[char], needle: &[char]| {
        (0..=hay.len().checked_sub(needle.len())?).find(|&i| hay[i..].starts_with(needle))
    };
    let at = find(&s, &e)?;
    Some(at + find(&e, &n)?)
}

/// How the pipeline read one labelled name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// One token, the right company.
    WholeRight,
    /// One token, another company.
    WholeWrong,
    /// Cut or run together with other text, but a piece of it is the right company.
    SplitRight,
    /// Not a company at all, or only pieces of other companies.
    Missed,
    /// The sentence or the name is not in the article.
    NotFound,
}

/// The verdict on a name at `[pos, pos + len)` of a sentence whose companies are `spans`;
/// `right` says whether an id is the labelled company.
pub fn judge(
    spans: &[CompanySpan],
    pos: usize,
    len: usize,
    right: impl Fn(&str) -> bool,
) -> Verdict {
    let end = pos + len;
    if let Some(s) = spans.iter().find(|s| s.start == pos && s.end == end) {
        return if right(&s.id) {
            Verdict::WholeRight
        } else {
            Verdict::WholeWrong
        };
    }
    let overlapping = spans.iter().filter(|s| s.start < end && s.end > pos);
    if overlapping.into_iter().any(|s| right(&s.id)) {
        Verdict::SplitRight
    } else {
        Verdict::Missed
    }
}

/// Whether company `id` of `registry` is the labelled `company` (an id, or a name of it).
pub fn is_company(registry: &Registry, id: &str, company: &str) -> bool {
    if id == company {
        return true;
    }
    // `HubHead Corp.` is `~HubHead Corp`: discovered names end on a word.
    let key = name_key(company.trim_end_matches('.'));
    registry
        .get(id)
        .is_some_and(|c| c.names().any(|n| name_key(n) == key))
}

#[derive(Default)]
struct Tally {
    verdicts: BTreeMap<&'static str, usize>,
    missing: usize,
    not_found: usize,
}

impl Tally {
    fn add(&mut self, v: Verdict) {
        if v == Verdict::NotFound {
            self.not_found += 1;
        }
        let k = match v {
            Verdict::WholeRight => "whole-right",
            Verdict::WholeWrong => "whole-wrong",
            Verdict::SplitRight => "split-right",
            Verdict::Missed | Verdict::NotFound => "missed",
        };
        *self.verdicts.entry(k).or_default() += 1;
    }
    fn get(&self, k: &str) -> usize {
        self.verdicts.get(k).copied().unwrap_or(0)
    }
    fn total(&self) -> usize {
        self.verdicts.values().sum::<usize>() + self.missing
    }
    fn whole(&self) -> usize {
        self.get("whole-right") + self.get("whole-wrong")
    }
    fn right(&self) -> usize {
        self.get("whole-right") + self.get("split-right")
    }
}

/// A seeded random sample of `n` of `names` (all of them when fewer): the `n` names whose
/// seeded hash is smallest, in that order. Each name's place depends on the name alone, so a
/// rule change that drops a few names swaps only those out of the sample, and the judgements
/// already made stay useful (the sample stays fresh).
pub fn sample<'a>(names: &[&'a str], seed: u64, n: usize) -> Vec<&'a str> {
    let mut ranked: Vec<(u64, &str)> = names.iter().map(|&name| (rank(seed, name), name)).collect();
    ranked.sort_unstable();
    ranked.dedup_by(|a, b| a.1 == b.1);
    ranked.into_iter().take(n).map(|(_, name)| name).collect()
}

/// 64-bit FNV-1a of the seed and the name's key: stable across runs and Rust releases.
fn rank(seed: u64, name: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in seed.to_le_bytes().iter().chain(name_key(name).as_bytes()) {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Discovery's precision on today's sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Precision {
    /// Names of the sample judged.
    pub judged: usize,
    /// Of those, organisations.
    pub organisations: usize,
    /// Of those, organisations with their name whole.
    pub whole: usize,
}

/// Counts the judged names of `sample` (judgements by name key).
pub fn precision(sample: &[&str], judged: &BTreeMap<String, Judgement>) -> Precision {
    let mut p = Precision::default();
    for j in sample.iter().filter_map(|n| judged.get(&name_key(n))) {
        p.judged += 1;
        p.organisations += usize::from(j.organisation);
        p.whole += usize::from(j.organisation && j.whole);
    }
    p
}

/// `a of b (pc %)`.
pub fn percent(a: usize, b: usize) -> String {
    if b == 0 {
        return "0 of 0".to_owned();
    }
    format!("{a} of {b} ({:.1} %)", a as f64 * 100.0 / b as f64)
}

/// At most `max` chars of `text` around `name`: what a label row quotes.
pub fn excerpt(text: &str, name: &str, max: usize) -> String {
    let chars: Vec<char> = text.chars().filter(|&c| c != '\t' && c != '\n').collect();
    let n = name.chars().count();
    let at = (0..chars.len())
        .find(|&i| chars[i..].iter().take(n).copied().eq(name.chars()))
        .unwrap_or(0);
    let start = at.saturating_sub(max.saturating_sub(n) / 2);
    let end = (start + max).min(chars.len());
    let start = end.saturating_sub(max).min(start);
    chars[start..end].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(id: &str, start: usize, end: usize) -> CompanySpan {
        CompanySpan {
            id: id.to_owned(),
            start,
            end,
        }
    }

    #[test]
    fn verdicts() {
        let right = |id: &str| id == "~月之暗面";
        for (spans, want) in [
            (vec![span("~月之暗面", 2, 6)], Verdict::WholeRight),
            (vec![span("openai", 2, 6)], Verdict::WholeWrong),
            (vec![span("~月之暗面", 2, 4)], Verdict::SplitRight),
            (vec![span("~月之暗面", 0, 8)], Verdict::SplitRight),
            (vec![span("openai", 3, 5)], Verdict::Missed),
            (vec![], Verdict::Missed),
        ] {
            assert_eq!(judge(&spans, 2, 4, right), want, "{spans:?}");
        }
    }

    #[test]
    fn a_label_is_an_id_or_a_name_of_the_company() {
        let reg = Registry::bundled().with_companies([baimo_core::registry::Company {
            id: "~HubHead Corp".to_owned(),
            hans: "HubHead Corp".to_owned(),
            hant: "HubHead Corp".to_owned(),
            en: "HubHead Corp".to_owned(),
            origin: baimo_core::registry::Origin::Discovered,
            ..Default::default()
        }]);
        for (id, label, want) in [
            ("openai", "openai", true),
            ("openai", "OpenAI", true),
            ("nvidia", "英伟达", true),
            ("~HubHead Corp", "HubHead Corp.", true),
            ("openai", "微软", false),
        ] {
            assert_eq!(is_company(&reg, id, label), want, "{id} {label}");
        }
    }

    #[test]
    fn names_are_found_through_their_excerpt() {
        for (sentence, excerpt, name, want) in [
            ("OpenAI和OpenAI的对手", "的对手", "对手", Some(14)),
            ("亞馬遜投資Anthropic", "亚马逊投资", "投资", Some(3)),
            ("月之暗面完成融资", "红杉", "红杉", None),
        ] {
            assert_eq!(name_at(sentence, excerpt, name), want, "{sentence}");
        }
    }

    #[test]
    fn labels_parse() {
        let orgs = parse_orgs(
            "file\tsentence\tname\tcompany\n# note\na.md\t甲完成融资\t甲\t甲\nbad row\n",
        );
        assert_eq!(orgs.len(), 1);
        assert_eq!(orgs[0].company, "甲");
        let judged =
            parse_sample("a.md\ts\tK Health\tyes\tyes\nb.md\ts\t突然\tno\tno\nc.md\ts\tX\t?\t?\n");
        assert_eq!(judged.len(), 2);
        assert_eq!(
            judged["k health"],
            Judgement {
                organisation: true,
                whole: true
            }
        );
    }

    #[test]
    fn the_sample_depends_on_the_names_only() {
        let a = sample(&["c", "a", "b", "d"], 1, 3);
        let b = sample(&["d", "b", "a", "c", "a"], 1, 3);
        assert_eq!(a, b);
        assert_eq!(a.len(), 3);
        assert_eq!(sample(&["a"], 1, 3), ["a"]);
        // Dropping a name that was in the sample swaps in one name; the rest stay.
        let names: Vec<String> = (0..50).map(|i| format!("n{i}")).collect();
        let all: Vec<&str> = names.iter().map(String::as_str).collect();
        let before = sample(&all, 7, 10);
        let fewer: Vec<&str> = all.iter().copied().filter(|n| *n != before[0]).collect();
        let after = sample(&fewer, 7, 10);
        assert_eq!(before[1..], after[..9]);
    }

    #[test]
    fn precision_counts_judged_names_only() {
        let judged = parse_sample("f\ts\tA\tyes\tyes\nf\ts\tB\tyes\tno\nf\ts\tC\tno\tno\n");
        let p = precision(&["A", "B", "C", "D"], &judged);
        assert_eq!(
            p,
            Precision {
                judged: 3,
                organisations: 2,
                whole: 1
            }
        );
        assert_eq!(percent(2, 3), "2 of 3 (66.7 %)");
        assert_eq!(percent(0, 0), "0 of 0");
    }

    #[test]
    fn excerpts_are_short_and_hold_the_name() {
        let long = "甲".repeat(100) + "K Health" + &"乙".repeat(100);
        let e = excerpt(&long, "K Health", 80);
        assert_eq!(e.chars().count(), 80);
        assert!(e.contains("K Health"));
        assert_eq!(excerpt("短句K Health。", "K Health", 80), "短句K Health。");
    }
}
