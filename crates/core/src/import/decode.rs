//! Bytes to text: the encodings Chinese web pages and text files come in.
//!
//! A byte-order mark decides first; then valid (or almost valid) UTF-8; then `chardetng`'s
//! guess between the legacy Chinese encodings. The person can override the guess.

use super::ImportError;
use encoding_rs::{Encoding as Codec, BIG5, GB18030, UTF_16BE, UTF_16LE, UTF_8};
use serde::{Deserialize, Serialize};

/// An encoding baimo can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    /// UTF-8 (with or without a byte-order mark).
    Utf8,
    /// UTF-16, little-endian.
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// GB18030, which includes GBK and GB2312 (mainland Chinese).
    Gb18030,
    /// Big5 (Taiwan and Hong Kong), with the HKSCS extensions browsers use.
    Big5,
}

impl Encoding {
    /// Every encoding, in the order a menu lists them.
    pub const ALL: [Encoding; 5] = [
        Encoding::Utf8,
        Encoding::Gb18030,
        Encoding::Big5,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
    ];

    /// A stable key (for menus and URLs): `utf-8`, `gb18030`, `big5`, `utf-16le`, `utf-16be`.
    pub fn key(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Gb18030 => "gb18030",
            Encoding::Big5 => "big5",
        }
    }

    /// The encoding with this [`Encoding::key`]; also accepts `gbk` and `gb2312`.
    pub fn from_key(key: &str) -> Option<Encoding> {
        match key.to_ascii_lowercase().as_str() {
            "gbk" | "gb2312" => Some(Encoding::Gb18030),
            k => Encoding::ALL.into_iter().find(|e| e.key() == k),
        }
    }

    /// A short name for people: `UTF-8`, `GB18030 / GBK`, `Big5`, `UTF-16 LE`, `UTF-16 BE`.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Gb18030 => "GB18030 / GBK",
            Encoding::Big5 => "Big5",
        }
    }

    fn codec(self) -> &'static Codec {
        match self {
            Encoding::Utf8 => UTF_8,
            Encoding::Utf16Le => UTF_16LE,
            Encoding::Utf16Be => UTF_16BE,
            Encoding::Gb18030 => GB18030,
            Encoding::Big5 => BIG5,
        }
    }
}

/// Which encoding to read bytes as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Choice {
    /// Detect it.
    Auto,
    /// The person chose this one.
    Use(Encoding),
}

/// How the encoding was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Detection {
    /// A byte-order mark said so.
    Bom,
    /// The bytes are UTF-8 (all of them, or all but a few broken sequences).
    Valid,
    /// Guessed from the bytes' statistics (legacy Chinese encodings).
    Guessed,
    /// The person chose it.
    Chosen,
}

/// Text decoded from bytes, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decoded {
    /// The text, without a byte-order mark; line breaks as in the file.
    pub text: String,
    /// The encoding used.
    pub encoding: Encoding,
    /// How it was settled.
    pub detection: Detection,
    /// Byte sequences that were not valid in that encoding, each shown as U+FFFD (�).
    pub replaced: usize,
}

/// At least this many well-formed multi-byte characters per malformed sequence still count
/// as UTF-8 with a few broken bytes, rather than another encoding.
const MIN_GOOD_PER_BROKEN: usize = 10;

/// Decodes `bytes` as `choice` says.
///
/// Fails on empty input (or input that is only a byte-order mark and blanks) and on
/// binary data: NUL bytes outside UTF-16, or mostly control characters once decoded.
pub fn decode(bytes: &[u8], choice: Choice) -> Result<Decoded, ImportError> {
    let (encoding, detection, body) = match choice {
        Choice::Use(e) => (e, Detection::Chosen, strip_bom(bytes, e)),
        Choice::Auto => detect(bytes),
    };
    let is_utf16 = matches!(encoding, Encoding::Utf16Le | Encoding::Utf16Be);
    if !is_utf16 && body.contains(&0) {
        return Err(ImportError::Binary);
    }
    let (text, had_errors) = encoding.codec().decode_without_bom_handling(body);
    // In UTF-16 NUL bytes are normal, but a NUL character is no more text there than anywhere.
    if text.contains('\0') {
        return Err(ImportError::Binary);
    }
    // A second byte-order mark (a file saved with one by two tools) is no text either.
    let text = text.trim_start_matches('\u{FEFF}');
    let replaced = if had_errors {
        text.chars().filter(|&c| c == '\u{FFFD}').count()
    } else {
        0
    };
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if looks_binary(text) {
        return Err(ImportError::Binary);
    }
    Ok(Decoded {
        text: text.to_owned(),
        encoding,
        detection,
        replaced,
    })
}

