//! The compare view's strings.

use super::Tr;

/// Every label of the compare view.
pub struct Texts {
    /// The page's `<h1>` and tab title.
    pub heading: &'static str,
}

/// The compare view in both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts { heading: "compare" },
    en: Texts { heading: "compare" },
};
