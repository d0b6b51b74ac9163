//! A view as a download: a flat table for CSV, and the view's own JSON document.

use serde::Serialize;

/// Rows and columns of a view, ready for CSV.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Table {
    /// Column names, first row of the CSV.
    pub headers: Vec<String>,
    /// One entry per row, as many cells as `headers`.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// An empty table with these column names.
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row; short rows are padded so every row has a cell per column.
    pub fn push(&mut self, mut row: Vec<String>) {
        row.resize(self.headers.len().max(row.len()), String::new());
        self.rows.push(row);
    }

    /// RFC 4180 CSV (CRLF line ends, quoting by the `csv` crate), with a UTF-8 byte-order
    /// mark so spreadsheet programs read the Chinese text as UTF-8.
    pub fn to_csv(&self) -> String {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        // Writing to a Vec cannot fail, and every row has the header's width.
        let _ = writer.write_record(&self.headers);
        for row in &self.rows {
            let _ = writer.write_record(row);
        }
        let bytes = writer.into_inner().unwrap_or_default();
        format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
    }
}

/// Pretty JSON of a view's document (`serde_json`; our types always serialise).
pub fn to_json<T: Serialize>(document: &T) -> String {
    serde_json::to_string_pretty(document).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// The name of a download: `baimo-<view>-<date>.<ext>`, e.g. `baimo-timeline-2026-11-24.csv`.
pub fn file_name(view: &str, date: &str, ext: &str) -> String {
    format!("baimo-{view}-{date}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_pads() {
        let mut t = Table::new(&["a", "b"]);
        t.push(vec!["亚马逊, Inc".into(), "say \"hi\"".into()]);
        t.push(vec!["x".into()]);
        assert_eq!(
            t.to_csv(),
            "\u{feff}a,b\r\n\"亚马逊, Inc\",\"say \"\"hi\"\"\"\r\nx,\r\n"
        );
        assert_eq!(
            file_name("search", "2026-11-24", "csv"),
            "baimo-search-2026-11-24.csv"
        );
    }
}
