//! GB18030 and Big5, the legacy Chinese encodings of imported files, read by the browser's
//! own `TextDecoder` ([`baimo_core::import::decode::Codec`]): the app then carries no
//! decoding tables of its own (docs/PERFORMANCE.md has the bytes this saved). `TextDecoder`
//! and the CLI's `encoding_rs` both follow the WHATWG Encoding Standard, so a file reads the
//! same in both.

use baimo_core::import::decode::{set_codec, Codec, Encoding};
use js_sys::Uint8Array;
use web_sys::TextDecoder;

struct Browser;

impl Codec for Browser {
    fn decode(&self, bytes: &[u8], encoding: Encoding) -> String {
        let label = match encoding {
            Encoding::Big5 => "big5",
            _ => "gb18030",
        };
        // Not fatal: a malformed sequence becomes U+FFFD, which the import counts and shows.
        TextDecoder::new_with_label(label)
            .and_then(|d| d.decode_with_buffer_source(&Uint8Array::from(bytes)))
            // Only a browser without the encoding gets here: every non-ASCII byte is then
            // malformed, and the import page says how many.
            .unwrap_or_else(|_| {
                bytes
                    .iter()
                    .map(|&b| if b.is_ascii() { b as char } else { '\u{FFFD}' })
                    .collect()
            })
    }
}

static BROWSER: Browser = Browser;

/// Makes the import read legacy encodings with the browser's decoder.
pub fn install() {
    set_codec(&BROWSER);
}
