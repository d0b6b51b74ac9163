//! The search view's strings.

use super::Tr;

/// Every label of the search view.
pub struct Texts {
    /// The page's `<h1>` and tab title.
    pub heading: &'static str,
}

/// The search view in both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts { heading: "search" },
    en: Texts { heading: "search" },
};
