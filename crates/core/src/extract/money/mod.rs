//! Money figures in a sentence: amount, currency, kind, conversion, who pays whom.
//!
//! How a sentence is read:
//! 1. It is folded ([`super::fold`]): traditional → simplified, full-width digits → ASCII. The
//!    fold is one char for one char, so offsets found on the folded text hold for the original,
//!    and `text` fields quote the original.
//! 2. A scanner reads figures char by char: an optional currency prefix (`人民币`, `$`, `USD`),
//!    a number (ASCII digits with thousands separators and decimals, or a simple Chinese
//!    numeral such as `两百亿`), an optional multiplier (`万`, `亿`, `万亿`, `兆`, `千万`…, or
//!    `million`/`billion` in English forms), `多`/`余` ("more than", kept in `text`, amount is
//!    the written lower bound), an optional currency suffix (`美元`, `元人民币`…), and
//!    optionally a second number making a range (`200-300亿美元`). A figure needs a currency;
//!    a bare number is not money. Vague amounts (`数十亿美元`, `上百亿元`) are figures too.
//!    Qualifiers (`超`, `近`, `约`, `左右`, `多`…) make the amount a bound: each figure has
//!    `low`/`high` (`None` = open) by the rules in [`qualifier`], and keeps the qualifier.
//! 3. A conversion right after a figure (`（约合人民币292亿元）`, `，约合…`) becomes its
//!    [`Conversion`] and is not a mention of its own.
//! 4. The kind comes from cue words ([`MoneyKind`]): the nearest cue before the figure in its
//!    clause, else the nearest after it in the clause, else the nearest in the sentence.
//! 5. Companies come from the caller's [`CompanySpan`]s; payer and payee (investments and
//!    funding rounds only) from a few sentence patterns, and stay `None` when no pattern fits.
//!
//! Design decisions: an acquisition price (`以13亿美元收购`) is an [`MoneyKind::Investment`]
//! with the buyer as payer and the target as payee. Profit cues (`利润`, `盈利`) give
//! [`MoneyKind::Other`], so a profit figure does not borrow a revenue cue from elsewhere in the
//! sentence. `￥`/`¥` are read as CNY (Chinese press). Vague amounts (`数十亿美元`,
//! `几百亿美金`, `上百万美元`) are taken with their bounds, their `amount` the low bound.
//! The round of a funding or deal figure (`种子轮`, `B轮`, `收购`) is the nearest one named
//! ([`round`], words in `corpus/money/rounds.txt`).
//!
//! How it is laid out: `amount` reads one number and its multiplier, `currency` the currency
//! marks around it, `figure` a whole figure, range and conversion; `kind` finds the cues,
//! `roles` the companies, payer and payee; `chars` holds the char-slice helpers they share.

mod amount;
mod chars;
mod currency;
mod figure;
mod kind;
mod names;
pub mod qualifier;
mod roles;
mod round;

#[cfg(test)]
mod tests;

use super::{CompanySpan, Span};
use figure::{parse_conversion, parse_figure, Figure};
use kind::{find_cues, CueHit};
pub use qualifier::Qualifier;
use roles::{Company, Roles};
use round::{find_rounds, round_of, RoundHit};
use serde::{Deserialize, Serialize};

/// What a figure measures, from the cue words around it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MoneyKind {
    /// One company putting money into another (投资, 注资).
    Investment,
    /// A round of funding raised (融资, 筹集, A轮).
    FundingRound,
    /// What a company is valued at (估值).
    Valuation,
    /// Revenue or income (营收, 收入).
    Revenue,
    /// A loss (亏损).
    Loss,
    /// Spending or cost (成本, 花费, 开销).
    Cost,
    /// The size of a market (市场规模).
    MarketSize,
    /// Market capitalisation (市值).
    MarketCap,
    /// A price (售价, 每月…美元).
    Price,
    /// Money with no recognised cue.
    #[default]
    Other,
}

/// A parenthetical conversion of a figure into another currency (约合292.34亿元人民币).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conversion {
    /// Amount in units of `currency`.
    pub amount: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// The converted figure as written (`292.34亿元人民币`, `人民币292亿元`), without the
    /// `约合` that introduces it.
    pub text: String,
    /// First char in the sentence.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
}

