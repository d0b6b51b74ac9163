//! What a figure measures ([`MoneyKind`]), from cue words around it (`估值`, `融资`, `营收`…)
//! or a price unit stuck to it (`30美元/月`).

use super::chars::{bounds, skip_ws, starts_with_at, word_at, CLAUSE_BREAKS};
use super::{Context, MoneyKind};
use crate::extract::Span;
use regex::Regex;
use std::sync::LazyLock;

/// What a cue word says about a figure near it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cue {
    /// The figure is of this kind.
    Kind(MoneyKind),
    /// A word that contains a cue but is not one (投资人), listed so it hides that cue.
    Neutral,
    /// 投入: spending when training or research is in the clause, else an investment.
    Input,
}

/// Cue words and what they mean (the regex tries longer words first).
const CUE_WORDS: &[(&str, Cue)] = &[
    ("投资人", Cue::Neutral),
    ("投资者", Cue::Neutral),
    ("投资方", Cue::Neutral),
    ("投资机构", Cue::Neutral),
    ("投资回报", Cue::Neutral),
    ("出资人", Cue::Neutral),
    ("估值", Cue::Kind(MoneyKind::Valuation)),
    ("市值", Cue::Kind(MoneyKind::MarketCap)),
    ("营收", Cue::Kind(MoneyKind::Revenue)),
    ("收入", Cue::Kind(MoneyKind::Revenue)),
    ("营业额", Cue::Kind(MoneyKind::Revenue)),
    ("销售额", Cue::Kind(MoneyKind::Revenue)),
    ("年化收入", Cue::Kind(MoneyKind::Revenue)),
    ("ARR", Cue::Kind(MoneyKind::Revenue)),
    ("进账", Cue::Kind(MoneyKind::Revenue)),
    ("创收", Cue::Kind(MoneyKind::Revenue)),
    ("亏损", Cue::Kind(MoneyKind::Loss)),
    ("净亏", Cue::Kind(MoneyKind::Loss)),
    ("巨亏", Cue::Kind(MoneyKind::Loss)),
    ("亏了", Cue::Kind(MoneyKind::Loss)),
    ("融资", Cue::Kind(MoneyKind::FundingRound)),
    ("筹集", Cue::Kind(MoneyKind::FundingRound)),
    ("募集", Cue::Kind(MoneyKind::FundingRound)),
    ("募资", Cue::Kind(MoneyKind::FundingRound)),
    ("筹资", Cue::Kind(MoneyKind::FundingRound)),
    ("筹得", Cue::Kind(MoneyKind::FundingRound)),
    ("募得", Cue::Kind(MoneyKind::FundingRound)),
    ("领投", Cue::Kind(MoneyKind::FundingRound)),
    ("跟投", Cue::Kind(MoneyKind::FundingRound)),
    ("天使轮", Cue::Kind(MoneyKind::FundingRound)),
    ("种子轮", Cue::Kind(MoneyKind::FundingRound)),
    ("投资", Cue::Kind(MoneyKind::Investment)),
    ("注资", Cue::Kind(MoneyKind::Investment)),
    ("入股", Cue::Kind(MoneyKind::Investment)),
    ("押注", Cue::Kind(MoneyKind::Investment)),
    ("追加", Cue::Kind(MoneyKind::Investment)),
    ("增投", Cue::Kind(MoneyKind::Investment)),
    ("加码", Cue::Kind(MoneyKind::Investment)),
    ("投了", Cue::Kind(MoneyKind::Investment)),
    ("出资", Cue::Kind(MoneyKind::Investment)),
    ("豪掷", Cue::Kind(MoneyKind::Investment)),
    ("斥资", Cue::Kind(MoneyKind::Investment)),
    ("收购", Cue::Kind(MoneyKind::Investment)),
    // The price of an acquisition is the deal's money, not a price (以6亿美元的价格收购).
    ("价格收购", Cue::Kind(MoneyKind::Investment)),
    ("收购价格", Cue::Kind(MoneyKind::Investment)),
    ("收购价", Cue::Kind(MoneyKind::Investment)),
    ("收购估价", Cue::Kind(MoneyKind::Investment)),
    ("收购金额", Cue::Kind(MoneyKind::Investment)),
    ("收购提议", Cue::Kind(MoneyKind::Investment)),
    ("并购", Cue::Kind(MoneyKind::Investment)),
    ("投入", Cue::Input),
    ("成本", Cue::Kind(MoneyKind::Cost)),
    ("花费", Cue::Kind(MoneyKind::Cost)),
    ("花了", Cue::Kind(MoneyKind::Cost)),
    ("开销", Cue::Kind(MoneyKind::Cost)),
    ("开支", Cue::Kind(MoneyKind::Cost)),
    ("支出", Cue::Kind(MoneyKind::Cost)),
    ("费用", Cue::Kind(MoneyKind::Cost)),
    ("烧钱", Cue::Kind(MoneyKind::Cost)),
    ("烧掉", Cue::Kind(MoneyKind::Cost)),
    ("耗资", Cue::Kind(MoneyKind::Cost)),
    ("薪酬", Cue::Kind(MoneyKind::Cost)),
    ("年薪", Cue::Kind(MoneyKind::Cost)),
    ("工资", Cue::Kind(MoneyKind::Cost)),
    ("市场规模", Cue::Kind(MoneyKind::MarketSize)),
    ("规模将达", Cue::Kind(MoneyKind::MarketSize)),
    ("规模达", Cue::Kind(MoneyKind::MarketSize)),
    ("市场空间", Cue::Kind(MoneyKind::MarketSize)),
    ("售价", Cue::Kind(MoneyKind::Price)),
    ("价格", Cue::Kind(MoneyKind::Price)),
    ("定价", Cue::Kind(MoneyKind::Price)),
    ("单价", Cue::Kind(MoneyKind::Price)),
    ("标价", Cue::Kind(MoneyKind::Price)),
    ("每月", Cue::Kind(MoneyKind::Price)),
    ("每人", Cue::Kind(MoneyKind::Price)),
    ("每位", Cue::Kind(MoneyKind::Price)),
    ("每用户", Cue::Kind(MoneyKind::Price)),
    ("每个用户", Cue::Kind(MoneyKind::Price)),
    ("每千", Cue::Kind(MoneyKind::Price)),
    ("每百万", Cue::Kind(MoneyKind::Price)),
    ("月费", Cue::Kind(MoneyKind::Price)),
    ("订阅", Cue::Kind(MoneyKind::Price)),
    ("收费", Cue::Kind(MoneyKind::Price)),
    ("收取", Cue::Kind(MoneyKind::Price)),
    // Profit has no kind of its own; the cue keeps a profit figure from borrowing another.
    ("利润", Cue::Kind(MoneyKind::Other)),
    ("净利", Cue::Kind(MoneyKind::Other)),
    ("盈利", Cue::Kind(MoneyKind::Other)),
    ("毛利", Cue::Kind(MoneyKind::Other)),
    ("罚款", Cue::Kind(MoneyKind::Other)),
];

