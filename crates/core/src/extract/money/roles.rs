//! Which companies a figure is about, and for an investment or a funding round who pays
//! whom: a few sentence patterns tried in turn (`B被A收购`, `A领投`, `B获得A的投资`,
//! `A向B投资`, `A投资B`…). A role stays `None` when no pattern fits.
//!
//! Every offset is a char of the sentence. A figure's `clause` runs to the nearest commas and
//! stops around it; its `segment` to the nearest `；` or sentence end (one statement).

use super::chars::{bounds, skip_ws, starts_with_at, word_at, CLAUSE_BREAKS, SEGMENT_BREAKS};
use super::names::PERSON_TITLES;
use super::{Context, MoneyKind};
use crate::extract::Span;

/// A company named in the sentence, where the caller's span fits the sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Company<'a> {
    /// Registry id.
    pub(super) id: &'a str,
    /// Where its name sits.
    pub(super) span: Span,
}

/// Who pays and who receives, as indices into [`Context::companies`]; `None` where the
/// sentence does not say.
#[derive(Debug, Clone, Default)]
pub(super) struct Roles {
    /// The one who pays.
    pub(super) payer: Option<usize>,
    /// The one who receives.
    pub(super) payee: Option<usize>,
    /// Every payer named together with `payer` (`由A和B领投`), in sentence order; empty when
    /// there is one.
    pub(super) co_payers: Vec<usize>,
}

/// What joins the names of a list of investors (`A、B和C`, `A and B`).
const LIST_JOINS: &[&str] = &[
    "、", "和", "与", "及", "以及", "，", ",", "and", "&", "还有",
];

/// Chars right before a company name that make it the object of a preposition or verb, so
/// not the one who acts (比谷歌晚, 与OpenAI合作, 向Anthropic, 投了Anthropic, 收购Mosaic,
/// 获得Anthropic的股权).
/// 令/让/使 are left out: 令谷歌… makes 谷歌 the one who acts next.
const OBJECT_MARKERS: &[char] = &[
    '比', '与', '和', '跟', '同', '对', '向', '在', '被', '从', '给', '把', '找', '及', '、', '了',
    '自', '于', '由', '购', '投', '资', '为', '替', '得', '到', '下', '有', '入', '以',
];

/// Words of speaking: a company before one is the speaker, and what follows its clause is
/// what it says, not about it.
const REPORTING: &[&str] = &[
    "表示", "称", "透露", "写道", "预计", "认为", "指出", "报道", "说", "否认", "介绍", "估计",
    "预测", "分析",
];

/// Subjects of a clause that are no company (`他`, `公司`): a clause opening with one says
/// nothing of a company named before it.
const OWN_SUBJECTS: &[&str] = &[
    "他们",
    "她们",
    "我们",
    "他",
    "她",
    "我",
    "你",
    "投资者",
    "投资人",
    "业界",
    "外界",
    "市场",
];

/// Words after a company that lead to another right after them (`A的B`, `A劲敌B`,
/// `A宣布B…`): the latter is the one a clause is about.
const LEADS_TO: &[&str] = &[
    "的竞争对手",
    "的对手",
    "竞争对手",
    "竞敌",
    "劲敌",
    "对手",
    "的",
    "宣布",
    "表示",
    "称",
];

/// Words opening a clause that sums up the one before (`…，总额达到N`).
const SUM_WORDS: &[&str] = &[
    "总额",
    "总金额",
    "金额",
    "总计",
    "共计",
    "合计",
    "总价值",
    "价值",
    "规模",
];

/// Investment verbs whose object is the payee (A投资B…, A以…收购B).
const INVEST_VERBS: &[&str] = &[
    "投资了",
    "投资",
    "投了",
    "注资",
    "入股",
    "押注",
    "收购",
    "并购",
    "增投",
    "加码",
    "追加",
    "豪掷",
    "斥资",
    "出资",
    "投入",
    "砸下",
    "砸了",
    "砸",
];

/// Funding verbs whose subject is the payee (A筹集…).
const FUNDING_VERBS: &[&str] = &["融资", "筹集", "募集", "募资", "筹资", "筹得", "募得"];

/// Words of receiving money (B获得A…的投资), longest first.
const RECEIVE_WORDS: &[&str] = &[
    "获得了",
    "获得",
    "接受了",
    "接受",
    "拿到了",
    "拿到",
    "得到了",
    "得到",
    "收到了",
    "收到",
    "获",
];

impl Roles {
    fn of(payer: Option<usize>, payee: Option<usize>) -> Roles {
        Roles {
            payer,
            payee,
            co_payers: Vec::new(),
        }
    }
}

