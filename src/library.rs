//! The bundled corpus, shared with every page. The manifest is read once at start (cheap);
//! an article is cleaned the first time a page asks for it, then kept.

use baimo_core::{bundled, Article, ArticleMeta};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The articles the app shows, or why they could not be read. Cheap to clone (two `Arc`s):
/// it is provided to all pages as Leptos context.
#[derive(Clone)]
pub struct Library {
    metas: Arc<Result<Vec<ArticleMeta>, String>>,
    cleaned: Arc<Mutex<HashMap<String, Arc<Article>>>>,
}

impl Library {
    /// Reads the bundled manifest; cleaning waits until an article is opened.
    pub fn load() -> Library {
        Library {
            metas: Arc::new(bundled::metas()),
            cleaned: Arc::default(),
        }
    }

    /// Every article's facts in manifest order, or the message saying why there are none.
    pub fn metas(&self) -> Result<&[ArticleMeta], &str> {
        match &*self.metas {
            Ok(list) => Ok(list),
            Err(e) => Err(e),
        }
    }

    /// The article with this id, cleaned (once).
    pub fn get(&self, id: &str) -> Option<Arc<Article>> {
        self.metas().ok()?.iter().find(|m| m.id == id)?;
        let mut cache = self.cleaned.lock().ok()?;
        if let Some(a) = cache.get(id) {
            return Some(a.clone());
        }
        let article = Arc::new(bundled::article(id).ok()??);
        cache.insert(id.to_owned(), article.clone());
        Some(article)
    }
}
