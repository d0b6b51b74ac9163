//! Companies as the interface names them.

use crate::i18n::Lang;
use leptos::prelude::*;

/// The company's name in the interface language (its id when the registry lacks it).
pub fn company_name(id: &str, lang: Lang) -> String {
    match crate::curation::registry().get(id) {
        Some(c) => match lang {
            Lang::Zh => c.hans.clone(),
            Lang::En => c.en.clone(),
        },
        None => id.to_owned(),
    }
}

/// A company as a small labelled chip (`data-company` carries the registry id).
#[component]
pub fn CompanyChip(
    /// Registry id.
    id: String,
) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let name = {
        let id = id.clone();
        move || company_name(&id, lang.get())
    };
    view! { <span class="chip" data-company=id>{name}</span> }
}
