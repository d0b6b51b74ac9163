//! Word segmentation: jieba-rs with its default dictionary, the domain dictionary
//! (`corpus/dict/domain.dict`) and every name in the company registry.
//!
//! Text is cut in simplified script (jieba's dictionary is simplified) and each token is
//! mapped back to the original by char offset, which [`crate::normalize::to_simplified`]
//! keeps aligned. The reader, the index and search queries all use this one segmenter.
//!
//! Registry names come out as one token each: Chinese names through jieba's dictionary,
//! Latin names spanning several jieba pieces (`Hugging Face`, `蒂姆 · 库克`) by joining the
//! pieces afterwards. Whether a name is the company is then decided in context, from the
//! rules the registry carries ([`crate::registry::Alias`]): `苹果` in 吃苹果 is a word. The
//! decision is made here, once, so every count and highlight agrees.

use crate::clean::GAP;
use crate::dictionary::{Cursor, Dictionary};
use crate::normalize::{is_han, to_simplified};
use crate::registry::{
    is_name_dot, key_of_simplified, Alias, AliasKind, NameMatch, Registry, PATTERN_COMPANY,
    PATTERN_LATIN, PATTERN_NUM,
};
use jieba_rs::Jieba;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The domain dictionary shipped with the app, in jieba's `word freq tag` format.
pub const DOMAIN_DICT: &str = include_str!("../../../../corpus/dict/domain.dict");

/// Frequency given to registry names so jieba keeps them whole against its own entries.
const NAME_FREQ: usize = 50_000;

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "id")]
pub enum TokenKind {
    /// A word (Han, Latin or digits).
    Word,
    /// A name from the registry; carries the company id.
    Company(String),
    /// Punctuation or symbols.
    Punct,
    /// White space.
    Space,
    /// A censoring mark kept from the source (see [`crate::clean::GAP`]).
    Gap,
}

/// One token of a text, in both scripts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// The token as written in the original text.
    pub text: String,
    /// The same token in simplified script (same number of chars).
    pub simplified: String,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// True for words and company names: what a reader sees as a word with boundaries.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Company(_))
    }

    /// The company id, for a registry name.
    pub fn company(&self) -> Option<&str> {
        match &self.kind {
            TokenKind::Company(id) => Some(id),
            _ => None,
        }
    }
}

/// A ready segmenter. Building one loads jieba's dictionary: do it once and share it.
pub struct Segmenter {
    jieba: Jieba,
    registry: &'static Registry,
    /// Keys of the first jieba piece of every name jieba cuts into several pieces
    /// (`hugging` of `Hugging Face`, `蒂姆` of `蒂姆·库克`): only these start a name run.
    run_starts: HashSet<String>,
}

/// Why the segmenter could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmenterError(pub String);

impl std::fmt::Display for SegmenterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "segmenter: {}", self.0)
    }
}

impl std::error::Error for SegmenterError {}

/// Longest run of jieba tokens a registry name may span (`蒂姆`,` `,`·`,` `,`库克`).
const MAX_NAME_TOKENS: usize = 7;

/// Frequency of the parts of transliterated names (`蒂姆` of `蒂姆·库克`): jieba sees the parts
/// separately, since it cuts at the dot, and must not break them further.
const PART_FREQ: usize = 5_000;

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

/// Builds a [`Segmenter`] a slice at a time, so a browser can load jieba's 349,045 words
/// between frames instead of in one long task: [`SegmenterBuilder::step`] until it says done,
/// then [`SegmenterBuilder::finish`].
pub struct SegmenterBuilder {
    jieba: Jieba,
    cursor: Cursor,
}

impl SegmenterBuilder {
    /// Starts from a read dictionary file (see [`crate::dictionary`]); nothing is loaded yet.
    pub fn new(dictionary: Dictionary) -> SegmenterBuilder {
        SegmenterBuilder {
            jieba: Jieba::empty(),
            cursor: dictionary.cursor(),
        }
    }

    /// Adds up to `words` more words of the dictionary; `Ok(true)` once all are in.
    pub fn step(&mut self, words: usize) -> Result<bool, SegmenterError> {
        for _ in 0..words {
            match self.cursor.next_word() {
                // The same word, frequency and running total as jieba's own loader gives it.
                Ok(Some((word, freq))) => {
                    self.jieba.add_word(word, Some(freq as usize), None);
                }
                Ok(None) => return Ok(true),
                Err(e) => return Err(SegmenterError(e.to_string())),
            }
        }
        Ok(self.cursor.position() >= self.cursor.len())
    }

