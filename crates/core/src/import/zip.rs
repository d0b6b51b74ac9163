//! The files inside a `.zip` archive, read from its central directory: each entry's name,
//! where its bytes lie and how they are stored. Nothing here inflates: stored entries are
//! their own bytes, and deflated ones are handed to an inflater (the browser's
//! `DecompressionStream("deflate-raw")`, flate2 in the CLI), then checked with [`crc32`].
//!
//! Zip64 archives (more than 65,535 entries, or sizes and offsets past 4 GiB) are read too.
//! An archive whose central directory cannot be found or does not hold together is refused
//! as a whole ([`ZipError`]); an entry that cannot be read (encrypted, an unknown method, a
//! bad local header) is refused on its own ([`EntryError`]) and the others are still read.

use std::fmt;
use std::ops::Range;

/// Archives larger than this are refused before they are read (256 MiB: a thousand articles
/// with their pictures).
pub const MAX_ARCHIVE_BYTES: usize = 256 * 1024 * 1024;

/// How an entry's bytes are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// As they are.
    Stored,
    /// Deflated (RFC 1951, "raw" deflate without a zlib or gzip wrapper).
    Deflated,
}

/// One file in an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its path inside the archive, `/`-separated (UTF-8 when the archive says so, else read
    /// as UTF-8 or, failing that, GBK: what Chinese Windows writes).
    pub name: String,
    /// Where its bytes are and how they are stored, or why they cannot be read.
    pub data: Result<Data, EntryError>,
}

/// Where an entry's (possibly compressed) bytes lie in the archive, and what they give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Data {
    /// How they are stored.
    pub method: Method,
    /// Their place in the archive's bytes.
    pub range: Range<usize>,
    /// The file's size once inflated, as the archive states it.
    pub size: u64,
    /// The CRC-32 of the inflated file, as the archive states it.
    pub crc32: u32,
}

/// Why an archive cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipError {
    /// No end-of-central-directory record: not a zip archive, or cut short.
    NotAZip,
    /// The central directory does not hold together; what is wrong.
    Corrupt(&'static str),
    /// The archive is split over several disks (`.z01`, `.z02`…).
    MultiDisk,
}

impl fmt::Display for ZipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ZipError::NotAZip => write!(f, "not a zip archive, or cut short"),
            ZipError::Corrupt(why) => write!(f, "the archive is damaged: {why}"),
            ZipError::MultiDisk => write!(f, "the archive is split into several parts"),
        }
    }
}

impl std::error::Error for ZipError {}

/// Why one entry cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryError {
    /// Encrypted (with a password, or AES).
    Encrypted,
    /// Compressed with a method other than stored and deflate (its number).
    Method(u16),
    /// Its local header or its bytes are not where the directory says.
    Damaged,
    /// Its bytes do not give the file the directory describes (size or CRC-32 differ).
    Checksum,
}

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryError::Encrypted => write!(f, "encrypted"),
            EntryError::Method(m) => write!(f, "compressed with an unsupported method ({m})"),
            EntryError::Damaged => write!(f, "damaged in the archive"),
            EntryError::Checksum => write!(f, "damaged in the archive (checksum)"),
        }
    }
}

impl std::error::Error for EntryError {}

const EOCD: u32 = 0x0605_4b50;
const EOCD64: u32 = 0x0606_4b50;
const EOCD64_LOCATOR: u32 = 0x0706_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const LOCAL: u32 = 0x0403_4b50;
const EOCD_LEN: usize = 22;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: usize = 30;

/// Little-endian reads that say `None` past the end.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn u16(&self, at: usize) -> Option<u16> {
        let b = self.0.get(at..at.checked_add(2)?)?;
        Some(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&self, at: usize) -> Option<u32> {
        let b = self.0.get(at..at.checked_add(4)?)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&self, at: usize) -> Option<u64> {
        let b = self.0.get(at..at.checked_add(8)?)?;
        Some(u64::from_le_bytes(b.try_into().ok()?))
    }
}

/// Where the central directory is and how many entries it has.
struct Directory {
    entries: u64,
    offset: u64,
    size: u64,
}

