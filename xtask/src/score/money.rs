//! Scoring money figures against `tests/labels/money.tsv` (format: tests/labels/README.md).
//!
//! A label is found when the analysis has a figure in the same file whose text is the
//! labelled figure (spaces and full-width digits aside; a qualifier word written inside one
//! and not the other is allowed) and whose sentence contains the labelled sentence (or is
//! contained in it, when the pipeline cut the sentence shorter). Then:
//! - amount right: low and high both within 0.5 % of the label's (an open end must be open);
//! - currency right: the same ISO code;
//! - round right: the same round id, none for none;
//! - tied to the right company (rows naming one): the company is among the figure's entities
//!   and every entity is a party the row names (company, payee or payers);
//! - payer and payee right (rows naming both): the payee is the label's and the payers found
//!   are some of the label's, at least one.
//!
//! Companies compare by registry id: a label names a company by id or by any of its names;
//! a name the registry does not know stands for the discovered company `~<name>`.

use super::Analysed;
use baimo_core::extract::money::MoneyMention;
use baimo_core::registry::{name_key, Registry};
use std::fmt::Write as _;

/// One labelled figure: a row of `money.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The article's file name.
    pub file: String,
    /// The sentence, or a stretch of it around the figure.
    pub sentence: String,
    /// The figure as written.
    pub figure: String,
    /// The lowest the amount may be (`None`: open).
    pub low: Option<f64>,
    /// The highest (`None`: open).
    pub high: Option<f64>,
    /// ISO 4217 code.
    pub currency: String,
    /// The round id (`seed`, `a`, `acquisition`…), if the figure is one.
    pub round: Option<String>,
    /// Who receives the money, if the sentence says.
    pub payee: Option<String>,
    /// Who pays, as the sentence names them.
    pub payers: Vec<String>,
    /// The company the figure belongs to, if any.
    pub company: Option<String>,
    /// The row's line in the file, for messages.
    pub line: usize,
}

/// The columns of `money.tsv`, in order (its header line).
pub const COLUMNS: [&str; 10] = [
    "file", "sentence", "figure", "low", "high", "currency", "round", "payee", "payers", "company",
];

/// Reads `money.tsv`: a header line of [`COLUMNS`], then one figure a line; `#` lines and
/// blank lines are skipped.
pub fn parse_labels(text: &str) -> Result<Vec<Label>, String> {
    let mut out = Vec::new();
    let mut header = false;
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if !header {
            if cells != COLUMNS {
                return Err(format!(
                    "money.tsv:{n}: the header must be {}",
                    COLUMNS.join("<TAB>")
                ));
            }
            header = true;
            continue;
        }
        if cells.len() != COLUMNS.len() {
            return Err(format!(
                "money.tsv:{n}: {} cells, want {}",
                cells.len(),
                COLUMNS.len()
            ));
        }
        let amount = |k: usize| -> Result<Option<f64>, String> {
            if cells[k].is_empty() {
                return Ok(None);
            }
            cells[k]
                .replace('_', "")
                .parse::<f64>()
                .map(Some)
                .map_err(|_| format!("money.tsv:{n}: {} {:?} is no number", COLUMNS[k], cells[k]))
        };
        let opt = |k: usize| (!cells[k].is_empty()).then(|| cells[k].to_owned());
        let label = Label {
            file: cells[0].to_owned(),
            sentence: cells[1].to_owned(),
            figure: cells[2].to_owned(),
            low: amount(3)?,
            high: amount(4)?,
            currency: cells[5].to_owned(),
            round: opt(6),
            payee: opt(7),
            payers: cells[8]
                .split(';')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect(),
            company: opt(9),
            line: n,
        };
        if label.file.is_empty() || label.figure.is_empty() || label.currency.is_empty() {
            return Err(format!(
                "money.tsv:{n}: file, figure and currency are required"
            ));
        }
        if !label.sentence.contains(&label.figure) {
            return Err(format!(
                "money.tsv:{n}: the sentence does not contain the figure {:?}",
                label.figure
            ));
        }
        out.push(label);
    }
    Ok(out)
}

