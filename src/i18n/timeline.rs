//! The timeline view's strings.

use super::Tr;

/// Every label of the timeline view.
pub struct Texts {
    /// The page's `<h1>` and tab title.
    pub heading: &'static str,
}

/// The timeline view in both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts { heading: "timeline" },
    en: Texts { heading: "timeline" },
};
