//! Party names the segmenter did not tag, read from the sentence itself so that a figure's
//! payer, payee or owner can be a company nobody registered or discovered (`~Name`, the id
//! discovery would give it).
//!
//! Two kinds of name are read:
//! - Latin-script names anywhere (`Heeler Security Inc.`, `M-Files`, `Run:ai`): a run of
//!   Latin words that looks like an organisation's name (discovery's rules), or one lowercase
//!   word where a name stands (`illumex，…` opening a clause, `初创公司akirolabs`). A name right
//!   after a person's title (`CEO Jane Roe`) is a person's, not read. `Inc.` is left out of
//!   the name (`Teladoc Health, Inc.` is `Teladoc Health`).
//! - Chinese names where the sentence says a party stands: opening a clause before what the
//!   company does (`芯华章已完成…`, `星河股份发起定增`), after a word of receiving before the
//!   amount (`获得大众汽车1.4亿美元的投资`), before `领投`/`跟投`/`参投`.
//!
//! Where a name begins and ends, and whether it looks like one, is discovery's business: this
//! module only says where to look ([`crate::discover::name_from`] and friends cut the name).

use super::chars::{skip_ws, starts_with_at, word_at, CLAUSE_BREAKS};
use crate::extract::Span;
use crate::normalize::is_han;

/// A name read from the sentence: where it is (the whole written form, `Inc.` included) and
/// the id it stands for (`~` and the name).
#[derive(Debug, Clone)]
pub(super) struct Read {
    /// Where it is written.
    pub(super) span: Span,
    /// `~<name>`.
    pub(super) id: String,
}

/// Words right before a person's name (`Wiz CEO Jane Roe`): a Latin name after one is a
/// person's.
pub(super) const PERSON_TITLES: &[&str] = &[
    "CEO",
    "CTO",
    "CFO",
    "COO",
    "首席执行官",
    "首席技术官",
    "首席财务官",
    "联合创始人",
    "创始人",
    "创办人",
    "合伙人",
    "董事长",
    "总裁",
    "总经理",
    "负责人",
    "高管",
    "分析师",
    "首席",
    "董事",
];

/// Words that end a clause's subject: what the company does next (`芯华章已完成`,
/// `星河股份发起定增`). The name's run stops at them.
const SUBJECT_STOPS: &[&str] = &[
    "宣布", "官宣", "完成", "获得", "发起", "今日", "今天", "近日", "日前", "正在", "计划", "推出",
    "实现", "取得", "积累", "拿到", "筹集", "募集", "融资", "一直", "目前", "最近", "成功", "再次",
    "已经", "累计", "共计",
];

/// Chars after a clause's subject that show it is one (a verb or a function word follows).
const AFTER_SUBJECT: &[char] = &['已', '向', '获', '被', '拟', '曾'];

/// Words of receiving (`获得A…的投资`) after which a payer's name may stand.
const RECEIVE: &[&str] = &[
    "获得了",
    "获得",
    "得到了",
    "得到",
    "拿到了",
    "拿到",
    "接受了",
    "接受",
];

/// Descriptors right before a lowercase Latin name that make it one (`初创公司akirolabs`).
const DESCRIPTOR_ENDS: &[&str] = &["公司", "平台", "企业", "创企", "品牌", "厂商"];

/// Business terms written in capitals that are never a party (`ARR`, `PIN码`, `RPA公司`).
const TERMS: &[&str] = &[
    "ARR", "GMV", "PIN", "RPA", "ROI", "EBITDA", "KPI", "ETF", "PAC", "SPAC", "CAGR", "TAM", "OEM",
    "ODM",
];

/// Words right after a person's name (`David Baker博士`).
const PERSON_AFTER: &[&str] = &["博士", "教授", "先生", "女士"];

/// Corporate forms left out of a Latin name's id (`Heeler Security Inc.`).
const DROPPED_FORMS: &[&str] = &[", Inc.", ", Inc", " Inc.", " Inc", ", LLC", " LLC"];

