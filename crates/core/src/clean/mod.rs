//! Cleaning: from a dirty web scrape to the article's real paragraphs.
//!
//! Every rule is general (it would work on the next scrape of the same kind) and lives in its
//! own module with its own tests. Line rules repair or drop single lines; block rules
//! ([`duplicate`], [`trailer`]) look at the paragraphs in order. Each rule counts what it
//! removed, so the corpus view can show what cleaning did and a reader can trust it.

pub mod captions;
pub mod censor;
pub mod chrome;
pub mod duplicate;
pub mod html;
pub mod jammer;
pub mod pinyin;
pub mod punct;
pub mod spam;
pub mod trailer;

use crate::normalize::to_simplified;
use std::collections::BTreeMap;

/// What each rule removed: rule name → count. Every rule appears, with 0 when it found nothing.
pub type Removed = BTreeMap<String, usize>;

/// The mark that stands for a censored word (`*` in the source). U+25A1 is the conventional
/// "missing character" box in Chinese print, so the gap stays visible instead of the two
/// neighbouring words being glued together.
pub const GAP: char = '□';

/// The rules, in the order they run; also the keys of [`Removed`].
pub const RULES: &[&str] = &[
    "html",        // leftover HTML tags and entities
    "image_name",  // image file names: 2023871130.jpg
    "jammer",      // forum anti-scrape strings
    "pinyin",      // pinyin glued after characters: 產(chǎn)
    "spam",        // injected casino spam phrases and lines
    "hotline",     // spam hotlines and phone-number lines
    "caption",     // (图N) captions, image credits
    "chrome",      // site and forum chrome: login, share, comments, footers
    "title",       // the headline repeated inside the body
    "duplicate",   // a paragraph (or whole body) printed again
    "trailer",     // tags, related links and signatures after the closing credit
    "censor_gap",  // `*` censoring marks, kept as a visible □ gap (counted, not removed)
    "punct_width", // ASCII punctuation in Chinese text restored to full width (counted, not removed)
];

/// The result of cleaning one scrape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The article's paragraphs in the original script, one per line.
    pub text: String,
    /// What each rule removed.
    pub removed: Removed,
}

/// Cleans a raw scrape. `title` is the article's known headline (it is dropped where the
/// page repeats it in the body); pass `""` when unknown.
pub fn clean(raw: &str, title: &str) -> Cleaned {
    let mut removed: Removed = RULES.iter().map(|r| (r.to_string(), 0)).collect();
    let mut count = |rule: &str, n: usize| *removed.entry(rule.to_owned()).or_default() += n;
    let title_key = paragraph_key(&to_simplified(title));

    let mut paragraphs = Vec::new();
    for line in raw.lines() {
        // Scrapes indent with no-break spaces; jammer and chrome rules reason about plain spaces.
        let line = line.replace('\u{a0}', " ");
        let (line, n) = html::strip_fragments(&line);
        count("html", n);
        // File names first: a jammer that follows one is then a plain jammer line.
        let (line, n) = captions::strip_image_names(&line);
        count("image_name", n);
        let (line, n) = jammer::strip(&line);
        count("jammer", n);
        let (line, n) = pinyin::strip(&line);
        count("pinyin", n);
        let (line, n) = spam::strip_phrases(&line);
        count("spam", n);
        let (line, n) = captions::strip_figure_marks(&line);
        count("caption", n);
        let line = trim(&line);
        if line.is_empty() {
            continue;
        }
        // Line classifiers read the simplified form, so one lexicon serves both scripts.
        let simple = to_simplified(line);
        let verdict = if spam::is_spam_line(&simple) {
            Some("spam")
        } else if spam::is_hotline(&simple) {
            Some("hotline")
        } else if captions::is_caption(&simple) {
            Some("caption")
        } else if chrome::is_chrome(&simple) {
            Some("chrome")
        } else if !title_key.is_empty() && paragraph_key(&simple) == title_key {
            Some("title")
        } else {
            None
        };
        match verdict {
            Some(rule) => count(rule, 1),
            None => paragraphs.push(Paragraph {
                text: line.to_owned(),
                simplified: simple,
            }),
        }
    }

    let (paragraphs, n) = duplicate::drop_repeats(paragraphs);
    count("duplicate", n);
    let (paragraphs, n) = trailer::drop_trailer(paragraphs);
    count("trailer", n);
    let mut text = String::new();
    for p in &paragraphs {
        let (p, n) = censor::mark_gaps(&p.text);
        count("censor_gap", n);
        let (p, n) = punct::restore(&p);
        count("punct_width", n);
        text.push_str(&p);
        text.push('\n');
    }
    Cleaned { text, removed }
}

/// A kept line, with its simplified form computed once for every rule that reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The line in the original script.
    pub text: String,
    /// The same line in simplified script.
    pub simplified: String,
}

/// Keeps the paragraphs `keep(index, paragraph)` accepts; returns them and how many were dropped.
pub(crate) fn keep_counting(
    paragraphs: Vec<Paragraph>,
    mut keep: impl FnMut(usize, &Paragraph) -> bool,
) -> (Vec<Paragraph>, usize) {
    let before = paragraphs.len();
    let kept: Vec<Paragraph> = paragraphs
        .into_iter()
        .enumerate()
        .filter(|(i, p)| keep(*i, p))
        .map(|(_, p)| p)
        .collect();
    let dropped = before - kept.len();
    (kept, dropped)
}

/// Paragraphs from literals, for the rules' tests.
#[cfg(test)]
pub(crate) fn paragraphs(xs: &[&str]) -> Vec<Paragraph> {
    xs.iter()
        .map(|s| Paragraph {
            text: s.to_string(),
            simplified: to_simplified(s),
        })
        .collect()
}

/// Trims ASCII, ideographic (U+3000) and no-break spaces.
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}')
}

/// A paragraph's identity for comparison: simplified text, full-width punctuation, no white space.
pub(crate) fn paragraph_key(simplified: &str) -> String {
    punct::restore(simplified)
        .0
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[cfg(test)]
mod tests;