/// One figure the pipeline found: its file, its sentence and what it says.
#[derive(Debug, Clone)]
pub struct Output {
    /// The article's file name.
    pub file: String,
    /// The sentence it is in.
    pub sentence: String,
    /// The figure.
    pub figure: MoneyMention,
}

/// Every money figure of the analysis, with the file it came from.
pub fn outputs(analysed: &Analysed) -> Vec<Output> {
    analysed
        .analysis
        .money
        .iter()
        .flat_map(|m| {
            let files = analysed.files.get(&m.evidence.article);
            files.into_iter().flatten().map(|file| Output {
                file: file.clone(),
                sentence: m.evidence.text.clone(),
                figure: m.figure.clone(),
            })
        })
        .collect()
}

/// Who pays, as the figure says. (When figures carry several payers, list them all here.)
fn payers(m: &MoneyMention) -> Vec<String> {
    m.payer.iter().cloned().collect()
}

/// Text as compared: no white space, full-width ASCII folded, Latin lowercased.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether the pipeline's figure text is the labelled one: equal once normalised, or one
/// inside the other with only non-digits around it (`约6亿美元` for `6亿美元`).
pub fn same_figure(found: &str, label: &str) -> bool {
    let (a, b) = (norm(found), norm(label));
    if a == b {
        return true;
    }
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    long.find(&short).is_some_and(|at| {
        let rest = format!("{}{}", &long[..at], &long[at + short.len()..]);
        !short.is_empty() && !rest.chars().any(|c| c.is_ascii_digit() || c == '.')
    })
}

/// Whether the pipeline's sentence is the labelled one (one contains the other).
pub fn same_sentence(found: &str, label: &str) -> bool {
    let (a, b) = (norm(found), norm(label));
    a.contains(&b) || b.contains(&a)
}

/// Whether two bounds agree: both open, or both within 0.5 %.
pub fn same_bound(found: Option<f64>, label: Option<f64>) -> bool {
    match (found, label) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 0.005 * b.abs().max(1e-9),
        _ => false,
    }
}

/// A company as labelled (an id or a name), as the id the analysis would give it.
pub fn resolve(registry: &Registry, name: &str) -> String {
    if registry.get(name).is_some() {
        return found_id(name);
    }
    // A discovered company found by name (`Rockset` → `~Rockset`) compares as the pipeline's
    // ids do: its key normalised, as [`found_id`] gives it.
    registry
        .lookup(name)
        .map_or_else(|| format!("~{}", name_key(name)), |c| found_id(&c.id))
}

/// An id as found, in the form [`resolve`] gives (a discovered name's key normalised).
fn found_id(id: &str) -> String {
    id.strip_prefix('~')
        .map_or_else(|| id.to_owned(), |name| format!("~{}", name_key(name)))
}

/// One scored target: how many were right of how many, and a line per miss.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Tally {
    /// Right.
    pub right: usize,
    /// Counted.
    pub total: usize,
    /// `file  figure  expected …  got …`, one per miss.
    pub misses: Vec<String>,
}

impl Tally {
    fn add(&mut self, right: bool, miss: impl FnOnce() -> String) {
        self.total += 1;
        if right {
            self.right += 1;
        } else {
            self.misses.push(miss());
        }
    }

    /// Right as a percentage (100 when nothing was counted).
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            100.0 * self.right as f64 / self.total as f64
        }
    }
}

/// The money report.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Report {
    /// Labels found in the output.
    pub found: Tally,
    /// Amount and bounds right, of those found.
    pub amount: Tally,
    /// Currency right, of those found.
    pub currency: Tally,
    /// Round right, of those found.
    pub round: Tally,
    /// Tied to the right company, of the rows naming one (missing figures count as wrong).
    pub company: Tally,
    /// Figures of no company left untied, of the rows naming none that were found.
    pub untied: Tally,
    /// Payer and payee right, of the rows naming both (missing figures count as wrong).
    pub parties: Tally,
}

