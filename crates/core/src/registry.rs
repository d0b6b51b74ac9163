//! The company alias registry (`corpus/companies.toml`): which names stand for which company.

use crate::normalize::to_simplified;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

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

/// One alias of a company.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alias {
    /// The name as written (Chinese in simplified script).
    pub name: String,
    /// What kind of link ties it to the company.
    pub kind: AliasKind,
}

/// A company of the AI race.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
}

impl Company {
    /// Every name of the company: display names first, then aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        [self.hans.as_str(), self.hant.as_str(), self.en.as_str()]
            .into_iter()
            .chain(self.aliases.iter().map(|a| a.name.as_str()))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    company: Vec<Company>,
}

/// The registry: companies and an index from every name to its company.
#[derive(Debug, Clone)]
pub struct Registry {
    companies: Vec<Company>,
    by_name: HashMap<String, usize>,
}

/// The key a name is indexed under: simplified script, Latin letters lowercased.
pub fn name_key(name: &str) -> String {
    to_simplified(name).to_lowercase()
}

impl Registry {
    /// Parses a registry file, rejecting malformed ids and names claimed by two companies.
    pub fn parse(text: &str) -> Result<Registry, String> {
        let file: RegistryFile = toml::from_str(text).map_err(|e| format!("registry: {e}"))?;
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for (i, c) in file.company.iter().enumerate() {
            let slug_ok = !c.id.is_empty()
                && c.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !slug_ok {
                return Err(format!(
                    "registry: id {:?} is not a lowercase ASCII slug",
                    c.id
                ));
            }
            for name in c.names() {
                if let Some(&j) = by_name.get(&name_key(name)) {
                    if j != i {
                        return Err(format!(
                            "registry: {name:?} names both {} and {}",
                            file.company[j].id, c.id
                        ));
                    }
                }
                by_name.insert(name_key(name), i);
            }
        }
        Ok(Registry {
            companies: file.company,
            by_name,
        })
    }

    /// The registry shipped in `corpus/companies.toml`.
    pub fn bundled() -> &'static Registry {
        static REG: OnceLock<Registry> = OnceLock::new();
        REG.get_or_init(|| {
            // Checked by the test suite, so a bad edit fails `cargo test`, never a reader's page.
            Registry::parse(include_str!("../../../corpus/companies.toml")).unwrap_or_else(|_| {
                Registry {
                    companies: Vec::new(),
                    by_name: HashMap::new(),
                }
            })
        })
    }

    /// All companies, in file order.
    pub fn companies(&self) -> &[Company] {
        &self.companies
    }

    /// The company with this id.
    pub fn get(&self, id: &str) -> Option<&Company> {
        self.companies.iter().find(|c| c.id == id)
    }

    /// The company a name stands for (any script, any case).
    pub fn lookup(&self, name: &str) -> Option<&Company> {
        self.lookup_simplified(&to_simplified(name))
    }

    /// [`Registry::lookup`] for text already in simplified script: the segmenter's hot path,
    /// which must not convert every token again.
    pub fn lookup_simplified(&self, simplified: &str) -> Option<&Company> {
        let key = if simplified.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(simplified.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(simplified)
        };
        self.by_name.get(key.as_ref()).map(|&i| &self.companies[i])
    }

    /// Every name in the registry, in both scripts where they differ: what the segmenter
    /// must keep whole.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        self.companies.iter().flat_map(|c| c.names())
    }
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
    fn rejects_a_name_claimed_twice_and_bad_ids() {
        let two = r#"
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
        assert!(Registry::parse(two).unwrap_err().contains("names both"));
        assert!(Registry::parse(&two.replace("id = \"a\"", "id = \"A B\"")).is_err());
    }
}
