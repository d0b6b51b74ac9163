//! Size of every file of the built site: raw, gzip (level 9) and brotli (quality 11), the encodings
//! a static host or CDN would serve. The bench's size target counts what a visit really
//! downloads instead; this listing says where the bytes are.

use crate::heading;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Prints the listing and returns the gzip total of every file.
pub fn list(dist: &Path) -> Result<u64> {
    heading(&format!("bench: size of every file ({})", dist.display()));
    let mut files = Vec::new();
    walk(dist, &mut files)?;
    files.sort();
    let total_label = format!("total ({} files)", files.len());
    let width = files
        .iter()
        .map(|f| rel(dist, f).chars().count())
        .chain([total_label.len()])
        .max()
        .unwrap_or(0);
    println!(
        "{:<width$}  {:>11}  {:>11}  {:>11}",
        "file", "raw", "gzip -9", "brotli -q11"
    );
    let mut total = [0u64; 3];
    for file in &files {
        let data = std::fs::read(file)?;
        let row = [data.len() as u64, gzip_len(&data)?, brotli_len(&data)?];
        for (t, n) in total.iter_mut().zip(row) {
            *t += n;
        }
        print_row(&rel(dist, file), width, row);
    }
    print_row(&total_label, width, total);
    Ok(total[1])
}

fn print_row(name: &str, width: usize, [raw, gz, br]: [u64; 3]) {
    println!(
        "{name:<width$}  {:>11}  {:>11}  {:>11}",
        human(raw),
        human(gz),
        human(br)
    );
}

/// Bytes of `data` gzip-compressed at level 9.
pub fn gzip_len(data: &[u8]) -> Result<u64> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    enc.write_all(data)?;
    Ok(enc.finish()?.len() as u64)
}

/// Bytes of `data` brotli-compressed at quality 11.
pub fn brotli_len(data: &[u8]) -> Result<u64> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &data[..], &mut out, &params)?;
    Ok(out.len() as u64)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

fn rel(dist: &Path, file: &Path) -> String {
    file.strip_prefix(dist)
        .unwrap_or(file)
        .display()
        .to_string()
}

fn human(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{:.2} MiB", b as f64 / (1024.0 * 1024.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_sizes_shrink_repetitive_data() {
        let data = "百模大战 ".repeat(1000).into_bytes();
        assert!(gzip_len(&data).unwrap() < data.len() as u64 / 10);
        assert!(brotli_len(&data).unwrap() < data.len() as u64 / 10);
    }

    #[test]
    fn sizes_print_in_binary_units() {
        assert_eq!(human(512), "512 B");
        assert_eq!(human(2048), "2.0 KiB");
        assert_eq!(human(3 * 1024 * 1024), "3.00 MiB");
    }
}
