//! Names in funding and deal sentences: the one who raises (`X宣布完成…融资`, `X获得…投资`),
//! the investors (`由A领投、B跟投`, `A参投`, `投资方包括A、B和C`, `老股东A`), the buyer and
//! the bought (`X收购Y`). A name found so is an organisation by what the sentence says of it.

use super::name::{clean, clean_at, run_after, run_before};
use super::{Cue, Found};

/// Verbs of raising money; the sentence must speak of a round after them.
const RAISE_VERBS: &[&str] = &[
    "宣布完成",
    "宣布获得",
    "完成了",
    "完成",
    "获得了",
    "获得",
    "筹集",
    "筹得",
    "拿到",
    "斩获",
    "获",
];
/// What makes a raise a funding: said within the clause after the verb.
const FUNDING_WORDS: &[&str] = &["融资", "轮", "投资", "资金"];
/// Investing words that follow the investors (`A领投`).
const INVESTOR_VERBS: &[&str] = &["领投", "跟投", "参投", "联合领投", "共同领投"];
/// Words that introduce a list of investors.
const INVESTOR_LISTS: &[&str] = &[
    "投资方包括",
    "投资方为",
    "投资方有",
    "投资者包括",
    "投资人包括",
    "投资机构包括",
    "参与投资的有",
    "参投方包括",
    "老股东",
];
/// A stock listing right after a name.
const TICKER_OPENERS: &[&str] = &[
    "（纽约证券交易所",
    "(纽约证券交易所",
    "（纳斯达克",
    "(纳斯达克",
    "（NASDAQ",
    "(NASDAQ",
    "（Nasdaq",
    "(Nasdaq",
    "（NYSE",
    "(NYSE",
    "（TSE",
    "(TSE",
    "（HKSE",
    "(HKSE",
    "（港交所",
    "（股票代码",
    "(股票代码",
];
/// An executive's title: the Latin name right before it (`Wave创始人兼首席执行官`, `BytomDAO
/// CEO`, `OpenMetal的CEO`) is an organisation. Longest first.
const TITLES: &[&str] = &[
    "联合创始人",
    "首席执行官",
    "首席技术官",
    "创始人",
    "副总裁",
    "董事长",
    "总裁",
    "CEO",
    "CTO",
];
/// Chars a Latin name holds besides letters and digits.
const LATIN_NAME_CHARS: &[char] = &[' ', '.', '&', '-', '\'', '+'];
/// Words of a press release's opening (`OpenMetal很高兴宣布`, `v4c.ai今天宣布`) between a
/// Latin name and 宣布: the name announces, so it is likely an organisation (weak: people and
/// products announce too, rarely).
const ANNOUNCE_LEADS: &[&str] = &[
    "很高兴",
    "于今日",
    "于今天",
    "今天",
    "今日",
    "近日",
    "日前",
    "正式",
    "",
];
/// A short name the text defines for the organisation just named (`…有限公司（下称“唐山松下”）`,
/// `…, LLC（“JR Automation”）`).
const ABBREVIATION_OPENERS: &[&str] = &[
    "（下称“",
    "（以下简称“",
    "（以下称“",
    "（简称“",
    "（“",
    "(下称“",
    "(以下简称“",
    "(简称“",
    "(“",
    "（下称\"",
    "（以下简称\"",
    "（简称\"",
    "(\"",
];
/// What the full name before such a parenthesis ends with: an organisation's ending.
const FULL_NAME_ENDINGS: &[&str] = &[
    "公司",
    "集团",
    "研究院",
    "研究所",
    "实验室",
    "大学",
    "中心",
    "Inc",
    "Inc.",
    "LLC",
    "Ltd",
    "Ltd.",
    "Corp",
    "Corp.",
    "Corporation",
    "GmbH",
    "Co.",
    "Company",
];
/// Separators of a list of names.
const LIST_SEPARATORS: &[&str] = &["、", "以及", "和", "与", "及", ",", "，", "&", " and "];
/// Acquisition verbs.
const ACQUIRE_VERBS: &[&str] = &["宣布收购", "收购了", "收购", "并购了", "并购"];
/// Chars that end a clause.
const CLAUSE_BREAKS: &[char] = &[
    '，', ',', '。', '；', ';', '！', '？', '：', ':', '（', '(', '）', ')', '\n',
];
/// Words that end a name on its right (a verb or particle right after it).
const RIGHT_STOPS: &[&str] = &[
    "领投", "跟投", "参投", "的", "等", "、", "和", "与", "及", "宣布", "完成", "获得",
];

fn starts_at(c: &[char], i: usize, w: &str) -> bool {
    (i..).zip(w.chars()).all(|(k, ch)| c.get(k) == Some(&ch))
}

