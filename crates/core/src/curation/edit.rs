//! One edit of the reader's overlay, and how it changes a registry.

use super::error::CurationError;
use crate::normalize::is_han;
use crate::registry::{
    is_slug, name_key, Alias, AliasKind, Company, Origin, Registry, DISCOVERED_PREFIX,
};
use serde::{Deserialize, Serialize};

/// Longest name the reader may give, in characters: a company's name, not a paragraph.
pub const MAX_NAME_CHARS: usize = 60;

/// One change the reader made to the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Edit {
    /// A company added by hand.
    Add {
        /// Its id, a lowercase ASCII slug (see [`suggest_id`]).
        id: String,
        /// Its name in simplified Chinese (or as written, for a foreign company).
        hans: String,
        /// Its name in traditional Chinese (default: `hans`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hant: Option<String>,
        /// Its English name (default: `hans`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        en: Option<String>,
        /// What kind of company (lab, bigtech, chip…), kept for the registry's `kind`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kind: Option<String>,
        /// Other names that stand for it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        aliases: Vec<String>,
    },
    /// Another name for a company.
    Alias {
        /// The company's id.
        company: String,
        /// The name.
        name: String,
    },
    /// New display names; the old ones stay as aliases, so the company's mentions still count.
    Rename {
        /// The company's id.
        company: String,
        /// New name in simplified Chinese.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hans: Option<String>,
        /// New name in traditional Chinese.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hant: Option<String>,
        /// New English name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        en: Option<String>,
    },
    /// Two companies are one: `from`'s names all count for `into`, and `from` is gone.
    Merge {
        /// The company that goes.
        from: String,
        /// The company that stays.
        into: String,
    },
    /// The company is left out: its names are ordinary words again.
    Hide {
        /// The company's id.
        company: String,
    },
    /// A discovered company (`~<name>`) is a real one: it gets a proper id (and names).
    Confirm {
        /// The discovered company's id, `~<name>`.
        discovered: String,
        /// Its new id, a lowercase ASCII slug.
        id: String,
        /// Its name in simplified Chinese, if not the discovered one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hans: Option<String>,
        /// Its English name, if not the discovered one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        en: Option<String>,
    },
}

impl Edit {
    /// The companies the edit is about, by id (for listing edits beside their company).
    pub fn companies(&self) -> Vec<&str> {
        match self {
            Edit::Add { id, .. } => vec![id],
            Edit::Alias { company, .. } | Edit::Rename { company, .. } | Edit::Hide { company } => {
                vec![company]
            }
            Edit::Merge { from, into } => vec![from, into],
            Edit::Confirm { discovered, id, .. } => vec![discovered, id],
        }
    }
}

/// The registry after one edit, or why the edit does not apply to it.
pub fn apply_edit(registry: &Registry, edit: &Edit) -> Result<Registry, CurationError> {
    let mut companies = registry.companies().to_vec();
    match edit {
        Edit::Add {
            id,
            hans,
            hant,
            en,
            kind: _,
            aliases,
        } => {
            check_new_id(registry, id)?;
            let hans = clean(hans)?;
            let hant = hant.as_deref().map(clean).transpose()?.unwrap_or(hans);
            let en = en.as_deref().map(clean).transpose()?.unwrap_or(hans);
            let mut company = Company {
                id: id.clone(),
                hans: hans.to_owned(),
                hant: hant.to_owned(),
                en: en.to_owned(),
                origin: Origin::Reader,
                ..Company::default()
            };
            for name in [hans, hant, en] {
                check_free(registry, name, id)?;
            }
            for name in aliases {
                let name = clean(name)?;
                check_free(registry, name, id)?;
                add_alias(&mut company, name);
            }
            companies.push(company);
        }
        Edit::Alias { company, name } => {
            let at = position(&companies, company)?;
            let name = clean(name)?;
            if is_name_of(&companies[at], name) {
                return Err(CurationError::AlreadyNamed {
                    name: name.to_owned(),
                    company: company.clone(),
                });
            }
            check_free(registry, name, company)?;
            add_alias(&mut companies[at], name);
        }
        Edit::Rename {
            company,
            hans,
            hant,
            en,
        } => {
            let at = position(&companies, company)?;
            let (hans, hant, en) = (new_name(hans)?, new_name(hant)?, new_name(en)?);
            if hans.is_none() && hant.is_none() && en.is_none() {
                return Err(CurationError::NothingToRename(company.clone()));
            }
            for name in [hans, hant, en].into_iter().flatten() {
                check_free(registry, name, company)?;
            }
            let c = &mut companies[at];
            let old = c.clone();
            if let Some(hans) = hans {
                c.hans = hans.to_owned();
            }
            // A name written the same in both scripts follows the new one unless it is given
            // too; so does an "English" name that was only the Chinese one again (as a
            // discovered company's is), but not a Latin brand (`OpenAI`) written the same.
            c.hant = hant
                .map(str::to_owned)
                .unwrap_or_else(|| follow(&old.hant, &old.hans, &c.hans));
            c.en = en.map(str::to_owned).unwrap_or_else(|| {
                if old.en.chars().any(is_han) {
                    follow(&old.en, &old.hans, &c.hans)
                } else {
                    old.en.clone()
                }
            });
            for name in [&old.hans, &old.hant, &old.en] {
                add_alias(c, name);
            }
        }
        Edit::Merge { from, into } => {
            if from == into {
                return Err(CurationError::MergeIntoItself(from.clone()));
            }
            let gone = companies.remove(position(&companies, from)?);
            let at = position(&companies, into)?;
            let keep = &mut companies[at];
            for name in [&gone.hans, &gone.hant, &gone.en] {
                add_alias(keep, name);
            }
            for alias in gone.aliases {
                if !is_name_of(keep, &alias.name) {
                    keep.aliases.push(alias);
                }
            }
        }
        Edit::Hide { company } => {
            companies.remove(position(&companies, company)?);
        }
        Edit::Confirm {
            discovered,
            id,
            hans,
            en,
        } => {
            let at = position(&companies, discovered)?;
            if companies[at].origin != Origin::Discovered {
                return Err(CurationError::NotDiscovered(discovered.clone()));
            }
            check_new_id(registry, id)?;
            let hans = hans.as_deref().map(clean).transpose()?;
            let en = en.as_deref().map(clean).transpose()?;
            for name in [hans, en].into_iter().flatten() {
                check_free(registry, name, discovered)?;
            }
            let c = &mut companies[at];
            let old = c.clone();
            c.id = id.clone();
            c.origin = Origin::Reader;
            if let Some(hans) = hans {
                c.hans = hans.to_owned();
                c.hant = follow(&old.hant, &old.hans, hans);
            }
            if let Some(en) = en {
                c.en = en.to_owned();
            }
            for name in [&old.hans, &old.hant, &old.en] {
                add_alias(c, name);
            }
        }
    }
    Registry::from_parts(companies, registry.cues().to_vec()).map_err(CurationError::Registry)
}

