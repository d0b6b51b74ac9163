//! The interface in Chinese and English.
//!
//! Each part of the interface has a struct of its strings ([`common`], one module per view)
//! and one [`Tr`] holding that struct in both languages, so a label missing in one language
//! does not compile. Strings with numbers in them are `fn` fields. The language is a signal
//! in context ([`use_lang`]), remembered in `localStorage`, and mirrored on `<html lang>`.
//! Article text and metadata are never translated; they keep their own `lang`.

pub mod bulk;
pub mod common;
pub mod companies;
pub mod compare;
pub mod corpus;
pub mod import;
pub mod load;
pub mod offline;
pub mod search;
pub mod timeline;

use gloo::storage::{LocalStorage, Storage};
use leptos::prelude::*;

/// The interface languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// 简体中文, the default.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }

    /// The key stored in `localStorage`.
    fn key(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    fn from_key(key: &str) -> Option<Lang> {
        match key {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language (what the switch offers).
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// One part of the interface in both languages.
pub struct Tr<T: 'static> {
    /// 简体中文.
    pub zh: T,
    /// English.
    pub en: T,
}

impl<T> Tr<T> {
    /// The strings for `lang`.
    pub fn get(&'static self, lang: Lang) -> &'static T {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The language signal, provided by [`provide_lang`].
#[derive(Clone, Copy)]
struct LangSignal(RwSignal<Lang>);

const STORAGE_KEY: &str = "baimo.lang";

/// Reads the remembered language (Chinese when none), provides it to every page, and keeps
/// `<html lang>` and `localStorage` in step with it.
pub fn provide_lang() {
    let stored = LocalStorage::get::<String>(STORAGE_KEY)
        .ok()
        .and_then(|k| Lang::from_key(&k))
        .unwrap_or_default();
    let lang = RwSignal::new(stored);
    provide_context(LangSignal(lang));
    Effect::new(move |_| {
        let lang = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        // Private browsing may refuse storage: the switch still works for this visit.
        let _ = LocalStorage::set(STORAGE_KEY, lang.key());
    });
}

/// The interface language.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<LangSignal>().0
}

/// A reactive accessor for one part's strings: `let t = texts(&common::COMMON);` then
/// `move || t().nav_home` in a view.
pub fn texts<T: Sync>(
    table: &'static Tr<T>,
) -> impl Fn() -> &'static T + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || table.get(lang.get())
}
