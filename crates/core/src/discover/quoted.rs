//! Names in quotes, or right after a descriptor: `初创公司“X”`, `AI 文档搜索公司 Hebbia`,
//! `投资机构「X」`. Quotes alone mark products and phrases as often as companies (and 《》
//! marks works), so a quoted name counts only after a descriptor.

use super::name::{clean, run_after};
use super::words::{any_before, words};
use super::{Cue, Found};

const OPEN: &[(char, char)] = &[('“', '”'), ('「', '」'), ('"', '"')];

/// Words that end a name after a descriptor (the verb the name does).
const RIGHT_STOPS: &[&str] = &[
    "宣布",
    "完成",
    "获得",
    "推出",
    "发布",
    "表示",
    "称",
    "的",
    "在",
    "于",
    "已",
    "将",
    "是",
    "也",
    "和",
    "与",
    "、",
    "等",
    "正",
    "近日",
    "日前",
    "今日",
    "今天",
    "此前",
    "创始人",
    "联合创始人",
];

/// Every name right after a descriptor in one folded sentence.
pub(super) fn find(c: &[char], out: &mut Vec<Found>) {
    let w = words();
    for k in 1..c.len() {
        let Some(d) = any_before(c, k, &w.descriptors) else {
            continue;
        };
        // The descriptor must be a whole word: not `公司` inside `子公司名`… and not a suffix
        // of a longer descriptor found at the same place (longest first already).
        let _ = d;
        let mut start = k;
        while start < c.len() && c[start] == ' ' {
            start += 1;
        }
        let Some(&first) = c.get(start) else {
            continue;
        };
        if let Some(&(_, close)) = OPEN.iter().find(|(o, _)| *o == first) {
            let inner = start + 1;
            if let Some(end) = (inner..c.len().min(inner + 20)).find(|&e| c[e] == close) {
                if let Some(name) = clean(c, inner, end) {
                    out.push(Found {
                        name,
                        cue: Cue::Described,
                    });
                }
            }
            continue;
        }
        // A Latin name after a descriptor ends where Han text starts; a Chinese one needs a
        // verb after it to end on.
        if first.is_ascii_alphanumeric() {
            // …and what follows must not continue it as a noun (`公司HPC业务`, `公司ESG战略`).
            let run = run_after(c, start, RIGHT_STOPS)
                .filter(|&end| super::suffixes::followed_by_boundary(c, end));
            if let Some(end) = run {
                if let Some(name) = clean(c, start, end) {
                    out.push(Found {
                        name,
                        cue: Cue::Described,
                    });
                }
            }
        }
        // A Chinese name after a descriptor has no end but the verb after it, which is too
        // often a plain word (`公司致力…`): left to the funding and deal patterns.
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let c: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        find(&c, &mut out);
        out.into_iter().map(|f| f.name).collect()
    }

    #[test]
    fn names_after_descriptors() {
        for (text, want) in [
            ("AI 文档搜索公司 Hebbia 宣布完成", vec!["Hebbia"]),
            ("国内大模型公司月之暗面宣布", vec![]),
            ("公司致力于", vec![]),
            ("初创公司“深度求索”发布了", vec!["深度求索"]),
            ("这家公司的产品", vec![]),
            ("以领导公司ESG战略和实施", vec![]),
            ("武器公司Elbit的广告", vec!["Elbit"]),
        ] {
            assert_eq!(found(text), want, "{text}");
        }
    }
}
