//! The reader's imported articles in the browser's IndexedDB (through the `idb` crate).
//!
//! One database, `baimo`, with one object store, `articles`: the key is the article's id and
//! the value the JSON of a [`Record`] (the article as the library file writes it, and its
//! place in the list). Every operation opens the database, does its work in one transaction,
//! waits for the transaction to commit and closes the database again, so a failure (storage
//! full, IndexedDB refused) is known before the app changes anything on screen.
//!
//! A second store, `stamp`, holds one value that every write replaces in the same transaction:
//! a page can tell whether the articles changed since its last visit ([`stamp`]) without
//! reading them — the explorer's snapshot of its last build is keyed by it.
//!
//! A third store, `curation`, holds the reader's edits to the company registry
//! ([`baimo_core::curation::Overlay`]) as one JSON value under the key `overlay` (the
//! explorer's key holds the overlay's own fingerprint, so its writes need no stamp).

use baimo_core::curation::Overlay;
use baimo_core::import::library::{check, Stored};
use idb::{Database, Error, Factory, ObjectStoreParams, TransactionMode, TransactionResult};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::DomException;

const DATABASE: &str = "baimo";
/// 2: the `stamp` and `curation` stores added (3: in every database a build of version 2
/// may have left without one of them).
const VERSION: u32 = 3;
const STORE: &str = "articles";
const STAMP_STORE: &str = "stamp";
const STAMP: &str = "library";
const CURATION: &str = "curation";
const OVERLAY_KEY: &str = "overlay";

/// Why the browser could not keep or read the articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// IndexedDB cannot be used here: a private window, site data blocked by a setting.
    Unavailable,
    /// The browser's storage for this site is full (`QuotaExceededError`).
    Full,
    /// Anything else, in the browser's own words.
    Failed(String),
}

/// One stored article and its place in the list (import order).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    /// Position in the list: later imports have higher numbers.
    pub seq: u64,
    /// The article.
    pub article: Stored,
}

/// What was found in storage.
pub struct Found {
    /// The readable records, in list order.
    pub records: Vec<Record>,
    /// Records that could not be read (left in storage untouched).
    pub unreadable: usize,
    /// The stamp of the articles read ([`stamp`]).
    pub stamp: Option<String>,
}

/// A value that changes with every write to the articles; `None` before the first write (or
/// when it cannot be read).
pub async fn stamp() -> Option<String> {
    let db = open().await.ok()?;
    let stamp = read_stamp(&db).await;
    db.close();
    stamp
}

async fn read_stamp(db: &Database) -> Option<String> {
    let tx = db
        .transaction(&[STAMP_STORE], TransactionMode::ReadOnly)
        .ok()?;
    let store = tx.object_store(STAMP_STORE).ok()?;
    store
        .get(JsValue::from_str(STAMP))
        .ok()?
        .await
        .ok()??
        .as_string()
}

/// A stamp no earlier write had.
fn fresh_stamp() -> String {
    let random = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    format!("{:x}-{random:x}", js_sys::Date::now() as u64)
}

/// Reads every stored article, and the stamp they go with.
pub async fn load() -> Result<Found, StorageError> {
    let db = open().await?;
    let result = read_all(&db).await;
    let mut stamp = read_stamp(&db).await;
    db.close();
    let values = result?;
    let mut records: Vec<Record> = Vec::new();
    let mut unreadable = 0;
    // Read in slices: a thousand articles are megabytes of JSON.
    let mut values = values.into_iter();
    let _ = crate::slices::run(|| {
        let Some(value) = values.next() else {
            return Ok::<bool, ()>(true);
        };
        match value
            .as_string()
            .and_then(|json| serde_json::from_str::<Record>(&json).ok())
            .filter(|r| check(&r.article).is_ok())
        {
            Some(record) => records.push(record),
            None => unreadable += 1,
        }
        Ok(false)
    })
    .await;
    records.sort_by(|a, b| (a.seq, &a.article.meta.id).cmp(&(b.seq, &b.article.meta.id)));
    // Articles kept before there were stamps get one now (best effort).
    if stamp.is_none() && !records.is_empty() {
        stamp = write(|_| Ok(())).await.ok();
    }
    Ok(Found {
        records,
        unreadable,
        stamp,
    })
}

async fn read_all(db: &Database) -> Result<Vec<JsValue>, StorageError> {
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadOnly)
        .map_err(classify)?;
    let store = tx.object_store(STORE).map_err(classify)?;
    let values = store
        .get_all(None, None)
        .map_err(classify)?
        .await
        .map_err(classify)?;
    Ok(values)
}

/// Writes (adds or replaces) `records`, all or none; returns the new stamp.
pub async fn put(records: &[Record]) -> Result<String, StorageError> {
    let mut values = Vec::with_capacity(records.len());
    for record in records {
        let json =
            serde_json::to_string(record).map_err(|e| StorageError::Failed(e.to_string()))?;
        values.push((
            JsValue::from_str(&record.article.meta.id),
            JsValue::from_str(&json),
        ));
    }
    write(move |store| {
        for (key, value) in &values {
            // The requests complete with the transaction, which [`write`] waits for.
            let _ = store.put(value, Some(key))?;
        }
        Ok(())
    })
    .await
}

/// Deletes the article with this id; returns the new stamp.
pub async fn delete(id: &str) -> Result<String, StorageError> {
    let key = JsValue::from_str(id);
    write(move |store| {
        let _ = store.delete(key.clone())?;
        Ok(())
    })
    .await
}