/// Every name read from `chars` (the folded sentence) outside `taken` (the companies the
/// segmenter tagged), in sentence order, none overlapping another.
pub(super) fn read(chars: &[char], taken: &[Span]) -> Vec<Read> {
    let mut out: Vec<Read> = Vec::new();
    let free = |span: Span, out: &[Read]| {
        span.start < span.end
            && !taken
                .iter()
                .chain(out.iter().map(|r| &r.span))
                .any(|t| t.start < span.end && span.start < t.end)
    };
    for (span, name) in latin(chars) {
        if free(span, &out) {
            out.push(Read {
                span,
                id: format!("~{name}"),
            });
        }
    }
    for (span, name) in han(chars) {
        if free(span, &out) {
            out.push(Read {
                span,
                id: format!("~{name}"),
            });
        }
    }
    out.sort_by_key(|r| r.span);
    out
}

/// Latin-script names: `(where written, the name)`.
fn latin(c: &[char]) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let n = c.len();
    let mut i = 0;
    while i < n {
        let glued = i > 0
            && (c[i - 1].is_ascii_alphanumeric()
                || matches!(
                    c[i - 1],
                    '-' | '.' | ':' | '\'' | '&' | '_' | '@' | '$' | '/'
                ));
        if !c[i].is_ascii_alphanumeric() || glued {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        loop {
            while end < n && c[end].is_ascii_alphanumeric() {
                end += 1;
            }
            let joins = matches!(
                c.get(end),
                Some(' ' | '-' | '.' | ':' | '&' | '\'' | '\u{2019}')
            );
            if joins && c.get(end + 1).is_some_and(char::is_ascii_alphanumeric) {
                end += 1;
                continue;
            }
            break;
        }
        // A title inside the run starts a person's name (`Zorbel CEO Jane Roe`): the name
        // ends before it, and the person's is read (and refused) after it.
        let title = (start + 1..end).find(|&k| {
            c[k - 1] == ' '
                && ["CEO", "CTO", "CFO", "COO"].iter().any(|t| {
                    starts_with_at(c, k, t)
                        && !c.get(k + 3).is_some_and(char::is_ascii_alphanumeric)
                })
        });
        // A number that starts an amount is not part of the name (`Marlo 3亿美元`).
        if c.get(skip_ws(c, end))
            .is_some_and(|&ch| matches!(ch, '亿' | '万' | '千' | '百' | '%'))
        {
            if let Some(space) = c[start..end].iter().rposition(|&ch| ch == ' ') {
                if c[start + space + 1..end]
                    .iter()
                    .all(|ch| ch.is_ascii_digit() || *ch == '.')
                {
                    end = start + space;
                }
            }
        }
        let mut resume = None;
        if let Some(k) = title {
            end = k - 1;
            resume = Some(k + 3);
        }
        // `, Inc.` and a form's full stop belong to the name as written.
        for form in [", Inc.", ", Inc", ", LLC", ".", "."] {
            let ends_form = ["Inc", "Ltd", "Corp", "Co"]
                .iter()
                .any(|f| c[start..end].ends_with(&f.chars().collect::<Vec<_>>()));
            if form == "." && !ends_form {
                continue;
            }
            if starts_with_at(c, end, form) {
                end += form.chars().count();
            }
        }
        i = resume.unwrap_or(end).max(i + 1);
        let written: String = c[start..end].iter().collect();
        let mut name = written.as_str();
        for form in DROPPED_FORMS {
            if let Some(stem) = name.strip_suffix(form) {
                name = stem;
                break;
            }
        }
        let name = name.trim_end_matches(['.', ' ', ',']);
        if name.chars().filter(char::is_ascii_alphabetic).count() < 2
            || TERMS.contains(&name)
            || after_title(c, start)
            || PERSON_AFTER
                .iter()
                .any(|w| starts_with_at(c, skip_ws(c, end), w))
            || aside_of_a_name(c, start)
            || after_demonstrative(c, start)
        {
            continue;
        }
        // A figure's unit or a round is no name (`B轮`, `5 亿`).
        if c.get(skip_ws(c, end))
            .is_some_and(|&ch| matches!(ch, '轮' | '亿' | '万'))
        {
            continue;
        }
        if crate::discover::plausible_name(name) || lowercase_in_place(c, start, name) {
            out.push((Span::new(start, end), name.to_owned()));
        }
    }
    out
}