fn word_at<'a>(c: &[char], i: usize, words: &[&'a str]) -> Option<&'a str> {
    words.iter().copied().find(|w| starts_at(c, i, w))
}

fn len(w: &str) -> usize {
    w.chars().count()
}

/// The end of the clause holding `i`.
fn clause_end(c: &[char], i: usize) -> usize {
    (i..c.len())
        .find(|&k| CLAUSE_BREAKS.contains(&c[k]))
        .unwrap_or(c.len())
}

/// Every name the patterns find in one folded sentence.
pub(super) fn find(c: &[char], out: &mut Vec<Found>) {
    let mut i = 0;
    while i < c.len() {
        if let Some(verb) = word_at(c, i, RAISE_VERBS) {
            let after = i + len(verb);
            let end = clause_end(c, after).min(after + 30);
            let funding = (after..end).any(|k| word_at(c, k, FUNDING_WORDS).is_some());
            if funding {
                push_before(c, i, Cue::Raises, out);
            }
            i = after;
            continue;
        }
        if let Some(is) = word_at(c, i, &["是一家", "是一间"]) {
            // `X是一家…公司`: the descriptor must come in the same clause.
            let after = i + len(is);
            let end = clause_end(c, after);
            let described = (after..end)
                .any(|k| super::words::any_at(c, k, &super::words::words().descriptors).is_some());
            if described {
                push_before(c, i, Cue::Is, out);
            }
            i = after;
            continue;
        }
        if let Some(comma) = word_at(
            c,
            i,
            &["，一家", ",一家", "，作为一家", "，是一家", "， 一家"],
        ) {
            // `NeuReality，一家AI基础架构技术公司，…`: an appositive saying what it is.
            let after = i + len(comma);
            let end = clause_end(c, after);
            let described = (after..end)
                .any(|k| super::words::any_at(c, k, &super::words::words().descriptors).is_some());
            if described {
                push_latin_before(c, i, Cue::Is, out);
            }
            i = after;
            continue;
        }
        if let Some(open) = word_at(c, i, ABBREVIATION_OPENERS) {
            let inner = i + len(open);
            if let Some(name) = abbreviation(c, i, inner) {
                out.push(Found { name, cue: Cue::Is });
            }
            i = inner;
            continue;
        }
        if let Some(title) = word_at(c, i, TITLES) {
            // Not inside a Latin word (`XCEO`); `的` may come between (`OpenAI的CEO`).
            let glued = i > 0 && c[i - 1].is_ascii_alphanumeric() && title.is_ascii();
            if !glued {
                let end = if i > 0 && c[i - 1] == '的' { i - 1 } else { i };
                // `Advantech的EIoT总裁`: a title of another's unit or function, not of an
                // organisation of its own.
                let mut start = end;
                while start > 0
                    && (c[start - 1].is_ascii_alphanumeric()
                        || LATIN_NAME_CHARS.contains(&c[start - 1]))
                {
                    start -= 1;
                }
                if start == 0 || c[start - 1] != '的' {
                    push_latin_run_before(c, end, Cue::Is, out);
                }
            }
            i += len(title);
            continue;
        }
        if starts_at(c, i, "宣布") && word_at(c, i, ACQUIRE_VERBS).is_none() {
            for lead in ANNOUNCE_LEADS {
                let n = len(lead);
                if i >= n && starts_at(c, i - n, lead) {
                    push_latin_run_before(c, i - n, Cue::Described, out);
                    break;
                }
            }
            // Not `continue`: 宣布完成, 宣布获得 are raise verbs.
        }
        if let Some(open) = word_at(c, i, TICKER_OPENERS) {
            // `Keysight Technologies, Inc.（纽约证券交易所：KEYS）`: listed, so a company.
            push_latin_before(c, i, Cue::Is, out);
            i += len(open);
            continue;
        }
        if let Some(verb) = word_at(c, i, INVESTOR_VERBS) {
            investors_before(c, i, out);
            i += len(verb);
            continue;
        }
        if let Some(list) = word_at(c, i, INVESTOR_LISTS) {
            let start = i + len(list);
            investors_after(c, start, out);
            i = start;
            continue;
        }
        if let Some(verb) = word_at(c, i, ACQUIRE_VERBS) {
            // 被收购, 收购方, 收购案 are not `X收购Y`.
            let passive = i > 0 && c[i - 1] == '被';
            let after = i + len(verb);
            if !passive
                && !matches!(
                    c.get(after),
                    Some('方' | '案' | '价' | '者' | '的' | '后' | '完' | '交' | '提')
                )
            {
                // Only with a name on both sides (`价格收购`, `大型收购` are nouns), and a
                // Chinese name bought only with a suffix or a descriptor's help: Chinese
                // text after 收购 has no end to cut it at.
                let start = skip_ws(c, after);
                let acquired = run_after(c, start, RIGHT_STOPS)
                    .and_then(|end| clean(c, start, end))
                    .filter(|n| latin_or_suffixed(n));
                if let Some(name) = acquired {
                    push_before(c, i, Cue::Acquires, out);
                    out.push(Found {
                        name,
                        cue: Cue::Acquired,
                    });
                }
            }
            i = after;
            continue;
        }
        i += 1;
    }
}

