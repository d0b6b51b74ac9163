//! A bigger corpus made from a small one, for measuring how the analysis scales and for
//! checking that faster code gives the same answers on more than a handful of articles.
//!
//! [`repeated`] copies the articles over and over, each copy under a new id, with its date
//! (and `written` date) moved a few months on and its paragraphs in another order, all
//! deterministic. Explicit dates (2023年9月25日) stay put, so copies tell the same events and
//! cluster with each other; relative ones (上个月) move with the copy's date.

use crate::corpus::{Article, Corpus};

/// A corpus of `n` articles: `base` first as it is, then copies of its articles in order
/// (`x001_<id>`, `x002_<id>`…), each with its dates shifted and paragraphs permuted.
/// Empty when `base` is.
pub fn repeated(base: &Corpus, n: usize) -> Corpus {
    let articles = (0..n)
        .map_while(|k| {
            let original = base.articles.get(k % base.articles.len().max(1))?;
            let copy = k / base.articles.len();
            Some(if copy == 0 {
                original.clone()
            } else {
                copy_of(original, copy)
            })
        })
        .collect();
    Corpus { articles }
}

/// Copy number `copy` (from 1) of an article.
fn copy_of(article: &Article, copy: usize) -> Article {
    let mut out = article.clone();
    out.meta.id = format!("x{copy:03}_{}", article.meta.id);
    // Up to four months on: relative dates resolve differently, explicit ones do not.
    let months = (copy % 5) as u32;
    out.meta.date = shift(&article.meta.date, months);
    if let Some(w) = &mut out.meta.written {
        w.date = shift(&w.date, months);
    }
    out.text = permute(&article.text, copy);
    out
}

/// Moves a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date `months` on (a day past the new month's end
/// becomes its last day); a year alone, or anything else, is kept.
fn shift(date: &str, months: u32) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    let parsed: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    let Some(parsed) = parsed else {
        return date.to_owned();
    };
    match parsed.as_slice() {
        [y, m, rest @ ..] if (1..=12).contains(m) && rest.len() <= 1 => {
            let total = (y * 12 + (m - 1)) + months;
            let (y, m) = (total / 12, total % 12 + 1);
            match rest {
                [d] => {
                    let last = crate::extract::date::days_in_month(y as i32, m);
                    format!("{y:04}-{m:02}-{:02}", (*d).min(last))
                }
                _ => format!("{y:04}-{m:02}"),
            }
        }
        _ => date.to_owned(),
    }
}

/// The non-empty paragraphs of `text` in another order, one per line: paragraph `i` goes to
/// place `(stride·i + copy) mod n` for a stride prime to `n`, so every copy reads differently.
fn permute(text: &str, copy: usize) -> String {
    let paragraphs: Vec<&str> = text.split('\n').filter(|l| !l.is_empty()).collect();
    let n = paragraphs.len();
    if n < 2 {
        return text.to_owned();
    }
    let mut stride = 1 + 2 * (copy % 7);
    while gcd(stride, n) != 1 {
        stride += 1;
    }
    let mut placed: Vec<&str> = vec![""; n];
    for (i, p) in paragraphs.iter().enumerate() {
        placed[(stride * i + copy) % n] = p;
    }
    let mut out = placed.join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_have_new_ids_shifted_dates_and_the_same_paragraphs_in_another_order() {
        let base = crate::bundled::corpus().unwrap();
        let n = base.articles.len();
        let big = repeated(&base, 3 * n + 1);
        assert_eq!(big.articles.len(), 3 * n + 1);
        assert_eq!(big.articles[..n], base.articles[..]);
        let mut ids: Vec<&str> = big.articles.iter().map(|a| a.meta.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), big.articles.len(), "ids are unique");
        for (k, copy) in big.articles.iter().enumerate().skip(n) {
            let original = &base.articles[k % n];
            let sorted = |a: &Article| {
                let mut p: Vec<String> = a.paragraphs().map(str::to_owned).collect();
                p.sort();
                p
            };
            assert_eq!(sorted(copy), sorted(original));
            assert!(crate::extract::date::Anchor::parse(&copy.meta.date).is_some());
        }
        // Determinism: the same call gives the same corpus.
        assert_eq!(repeated(&base, 2 * n), repeated(&base, 2 * n));
    }

    #[test]
    fn dates_shift_by_months_and_stay_real() {
        assert_eq!(shift("2023-10", 4), "2024-02");
        assert_eq!(shift("2023-08-31", 1), "2023-09-30");
        assert_eq!(shift("2024-01-31", 1), "2024-02-29");
        assert_eq!(shift("2023", 3), "2023");
        assert_eq!(shift("nope", 3), "nope");
    }

    #[test]
    fn paragraphs_are_permuted() {
        assert_eq!(permute("a\nb\nc\n", 1), "c\na\nb\n");
        assert_eq!(permute("a\n\nb", 2), "a\nb");
        assert_eq!(permute("a\n", 3), "a\n");
    }
}
