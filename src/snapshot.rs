//! The explorer's last build — the cleaned corpus and its analysis — kept in the analysis
//! cache's database (`baimo-cache`, store `explorer`, one record), so that reopening any view
//! of a thousand-article library neither cleans nor analyses it again: the page reads one
//! record and decodes it a piece per slice ([`baimo_core::wire::snapshot`]).
//!
//! When the library changed since, the last build's cleaned articles are still taken by id
//! ([`Last::articles`]): only new or renamed articles are cleaned, and the worker's per-article
//! cache spares their analysis. Nothing here is precious: a record that does not read is no
//! snapshot, and a full disk only means the next visit builds again.

use crate::library::store::{classify, StorageError};
use crate::slices;
use crate::worker::cache::{self, EXPLORER_STORE};
use baimo_core::analysis::Analysis;
use baimo_core::wire::snapshot::{analysis_pieces, article_pieces, Assembler};
use baimo_core::{Article, Corpus};
use idb::{TransactionMode, TransactionResult};
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

/// The one record's key in the store.
const LAST: &str = "last";

/// The last build as read from storage, not yet decoded.
pub struct Last {
    /// What it was built from ([`baimo_core::wire::snapshot::key`]).
    pub key: String,
    articles: Vec<Uint8Array>,
    analysis: Vec<Uint8Array>,
}

impl Last {
    /// The corpus and its analysis, decoded a piece per slice; `None` if they do not read.
    pub async fn build(self) -> Option<(Corpus, Analysis)> {
        let assembler = assemble(self.articles.into_iter().chain(self.analysis)).await?;
        assembler.build().ok()
    }

    /// The cleaned articles alone, by id: what a build of a changed library can reuse.
    pub async fn articles(self) -> HashMap<String, Article> {
        let Some(corpus) = assemble(self.articles).await.and_then(|a| a.corpus().ok()) else {
            return HashMap::new();
        };
        corpus
            .articles
            .into_iter()
            .map(|a| (a.meta.id.clone(), a))
            .collect()
    }
}

async fn assemble(pieces: impl IntoIterator<Item = Uint8Array>) -> Option<Assembler> {
    let mut assembler = Assembler::new();
    let mut pieces = pieces.into_iter();
    slices::run(|| match pieces.next() {
        Some(piece) => assembler.add(&piece.to_vec()).map(|()| false),
        None => Ok(true),
    })
    .await
    .ok()?;
    Some(assembler)
}

/// The last build kept, if there is one that reads.
pub async fn last() -> Option<Last> {
    let value = match read().await {
        Ok(value) => value?,
        Err(e) => {
            web_sys::console::warn_1(&format!("baimo: no snapshot read: {e:?}").into());
            return None;
        }
    };
    let key = Reflect::get(&value, &"key".into()).ok()?.as_string()?;
    let list = |name: &str| -> Option<Vec<Uint8Array>> {
        Reflect::get(&value, &name.into())
            .ok()?
            .dyn_into::<Array>()
            .ok()?
            .iter()
            .map(|piece| piece.dyn_into::<Uint8Array>().ok())
            .collect()
    };
    Some(Last {
        key,
        articles: list("articles")?,
        analysis: list("analysis")?,
    })
}

async fn read() -> Result<Option<JsValue>, StorageError> {
    let db = cache::open().await?;
    let result = async {
        let tx = db
            .transaction(&[EXPLORER_STORE], TransactionMode::ReadOnly)
            .map_err(classify)?;
        let store = tx.object_store(EXPLORER_STORE).map_err(classify)?;
        store
            .get(JsValue::from_str(LAST))
            .map_err(classify)?
            .await
            .map_err(classify)
    }
    .await;
    db.close();
    result
}

/// Keeps this build as the last one, under `key`: encoded a piece per slice, then written in
/// one transaction (replacing the one before). A failure is logged and forgotten.
pub async fn keep(key: String, corpus: &Corpus, analysis: &Analysis) {
    let articles = encode(article_pieces(corpus, analysis)).await;
    let analysed = encode(analysis_pieces(analysis)).await;
    let record = Object::new();
    let _ = Reflect::set(&record, &"key".into(), &key.into());
    let _ = Reflect::set(&record, &"articles".into(), &articles);
    let _ = Reflect::set(&record, &"analysis".into(), &analysed);
    if let Err(e) = write(&record).await {
        web_sys::console::warn_1(&format!("baimo: the snapshot was not kept: {e:?}").into());
    }
}

/// `pieces` as an array of byte arrays, encoded a few per slice.
async fn encode(mut pieces: impl Iterator<Item = Vec<u8>>) -> Array {
    let array = Array::new();
    let _ = slices::run(|| {
        Ok::<bool, ()>(match pieces.next() {
            Some(piece) => {
                array.push(&Uint8Array::from(piece.as_slice()));
                false
            }
            None => true,
        })
    })
    .await;
    array
}

async fn write(record: &JsValue) -> Result<(), StorageError> {
    let db = cache::open().await?;
    let result = async {
        let tx = db
            .transaction(&[EXPLORER_STORE], TransactionMode::ReadWrite)
            .map_err(classify)?;
        let store = tx.object_store(EXPLORER_STORE).map_err(classify)?;
        let _ = store
            .put(record, Some(&JsValue::from_str(LAST)))
            .map_err(classify)?;
        match tx.await.map_err(classify)? {
            TransactionResult::Committed => Ok(()),
            TransactionResult::Aborted => Err(StorageError::Failed("aborted".to_owned())),
        }
    }
    .await;
    db.close();
    result
}
