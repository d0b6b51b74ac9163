//! Bytes to text: the encodings Chinese web pages and text files come in.
//!
//! A byte-order mark decides first; then valid (or almost valid) UTF-8; then whichever of
//! the legacy Chinese encodings reads the bytes as the more common chars
//! ([`guess_legacy`]). The person can override the guess.
//!
//! UTF-8 and UTF-16 are decoded here; GB18030 and Big5 by a [`Codec`]: `encoding_rs`
//! natively, the browser's own `TextDecoder` in the web app
//! ([`set_codec`]), which spares the app encoding_rs's tables. Both follow the WHATWG
//! Encoding Standard, so a file reads the same in the CLI and in the browser.

use super::ImportError;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Decodes the legacy Chinese encodings.
pub trait Codec: Sync {
    /// `bytes`, without byte-order-mark handling, read as `encoding` (GB18030 or Big5), each
    /// malformed sequence as U+FFFD; and whether there was any (a U+FFFD can also be text:
    /// GB18030 encodes it).
    fn decode(&self, bytes: &[u8], encoding: Encoding) -> (String, bool);
}

static CODEC: OnceLock<&'static dyn Codec> = OnceLock::new();

/// Installs the codec the legacy encodings are read with (once; later calls do nothing).
/// Without one, [`EncodingRs`] reads them natively; in wasm they read as replacement marks.
pub fn set_codec(codec: &'static dyn Codec) {
    let _ = CODEC.set(codec);
}

/// `bytes` read as a legacy encoding through the installed codec (a zip's GBK file names).
pub(crate) fn legacy(bytes: &[u8], encoding: Encoding) -> String {
    codec().decode(bytes, encoding).0
}

fn codec() -> &'static dyn Codec {
    CODEC.get().copied().unwrap_or(&BUILTIN)
}

#[cfg(not(target_arch = "wasm32"))]
static BUILTIN: EncodingRs = EncodingRs;
#[cfg(target_arch = "wasm32")]
static BUILTIN: NoLegacy = NoLegacy;

/// The legacy encodings through `encoding_rs` (the CLI, the tests).
#[cfg(not(target_arch = "wasm32"))]
pub struct EncodingRs;

#[cfg(not(target_arch = "wasm32"))]
impl Codec for EncodingRs {
    fn decode(&self, bytes: &[u8], encoding: Encoding) -> (String, bool) {
        let codec = match encoding {
            Encoding::Big5 => encoding_rs::BIG5,
            _ => encoding_rs::GB18030,
        };
        let (text, malformed) = codec.decode_without_bom_handling(bytes);
        (text.into_owned(), malformed)
    }
}

/// No codec: every non-ASCII byte is malformed (a build that forgot [`set_codec`]).
#[cfg(target_arch = "wasm32")]
struct NoLegacy;

