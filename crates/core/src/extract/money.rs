//! Money figures in a sentence: amount, currency, kind, conversion, who pays whom.
//!
//! STUB: the interface is fixed; the implementation is being written.

use super::CompanySpan;
use serde::{Deserialize, Serialize};

/// What a figure measures, from the cue words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    Other,
}

/// A parenthetical conversion of a figure into another currency (约合292.34亿元人民币).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conversion {
    /// Amount in units of `currency`.
    pub amount: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// The conversion as written.
    pub text: String,
    /// First char in the sentence.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
}

/// A money figure found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoneyMention {
    /// First char of the figure in the sentence.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// The figure as written (`40亿美元`).
    pub text: String,
    /// Amount in units of the currency (12.5亿美元 → 1_250_000_000); the low end of a range.
    pub amount: f64,
    /// The high end of a range (200-300亿美元), if it is one.
    pub amount_max: Option<f64>,
    /// ISO 4217 code (USD, CNY, EUR…).
    pub currency: String,
    /// What it measures.
    pub kind: MoneyKind,
    /// Its conversion into another currency, when the sentence gives one.
    pub conversion: Option<Conversion>,
    /// Registry ids of every company the figure is about, payer and payee included.
    pub entities: Vec<String>,
    /// For an investment: who pays, where the sentence says so.
    pub payer: Option<String>,
    /// For an investment: who receives, where the sentence says so.
    pub payee: Option<String>,
}

/// Every money figure in `sentence` (either script). `companies` are the company names the
/// segmenter found in the same sentence, with offsets into it.
pub fn find_money(_sentence: &str, _companies: &[CompanySpan]) -> Vec<MoneyMention> {
    Vec::new()
}
