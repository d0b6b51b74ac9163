//! The corpus view's strings.

use super::Tr;

/// Every label of the corpus view.
pub struct Texts {
    /// The page's `<h1>` and tab title.
    pub heading: &'static str,
}

/// The corpus view in both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts { heading: "corpus" },
    en: Texts { heading: "corpus" },
};
