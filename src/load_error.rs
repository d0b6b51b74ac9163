//! Why something the app loads at start could not be loaded: jieba's dictionary, the
//! segmenter built from it, the bundled articles and company registry.
//!
//! One type for every such failure, so each page that waits for a load says why it failed
//! in the reader's language ([`crate::i18n::load`]); its `Display` is the English line for
//! the console.

use baimo_core::bundled::BundledError;
use baimo_core::dictionary::DictionaryError;
use baimo_core::registry::RegistryError;
use baimo_core::segment::SegmenterError;
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// Why a load failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The page has no `window` to fetch with.
    NoWindow,
    /// The dictionary file could not be fetched: offline, or the host did not answer.
    DictionaryUnreachable {
        /// Where the file was asked for.
        url: String,
        /// The browser's reason.
        reason: String,
    },
    /// The host answered the dictionary's request with an error status.
    DictionaryStatus {
        /// Where the file was asked for.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// The dictionary file arrived but could not be read or un-gzipped.
    DictionaryUnreadable {
        /// Where the file came from.
        url: String,
        /// The browser's reason.
        reason: String,
    },
    /// The file read is not a dictionary (damaged, or another file at its address).
    DictionaryDamaged(DictionaryError),
    /// jieba could not be built from the dictionary.
    Segmenter(SegmenterError),
    /// The bundled company registry does not read: a bug in the build.
    Registry(RegistryError),
    /// The bundled articles do not read: a bug in the build.
    Bundled(BundledError),
    /// The segmenter was asked for before it was built.
    NotBuilt,
    /// The analysis worker stopped (its script or wasm failed to load, or it crashed): the
    /// browser's or the panic's message.
    Worker(String),
    /// A load failed inside the analysis worker, which said why in both languages.
    InWorker {
        /// The reason in Chinese.
        zh: String,
        /// The reason in English.
        en: String,
    },
}

impl LoadError {
    /// [`LoadError::DictionaryUnreachable`] for a rejected `fetch`.
    pub fn unreachable(url: &str, e: &JsValue) -> LoadError {
        LoadError::DictionaryUnreachable {
            url: url.to_owned(),
            reason: js_reason(e),
        }
    }

    /// [`LoadError::DictionaryUnreadable`] for a body that could not be read.
    pub fn unreadable(url: &str, e: &JsValue) -> LoadError {
        LoadError::DictionaryUnreadable {
            url: url.to_owned(),
            reason: js_reason(e),
        }
    }
}

/// A JavaScript exception's message (`Failed to fetch`), not its debug dump.
pub fn js_reason(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(error) => error.message().into(),
        None => e.as_string().unwrap_or_else(|| format!("{e:?}")),
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NoWindow => write!(f, "no window to fetch the dictionary with"),
            LoadError::DictionaryUnreachable { url, reason } => {
                write!(f, "fetching {url}: {reason}")
            }
            LoadError::DictionaryStatus { url, status } => write!(f, "{url} answered {status}"),
            LoadError::DictionaryUnreadable { url, reason } => {
                write!(f, "reading {url}: {reason}")
            }
            LoadError::DictionaryDamaged(e) => write!(f, "{e}"),
            LoadError::Segmenter(e) => write!(f, "{e}"),
            LoadError::Registry(e) => write!(f, "{e}"),
            LoadError::Bundled(e) => write!(f, "{e}"),
            LoadError::NotBuilt => write!(f, "the segmenter is not built yet"),
            LoadError::Worker(reason) => write!(f, "the analysis worker stopped: {reason}"),
            LoadError::InWorker { en, .. } => write!(f, "{en}"),
        }
    }
}

impl std::error::Error for LoadError {}