#[cfg(target_arch = "wasm32")]
impl Codec for NoLegacy {
    fn decode(&self, bytes: &[u8], _: Encoding) -> (String, bool) {
        let text = bytes
            .iter()
            .map(|&b| if b.is_ascii() { b as char } else { '\u{FFFD}' })
            .collect();
        (text, !bytes.is_ascii())
    }
}

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

    /// `bytes` read as this encoding (no byte-order-mark handling), each malformed sequence
    /// as U+FFFD, and how many were malformed (a U+FFFD in the file itself is text, not
    /// damage).
    fn read(self, bytes: &[u8]) -> (String, usize) {
        match self {
            Encoding::Utf8 => {
                let malformed = bytes
                    .utf8_chunks()
                    .filter(|chunk| !chunk.invalid().is_empty())
                    .count();
                (String::from_utf8_lossy(bytes).into_owned(), malformed)
            }
            Encoding::Utf16Le | Encoding::Utf16Be => {
                let units = bytes.chunks(2).map(|pair| match (pair, self) {
                    ([a, b], Encoding::Utf16Le) => u16::from_le_bytes([*a, *b]),
                    ([a, b], _) => u16::from_be_bytes([*a, *b]),
                    // An odd last byte: malformed.
                    _ => 0xDC00,
                });
                let mut malformed = 0;
                let text = char::decode_utf16(units)
                    .map(|c| {
                        c.unwrap_or_else(|_| {
                            malformed += 1;
                            '\u{FFFD}'
                        })
                    })
                    .collect();
                (text, malformed)
            }
            Encoding::Gb18030 | Encoding::Big5 => {
                // The codec only says whether any sequence was malformed: then every U+FFFD
                // counts as one, as the browser's decoder cannot tell them apart.
                let (text, any) = codec().decode(bytes, self);
                let malformed = if any { count_replacements(&text) } else { 0 };
                (text, malformed)
            }
        }
    }

    /// The encoding a byte-order mark at the start of `bytes` names, and the mark's length.
    fn of_bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
        match bytes {
            [0xEF, 0xBB, 0xBF, ..] => Some((Encoding::Utf8, 3)),
            [0xFF, 0xFE, ..] => Some((Encoding::Utf16Le, 2)),
            [0xFE, 0xFF, ..] => Some((Encoding::Utf16Be, 2)),
            _ => None,
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
    let (text, malformed) = encoding.read(body);
    // In UTF-16 NUL bytes are normal, but a NUL character is no more text there than anywhere.
    if text.contains('\0') {
        return Err(ImportError::Binary);
    }
    // A second byte-order mark (a file saved with one by two tools) is no text either.
    let text = text.trim_start_matches('\u{FEFF}');
    let replaced = malformed.min(count_replacements(text));
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

fn count_replacements(text: &str) -> usize {
    text.chars().filter(|&c| c == '\u{FFFD}').count()
}

/// The bytes after a byte-order mark that matches `encoding` (a chosen encoding keeps
/// its BOM out of the text).
fn strip_bom(bytes: &[u8], encoding: Encoding) -> &[u8] {
    match Encoding::of_bom(bytes) {
        Some((e, len)) if e == encoding => &bytes[len..],
        _ => bytes,
    }
}

fn detect(bytes: &[u8]) -> (Encoding, Detection, &[u8]) {
    if let Some((e, len)) = Encoding::of_bom(bytes) {
        return (e, Detection::Bom, &bytes[len..]);
    }
    if mostly_utf8(bytes) {
        return (Encoding::Utf8, Detection::Valid, bytes);
    }
    (guess_legacy(bytes), Detection::Guessed, bytes)
}

/// How much of a file [`guess_legacy`] reads: plenty of chars to tell, however long the file.
const GUESS_BYTES: usize = 64 * 1024;

/// GB18030 or Big5: whichever reads the start of `bytes` as the more common chars.
///
/// Read in the wrong one, Chinese bytes still come out as Han chars (the two encodings
/// share their byte ranges), but as a scatter of rare ones, kana, Greek and Cyrillic, with
/// malformed sequences among them. Read right, nearly every char is one of the 3,000 that
/// make up most running text (`corpus/dict/common-chars.txt`; a traditional char counts as
/// its simplified form). On a tie, GB18030, the more common of the two.
fn guess_legacy(bytes: &[u8]) -> Encoding {
    let start = &bytes[..bytes.len().min(GUESS_BYTES)];
    let big5 = commonness(&Encoding::Big5.read(start).0);
    let gb = commonness(&Encoding::Gb18030.read(start).0);
    if big5 > gb {
        Encoding::Big5
    } else {
        Encoding::Gb18030
    }
}

/// The common Han chars of `text` less three for each malformed sequence, per char that is
/// neither ASCII nor CJK or full-width punctuation.
fn commonness(text: &str) -> f64 {
    let common = common_chars();
    let (mut score, mut counted) = (0i64, 0i64);
    for c in text.chars() {
        if c.is_ascii() || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF | 0x2000..=0x206F) {
            continue;
        }
        counted += 1;
        if c == '\u{FFFD}' {
            score -= 3;
        } else if common.contains(&crate::normalize::simplified_char(c)) {
            score += 1;
        }
    }
    if counted == 0 {
        return 0.0;
    }
    score as f64 / counted as f64
}