/// The reader's curation as stored (none yet: an empty overlay). A stored value that does
/// not read is an error, so that nothing overwrites it unseen.
pub async fn load_curation() -> Result<Overlay, StorageError> {
    let db = open().await?;
    let result = async {
        let tx = db
            .transaction(&[CURATION], TransactionMode::ReadOnly)
            .map_err(classify)?;
        let store = tx.object_store(CURATION).map_err(classify)?;
        store
            .get(JsValue::from_str(OVERLAY_KEY))
            .map_err(classify)?
            .await
            .map_err(classify)
    }
    .await;
    db.close();
    match result?.and_then(|v| v.as_string()) {
        None => Ok(Overlay::default()),
        Some(json) => serde_json::from_str::<serde_json::Value>(&json)
            .map_err(|e| e.to_string())
            .and_then(|v| Overlay::from_value(v).map_err(|e| e.to_string()))
            .map_err(StorageError::Failed),
    }
}

/// Keeps the reader's curation (replacing what was kept).
pub async fn put_curation(overlay: &Overlay) -> Result<(), StorageError> {
    let json = JsValue::from_str(&overlay.to_value().to_string());
    in_store(CURATION, false, move |store| {
        let _ = store.put(&json, Some(&JsValue::from_str(OVERLAY_KEY)))?;
        Ok(())
    })
    .await
    .map(|_| ())
}

/// Runs `work` on the articles in a read-write transaction, with a new stamp, and waits
/// until it has committed; returns the stamp.
async fn write(
    work: impl FnOnce(&idb::ObjectStore) -> Result<(), Error>,
) -> Result<String, StorageError> {
    in_store(STORE, true, work).await
}

/// [`write`] in the store `name`, the stamp replaced too when `stamped`.
async fn in_store(
    name: &str,
    stamped: bool,
    work: impl FnOnce(&idb::ObjectStore) -> Result<(), Error>,
) -> Result<String, StorageError> {
    let db = open().await?;
    let stamp = fresh_stamp();
    let result = async {
        let stores: &[&str] = if stamped {
            &[name, STAMP_STORE]
        } else {
            &[name]
        };
        let tx = db
            .transaction(stores, TransactionMode::ReadWrite)
            .map_err(classify)?;
        let store = tx.object_store(name).map_err(classify)?;
        let stamped = match stamped {
            true => tx.object_store(STAMP_STORE).and_then(|s| {
                s.put(&JsValue::from_str(&stamp), Some(&JsValue::from_str(STAMP)))
                    .map(|_| ())
            }),
            false => Ok(()),
        };
        if let Err(e) = stamped.and_then(|()| work(&store)) {
            let _ = tx.abort();
            return Err(classify(e));
        }
        // The store's handle names the same transaction after `tx` is consumed, and gives
        // its error (QuotaExceededError) when it aborts.
        match tx.await {
            Ok(TransactionResult::Committed) => Ok(stamp),
            Ok(TransactionResult::Aborted) => Err(store.transaction().error().map_or_else(
                || StorageError::Failed("aborted".to_owned()),
                |e| from_exception(&e),
            )),
            Err(e) => Err(classify(e)),
        }
    }
    .await;
    db.close();
    result
}

async fn open() -> Result<Database, StorageError> {
    let factory = Factory::new().map_err(|_| StorageError::Unavailable)?;
    let mut request = factory
        .open(DATABASE, Some(VERSION))
        .map_err(unavailable_unless_full)?;
    request.on_upgrade_needed(|event| {
        use idb::DatabaseEvent;
        let Ok(db) = event.database() else { return };
        for name in [STORE, STAMP_STORE, CURATION] {
            if !db.store_names().iter().any(|n| n == name) {
                // A failure here aborts the upgrade, and the open request fails with it.
                let _ = db.create_object_store(name, ObjectStoreParams::new());
            }
        }
    });
    request.await.map_err(unavailable_unless_full)
}

/// Opening fails when the browser will not give this site a database at all (a private
/// window, blocked site data), or when there is no room to create it.
fn unavailable_unless_full(e: Error) -> StorageError {
    match classify(e) {
        StorageError::Full => StorageError::Full,
        _ => StorageError::Unavailable,
    }
}

/// What an IndexedDB error means for storage (also the analysis cache's, src/worker/cache.rs).
pub fn classify(e: Error) -> StorageError {
    match exception(&e) {
        Some(ex) => from_exception(&ex),
        None => StorageError::Failed(e.to_string()),
    }
}

/// What a `DOMException` from IndexedDB means for storage.
pub fn from_exception(ex: &DomException) -> StorageError {
    match ex.name().as_str() {
        "QuotaExceededError" => StorageError::Full,
        "SecurityError" | "InvalidStateError" => StorageError::Unavailable,
        name => StorageError::Failed(format!("{name}: {}", ex.message())),
    }
}

/// The `DOMException` behind an error, where the browser gave one.
fn exception(e: &Error) -> Option<DomException> {
    let value = match e {
        Error::DomException(ex) => return Some(ex.clone()),
        Error::AddFailed(v)
        | Error::UpdateFailed(v)
        | Error::DeleteFailed(v)
        | Error::GetAllFailed(v)
        | Error::GetAllKeysFailed(v)
        | Error::IndexedDbNotFound(v)
        | Error::IndexedDbOpenFailed(v)
        | Error::ObjectStoreNotFound(v)
        | Error::TransactionOpenFailed(v)
        | Error::TransactionCommitError(v) => v,
        _ => return None,
    };
    value.dyn_ref::<DomException>().cloned()
}
