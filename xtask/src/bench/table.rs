//! The bench's summary: medians of each metric's runs, ratios to the peers, and whether
//! each of the targets is met. Numbers only: nothing here fails.

use std::collections::BTreeMap;

/// The samples of every metric, by name (`ours.size`…), in run order; `None` for a run that
/// never got there.
pub type Samples = BTreeMap<String, Vec<Option<f64>>>;

/// The median of the values that were measured; `None` when none was.
pub fn median(values: &[Option<f64>]) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().flatten().copied().collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    })
}

/// What a number counts, for printing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Bytes, printed in decimal kB / MB.
    Bytes,
    /// Milliseconds.
    Ms,
    /// Megabytes (10⁶ bytes) of UTF-8 text per second.
    MbPerSec,
    /// A plain count (elements on a page).
    Count,
}

/// `value` in `unit`, short.
pub fn show(value: Option<f64>, unit: Unit) -> String {
    let Some(v) = value else {
        return "n/a".into();
    };
    match unit {
        Unit::Bytes if v >= 1e6 => format!("{:.2} MB", v / 1e6),
        Unit::Bytes => format!("{:.1} kB", v / 1e3),
        Unit::Ms => format!("{v:.0} ms"),
        Unit::MbPerSec => format!("{v:.2} MB/s"),
        Unit::Count => format!("{v:.0}"),
    }
}

/// How a target bounds its number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    /// ours / peer must be at most this.
    RatioAtMost(f64),
    /// ours / peer must be at least this.
    RatioAtLeast(f64),
    /// ours itself must be at most this (in the row's unit).
    AtMost(f64),
    /// Reported only.
    None,
}

/// One line of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Which target, and what is compared.
    pub label: String,
    /// Our median.
    pub ours: Option<f64>,
    /// The peer's median (none for an absolute target).
    pub peer: Option<f64>,
    /// The unit of both.
    pub unit: Unit,
    /// What the issue asks.
    pub target: Target,
}

impl Row {
    /// A row comparing the medians of two metrics of `samples`.
    pub fn compare(
        label: &str,
        samples: &Samples,
        ours: &str,
        peer: &str,
        unit: Unit,
        target: Target,
    ) -> Row {
        let m = |name: &str| samples.get(name).and_then(|v| median(v));
        Row {
            label: label.into(),
            ours: m(ours),
            peer: m(peer),
            unit,
            target,
        }
    }

    /// A row for one metric of `samples` with an absolute target (or none).
    pub fn single(label: &str, samples: &Samples, ours: &str, unit: Unit, target: Target) -> Row {
        Row {
            label: label.into(),
            ours: samples.get(ours).and_then(|v| median(v)),
            peer: None,
            unit,
            target,
        }
    }

    /// ours / peer, when both were measured (and the peer is not zero).
    pub fn ratio(&self) -> Option<f64> {
        match (self.ours, self.peer) {
            (Some(o), Some(p)) if p != 0.0 => Some(o / p),
            _ => None,
        }
    }

    /// `Some(true)` when the target is met, `Some(false)` when not, `None` when it cannot be
    /// told (a number is missing, or there is no target).
    pub fn met(&self) -> Option<bool> {
        match self.target {
            Target::RatioAtMost(t) => self.ratio().map(|r| r <= t),
            Target::RatioAtLeast(t) => self.ratio().map(|r| r >= t),
            Target::AtMost(t) => self.ours.map(|o| o <= t),
            Target::None => None,
        }
    }

    fn cells(&self) -> [String; 6] {
        let target = match self.target {
            Target::RatioAtMost(t) => format!("≤ {t}×"),
            Target::RatioAtLeast(t) => format!("≥ {t}×"),
            Target::AtMost(t) => format!("≤ {}", show(Some(t), self.unit)),
            Target::None => "—".into(),
        };
        let verdict = match (self.met(), self.target) {
            (_, Target::None) => "",
            (Some(true), _) => "met",
            (Some(false), _) => "NOT MET",
            (None, _) => "n/a",
        };
        [
            self.label.clone(),
            show(self.ours, self.unit),
            if self.peer.is_some()
                || matches!(
                    self.target,
                    Target::RatioAtMost(_) | Target::RatioAtLeast(_)
                )
            {
                show(self.peer, self.unit)
            } else {
                "—".into()
            },
            self.ratio().map_or("—".into(), |r| format!("{r:.2}×")),
            target,
            verdict.into(),
        ]
    }
}

