//! The company alias registry (`corpus/companies.toml`): which names stand for which company.
//!
//! The registry is data. Besides names, an alias may carry the rules that keep an ordinary
//! word from being counted as a company (`苹果` the fruit, `runway` the English word): see
//! [`Alias`]. The registry only stores and checks those rules; the segmenter applies them,
//! because only it sees the words around a name.
//!
//! `build.rs` compiles this file too (through `#[path]`, to check `corpus/companies.toml`
//! before it ships), so it must stay free of the crate's other modules: it may use only
//! `crate::normalize`, which `build.rs` compiles beside it.

use crate::normalize::to_simplified;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

/// How an alias stands for its company.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AliasKind {
    /// Another name of the company itself.
    Company,
    /// A product (ChatGPT → openai).
    Product,
    /// A business unit (AWS → amazon).
    Unit,
    /// A person who speaks for the company (纳德拉 → microsoft).
    Person,
}

/// Stop pattern ([`Alias::stop_prev`], [`Alias::stop_next`]): the neighbouring token is a
/// number, in digits or Chinese numerals (`4`, `两`, `十几`).
pub const PATTERN_NUM: &str = "#num";
/// Stop pattern: the neighbouring token is an English word (the word before ends, the word
/// after starts, with an ASCII letter).
pub const PATTERN_LATIN: &str = "#latin";
/// Cue ([`Alias::cues`], `[context] cues`): another company named in the same sentence by a
/// name that is not itself in doubt.
pub const PATTERN_COMPANY: &str = "#company";

/// One alias of a company.
///
/// Every field but `name` and `kind` is optional and only needed for names that are also
/// ordinary words. Word lists are compared with the neighbouring token in simplified script,
/// ASCII letters in any case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    /// The name as written (Chinese in simplified script).
    pub name: String,
    /// What kind of link ties it to the company.
    pub kind: AliasKind,
    /// Only this exact spelling counts: the lowercase form is an English word (`runway`,
    /// `cohere`). Other spellings of the brand are listed as aliases of their own.
    #[serde(default, skip_serializing_if = "is_false")]
    pub case_sensitive: bool,
    /// The name is also an ordinary word (`苹果`, `字节`): it counts as the company only where
    /// the context supports it, see [`Alias::cues`]. Otherwise it is a plain word.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ambiguous: bool,
    /// Not the company when the word before (spaces skipped) is one of these (`吃`), ends so
    /// (`*个`: 一个, 这个), or is of a class: `#num` (a number, with or without its measure
    /// word: 4, 两颗, 三斤), `#latin` (an English word).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stop_prev: Vec<String>,
    /// Not the company when the word after is one of these (`汁`, `分析`), starts so (`-*`),
    /// or is of a class (`#num`, `#latin`). Exact words by default, because a prefix would
    /// also catch 苹果|树立 (Apple set up) along with 苹果|树 (apple tree).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stop_next: Vec<String>,
    /// Not the company when one of these words is in the same sentence (`香蕉`, `喷发`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stop_sentence: Vec<String>,
    /// For an ambiguous alias: the words that, in the same sentence, show it is the company
    /// (`#company` = another company's name). A Chinese cue of two or more characters also
    /// matches at the end of a longer word (`美元` in `十亿美元`). When absent, the registry's shared
    /// [`Registry::cues`] apply. Whatever the cues, naming the company unambiguously in the same
    /// paragraph also supports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cues: Option<Vec<String>>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Alias {
    /// True when whether the alias counts depends on the words around it (stops or
    /// ambiguity). Case is settled when the name is resolved, so it is not such a rule.
    pub fn needs_context(&self) -> bool {
        self.ambiguous
            || !self.stop_prev.is_empty()
            || !self.stop_next.is_empty()
            || !self.stop_sentence.is_empty()
    }
}