/// A Latin name, or a Chinese one with an organisation suffix.
fn latin_or_suffixed(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    !chars.iter().copied().any(crate::normalize::is_han)
        || super::words::any_before(&chars, chars.len(), &super::words::words().suffixes).is_some()
}

fn skip_ws(c: &[char], mut i: usize) -> usize {
    while i < c.len() && c[i].is_whitespace() {
        i += 1;
    }
    i
}

/// The name ending right before `end` (a verb), if it has a boundary on its left.
fn push_before(c: &[char], end: usize, cue: Cue, out: &mut Vec<Found>) {
    if let Some(start) = run_before(c, end) {
        push(c, start, end, cue, out);
    }
}

/// [`push_before`] for a Latin name only, with a comma or space before the verb allowed
/// (`Keysight Technologies, Inc.（…`): an appositive or a listing right after Chinese text
/// does not say where a Chinese name starts.
fn push_latin_before(c: &[char], end: usize, cue: Cue, out: &mut Vec<Found>) {
    let mut stop = end;
    while stop > 0 && c[stop - 1] == ' ' {
        stop -= 1;
    }
    let Some(mut start) = run_before(c, stop) else {
        return;
    };
    // `X, Inc.`: the comma belongs to the name.
    if start >= 1 && c[start - 1] == ',' && c.get(start) == Some(&' ') {
        if let Some(s) = run_before(c, start - 1) {
            start = s;
        }
    }
    let latin = c[start..stop]
        .iter()
        .all(|ch| !crate::normalize::is_han(*ch));
    if latin {
        push(c, start, stop, cue, out);
    }
}

/// The Latin name ending right before `end` (spaces skipped), when Latin text alone runs
/// there from a firm start: Han text, punctuation or the sentence's start before it
/// (`据悉，Wave创始人…`: `Wave`).
fn push_latin_run_before(c: &[char], end: usize, cue: Cue, out: &mut Vec<Found>) {
    let mut stop = end;
    while stop > 0 && c[stop - 1] == ' ' {
        stop -= 1;
    }
    let mut start = stop;
    while start > 0
        && (c[start - 1].is_ascii_alphanumeric() || LATIN_NAME_CHARS.contains(&c[start - 1]))
    {
        start -= 1;
        if stop - start > 40 {
            return;
        }
    }
    if start < stop && c[start..stop].iter().any(char::is_ascii_alphabetic) {
        push(c, start, stop, cue, out);
    }
}

/// The short name of `open…”）` at `inner`, when the text before `open` ends with an
/// organisation's ending: the organisation's own short name.
fn abbreviation(c: &[char], open: usize, inner: usize) -> Option<String> {
    let before: String = c[open.saturating_sub(12)..open].iter().collect();
    let before = before.trim_end();
    if !FULL_NAME_ENDINGS.iter().any(|e| before.ends_with(e)) {
        return None;
    }
    let end = (inner..c.len().min(inner + 20)).find(|&e| matches!(c[e], '”' | '"'))?;
    if !matches!(c.get(end + 1), Some('）' | ')')) {
        return None;
    }
    clean_at(c, inner, end, true)
}

fn push(c: &[char], start: usize, end: usize, cue: Cue, out: &mut Vec<Found>) {
    if let Some(name) = clean(c, start, end) {
        out.push(Found { name, cue });
    }
}

/// A piece of a list of investors: it starts firmly, after 由, a separator or the clause's
/// start.
fn push_listed(c: &[char], start: usize, end: usize, out: &mut Vec<Found>) {
    if let Some(name) = clean_at(c, start, end, true) {
        out.push(Found {
            name,
            cue: Cue::Invests,
        });
    }
}

/// `由A、B和C领投`: the names of the list before the verb, back to the clause's start or 由.
fn investors_before(c: &[char], verb: usize, out: &mut Vec<Found>) {
    let mut start = verb;
    while start > 0
        && !CLAUSE_BREAKS.contains(&c[start - 1])
        && c[start - 1] != '由'
        && verb - start < 60
    {
        start -= 1;
    }
    if verb - start >= 60 {
        return;
    }
    split_list(c, start, verb, out);
}

