//! GB18030 and Big5, the legacy Chinese encodings of imported files, read by the browser's
//! own `TextDecoder` ([`baimo_core::import::decode::Codec`]): the app then carries no
//! decoding tables of its own (docs/PERFORMANCE.md has the bytes this saved). `TextDecoder`
//! and the CLI's `encoding_rs` both follow the WHATWG Encoding Standard, so a file reads the
//! same in both.

use baimo_core::import::decode::{set_codec, Codec, Encoding};
use js_sys::Uint8Array;
use web_sys::{TextDecoder, TextDecoderOptions};

struct Browser;

impl Codec for Browser {
    fn decode(&self, bytes: &[u8], encoding: Encoding) -> (String, bool) {
        let label = match encoding {
            Encoding::Big5 => "big5",
            _ => "gb18030",
        };
        let read = |fatal: bool| {
            let options = TextDecoderOptions::new();
            options.set_fatal(fatal);
            TextDecoder::new_with_label_and_options(label, &options)
                .and_then(|d| d.decode_with_buffer_source(&Uint8Array::from(bytes)))
        };
        // A fatal read first: it fails only on a malformed sequence. Then the forgiving one
        // shows each as U+FFFD, which the import counts and shows (a U+FFFD the file itself
        // holds is text, not damage).
        if let Ok(text) = read(true) {
            return (text, false);
        }
        match read(false) {
            Ok(text) => (text, true),
            // Only a browser without the encoding gets here: every non-ASCII byte is then
            // malformed, and the import page says how many.
            Err(_) => {
                let text = bytes
                    .iter()
                    .map(|&b| if b.is_ascii() { b as char } else { '\u{FFFD}' })
                    .collect();
                (text, !bytes.is_ascii())
            }
        }
    }
}

static BROWSER: Browser = Browser;

/// Makes the import read legacy encodings with the browser's decoder.
pub fn install() {
    set_codec(&BROWSER);
}