/// Where a company comes from: the bundled registry, discovery in the library's own text,
/// or the reader.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Listed in the bundled registry.
    #[default]
    Registered,
    /// Found in the text by [`crate::discover`]; its id is `~` and its name.
    Discovered,
    /// Added or confirmed by the reader.
    Reader,
}

/// The id prefix of a company nobody registered (`~月之暗面`).
pub const DISCOVERED_PREFIX: char = '~';

/// A company of the AI race.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// Canonical id, a lowercase ASCII slug (`openai`, `hugging-face`).
    pub id: String,
    /// Display name in simplified Chinese.
    pub hans: String,
    /// Display name in traditional Chinese.
    pub hant: String,
    /// Display name in English.
    pub en: String,
    /// Other names that stand for it.
    #[serde(default)]
    pub aliases: Vec<Alias>,
    /// Where it comes from (registered unless said). Always written: bincode (the worker's
    /// wire) cannot skip fields.
    #[serde(default)]
    pub origin: Origin,
}

impl Company {
    /// Every name of the company: display names first, then aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        [self.hans.as_str(), self.hant.as_str(), self.en.as_str()]
            .into_iter()
            .chain(self.aliases.iter().map(|a| a.name.as_str()))
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ContextFile {
    #[serde(default)]
    cues: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    #[serde(default)]
    context: ContextFile,
    company: Vec<Company>,
}

/// One way a key can be read: which company, and through which alias (with its rules).
#[derive(Debug, Clone)]
struct Entry {
    company: usize,
    /// `None` for a display name that no alias repeats: no rules.
    alias: Option<usize>,
    /// The name with spacing folded but case kept, for [`Alias::case_sensitive`].
    exact: String,
}

/// What a name resolved to: the company, and the alias whose rules apply (none for a plain
/// display name).
#[derive(Debug, Clone, Copy)]
pub struct NameMatch<'a> {
    /// The company the name stands for.
    pub company: &'a Company,
    /// The alias matched, when the name is one.
    pub alias: Option<&'a Alias>,
}

/// The registry: companies and an index from every name to its company.
#[derive(Debug, Clone)]
pub struct Registry {
    companies: Vec<Company>,
    cues: Vec<String>,
    by_name: HashMap<String, Vec<Entry>>,
}

/// The key a name is indexed under: simplified script, Latin letters lowercased, the
/// middle-dot variants of transliterated names (`蒂姆 • 库克`) as one `·` without spaces
/// around it, other white space as one space.
pub fn name_key(name: &str) -> String {
    key_of_simplified(&to_simplified(name)).into_owned()
}

pub(crate) fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '‧' | '・' | '･' | '∙' | '⋅')
}

/// Folds spacing and dots (see [`name_key`]) without touching case; borrows when nothing
/// changes, which is nearly every token.
fn fold_spacing(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c.is_whitespace() || is_name_dot(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = true;
        } else if is_name_dot(c) {
            pending_space = false;
            out.push('·');
        } else {
            if pending_space && !out.is_empty() && !out.ends_with('·') {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The index key of a token already in simplified script (see [`name_key`]); borrows when
/// the token is its own key, as nearly every Chinese token is.
pub(crate) fn key_of_simplified(s: &str) -> Cow<'_, str> {
    let folded = fold_spacing(s);
    if folded.chars().any(char::is_uppercase) {
        Cow::Owned(folded.to_lowercase())
    } else {
        folded
    }
}

/// Why a registry file was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistryError {
    /// The file is not valid TOML (or JSON), or has a field the registry does not know; the
    /// parser's own message.
    Syntax(String),
    /// A company id that is not a lowercase ASCII slug.
    BadId(String),
    /// Two companies with the same id.
    DuplicateId(String),
    /// A company with an empty name (display name or alias).
    EmptyName {
        /// The company's id.
        company: String,
    },
    /// One name (in any script or case) given to two companies.
    NameClaimedTwice {
        /// The name as written.
        name: String,
        /// The company that claimed it first.
        first: String,
        /// The company that claimed it again.
        second: String,
    },
    /// A cue that is empty or an unknown `#` pattern.
    BadCue {
        /// The alias whose cues these are; `None` for the shared `[context] cues`.
        alias: Option<AliasAt>,
        /// The cue as written.
        cue: String,
    },
    /// `case_sensitive` on an alias without Latin letters, where case means nothing.
    CaseWithoutLatin(AliasAt),
    /// `cues` on an alias that is not `ambiguous`, where they would never be read.
    CuesWithoutAmbiguity(AliasAt),
    /// A stop pattern that is empty or an unknown `#` class.
    BadStopPattern {
        /// The alias.
        alias: AliasAt,
        /// The pattern as written.
        pattern: String,
    },
    /// An empty word in `stop_sentence`.
    EmptyStopWord(AliasAt),
}

/// Where in the registry an alias is: its company and its name, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasAt {
    /// The company's id.
    pub company: String,
    /// The alias as written.
    pub alias: String,
}