    /// Words loaded so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.cursor.position(), self.cursor.len())
    }

    /// The segmenter, with the bundled domain dictionary and registry on top.
    pub fn finish(self) -> Result<Segmenter, SegmenterError> {
        self.finish_with(DOMAIN_DICT, Registry::bundled())
    }

    /// The segmenter, with a domain dictionary text and a registry on top. Fails if
    /// [`SegmenterBuilder::step`] has not loaded every word yet.
    pub fn finish_with(
        self,
        domain_dict: &str,
        registry: &'static Registry,
    ) -> Result<Segmenter, SegmenterError> {
        let (done, all) = self.progress();
        if done < all {
            return Err(SegmenterError(format!(
                "dictionary loaded {done} of {all} words"
            )));
        }
        Segmenter::on_top(self.jieba, domain_dict, registry)
    }
}

impl Segmenter {
    /// Builds the segmenter with the embedded dictionary, the bundled domain dictionary and
    /// registry, all at once (the CLI and tests; the browser uses [`SegmenterBuilder`]).
    #[cfg(any(test, feature = "embedded-dictionary"))]
    pub fn new() -> Result<Segmenter, SegmenterError> {
        let dictionary =
            crate::dictionary::embedded().map_err(|e| SegmenterError(e.to_string()))?;
        let mut builder = SegmenterBuilder::new(dictionary);
        builder.step(usize::MAX)?;
        builder.finish()
    }

    /// Puts the domain dictionary and the registry's names on top of jieba's dictionary.
    fn on_top(
        mut jieba: Jieba,
        domain_dict: &str,
        registry: &'static Registry,
    ) -> Result<Segmenter, SegmenterError> {
        jieba
            .load_dict(&mut domain_dict.as_bytes())
            .map_err(|e| SegmenterError(format!("domain dictionary: {e}")))?;
        // Converted once: both passes below work on the simplified names.
        let names: Vec<String> = registry.all_names().map(to_simplified).collect();
        for name in &names {
            // Only names with Han characters go into jieba's dictionary. jieba keeps a run of
            // Latin letters whole unless a dictionary word sits inside it: with `Meta` in the
            // dictionary, `Metaverse` and `Metal` would come out as `Meta` + a stray word.
            if !name.chars().any(is_han) {
                continue;
            }
            jieba.add_word(name, Some(NAME_FREQ), Some("nt"));
            for part in name.split(is_name_dot).map(str::trim) {
                let han = part.chars().filter(|&c| is_han(c)).count();
                if han >= 2 && !jieba.has_word(part) && registry.lookup_simplified(part).is_none() {
                    jieba.add_word(part, Some(PART_FREQ), Some("nr"));
                }
            }
        }
        // Cut every name as running text would be cut, once all words are in.
        let mut run_starts = HashSet::new();
        for name in &names {
            let pieces = jieba.cut(name, true);
            if pieces.len() > 1 {
                run_starts.insert(key_of_simplified(pieces[0].word).into_owned());
            }
        }
        Ok(Segmenter {
            jieba,
            registry,
            run_starts,
        })
    }

