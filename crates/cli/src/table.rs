//! Plain-text tables that line up in a terminal (CJK characters count as two columns), and
//! the small formatting helpers every table uses.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns of a table: header and cells, left-aligned, separated by two spaces.
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headers.
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row; missing cells are blank.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// True when no row was added.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as text, one line per row, header underlined.
    pub fn render(&self) -> String {
        let n = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.width()).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate().take(n) {
                widths[i] = widths[i].max(cell.width());
            }
        }
        let line = |cells: &[String]| -> String {
            let mut s = String::new();
            for (i, width) in widths.iter().enumerate() {
                let cell = cells.get(i).map(String::as_str).unwrap_or("");
                s.push_str(cell);
                if i + 1 < n {
                    s.push_str(&" ".repeat(width - cell.width() + 2));
                }
            }
            s.trim_end().to_owned() + "\n"
        };
        let mut out = line(&self.headers);
        let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
        out.push_str(&line(&rule));
        for row in &self.rows {
            out.push_str(&line(row));
        }
        out
    }
}

/// `text` cut to at most `max` columns, with `…` when cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// An amount the way Chinese financial news writes it: 40亿, 1.5万, 30.
pub fn amount(x: f64) -> String {
    let (v, unit) = if x.abs() >= 1e12 {
        (x / 1e12, "万亿")
    } else if x.abs() >= 1e8 {
        (x / 1e8, "亿")
    } else if x.abs() >= 1e4 {
        (x / 1e4, "万")
    } else {
        (x, "")
    };
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s}{unit}")
}

/// The article id's number (`000_946407f189b5cffc.txt` → `000`), or the whole id.
pub fn short_id(id: &str) -> String {
    id.split('_').next().unwrap_or(id).to_owned()
}

/// A money kind's JSON name (`funding-round`).
pub fn serde_kind<T: serde::Serialize>(kind: &T) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_with_wide_characters() {
        let mut t = Table::new(&["a", "b"]);
        t.row(vec!["亚马逊".into(), "x".into()]);
        t.row(vec!["AWS".into(), "y".into()]);
        let text = t.render();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[2], "亚马逊  x");
        assert_eq!(lines[3], "AWS     y");
    }

    #[test]
    fn clip_and_amount() {
        assert_eq!(clip("亚马逊投资", 7), "亚马逊…");
        assert_eq!(clip("short", 10), "short");
        assert_eq!(amount(4_000_000_000.0), "40亿");
        assert_eq!(amount(1_250_000_000.0), "12.5亿");
        assert_eq!(amount(7e12), "7万亿");
        assert_eq!(amount(30.0), "30");
        assert_eq!(amount(700_000.0), "70万");
    }
}