impl Conversion {
    /// Where the converted figure sits in the sentence, in chars.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A money figure found in a sentence. `Default` lets code that builds one by hand (tests)
/// name only the fields it cares about, so new fields break nothing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MoneyMention {
    /// First char of the figure in the sentence.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// The figure as written (`40亿美元`).
    pub text: String,
    /// Amount in units of the currency (12.5亿美元 → 1_250_000_000); the low end of a range,
    /// and the written lower bound of `1000多亿美元`.
    pub amount: f64,
    /// The high end of a range (200-300亿美元), if it is one.
    pub amount_max: Option<f64>,
    /// ISO 4217 code (USD, CNY, EUR…).
    pub currency: String,
    /// What it measures.
    pub kind: MoneyKind,
    /// Its conversion into another currency, when the sentence gives one.
    pub conversion: Option<Conversion>,
    /// Registry ids of every company the figure is about, payer and payee included; a party
    /// the sentence names that no registry or discovery knows is `~` and its name.
    pub entities: Vec<String>,
    /// For an investment or a funding round: who pays, where the sentence says so.
    pub payer: Option<String>,
    /// For an investment or a funding round: who receives, where the sentence says so.
    pub payee: Option<String>,
    /// The lowest the amount may be (`None`: open): the amount itself when exact, `0.9·A`
    /// for `近A`, the low end of a range. See [`qualifier`] for each rule.
    pub low: Option<f64>,
    /// The highest it may be (`None`: open, as in `超1.42亿美元`).
    pub high: Option<f64>,
    /// The word that makes the amount a bound (`超`, `近`, `约`, `多`, `数十亿`…), if any.
    pub qualifier: Option<Qualifier>,
    /// For an investment or a funding round: the round or deal named nearest to it (`seed`,
    /// `angel`, `a`, `b+`, `pre-ipo`, `ipo`, `strategic`, `acquisition`…).
    pub round: Option<String>,
    /// Every payer the sentence names together (`由A和B领投`: A and B), `payer` among them;
    /// empty unless there are several.
    #[serde(default)]
    pub payers: Vec<String>,
}

impl MoneyMention {
    /// Where the figure sits in the sentence, in chars.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Every money figure in `sentence` (either script). `companies` are the company names the
/// segmenter found in the same sentence, with char offsets into it.
///
/// Mentions come back in sentence order, non-overlapping, with char offsets. Spans in
/// `companies` that do not fit the sentence are ignored; no input makes this panic.
pub fn find_money(sentence: &str, companies: &[CompanySpan]) -> Vec<MoneyMention> {
    let folded = super::fold(sentence);
    let chars: Vec<char> = folded.chars().collect();
    let original: Vec<char> = sentence.chars().collect();
    // fold keeps the char count; should that ever break, quote the folded text rather than
    // slicing the original at the wrong places.
    let shown: &[char] = if original.len() == chars.len() {
        &original
    } else {
        &chars
    };
    let mut companies: Vec<Company> = companies
        .iter()
        .filter(|co| co.start < co.end && co.end <= chars.len())
        .map(|co| Company {
            id: co.id.as_str(),
            span: co.span(),
        })
        .collect();
    // Parties the segmenter did not tag, read from the sentence (`~Name`).
    let taken: Vec<Span> = companies.iter().map(|co| co.span).collect();
    let read = names::read(&chars, &taken);
    companies.extend(read.iter().map(|r| Company {
        id: r.id.as_str(),
        span: r.span,
    }));
    companies.sort_by_key(|co| co.span);
    let cues = find_cues(&folded, chars.len());
    let rounds = find_rounds(&folded, chars.len());
    let ctx = Context {
        chars: &chars,
        companies: &companies,
        cues: &cues,
        rounds: &rounds,
    };

    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let Some(figure) = parse_figure(&chars, i, true) else {
            i += 1;
            continue;
        };
        let conversion = parse_conversion(&chars, &figure);
        let next = conversion.as_ref().map_or(figure.span.end, |g| g.span.end);
        out.push(ctx.mention(&figure, conversion.as_ref(), shown));
        i = next.max(i + 1);
    }
    out
}

/// What one sentence offers every figure in it. All offsets are chars of the sentence.
struct Context<'a> {
    /// The folded sentence.
    chars: &'a [char],
    /// The companies named in it, in order.
    companies: &'a [Company<'a>],
    /// The cue words in it.
    cues: &'a [CueHit],
    /// The rounds named in it.
    rounds: &'a [RoundHit],
}

impl Context<'_> {
    /// The mention of `figure` (and its conversion), quoting `shown`, the original sentence.
    fn mention(&self, figure: &Figure, conv: Option<&Figure>, shown: &[char]) -> MoneyMention {
        let quote =
            |span: Span| -> String { shown[span.start.min(span.end)..span.end].iter().collect() };
        let kind = self.kind(figure.span);
        let Roles {
            mut payer,
            payee,
            mut co_payers,
        } = self.payer_payee(figure.span, kind);
        // A round whose raiser the sentence does not name is no one's here, so none of its
        // investors pays it (see `Context::entities`).
        if kind == MoneyKind::FundingRound && payee.is_none() {
            payer = None;
            co_payers.clear();
        }
        let entities = self.entities(figure.span, kind, payer, payee);
        MoneyMention {
            start: figure.span.start,
            end: figure.span.end,
            text: quote(figure.span),
            amount: figure.amount,
            amount_max: figure.amount_max,
            currency: figure.currency.to_owned(),
            kind,
            conversion: conv.map(|g| Conversion {
                amount: g.amount,
                currency: g.currency.to_owned(),
                text: quote(g.span),
                start: g.span.start,
                end: g.span.end,
            }),
            entities,
            payer: payer.map(|k| self.companies[k].id.to_owned()),
            payee: payee.map(|k| self.companies[k].id.to_owned()),
            low: figure.low,
            high: figure.high,
            qualifier: figure.qualifier,
            round: matches!(kind, MoneyKind::FundingRound | MoneyKind::Investment)
                .then(|| round_of(self.chars, self.rounds, figure.span))
                .flatten(),
            payers: co_payers
                .iter()
                .map(|&k| self.companies[k].id.to_owned())
                .collect(),
        }
    }
}