    /// Cuts one text into tokens in its own script.
    ///
    /// Pass a whole paragraph: whether an ambiguous alias (`苹果`, `字节`) is the company is
    /// decided from its sentence and its paragraph, so cutting a paragraph sentence by
    /// sentence can decide differently. The rules (see [`Alias`]):
    /// 1. a stop pattern next to the name, or a stop word in its sentence, makes it a word;
    /// 2. otherwise a name that is not ambiguous is the company;
    /// 3. an ambiguous one is the company when the paragraph names the same company by a name
    ///    that is not ambiguous, or its sentence holds one of its cues (`#company`: another
    ///    company's name);
    /// 4. once one ambiguous mention is supported, the company's other mentions in the
    ///    paragraph are too (`苹果发布了新手机。苹果说…`).
    ///
    /// Either way the name stays one token: a [`TokenKind::Word`] when it is not the company.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let simplified = to_simplified(text);
        let pieces = self.jieba.cut(&simplified, true);
        let mut original = text.chars();
        let mut raw: Vec<(String, String)> = Vec::with_capacity(pieces.len());
        for piece in pieces {
            let n = piece.word.chars().count();
            let orig: String = original.by_ref().take(n).collect();
            raw.push((orig, piece.word.to_owned()));
        }
        let (mut tokens, matches) = self.merge_names(raw);
        self.apply_context(&mut tokens, &matches);
        tokens
    }

    /// jieba's own cut of `text` (with its HMM for unknown words), nothing added: no script
    /// conversion, no names. What a benchmark compares with jieba-rs elsewhere.
    pub fn jieba_cut<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.jieba
            .cut(text, true)
            .into_iter()
            .map(|t| t.word)
            .collect()
    }

    /// The words of a text in its own script, without spaces: what `baimo segment` prints.
    pub fn words(&self, text: &str) -> Vec<String> {
        self.tokens(text)
            .into_iter()
            .filter(|t| t.kind != TokenKind::Space)
            .map(|t| t.text)
            .collect()
    }

    /// Joins runs of tokens that together spell a registry name (`Stability`,` `,`AI`),
    /// and classifies every token. Every registry name comes out as a company here; the
    /// context rules come after.
    fn merge_names(
        &self,
        raw: Vec<(String, String)>,
    ) -> (Vec<Token>, Vec<Option<NameMatch<'static>>>) {
        let registry: &'static Registry = self.registry;
        let mut out = Vec::with_capacity(raw.len());
        let mut matches = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            let mut taken = 1;
            let mut found = None;
            let key = key_of_simplified(&raw[i].1);
            // Only a token that begins some multi-piece name starts a longer run.
            let longest = if self.run_starts.contains(key.as_ref()) {
                MAX_NAME_TOKENS
            } else {
                1
            };
            for len in (1..=longest.min(raw.len() - i)).rev() {
                // A multi-token name must start and end on a word, not on space or punctuation.
                let run = &raw[i..i + len];
                if len > 1 && (!is_wordish(&run[0].1) || !is_wordish(&run[len - 1].1)) {
                    continue;
                }
                let m = if len == 1 {
                    registry
                        .resolve_key(&key, &run[0].1)
                        .or_else(|| resolve_versioned(registry, &run[0].1))
                } else {
                    let joined: String = run.iter().map(|(_, s)| s.as_str()).collect();
                    registry.resolve(&joined)
                };
                if let Some(m) = m {
                    taken = len;
                    found = Some(m);
                    break;
                }
            }
            let text: String = raw[i..i + taken].iter().map(|(o, _)| o.as_str()).collect();
            let simplified: String = raw[i..i + taken].iter().map(|(_, s)| s.as_str()).collect();
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

    /// Applies the registry's context rules (see [`Segmenter::tokens`]): names ruled out or
    /// unsupported become plain words.
    fn apply_context(&self, toks: &mut [Token], matches: &[Option<NameMatch<'static>>]) {
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
        let id_at = |i: usize| matches[i].map(|m| m.company.id.as_str()).unwrap_or("");
        let named: Vec<&str> = (0..toks.len())
            .filter(|&i| verdict[i] == Verdict::Sure)
            .map(id_at)
            .collect();
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

#[derive(Clone, Copy)]
enum Side {
    Before,
    After,
}

/// Whether a stop pattern matches the neighbouring token: the same word (ASCII case ignored),
/// or with a `*` at either end any word that ends (`*个`) or starts (`-*`) so; `#num` and
/// `#latin` are classes.
fn matches_side(pattern: &str, token: &str, side: Side) -> bool {
    match pattern {
        PATTERN_NUM => is_count(token),
        PATTERN_LATIN => match side {
            Side::Before => token.chars().next_back(),
            Side::After => token.chars().next(),
        }
        .is_some_and(|c| c.is_ascii_alphabetic()),
        _ => matches_glob(pattern, token),
    }
}

/// `word`, `*suffix`, `prefix*` or `*infix*`, ASCII case ignored.
fn matches_glob(pattern: &str, token: &str) -> bool {
    let (t, p) = (token.as_bytes(), pattern.as_bytes());
    match (p.first(), p.last()) {
        (Some(b'*'), Some(b'*')) if p.len() >= 2 => {
            let inner = &p[1..p.len() - 1];
            inner.is_empty()
                || t.windows(inner.len())
                    .any(|w| w.eq_ignore_ascii_case(inner))
        }
        (Some(b'*'), _) => {
            t.len() >= p.len() - 1 && t[t.len() + 1 - p.len()..].eq_ignore_ascii_case(&p[1..])
        }
        (_, Some(b'*')) => {
            t.len() >= p.len() - 1 && t[..p.len() - 1].eq_ignore_ascii_case(&p[..p.len() - 1])
        }
        _ => t.eq_ignore_ascii_case(p),
    }
}

/// Whether a cue matches a token: the same word (ASCII case ignored), or a Chinese cue of two
/// or more characters at the end of a longer word, as jieba often glues one on (`十亿美元`
/// for `美元`, `新款手机` for `手机`). A one-character cue stays exact: `云` must not match
/// `白云`.
fn matches_cue(cue: &str, token: &str) -> bool {
    token.eq_ignore_ascii_case(cue)
        || (cue.chars().any(is_han)
            && cue.chars().nth(1).is_some()
            && token.len() > cue.len()
            && token.ends_with(cue))
}

/// Measure words counted things take (`一个`, `三斤`, `两颗`).
const MEASURE_WORDS: &[char] = &[
    '个', '颗', '只', '斤', '箱', '筐', '袋', '片', '块', '篮', '盒',
];

/// A number in digits or Chinese numerals (`8`, `1.5`, `两`, `十几`), alone or with its
/// measure word (`一个`, `三斤`).
fn is_count(s: &str) -> bool {
    let number = s.strip_suffix(MEASURE_WORDS).unwrap_or(s);
    !number.is_empty()
        && number.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '.' | ',' | '０'
                        ..='９'
                            | '〇'
                            | '零'
                            | '一'
                            | '二'
                            | '两'
                            | '三'
                            | '四'
                            | '五'
                            | '六'
                            | '七'
                            | '八'
                            | '九'
                            | '十'
                            | '百'
                            | '千'
                            | '万'
                            | '亿'
                            | '几'
                )
        })
        && number.chars().any(|c| !matches!(c, '.' | ','))
}

