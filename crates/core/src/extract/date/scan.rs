//! Running the patterns over a sentence: the folded text with what builders need to judge a
//! match ([`Ctx`]), and the loop that collects candidates ([`scan`]).

use super::cues::speaks_of_future;
use super::{Anchor, Date, Resolution};
use crate::extract::Span;
use regex::{Captures, Regex};

/// The folded sentence and what the builders need to judge a match.
pub(super) struct Ctx<'a> {
    /// The folded sentence, which the patterns run on.
    pub(super) text: &'a str,
    /// Its chars.
    pub(super) chars: Vec<char>,
    /// Byte offset → char offset (meaningful at char boundaries, which is all regex returns).
    byte_to_char: Vec<usize>,
    /// The article's date.
    pub(super) anchor: &'a Anchor,
    /// The sentence talks about what will happen: a yearless month is not pushed back.
    future: bool,
}

impl<'a> Ctx<'a> {
    /// The context of `text`, a folded sentence, in an article dated `anchor`.
    pub(super) fn new(text: &'a str, anchor: &'a Anchor) -> Ctx<'a> {
        let chars: Vec<char> = text.chars().collect();
        let mut byte_to_char = vec![0; text.len() + 1];
        for (ci, (b, _)) in text.char_indices().enumerate() {
            byte_to_char[b] = ci;
        }
        byte_to_char[text.len()] = chars.len();
        Ctx {
            future: speaks_of_future(&chars),
            text,
            chars,
            byte_to_char,
            anchor,
        }
    }
}

impl Ctx<'_> {
    /// The char offset of byte offset `byte`.
    pub(super) fn char_index(&self, byte: usize) -> usize {
        self.byte_to_char
            .get(byte)
            .copied()
            .unwrap_or(self.chars.len())
    }

    /// A span of byte offsets as char offsets.
    pub(super) fn char_span(&self, bytes: Span) -> Span {
        Span::new(self.char_index(bytes.start), self.char_index(bytes.end))
    }

    /// The char before byte offset `byte`.
    pub(super) fn before(&self, byte: usize) -> Option<char> {
        let i = self.char_index(byte);
        i.checked_sub(1).and_then(|i| self.chars.get(i)).copied()
    }

    /// The char at byte offset `byte`.
    pub(super) fn after(&self, byte: usize) -> Option<char> {
        self.chars.get(self.char_index(byte)).copied()
    }

    /// Whether 每年 (every year) comes right before, spaces aside: 每年5月 is no date.
    pub(super) fn every_year_before(&self, byte: usize) -> bool {
        let mut i = self.char_index(byte);
        while i > 0 && self.chars.get(i - 1).is_some_and(|c| c.is_whitespace()) {
            i -= 1;
        }
        i >= 2 && self.chars.get(i - 2..i) == Some(&['每', '年'][..])
    }

    /// The year for a month-like date without one (first month `first_month`): the article's
    /// year, or the year before when that would put it after the article's month. Compared
    /// by month, so a date in the article's own month is never "after".
    pub(super) fn infer_year(&self, first_month: u32) -> (i32, Resolution) {
        match self.anchor.month {
            Some(am) if first_month > am && !self.future => {
                (self.anchor.year.saturating_sub(1), Resolution::PreviousYear)
            }
            _ => (self.anchor.year, Resolution::ArticleYear),
        }
    }
}

/// A candidate mention.
pub(super) struct Candidate {
    /// Byte offsets into the folded text.
    pub(super) span: Span,
    /// The date (the start, for a range).
    pub(super) date: Date,
    /// The end of a range.
    pub(super) until: Option<Date>,
    /// How it was resolved.
    pub(super) resolution: Resolution,
}

/// Checks one match of a pattern and resolves it, or refuses it.
pub(super) type Builder = fn(&Captures<'_>, &Ctx<'_>) -> Option<Candidate>;

/// Runs `re` over the whole sentence. A rejected match is retried one char later, since a
/// shorter reading may start inside it.
pub(super) fn scan(re: &Regex, ctx: &Ctx<'_>, out: &mut Vec<Candidate>, build: Builder) {
    let text = ctx.text;
    let mut pos = 0;
    while pos < text.len() {
        let Some(caps) = re.captures_at(text, pos) else {
            break;
        };
        let Some(m) = caps.get(0) else { break };
        let next = text
            .get(m.start()..)
            .and_then(|s| s.chars().next())
            .map_or(text.len(), |c| m.start() + c.len_utf8());
        let accepted = build(&caps, ctx).map(|c| {
            let end = c.span.end;
            out.push(c);
            end
        });
        pos = accepted.unwrap_or(0).max(next);
    }
}
