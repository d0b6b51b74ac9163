//! `decode`: `import::decode::decode` on arbitrary bytes, detected and with every encoding
//! forced; and round trips: the input's text written as UTF-8, UTF-16 (with its BOM) and
//! GB18030 must come back exactly.
#![no_main]

use baimo_core::import::decode::{decode, Choice, Decoded, Detection, Encoding};
use baimo_core::import::ImportError;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let auto = decode(data, Choice::Auto);
    check(data, &auto);
    if let Ok(d) = &auto {
        assert_ne!(d.detection, Detection::Chosen, "nobody chose {d:?}");
    }
    // Valid UTF-8 without a BOM is read as it is.
    if let Ok(s) = std::str::from_utf8(data) {
        if !s.starts_with('\u{FEFF}') {
            if let Ok(d) = &auto {
                assert_eq!(d.text, s, "valid UTF-8 changed");
                assert_eq!(
                    (d.encoding, d.detection, d.replaced),
                    (Encoding::Utf8, Detection::Valid, 0)
                );
            }
        }
    }
    for e in Encoding::ALL {
        let chosen = decode(data, Choice::Use(e));
        check(data, &chosen);
        if let Ok(d) = &chosen {
            assert_eq!((d.encoding, d.detection), (e, Detection::Chosen));
        }
    }

    // Round trips of the input's text, wherever decoding accepts it at all.
    let text = baimo_fuzz::text(data);
    let text = text.trim_start_matches('\u{FEFF}');
    let mut utf16le = vec![0xFF, 0xFE];
    let mut utf16be = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        utf16le.extend(unit.to_le_bytes());
        utf16be.extend(unit.to_be_bytes());
    }
    round_trip(text, &utf16le, Choice::Auto);
    round_trip(text, &utf16be, Choice::Auto);
    round_trip(text, &utf16le, Choice::Use(Encoding::Utf16Le));
    let (gb, _, unmappable) = encoding_rs::GB18030.encode(text);
    if !unmappable {
        round_trip(text, &gb, Choice::Use(Encoding::Gb18030));
    }
});

/// What holds for any decoding: an accepted text has something in it, no byte-order mark
/// or NUL, and counts no more repairs than it shows; a refusal is one decode can give.
fn check(data: &[u8], result: &Result<Decoded, ImportError>) {
    match result {
        Ok(d) => {
            assert!(!d.text.trim().is_empty(), "blank text accepted");
            assert!(!d.text.starts_with('\u{FEFF}'), "a BOM starts {:?}", d.text);
            assert!(!d.text.contains('\0'), "NUL in {:?}", d.text);
            let shown = d.text.chars().filter(|&c| c == '\u{FFFD}').count();
            assert!(
                d.replaced <= shown,
                "{} repairs counted, {shown} shown",
                d.replaced
            );
        }
        Err(ImportError::Empty | ImportError::Binary) => {}
        Err(other) => panic!("decode gave {other:?} for {} bytes", data.len()),
    }
}

/// `bytes` (which encode `text`) decode back to `text`, unless decode refuses them.
fn round_trip(text: &str, bytes: &[u8], choice: Choice) {
    match decode(bytes, choice) {
        Ok(d) => {
            assert_eq!(d.text, text, "{choice:?} round trip");
            assert_eq!(d.replaced, 0, "{choice:?} round trip repaired");
        }
        Err(ImportError::Empty) => assert!(text.trim().is_empty(), "{text:?} called empty"),
        Err(ImportError::Binary) => {}
        Err(other) => panic!("{choice:?} round trip gave {other:?}"),
    }
}
