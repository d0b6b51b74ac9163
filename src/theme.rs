//! Light, dark, or whatever the system says: a choice remembered in `localStorage` and
//! applied as `<html data-theme>` (the stylesheet's colours follow `color-scheme`).

use gloo::storage::{LocalStorage, Storage};
use leptos::prelude::*;

/// The colour theme the reader picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every choice, in menu order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value stored and used in `data-theme`.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme stored under `key`, if it is one.
    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }
}

const STORAGE_KEY: &str = "baimo.theme";

/// Reads the remembered theme, provides it, and keeps `<html data-theme>` and storage in step.
pub fn provide_theme() {
    let stored = LocalStorage::get::<String>(STORAGE_KEY)
        .ok()
        .and_then(|k| Theme::from_key(&k))
        .unwrap_or_default();
    let theme = RwSignal::new(stored);
    provide_context(theme);
    Effect::new(move |_| {
        let theme = theme.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-theme", theme.key());
        }
        let _ = LocalStorage::set(STORAGE_KEY, theme.key());
    });
}

/// The theme signal.
pub fn use_theme() -> RwSignal<Theme> {
    expect_context::<RwSignal<Theme>>()
}
