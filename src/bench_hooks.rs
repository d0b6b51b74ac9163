//! What `cargo xtask bench` calls in the page (trunk's loader puts the exports on
//! `window.wasmBindings`) to time segmentation in the browser on the same text as natively.
//! The page's own segmenter is built only for them, when [`baimo_bench_prepare`] is awaited
//! (the app's is in the analysis worker); they fail before.
//! Compiled only with the `test-hooks` feature, which the bench's build turns on: the
//! published site exports nothing of this.

use crate::segmenter;
use wasm_bindgen::prelude::*;

fn ready() -> Result<std::rc::Rc<baimo_core::Segmenter>, JsValue> {
    match segmenter::loaded() {
        Some(Ok(s)) => Ok(s),
        Some(Err(e)) => Err(JsValue::from_str(&e.to_string())),
        None => Err(JsValue::from_str("the segmenter is not built yet")),
    }
}

/// Builds the page's own segmenter, for the two functions below (the app never does).
#[wasm_bindgen]
pub async fn baimo_bench_prepare() -> Result<(), JsValue> {
    segmenter::load()
        .await
        .map(drop)
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// jieba-rs's own cut of `text` (HMM on), with the app's dictionary: how many pieces.
#[wasm_bindgen]
pub fn baimo_bench_cut(text: &str) -> Result<usize, JsValue> {
    Ok(ready()?.jieba_cut(text).len())
}

/// The app's whole segmenter (script conversion, company names in context), paragraph by
/// paragraph as the app cuts text: how many tokens.
#[wasm_bindgen]
pub fn baimo_bench_tokens(text: &str) -> Result<usize, JsValue> {
    let segmenter = ready()?;
    Ok(text
        .split('\n')
        .filter(|p| !p.is_empty())
        .map(|p| segmenter.tokens(p).len())
        .sum())
}
