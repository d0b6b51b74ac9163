//! The reader's curation of the registry: an [`Overlay`] of edits — add a company, give one
//! another name, rename it, merge two, hide one, confirm a discovered one — laid over the
//! registry the analysis would otherwise use.
//!
//! The overlay is data the reader owns: the app keeps it with the library (IndexedDB and the
//! library file, see [`crate::import::library`]), and `baimo --registry FILE` reads it as a file
//! of its own, JSON or TOML:
//!
//! ```toml
//! schema = "baimo-curation"
//! version = 1
//!
//! [[edits]]
//! edit = "alias"        # add, alias, rename, merge, hide, confirm
//! company = "openai"
//! name = "开放人工智能"
//! ```
//!
//! [`Overlay::apply`] makes the effective registry. Edits are applied in order, each checked
//! on the registry the ones before it made; one that no longer applies (its company is gone
//! from a newer registry) is kept in the overlay and reported as [`Stale`], never dropped.
//! What is wrong with an edit is said in both languages ([`CurationError::en`],
//! [`CurationError::zh`]).

mod edit;
mod error;
#[cfg(test)]
mod tests;

pub use edit::{apply_edit, suggest_id, Edit, MAX_NAME_CHARS};
pub use error::{CurationError, OverlayFileError};

use crate::registry::Registry;
use serde::{Deserialize, Serialize};

/// The `schema` value of a standalone overlay file.
pub const SCHEMA: &str = "baimo-curation";

/// The overlay version this baimo writes and the newest it reads.
pub const VERSION: u32 = 1;

/// The reader's edits to the registry, in the order they were made.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overlay {
    /// The edits, oldest first.
    #[serde(default)]
    pub edits: Vec<Edit>,
}

/// An edit of the overlay that did not apply to the registry it was laid over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// Its place in [`Overlay::edits`], from 0.
    pub index: usize,
    /// Why it did not apply.
    pub error: CurationError,
}

/// The effective registry, and the edits that did not apply.
#[derive(Debug, Clone)]
pub struct Applied {
    /// The registry with every edit that applies.
    pub registry: Registry,
    /// The edits kept in the overlay but not applied, in order.
    pub stale: Vec<Stale>,
}

/// The standalone file's shape (the library file carries the same object).
#[derive(Serialize, Deserialize)]
struct File {
    schema: String,
    version: u32,
    #[serde(default)]
    edits: Vec<Edit>,
}

impl Overlay {
    /// True when there is nothing to apply.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// The effective registry: `base` with every edit that applies, in order.
    pub fn apply(&self, base: &Registry) -> Applied {
        let mut registry = base.clone();
        let mut stale = Vec::new();
        for (index, edit) in self.edits.iter().enumerate() {
            match apply_edit(&registry, edit) {
                Ok(next) => registry = next,
                Err(error) => stale.push(Stale { index, error }),
            }
        }
        Applied { registry, stale }
    }

    /// Adds `edit` if it applies to `effective` (the registry this overlay made): the
    /// registry after it, or why not — and then the overlay is unchanged.
    pub fn push(&mut self, effective: &Registry, edit: Edit) -> Result<Registry, CurationError> {
        let next = apply_edit(effective, &edit)?;
        self.edits.push(edit);
        Ok(next)
    }

    /// A stable short hash of the edits (FNV-1a of their JSON, hex): what the app keys its
    /// cache of per-article results by, so curated results are never served for another
    /// overlay. Empty for an empty overlay.
    pub fn fingerprint(&self) -> String {
        if self.is_empty() {
            return String::new();
        }
        let json = serde_json::to_string(&self.edits).unwrap_or_default();
        format!("{:016x}", fnv1a(json.as_bytes()))
    }

    /// The overlay as its own JSON file.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.file()).unwrap_or_default()
    }

    fn file(&self) -> File {
        File {
            schema: SCHEMA.to_owned(),
            version: VERSION,
            edits: self.edits.clone(),
        }
    }

    /// Reads an overlay file, JSON (it starts with `{`) or TOML.
    pub fn parse(text: &str) -> Result<Overlay, OverlayFileError> {
        let text = text.trim_start_matches('\u{feff}');
        let value: serde_json::Value = if text.trim_start().starts_with('{') {
            serde_json::from_str(text).map_err(|e| OverlayFileError::Syntax(e.to_string()))?
        } else {
            let value: toml::Value =
                toml::from_str(text).map_err(|e| OverlayFileError::Syntax(e.to_string()))?;
            serde_json::to_value(value).map_err(|e| OverlayFileError::Syntax(e.to_string()))?
        };
        Overlay::from_value(value)
    }

    /// Reads an overlay from a JSON value (a standalone file's, or the `curation` object of
    /// a library file): checks its schema and version, then its edits.
    pub fn from_value(value: serde_json::Value) -> Result<Overlay, OverlayFileError> {
        if value.get("schema").and_then(|s| s.as_str()) != Some(SCHEMA) {
            return Err(OverlayFileError::NotAnOverlay);
        }
        let version = value
            .get("version")
            .and_then(|v| v.as_u64())
            .ok_or(OverlayFileError::NotAnOverlay)?;
        if version > u64::from(VERSION) {
            return Err(OverlayFileError::FutureVersion {
                found: version,
                supported: VERSION,
            });
        }
        let file = File::deserialize(value).map_err(|e| OverlayFileError::Syntax(e.to_string()))?;
        Ok(Overlay { edits: file.edits })
    }

    /// The overlay as the JSON value a library file carries.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self.file()).unwrap_or_default()
    }
}

/// FNV-1a, 64 bits: stable across builds and platforms, unlike std's hasher.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