impl AliasAt {
    fn of(company: &str, alias: &Alias) -> AliasAt {
        AliasAt {
            company: company.to_owned(),
            alias: alias.name.clone(),
        }
    }
}

impl fmt::Display for AliasAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: alias {:?}", self.company, self.alias)
    }
}

impl fmt::Display for RegistryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("registry: ")?;
        match self {
            RegistryError::Syntax(e) => write!(f, "{e}"),
            RegistryError::BadId(id) => write!(f, "id {id:?} is not a lowercase ASCII slug"),
            RegistryError::DuplicateId(id) => write!(f, "id {id:?} appears twice"),
            RegistryError::EmptyName { company } => write!(f, "{company}: empty name"),
            RegistryError::NameClaimedTwice {
                name,
                first,
                second,
            } => write!(f, "{name:?} names both {first} and {second}"),
            RegistryError::BadCue { alias: None, cue } => {
                write!(f, "[context] cues: bad cue {cue:?}")
            }
            RegistryError::BadCue {
                alias: Some(at),
                cue,
            } => write!(f, "{at}: bad cue {cue:?}"),
            RegistryError::CaseWithoutLatin(at) => {
                write!(f, "{at}: case_sensitive needs Latin letters")
            }
            RegistryError::CuesWithoutAmbiguity(at) => {
                write!(f, "{at}: cues only apply to ambiguous aliases")
            }
            RegistryError::BadStopPattern { alias, pattern } => {
                write!(f, "{alias}: bad stop pattern {pattern:?}")
            }
            RegistryError::EmptyStopWord(at) => write!(f, "{at}: empty stop word"),
        }
    }
}

impl std::error::Error for RegistryError {}

impl Registry {
    /// Parses a registry file, rejecting unknown fields, malformed ids, rules that mean
    /// nothing, and names claimed by two companies (in any script or case).
    pub fn parse(text: &str) -> Result<Registry, RegistryError> {
        let file: RegistryFile =
            toml::from_str(text).map_err(|e| RegistryError::Syntax(e.to_string()))?;
        Registry::from_file(file)
    }

    /// [`Registry::parse`] for the JSON that `build.rs` makes of the bundled registry after
    /// checking it: the shipped app then needs no TOML parser. The same checks run again (they
    /// build the index anyway).
    pub(crate) fn from_json(json: &str) -> Result<Registry, RegistryError> {
        let file: RegistryFile =
            serde_json::from_str(json).map_err(|e| RegistryError::Syntax(e.to_string()))?;
        Registry::from_file(file)
    }