/// Scores `labels` against `outputs`.
pub fn score(labels: &[Label], outputs: &[Output], registry: &Registry) -> Report {
    let mut r = Report::default();
    let mut used = vec![false; outputs.len()];
    let verbose = std::env::var_os("BAIMO_SCORE_VERBOSE").is_some();
    let show = |ids: &[String]| {
        if ids.is_empty() {
            "-".to_owned()
        } else {
            ids.join(";")
        }
    };
    for l in labels {
        let candidate = |k: usize, o: &Output| {
            !used[k]
                && o.file == l.file
                && same_figure(&o.figure.text, &l.figure)
                && same_sentence(&o.sentence, &l.sentence)
        };
        // A sentence holding the labelled one is the labelled sentence; one inside it (a
        // heading repeating part of it) only stands in when there is none.
        let hit = outputs
            .iter()
            .enumerate()
            .position(|(k, o)| candidate(k, o) && norm(&o.sentence).contains(&norm(&l.sentence)))
            .or_else(|| {
                outputs
                    .iter()
                    .enumerate()
                    .position(|(k, o)| candidate(k, o))
            });
        let at = format!("{}  {}", l.file, l.figure);
        r.found.add(hit.is_some(), || format!("{at}  not found"));
        let Some(k) = hit else {
            if l.company.is_some() {
                r.company.add(false, || format!("{at}  not found"));
            }
            if l.payee.is_some() && !l.payers.is_empty() {
                r.parties.add(false, || format!("{at}  not found"));
            }
            continue;
        };
        used[k] = true;
        let m = &outputs[k].figure;
        // `BAIMO_SCORE_VERBOSE=1`: each miss also quotes the pipeline's sentence and reading.
        let at = if verbose {
            format!(
                "{at}\n      {}\n      kind {:?}  payer {:?}  payers {:?}  payee {:?}",
                outputs[k].sentence, m.kind, m.payer, m.payers, m.payee
            )
        } else {
            at
        };
        r.amount.add(
            same_bound(m.low, l.low) && same_bound(m.high, l.high),
            || {
                format!(
                    "{at}  expected {:?}..{:?}  got {:?}..{:?} ({:?})",
                    l.low, l.high, m.low, m.high, m.qualifier
                )
            },
        );
        r.currency.add(m.currency == l.currency, || {
            format!("{at}  expected {}  got {}", l.currency, m.currency)
        });
        r.round.add(m.round == l.round, || {
            format!("{at}  expected {:?}  got {:?}", l.round, m.round)
        });
        let entities: Vec<String> = m.entities.iter().map(|e| found_id(e)).collect();
        let mut parties: Vec<String> = l.payers.iter().map(|p| resolve(registry, p)).collect();
        let payee = l.payee.as_deref().map(|p| resolve(registry, p));
        parties.extend(payee.clone());
        if let Some(company) = &l.company {
            let company = resolve(registry, company);
            parties.push(company.clone());
            let right = entities.contains(&company) && entities.iter().all(|e| parties.contains(e));
            r.company.add(right, || {
                format!("{at}  expected {company}  got {}", show(&entities))
            });
        } else {
            r.untied.add(entities.is_empty(), || {
                format!("{at}  expected no company  got {}", show(&entities))
            });
        }
        if let (Some(payee), false) = (&payee, l.payers.is_empty()) {
            let want: Vec<String> = l.payers.iter().map(|p| resolve(registry, p)).collect();
            let got_payers: Vec<String> = payers(m).iter().map(|p| found_id(p)).collect();
            let got_payee = m.payee.as_deref().map(found_id);
            let right = got_payee.as_ref() == Some(payee)
                && !got_payers.is_empty()
                && got_payers.iter().all(|p| want.contains(p));
            r.parties.add(right, || {
                format!(
                    "{at}  expected {} <- {}  got {} <- {}",
                    payee,
                    show(&want),
                    got_payee.as_deref().unwrap_or("-"),
                    show(&got_payers)
                )
            });
        }
    }
    r
}

