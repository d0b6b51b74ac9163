//! Registry names as one token each: runs of jieba pieces that spell a name are joined
//! (`Stability`,` `,`AI`), and product names with a version glued on (`Claude2`) are found.

use super::script::Piece;
use super::token::{classify, Token, TokenKind};
use super::Segmenter;
use crate::registry::{key_of_simplified, AliasKind, NameMatch, Registry};

/// Endings that make an organisation of the name before them (`月之暗面` + `科技`), as jieba
/// cuts them off. Not 公司 (`Meta公司` is Meta and a noun), not 智能 (`智能` starts 智能汽车…
/// only when jieba has no longer word, so it is seldom an ending).
const ORG_TAILS: &[&str] = &["科技", "集团", "股份", "控股"];

/// Longest run of jieba tokens a registry name may span (`蒂姆`,` `,`·`,` `,`库克`).
const MAX_NAME_TOKENS: usize = 7;

impl Segmenter {
    /// Joins runs of pieces that together spell a registry name (`Stability`,` `,`AI`),
    /// and classifies every token. Every registry name comes out as a company here; the
    /// context rules come after.
    pub(super) fn merge_names(
        &self,
        mut raw: Vec<Piece>,
    ) -> (Vec<Token>, Vec<Option<NameMatch<'static>>>) {
        let registry: &'static Registry = self.registry;
        let mut out = Vec::with_capacity(raw.len());
        let mut matches = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            let mut taken = 1;
            let mut found = None;
            let key = key_of_simplified(&raw[i].simplified);
            // Only a token that begins some multi-piece name starts a longer run.
            let longest = if self.run_starts.contains(key.as_ref()) {
                MAX_NAME_TOKENS
            } else {
                1
            };
            for len in (1..=longest.min(raw.len() - i)).rev() {
                // A multi-token name must start and end on a word, not on space or punctuation.
                let run = &raw[i..i + len];
                if len > 1
                    && (!is_wordish(&run[0].simplified) || !is_wordish(&run[len - 1].simplified))
                {
                    continue;
                }
                let m = if len == 1 {
                    registry
                        .resolve_key(&key, &run[0].simplified)
                        .or_else(|| resolve_versioned(registry, &run[0].simplified))
                } else {
                    let joined: String = run.iter().map(|p| p.simplified.as_str()).collect();
                    registry.resolve(&joined)
                };
                if let Some(m) = m {
                    taken = len;
                    found = Some(m);
                    break;
                }
            }
            // `月之暗面科技`: a Chinese company name with an organisation's ending written
            // after it is still that company, one token (a name that needs its context to
            // count, 小米 or 苹果, is left to that context).
            if let Some(m) = found {
                let sure = m.alias.is_none_or(|a| !a.needs_context());
                let han_end = raw[i + taken - 1]
                    .simplified
                    .chars()
                    .last()
                    .is_some_and(crate::normalize::is_han);
                // In a registered form (`月之暗面科技有限公司`) the short name is what the
                // text abbreviates it to (`下称“月之暗面”`): left alone.
                let legal = raw
                    .get(i + taken + 1)
                    .is_some_and(|p| p.simplified.starts_with("有限"));
                if sure
                    && han_end
                    && !legal
                    && raw
                        .get(i + taken)
                        .is_some_and(|p| ORG_TAILS.contains(&p.simplified.as_str()))
                {
                    taken += 1;
                }
            }
            let (text, simplified) = if taken == 1 {
                // Nearly every token: its piece's strings, moved rather than copied.
                let piece = &mut raw[i];
                (
                    std::mem::take(&mut piece.original),
                    std::mem::take(&mut piece.simplified),
                )
            } else {
                let run = &raw[i..i + taken];
                (
                    run.iter().map(|p| p.original.as_str()).collect(),
                    run.iter().map(|p| p.simplified.as_str()).collect(),
                )
            };
            let kind = match found {
                Some(m) => TokenKind::Company(m.company.id.clone()),
                None => classify(&simplified),
            };
            out.push(Token {
                text,
                simplified,
                kind,
            });
            matches.push(found);
            i += taken;
        }
        (out, matches)
    }
}

/// A product name with a version glued on, which jieba keeps as one Latin word: `Claude2`,
/// `GPT-4V`, `Llama-2-70b`, `H100s`. The stem must be a product alias; the suffix is a
/// version: a digit first (after an optional `-` or `.`), then digits, `.`, `-` and at most
/// two letters in a row (`GPT4All` is another project); or one or two letters after a stem
/// that ends in a digit. The longest stem wins.
fn resolve_versioned(registry: &'static Registry, token: &str) -> Option<NameMatch<'static>> {
    if !token.is_ascii() || token.len() > 40 || !token.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let b = token.as_bytes();
    (1..b.len()).rev().find_map(|p| {
        let (stem, suffix) = b.split_at(p);
        let last = *stem.last()?;
        let version = match suffix {
            [b'-' | b'.', d, ..] | [d, ..] if d.is_ascii_digit() && last.is_ascii_alphabetic() => {
                suffix.len() <= 12
                    && suffix
                        .iter()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.'))
                    && !suffix
                        .windows(3)
                        .any(|w| w.iter().all(u8::is_ascii_alphabetic))
            }
            _ => {
                last.is_ascii_digit()
                    && suffix.len() <= 2
                    && suffix.iter().all(u8::is_ascii_alphabetic)
            }
        };
        if !version {
            return None;
        }
        let m = registry.resolve(token.get(..p)?)?;
        m.alias
            .is_some_and(|a| a.kind == AliasKind::Product)
            .then_some(m)
    })
}

/// True when `s` has a letter or digit: a name may start or end on it.
fn is_wordish(s: &str) -> bool {
    s.chars().any(|c| c.is_alphanumeric())
}
