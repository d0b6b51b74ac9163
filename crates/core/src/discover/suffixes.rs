//! Names that end with an organisation suffix (`面壁智能`, `启明创投`, `北京智源人工智能研究院`)
//! and, in Latin script, with an organisation's last word (`Mangrove Capital`; `AI` is not one: `Duet AI` is a product).
//! The suffix alone is weak evidence (智能 ends many words), so the name's run must have a
//! boundary on both sides, and discovery wants the name again elsewhere ([`super::aggregate`]).

use super::name::{clean_at, run_before};
use super::words::{at, words};
use super::{Cue, Found};
use crate::normalize::is_han;

/// Verbs whose object is usually an organisation: a name may start right after them.
const ORG_OBJECT_VERBS: &[&str] = &["来自", "包括", "加入", "联合", "携手"];

/// What may follow a name: punctuation, a particle or a verb it does (`面壁智能宣布…`).
const AFTER_NAME: &[&str] = &[
    "成立",
    "利用",
    "通过",
    "开发",
    "建立",
    "创建",
    "打造",
    "组建",
    "联合",
    "携手",
    "加入",
    "来自",
    "包括",
    "拥有",
    "设立",
    "的",
    "在",
    "于",
    "已",
    "将",
    "是",
    "也",
    "和",
    "与",
    "及",
    "、",
    "等",
    "宣布",
    "完成",
    "获得",
    "推出",
    "发布",
    "表示",
    "称",
    "创始人",
    "CEO",
    "联合创始人",
    "董事长",
    "旗下",
    "一行",
    "领投",
    "跟投",
    "参投",
    "此前",
    "正在",
    "近日",
    "今年",
    "去年",
    "则",
    "还",
    "都",
    "对",
    "向",
    "把",
    "被",
    "由",
];

pub(super) fn followed_by_boundary(c: &[char], end: usize) -> bool {
    let Some(&next) = c.get(end) else {
        return true;
    };
    if !(is_han(next) || next.is_ascii_alphanumeric()) {
        return true;
    }
    AFTER_NAME
        .iter()
        .any(|w| (end..).zip(w.chars()).all(|(k, ch)| c.get(k) == Some(&ch)))
}

/// Every suffixed name in one folded sentence.
pub(super) fn find(c: &[char], out: &mut Vec<Found>) {
    let w = words();
    for end in 1..=c.len() {
        // Chinese: the run ends with a suffix right here.
        let suffix = w
            .suffixes
            .iter()
            .find(|s| s.len() <= end && at(c, end - s.len(), s));
        if suffix.is_some() && followed_by_boundary(c, end) {
            if let Some(mut start) = run_before(c, end) {
                let mut after_verb = false;
                // The name starts after the last verb in the run (`启明创投宣布推出新基金`).
                if let Some(k) = (start..end).rev().find(|&k| {
                    AFTER_NAME.iter().any(|w| {
                        w.chars().count() >= 2
                            && (k..).zip(w.chars()).all(|(i, ch)| c.get(i) == Some(&ch))
                    })
                }) {
                    let verb = AFTER_NAME
                        .iter()
                        .find(|w| (k..).zip(w.chars()).all(|(i, ch)| c.get(i) == Some(&ch)))
                        .map_or(0, |w| w.chars().count());
                    start = k + verb;
                    // After 来自, 包括, 加入… an organisation is expected; after 开发, 成立…
                    // a thing that is made (`开发自动化实验室`).
                    after_verb = ORG_OBJECT_VERBS
                        .iter()
                        .any(|w| (k..).zip(w.chars()).all(|(i, ch)| c.get(i) == Some(&ch)));
                    if start >= end {
                        continue;
                    }
                }
                if let Some(name) = clean_at(c, start, end, after_verb) {
                    out.push(Found {
                        name,
                        cue: Cue::Suffix,
                    });
                }
            }
        }
    }
    latin(c, out);
}

/// Latin names whose last word is an organisation's (`Lux Capital`): the capitalised words
/// before that word, in the same run of Latin text.
fn latin(c: &[char], out: &mut Vec<Found>) {
    let w = words();
    let mut i = 0;
    while i < c.len() {
        if !c[i].is_ascii_alphanumeric() || (i > 0 && c[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < c.len()
            && (c[end].is_ascii_alphanumeric() || matches!(c[end], '.' | '&' | '-' | '\''))
        {
            end += 1;
        }
        let word: String = c[i..end].iter().collect();
        let word = word.trim_end_matches(['.', ',']).to_owned();
        let dotted = c[i..end].iter().collect::<String>();
        if w.latin_suffixes.contains(word.as_str()) || w.latin_suffixes.contains(dotted.as_str()) {
            // Back over capitalised words separated by single spaces.
            let mut start = i;
            loop {
                if start < 2 || c[start - 1] != ' ' {
                    break;
                }
                let mut k = start - 1;
                while k > 0
                    && (c[k - 1].is_ascii_alphanumeric()
                        || matches!(c[k - 1], '.' | '&' | '-' | '\''))
                {
                    k -= 1;
                }
                let capital = c[k].is_ascii_uppercase() || c[k].is_ascii_digit();
                if k == start - 1 || !capital {
                    break;
                }
                start = k;
            }
            // `Primary Venture Partners`: the name ends at the last suffix word.
            let next_is_suffix = c.get(end) == Some(&' ') && {
                let mut e = end + 1;
                while e < c.len() && (c[e].is_ascii_alphanumeric() || c[e] == '.') {
                    e += 1;
                }
                let next: String = c[end + 1..e].iter().collect();
                w.latin_suffixes.contains(next.as_str())
                    || w.latin_suffixes.contains(next.trim_end_matches('.'))
            };
            // `H3 Health Cube`, `Pittsburgh Robotics Network`: a capitalised word after the
            // suffix word continues the name (a product's or a longer one's): not cut there.
            let continues = c.get(end) == Some(&' ')
                && c.get(end + 1).is_some_and(|ch| ch.is_ascii_uppercase());
            if start < i && !next_is_suffix && !continues {
                let name_end = if w.latin_suffixes.contains(dotted.as_str()) {
                    end
                } else {
                    i + word.chars().count()
                };
                let name: String = c[start..name_end].iter().collect();
                if super::name::plausible(&name) {
                    out.push(Found {
                        name,
                        cue: Cue::Suffix,
                    });
                }
            }
        }
        i = end.max(i + 1);
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
    fn suffixed_names_with_boundaries() {
        for (text, want) in [
            ("近日，启明创投宣布推出新基金", vec!["启明创投"]),
            ("近日，面壁智能宣布推出新模型", vec![]),
            ("由14W和Mangrove Capital领投", vec!["Mangrove Capital"]),
            ("人工智能的发展", vec![]),
            ("智能手机市场", vec![]),
            (
                "来自北京理工大学、上海交通大学的团队",
                vec!["北京理工大学", "上海交通大学"],
            ),
            ("许多实验室正在开发", vec![]),
            ("Lux Capital and Sakana AI", vec!["Lux Capital"]),
            ("DataSeer, Inc.的资产", vec![]),
            // Fictional names from here on.
            ("宣布H7 Health Cube项目", vec![]),
            ("Zorb Health的产品", vec!["Zorb Health"]),
            ("接待了星汉资本一行", vec!["星汉资本"]),
            ("为了解科技的发展", vec![]),
        ] {
            assert_eq!(found(text), want, "{text}");
        }
    }
}
