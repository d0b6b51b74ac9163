//! What `cargo xtask bench` calls in the page (trunk's loader puts the exports on
//! `window.wasmBindings`) to time segmentation in the browser on the same text as natively.
//! Both answer only once the shared segmenter is built (`<html data-ready>` says when).
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