/// `投资方包括A、B和C等`: the names of the list after, to `等` or the clause's end.
fn investors_after(c: &[char], start: usize, out: &mut Vec<Found>) {
    let mut end = clause_end(c, start);
    if let Some(k) = (start..end).find(|&k| {
        c[k] == '等'
            || starts_at(c, k, "参与")
            || starts_at(c, k, "跟投")
            || starts_at(c, k, "领投")
    }) {
        end = k;
    }
    if end - start < 60 {
        split_list(c, start, end, out);
    }
}

/// Each piece of `c[start..end]` between list separators, as an investor.
fn split_list(c: &[char], start: usize, end: usize, out: &mut Vec<Found>) {
    let mut piece = start;
    let mut k = start;
    while k < end {
        if let Some(sep) = word_at(c, k, LIST_SEPARATORS) {
            // `&` inside a Latin name (`A&B Capital`) is not a separator.
            let glued = sep == "&" && k > 0 && !c[k - 1].is_whitespace();
            if !glued {
                push_listed(c, piece, k, out);
                k += len(sep);
                piece = k;
                continue;
            }
        }
        k += 1;
    }
    push_listed(c, piece, end, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Cue)> {
        let c: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        find(&c, &mut out);
        out.into_iter().map(|f| (f.name, f.cue)).collect()
    }

    #[test]
    fn funding_and_deal_patterns() {
        let s = |v: &[(&str, Cue)]| -> Vec<(String, Cue)> {
            v.iter().map(|(n, c)| (n.to_string(), *c)).collect()
        };
        for (text, want) in [
            (
                "K Health完成了4800万美元的C轮融资，由14W和Mangrove Capital领投",
                s(&[
                    ("K Health", Cue::Raises),
                    ("14W", Cue::Invests),
                    ("Mangrove Capital", Cue::Invests),
                ]),
            ),
            (
                "近日，月之暗面宣布完成新一轮融资，红杉中国、美团参投",
                s(&[
                    ("月之暗面", Cue::Raises),
                    ("红杉中国", Cue::Invests),
                    ("美团", Cue::Invests),
                ]),
            ),
            (
                "投资方包括Lux Capital、Nat Friedman和Daniel Gross等",
                s(&[
                    ("Lux Capital", Cue::Invests),
                    ("Nat Friedman", Cue::Invests),
                    ("Daniel Gross", Cue::Invests),
                ]),
            ),
            (
                "Exiger宣布收购Versed AI",
                s(&[("Exiger", Cue::Acquires), ("Versed AI", Cue::Acquired)]),
            ),
            ("这次收购方是谁", s(&[])),
            ("融资，由红杉中国领投", s(&[("红杉中国", Cue::Invests)])),
            (
                "AIAI Summit—NeuReality，一家AI基础架构技术公司，今天宣布推出了",
                s(&[("NeuReality", Cue::Is)]),
            ),
            (
                "Juniper Networks（纽约证券交易所：JNPR）今天宣布",
                s(&[("Juniper Networks", Cue::Is)]),
            ),
            ("字节，一家公司", s(&[])),
            (
                "Keysight Technologies, Inc.（纽约证券交易所：KEYS）",
                s(&[("Keysight Technologies, Inc.", Cue::Is)]),
            ),
            ("同年9月获得310万美元种子轮融资", s(&[])),
            // Fictional names from here on.
            (
                "据悉，Zorblax创始人兼首席执行官Ann Lee表示",
                s(&[("Zorblax", Cue::Is)]),
            ),
            ("Quillon CEO Bob Stone说", s(&[("Quillon", Cue::Is)])),
            ("Vexora的首席技术官说", s(&[("Vexora", Cue::Is)])),
            ("多位AI创始人表示", s(&[])),
            ("他的XCEO头衔", s(&[])),
            ("Zorblax的QRS副总裁说", s(&[])),
            (
                "Plinkr很高兴宣布推出新平台",
                s(&[("Plinkr", Cue::Described)]),
            ),
            ("zorblax.ai今天宣布", s(&[("zorblax.ai", Cue::Described)])),
            ("今天宣布", s(&[])),
            (
                "星桥机器人有限公司（下称“星桥”）与",
                s(&[("星桥", Cue::Is)]),
            ),
            (
                "Brightwell Holdings, LLC（“Brightwell”）",
                s(&[("Brightwell", Cue::Is)]),
            ),
            ("他的新产品（下称“超脑”）", s(&[])),
        ] {
            assert_eq!(found(text), want, "{text}");
        }
    }
}
