//! The company registry (`corpus/registry/*.toml`, documented in its README.md): the
//! organisations of the AI race, what kind each is, where it is from, and which names stand
//! for it.
//!
//! The registry is data. Besides names, an alias may carry the rules that keep an ordinary
//! word from being counted as a company (`苹果` the fruit, `runway` the English word): see
//! [`Alias`]. The registry only stores and checks those rules; the segmenter applies them,
//! because only it sees the words around a name.
//!
//! One module per idea: the types and the name index (here), the checks a file must pass
//! (`check`), and why a file was rejected (`error`).
//!
//! `build.rs` compiles these files too (through `#[path]`, to check the registry before it
//! ships), so they must stay free of the crate's other modules: they may use only
//! `crate::normalize`, which `build.rs` compiles beside them.

mod check;
mod error;

pub use error::{AliasAt, RegistryError};

use crate::normalize::to_simplified;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

/// How an alias stands for its company.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AliasKind {
    /// Another name of the company itself.
    #[default]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// What an organisation does in the AI race: a small closed set, so views can group and
/// filter by it. An organisation that does several things takes the one the press names it
/// for (Nvidia is a chipmaker, though it also invests).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum CompanyKind {
    /// Makes foundation models, or AI as its main product (OpenAI, 月之暗面, Mistral).
    Lab,
    /// A large technology group for which AI is one business among many (Google, 腾讯).
    Bigtech,
    /// Designs or makes chips, or the machines around them (英伟达, 寒武纪, TSMC).
    Chip,
    /// Sells computing, data or AI infrastructure as a service (AWS-like clouds, Databricks).
    Cloud,
    /// Builds applications on models: assistants, search, media, code, enterprise tools.
    App,
    /// Robots, humanoids and self-driving.
    Robotics,
    /// Invests: venture funds, investment arms, sovereign funds.
    Investor,
    /// Anything else the press names beside them: institutes, regulators, media.
    #[default]
    Other,
}

impl CompanyKind {
    /// Every kind, in the order above.
    pub const ALL: [CompanyKind; 8] = [
        CompanyKind::Lab,
        CompanyKind::Bigtech,
        CompanyKind::Chip,
        CompanyKind::Cloud,
        CompanyKind::App,
        CompanyKind::Robotics,
        CompanyKind::Investor,
        CompanyKind::Other,
    ];

    /// The kind as written in the registry files (`bigtech`).
    pub fn as_str(self) -> &'static str {
        match self {
            CompanyKind::Lab => "lab",
            CompanyKind::Bigtech => "bigtech",
            CompanyKind::Chip => "chip",
            CompanyKind::Cloud => "cloud",
            CompanyKind::App => "app",
            CompanyKind::Robotics => "robotics",
            CompanyKind::Investor => "investor",
            CompanyKind::Other => "other",
        }
    }
}

/// Where a company comes from. The registry files hold only registered companies; the
/// analysis adds discovered ones and the reader's overlay adds its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Written in the bundled registry.
    #[default]
    Registered,
    /// Found in the text by discovery (id `~<name>`).
    Discovered,
    /// Added or confirmed by the reader.
    Reader,
}

impl Origin {
    /// True for [`Origin::Registered`]: the default, left out when a company is written.
    pub fn is_registered(&self) -> bool {
        *self == Origin::Registered
    }
}

/// The prefix of a discovered company's id (`~月之暗面`): not a registered one.
pub const DISCOVERED_PREFIX: char = '~';

/// True for a registered company's id: lowercase ASCII letters, digits and `-`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A company of the AI race.
///
/// Built by hand, it takes `..Default::default()` for the fields it does not set, so new
/// fields do not break callers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// Canonical id, a lowercase ASCII slug (`openai`, `hugging-face`); discovered
    /// companies take `~<name>`.
    pub id: String,
    /// Display name in simplified Chinese.
    pub hans: String,
    /// Display name in traditional Chinese.
    pub hant: String,
    /// Display name in English.
    pub en: String,
    /// What it does.
    #[serde(default)]
    pub kind: CompanyKind,
    /// Where it is based: an ISO 3166-1 alpha-2 code (`CN`, `US`); empty when unknown, which
    /// the bundled registry does not allow.
    #[serde(default)]
    pub country: String,
    /// Where it comes from: never written in the bundled registry's files. Always written
    /// out: bincode (the worker's wire) cannot skip fields.
    #[serde(default)]
    pub origin: Origin,
    /// Other names that stand for it.
    #[serde(default)]
    pub aliases: Vec<Alias>,
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

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    #[serde(default)]
    context: ContextFile,
    #[serde(default)]
    company: Vec<Company>,
}

impl RegistryFile {
    /// Appends another file: its cues after these, its companies after these.
    fn extend(&mut self, other: RegistryFile) {
        self.context.cues.extend(other.context.cues);
        self.company.extend(other.company);
    }
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
    by_id: HashMap<String, usize>,
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

impl Registry {
    /// Parses one registry file, rejecting unknown fields, malformed ids, rules that mean
    /// nothing, and names claimed by two companies (in any script or case) unless shared by
    /// ambiguous aliases (see [`Registry::parse_files`] for the rule). `kind` and `country`
    /// may be left out here (other, unknown); the bundled registry must give a country.
    pub fn parse(text: &str) -> Result<Registry, RegistryError> {
        let file: RegistryFile =
            toml::from_str(text).map_err(|e| RegistryError::Syntax(e.to_string()))?;
        Registry::from_file(file, check::Strictness::File)
    }

