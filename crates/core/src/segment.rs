//! Word segmentation: jieba-rs with its default dictionary, the domain dictionary
//! (`corpus/dict/domain.dict`) and every name in the company registry.
//!
//! Text is cut in simplified script (jieba's dictionary is simplified) and each token is
//! mapped back to the original by char offset, which [`crate::normalize::to_simplified`]
//! keeps aligned. The reader, the index and search queries all use this one segmenter.

use crate::clean::GAP;
use crate::normalize::{is_han, to_simplified};
use crate::registry::Registry;
use jieba_rs::Jieba;
use serde::{Deserialize, Serialize};

/// The domain dictionary shipped with the app, in jieba's `word freq tag` format.
pub const DOMAIN_DICT: &str = include_str!("../../../corpus/dict/domain.dict");

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

/// Longest run of jieba tokens a registry name may span (`Hugging` ` ` `Face`).
const MAX_NAME_TOKENS: usize = 5;

impl Segmenter {
    /// Builds the segmenter with the bundled domain dictionary and registry.
    pub fn new() -> Result<Segmenter, SegmenterError> {
        Segmenter::with(DOMAIN_DICT, Registry::bundled())
    }

    /// Builds a segmenter from a domain dictionary text and a registry.
    pub fn with(
        domain_dict: &str,
        registry: &'static Registry,
    ) -> Result<Segmenter, SegmenterError> {
        let mut jieba = Jieba::new();
        jieba
            .load_dict(&mut domain_dict.as_bytes())
            .map_err(|e| SegmenterError(format!("domain dictionary: {e}")))?;
        for name in registry.all_names() {
            jieba.add_word(&to_simplified(name), Some(NAME_FREQ), Some("nt"));
        }
        Ok(Segmenter { jieba, registry })
    }

    /// Cuts one text (a paragraph or a line) into tokens in its own script.
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
        self.merge_names(raw)
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
    /// and classifies every token.
    fn merge_names(&self, raw: Vec<(String, String)>) -> Vec<Token> {
        let mut out = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            let mut taken = 1;
            let mut company = None;
            // Names jieba splits are Latin ones with spaces (`Hugging Face`): Chinese names are
            // in its dictionary and come out whole, so only a Latin token starts a longer run.
            let longest = if starts_latin(&raw[i].1) {
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
                let joined: String = run.iter().map(|(_, s)| s.as_str()).collect();
                if let Some(c) = self.registry.lookup_simplified(&joined) {
                    taken = len;
                    company = Some(c.id.clone());
                    break;
                }
            }
            let text: String = raw[i..i + taken].iter().map(|(o, _)| o.as_str()).collect();
            let simplified: String = raw[i..i + taken].iter().map(|(_, s)| s.as_str()).collect();
            let kind = match company {
                Some(id) => TokenKind::Company(id),
                None => classify(&simplified),
            };
            out.push(Token {
                text,
                simplified,
                kind,
            });
            i += taken;
        }
        out
    }
}

fn starts_latin(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphanumeric())
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