/// A cue word found in the sentence (char offsets).
#[derive(Debug, Clone, Copy)]
pub(super) struct CueHit {
    /// Where the word sits, in chars.
    span: Span,
    /// What it says.
    cue: Cue,
}

/// All cue words, one regex for the table plus lettered rounds (A轮, B+轮, Pre-A轮).
fn cue_regex() -> &'static Regex {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        let mut words: Vec<&str> = CUE_WORDS.iter().map(|(w, _)| *w).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        let alts: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
        Regex::new(&format!(r"(?:Pre-)?[A-H][0-9]?\+?\s*轮|{}", alts.join("|")))
            .expect("the cue pattern is a fixed, valid regex")
    });
    &RE
}

/// Cue words in the folded sentence, as char offsets.
pub(super) fn find_cues(folded: &str, n_chars: usize) -> Vec<CueHit> {
    // Regex offsets are bytes; map them to chars through each char's first byte.
    let starts: Vec<usize> = folded.char_indices().map(|(b, _)| b).collect();
    let to_char = |b: usize| starts.partition_point(|&s| s < b).min(n_chars);
    cue_regex()
        .find_iter(folded)
        .filter_map(|m| {
            let cue = if m.as_str().ends_with('轮') {
                Cue::Kind(MoneyKind::FundingRound)
            } else {
                CUE_WORDS.iter().find(|(w, _)| *w == m.as_str())?.1
            };
            Some(CueHit {
                span: Span::new(to_char(m.start()), to_char(m.end())),
                cue,
            })
        })
        .collect()
}

/// A price unit right after the figure: `30美元/月`, `20美元每月`, `10美元一个月`.
fn attached_price_unit(c: &[char], e: usize) -> bool {
    let k = skip_ws(c, e);
    let k = match c.get(k) {
        Some('/' | '每') => k + 1,
        _ if starts_with_at(c, k, "一个") => k + 2,
        _ => return false,
    };
    let k = skip_ws(c, k);
    word_at(
        c,
        k,
        &[
            "月", "年", "人", "用户", "小时", "次", "个", "张", "份", "席", "座", "天", "周",
            "百万", "千", "token", "Token",
        ],
    )
    .is_some()
}

impl Context<'_> {
    /// The kind of `figure`: a price unit stuck to it, else the nearest cue before it in its
    /// clause, after it in its clause, then anywhere in the sentence.
    pub(super) fn kind(&self, figure: Span) -> MoneyKind {
        if attached_price_unit(self.chars, figure.end) {
            return MoneyKind::Price;
        }
        let clause = bounds(self.chars, figure, CLAUSE_BREAKS);
        let usable = || {
            self.cues.iter().filter(|h| {
                h.cue != Cue::Neutral && (h.span.end <= figure.start || h.span.start >= figure.end)
            })
        };
        let before = usable()
            .filter(|h| h.span.start >= clause.start && h.span.end <= figure.start)
            .max_by_key(|h| h.span.end);
        let after = || {
            usable()
                .filter(|h| h.span.start >= figure.end && h.span.end <= clause.end)
                .min_by_key(|h| h.span.start)
        };
        // Outside the clause a cue before the figure is preferred: Chinese puts the topic
        // (收入…，达到了221.4亿美元) before the figures that belong to it.
        let sentence_before = || {
            usable()
                .filter(|h| h.span.end <= figure.start)
                .max_by_key(|h| h.span.end)
        };
        let sentence_after = || {
            usable()
                .filter(|h| h.span.start >= figure.end)
                .min_by_key(|h| h.span.start)
        };
        let Some(hit) = before
            .or_else(after)
            .or_else(sentence_before)
            .or_else(sentence_after)
        else {
            return MoneyKind::Other;
        };
        match hit.cue {
            Cue::Kind(k) => k,
            Cue::Input => {
                let cue_clause = bounds(self.chars, hit.span, CLAUSE_BREAKS);
                let clause = &self.chars[cue_clause.start..cue_clause.end];
                let spending = ["训练", "研发", "算力", "研究"]
                    .iter()
                    .any(|w| (0..clause.len()).any(|k| starts_with_at(clause, k, w)));
                if spending {
                    MoneyKind::Cost
                } else {
                    MoneyKind::Investment
                }
            }
            Cue::Neutral => MoneyKind::Other,
        }
    }
}
