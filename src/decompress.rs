//! Un-gzipping and inflating through the browser's own `DecompressionStream`, so the wasm
//! carries no inflate code: the dictionary arrives gzip-compressed (segmenter.rs), a zip's
//! entries raw-deflated (routes/import/sources.rs).

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

// The Compression Streams API is in every current browser ("deflate-raw" since 2023), but
// web-sys lists it as unstable (behind a compiler flag); these three bindings are all we use.
#[wasm_bindgen]
extern "C" {
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> web_sys::WritableStream;
}

/// What the compressed bytes are, as `DecompressionStream` names it.
#[derive(Debug, Clone, Copy)]
pub enum Format {
    /// A gzip file.
    Gzip,
    /// Raw deflate, without header or checksum (a zip entry).
    DeflateRaw,
}

/// `bytes` decompressed, or the browser's reason it could not be.
pub async fn decompress(format: Format, bytes: &Uint8Array) -> Result<Vec<u8>, JsValue> {
    let stream = DecompressionStream::new(match format {
        Format::Gzip => "gzip",
        Format::DeflateRaw => "deflate-raw",
    })?;
    let input = web_sys::Response::new_with_opt_buffer_source(Some(bytes))?
        .body()
        .ok_or("no body")?;
    let pair = web_sys::ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let output = web_sys::Response::new_with_opt_readable_stream(Some(&input.pipe_through(&pair)))?;
    let buffer = JsFuture::from(output.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