impl Context<'_> {
    /// The companies a figure is about, deduplicated, in sentence order.
    ///
    /// - Who pays whom says it: the payee and the payer. A funding round whose payee the
    ///   sentence does not name (`获得由A领投的融资`, the raiser named in another sentence) is
    ///   left untied: the round is not its investors'.
    /// - Otherwise the figure's owner ([`Context::owner`]).
    pub(super) fn entities(
        &self,
        figure: Span,
        kind: MoneyKind,
        payer: Option<usize>,
        payee: Option<usize>,
    ) -> Vec<String> {
        let mut picked: Vec<usize> = Vec::new();
        if kind == MoneyKind::FundingRound {
            if payee.is_some() {
                picked.extend(payer);
                picked.extend(payee);
            }
        } else if payer.is_some() || payee.is_some() {
            picked.extend(payer);
            picked.extend(payee);
        } else {
            picked.extend(self.owner(figure));
        }
        picked.sort_by_key(|&k| (self.companies[k].span.start, k));
        let mut ids: Vec<String> = Vec::new();
        for k in picked {
            let id = self.companies[k].id;
            if !ids.iter().any(|x| x == id) {
                ids.push(id.to_owned());
            }
        }
        ids
    }

    /// Whose figure it is, when no one pays or receives it:
    /// - inside brackets right after a company, that company's (`AMD（2370亿美元）`); inside
    ///   other brackets or quotes, only what they hold counts (an aside says nothing of the
    ///   sentence around it, nor the sentence of it);
    /// - else the nearest company before it in its clause that can own it: not the object of
    ///   a verb or preposition, not inside an aside, not a person's employer (`A的CEO`), not
    ///   one speaking (`A表示`), not one qualifying a noun (`A投资的初创公司`);
    /// - else the subject of an earlier clause of the statement ([`Context::topic_before`]).
    pub(super) fn owner(&self, figure: Span) -> Option<usize> {
        if let Some(aside) = self.aside(figure) {
            return self
                .named_before(aside)
                .or_else(|| self.owner_in(figure, aside.start));
        }
        let clause = self.clause(figure);
        self.owner_in(figure, clause.start)
            .or_else(|| self.topic_before(clause.start))
    }

    /// The nearest company in `[lo, figure)` that can own the figure (see [`Context::owner`]).
    fn owner_in(&self, figure: Span, lo: usize) -> Option<usize> {
        (0..self.companies.len()).rev().find(|&k| {
            let co = &self.companies[k];
            co.span.start >= lo
                && co.span.end <= figure.start
                && !self.is_object(co)
                && !self.in_aside_before(co.span.end, figure.start)
                && !self.stands_aside(k)
                && !self.qualifies_noun(k)
        })
    }

    /// Whether a bracket opened before `from` closes in `[from, to)` (what precedes `from` is
    /// inside an aside that ends before `to`).
    fn in_aside_before(&self, from: usize, to: usize) -> bool {
        let mut depth = 0i32;
        for &ch in &self.chars[from..to] {
            match ch {
                '（' | '(' | '“' | '「' | '《' => depth += 1,
                '）' | ')' | '”' | '」' | '》' => {
                    depth -= 1;
                    if depth < 0 {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// The inside of the innermost brackets or quotes holding `figure`, if any.
    fn aside(&self, figure: Span) -> Option<Span> {
        let mut depth = 0i32;
        let mut open = None;
        for k in (0..figure.start).rev() {
            match self.chars[k] {
                '）' | ')' | '”' | '」' | '》' => depth += 1,
                '（' | '(' | '“' | '「' | '《' => {
                    if depth == 0 {
                        open = Some(k);
                        break;
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        let open = open?;
        let mut depth = 0i32;
        let close = (figure.end..self.chars.len()).find(|&k| match self.chars[k] {
            '（' | '(' | '“' | '「' | '《' => {
                depth += 1;
                false
            }
            '）' | ')' | '”' | '」' | '》' => {
                depth -= 1;
                depth < 0
            }
            _ => false,
        })?;
        Some(Span::new(open + 1, close))
    }

    /// Whether company `k` is named for someone else who acts: a person's employer
    /// (`A首席执行官…`, `A CEO …`) or one speaking (`A表示`, `A透露`).
    fn stands_aside(&self, k: usize) -> bool {
        let after = skip_ws(self.chars, self.companies[k].span.end);
        // `A预计，…` speaks; `A预计将…` is expected to act.
        let speaks = word_at(self.chars, after, REPORTING).is_some_and(|end| {
            let next = skip_ws(self.chars, end);
            self.chars
                .get(next)
                .is_none_or(|ch| CLAUSE_BREAKS.contains(ch) || matches!(ch, '“' | '「'))
        });
        word_at(self.chars, after, PERSON_TITLES).is_some() || speaks
    }

    /// Whether company `k` qualifies a noun after it (`A投资的初创公司`).
    fn qualifies_noun(&self, k: usize) -> bool {
        let after = skip_ws(self.chars, self.companies[k].span.end);
        word_at(
            self.chars,
            after,
            &["投资的", "投资过的", "支持的", "孵化的", "收购的"],
        )
        .is_some()
    }

    /// The subject of an earlier clause of the statement, read backwards from `pos` (a
    /// clause's start): in the nearest clause naming one, the first company that is not the
    /// object of a verb or preposition nor inside an aside (`Redis实现了…，将年收入…`), or the
    /// one it leads to ([`Context::head_of`]). None when a clause between speaks (`据报道，`)
    /// or has a subject of its own that is no company (`他…`, `投资者…`).
    pub(super) fn topic_before(&self, pos: usize) -> Option<usize> {
        if self.own_subject(pos) {
            return None;
        }
        let segment = bounds(self.chars, Span::new(pos, pos), SEGMENT_BREAKS);
        let mut end = pos;
        while end > segment.start {
            let clause = bounds(self.chars, Span::new(end - 1, end - 1), CLAUSE_BREAKS);
            let subject = (0..self.companies.len()).find(|&k| {
                let co = &self.companies[k];
                clause.contains(co.span)
                    && !self.is_object(co)
                    && !self.in_aside_before(co.span.end, clause.end)
                    && !self.qualifies_noun(k)
            });
            if let Some(k) = subject {
                let head = self.head_of(k);
                if self.stands_aside(head) {
                    return None;
                }
                return Some(head);
            }
            if self
                .find_first(clause.start, clause.end, REPORTING)
                .is_some()
                || self.own_subject(clause.start)
            {
                return None;
            }
            if clause.start == 0 {
                break;
            }
            end = (clause.start - 1).max(segment.start);
        }
        None
    }

    /// The company `k` leads to: the one it owns (`A的B`), its rival named after it
    /// (`A劲敌B`), the one it announces of (`A宣布B…`); else `k`.
    pub(super) fn head_of(&self, k: usize) -> usize {
        let mut after = skip_ws(self.chars, self.companies[k].span.end);
        if let Some(end) = word_at(self.chars, after, LEADS_TO) {
            after = skip_ws(self.chars, end);
        } else {
            return k;
        }
        (0..self.companies.len())
            .find(|&j| self.companies[j].span.start == after)
            .unwrap_or(k)
    }

    /// Whether the clause starting at `pos` opens with a subject of its own that is no
    /// company (`他…`, `我们…`, `公司…`, `投资者…`).
    fn own_subject(&self, pos: usize) -> bool {
        let first = skip_ws(self.chars, pos);
        let first = word_at(
            self.chars,
            first,
            &["当时", "但是", "但", "而", "并且", "并", "同时"],
        )
        .map_or(first, |end| skip_ws(self.chars, end));
        word_at(self.chars, first, OWN_SUBJECTS).is_some()
    }

    /// The figure's clause; a clause that only sums up the one before (`…，总额达到N`) is
    /// read with it.
    pub(super) fn clause(&self, figure: Span) -> Span {
        let clause = bounds(self.chars, figure, CLAUSE_BREAKS);
        let first = skip_ws(self.chars, clause.start);
        if clause.start > 0 && word_at(self.chars, first, SUM_WORDS).is_some() {
            let before = bounds(
                self.chars,
                Span::new(clause.start - 1, clause.start - 1),
                CLAUSE_BREAKS,
            );
            if SEGMENT_BREAKS.contains(&self.chars[clause.start - 1]) {
                return clause;
            }
            return Span::new(before.start, clause.end);
        }
        clause
    }

    /// Whether `company` is the object of a preposition or verb (see [`OBJECT_MARKERS`]).
    fn is_object(&self, company: &Company) -> bool {
        let k = self.chars[..company.span.start]
            .iter()
            .rposition(|ch| !ch.is_whitespace());
        k.is_some_and(|k| OBJECT_MARKERS.contains(&self.chars[k]))
    }

    /// The company a sentence opens with as a heading (`亚马逊：…`), if any.
    fn heading(&self) -> Option<usize> {
        let first = skip_ws(self.chars, 0);
        let k = (0..self.companies.len()).find(|&k| self.companies[k].span.start == first)?;
        let after = skip_ws(self.chars, self.companies[k].span.end);
        matches!(self.chars.get(after), Some('：' | ':')).then_some(k)
    }

    /// The one who acts before `pos`: the nearest company in `[lo, pos)` that is not the
    /// object of a preposition or verb, and not `not`.
    fn subject_before(&self, pos: usize, lo: usize, not: Option<usize>) -> Option<usize> {
        let not_id = not.map(|k| self.companies[k].id);
        (0..self.companies.len()).rev().find(|&k| {
            let co = &self.companies[k];
            co.span.end <= pos
                && co.span.start >= lo
                && Some(co.id) != not_id
                && !self.is_object(co)
                && !self.in_aside_before(co.span.end, pos)
        })
    }

    /// The first company starting in `[lo, hi)` and ending by `end_by`.
    fn first_company(&self, lo: usize, hi: usize, end_by: usize) -> Option<usize> {
        (0..self.companies.len()).find(|&k| {
            let span = self.companies[k].span;
            span.start >= lo && span.start < hi && span.end <= end_by
        })
    }

    /// The last company within `[lo, hi)`.
    fn last_company(&self, lo: usize, hi: usize) -> Option<usize> {
        (0..self.companies.len())
            .rev()
            .find(|&k| Span::new(lo, hi).contains(self.companies[k].span))
    }

    /// The last occurrence of one of `words` inside `[lo, hi)`.
    fn find_last(&self, lo: usize, hi: usize, words: &[&str]) -> Option<Span> {
        (lo..hi).rev().find_map(|i| {
            word_at(self.chars, i, words)
                .filter(|&end| end <= hi)
                .map(|end| Span::new(i, end))
        })
    }

    /// The first occurrence of one of `words` inside `[lo, hi)`.
    fn find_first(&self, lo: usize, hi: usize, words: &[&str]) -> Option<Span> {
        (lo..hi).find_map(|i| {
            word_at(self.chars, i, words)
                .filter(|&end| end <= hi)
                .map(|end| Span::new(i, end))
        })
    }

    /// Who pays whom for `figure`, tried pattern by pattern; `None` where the sentence does
    /// not say. Only investments and funding rounds have roles.
    pub(super) fn payer_payee(&self, figure: Span, kind: MoneyKind) -> Roles {
        if !matches!(kind, MoneyKind::Investment | MoneyKind::FundingRound) {
            return Roles::default();
        }
        let mut clause = self.clause(figure);
        let mut segment = bounds(self.chars, figure, SEGMENT_BREAKS);
        if let Some(aside) = self.aside(figure) {
            // `B（在D轮融资中估值10亿美元）`: B's; other asides speak only of what they hold.
            if let Some(k) = self.named_before(aside) {
                let payee = (kind == MoneyKind::FundingRound).then_some(k);
                return Roles::of(None, payee);
            }
            let within = |s: Span| Span::new(s.start.max(aside.start), s.end.min(aside.end));
            clause = within(clause);
            segment = within(segment);
        }
        let found = self
            .passive(figure, segment)
            .or_else(|| self.lead_investor(figure, segment))
            .or_else(|| {
                if kind == MoneyKind::Investment {
                    self.offer(figure, clause, segment)
                } else {
                    None
                }
            })
            .or_else(|| self.came_from(figure, clause, segment))
            .or_else(|| self.received(figure, clause, segment))
            .or_else(|| self.prepositional(figure, clause, segment))
            .or_else(|| self.invested_in(figure, clause, segment))
            .or_else(|| {
                if kind == MoneyKind::Investment {
                    self.invest_verb(figure, clause, segment)
                } else {
                    None
                }
            })
            .or_else(|| {
                if kind == MoneyKind::FundingRound {
                    self.raised(figure, clause, segment)
                } else {
                    None
                }
            });
        let Roles {
            mut payer,
            mut payee,
            ..
        } = found.unwrap_or_default();
        if payee.is_none() && kind == MoneyKind::Investment {
            payee = self.stake_in(figure, segment);
        }
        if payee.is_none()
            && payer.is_some()
            && kind == MoneyKind::Investment
            && self
                .find_first(clause.start, clause.end, &["收购", "并购"])
                .is_some()
        {
            // `B此前共融资7亿美元，而A的收购价格为6亿美元`: the target is the statement's topic.
            payee = self
                .topic_before(clause.start)
                .filter(|&b| Some(self.companies[b].id) != payer.map(|a| self.companies[a].id));
        }
        if payer.is_none() && payee.is_some() && kind == MoneyKind::FundingRound {
            payer = self.investors_listed(segment);
        }
        let id = |k: Option<usize>| k.map(|k| self.companies[k].id);
        if payer.is_none() && kind == MoneyKind::Investment {
            // `亚马逊：…；今年才向B投资…`: a heading company acts in every statement after it.
            payer = self.heading().filter(|&h| id(Some(h)) != id(payee));
        }
        if payee.is_some() && id(payer) == id(payee) {
            payee = None;
        }
        let co_payers = payer.map(|a| self.listed_with(a)).unwrap_or_default();
        Roles {
            payer,
            payee,
            co_payers,
        }
    }

    /// `a` and the companies listed with it (`A、B和C领投`: any of them gives all three), in
    /// sentence order and without repeats; empty when `a` stands alone.
    fn listed_with(&self, a: usize) -> Vec<usize> {
        let joined = |x: usize, y: usize| {
            let gap: String = self.chars[self.companies[x].span.end..self.companies[y].span.start]
                .iter()
                .collect();
            let gap = gap.trim();
            gap.is_empty() || LIST_JOINS.contains(&gap)
        };
        let (mut first, mut last) = (a, a);
        while first > 0
            && self.companies[first - 1].span.end <= self.companies[first].span.start
            && joined(first - 1, first)
        {
            first -= 1;
        }
        while last + 1 < self.companies.len()
            && self.companies[last].span.end <= self.companies[last + 1].span.start
            && joined(last, last + 1)
        {
            last += 1;
        }
        let mut ids: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for k in first..=last {
            if !ids.contains(&self.companies[k].id) {
                ids.push(self.companies[k].id);
                out.push(k);
            }
        }
        if out.len() > 1 {
            out
        } else {
            Vec::new()
        }
    }

    /// `B被A（以…）收购`: payer A, payee B.
    fn passive(&self, figure: Span, segment: Span) -> Option<Roles> {
        let bei = self.find_last(segment.start, figure.start, &["被"])?;
        let a = self.first_company(bei.end, skip_ws(self.chars, bei.end) + 1, figure.start)?;
        let a_end = self.companies[a].span.end;
        let clause_after_a = bounds(self.chars, Span::new(a_end, a_end), CLAUSE_BREAKS);
        self.find_first(
            a_end,
            clause_after_a.end,
            &["收购", "并购", "投资", "入股", "注资"],
        )?;
        let b = self.subject_before(bei.end - 1, segment.start, Some(a));
        Some(Roles::of(Some(a), b))
    }

    /// `A领投`/`A跟投` in the segment: payer A; payee the company right after (`A领投B的…`),
    /// else the one acting before A (`B在A领投的融资中筹集…`).
    fn lead_investor(&self, figure: Span, segment: Span) -> Option<Roles> {
        let leads: Vec<Span> = (segment.start..segment.end)
            .filter_map(|i| {
                word_at(self.chars, i, &["领投", "跟投", "领导的"]).map(|end| Span::new(i, end))
            })
            .filter(|lead| lead.end <= segment.end)
            .collect();
        // The one nearest the figure, before or after it.
        let lead = *leads.iter().min_by_key(|lead| {
            if lead.end <= figure.start {
                figure.start - lead.end
            } else {
                lead.start.saturating_sub(figure.end)
            }
        })?;
        let lead_clause = bounds(self.chars, lead, CLAUSE_BREAKS);
        let near = self.last_company(segment.start, lead.start).filter(|&a| {
            let gap = &self.chars[self.companies[a].span.end..lead.start];
            gap.len() <= 8 && !gap.iter().any(|ch| CLAUSE_BREAKS.contains(ch))
        });
        let a = match near {
            Some(a) => a,
            // `A再次入局，领投B…`: the clause opens with the verb; the one acting before leads.
            None if skip_ws(self.chars, lead_clause.start) == lead.start => {
                self.subject_before(lead.start, segment.start, None)?
            }
            None => return None,
        };
        let after = skip_ws(
            self.chars,
            if self.chars.get(lead.end) == Some(&'了') {
                lead.end + 1
            } else {
                lead.end
            },
        );
        let b = self
            .first_company(after, after + 1, segment.end)
            .map(|b| self.head_of(b))
            .or_else(|| {
                let before_a = self.companies[a].span.start.min(figure.start);
                self.subject_before(before_a, segment.start, Some(a))
            });
        Some(Roles::of(Some(a), b))
    }

    /// `…figure来自A` (payee the one acting before the figure) or `从A/来自A…figure`.
    fn came_from(&self, figure: Span, clause: Span, segment: Span) -> Option<Roles> {
        // `从A以N收购B`: A sells; the buyer pays (see `invest_verb`).
        if self
            .find_first(figure.end, clause.end, &["收购", "并购"])
            .is_some()
        {
            return None;
        }
        let after = skip_ws(self.chars, figure.end);
        if let Some(end) = word_at(self.chars, after, &["来自于", "来自"]) {
            if end <= clause.end {
                let from = skip_ws(self.chars, end);
                if let Some(a) = self.first_company(from, from + 1, clause.end) {
                    return Some(Roles::of(
                        Some(a),
                        self.subject_before(figure.start, segment.start, Some(a)),
                    ));
                }
            }
        }
        let word = self.find_last(clause.start, figure.start, &["来自于", "来自", "从"])?;
        let from = skip_ws(self.chars, word.end);
        let a = self.first_company(from, from + 1, figure.start)?;
        Some(Roles::of(
            Some(a),
            self.subject_before(word.start, segment.start, Some(a)),
        ))
    }

    /// `B获得A…的投资`, `B获A投资`, `B接受了A…的投资`: payer A, payee B.
    fn received(&self, figure: Span, clause: Span, segment: Span) -> Option<Roles> {
        let word = self.find_last(clause.start, figure.start, RECEIVE_WORDS)?;
        let from = skip_ws(self.chars, word.end);
        // Bare 获 only right before a name (获悉, 获利 are other words).
        let reach = if word.end - word.start == 1 {
            from + 1
        } else {
            from + 4
        };
        let a = self.first_company(from, reach, figure.start)?;
        Some(Roles::of(
            Some(a),
            self.subject_before(word.start, segment.start, Some(a)),
        ))
    }

    /// `A向B投资…`, `A对B投资…`, `A给B…`: payer A, payee B (`B向A募集` the other way round).
    fn prepositional(&self, figure: Span, clause: Span, segment: Span) -> Option<Roles> {
        let preposition = self.find_last(clause.start, figure.start, &["向", "对", "给"])?;
        let b = self.last_company(preposition.end, figure.start)?;
        let b_end = self.companies[b].span.end;
        let a = self.subject_before(preposition.start, segment.start, Some(b));
        if self
            .find_first(b_end, figure.start, FUNDING_VERBS)
            .is_some()
        {
            return Some(Roles::of(Some(b), a));
        }
        Some(Roles::of(a, Some(b)))
    }

    /// `A在B投资…` (微软已在OpenAI投资130亿美元): payer A, payee B.
    fn invested_in(&self, figure: Span, clause: Span, segment: Span) -> Option<Roles> {
        let zai = self.find_last(clause.start, figure.start, &["在"])?;
        let b = self.last_company(zai.end, figure.start)?;
        self.find_first(
            self.companies[b].span.end,
            figure.start,
            &["投资", "注资", "投入", "入股"],
        )?;
        Some(Roles::of(
            self.subject_before(zai.start, segment.start, Some(b)),
            Some(b),
        ))
    }

    /// `A投资(B)…figure`, `A以figure收购B`, `A figure收购B`: payer the one acting before, payee
    /// the object of the verb.
    fn invest_verb(&self, figure: Span, clause: Span, segment: Span) -> Option<Roles> {
        let found = |payer: Option<usize>, payee: Option<usize>| {
            (payer.is_some() || payee.is_some()).then_some(Roles::of(payer, payee))
        };
        // 投资人, 投资者, 投资方 are nouns.
        let not_noun = |verb: &Span| {
            !(starts_with_at(self.chars, verb.start, "投资")
                && matches!(self.chars.get(verb.end), Some('人' | '者' | '方')))
        };
        if let Some(verb) = self
            .find_last(clause.start, figure.start, INVEST_VERBS)
            .filter(not_noun)
        {
            let b = self.first_company(verb.end, figure.start, figure.start);
            let a = self.subject_before(verb.start, segment.start, b);
            return found(a, b);
        }
        // A conversion in brackets and `的价格` stand between the price and the verb
        // (`以2.5亿欧元（2.72亿美元）的价格收购了B`).
        let mut after = skip_ws(self.chars, figure.end);
        if matches!(self.chars.get(after), Some('（' | '(')) {
            if let Some(close) = self.chars[after..clause.end]
                .iter()
                .position(|ch| matches!(ch, '）' | ')'))
            {
                after = skip_ws(self.chars, after + close + 1);
            }
        }
        if let Some(end) = word_at(self.chars, after, &["的价格", "的对价", "的代价", "的总价"])
        {
            after = skip_ws(self.chars, end);
        }
        let verb = self.find_first(after, (after + 3).min(clause.end), INVEST_VERBS)?;
        // Only a verb right after the figure takes an object (以13亿美元收购B); in
        // `13亿美元的收购…` the verb is a noun and what follows is not its target.
        let b = if verb.start == after {
            self.first_company(verb.end, clause.end, clause.end)
        } else {
            None
        };
        let a = self.subject_before(figure.start, segment.start, b);
        found(a, b)
    }

    /// `B筹集…`, `B…融资`: payee the one who raises.
    fn raised(&self, figure: Span, clause: Span, segment: Span) -> Option<Roles> {
        let verb = self
            .find_last(clause.start, figure.start, FUNDING_VERBS)
            .or_else(|| self.find_first(figure.end, clause.end, FUNDING_VERBS))?;
        // `A为B筹集…`: A raises for B; B is the payee, named or not.
        if let Some(wei) = self.find_last(clause.start, verb.start, &["为"]) {
            if wei.end < verb.start && verb.start <= figure.start {
                return Some(Roles::of(None, self.last_company(wei.end, verb.start)));
            }
        }
        let b = self
            .subject_before(verb.start.min(figure.start), segment.start, None)
            .or_else(|| self.raiser_after(figure, clause, segment))?;
        Some(Roles::of(None, Some(b)))
    }

    /// The raiser named after the figure: `…融资的B` in its clause, or the subject of the
    /// next clause when the figure's clause is a time clause (`在完成N的A轮融资后，B…`).
    fn raiser_after(&self, figure: Span, clause: Span, segment: Span) -> Option<usize> {
        if let Some(de) = self.find_first(figure.end, clause.end, &["融资的", "投资的"]) {
            let at = skip_ws(self.chars, de.end);
            if let Some(b) = self.first_company(at, at + 1, clause.end) {
                return Some(b);
            }
        }
        let last = self.chars[..clause.end]
            .iter()
            .rposition(|ch| !ch.is_whitespace())?;
        let time_clause = ["后", "之后", "以后", "时", "以来"].iter().any(|w| {
            let len = w.chars().count();
            last + 1 >= len && starts_with_at(self.chars, last + 1 - len, w)
        });
        if !time_clause || clause.end >= segment.end {
            return None;
        }
        let next = bounds(
            self.chars,
            Span::new(clause.end + 1, clause.end + 1),
            CLAUSE_BREAKS,
        );
        let first = skip_ws(self.chars, next.start);
        self.first_company(first, first + 1, next.end)
    }

    /// `B拒绝A…的收购提议` (`B CEO…拒绝A N收购`): an offer A made for B.
    fn offer(&self, figure: Span, clause: Span, segment: Span) -> Option<Roles> {
        let word = self.find_last(
            segment.start,
            figure.start,
            &["拒绝了", "拒绝", "接受了", "接受", "考虑"],
        )?;
        self.find_first(figure.end, clause.end, &["收购"])?;
        let from = skip_ws(self.chars, word.end);
        let a = self.first_company(from, from + 1, figure.start)?;
        let b = self.subject_before(word.start, segment.start, Some(a))?;
        Some(Roles::of(Some(a), Some(b)))
    }

    /// `投资方包括A、B`, `主要投资者包括A和B`, `其中包括A的战略投资`: the first investor
    /// listed in the statement.
    fn investors_listed(&self, segment: Span) -> Option<usize> {
        (segment.start..segment.end).find_map(|i| {
            let end = word_at(self.chars, i, &["包括"])?;
            let before = &self.chars[i.saturating_sub(6).max(segment.start)..i];
            let said: String = before.iter().collect();
            let investors = ["投资方", "投资者", "投资人", "投资机构", "其中", "股东"]
                .iter()
                .any(|w| said.contains(w));
            if !investors {
                return None;
            }
            let at = skip_ws(self.chars, end);
            self.first_company(at, at + 1, segment.end)
        })
    }

    /// The company named right before the brackets holding `aside` (`AMD（2370亿美元）`).
    pub(super) fn named_before(&self, aside: Span) -> Option<usize> {
        let open = aside.start.checked_sub(1)?;
        if !matches!(self.chars[open], '（' | '(') {
            return None;
        }
        let before = self.chars[..open]
            .iter()
            .rposition(|ch| !ch.is_whitespace())
            .map_or(0, |k| k + 1);
        (0..self.companies.len()).find(|&k| self.companies[k].span.end == before)
    }

    /// `…figure，获得B的少数股权`: the investment bought a stake in B.
    fn stake_in(&self, figure: Span, segment: Span) -> Option<usize> {
        let verb = self.find_first(
            figure.end,
            segment.end,
            &["获得了", "获得", "拿下", "取得", "持有"],
        )?;
        let from = skip_ws(self.chars, verb.end);
        let b = self.first_company(from, from + 1, segment.end)?;
        let name_end = self.companies[b].span.end;
        let tail_end = (name_end + 10).min(segment.end);
        self.chars[name_end..tail_end].contains(&'股').then_some(b)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::money::find_money;
    use crate::extract::CompanySpan;

    /// Spans of `names` (each found once, in order) in `sentence`, as the segmenter gives them.
    fn spans(sentence: &str, names: &[(&str, &str)]) -> Vec<CompanySpan> {
        let chars: Vec<char> = sentence.chars().collect();
        names
            .iter()
            .map(|(name, id)| {
                let n: Vec<char> = name.chars().collect();
                let start = (0..chars.len())
                    .find(|&i| chars[i..].starts_with(&n))
                    .unwrap_or_else(|| panic!("{name} in {sentence}"));
                CompanySpan {
                    id: (*id).to_owned(),
                    start,
                    end: start + n.len(),
                }
            })
            .collect()
    }

    #[test]
    fn payers_listed_together_and_discovered_payees() {
        for (sentence, names, payer, payers, payee) in [
            (
                "K Health完成了4800万美元的C轮融资，由14W和Mangrove Capital领投",
                vec![("K Health", "~K Health"), ("14W", "~14W"), ("Mangrove Capital", "~Mangrove Capital")],
                Some("~Mangrove Capital"),
                vec!["~14W", "~Mangrove Capital"],
                Some("~K Health"),
            ),
            (
                "在Meta卷文生视频的时候，被它解散的团队EvolutionaryScale获得了超1.42亿美元的种子轮融资",
                vec![("Meta", "meta"), ("EvolutionaryScale", "~EvolutionaryScale")],
                None,
                vec![],
                Some("~EvolutionaryScale"),
            ),
            (
                "月之暗面完成10亿美元融资，阿里、红杉中国、小红书领投",
                vec![("月之暗面", "~月之暗面"), ("阿里", "alibaba"), ("红杉中国", "~红杉中国"), ("小红书", "~小红书")],
                Some("~小红书"),
                vec!["alibaba", "~红杉中国", "~小红书"],
                Some("~月之暗面"),
            ),
            (
                "谷歌以230亿美元收购Wiz",
                vec![("谷歌", "google"), ("Wiz", "~Wiz")],
                Some("google"),
                vec![],
                Some("~Wiz"),
            ),
        ] {
            let ms = find_money(sentence, &spans(sentence, &names));
            let m = &ms[0];
            assert_eq!(m.payer.as_deref(), payer, "{sentence}");
            assert_eq!(m.payers, payers, "{sentence}");
            assert_eq!(m.payee.as_deref(), payee, "{sentence}");
        }
    }

    /// Every figure of `sentence` with no spans given: parties are read from the sentence
    /// (fictional Latin names become `~Name`).
    fn read_only(sentence: &str) -> Vec<crate::extract::money::MoneyMention> {
        find_money(sentence, &[])
    }

    #[test]
    fn clause_structure_ties_figures() {
        // (sentence, figure index, entities, payer, payee)
        type Row = (
            &'static str,
            usize,
            &'static [&'static str],
            Option<&'static str>,
            Option<&'static str>,
        );
        let table: &[Row] = &[
            // A figure in brackets right after a name is that name's.
            (
                "Zorvex市值蒸发近300亿美元，约等于一个Quillon（237亿美元）",
                1,
                &["~Quillon"],
                None,
                None,
            ),
            (
                "Zorvex市值蒸发近300亿美元，约等于一个Quillon（237亿美元）",
                0,
                &["~Zorvex"],
                None,
                None,
            ),
            // An aside says nothing of the sentence around it.
            (
                "而Zorvex遭遇冷落（上一笔D轮融资发生在2019年，融资规模约为1亿美元）",
                0,
                &[],
                None,
                None,
            ),
            // The statement's topic owns a figure whose clause names no company.
            (
                "通过新的战略，Zorvex实现了增长，将年收入从不到1百万美元增长到超过2.5亿美元",
                1,
                &["~Zorvex"],
                None,
                None,
            ),
            // A speaker or a subject of its own stops the topic.
            (
                "Zorvex合伙人写道，以前估计公司需要赚取2000亿美元",
                0,
                &[],
                None,
                None,
            ),
            (
                "Zorvex发布了业绩，投资者将其推上了3万亿美元的市值",
                0,
                &[],
                None,
                None,
            ),
            // A summing clause is read with the one before.
            (
                "2019年，Quillon宣布了对Zorvex的巨额投资，总额达到130亿美元",
                0,
                &["~Quillon", "~Zorvex"],
                Some("~Quillon"),
                Some("~Zorvex"),
            ),
            // A round whose raiser is not named is left untied, even with its investor named,
            // and the investor pays no one's round.
            (
                "2024年7月，获得由Quillon Capital领投的5000万美元融资",
                0,
                &[],
                None,
                None,
            ),
            // Raising for someone else: not the raiser's own round.
            ("Zorvex为芯片企业筹集了60亿美元的资金", 0, &[], None, None),
            // The lead investor across a comma; the head of `A劲敌B`.
            (
                "Quillon Capital再次入局，领投Zorvex劲敌 Marlo 3亿美元",
                0,
                &["~Quillon Capital", "~Marlo"],
                Some("~Quillon Capital"),
                Some("~Marlo"),
            ),
            // A price past its conversion and 的价格.
            (
                "Zorvex还以约2.5亿欧元（2.72亿美元）的价格收购了员工平台Marlo",
                0,
                &["~Zorvex", "~Marlo"],
                Some("~Zorvex"),
                Some("~Marlo"),
            ),
            // A seller named with 从 does not pay.
            (
                "Zorvex宣布从Quillon Holdings以5320万美元的价格收购Marlo",
                0,
                &["~Zorvex", "~Marlo"],
                Some("~Zorvex"),
                Some("~Marlo"),
            ),
            // An offer refused: the offeror pays, the one refusing is the target.
            (
                "Marlo CEO Jane Roe宣布拒绝 Zorvex 高达 230 亿美元的收购提议",
                0,
                &["~Marlo", "~Zorvex"],
                Some("~Zorvex"),
                Some("~Marlo"),
            ),
            // An acquisition price whose target is the topic of the statement.
            (
                "Marlo此前共融资约7亿美元，而Zorvex的收购价格为6亿美元",
                1,
                &["~Marlo", "~Zorvex"],
                Some("~Zorvex"),
                Some("~Marlo"),
            ),
            // Investors listed after 包括.
            (
                "Marlo累计融资超过1亿美元，主要投资者包括Quillon Capital和Zorvex Ventures",
                0,
                &["~Marlo", "~Quillon Capital"],
                Some("~Quillon Capital"),
                Some("~Marlo"),
            ),
            // The raiser after a time clause.
            (
                "在2023年完成1500万美元的A轮融资后，Marlo一直专注于扩张",
                0,
                &["~Marlo"],
                None,
                Some("~Marlo"),
            ),
        ];
        for &(sentence, k, entities, payer, payee) in table {
            let ms = read_only(sentence);
            let m = &ms[k];
            assert_eq!(m.entities, entities, "{sentence} #{k}");
            assert_eq!(m.payer.as_deref(), payer, "{sentence} #{k}");
            assert_eq!(m.payee.as_deref(), payee, "{sentence} #{k}");
        }
    }
}