/// Every entry of the archive `bytes`, in the central directory's order (folders left out).
pub fn entries(bytes: &[u8]) -> Result<Vec<Entry>, ZipError> {
    let b = Bytes(bytes);
    let dir = directory(&b)?;
    let start = usize::try_from(dir.offset).map_err(|_| ZipError::Corrupt("directory offset"))?;
    let end = usize::try_from(dir.size)
        .ok()
        .and_then(|s| start.checked_add(s))
        .filter(|&e| e <= bytes.len())
        .ok_or(ZipError::Corrupt("the central directory lies past the end"))?;
    let mut entries = Vec::new();
    let mut at = start;
    for _ in 0..dir.entries {
        if at + CENTRAL_LEN > end || b.u32(at) != Some(CENTRAL) {
            return Err(ZipError::Corrupt("a central directory record is missing"));
        }
        let field = |off: usize| b.u16(at + off).unwrap_or(0);
        let (flags, method) = (field(8), field(10));
        let crc32 = b.u32(at + 16).unwrap_or(0);
        let mut compressed = u64::from(b.u32(at + 20).unwrap_or(0));
        let mut size = u64::from(b.u32(at + 24).unwrap_or(0));
        let (name_len, extra_len, comment_len) =
            (field(28) as usize, field(30) as usize, field(32) as usize);
        let mut local = u64::from(b.u32(at + 42).unwrap_or(0));
        let name_at = at + CENTRAL_LEN;
        let extra_at = name_at + name_len;
        let next = extra_at + extra_len + comment_len;
        if next > end {
            return Err(ZipError::Corrupt(
                "a central directory record runs past its end",
            ));
        }
        // Zip64: the fields that are full (0xFFFFFFFF) follow in this order in extra 0x0001.
        if let Some(extra) = extra_field(&bytes[extra_at..extra_at + extra_len], 0x0001) {
            let x = Bytes(extra);
            let mut off = 0;
            for field in [&mut size, &mut compressed, &mut local] {
                if *field == u64::from(u32::MAX) {
                    if let Some(v) = x.u64(off) {
                        *field = v;
                        off += 8;
                    }
                }
            }
        }
        let name = entry_name(&bytes[name_at..extra_at], flags & 0x0800 != 0);
        at = next;
        if name.ends_with('/') {
            continue;
        }
        let data = if flags & 0x0001 != 0 || method == 99 {
            Err(EntryError::Encrypted)
        } else {
            match method {
                0 => Ok(Method::Stored),
                8 => Ok(Method::Deflated),
                m => Err(EntryError::Method(m)),
            }
            .and_then(|method| {
                let range = local_data(&b, local, compressed).ok_or(EntryError::Damaged)?;
                Ok(Data {
                    method,
                    range,
                    size,
                    crc32,
                })
            })
        };
        entries.push(Entry { name, data });
    }
    Ok(entries)
}

/// Finds the end-of-central-directory record (searching back over a comment of up to 64 KiB),
/// and its zip64 counterpart when there is one.
fn directory(b: &Bytes) -> Result<Directory, ZipError> {
    let len = b.0.len();
    if len < EOCD_LEN {
        return Err(ZipError::NotAZip);
    }
    let lowest = len.saturating_sub(EOCD_LEN + usize::from(u16::MAX));
    let eocd = (lowest..=len - EOCD_LEN)
        .rev()
        .find(|&at| b.u32(at) == Some(EOCD))
        .ok_or(ZipError::NotAZip)?;
    let field = |off: usize| b.u16(eocd + off).unwrap_or(0);
    if field(4) != 0 || field(6) != 0 {
        return Err(ZipError::MultiDisk);
    }
    let mut dir = Directory {
        entries: u64::from(field(10)),
        size: u64::from(b.u32(eocd + 12).unwrap_or(0)),
        offset: u64::from(b.u32(eocd + 16).unwrap_or(0)),
    };
    let locator = eocd
        .checked_sub(20)
        .filter(|&at| b.u32(at) == Some(EOCD64_LOCATOR));
    if let Some(locator) = locator {
        let at = b
            .u64(locator + 8)
            .and_then(|o| usize::try_from(o).ok())
            .filter(|&at| b.u32(at) == Some(EOCD64))
            .ok_or(ZipError::Corrupt("the zip64 directory record is missing"))?;
        if b.u32(at + 16) != Some(0) {
            return Err(ZipError::MultiDisk);
        }
        let read = |off| {
            b.u64(at + off)
                .ok_or(ZipError::Corrupt("the zip64 record is cut short"))
        };
        dir = Directory {
            entries: read(32)?,
            size: read(40)?,
            offset: read(48)?,
        };
    }
    Ok(dir)
}

/// The data of the extra field `id` among `extra`'s (id, length, data) blocks.
fn extra_field(extra: &[u8], id: u16) -> Option<&[u8]> {
    let b = Bytes(extra);
    let mut at = 0;
    while let (Some(this), Some(len)) = (b.u16(at), b.u16(at + 2)) {
        let data = extra.get(at + 4..at + 4 + usize::from(len))?;
        if this == id {
            return Some(data);
        }
        at += 4 + usize::from(len);
    }
    None
}

/// The byte range of an entry's data, after its local header.
fn local_data(b: &Bytes, local: u64, compressed: u64) -> Option<Range<usize>> {
    let at = usize::try_from(local).ok()?;
    if b.u32(at)? != LOCAL {
        return None;
    }
    let header = LOCAL_LEN + usize::from(b.u16(at + 26)?) + usize::from(b.u16(at + 28)?);
    let start = at.checked_add(header)?;
    let end = start.checked_add(usize::try_from(compressed).ok()?)?;
    (end <= b.0.len()).then_some(start..end)
}

fn entry_name(raw: &[u8], utf8: bool) -> String {
    let name = match std::str::from_utf8(raw) {
        Ok(s) => s.to_owned(),
        Err(_) if utf8 => String::from_utf8_lossy(raw).into_owned(),
        Err(_) => super::decode::legacy(raw, super::decode::Encoding::Gb18030),
    };
    // Some Windows tools write `\`.
    name.replace('\\', "/")
}

/// Checks an entry's inflated bytes against the size and CRC-32 its archive states.
pub fn check(data: &Data, inflated: &[u8]) -> Result<(), EntryError> {
    if inflated.len() as u64 != data.size || crc32(inflated) != data.crc32 {
        return Err(EntryError::Checksum);
    }
    Ok(())
}

/// The CRC-32 (IEEE, as zip and gzip use it) of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    !bytes.iter().fold(!0u32, |c, &b| {
        TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

#[cfg(test)]
mod tests;
