//! Whether a registry name is the company, decided from its sentence and paragraph with the
//! rules the registry carries ([`crate::registry::Alias`]): `苹果` in 吃苹果 is a word.

use super::patterns::{matches_cue, matches_side, Side};
use super::token::{classify, Token, TokenKind};
use super::Segmenter;
use crate::registry::{Alias, NameMatch, PATTERN_COMPANY};

/// How the context left a registry name (see [`Segmenter::tokens`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Not a name.
    None,
    /// The company, whatever the context.
    Sure,
    /// An ambiguous alias not yet supported by its context.
    Maybe,
    /// Ruled out by a stop pattern: a plain word.
    Stopped,
}

impl Segmenter {
    /// Applies the registry's context rules (see [`Segmenter::tokens`]): names ruled out or
    /// unsupported become plain words.
    pub(super) fn apply_context(
        &self,
        toks: &mut [Token],
        matches: &mut [Option<NameMatch<'static>>],
    ) {
        let has_rules = |m: &Option<NameMatch<'static>>| {
            m.is_some_and(|m| m.alias.is_some_and(|a| a.needs_context()))
        };
        // Nearly every paragraph: nothing to decide.
        if !matches.iter().any(has_rules) {
            return;
        }
        let bounds = sentence_bounds(toks);
        let mut verdict: Vec<Verdict> = matches
            .iter()
            .enumerate()
            .map(|(i, m)| match m {
                None => Verdict::None,
                Some(NameMatch { alias: Some(a), .. }) if a.needs_context() => {
                    if stopped(a, toks, i, bounds[i]) {
                        Verdict::Stopped
                    } else if a.ambiguous {
                        Verdict::Maybe
                    } else {
                        Verdict::Sure
                    }
                }
                Some(_) => Verdict::Sure,
            })
            .collect();
        let named: Vec<&str> = (0..toks.len())
            .filter(|&i| verdict[i] == Verdict::Sure)
            .filter_map(|i| matches[i].map(|m| m.company.id.as_str()))
            .collect();
        // A name several companies share (each by an ambiguous alias) is read as the one the
        // paragraph names surely, when that is not its first claim.
        for i in 0..toks.len() {
            let Some(m) = matches[i].filter(|_| verdict[i] == Verdict::Maybe) else {
                continue;
            };
            if named.contains(&m.company.id.as_str()) {
                continue;
            }
            let key = crate::registry::key_of_simplified(&toks[i].simplified);
            let other = self
                .registry
                .other_claims(&key, &toks[i].simplified)
                .into_iter()
                .find(|o| named.contains(&o.company.id.as_str()));
            if let Some(other) = other {
                matches[i] = Some(other);
                toks[i].kind = TokenKind::Company(other.company.id.clone());
            }
        }
        let matches: &[Option<NameMatch<'static>>] = matches;
        let id_at = |i: usize| matches[i].map(|m| m.company.id.as_str()).unwrap_or("");
        // Decide every ambiguous mention against the sure ones only, so that two ambiguous
        // names never vouch for each other.
        let supported: Vec<usize> = (0..toks.len())
            .filter(|&i| verdict[i] == Verdict::Maybe)
            .filter(|&i| {
                let Some(NameMatch {
                    company,
                    alias: Some(alias),
                }) = matches[i]
                else {
                    return false;
                };
                named.contains(&company.id.as_str())
                    || self.has_cue(alias, toks, &verdict, i, bounds[i])
            })
            .collect();
        let confirmed: Vec<&str> = supported.iter().map(|&i| id_at(i)).collect();
        for i in supported {
            verdict[i] = Verdict::Sure;
        }
        for i in 0..toks.len() {
            match verdict[i] {
                Verdict::Maybe if confirmed.contains(&id_at(i)) => {}
                Verdict::Maybe | Verdict::Stopped => toks[i].kind = classify(&toks[i].simplified),
                Verdict::None | Verdict::Sure => {}
            }
        }
    }

    /// True when the sentence around token `i` holds one of the alias's cues (its own, or the
    /// registry's shared ones).
    fn has_cue(
        &self,
        alias: &Alias,
        toks: &[Token],
        verdict: &[Verdict],
        i: usize,
        (start, end): (usize, usize),
    ) -> bool {
        let cues = alias.cues.as_deref().unwrap_or(self.registry.cues());
        let company_cue = cues.iter().any(|c| c == PATTERN_COMPANY);
        (start..end).filter(|&j| j != i).any(|j| {
            let Some(t) = toks.get(j) else {
                return false;
            };
            if company_cue && verdict.get(j) == Some(&Verdict::Sure) {
                return true;
            }
            if !t.is_word() {
                return false;
            }
            cues.iter()
                .any(|c| c != PATTERN_COMPANY && matches_cue(c, &t.simplified))
        })
    }
}

/// For every token, the token range `[start, end)` of its sentence: sentences end at
/// sentence-final punctuation and at line breaks.
fn sentence_bounds(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = vec![(0, 0); toks.len()];
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        let ends = match t.kind {
            TokenKind::Punct => t
                .simplified
                .contains(['。', '！', '？', '!', '?', '；', ';']),
            TokenKind::Space => t.simplified.contains('\n'),
            _ => false,
        };
        if ends || i + 1 == toks.len() {
            for slot in &mut out[start..=i] {
                *slot = (start, i + 1);
            }
            start = i + 1;
        }
    }
    out
}

/// True when a stop pattern of the alias matches around token `i`, or a stop word is in its
/// sentence `[start, end)`.
fn stopped(alias: &Alias, toks: &[Token], i: usize, (start, end): (usize, usize)) -> bool {
    let before = toks[..i.min(toks.len())]
        .iter()
        .rev()
        .find(|t| t.kind != TokenKind::Space);
    let after = toks
        .get(i + 1..)
        .unwrap_or_default()
        .iter()
        .find(|t| t.kind != TokenKind::Space);
    let hit_before = before.is_some_and(|t| {
        alias
            .stop_prev
            .iter()
            .any(|p| matches_side(p, &t.simplified, Side::Before))
    });
    let hit_after = after.is_some_and(|t| {
        alias
            .stop_next
            .iter()
            .any(|p| matches_side(p, &t.simplified, Side::After))
    });
    let hit_sentence = !alias.stop_sentence.is_empty()
        && (start..end).filter(|&j| j != i).any(|j| {
            toks.get(j).is_some_and(|t| {
                alias
                    .stop_sentence
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(&t.simplified))
            })
        });
    hit_before || hit_after || hit_sentence
}
