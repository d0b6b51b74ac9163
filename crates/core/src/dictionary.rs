//! jieba's default dictionary as baimo ships it: every word and its frequency, in a compact
//! form built once at build time, instead of the 5 MB text jieba-rs embeds in its code.
//!
//! The browser fetches it as its own file, long cached (`corpus/dict/jieba.dict`, gzip
//! inside); the CLI and the tests embed the same file. Part-of-speech tags are not kept:
//! baimo only cuts text, and a cut depends on words and frequencies alone.
//!
//! Layout, before gzip (every number LEB128):
//! ```text
//! MAGIC | alphabet bytes, alphabet (UTF-8, most frequent char first)
//!       | words | prefixes: one byte per word, chars shared with the word before
//!       | suffix bytes, suffixes: per word, its remaining chars as alphabet codes, then 0
//!       | frequencies: one number per word
//! ```
//! Words are sorted, so most share their start with the word before (front coding), and a
//! char is one byte when it is among the 127 most frequent, two otherwise, instead of three in
//! UTF-8. Kept as separate streams, each compresses on its own terms: 5.07 MB of text become
//! about 1.15 MB of gzip.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// First bytes of a dictionary file (before gzip), with the format's version.
pub const MAGIC: &[u8] = b"baimo-dict\x01";

/// Codes are `rank + 1`; 0 ends a suffix. One byte below this, two bytes up to [`MAX_CODE`].
const ONE_BYTE: u32 = 0x80;
const MAX_CODE: u32 = 0x7fff;

/// Why a dictionary could not be built or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryError(pub String);

impl fmt::Display for DictionaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dictionary: {}", self.0)
    }
}

impl std::error::Error for DictionaryError {}

fn error(message: impl Into<String>) -> DictionaryError {
    DictionaryError(message.into())
}

/// Encodes a dictionary in jieba's `word freq [tag]` text format. A word listed twice keeps
/// its last frequency, as jieba's own loader does; tags are dropped.
pub fn encode(text: &str) -> Result<Vec<u8>, DictionaryError> {
    let mut entries: BTreeMap<&str, u64> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let mut fields = line.split_whitespace();
        let Some(word) = fields.next() else { continue };
        let freq = match fields.next() {
            Some(f) => f
                .parse::<u64>()
                .map_err(|e| error(format!("line {}: frequency {f:?}: {e}", n + 1)))?,
            None => 0,
        };
        entries.insert(word, freq);
    }
    let mut counts: HashMap<char, usize> = HashMap::new();
    for word in entries.keys() {
        for c in word.chars() {
            *counts.entry(c).or_default() += 1;
        }
    }
    // Most frequent first (ties by char, so the output never depends on hashing).
    let mut alphabet: Vec<(char, usize)> = counts.into_iter().collect();
    alphabet.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if alphabet.len() as u32 >= MAX_CODE {
        return Err(error(format!(
            "{} distinct chars, at most {}",
            alphabet.len(),
            MAX_CODE - 1
        )));
    }
    let code: HashMap<char, u32> = alphabet
        .iter()
        .enumerate()
        .map(|(rank, &(c, _))| (c, rank as u32 + 1))
        .collect();

    let letters: String = alphabet.iter().map(|&(c, _)| c).collect();
    let (mut prefixes, mut suffixes, mut freqs) = (Vec::new(), Vec::new(), Vec::new());
    let mut previous: Vec<char> = Vec::new();
    for (word, &freq) in &entries {
        let chars: Vec<char> = word.chars().collect();
        let shared = chars
            .iter()
            .zip(&previous)
            .take_while(|(a, b)| a == b)
            .count()
            .min(u8::MAX as usize);
        prefixes.push(shared as u8);
        for c in &chars[shared..] {
            let k = code[c];
            if k < ONE_BYTE {
                suffixes.push(k as u8);
            } else {
                suffixes.push((ONE_BYTE | (k >> 8)) as u8);
                suffixes.push((k & 0xff) as u8);
            }
        }
        suffixes.push(0);
        put_number(&mut freqs, freq);
        previous = chars;
    }

    let mut out = MAGIC.to_vec();
    put_number(&mut out, letters.len() as u64);
    out.extend_from_slice(letters.as_bytes());
    put_number(&mut out, entries.len() as u64);
    out.extend_from_slice(&prefixes);
    put_number(&mut out, suffixes.len() as u64);
    out.extend_from_slice(&suffixes);
    out.extend_from_slice(&freqs);
    Ok(out)
}

