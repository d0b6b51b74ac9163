//! The worker's cache of per-article results in IndexedDB, so the same text is never analysed
//! twice: a database of its own, `baimo-cache` (dropping it loses nothing but time; the
//! reader's library is `baimo`), with one object store whose keys are
//! `<analyser version>-<hash of the article and version>` ([`baimo_core::wire::ArticleText::key`])
//! and whose values are an [`ArticleAnalysis`] in the wire's binary form. The page keeps its
//! last build of the explorer in the same database ([`crate::snapshot`], store `explorer`).
//!
//! Nothing here is precious: an entry that does not read is a miss (the article is analysed
//! again and the entry written anew), a store that cannot be opened is an empty cache, and a
//! full one only means the next visit analyses again.

use crate::library::store::{classify, from_exception, StorageError};
use baimo_core::wire::{self, ArticleAnalysis};
use idb::{Database, Factory, ObjectStoreParams, TransactionMode, TransactionResult};
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};

const DATABASE: &str = "baimo-cache";
/// 2: the `explorer` store added.
const VERSION: u32 = 2;
const STORE: &str = "articles";
/// The page's last build of the explorer ([`crate::snapshot`]).
pub const EXPLORER_STORE: &str = "explorer";

/// The store key of an article's results under analyser `version`.
pub fn key(version: &str, hash: &str) -> String {
    format!("{version}-{hash}")
}

/// The cached results of each key, `None` where there are none (or they do not read).
pub async fn get(keys: &[String]) -> Vec<Option<ArticleAnalysis>> {
    match read(keys).await {
        Ok(found) => found,
        Err(e) => {
            web_sys::console::warn_1(&format!("baimo: the analysis cache is unread: {e:?}").into());
            vec![None; keys.len()]
        }
    }
}

async fn read(keys: &[String]) -> Result<Vec<Option<ArticleAnalysis>>, StorageError> {
    let db = open().await?;
    let result = async {
        let tx = db
            .transaction(&[STORE], TransactionMode::ReadOnly)
            .map_err(classify)?;
        let store = tx.object_store(STORE).map_err(classify)?;
        // Every request made at once, so the transaction stays alive until the last answer.
        let requests = keys
            .iter()
            .map(|k| {
                store
                    .get(JsValue::from_str(k))
                    .map(std::future::IntoFuture::into_future)
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(classify)?;
        let mut found = Vec::with_capacity(keys.len());
        for request in requests {
            let value = request.await.map_err(classify)?;
            found.push(value.and_then(|v| {
                let bytes = v.dyn_into::<Uint8Array>().ok()?.to_vec();
                wire::decode::<ArticleAnalysis>(&bytes).ok()
            }));
        }
        Ok(found)
    }
    .await;
    db.close();
    result
}

/// Keeps `entries` (key, bytes) and removes every entry of another analyser version. A
/// curated version (`<analyser>+<overlay>`, see host.rs) keeps the uncurated entries too, so
/// taking an edit back finds them again; entries of other curations go.
pub async fn put(entries: Vec<(String, Vec<u8>)>, version: &str) -> Result<(), StorageError> {
    let db = open().await?;
    let prefix = key(version, "");
    let uncurated = key(version.split('+').next().unwrap_or(version), "");
    let result = async {
        let tx = db
            .transaction(&[STORE], TransactionMode::ReadWrite)
            .map_err(classify)?;
        let store = tx.object_store(STORE).map_err(classify)?;
        for (k, bytes) in &entries {
            let value = Uint8Array::from(bytes.as_slice());
            // The requests complete with the transaction, awaited below.
            let _ = store
                .put(&value, Some(&JsValue::from_str(k)))
                .map_err(classify)?;
        }
        let old = store
            .get_all_keys(None, None)
            .map_err(classify)?
            .await
            .map_err(classify)?;
        for k in old {
            if k.as_string()
                .is_some_and(|k| !k.starts_with(&prefix) && !k.starts_with(&uncurated))
            {
                let _ = store.delete(k).map_err(classify)?;
            }
        }
        match tx.await {
            Ok(TransactionResult::Committed) => Ok(()),
            Ok(TransactionResult::Aborted) => Err(store
                .transaction()
                .error()
                .map_or(StorageError::Failed("aborted".to_owned()), |e| {
                    from_exception(&e)
                })),
            Err(e) => Err(classify(e)),
        }
    }
    .await;
    db.close();
    result
}

/// Opens the cache's database, made or brought up to date with both its stores.
pub async fn open() -> Result<Database, StorageError> {
    let factory = Factory::new().map_err(|_| StorageError::Unavailable)?;
    let mut request = factory
        .open(DATABASE, Some(VERSION))
        .map_err(|_| StorageError::Unavailable)?;
    request.on_upgrade_needed(|event| {
        use idb::DatabaseEvent;
        if let Ok(db) = event.database() {
            for name in [STORE, EXPLORER_STORE] {
                if !db.store_names().iter().any(|n| n == name) {
                    let _ = db.create_object_store(name, ObjectStoreParams::new());
                }
            }
        }
    });
    request.await.map_err(classify)
}