/// An id for a company the reader names: the name's Latin letters and digits as a slug
/// (`Moonshot AI` → `moonshot-ai`), or `co-` and a hash of the name when it has none; made
/// unique in `registry` with a number.
pub fn suggest_id(registry: &Registry, name: &str) -> String {
    let mut slug = String::new();
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let base = if slug.is_empty() {
        format!("co-{:08x}", super::fnv1a(name_key(name).as_bytes()) as u32)
    } else {
        slug.to_owned()
    };
    let mut id = base.clone();
    let mut n = 2;
    while registry.get(&id).is_some() {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// A new name if one is given, cleaned.
fn new_name(name: &Option<String>) -> Result<Option<&str>, CurationError> {
    name.as_deref().map(clean).transpose()
}

/// `old` if it was not the same as `old_hans`, else the new name.
fn follow(old: &str, old_hans: &str, new_hans: &str) -> String {
    if old == old_hans { new_hans } else { old }.to_owned()
}

/// The name trimmed, or why it cannot be a name.
fn clean(name: &str) -> Result<&str, CurationError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(CurationError::EmptyName);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(CurationError::NameTooLong {
            name: name.chars().take(MAX_NAME_CHARS).collect(),
            max: MAX_NAME_CHARS,
        });
    }
    if name.chars().any(char::is_control) {
        return Err(CurationError::EmptyName);
    }
    Ok(name)
}

fn position(companies: &[Company], id: &str) -> Result<usize, CurationError> {
    companies
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| CurationError::NoSuchCompany(id.to_owned()))
}

fn check_new_id(registry: &Registry, id: &str) -> Result<(), CurationError> {
    if !is_slug(id) || id.starts_with(DISCOVERED_PREFIX) {
        return Err(CurationError::BadId(id.to_owned()));
    }
    if registry.get(id).is_some() {
        return Err(CurationError::IdTaken(id.to_owned()));
    }
    Ok(())
}

/// Refuses a name another company already has (in any script or case).
fn check_free(registry: &Registry, name: &str, company: &str) -> Result<(), CurationError> {
    match registry.lookup(name) {
        Some(owner) if owner.id != company => Err(CurationError::NameTaken {
            name: name.to_owned(),
            owner: owner.id.clone(),
            owner_name: owner.hans.clone(),
        }),
        _ => Ok(()),
    }
}

fn is_name_of(company: &Company, name: &str) -> bool {
    let key = name_key(name);
    company.names().any(|n| name_key(n) == key)
}

/// Adds `name` as a plain alias of `company` unless it already names it.
fn add_alias(company: &mut Company, name: &str) {
    if company
        .aliases
        .iter()
        .any(|a| name_key(&a.name) == name_key(name))
    {
        return;
    }
    let display = [&company.hans, &company.hant, &company.en];
    if display.iter().any(|d| d.as_str() == name) {
        return;
    }
    company.aliases.push(Alias {
        name: name.to_owned(),
        kind: AliasKind::Company,
        case_sensitive: false,
        ambiguous: false,
        stop_prev: Vec::new(),
        stop_next: Vec::new(),
        stop_sentence: Vec::new(),
        cues: None,
    });
}