/// Whether a name at `start` opens brackets or follows a colon: another name's translation,
/// an abbreviation or a ticker (`英伟达（NASDAQ: NVDA）`, `管理（RCM）`, `（TSE：6501`).
fn aside_of_a_name(c: &[char], start: usize) -> bool {
    c[..start]
        .iter()
        .rev()
        .find(|ch| !ch.is_whitespace())
        .is_some_and(|ch| matches!(ch, '（' | '(' | ':' | '：'))
}

/// Whether a demonstrative stands before `start` (`这些HDHP计划`): a term, not a party.
fn after_demonstrative(c: &[char], start: usize) -> bool {
    let k = c[..start]
        .iter()
        .rposition(|ch| !ch.is_whitespace())
        .map_or(0, |k| k + 1);
    [
        "这些", "这个", "这种", "这类", "那些", "该", "此", "这", "那",
    ]
    .iter()
    .any(|d| {
        let len = d.chars().count();
        k >= len && starts_with_at(c, k - len, d)
    })
}

/// Whether the text before `start` ends with a person's title (`CEO Jane Roe`).
fn after_title(c: &[char], start: usize) -> bool {
    let mut k = start;
    while k > 0 && c[k - 1].is_whitespace() {
        k -= 1;
    }
    PERSON_TITLES.iter().any(|t| {
        let len = t.chars().count();
        k >= len && starts_with_at(c, k - len, t)
    })
}

/// One lowercase word where a name stands: opening a clause or after a descriptor
/// (`illumex，…`, `初创公司akirolabs`), and a name once capitalised (not an English word
/// discovery stops at).
fn lowercase_in_place(c: &[char], start: usize, name: &str) -> bool {
    if name.contains(' ')
        || name.chars().count() < 4
        || !name.starts_with(|ch: char| ch.is_ascii_lowercase())
    {
        return false;
    }
    let opens_clause = start == 0
        || c[..start]
            .iter()
            .rev()
            .find(|ch| !ch.is_whitespace())
            .is_none_or(|ch| CLAUSE_BREAKS.contains(ch));
    let described = DESCRIPTOR_ENDS.iter().any(|d| {
        let len = d.chars().count();
        start >= len && starts_with_at(c, start - len, d)
    });
    let mut capital = name.to_owned();
    capital[..1].make_ascii_uppercase();
    (opens_clause || described) && crate::discover::plausible_name(&capital)
}

