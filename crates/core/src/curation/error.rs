//! What can be wrong with an edit or an overlay file, said in English and in Chinese.

use crate::registry::RegistryError;
use std::fmt;

/// Why an edit does not apply to a registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CurationError {
    /// A name that is empty (or only spaces, or has control characters).
    EmptyName,
    /// A name longer than [`super::MAX_NAME_CHARS`].
    NameTooLong {
        /// Its first characters.
        name: String,
        /// The limit.
        max: usize,
    },
    /// An id that is not a lowercase ASCII slug.
    BadId(String),
    /// An id another company has.
    IdTaken(String),
    /// No company with this id (it may have been merged, hidden or removed since).
    NoSuchCompany(String),
    /// Only a discovered company can be confirmed.
    NotDiscovered(String),
    /// The name is another company's.
    NameTaken {
        /// The name.
        name: String,
        /// The company that has it, by id.
        owner: String,
        /// That company's Chinese name.
        owner_name: String,
    },
    /// The name is already this company's.
    AlreadyNamed {
        /// The name.
        name: String,
        /// The company, by id.
        company: String,
    },
    /// A company merged into itself.
    MergeIntoItself(String),
    /// A rename without any new name.
    NothingToRename(String),
    /// The registry the edit would make fails the registry's own checks.
    Registry(RegistryError),
}

impl CurationError {
    /// The message in English.
    pub fn en(&self) -> String {
        match self {
            CurationError::EmptyName => "A name cannot be empty.".to_owned(),
            CurationError::NameTooLong { name, max } => {
                format!("“{name}…” is too long for a name (at most {max} characters).")
            }
            CurationError::BadId(id) => {
                format!("“{id}” is not a usable id: use lowercase letters a–z, digits and hyphens.")
            }
            CurationError::IdTaken(id) => format!("Another company already has the id “{id}”."),
            CurationError::NoSuchCompany(id) => {
                format!("There is no company “{id}” (it may have been merged, hidden or removed).")
            }
            CurationError::NotDiscovered(id) => {
                format!("“{id}” is not a discovered company: only those can be confirmed.")
            }
            CurationError::NameTaken {
                name,
                owner,
                owner_name,
            } => format!("“{name}” already names {owner_name} ({owner})."),
            CurationError::AlreadyNamed { name, company } => {
                format!("“{name}” is already a name of {company}.")
            }
            CurationError::MergeIntoItself(id) => {
                format!("{id} cannot be merged into itself: choose another company.")
            }
            CurationError::NothingToRename(id) => format!("Give {id} at least one new name."),
            CurationError::Registry(e) => format!("The registry would not be valid: {e}."),
        }
    }

    /// The message in Chinese.
    pub fn zh(&self) -> String {
        match self {
            CurationError::EmptyName => "名称不能为空。".to_owned(),
            CurationError::NameTooLong { name, max } => {
                format!("“{name}…”作为名称太长（最多 {max} 个字符）。")
            }
            CurationError::BadId(id) => {
                format!("“{id}”不能用作标识：请只用小写字母 a–z、数字和连字符。")
            }
            CurationError::IdTaken(id) => format!("已有公司使用标识“{id}”。"),
            CurationError::NoSuchCompany(id) => {
                format!("没有公司“{id}”（可能已被合并、隐藏或移除）。")
            }
            CurationError::NotDiscovered(id) => {
                format!("“{id}”不是发现的公司：只有发现的公司才能确认。")
            }
            CurationError::NameTaken {
                name,
                owner,
                owner_name,
            } => format!("“{name}”已是{owner_name}（{owner}）的名称。"),
            CurationError::AlreadyNamed { name, company } => {
                format!("“{name}”已经是 {company} 的名称。")
            }
            CurationError::MergeIntoItself(id) => {
                format!("{id} 不能合并到自身：请选择另一家公司。")
            }
            CurationError::NothingToRename(id) => format!("请至少给 {id} 一个新名称。"),
            CurationError::Registry(e) => format!("修改后的公司名录无效：{e}。"),
        }
    }
}

impl fmt::Display for CurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

impl std::error::Error for CurationError {}

/// Why an overlay file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverlayFileError {
    /// Not JSON or TOML, or an edit that is malformed; the parser's message.
    Syntax(String),
    /// Readable, but not a baimo overlay (no `schema = "baimo-curation"`).
    NotAnOverlay,
    /// Written by a newer baimo.
    FutureVersion {
        /// The file's version.
        found: u64,
        /// The newest this baimo reads.
        supported: u32,
    },
}

impl fmt::Display for OverlayFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OverlayFileError::Syntax(e) => write!(f, "curation: {e}"),
            OverlayFileError::NotAnOverlay => write!(
                f,
                "curation: not a baimo curation file (schema = \"{}\")",
                super::SCHEMA
            ),
            OverlayFileError::FutureVersion { found, supported } => write!(
                f,
                "curation version {found} comes from a newer baimo; this one reads up to version {supported}"
            ),
        }
    }
}

impl std::error::Error for OverlayFileError {}