fn is_wordish(s: &str) -> bool {
    s.chars().any(|c| c.is_alphanumeric())
}

fn classify(s: &str) -> TokenKind {
    if s.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else if s.chars().all(|c| c == GAP) {
        TokenKind::Gap
    } else if s.chars().any(|c| is_han(c) || c.is_alphanumeric()) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    /// The compact dictionary cuts exactly as jieba-rs's own embedded one: every word and
    /// frequency survived, and the running total is the same.
    #[test]
    fn compact_dictionary_cuts_as_jiebas_own() {
        let mut builder = SegmenterBuilder::new(crate::dictionary::embedded().unwrap());
        // In uneven slices, as the browser loads it.
        while !builder.step(40_000).unwrap() {}
        assert_eq!(builder.progress(), (349_045, 349_045));
        let reference = Jieba::new();
        let corpus = crate::bundled::corpus().unwrap();
        let mut cuts = 0;
        for article in &corpus.articles {
            for text in [article.text.clone(), to_simplified(&article.text)] {
                let ours: Vec<&str> = builder
                    .jieba
                    .cut(&text, true)
                    .iter()
                    .map(|t| t.word)
                    .collect();
                let theirs: Vec<&str> = reference.cut(&text, true).iter().map(|t| t.word).collect();
                assert_eq!(ours, theirs, "{}", article.meta.id);
                cuts += ours.len();
            }
        }
        assert!(cuts > 20_000, "{cuts}");
        for word in ["人工智能", "亚马逊", "的", "一丝不苟", "1号店"] {
            assert_eq!(
                builder.jieba.has_word(word),
                reference.has_word(word),
                "{word}"
            );
            assert_eq!(
                builder.jieba.suggest_freq(word),
                reference.suggest_freq(word),
                "{word}"
            );
        }
    }

    #[test]
    fn finishing_before_every_word_is_in_is_an_error() {
        let mut builder = SegmenterBuilder::new(crate::dictionary::embedded().unwrap());
        builder.step(10).unwrap();
        let e = builder.finish().err().unwrap();
        assert!(e.0.contains("10 of 349045"), "{e}");
    }

    fn seg() -> &'static Segmenter {
        static S: OnceLock<Segmenter> = OnceLock::new();
        S.get_or_init(|| Segmenter::new().expect("segmenter builds"))
    }

    fn words(s: &str) -> Vec<String> {
        seg().words(s)
    }

    #[test]
    fn domain_names_are_single_tokens_in_both_scripts() {
        for (text, name) in [
            ("亚马逊向初创公司投资", "亚马逊"),
            ("亞馬遜向初創公司投資", "亞馬遜"),
            ("英伟达的芯片供不应求", "英伟达"),
            ("英偉達的晶片供不應求", "英偉達"),
            ("百度发布文心一言大模型", "文心一言"),
            ("各家都在做大模型", "大模型"),
            ("字节跳动旗下的火山引擎", "字节跳动"),
            ("字節跳動旗下的火山引擎", "字節跳動"),
            ("杨立昆批评了这个观点", "杨立昆"),
            ("楊立昆批評了這個觀點", "楊立昆"),
        ] {
            assert!(
                words(text).iter().any(|w| w == name),
                "{name} not one token in {text}: {:?}",
                words(text)
            );
        }
    }

    #[test]
    fn tokens_keep_the_original_script_and_cover_the_text() {
        let text = "亞馬遜向 Anthropic 投資了40億美元。";
        let toks = seg().tokens(text);
        let joined: String = toks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(joined, text);
        let amazon = toks.iter().find(|t| t.text == "亞馬遜").unwrap();
        assert_eq!(amazon.simplified, "亚马逊");
        assert_eq!(amazon.company(), Some("amazon"));
        assert_eq!(
            toks.iter()
                .find(|t| t.text == "Anthropic")
                .unwrap()
                .company(),
            Some("anthropic")
        );
    }

    #[test]
    fn multi_word_latin_names_are_merged() {
        let toks = seg().tokens("平台接入了Stability AI和Hugging Face的模型");
        let names: Vec<_> = toks
            .iter()
            .filter_map(|t| t.company().map(|c| (t.text.as_str(), c)))
            .collect();
        assert!(
            names.contains(&("Stability AI", "stability-ai")),
            "{names:?}"
        );
        assert!(
            names.contains(&("Hugging Face", "hugging-face")),
            "{names:?}"
        );
    }

    #[test]
    fn words_drop_spaces_and_gaps_are_their_own_token() {
        assert_eq!(words("OpenAI 的□技术"), vec!["OpenAI", "的", "□", "技术"]);
        let toks = seg().tokens("持续□吗");
        assert!(toks.iter().any(|t| t.kind == TokenKind::Gap));
    }

    /// The company of the first token spelled `name` in `text`, or `None` when that token is a
    /// plain word or `name` sits inside a longer plain word (`苹果树`). Panics when `name` is
    /// split.
    fn company_of(text: &str, name: &str) -> Option<String> {
        let toks = seg().tokens(text);
        if !toks.iter().any(|t| t.text == name)
            && toks
                .iter()
                .any(|t| t.kind == TokenKind::Word && t.text.contains(name))
        {
            return None;
        }
        let tok = toks.iter().find(|t| t.text == name).unwrap_or_else(|| {
            panic!(
                "{name} is not one token in {text}: {:?}",
                toks.iter().map(|t| &t.text).collect::<Vec<_>>()
            )
        });
        tok.company().map(str::to_owned)
    }

    fn companies_in(text: &str) -> Vec<String> {
        seg()
            .tokens(text)
            .iter()
            .filter_map(|t| t.company().map(str::to_owned))
            .collect()
    }

    #[test]
    fn ambiguous_aliases_count_only_in_context() {
        // (text, name as one token, company or None for a plain word)
        for (text, name, id) in [
            // 苹果: the company with a business cue or another company; the fruit otherwise.
            (
                "苹果今天发布了新款手机，股价应声上涨。",
                "苹果",
                Some("apple"),
            ),
            ("谷歌、苹果等巨头都在追赶。", "苹果", Some("apple")),
            ("我吃了一个苹果。", "苹果", None),
            ("外婆家的苹果熟透了。", "苹果", None),
            ("市场上的苹果和梨都涨价了。", "苹果", None),
            ("苹果树开花了。", "苹果", None),
            // 火山: only 火山引擎, or cloud and model talk, is ByteDance.
            ("火山引擎推出了新的云服务。", "火山引擎", Some("bytedance")),
            ("不少创业者在火山上训练模型。", "火山", Some("bytedance")),
            ("这座火山已经沉睡了一千年。", "火山", None),
            ("火山爆发前，科学家用模型做了预测。", "火山", None),
            // Meta: the capitalised brand, or `meta` inside Chinese text.
            ("Meta发布了新的开源模型。", "Meta", Some("meta")),
            ("据报道，meta正在训练新模型。", "meta", Some("meta")),
            ("研究人员做了一项Meta分析。", "Meta", None),
            ("This is the meta level of the debate.", "meta", None),
            // 盘古: Huawei's model, or the giant of the creation myth.
            ("华为发布了盘古大模型。", "盘古", Some("huawei")),
            ("盘古大模型在气象预测上表现出色。", "盘古", Some("huawei")),
            ("盘古开天辟地的故事家喻户晓。", "盘古", None),
            ("儿童剧《盘古》今晚在公司礼堂首演。", "盘古", None),
            // 字节: ByteDance, or bytes.
            ("字节和腾讯都在招聘算法工程师。", "字节", Some("bytedance")),
            ("这个字段占用4个字节。", "字节", None),
            ("先检查一下字节数对不对。", "字节", None),
            ("每个字节有八位。", "字节", None),
            // 阿里: Alibaba, but not inside a transliterated name.
            ("阿里发布了新一季的财报。", "阿里", Some("alibaba")),
            ("拳王穆罕默德·阿里退役了。", "阿里", None),
            // 奥特曼: Altman, or Ultraman.
            ("奥特曼说OpenAI明年会推出新模型。", "奥特曼", Some("openai")),
            ("孩子们最爱看奥特曼打怪兽。", "奥特曼", None),
            // 库克: Tim Cook, or any other Cook.
            ("库克在财报电话会上谈到了人工智能。", "库克", Some("apple")),
            ("库克船长曾在这里登陆。", "库克", None),
            // 豆包: ByteDance's bot, or a bean bun.
            ("字节跳动推出了豆包。", "豆包", Some("bytedance")),
            ("早饭吃了两个豆包。", "豆包", None),
            // 浪潮: Inspur, or a wave.
            ("浪潮的服务器出货量排名第二。", "浪潮", Some("inspur")),
            ("生成式AI浪潮席卷全球。", "浪潮", None),
            ("在这股浪潮中，谁能胜出？", "浪潮", None),
            // Copilot: Microsoft's, or any assistant.
            ("微软把Copilot接入了Windows。", "Copilot", Some("microsoft")),
            ("我们给客服团队做了一个Copilot。", "Copilot", None),
            // Dojo: Tesla's supercomputer with context; `dojo` is a training hall.
            ("特斯拉的Dojo超级计算机开始量产。", "Dojo", Some("tesla")),
            ("他每周去dojo练柔道。", "dojo", None),
            // iPhone: Apple, but `iPhone时刻` is a metaphor.
            ("苹果卖出了上亿部iPhone。", "iPhone", Some("apple")),
            ("这是大模型的iPhone时刻。", "iPhone", None),
            // 昇腾: script folding makes it read like 升腾 "to rise".
            ("华为推出了昇腾芯片。", "昇腾", Some("huawei")),
            ("炊烟缓缓升腾。", "升腾", None),
            // Names that are fine without context.
            ("Grok由xAI开发。", "Grok", Some("xai")),
            ("Claude的长文本能力很强。", "Claude", Some("anthropic")),
            ("Sora可以生成一分钟的视频。", "Sora", Some("openai")),
            ("Gemini是谷歌的多模态模型。", "Gemini", Some("google")),
            ("通义是阿里的大模型品牌。", "通义", Some("alibaba")),
            (
                "Moveworks为企业提供聊天机器人。",
                "Moveworks",
                Some("moveworks"),
            ),
        ] {
            assert_eq!(company_of(text, name).as_deref(), id, "{name} in {text}");
        }
    }

    #[test]
    fn english_words_are_not_brands() {
        for (text, name, id) in [
            ("Runway发布了新的视频生成模型。", "Runway", Some("runway")),
            ("The plane taxied down the runway.", "runway", None),
            ("Cohere拿到了新一轮融资。", "Cohere", Some("cohere")),
            ("The two parts cohere well.", "cohere", None),
            ("Snowflake的股价大涨。", "Snowflake", Some("snowflake")),
            ("A single snowflake fell.", "snowflake", None),
            ("Mistral发布了新模型。", "Mistral", Some("mistral")),
            ("The mistral blows in Provence.", "mistral", None),
            (
                "Inflection推出了聊天机器人。",
                "Inflection",
                Some("inflection-ai"),
            ),
            ("We are at an inflection point.", "inflection", None),
            ("他养了一只llama。", "llama", None),
            ("Llama是Meta的开源模型。", "Llama", Some("meta")),
        ] {
            assert_eq!(company_of(text, name).as_deref(), id, "{name} in {text}");
        }
        // A brand inside a longer English word is no name at all.
        for text in [
            "这篇论文研究meta-learning和metadata。",
            "Metaverse一词来自科幻小说。",
            "Metal是一种图形接口。",
            "Coherent light is used in lasers.",
            "Snowflakes are falling.",
            "元宇宙是下一个风口吗？",
        ] {
            assert!(
                companies_in(text).is_empty(),
                "{text}: {:?}",
                companies_in(text)
            );
        }
    }

    #[test]
    fn company_and_fruit_sentences() {
        assert_eq!(companies_in("苹果公司发布了新产品。"), ["apple"]);
        assert!(companies_in("我吃了一个苹果。").is_empty());
        assert_eq!(
            companies_in("火山引擎发布了新的大模型平台。"),
            ["bytedance"]
        );
        assert!(companies_in("火山爆发了。").is_empty());
        assert_eq!(companies_in("Meta发布了Llama 2。"), ["meta", "meta"]);
        assert!(companies_in("Meta-learning is learning to learn.").is_empty());
    }

    #[test]
    fn support_spreads_through_the_paragraph_but_not_between_ambiguous_names() {
        // The second 苹果 has no cue of its own; the first makes the paragraph about Apple.
        assert_eq!(
            companies_in("苹果发布了新手机。苹果一向很重视隐私。"),
            ["apple", "apple"]
        );
        // Naming the company unambiguously anywhere in the paragraph supports it too.
        assert_eq!(
            companies_in("库克很少接受采访。他在苹果公司工作了二十多年。"),
            ["apple", "apple"]
        );
        // A company elsewhere in the paragraph is no cue for the fruit.
        assert_eq!(
            companies_in("外婆家的苹果熟透了。谷歌发布了新模型。"),
            ["google"]
        );
        // Two ambiguous names do not vouch for each other.
        assert!(companies_in("豆包和苹果摆在桌上。").is_empty());
    }

    #[test]
    fn a_ruled_out_name_is_still_one_token() {
        let toks = seg().tokens("一个字节");
        let byte = toks.iter().find(|t| t.text == "字节").unwrap();
        assert_eq!(byte.kind, TokenKind::Word);
        let toks = seg().tokens("先检查字节数。");
        assert!(toks.iter().all(|t| t.company().is_none()));
        let joined: String = toks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(joined, "先检查字节数。");
    }

    #[test]
    fn versioned_product_names_are_the_product() {
        for (text, name, id) in [
            ("Claude2的上下文很长。", "Claude2", "anthropic"),
            ("GPT-4V能看图。", "GPT-4V", "openai"),
            ("他们微调了Llama-2-70b。", "Llama-2-70b", "meta"),
            ("英伟达卖出了大量H100s。", "H100s", "nvidia"),
            ("GPT-4o发布了。", "GPT-4o", "openai"),
        ] {
            assert_eq!(company_of(text, name).as_deref(), Some(id), "{text}");
        }
        // Only products take a version: `AI21` is a name of its own, `Win11` is nothing.
        assert_eq!(
            company_of("AI21推出了新模型。", "AI21").as_deref(),
            Some("ai21-labs")
        );
        assert!(companies_in("升级到Win11了。").is_empty());
        assert!(companies_in("GPT4All是另一个开源项目。").is_empty());
    }

    #[test]
    fn transliterated_names_are_one_token_whatever_the_dot() {
        for text in [
            "蒂姆·库克谈到了人工智能。",
            "蒂姆 · 库克谈到了人工智能。",
            "蒂姆•库克谈到了人工智能。",
            "蒂姆・库克谈到了人工智能。",
        ] {
            let toks = seg().tokens(text);
            let names: Vec<_> = toks.iter().filter(|t| t.company().is_some()).collect();
            assert_eq!(names.len(), 1, "{text}: {names:?}");
            assert_eq!(names[0].company(), Some("apple"));
            assert!(names[0].text.starts_with("蒂姆") && names[0].text.ends_with("库克"));
        }
        assert_eq!(companies_in("達里奧·阿莫迪創立了公司。"), ["anthropic"]);
    }

    #[test]
    fn traditional_script_gets_the_same_decisions() {
        assert_eq!(companies_in("蘋果公司發布了新產品。"), ["apple"]);
        assert!(companies_in("我吃了一個蘋果。").is_empty());
        assert_eq!(companies_in("華為發布了盤古大模型。"), ["huawei", "huawei"]);
        assert!(companies_in("盤古開天闢地。").is_empty());
        assert!(companies_in("這個字段佔用4個字節。").is_empty());
    }

    #[test]
    fn rules_come_from_the_registry_data() {
        // A registry of one company whose only name is an ordinary word with its own cue.
        let reg: &'static Registry = Box::leak(Box::new(
            Registry::parse(
                r##"
[context]
cues = ["公司"]
[[company]]
id = "moon"
hans = "月亮公司"
hant = "月亮公司"
en = "Moon Inc"
aliases = [
  { name = "月亮", kind = "company", ambiguous = true, stop_prev = ["#num"], cues = ["股价", "#company"] },
  { name = "Moon", kind = "company", case_sensitive = true },
]
[[company]]
id = "sun"
hans = "太阳集团"
hant = "太陽集團"
en = "Sun Group"
"##,
            )
            .unwrap(),
        ));
        let mut builder = SegmenterBuilder::new(crate::dictionary::embedded().unwrap());
        builder.step(usize::MAX).unwrap();
        let seg = builder.finish_with(DOMAIN_DICT, reg).unwrap();
        let ids = |t: &str| -> Vec<String> {
            seg.tokens(t)
                .iter()
                .filter_map(|t| t.company().map(str::to_owned))
                .collect()
        };
        assert_eq!(ids("月亮的股价涨了。"), ["moon"]);
        // Its own cues replace the shared ones: 公司 no longer vouches for it.
        assert!(ids("月亮照着公司大楼。").is_empty());
        assert_eq!(ids("月亮和太阳集团打起了官司。"), ["moon", "sun"]);
        assert!(ids("3月亮的股价涨了。").iter().all(|id| id != "moon"));
        assert_eq!(ids("Moon上市了。"), ["moon"]);
        assert!(ids("the moon rose").is_empty());
    }

    #[test]
    fn stop_patterns_and_cues_match_as_documented() {
        assert!(matches_glob("汁", "汁"));
        assert!(!matches_glob("树", "树立"));
        assert!(matches_glob("*个", "十几个"));
        assert!(matches_glob("-*", "-learning"));
        assert!(matches_glob("*AI*", "genai-tools") && !matches_glob("*AI*", "gpt"));
        assert!(matches_glob("Point", "point"));
        assert!(!matches_glob("*长长的模式*", "短"));
        assert!(matches_side(PATTERN_NUM, "三斤", Side::Before));
        assert!(matches_side(PATTERN_NUM, "4", Side::Before));
        assert!(!matches_side(PATTERN_NUM, "一直", Side::Before));
        assert!(!matches_side(PATTERN_NUM, "个", Side::Before));
        assert!(matches_side(PATTERN_LATIN, "the", Side::Before));
        assert!(!matches_side(PATTERN_LATIN, "的", Side::After));
        assert!(matches_cue("美元", "十亿美元") && matches_cue("CEO", "ceo"));
        assert!(!matches_cue("云", "白云") && matches_cue("云", "云"));
        assert!(!matches_cue("AI", "OpenAI"));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            " ",
            "\n\n",
            "□□□",
            "苹果",
            "·",
            "蒂姆·",
            "·库克",
            "Meta",
            "-Meta-",
            "GPT-",
            "Claude2222222222222222222222222222222222222222222222",
            "𠀀苹果𠀀",
            "字节字节字节",
            "Ｍｅｔａ发布",
            "🍎苹果🍏",
        ] {
            let toks = seg().tokens(text);
            let joined: String = toks.iter().map(|t| t.text.as_str()).collect();
            assert_eq!(joined, text);
        }
    }

    #[test]
    fn bundled_corpus_company_tokens() {
        use std::collections::HashMap;
        let corpus = crate::bundled::corpus().expect("bundled corpus");
        let reg = Registry::bundled();
        // article id → company id → mentions
        let mut counts: HashMap<&str, HashMap<String, usize>> = HashMap::new();
        for a in &corpus.articles {
            let per = counts.entry(a.meta.id.as_str()).or_default();
            for p in a.paragraphs() {
                let toks = seg().tokens(p);
                let joined: String = toks.iter().map(|t| t.text.as_str()).collect();
                assert_eq!(joined, p, "tokens cover the paragraph");
                for t in &toks {
                    if let Some(id) = t.company() {
                        assert!(reg.get(id).is_some(), "unknown id {id}");
                        *per.entry(id.to_owned()).or_default() += 1;
                    }
                }
            }
        }
        let n = |article: &str, id: &str| {
            counts
                .iter()
                .find(|(a, _)| a.starts_with(article))
                .and_then(|(_, c)| c.get(id).copied())
                .unwrap_or(0)
        };
        // Pins verified by reading the articles.
        for article in ["000", "002"] {
            assert!(
                n(article, "amazon") > 0 && n(article, "anthropic") > 0,
                "{article}"
            );
        }
        for article in ["000", "001", "002", "003", "004"] {
            assert!(n(article, "openai") > 0, "{article}");
        }
        // 003 and 004 name 浪潮 only as "the wave" (生成式AI浪潮, 大模型浪潮) except 004's list
        // of Chinese giants (…字节跳动、浪潮等大厂).
        assert_eq!(
            n("000", "inspur") + n("002", "inspur") + n("003", "inspur"),
            0
        );
        assert_eq!(n("004", "inspur"), 1);
        // 003 calls Volcano Engine plain 火山 after introducing it; 004 never mentions ByteDance
        // products, only the company.
        assert!(n("003", "bytedance") >= 10);
    }

    #[test]
    fn domain_dictionary_lines_are_well_formed() {
        for line in DOMAIN_DICT.lines().filter(|l| !l.trim().is_empty()) {
            let parts: Vec<_> = line.split(' ').collect();
            assert_eq!(parts.len(), 3, "{line}");
            assert!(parts[1].parse::<usize>().is_ok(), "{line}");
        }
    }

    #[test]
    fn traditional_dictionary_entries_match_their_simplified_twins() {
        // Every traditional entry must simplify to an entry that is also in the file,
        // so both scripts segment alike.
        let words: std::collections::HashSet<&str> = DOMAIN_DICT
            .lines()
            .filter_map(|l| l.split(' ').next())
            .collect();
        for w in &words {
            let s = to_simplified(w);
            assert!(
                words.contains(s.as_str()),
                "{w} → {s} has no simplified entry"
            );
        }
    }
}