    /// Parses the bundled registry: every file of `corpus/registry/`, as `(file name, text)`
    /// in the order given (the order of the companies, and of the shared cues). The files are
    /// read as one registry, so a name is checked against every file's companies.
    ///
    /// On top of [`Registry::parse`]'s checks, every company must give its country, and none
    /// may set `origin` (the app does).
    ///
    /// A name (folded by [`name_key`]) may belong to two or more companies only when every
    /// claim is an alias marked `ambiguous = true`: display names are never shared. A shared
    /// name resolves to its first claim in file order; when the paragraph names another
    /// claimant by a sure name, the segmenter reads it as that one instead.
    pub fn parse_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Registry, RegistryError> {
        let mut all = RegistryFile::default();
        for (name, text) in files {
            let file: RegistryFile =
                toml::from_str(text).map_err(|e| RegistryError::Syntax(format!("{name}: {e}")))?;
            all.extend(file);
        }
        Registry::from_file(all, check::Strictness::Bundled)
    }

    /// A registry of these companies and shared cues, checked as a file is: what the
    /// reader's overlay ([`crate::curation`]) builds the effective registry with (its
    /// companies may be discovered or the reader's).
    pub fn from_parts(
        companies: Vec<Company>,
        cues: Vec<String>,
    ) -> Result<Registry, RegistryError> {
        Registry::from_file(
            RegistryFile {
                context: ContextFile { cues },
                company: companies,
            },
            check::Strictness::File,
        )
    }

    /// This registry with `extra` companies added after its own (discovered ones, whose ids
    /// are not slugs), display names and aliases (with their rules). A name of an extra company that some company already claims is left
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
            let names = [c.hans.as_str(), c.hant.as_str(), c.en.as_str()]
                .map(|n| (n, None))
                .into_iter()
                .chain(
                    c.aliases
                        .iter()
                        .enumerate()
                        .map(|(k, a)| (a.name.as_str(), Some(k))),
                );
            for (name, alias) in names {
                if name.trim().is_empty() {
                    continue;
                }
                let entries = out.by_name.entry(name_key(name)).or_default();
                if !entries.is_empty() {
                    continue;
                }
                entries.push(Entry {
                    company: i,
                    alias,
                    exact: fold_spacing(&to_simplified(name)).into_owned(),
                });
                indexed = true;
            }
            if indexed {
                out.by_id.insert(c.id.clone(), i);
                out.companies.push(c);
            }
        }
        out
    }

    /// [`Registry::parse`] for the JSON that `build.rs` makes of the bundled registry after
    /// checking it: the shipped app then needs no TOML parser. The same checks run again (they
    /// build the index anyway).
    pub(crate) fn from_json(json: &str) -> Result<Registry, RegistryError> {
        let file: RegistryFile =
            serde_json::from_str(json).map_err(|e| RegistryError::Syntax(e.to_string()))?;
        Registry::from_file(file, check::Strictness::Bundled)
    }

    /// Checks a registry file and indexes its names.
    fn from_file(
        file: RegistryFile,
        strictness: check::Strictness,
    ) -> Result<Registry, RegistryError> {
        let mut by_name: HashMap<String, Vec<Entry>> = HashMap::new();
        let mut by_id: HashMap<String, usize> = HashMap::new();
        check::cues(&file.context.cues, None)?;
        for (i, c) in file.company.iter().enumerate() {
            check::company(c, strictness)?;
            if by_id.insert(c.id.clone(), i).is_some() {
                return Err(RegistryError::DuplicateId(c.id.clone()));
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
                let key = name_key(name);
                let entries = by_name.entry(key).or_default();
                let shared_ok = |e: &Entry| {
                    let ambiguous = |co: usize, al: Option<usize>| {
                        al.and_then(|k| file.company[co].aliases.get(k))
                            .is_some_and(|a| a.ambiguous)
                    };
                    ambiguous(e.company, e.alias) && ambiguous(i, alias)
                };
                let own = entries.iter().any(|e| e.company == i);
                if let Some(other) = entries.iter().find(|e| e.company != i && !shared_ok(e)) {
                    // A display name that an ambiguous alias of the same company already
                    // gives (with its rules) shares what that alias shares.
                    if !(alias.is_none() && own) {
                        return Err(RegistryError::NameClaimedTwice {
                            name: name.to_owned(),
                            first: file.company[other.company].id.clone(),
                            second: c.id.clone(),
                        });
                    }
                }
                // A display name adds nothing when an alias already gives this key.
                if alias.is_none() && own {
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
            by_id,
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
        self.by_id.get(id).map(|&i| &self.companies[i])
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

    /// Every reading of a name shared by ambiguous aliases of several companies (see
    /// [`Registry::parse_files`]), in file order, one per company; empty for a name that is
    /// not shared. `key` and `simplified` are as for [`Registry::resolve`].
    pub(crate) fn other_claims(&self, key: &str, simplified: &str) -> Vec<NameMatch<'_>> {
        let Some(entries) = self.by_name.get(key) else {
            return Vec::new();
        };
        let first = entries[0].company;
        if entries.iter().all(|e| e.company == first) {
            return Vec::new();
        }
        let exact = fold_spacing(simplified);
        let mut out: Vec<NameMatch<'_>> = Vec::new();
        for e in entries {
            let alias = e
                .alias
                .and_then(|k| self.companies[e.company].aliases.get(k));
            let fits = e.exact == exact.as_ref() || !alias.is_some_and(|a| a.case_sensitive);
            if fits
                && !out
                    .iter()
                    .any(|m| std::ptr::eq(m.company, &self.companies[e.company]))
            {
                out.push(NameMatch {
                    company: &self.companies[e.company],
                    alias,
                });
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

#[cfg(test)]
mod tests;