    /// Checks a registry file and indexes its names.
    fn from_file(file: RegistryFile) -> Result<Registry, RegistryError> {
        let mut by_name: HashMap<String, Vec<Entry>> = HashMap::new();
        check_cues(&file.context.cues, None)?;
        for (i, c) in file.company.iter().enumerate() {
            let slug_ok = !c.id.is_empty()
                && c.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !slug_ok {
                return Err(RegistryError::BadId(c.id.clone()));
            }
            if file.company[..i].iter().any(|d| d.id == c.id) {
                return Err(RegistryError::DuplicateId(c.id.clone()));
            }
            for a in &c.aliases {
                check_alias(a, &c.id)?;
            }
            // Aliases first, so that an alias repeating a display name (to give it rules)
            // is what that name resolves to.
            let names = c
                .aliases
                .iter()
                .enumerate()
                .map(|(k, a)| (a.name.as_str(), Some(k)))
                .chain([c.hans.as_str(), c.hant.as_str(), c.en.as_str()].map(|n| (n, None)));
            for (name, alias) in names {
                if name.trim().is_empty() {
                    return Err(RegistryError::EmptyName {
                        company: c.id.clone(),
                    });
                }
                let key = name_key(name);
                let entries = by_name.entry(key).or_default();
                if let Some(other) = entries.iter().find(|e| e.company != i) {
                    return Err(RegistryError::NameClaimedTwice {
                        name: name.to_owned(),
                        first: file.company[other.company].id.clone(),
                        second: c.id.clone(),
                    });
                }
                // A display name adds nothing when an alias already gives this key.
                if alias.is_none() && !entries.is_empty() {
                    continue;
                }
                entries.push(Entry {
                    company: i,
                    alias,
                    exact: fold_spacing(&to_simplified(name)).into_owned(),
                });
            }
        }
        Ok(Registry {
            companies: file.company,
            cues: file.context.cues,
            by_name,
        })
    }

    /// All companies, in file order.
    pub fn companies(&self) -> &[Company] {
        &self.companies
    }

    /// The shared cue words (`[context] cues`): words that, in the same sentence, show that an
    /// ambiguous alias without cues of its own means the company.
    pub fn cues(&self) -> &[String] {
        &self.cues
    }

    /// The company with this id.
    pub fn get(&self, id: &str) -> Option<&Company> {
        self.companies.iter().find(|c| c.id == id)
    }

    /// The company a name stands for (any script, any case).
    ///
    /// A dictionary lookup, blind to context: `苹果` and `runway` find their companies here.
    /// Whether a name in running text counts is the segmenter's decision.
    pub fn lookup(&self, name: &str) -> Option<&Company> {
        self.lookup_simplified(&to_simplified(name))
    }

    /// [`Registry::lookup`] for text already in simplified script: the segmenter's hot path,
    /// which must not convert every token again.
    pub fn lookup_simplified(&self, simplified: &str) -> Option<&Company> {
        let key = key_of_simplified(simplified);
        self.by_name
            .get(key.as_ref())
            .and_then(|e| e.first())
            .map(|e| &self.companies[e.company])
    }

    /// Resolves a name written in simplified script the way running text is read: an alias
    /// marked [`Alias::case_sensitive`] only matches its exact spelling. Returns the company
    /// and the alias whose context rules apply.
    pub fn resolve(&self, simplified: &str) -> Option<NameMatch<'_>> {
        self.resolve_key(&key_of_simplified(simplified), simplified)
    }

    /// [`Registry::resolve`] with the key already computed: the segmenter needs the key
    /// anyway, and computing it twice per token shows in the timings.
    pub(crate) fn resolve_key(&self, key: &str, simplified: &str) -> Option<NameMatch<'_>> {
        let entries = self.by_name.get(key)?;
        let exact = fold_spacing(simplified);
        let alias_of = |e: &Entry| {
            e.alias
                .and_then(|k| self.companies[e.company].aliases.get(k))
        };
        let entry = entries
            .iter()
            .find(|e| e.exact == exact.as_ref())
            .or_else(|| {
                entries
                    .iter()
                    .find(|e| !alias_of(e).is_some_and(|a| a.case_sensitive))
            })?;
        Some(NameMatch {
            company: &self.companies[entry.company],
            alias: alias_of(entry),
        })
    }

    /// This registry with `extra` companies added after its own (discovered ones, whose ids
    /// are not slugs). A name of an extra company that some company already claims is left
    /// out of the index, and an extra company with an id already taken is skipped: the
    /// registered company keeps its names.
    pub fn with_companies(&self, extra: impl IntoIterator<Item = Company>) -> Registry {
        let mut out = self.clone();
        for c in extra {
            if c.id.is_empty() || out.get(&c.id).is_some() {
                continue;
            }
            let i = out.companies.len();
            let mut indexed = false;
            for name in [c.hans.as_str(), c.hant.as_str(), c.en.as_str()] {
                if name.trim().is_empty() {
                    continue;
                }
                let key = name_key(name);
                let entries = out.by_name.entry(key).or_default();
                if !entries.is_empty() {
                    continue;
                }
                entries.push(Entry {
                    company: i,
                    alias: None,
                    exact: fold_spacing(&to_simplified(name)).into_owned(),
                });
                indexed = true;
            }
            if indexed {
                out.companies.push(c);
            }
        }
        out
    }

    /// Every name in the registry, in both scripts where they differ: what the segmenter
    /// must keep whole.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        self.companies.iter().flat_map(|c| c.names())
    }
}