fn put_number(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads a LEB128 number at `*at`, moving past it.
fn number(bytes: &[u8], at: &mut usize) -> Result<u64, DictionaryError> {
    let mut n = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *bytes.get(*at).ok_or_else(|| error("cut short"))?;
        *at += 1;
        n |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(n);
        }
    }
    Err(error("number too long"))
}

/// A dictionary file read and checked, ready to be walked word by word ([`Dictionary::cursor`]).
#[derive(Debug, Clone)]
pub struct Dictionary {
    bytes: Vec<u8>,
    alphabet: Vec<char>,
    words: usize,
    prefixes: usize,
    suffixes: usize,
    freqs: usize,
}

impl Dictionary {
    /// Reads a dictionary file's bytes (after gzip). Fails, saying why, on anything that is not
    /// a complete dictionary of this version.
    pub fn parse(bytes: Vec<u8>) -> Result<Dictionary, DictionaryError> {
        if !bytes.starts_with(MAGIC) {
            return Err(error("not a baimo dictionary of this version"));
        }
        let mut at = MAGIC.len();
        let letters_len = number(&bytes, &mut at)? as usize;
        let letters = bytes
            .get(at..at.saturating_add(letters_len))
            .ok_or_else(|| error("alphabet cut short"))?;
        let alphabet: Vec<char> = std::str::from_utf8(letters)
            .map_err(|_| error("alphabet is not UTF-8"))?
            .chars()
            .collect();
        at += letters_len;
        let words = number(&bytes, &mut at)? as usize;
        let prefixes = at;
        at = at
            .checked_add(words)
            .ok_or_else(|| error("too many words"))?;
        let suffix_len = number(&bytes, &mut at)? as usize;
        let suffixes = at;
        at = at
            .checked_add(suffix_len)
            .ok_or_else(|| error("suffixes too long"))?;
        if at > bytes.len() {
            return Err(error("cut short"));
        }
        Ok(Dictionary {
            freqs: at,
            bytes,
            alphabet,
            words,
            prefixes,
            suffixes,
        })
    }

    /// How many words it holds.
    pub fn len(&self) -> usize {
        self.words
    }

    /// True when it holds no word.
    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    /// A cursor at the first word.
    pub fn cursor(self) -> Cursor {
        Cursor {
            word: Vec::new(),
            text: String::new(),
            next: 0,
            suffix_at: self.suffixes,
            freq_at: self.freqs,
            dictionary: self,
        }
    }
}

/// Walks a [`Dictionary`] in order, one word at a time, without building them all at once.
#[derive(Debug, Clone)]
pub struct Cursor {
    dictionary: Dictionary,
    word: Vec<char>,
    text: String,
    next: usize,
    suffix_at: usize,
    freq_at: usize,
}

impl Cursor {
    /// The next word and its frequency; `Ok(None)` after the last one.
    pub fn next_word(&mut self) -> Result<Option<(&str, u64)>, DictionaryError> {
        let d = &self.dictionary;
        if self.next >= d.words {
            return Ok(None);
        }
        let shared = d.bytes[d.prefixes + self.next] as usize;
        if shared > self.word.len() {
            return Err(error(format!(
                "word {} shares more than the word before",
                self.next
            )));
        }
        self.word.truncate(shared);
        loop {
            let byte = *d
                .bytes
                .get(self.suffix_at)
                .ok_or_else(|| error("suffixes cut short"))?;
            self.suffix_at += 1;
            let code = if u32::from(byte) < ONE_BYTE {
                u32::from(byte)
            } else {
                let low = *d
                    .bytes
                    .get(self.suffix_at)
                    .ok_or_else(|| error("suffixes cut short"))?;
                self.suffix_at += 1;
                ((u32::from(byte) & 0x7f) << 8) | u32::from(low)
            };
            if code == 0 {
                break;
            }
            let c = d
                .alphabet
                .get(code as usize - 1)
                .ok_or_else(|| error(format!("char code {code} outside the alphabet")))?;
            self.word.push(*c);
        }
        if self.word.is_empty() {
            return Err(error(format!("word {} is empty", self.next)));
        }
        let freq = number(&d.bytes, &mut self.freq_at)?;
        self.next += 1;
        self.text.clear();
        self.text.extend(self.word.iter());
        Ok(Some((&self.text, freq)))
    }