/// The bytes after a byte-order mark that matches `encoding` (a chosen encoding keeps
/// its BOM out of the text).
fn strip_bom(bytes: &[u8], encoding: Encoding) -> &[u8] {
    match Codec::for_bom(bytes) {
        Some((codec, len)) if codec == encoding.codec() => &bytes[len..],
        _ => bytes,
    }
}

fn detect(bytes: &[u8]) -> (Encoding, Detection, &[u8]) {
    if let Some((codec, len)) = Codec::for_bom(bytes) {
        let e = [Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be]
            .into_iter()
            .find(|e| e.codec() == codec)
            .unwrap_or(Encoding::Utf8);
        return (e, Detection::Bom, &bytes[len..]);
    }
    if mostly_utf8(bytes) {
        return (Encoding::Utf8, Detection::Valid, bytes);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guess = detector.guess(None, false);
    let encoding = if guess == BIG5 {
        Encoding::Big5
    } else if guess == GB18030 || guess == encoding_rs::GBK {
        Encoding::Gb18030
    } else {
        // Not a Chinese encoding by chardetng's reckoning: take whichever Chinese one reads
        // the bytes with fewer errors (the person can still override).
        fewer_errors(bytes)
    };
    (encoding, Detection::Guessed, bytes)
}

/// Valid UTF-8, or UTF-8 with a few broken sequences among many good multi-byte ones (a
/// file cut mid-character, a stray byte): reading it as GBK would garble every line. Legacy
/// Chinese bytes almost never form valid UTF-8 sequences, so ten good multi-byte characters
/// per broken one say UTF-8 however short the text (two stray bytes in a 40-character note).
fn mostly_utf8(bytes: &[u8]) -> bool {
    if std::str::from_utf8(bytes).is_ok() {
        return true;
    }
    let (text, _) = UTF_8.decode_without_bom_handling(bytes);
    let (mut bad, mut wide) = (0usize, 0usize);
    for c in text.chars() {
        if c == '\u{FFFD}' {
            bad += 1;
        } else if !c.is_ascii() {
            wide += 1;
        }
    }
    wide >= bad * MIN_GOOD_PER_BROKEN
}

/// Malformed sequences in `bytes` read as `encoding`.
fn errors(encoding: Encoding, bytes: &[u8]) -> usize {
    let (text, _) = encoding.codec().decode_without_bom_handling(bytes);
    text.chars().filter(|&c| c == '\u{FFFD}').count()
}

fn fewer_errors(bytes: &[u8]) -> Encoding {
    if errors(Encoding::Big5, bytes) < errors(Encoding::Gb18030, bytes) {
        Encoding::Big5
    } else {
        Encoding::Gb18030
    }
}

/// Mostly control characters (other than tabs and line breaks) or replacement marks: an
/// image, an archive, a word processor's file.
fn looks_binary(text: &str) -> bool {
    let (mut chars, mut odd) = (0usize, 0usize);
    for c in text.chars().take(64 * 1024) {
        chars += 1;
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')) || c == '\u{FFFD}' {
            odd += 1;
        }
    }
    odd * 10 > chars
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZH_HANS: &str = "亚马逊宣布向人工智能初创公司Anthropic投资40亿美元。";
    const ZH_HANT: &str = "亞馬遜宣布向人工智能初創公司Anthropic投資40億美元。";

    fn auto(bytes: &[u8]) -> Decoded {
        decode(bytes, Choice::Auto).unwrap()
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = auto(ZH_HANS.as_bytes());
        assert_eq!(
            (plain.text.as_str(), plain.encoding, plain.detection),
            (ZH_HANS, Encoding::Utf8, Detection::Valid)
        );
        let with_bom = auto(&[b"\xEF\xBB\xBF".as_slice(), ZH_HANS.as_bytes()].concat());
        assert_eq!(
            (with_bom.text.as_str(), with_bom.detection),
            (ZH_HANS, Detection::Bom)
        );
    }

    #[test]
    fn utf16_with_bom() {
        for (bom, le) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
            let mut bytes = bom.to_vec();
            for unit in ZH_HANS.encode_utf16() {
                bytes.extend(if le {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                });
            }
            let d = auto(&bytes);
            assert_eq!(d.text, ZH_HANS);
            assert_eq!(
                d.encoding,
                if le {
                    Encoding::Utf16Le
                } else {
                    Encoding::Utf16Be
                }
            );
        }
    }

    #[test]
    fn gbk_and_big5_are_told_apart() {
        let text = ZH_HANS.repeat(3);
        let (gbk, _, _) = encoding_rs::GBK.encode(&text);
        let d = auto(&gbk);
        assert_eq!(
            (d.text.as_str(), d.encoding, d.detection),
            (text.as_str(), Encoding::Gb18030, Detection::Guessed)
        );
        let text = ZH_HANT.repeat(3);
        let (big5, _, _) = BIG5.encode(&text);
        let d = auto(&big5);
        assert_eq!(
            (d.text.as_str(), d.encoding),
            (text.as_str(), Encoding::Big5)
        );
    }

    #[test]
    fn a_chosen_encoding_wins() {
        let (gbk, _, _) = encoding_rs::GBK.encode(ZH_HANS);
        let d = decode(&gbk, Choice::Use(Encoding::Big5)).unwrap();
        assert_eq!(
            (d.encoding, d.detection),
            (Encoding::Big5, Detection::Chosen)
        );
        assert_ne!(d.text, ZH_HANS);
        let d = decode(&gbk, Choice::Use(Encoding::Gb18030)).unwrap();
        assert_eq!((d.text.as_str(), d.replaced), (ZH_HANS, 0));
    }

    #[test]
    fn broken_utf8_stays_utf8_with_the_damage_counted() {
        let mut bytes = ZH_HANS.repeat(20).into_bytes();
        bytes.insert(30, 0xFF);
        bytes.truncate(bytes.len() - 1); // cut inside the last character
        let d = auto(&bytes);
        assert_eq!(
            (d.encoding, d.detection, d.replaced),
            (Encoding::Utf8, Detection::Valid, 2)
        );
        // A short text with the same damage: more than 1% broken, still UTF-8.
        let note = "智谱AI宣布今年已累计获得超过25亿元人民币的融资，投资方包括美团、蚂蚁和阿里巴巴。这家公司的大模型团队来自清华大学。";
        let mut short = note.as_bytes().to_vec();
        let cut = note.find("清华").unwrap();
        short.remove(cut + 2); // 清 loses its last byte
        short.insert(note.find("融资").unwrap(), 0xFF);
        let d = auto(&short);
        assert_eq!((d.encoding, d.replaced), (Encoding::Utf8, 2));
        // GBK is still GBK, however few its characters.
        let (gbk, _, _) = encoding_rs::GBK.encode("亚马逊投资。");
        assert_eq!(auto(&gbk).encoding, Encoding::Gb18030);
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert_eq!(decode(b"", Choice::Auto), Err(ImportError::Empty));
        assert_eq!(decode(b" \n\t ", Choice::Auto), Err(ImportError::Empty));
        assert_eq!(
            decode(b"\xEF\xBB\xBF", Choice::Auto),
            Err(ImportError::Empty)
        );
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0";
        assert_eq!(decode(png, Choice::Auto), Err(ImportError::Binary));
        assert_eq!(
            decode(&[1, 2, 3, 4, 5, 6, 7, 8, b'a'], Choice::Auto),
            Err(ImportError::Binary)
        );
    }

    #[test]
    fn a_nul_character_in_utf16_is_binary() {
        // Found by the `decode` fuzz target: UTF-16 text with a U+0000 among its characters
        // was accepted (fewer than a tenth of them were control characters).
        let mut bytes = vec![0xFF, 0xFE];
        for unit in format!("{ZH_HANS}\0{ZH_HANS}").encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes, Choice::Auto), Err(ImportError::Binary));
        assert_eq!(
            decode(&bytes, Choice::Use(Encoding::Utf16Le)),
            Err(ImportError::Binary)
        );
    }

    #[test]
    fn a_repeated_byte_order_mark_is_not_text() {
        // The `decode` fuzz target checks that no text starts with a BOM: a second one stayed.
        let bytes = [b"\xEF\xBB\xBF\xEF\xBB\xBF".as_slice(), ZH_HANS.as_bytes()].concat();
        assert_eq!(auto(&bytes).text, ZH_HANS);
        assert_eq!(
            decode(&bytes, Choice::Use(Encoding::Utf8)).unwrap().text,
            ZH_HANS
        );
    }

    #[test]
    fn keys_round_trip() {
        for e in Encoding::ALL {
            assert_eq!(Encoding::from_key(e.key()), Some(e));
        }
        assert_eq!(Encoding::from_key("GBK"), Some(Encoding::Gb18030));
        assert_eq!(Encoding::from_key("latin1"), None);
    }
}