fn check_cues(cues: &[String], alias: Option<&AliasAt>) -> Result<(), RegistryError> {
    for cue in cues {
        if cue.trim().is_empty() || (cue.starts_with('#') && cue != PATTERN_COMPANY) {
            return Err(RegistryError::BadCue {
                alias: alias.cloned(),
                cue: cue.clone(),
            });
        }
    }
    Ok(())
}

fn check_alias(a: &Alias, id: &str) -> Result<(), RegistryError> {
    let at = || AliasAt::of(id, a);
    if a.case_sensitive && !a.name.chars().any(|c| c.is_ascii_alphabetic()) {
        return Err(RegistryError::CaseWithoutLatin(at()));
    }
    if let Some(cues) = &a.cues {
        if !a.ambiguous {
            return Err(RegistryError::CuesWithoutAmbiguity(at()));
        }
        check_cues(cues, Some(&at()))?;
    }
    for p in a.stop_prev.iter().chain(&a.stop_next) {
        let bad_class = p.starts_with('#') && p != PATTERN_NUM && p != PATTERN_LATIN;
        if p.trim_matches('*').is_empty() || bad_class {
            return Err(RegistryError::BadStopPattern {
                alias: at(),
                pattern: p.clone(),
            });
        }
    }
    if a.stop_sentence.iter().any(|w| w.trim().is_empty()) {
        return Err(RegistryError::EmptyStopWord(at()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_registry_parses_and_has_the_required_ids() {
        let text = include_str!("../../../corpus/companies.toml");
        let reg = Registry::parse(text).expect("companies.toml parses");
        for id in [
            "openai",
            "anthropic",
            "microsoft",
            "google",
            "amazon",
            "meta",
            "apple",
            "tesla",
            "xai",
            "nvidia",
            "baidu",
            "huawei",
            "tencent",
            "alibaba",
            "bytedance",
            "iflytek",
            "zhipu",
            "sensetime",
            "mistral",
            "databricks",
            "hugging-face",
            "scale-ai",
            "inflection-ai",
            "stability-ai",
            "character-ai",
            "cohere",
            "salesforce",
            "midjourney",
            "runway",
            "sambanova",
            "moveworks",
            "ai21-labs",
            "inspur",
            "snowflake",
        ] {
            assert!(reg.get(id).is_some(), "missing {id}");
        }
        assert!(!reg.cues().is_empty(), "shared cues");
    }

    #[test]
    fn looks_up_in_either_script_and_any_case() {
        let reg = Registry::bundled();
        assert_eq!(reg.lookup("亞馬遜").unwrap().id, "amazon");
        assert_eq!(reg.lookup("亚马逊").unwrap().id, "amazon");
        assert_eq!(reg.lookup("chatgpt").unwrap().id, "openai");
        assert_eq!(reg.lookup("文心一言").unwrap().id, "baidu");
        assert_eq!(reg.lookup("楊立昆").unwrap().id, "meta");
        assert!(reg.lookup("大模型").is_none());
    }

    #[test]
    fn looks_up_aliases_of_every_kind_in_both_scripts() {
        let reg = Registry::bundled();
        for (name, id) in [
            // company
            ("阿里", "alibaba"),
            ("臉書", "meta"),
            ("脸书", "meta"),
            ("輝達", "nvidia"),
            ("商湯", "sensetime"),
            ("Open AI", "openai"),
            ("Character AI", "character-ai"),
            ("Midjounery", "midjourney"),
            ("HuggingFace", "hugging-face"),
            ("抱抱臉", "hugging-face"),
            // product
            ("通義千問", "alibaba"),
            ("通义千问", "alibaba"),
            ("訊飛星火", "iflytek"),
            ("盤古", "huawei"),
            ("DALL·E", "openai"),
            ("GPT-4o", "openai"),
            ("Stable Diffusion", "stability-ai"),
            ("Grok", "xai"),
            ("H100", "nvidia"),
            ("豆包", "bytedance"),
            // unit
            ("谷歌雲", "google"),
            ("阿里雲", "alibaba"),
            ("亚马逊云科技", "amazon"),
            ("騰訊雲", "tencent"),
            ("火山引擎", "bytedance"),
            ("DeepMind", "google"),
            // person
            ("黃仁勳", "nvidia"),
            ("黄仁勋", "nvidia"),
            ("納德拉", "microsoft"),
            ("奧特曼", "openai"),
            ("阿尔特曼", "openai"),
            ("Sam Altman", "openai"),
            ("達里奧·阿莫迪", "anthropic"),
            ("马斯克", "tesla"),
            ("馬化騰", "tencent"),
            ("李彥宏", "baidu"),
            ("扎克伯格", "meta"),
            ("蒂姆·库克", "apple"),
        ] {
            assert_eq!(reg.lookup(name).map(|c| c.id.as_str()), Some(id), "{name}");
        }
    }

    #[test]
    fn dots_and_spaces_in_names_are_folded() {
        let reg = Registry::bundled();
        assert_eq!(name_key("蒂姆 • 库克"), "蒂姆·库克");
        assert_eq!(name_key("Hugging\u{3000} Face"), "hugging face");
        assert_eq!(reg.lookup("蒂姆 · 庫克").unwrap().id, "apple");
        assert_eq!(reg.lookup("DALL・E").unwrap().id, "openai");
    }

    #[test]
    fn resolve_honours_case_sensitive_aliases() {
        let reg = Registry::bundled();
        let id = |s: &str| reg.resolve(s).map(|m| m.company.id.clone());
        assert_eq!(id("Runway").as_deref(), Some("runway"));
        assert_eq!(id("runway"), None);
        assert_eq!(id("cohere"), None);
        assert_eq!(id("Cohere").as_deref(), Some("cohere"));
        assert_eq!(id("snowflake"), None);
        assert_eq!(id("llama"), None);
        assert_eq!(id("LlaMA").as_deref(), Some("meta"));
        // Versioned names are not English words and match in any case.
        assert_eq!(id("LLAMA 2").as_deref(), Some("meta"));
        // `Meta` and `meta` are two aliases with different rules.
        let upper = reg.resolve("Meta").unwrap().alias.unwrap();
        let lower = reg.resolve("meta").unwrap().alias.unwrap();
        assert_eq!(upper.name, "Meta");
        assert_eq!(lower.name, "meta");
        // A display name without an alias of its own has no rules.
        assert!(reg.resolve("OpenAI").unwrap().alias.is_none());
        assert!(reg.resolve("苹果").unwrap().alias.unwrap().ambiguous);
        // The dictionary lookup stays blind to case.
        assert_eq!(reg.lookup("runway").unwrap().id, "runway");
    }

    #[test]
    fn bundled_rules_are_sensible() {
        let reg = Registry::bundled();
        for c in reg.companies() {
            for a in &c.aliases {
                // An ambiguous alias needs something to decide with.
                if a.ambiguous {
                    let cues = a.cues.as_deref().unwrap_or(reg.cues());
                    assert!(!cues.is_empty(), "{}: {} has no cues", c.id, a.name);
                }
            }
        }
        // Chinese aliases are written in simplified script, so the file reads as the index
        // does. OpenCC also folds the brand's 昇 into 升: the index key takes care of it.
        for c in reg.companies() {
            for n in c
                .aliases
                .iter()
                .map(|a| a.name.as_str())
                .chain([c.hans.as_str()])
            {
                if n != "昇腾" {
                    assert_eq!(to_simplified(n), n, "{}: {n} is not simplified", c.id);
                }
            }
        }
        // Judgement calls the file documents.
        assert!(reg.lookup("比尔·盖茨").is_none());
        assert!(reg.lookup("Pi").is_none());
        assert!(reg.lookup("元宇宙").is_none());
        assert!(reg.lookup("微信").is_none());
        assert!(reg.lookup("张鹏").is_none());
    }

    const TWO: &str = r#"
[[company]]
id = "a"
hans = "甲"
hant = "甲"
en = "A"
[[company]]
id = "b"
hans = "乙"
hant = "乙"
en = "B"
aliases = [{ name = "甲", kind = "product" }]
"#;

    #[test]
    fn rejects_a_name_claimed_twice_and_bad_ids() {
        let claimed = |name: &str| RegistryError::NameClaimedTwice {
            name: name.to_owned(),
            first: "a".to_owned(),
            second: "b".to_owned(),
        };
        for (text, want) in [
            (TWO.to_owned(), claimed("甲")),
            (
                TWO.replace("id = \"a\"", "id = \"A B\""),
                RegistryError::BadId("A B".to_owned()),
            ),
            (
                TWO.replace("id = \"b\"", "id = \"a\""),
                RegistryError::DuplicateId("a".to_owned()),
            ),
            // Claimed twice whatever the case or script.
            (TWO.replace("name = \"甲\"", "name = \"a\""), claimed("a")),
            (
                TWO.replacen("hans = \"甲\"", "hans = \" \"", 1),
                RegistryError::EmptyName {
                    company: "a".to_owned(),
                },
            ),
        ] {
            assert_eq!(Registry::parse(&text).unwrap_err(), want, "{text}");
        }
    }

    #[test]
    fn rejects_unknown_fields_everywhere() {
        let ok = TWO.replace("name = \"甲\"", "name = \"丙\"");
        assert!(Registry::parse(&ok).is_ok());
        for (bad, field) in [
            (
                ok.replace("kind = \"product\"", "kind = \"product\", ambigous = true"),
                "ambigous",
            ),
            (
                ok.replace("en = \"B\"", "en = \"B\"\nwebsite = \"b.com\""),
                "website",
            ),
            (
                format!("[context]\ncues = [\"公司\"]\nstops = []\n{ok}"),
                "stops",
            ),
            (format!("colour = 1\n{ok}"), "colour"),
            (
                ok.replace("kind = \"product\"", "kind = \"brand\""),
                "brand",
            ),
        ] {
            match Registry::parse(&bad) {
                Err(RegistryError::Syntax(e)) => assert!(e.contains(field), "{field}: {e}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
        let json = Registry::from_json("{\"company\": 1}").unwrap_err();
        assert!(matches!(json, RegistryError::Syntax(_)), "{json:?}");
    }

    #[test]
    fn rejects_rules_that_mean_nothing() {
        let ok = TWO.replace("name = \"甲\"", "name = \"丙\"");
        let at = || AliasAt {
            company: "b".to_owned(),
            alias: "丙".to_owned(),
        };
        for (rule, want) in [
            (
                "case_sensitive = true",
                RegistryError::CaseWithoutLatin(at()),
            ),
            (
                "cues = [\"公司\"]",
                RegistryError::CuesWithoutAmbiguity(at()),
            ),
            (
                "ambiguous = true, cues = [\"#num\"]",
                RegistryError::BadCue {
                    alias: Some(at()),
                    cue: "#num".to_owned(),
                },
            ),
            (
                "stop_prev = [\"#han\"]",
                RegistryError::BadStopPattern {
                    alias: at(),
                    pattern: "#han".to_owned(),
                },
            ),
            (
                "stop_next = [\"\"]",
                RegistryError::BadStopPattern {
                    alias: at(),
                    pattern: String::new(),
                },
            ),
            (
                "stop_sentence = [\" \"]",
                RegistryError::EmptyStopWord(at()),
            ),
        ] {
            let bad = ok.replace("kind = \"product\"", &format!("kind = \"product\", {rule}"));
            assert_eq!(Registry::parse(&bad).unwrap_err(), want, "{rule}");
        }
        let shared = format!("[context]\ncues = [\"\"]\n{ok}");
        assert_eq!(
            Registry::parse(&shared).unwrap_err(),
            RegistryError::BadCue {
                alias: None,
                cue: String::new(),
            }
        );
        let with_rules = ok.replace(
            "kind = \"product\"",
            "kind = \"product\", ambiguous = true, stop_prev = [\"#num\", \"个\"], cues = [\"#company\", \"公司\"]",
        );
        let reg = Registry::parse(&with_rules).unwrap();
        let a = reg.resolve("丙").unwrap().alias.unwrap();
        assert!(a.ambiguous && a.needs_context());
        assert_eq!(a.cues.as_deref().unwrap().len(), 2);
    }

    #[test]
    fn errors_read_as_english_sentences() {
        let at = || AliasAt {
            company: "apple".to_owned(),
            alias: "苹果".to_owned(),
        };
        for (error, text) in [
            (
                RegistryError::Syntax("expected `=`".to_owned()),
                "registry: expected `=`",
            ),
            (
                RegistryError::BadId("Open AI".to_owned()),
                "registry: id \"Open AI\" is not a lowercase ASCII slug",
            ),
            (
                RegistryError::DuplicateId("openai".to_owned()),
                "registry: id \"openai\" appears twice",
            ),
            (
                RegistryError::EmptyName {
                    company: "openai".to_owned(),
                },
                "registry: openai: empty name",
            ),
            (
                RegistryError::NameClaimedTwice {
                    name: "Meta".to_owned(),
                    first: "meta".to_owned(),
                    second: "facebook".to_owned(),
                },
                "registry: \"Meta\" names both meta and facebook",
            ),
            (
                RegistryError::BadCue {
                    alias: None,
                    cue: "#x".to_owned(),
                },
                "registry: [context] cues: bad cue \"#x\"",
            ),
            (
                RegistryError::BadCue {
                    alias: Some(at()),
                    cue: "#x".to_owned(),
                },
                "registry: apple: alias \"苹果\": bad cue \"#x\"",
            ),
            (
                RegistryError::CaseWithoutLatin(at()),
                "registry: apple: alias \"苹果\": case_sensitive needs Latin letters",
            ),
            (
                RegistryError::CuesWithoutAmbiguity(at()),
                "registry: apple: alias \"苹果\": cues only apply to ambiguous aliases",
            ),
            (
                RegistryError::BadStopPattern {
                    alias: at(),
                    pattern: "#han".to_owned(),
                },
                "registry: apple: alias \"苹果\": bad stop pattern \"#han\"",
            ),
            (
                RegistryError::EmptyStopWord(at()),
                "registry: apple: alias \"苹果\": empty stop word",
            ),
        ] {
            assert_eq!(error.to_string(), text);
        }
    }
}