    /// Words read so far.
    pub fn position(&self) -> usize {
        self.next
    }

    /// All the words, read or not.
    pub fn len(&self) -> usize {
        self.dictionary.words
    }

    /// True when the dictionary holds no word.
    pub fn is_empty(&self) -> bool {
        self.dictionary.words == 0
    }
}

/// The dictionary file as committed (`corpus/dict/jieba.dict`, gzip), for the CLI and tests;
/// the browser fetches the same file instead.
#[cfg(any(test, feature = "embedded-dictionary"))]
pub const EMBEDDED_GZIP: &[u8] = include_bytes!("../../../corpus/dict/jieba.dict");

/// The embedded dictionary, un-gzipped and read.
#[cfg(any(test, feature = "embedded-dictionary"))]
pub fn embedded() -> Result<Dictionary, DictionaryError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(EMBEDDED_GZIP)
        .read_to_end(&mut bytes)
        .map_err(|e| error(format!("gzip: {e}")))?;
    Dictionary::parse(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(bytes: Vec<u8>) -> Vec<(String, u64)> {
        let mut cursor = Dictionary::parse(bytes).unwrap().cursor();
        let mut out = Vec::new();
        while let Some((w, f)) = cursor.next_word().unwrap() {
            out.push((w.to_owned(), f));
        }
        out
    }

    #[test]
    fn round_trips_words_and_frequencies_sorted() {
        let text = "人工智能 200 n\n人工 50 n\nAI 7\n亚马逊 3000 nt\n亚 1 zg\n\n";
        assert_eq!(
            all(encode(text).unwrap()),
            vec![
                ("AI".to_owned(), 7),
                ("亚".to_owned(), 1),
                ("亚马逊".to_owned(), 3000),
                ("人工".to_owned(), 50),
                ("人工智能".to_owned(), 200),
            ]
        );
    }

    #[test]
    fn a_repeated_word_keeps_its_last_frequency() {
        assert_eq!(
            all(encode("模型 5\n模型 9\n").unwrap()),
            vec![("模型".to_owned(), 9)]
        );
    }

    #[test]
    fn two_byte_codes_beyond_the_127_most_frequent_chars() {
        // 300 distinct chars: most need two-byte codes.
        let text: String = (0..300u32)
            .map(|i| {
                format!(
                    "{}{} {}\n",
                    char::from_u32(0x4e00 + i).unwrap(),
                    '的',
                    i + 1
                )
            })
            .collect();
        let words = all(encode(&text).unwrap());
        assert_eq!(words.len(), 300);
        assert_eq!(
            words[299],
            (format!("{}的", char::from_u32(0x4e00 + 299).unwrap()), 300)
        );
    }

    #[test]
    fn bad_frequency_names_its_line() {
        let e = encode("好 1\n坏 x\n").unwrap_err();
        assert!(e.0.contains("line 2"), "{e}");
    }

    #[test]
    fn damaged_files_are_refused_not_panicked_on() {
        let good = encode("人工 50\n人工智能 200\n模型 9\n").unwrap();
        assert!(Dictionary::parse(b"hello".to_vec()).is_err());
        for cut in MAGIC.len()..good.len() {
            // Every truncation either fails to parse or fails while walking; never panics.
            if let Ok(d) = Dictionary::parse(good[..cut].to_vec()) {
                let mut c = d.cursor();
                let mut failed = false;
                for _ in 0..3 {
                    match c.next_word() {
                        Err(_) => {
                            failed = true;
                            break;
                        }
                        Ok(None) => break,
                        Ok(Some(_)) => {}
                    }
                }
                assert!(failed || cut == good.len(), "cut at {cut} read as whole");
            }
        }
    }

    #[test]
    fn embedded_dictionary_holds_all_of_jiebas_words() {
        let d = embedded().unwrap();
        assert_eq!(d.len(), 349_045);
    }
}