/// The common chars (`corpus/dict/common-chars.txt`, made by `cargo xtask dict`).
const COMMON_CHARS: &str = include_str!("../../../../corpus/dict/common-chars.txt");

fn common_chars() -> &'static HashSet<char> {
    static SET: OnceLock<HashSet<char>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON_CHARS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::chars)
            .collect()
    })
}

/// Valid UTF-8, or UTF-8 with a few broken sequences among many good multi-byte ones (a
/// file cut mid-character, a stray byte): reading it as GBK would garble every line. Legacy
/// Chinese bytes almost never form valid UTF-8 sequences, so ten good multi-byte characters
/// per broken one say UTF-8 however short the text (two stray bytes in a 40-character note).
fn mostly_utf8(bytes: &[u8]) -> bool {
    if std::str::from_utf8(bytes).is_ok() {
        return true;
    }
    let text = String::from_utf8_lossy(bytes);
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
        let (big5, _, _) = encoding_rs::BIG5.encode(&text);
        let d = auto(&big5);
        assert_eq!(
            (d.text.as_str(), d.encoding),
            (text.as_str(), Encoding::Big5)
        );
    }

    /// Every bundled article, whole and cut short, in the legacy encoding of its script: told
    /// right. (A text of a few chars can read as common chars both ways; ten chars tell.)
    #[test]
    fn real_articles_are_told_apart_at_any_length() {
        for (name, raw) in crate::bundled::RAW_FILES.iter().copied() {
            let traditional = crate::normalize::detect_script(raw) == crate::Script::Traditional;
            let (codec, want) = match traditional {
                true => (encoding_rs::BIG5, Encoding::Big5),
                false => (encoding_rs::GBK, Encoding::Gb18030),
            };
            // Han text from its middle, where the article's prose is.
            let han: String = raw
                .chars()
                .skip(raw.chars().count() / 2)
                .filter(|&c| crate::normalize::is_han(c) || c == '，' || c == '。')
                .collect();
            for len in [10, 20, 50, 200, usize::MAX] {
                let text: String = if len == usize::MAX {
                    raw.to_owned()
                } else {
                    han.chars().take(len).collect()
                };
                let (bytes, _, _) = codec.encode(&text);
                assert_eq!(
                    guess_legacy(&bytes),
                    want,
                    "{name}, {len} chars: {text:.20}"
                );
            }
        }
    }

    /// The codec the web app installs reads the same: a stand-in here, installed once.
    #[test]
    fn an_installed_codec_reads_the_legacy_encodings() {
        struct Loud;
        impl Codec for Loud {
            fn decode(&self, bytes: &[u8], encoding: Encoding) -> (String, bool) {
                EncodingRs.decode(bytes, encoding)
            }
        }
        static LOUD: Loud = Loud;
        set_codec(&LOUD);
        let (gbk, _, _) = encoding_rs::GBK.encode(ZH_HANS);
        assert_eq!(auto(&gbk).text, ZH_HANS);
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

    /// Regression (fuzz, decode): a U+FFFD the file itself holds is text, not damage, in
    /// every encoding that can hold one.
    #[test]
    fn a_replacement_char_in_the_file_is_no_repair() {
        let text = format!("{ZH_HANS}\u{FFFD}{ZH_HANS}");
        let mut utf16le = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            utf16le.extend(unit.to_le_bytes());
        }
        let (gb, _, _) = encoding_rs::GB18030.encode(&text);
        for (bytes, choice) in [
            (text.as_bytes().to_vec(), Choice::Auto),
            (utf16le, Choice::Auto),
            (gb.into_owned(), Choice::Use(Encoding::Gb18030)),
        ] {
            let d = decode(&bytes, choice).unwrap();
            assert_eq!(
                (d.text.as_str(), d.replaced),
                (text.as_str(), 0),
                "{choice:?}"
            );
        }
        // Damage beside it is counted once.
        let mut broken = text.clone().into_bytes();
        broken.push(0xFF);
        assert_eq!(auto(&broken).replaced, 1);
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