impl Report {
    /// The figures, then the misses of each target.
    pub fn render(&self) -> String {
        let rows: [(&str, &Tally, &str); 7] = [
            ("money figures found", &self.found, ""),
            ("amounts right (value and bounds)", &self.amount, ""),
            ("currency right", &self.currency, ""),
            ("round right", &self.round, ""),
            ("tied to the right company", &self.company, "≥ 90 %"),
            ("no company: left untied", &self.untied, ""),
            (
                "payer and payee right (both named)",
                &self.parties,
                "≥ 85 %",
            ),
        ];
        let mut out = String::from("money (tests/labels/money.tsv)\n");
        for (name, t, target) in rows {
            let _ = writeln!(
                out,
                "  {name:<36} {:>4} / {:<4} {:>5.1} %  {target}",
                t.right,
                t.total,
                t.percent()
            );
        }
        for (name, t, _) in rows {
            if t.misses.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\nmisses: {name}");
            for m in &t.misses {
                let _ = writeln!(out, "  {m}");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = "\
# a comment
file\tsentence\tfigure\tlow\thigh\tcurrency\tround\tpayee\tpayers\tcompany
a.md\tK Health完成了4800万美元的C轮融资，由14W领投\t4800万美元\t48000000\t48000000\tUSD\tc\tK Health\t14W\tK Health
a.md\t获得超1.42亿美元种子轮融资\t1.42亿美元\t142000000\t\tUSD\tseed\t\t\t
b.md\t微软投资OpenAI 100亿美元\t100亿美元\t1e10\t1e10\tUSD\t\topenai\tmicrosoft\topenai
";

    fn output(file: &str, sentence: &str, f: MoneyMention) -> Output {
        Output {
            file: file.to_owned(),
            sentence: sentence.to_owned(),
            figure: f,
        }
    }

    #[test]
    fn parses_and_refuses() {
        let labels = parse_labels(TINY).expect("the tiny file parses");
        assert_eq!(labels.len(), 3);
        assert_eq!(labels[0].payers, vec!["14W".to_owned()]);
        assert_eq!(labels[1].high, None);
        assert_eq!(labels[2].low, Some(1e10));
        assert!(parse_labels("file\tsentence\n").is_err(), "bad header");
        let short = format!("{}\nx.md\t1亿美元\n", COLUMNS.join("\t"));
        assert!(parse_labels(&short).is_err(), "too few cells");
        let missing = format!(
            "{}\nx.md\t一句话\t1亿美元\t1e8\t1e8\tUSD\t\t\t\t\n",
            COLUMNS.join("\t")
        );
        assert!(parse_labels(&missing).is_err(), "figure not in sentence");
    }

    #[test]
    fn matching_rules() {
        let table = [
            ("4800万美元", "4800万美元", true),
            ("25 亿美金", "25亿美金", true),
            ("１２亿元", "12亿元", true),
            ("约6亿美元", "6亿美元", true),
            ("11亿美元", "1亿美元", false),
            ("1.5亿美元", "5亿美元", false),
        ];
        for (a, b, want) in table {
            assert_eq!(same_figure(a, b), want, "{a} / {b}");
        }
        assert!(same_sentence(
            "前文。K Health完成了C轮融资，由14W领投。",
            "完成了C轮融资"
        ));
        assert!(!same_sentence("别的句子", "完成了C轮融资"));
        assert!(same_bound(None, None));
        assert!(same_bound(Some(1.4200001e8), Some(1.42e8)));
        assert!(!same_bound(Some(1.5e8), Some(1.42e8)));
        assert!(!same_bound(None, Some(1.0)));
    }

    #[test]
    fn scores_a_tiny_label_file() {
        let registry = Registry::bundled();
        let labels = parse_labels(TINY).expect("parses");
        let k_health = MoneyMention {
            text: "4800万美元".into(),
            amount: 4.8e7,
            low: Some(4.8e7),
            high: Some(4.8e7),
            currency: "USD".into(),
            round: Some("c".into()),
            entities: vec!["k-health".into(), "14w".into()],
            payee: Some("k-health".into()),
            payer: Some("14w".into()),
            ..Default::default()
        };
        let seed = MoneyMention {
            text: "1.42亿美元".into(),
            amount: 1.42e8,
            low: Some(1.42e8),
            high: Some(1.42e8), // wrong: 超 leaves it open
            currency: "USD".into(),
            entities: vec!["meta".into()], // wrong: no company named
            ..Default::default()
        };
        let outputs = vec![
            output(
                "a.md",
                "K Health完成了4800万美元的C轮融资，由14W领投。",
                k_health,
            ),
            output(
                "a.md",
                "EvolutionaryScale获得超1.42亿美元种子轮融资。",
                seed,
            ),
        ];
        let r = score(&labels, &outputs, registry);
        assert_eq!((r.found.right, r.found.total), (2, 3));
        assert_eq!((r.amount.right, r.amount.total), (1, 2));
        assert_eq!((r.currency.right, r.currency.total), (2, 2));
        assert_eq!((r.round.right, r.round.total), (1, 2));
        // b.md's figure is missing: counted wrong for its company and its parties.
        assert_eq!((r.company.right, r.company.total), (1, 2));
        assert_eq!((r.untied.right, r.untied.total), (0, 1));
        assert_eq!((r.parties.right, r.parties.total), (1, 2));
        let text = r.render();
        assert!(text.contains("b.md  100亿美元  not found"), "{text}");
        assert!(text.contains("tied to the right company"), "{text}");
    }

    #[test]
    fn the_whole_sentence_is_preferred_to_a_heading_inside_it() {
        let registry = Registry::bundled();
        let text = format!(
            "{}\nc.md\tZeta Labs筹集6亿美元，估值20亿美元\t20亿美元\t2e9\t2e9\tUSD\t\t\t\tZeta Labs\n",
            COLUMNS.join("\t")
        );
        let labels = parse_labels(&text).expect("parses");
        let figure = |entities: Vec<String>| MoneyMention {
            text: "20亿美元".into(),
            low: Some(2e9),
            high: Some(2e9),
            currency: "USD".into(),
            entities,
            ..Default::default()
        };
        let outputs = vec![
            // The heading comes first in the article and names no company.
            output("c.md", "估值20亿美元", figure(vec![])),
            output(
                "c.md",
                "Zeta Labs筹集6亿美元，估值20亿美元。",
                figure(vec!["~Zeta Labs".into()]),
            ),
        ];
        let r = score(&labels, &outputs, registry);
        assert_eq!((r.company.right, r.company.total), (1, 1), "{}", r.render());
    }

    #[test]
    fn companies_resolve_by_id_or_name() {
        let registry = Registry::bundled();
        assert_eq!(resolve(registry, "openai"), "openai");
        assert_eq!(resolve(registry, "微软"), "microsoft");
        assert_eq!(resolve(registry, "K Health"), "k-health");
        // A name nobody registered is the discovered company's id, case folded.
        assert_eq!(resolve(registry, "Zeta Health"), "~zeta health");
        assert_eq!(found_id("~Zeta Health"), "~zeta health");
        assert_eq!(found_id("openai"), "openai");
    }

    #[test]
    fn discovered_companies_resolve_case_folded() {
        // The effective registry keeps a discovered company's id as written (`~Zeta Labs`);
        // the pipeline's ids are compared case folded, so the label's must be too.
        let zeta = baimo_core::registry::Company {
            id: "~Zeta Labs".into(),
            hans: "Zeta Labs".into(),
            hant: "Zeta Labs".into(),
            en: "Zeta Labs".into(),
            origin: baimo_core::registry::Origin::Discovered,
            ..Default::default()
        };
        let registry = Registry::bundled().with_companies([zeta]);
        assert_eq!(resolve(&registry, "Zeta Labs"), "~zeta labs");
        assert_eq!(resolve(&registry, "~Zeta Labs"), "~zeta labs");
        assert_eq!(resolve(&registry, "openai"), "openai");
    }
}
