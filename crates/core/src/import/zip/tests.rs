use super::*;
use flate2::read::DeflateDecoder;
use std::io::{Read, Write};

/// How the test writer stores a file.
#[derive(Clone, Copy)]
enum Put {
    Stored,
    Deflated,
    Encrypted,
    Bzip2,
}

/// A small zip writer: `files` as `put` says, zip64 records throughout when `zip64`.
fn archive(files: &[(&str, &[u8], Put)], zip64: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for &(name, content, put) in files {
        let (method, flags, data) = match put {
            Put::Stored => (0u16, 0u16, content.to_vec()),
            Put::Deflated => {
                let mut e =
                    flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
                e.write_all(content).unwrap();
                (8, 0, e.finish().unwrap())
            }
            Put::Encrypted => (0, 1, content.to_vec()),
            Put::Bzip2 => (12, 0, content.to_vec()),
        };
        let flags = flags | 0x0800;
        let offset = out.len() as u64;
        let crc = crc32(content);
        let full = |v: u64| if zip64 { u32::MAX } else { v as u32 };
        let mut extra = Vec::new();
        if zip64 {
            extra.extend(1u16.to_le_bytes());
            extra.extend(24u16.to_le_bytes());
            extra.extend((content.len() as u64).to_le_bytes());
            extra.extend((data.len() as u64).to_le_bytes());
            extra.extend(offset.to_le_bytes());
        }
        // Local header (sizes given there too; readers take the central directory's).
        out.extend(LOCAL.to_le_bytes());
        out.extend([20, 0]);
        out.extend(flags.to_le_bytes());
        out.extend(method.to_le_bytes());
        out.extend([0; 4]);
        out.extend(crc.to_le_bytes());
        out.extend((data.len() as u32).to_le_bytes());
        out.extend((content.len() as u32).to_le_bytes());
        out.extend((name.len() as u16).to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out.extend(name.as_bytes());
        out.extend(&data);
        // Central directory record.
        central.extend(CENTRAL.to_le_bytes());
        central.extend([20, 0, 20, 0]);
        central.extend(flags.to_le_bytes());
        central.extend(method.to_le_bytes());
        central.extend([0; 4]);
        central.extend(crc.to_le_bytes());
        central.extend(full(data.len() as u64).to_le_bytes());
        central.extend(full(content.len() as u64).to_le_bytes());
        central.extend((name.len() as u16).to_le_bytes());
        central.extend((extra.len() as u16).to_le_bytes());
        // Comment length, disk, internal and external attributes.
        central.extend([0; 10]);
        central.extend(full(offset).to_le_bytes());
        central.extend(name.as_bytes());
        central.extend(&extra);
    }
    let cd_offset = out.len() as u64;
    let cd_size = central.len() as u64;
    out.extend(&central);
    let count = files.len() as u64;
    if zip64 {
        let eocd64 = out.len() as u64;
        out.extend(EOCD64.to_le_bytes());
        out.extend(44u64.to_le_bytes());
        out.extend([45, 0, 45, 0]);
        out.extend([0; 8]);
        out.extend(count.to_le_bytes());
        out.extend(count.to_le_bytes());
        out.extend(cd_size.to_le_bytes());
        out.extend(cd_offset.to_le_bytes());
        out.extend(EOCD64_LOCATOR.to_le_bytes());
        out.extend(0u32.to_le_bytes());
        out.extend(eocd64.to_le_bytes());
        out.extend(1u32.to_le_bytes());
    }
    let (count16, size32, offset32) = if zip64 {
        (u16::MAX, u32::MAX, u32::MAX)
    } else {
        (count as u16, cd_size as u32, cd_offset as u32)
    };
    out.extend(EOCD.to_le_bytes());
    out.extend([0; 4]);
    out.extend(count16.to_le_bytes());
    out.extend(count16.to_le_bytes());
    out.extend(size32.to_le_bytes());
    out.extend(offset32.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// An entry's file, inflated as the CLI does and checked.
fn inflate(bytes: &[u8], entry: &Entry) -> Result<Vec<u8>, EntryError> {
    let data = entry.data.clone()?;
    let raw = &bytes[data.range.clone()];
    let out = match data.method {
        Method::Stored => raw.to_vec(),
        Method::Deflated => {
            let mut out = Vec::new();
            DeflateDecoder::new(raw)
                .read_to_end(&mut out)
                .map_err(|_| EntryError::Damaged)?;
            out
        }
    };
    check(&data, &out)?;
    Ok(out)
}

const A: &[u8] = "---\ntitle: 标题\n---\n正文。".as_bytes();
const B: &[u8] = b"plain text, plain text, plain text, plain text";

#[test]
fn stored_and_deflated_entries_plain_and_zip64() {
    for zip64 in [false, true] {
        let bytes = archive(
            &[
                ("a/一.md", A, Put::Stored),
                ("b.txt", B, Put::Deflated),
                ("dir/", b"", Put::Stored),
            ],
            zip64,
        );
        let list = entries(&bytes).unwrap();
        let names: Vec<&str> = list.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a/一.md", "b.txt"], "zip64 {zip64}");
        assert_eq!(inflate(&bytes, &list[0]).unwrap(), A);
        assert_eq!(inflate(&bytes, &list[1]).unwrap(), B);
        assert_eq!(list[1].data.as_ref().unwrap().method, Method::Deflated);
    }
}

#[test]
fn entries_that_cannot_be_read_say_why_and_the_rest_are_read() {
    let bytes = archive(
        &[
            ("secret.md", A, Put::Encrypted),
            ("old.txt", B, Put::Bzip2),
            ("ok.txt", B, Put::Stored),
        ],
        false,
    );
    let list = entries(&bytes).unwrap();
    let got: Vec<(&str, Result<Vec<u8>, EntryError>)> = list
        .iter()
        .map(|e| (e.name.as_str(), inflate(&bytes, e)))
        .collect();
    assert_eq!(
        got,
        [
            ("secret.md", Err(EntryError::Encrypted)),
            ("old.txt", Err(EntryError::Method(12))),
            ("ok.txt", Ok(B.to_vec())),
        ]
    );
}

#[test]
fn damaged_archives_are_refused_with_a_reason() {
    let good = archive(
        &[("a.md", A, Put::Stored), ("b.txt", B, Put::Deflated)],
        false,
    );
    let cd = good.len() - EOCD_LEN - (2 * CENTRAL_LEN + 4 + 5);
    let mut bad_record = good.clone();
    bad_record[cd] = b'X';
    let mut multi = good.clone();
    let eocd = multi.len() - EOCD_LEN;
    multi[eocd + 4] = 1;
    let mut past_end = good.clone();
    past_end[eocd + 16] = 0xFF;
    for (what, bytes, expected) in [
        ("empty", Vec::new(), ZipError::NotAZip),
        (
            "text",
            b"just some text, long enough to look for a record".to_vec(),
            ZipError::NotAZip,
        ),
        (
            "cut short",
            good[..good.len() - 10].to_vec(),
            ZipError::NotAZip,
        ),
        (
            "record",
            bad_record,
            ZipError::Corrupt("a central directory record is missing"),
        ),
        ("multi-disk", multi, ZipError::MultiDisk),
        (
            "offset",
            past_end,
            ZipError::Corrupt("the central directory lies past the end"),
        ),
    ] {
        assert_eq!(entries(&bytes), Err(expected), "{what}");
    }
}

#[test]
fn damaged_entries_are_caught() {
    let bytes = archive(
        &[("a.md", A, Put::Stored), ("b.txt", B, Put::Deflated)],
        false,
    );
    // A byte of a file's data changed: the checksum says so.
    let list = entries(&bytes).unwrap();
    let mut flipped = bytes.clone();
    flipped[list[0].data.as_ref().unwrap().range.start] ^= 1;
    assert_eq!(inflate(&flipped, &list[0]), Err(EntryError::Checksum));
    // A local header overwritten: the entry is damaged, the other still read.
    let mut header = bytes.clone();
    header[0] = 0;
    let list = entries(&header).unwrap();
    assert_eq!(list[0].data, Err(EntryError::Damaged));
    assert_eq!(inflate(&header, &list[1]).unwrap(), B);
}

#[test]
fn a_comment_after_the_directory_is_skipped() {
    let mut bytes = archive(&[("a.md", A, Put::Stored)], false);
    let comment = b"made by a test";
    let len = bytes.len();
    bytes[len - 2..].copy_from_slice(&(comment.len() as u16).to_le_bytes());
    bytes.extend(comment);
    let list = entries(&bytes).unwrap();
    assert_eq!(inflate(&bytes, &list[0]).unwrap(), A);
}

#[test]
fn names_in_gbk_and_with_backslashes() {
    let (gbk, _, _) = encoding_rs::GBK.encode("文章\\一.txt");
    assert!(
        std::str::from_utf8(&gbk).is_err(),
        "the GBK name is not UTF-8"
    );
    assert_eq!(entry_name(&gbk, false), "文章/一.txt");
    assert_eq!(entry_name("文章/一.txt".as_bytes(), true), "文章/一.txt");
}

#[test]
fn archives_the_zip_crate_writes() {
    use zip::write::SimpleFileOptions;
    for (method, large) in [
        (zip::CompressionMethod::Stored, false),
        (zip::CompressionMethod::Deflated, false),
        (zip::CompressionMethod::Deflated, true),
    ] {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .large_file(large);
        w.add_directory("news/", options).unwrap();
        for (name, content) in [("news/一.md", A), ("news/b.txt", B)] {
            w.start_file(name, options).unwrap();
            w.write_all(content).unwrap();
        }
        let bytes = w.finish().unwrap().into_inner();
        let list = entries(&bytes).unwrap();
        let got: Vec<(&str, Vec<u8>)> = list
            .iter()
            .map(|e| (e.name.as_str(), inflate(&bytes, e).unwrap()))
            .collect();
        assert_eq!(
            got,
            [("news/一.md", A.to_vec()), ("news/b.txt", B.to_vec())],
            "{method:?} {large}"
        );
    }
}

#[test]
fn crc32_of_known_strings() {
    for (text, crc) in [("", 0), ("a", 0xE8B7_BE43), ("123456789", 0xCBF4_3926)] {
        assert_eq!(crc32(text.as_bytes()), crc, "{text}");
    }
}
