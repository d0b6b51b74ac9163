//! Why a registry file was rejected, in words a maintainer can act on.

use super::Alias;
use std::fmt;

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
    /// A country that is not an ISO 3166-1 alpha-2 code in capitals (or none, in the
    /// bundled registry).
    BadCountry {
        /// The company's id.
        company: String,
        /// The country as written.
        country: String,
    },
    /// A traditional display name that, read in simplified script, is none of the company's
    /// names: a slip, or another company's name.
    HantNotSameName {
        /// The company's id.
        company: String,
        /// The traditional name as written.
        hant: String,
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
    pub(super) fn of(company: &str, alias: &Alias) -> AliasAt {
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
            RegistryError::BadCountry { company, country } => {
                write!(
                    f,
                    "{company}: country {country:?} is not an ISO 3166 alpha-2 code"
                )
            }
            RegistryError::HantNotSameName { company, hant } => write!(
                f,
                "{company}: hant {hant:?} in simplified script is none of its names"
            ),
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
