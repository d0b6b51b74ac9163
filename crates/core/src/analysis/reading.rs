//! One pass over an article: its sentences, and in each the companies, dates and money
//! figures it names. Everything later is computed from these readings, so an article is
//! segmented once and every view counts the same tokens.

use crate::analysis::reposts::Signature;
use crate::extract::date::{find_dates, Anchor, DateMention, Resolution};
use crate::extract::money::{find_money, MoneyMention};
use crate::extract::sentence::{sentences, Sentence};
use crate::extract::CompanySpan;
use crate::segment::{Segmenter, Token, TokenKind};
use crate::Article;
use serde::{Deserialize, Serialize};

/// Where a fact is said: an article and a stretch of its cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Article id.
    pub article: String,
    /// Paragraph index in the cleaned text, from 0 (the reader's `#p<N>`).
    pub paragraph: usize,
    /// `[start, end)` in chars (Unicode scalar values) of the article's cleaned text.
    pub span: [usize; 2],
    /// The words at that span, in the article's script.
    pub text: String,
}

/// A money figure with its evidence: what `baimo export` lists under `money`.
///
/// Serialised flat, with offsets into the article's cleaned text (see [`MoneyFigure::serialize`]).
#[derive(Debug, Clone, PartialEq)]
pub struct MoneyFigure {
    /// Stable id within one analysis (`m0`, `m1`… in article and text order).
    pub id: String,
    /// The figure as found, offsets into its sentence.
    pub figure: MoneyMention,
    /// The sentence that states it.
    pub evidence: Evidence,
}

impl MoneyFigure {
    /// `[start, end)` of the figure in chars of the article's cleaned text.
    pub fn span(&self) -> [usize; 2] {
        let base = self.evidence.span[0];
        [base + self.figure.start, base + self.figure.end]
    }
}

/// An amount in currency units, written as a JSON integer when it is whole (12.5亿 →
/// 1250000000), so consumers need not guess about `.0`.
struct Amount(f64);

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Whole amounts below 2^53 are exact in f64 and in i64 alike.
        if self.0.fract() == 0.0 && self.0.abs() < 9_007_199_254_740_992.0 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

#[derive(Serialize)]
struct ConversionOut<'a> {
    amount: Amount,
    currency: &'a str,
    text: &'a str,
    span: [usize; 2],
}

#[derive(Serialize)]
struct MoneyOut<'a> {
    id: &'a str,
    article: &'a str,
    amount: Amount,
    amount_max: Option<Amount>,
    currency: &'a str,
    kind: crate::extract::money::MoneyKind,
    conversion: Option<ConversionOut<'a>>,
    entities: &'a [String],
    payer: &'a Option<String>,
    payee: &'a Option<String>,
    low: Option<Amount>,
    high: Option<Amount>,
    qualifier: Option<crate::extract::money::Qualifier>,
    round: &'a Option<String>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    payers: &'a [String],
    text: &'a str,
    span: [usize; 2],
    sentence: &'a Evidence,
}

/// The binary form of a [`MoneyFigure`] (see [`crate::wire`]): its fields as they are, so
/// it reads back whole.
#[derive(Serialize, Deserialize)]
struct MoneyWire<T> {
    id: String,
    figure: MoneyMention,
    evidence: T,
}

/// In JSON (`baimo export`, the views' downloads) the flat form above; in a binary format
/// ([`crate::wire`]: the Web Worker's messages and cache) the fields as they are.
impl Serialize for MoneyFigure {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            return MoneyWire {
                id: self.id.clone(),
                figure: self.figure.clone(),
                evidence: &self.evidence,
            }
            .serialize(s);
        }
        let f = &self.figure;
        let base = self.evidence.span[0];
        MoneyOut {
            id: &self.id,
            article: &self.evidence.article,
            amount: Amount(f.amount),
            amount_max: f.amount_max.map(Amount),
            currency: &f.currency,
            kind: f.kind,
            conversion: f.conversion.as_ref().map(|c| ConversionOut {
                amount: Amount(c.amount),
                currency: &c.currency,
                text: &c.text,
                span: [base + c.start, base + c.end],
            }),
            entities: &f.entities,
            payer: &f.payer,
            payee: &f.payee,
            low: f.low.map(Amount),
            high: f.high.map(Amount),
            qualifier: f.qualifier,
            round: &f.round,
            payers: &f.payers,
            text: &f.text,
            span: self.span(),
            sentence: &self.evidence,
        }
        .serialize(s)
    }
}

/// Reads the binary form only ([`crate::wire`]): the flat JSON form leaves out what the
/// figure's offsets in its sentence need, and nothing reads that JSON back.
impl<'de> Deserialize<'de> for MoneyFigure {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            return Err(serde::de::Error::custom(
                "a money figure reads back from the binary form only",
            ));
        }
        let wire = MoneyWire::<Evidence>::deserialize(d)?;
        Ok(MoneyFigure {
            id: wire.id,
            figure: wire.figure,
            evidence: wire.evidence,
        })
    }
}

/// What one sentence names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceFacts {
    /// The sentence, offsets into the article's cleaned text.
    pub sentence: Sentence,
    /// Company names, offsets into the sentence.
    pub companies: Vec<CompanySpan>,
    /// Words (simplified script) that are neither names, punctuation nor space: what
    /// distinctive terms are computed from.
    pub words: Vec<String>,
    /// Dates, offsets into the sentence.
    pub dates: Vec<DateMention>,
    /// Money figures, with evidence.
    pub money: Vec<MoneyFigure>,
}