/// The rows as an aligned text table with a header, and as a Markdown table (for
/// docs/PERFORMANCE.md).
pub fn render(rows: &[Row]) -> (String, String) {
    let header = ["target", "ours", "peer", "ratio", "target ratio", "verdict"];
    let cells: Vec<[String; 6]> = rows.iter().map(Row::cells).collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |row: &[String]| {
        row.iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (c, w))| {
                let pad = " ".repeat(w - c.chars().count());
                if i == 0 {
                    format!("{c}{pad}")
                } else {
                    format!("{pad}{c}")
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let mut text = line(&header) + "\n";
    for row in &cells {
        text += &(line(row) + "\n");
    }
    let mut md = format!("| {} |\n|{}\n", header.join(" | "), "---|".repeat(6));
    for row in &cells {
        md += &format!("| {} |\n", row.join(" | "));
    }
    (text, md)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples(pairs: &[(&str, &[Option<f64>])]) -> Samples {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_vec()))
            .collect()
    }

    #[test]
    fn median_skips_missing_runs() {
        assert_eq!(median(&[Some(3.0), Some(1.0), Some(2.0)]), Some(2.0));
        assert_eq!(median(&[Some(4.0), None, Some(1.0)]), Some(2.5));
        assert_eq!(median(&[None, None]), None);
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn ratios_and_verdicts() {
        let s = samples(&[
            ("a", &[Some(100.0), Some(120.0), Some(110.0)]),
            ("b", &[Some(400.0), Some(440.0)]),
            ("none", &[None]),
        ]);
        let at_most = Row::compare("x", &s, "a", "b", Unit::Ms, Target::RatioAtMost(0.5));
        assert_eq!((at_most.ours, at_most.peer), (Some(110.0), Some(420.0)));
        assert!((at_most.ratio().unwrap() - 110.0 / 420.0).abs() < 1e-9);
        assert_eq!(at_most.met(), Some(true));
        let at_least = Row::compare("x", &s, "a", "b", Unit::MbPerSec, Target::RatioAtLeast(0.6));
        assert_eq!(at_least.met(), Some(false));
        let missing = Row::compare("x", &s, "a", "none", Unit::Ms, Target::RatioAtMost(1.3));
        assert_eq!((missing.ratio(), missing.met()), (None, None));
        let absolute = Row::single("x", &s, "a", Unit::Ms, Target::AtMost(100.0));
        assert_eq!(absolute.met(), Some(false));
        let info = Row::single("x", &s, "nothing", Unit::Bytes, Target::None);
        assert_eq!((info.ours, info.met()), (None, None));
    }

    #[test]
    fn table_is_aligned_and_says_met_or_not() {
        let s = samples(&[("a", &[Some(1_400_000.0)]), ("b", &[Some(2_830_000.0)])]);
        let rows = [
            Row::compare(
                "1 size",
                &s,
                "a",
                "b",
                Unit::Bytes,
                Target::RatioAtMost(0.5),
            ),
            Row::compare("2 text", &s, "a", "zzz", Unit::Ms, Target::RatioAtMost(1.3)),
        ];
        let (text, md) = render(&rows);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].starts_with("1 size  "), "{text}");
        assert!(lines[1].contains("1.40 MB") && lines[1].contains("2.83 MB"));
        assert!(
            lines[1].contains("0.49×") && lines[1].ends_with("met"),
            "{text}"
        );
        assert!(lines[2].ends_with("n/a"), "{text}");
        assert!(md.starts_with("| target | ours |"));
        assert!(md.contains("| 1 size | 1.40 MB | 2.83 MB | 0.49× | ≤ 0.5× | met |"));
    }

    #[test]
    fn units_print_short() {
        assert_eq!(show(Some(1_234_567.0), Unit::Bytes), "1.23 MB");
        assert_eq!(show(Some(26_400.0), Unit::Bytes), "26.4 kB");
        assert_eq!(show(Some(329.6), Unit::Ms), "330 ms");
        assert_eq!(show(Some(21.456), Unit::MbPerSec), "21.46 MB/s");
        assert_eq!(show(None, Unit::Ms), "n/a");
        assert_eq!(show(Some(2_841.0), Unit::Count), "2841");
    }
}