/// Chinese names where a party stands: `(where written, the name)`.
fn han(c: &[char]) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    // Two Han characters are as often a word as a name (计划, 一笔): three at least, not
    // opening with a numeral or a verb.
    let han_name = |s: usize, e: usize, name: &str| {
        s + 3 <= e
            && name.chars().any(is_han)
            && !name.starts_with(['一', '两', '几', '数', '多', '每', '该', '这', '那', '此'])
            && word_at(c, s, SUBJECT_STOPS).is_none()
            && crate::discover::plausible_name(name)
    };
    // Opening a clause, before what the company does.
    let starts = std::iter::once(0).chain(
        c.iter()
            .enumerate()
            .filter(|(_, ch)| CLAUSE_BREAKS.contains(ch))
            .map(|(k, _)| k + 1),
    );
    for p in starts {
        let p = skip_ws(c, p);
        if !c.get(p).copied().is_some_and(is_han) {
            continue;
        }
        let Some((s, e, name)) = crate::discover::name_from(c, p, SUBJECT_STOPS) else {
            continue;
        };
        let next = skip_ws(c, e);
        let acts = word_at(c, next, SUBJECT_STOPS).is_some_and(|end| {
            !matches!(
                c[next..end].iter().collect::<String>().as_str(),
                "融资" | "筹集" | "募集"
            )
        }) || c.get(next).is_some_and(|ch| AFTER_SUBJECT.contains(ch));
        if acts && han_name(s, e, &name) {
            out.push((Span::new(s, e), name));
        }
    }
    // After a word of receiving, right before the amount or `的…`.
    let digits: Vec<String> = ('0'..='9').map(String::from).collect();
    let mut stops: Vec<&str> = digits.iter().map(String::as_str).collect();
    stops.extend(["的", "等"]);
    for i in 0..c.len() {
        let Some(end) = word_at(c, i, RECEIVE) else {
            continue;
        };
        let from = skip_ws(c, end);
        if !c.get(from).copied().is_some_and(is_han) {
            continue;
        }
        if let Some((s, e, name)) = crate::discover::name_from(c, from, &stops) {
            let next = skip_ws(c, e);
            let before_amount = c
                .get(next)
                .is_some_and(|ch| ch.is_ascii_digit() || *ch == '的');
            if s == from && before_amount && han_name(s, e, &name) {
                out.push((Span::new(s, e), name));
            }
        }
    }
    // Before 领投, 跟投, 参投.
    for i in 0..c.len() {
        if word_at(c, i, &["领投", "跟投", "参投"]).is_none() {
            continue;
        }
        if let Some((s, e, name)) = crate::discover::name_to(c, i) {
            if e == i && han_name(s, e, &name) {
                out.push((Span::new(s, e), name));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::read;

    fn names(sentence: &str) -> Vec<String> {
        let c: Vec<char> = sentence.chars().collect();
        read(&c, &[]).into_iter().map(|r| r.id).collect()
    }

    #[test]
    fn names_read_where_parties_stand() {
        for (sentence, want) in [
            // Latin names, a corporate form left out, a person after a title left out.
            (
                "安全公司Zorbel Security Inc.今天宣布完成了850万美元融资",
                vec!["~Zorbel Security"],
            ),
            (
                "像Quillon Health, Inc.（市值1.6亿美元）",
                vec!["~Quillon Health"],
            ),
            ("Zorbel CEO Jane Roe宣布拒绝收购", vec!["~Zorbel"]),
            // A lowercase name opening a clause or after a descriptor; not a round or unit.
            (
                "zorbelix，数据平台，今天宣布融得1300万美元",
                vec!["~zorbelix"],
            ),
            ("初创公司quillabs宣布完成B轮融资", vec!["~quillabs"]),
            ("公司完成了 D 轮融资", vec![]),
            // Chinese names: opening a clause before a verb, after 获得 before the amount,
            // before 领投.
            ("到成立三年时，星河章已完成8轮投资", vec!["~星河章"]),
            (
                "2017年，问问科技获得青山汽车1.4亿美元的投资",
                vec!["~问问科技", "~青山汽车"],
            ),
            ("完成A轮融资，由蓝湖资本领投", vec!["~蓝湖资本"]),
            // A time phrase opening a clause is no name.
            ("过去一周内，市值蒸发近3000亿美元", vec![]),
            // Words are no names: a verb opening a clause, a quantity after 获得.
            ("星河曾找谷歌谈判，计划再募集20亿美元", vec![]),
            ("该公司获得了一笔1亿美元的投资", vec![]),
            ("按照计划，年底营收将达到2亿美元", vec![]),
            ("它将联合星河，运用最新融资的3.5亿美元", vec![]),
            // Tickers, abbreviations and terms are no parties.
            ("英伟达（NASDAQ: NVDA）股价下跌", vec![]),
            ("收入周期管理（RCM）的代理", vec![]),
            ("这些HDHP计划的自付最高额", vec![]),
            ("其 ARR 高达 3.5 亿美元", vec![]),
            ("领投英伟达劲敌 Marlo 3亿美元", vec!["~Marlo"]),
            (
                "由Quill Labs孵化，并由Jane Roe博士共同创立",
                vec!["~Quill Labs"],
            ),
        ] {
            assert_eq!(names(sentence), want, "{sentence}");
        }
    }
}