impl SentenceFacts {
    /// Distinct company ids in the sentence, in order of first appearance.
    pub fn company_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for c in &self.companies {
            if !ids.contains(&c.id) {
                ids.push(c.id.clone());
            }
        }
        ids
    }

    /// Evidence for the whole sentence.
    pub fn sentence_evidence(&self, article: &str) -> Evidence {
        Evidence {
            article: article.to_owned(),
            paragraph: self.sentence.paragraph,
            span: [self.sentence.start, self.sentence.end],
            text: self.sentence.text.clone(),
        }
    }

    /// Evidence for a stretch `[start, end)` of this sentence (sentence offsets).
    pub fn evidence(&self, article: &str, start: usize, end: usize) -> Evidence {
        Evidence {
            article: article.to_owned(),
            paragraph: self.sentence.paragraph,
            span: [self.sentence.start + start, self.sentence.start + end],
            text: self
                .sentence
                .text
                .chars()
                .skip(start)
                .take(end.saturating_sub(start))
                .collect(),
        }
    }
}

/// One article, read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    /// Article id.
    pub article: String,
    /// The article's date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`): the earliest copy of a story
    /// is its original.
    pub date: String,
    /// Length of the cleaned text in chars.
    pub chars: usize,
    /// Its shingles, to find reposts ([`crate::analysis::reposts`]).
    pub signature: Signature,
    /// Its sentences, in order.
    pub sentences: Vec<SentenceFacts>,
}

/// Reads one article. Money ids are left empty: [`crate::analysis::analyse`] numbers them
/// across the corpus.
pub fn read(article: &Article, segmenter: &Segmenter) -> Reading {
    read_segmented(article, &segment_lines(&article.text, segmenter))
}

/// The tokens of every line of `text` (split at `\n`, empty lines included): what
/// [`read_segmented`] and the search index take, so a text is cut once for both.
pub fn segment_lines(text: &str, segmenter: &Segmenter) -> Vec<Vec<Token>> {
    text.split('\n')
        .map(|line| segmenter.tokens(line))
        .collect()
}

/// Reads one article already cut into tokens, one list per line of its text
/// ([`segment_lines`]).
pub fn read_segmented(article: &Article, lines: &[Vec<Token>]) -> Reading {
    let id = article.meta.id.as_str();
    // An article without a usable date (an import with none given) still gets companies and
    // money; only dates need the anchor.
    let anchor = Anchor::parse(article.meta.anchor_date());
    let mut sentences: Vec<SentenceFacts> = sentences(&article.text)
        .into_iter()
        .map(|sentence| SentenceFacts {
            sentence,
            companies: Vec::new(),
            words: Vec::new(),
            dates: Vec::new(),
            money: Vec::new(),
        })
        .collect();
    assign_tokens(&article.text, lines, &mut sentences);
    let mut context_year: Option<(usize, i32)> = None; // (paragraph, year)
    for facts in &mut sentences {
        let paragraph = facts.sentence.paragraph;
        if let Some(anchor) = &anchor {
            facts.dates = find_dates(&facts.sentence.text, anchor);
            for d in &mut facts.dates {
                // A month or day without a year, after an earlier date in the same paragraph
                // named the year, belongs to that year (2023年7月…；在9月… is September 2023).
                match (d.resolution, context_year) {
                    (Resolution::Explicit, _) => context_year = Some((paragraph, d.date.year)),
                    (Resolution::ArticleYear | Resolution::PreviousYear, Some((p, year)))
                        if p == paragraph =>
                    {
                        let shift = year - d.date.year;
                        d.date.year += shift;
                        if let Some(u) = &mut d.until {
                            u.year += shift;
                        }
                        d.resolution = Resolution::ContextYear;
                    }
                    _ => {}
                }
            }
        }
        let figures = find_money(&facts.sentence.text, &facts.companies);
        if !figures.is_empty() {
            let evidence = facts.sentence_evidence(id);
            facts.money = figures
                .into_iter()
                .map(|figure| MoneyFigure {
                    id: String::new(),
                    figure,
                    evidence: evidence.clone(),
                })
                .collect();
        }
    }
    Reading {
        article: id.to_owned(),
        date: article.meta.date.clone(),
        chars: article.char_len(),
        signature: Signature::of(&article.text, article.meta.script),
        sentences,
    }
}

/// Segments each paragraph (the segmenter needs the paragraph as context for ambiguous
/// names) and hands each token to the sentence it falls in.
fn assign_tokens(text: &str, lines: &[Vec<Token>], sentences: &mut [SentenceFacts]) {
    let mut offset = 0;
    let mut next = 0; // first sentence not yet finished
    for (line, tokens) in text.split('\n').zip(lines) {
        let mut pos = offset;
        for token in tokens {
            let len = token.text.chars().count();
            let (start, end) = (pos, pos + len);
            pos = end;
            while next < sentences.len() && sentences[next].sentence.end <= start {
                next += 1;
            }
            let Some(facts) = sentences.get_mut(next) else {
                break;
            };
            if start < facts.sentence.start {
                continue; // blank space between sentences
            }
            let local = start - facts.sentence.start;
            match &token.kind {
                TokenKind::Company(id) => facts.companies.push(CompanySpan {
                    id: id.clone(),
                    start: local,
                    end: local + len,
                }),
                TokenKind::Word => facts.words.push(token.simplified.clone()),
                _ => {}
            }
        }
        offset += line.chars().count() + 1;
    }
}
