//! The reader's addresses: which article a link opens, `/read/<address>` ([`article_path`],
//! [`article_id`]), and which part of it, `?s=<start>-<end>#p<N>` (a sentence, offsets in
//! chars of the cleaned text), `#p<N>` or `?p=<N>` (a paragraph, from 0).

use super::params::Query;
use crate::import::library::is_imported;

/// What a bundled article's id ends with: the id is its file's name in `corpus/raw/`, and its
/// address leaves the extension out.
const FILE_EXTENSION: &str = ".txt";

/// The article's part of its reader address: the id without the file's extension
/// (`000_946407f189b5cffc.txt` reads at `/read/000_946407f189b5cffc`); an imported
/// article's id as it is.
pub fn address(id: &str) -> &str {
    id.strip_suffix(FILE_EXTENSION).unwrap_or(id)
}

/// The reader's address of an article: `/read/<address>` (see [`address`]).
pub fn article_path(id: &str) -> String {
    format!("/read/{}", address(id))
}

/// The id of the article at `/read/<address>`: [`address`] read back. Also takes the old
/// addresses, which carried the whole id (`/read/000_946407f189b5cffc.txt`), so links made
/// before keep opening their article.
pub fn article_id(address: &str) -> String {
    if address.ends_with(FILE_EXTENSION) || is_imported(address) {
        address.to_owned()
    } else {
        format!("{address}{FILE_EXTENSION}")
    }
}

/// The reader's address of a span of an article:
/// `/read/<address>?s=<start>-<end>#p<paragraph>` (offsets in chars of the cleaned text).
/// Every evidence link of every view is built here, and [`target`] reads it back.
pub fn evidence_path(article: &str, paragraph: usize, span: [usize; 2]) -> String {
    format!(
        "{}?s={}-{}#p{paragraph}",
        article_path(article),
        span[0],
        span[1]
    )
}

/// A paragraph to scroll to and the part of it to highlight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// Paragraph index, from 0.
    pub paragraph: usize,
    /// `[start, end)` in chars of that paragraph.
    pub span: [usize; 2],
}

/// Resolves a reader link against the article's paragraph spans
/// ([`crate::Article::paragraph_spans`]). A span wins over a paragraph number; a span
/// running past its paragraph is cut at the paragraph's end. Anything malformed or out of
/// range gives `None` (the article simply opens at the top).
pub fn target(query: &Query, hash: &str, paragraphs: &[[usize; 2]]) -> Option<Target> {
    if let Some(t) = query.get("s").and_then(|s| span_target(s, paragraphs)) {
        return Some(t);
    }
    let from_hash = hash.trim_start_matches('#').strip_prefix('p');
    let n: usize = from_hash.or(query.get("p"))?.parse().ok()?;
    let [start, end] = *paragraphs.get(n)?;
    Some(Target {
        paragraph: n,
        span: [0, end - start],
    })
}

fn span_target(s: &str, paragraphs: &[[usize; 2]]) -> Option<Target> {
    let (a, b) = s.split_once('-')?;
    let (a, b): (usize, usize) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
    if b <= a {
        return None;
    }
    let paragraph = paragraphs.iter().position(|p| p[0] <= a && a < p[1])?;
    let [start, end] = paragraphs[paragraph];
    Some(Target {
        paragraph,
        span: [a - start, b.min(end) - start],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAS: [[usize; 2]; 3] = [[0, 10], [11, 30], [31, 40]];

    fn t(query: &str, hash: &str) -> Option<Target> {
        target(&Query::parse(query), hash, &PARAS)
    }

    #[test]
    fn an_address_leaves_the_file_extension_out_and_reads_back() {
        // (id, its address)
        let cases = [
            ("000_946407f189b5cffc.txt", "000_946407f189b5cffc"),
            ("mine-0123456789ab", "mine-0123456789ab"),
        ];
        for (id, addr) in cases {
            assert_eq!(address(id), addr);
            assert_eq!(article_path(id), format!("/read/{addr}"));
            assert_eq!(article_id(addr), id, "the address reads back");
            assert_eq!(article_id(id), id, "an old address, the id itself");
        }
    }

    #[test]
    fn every_bundled_article_has_its_own_address() {
        let metas = crate::bundled::metas().unwrap();
        for meta in &metas {
            assert!(meta.id.ends_with(FILE_EXTENSION), "{}", meta.id);
            assert_eq!(article_id(address(&meta.id)), meta.id);
            assert!(!is_imported(address(&meta.id)), "{}", meta.id);
        }
    }

    #[test]
    fn an_evidence_path_reads_back_as_its_target() {
        let path = evidence_path("002.txt", 1, [15, 20]);
        assert_eq!(path, "/read/002?s=15-20#p1");
        let (query, hash) = path.split_once('?').unwrap().1.split_once('#').unwrap();
        assert_eq!(
            t(query, hash),
            Some(Target {
                paragraph: 1,
                span: [4, 9]
            })
        );
    }

    #[test]
    fn a_span_finds_its_paragraph() {
        assert_eq!(
            t("s=15-20", "#p1"),
            Some(Target {
                paragraph: 1,
                span: [4, 9]
            })
        );
        // The fragment may be missing or wrong: the span decides.
        assert_eq!(
            t("s=15-20", ""),
            Some(Target {
                paragraph: 1,
                span: [4, 9]
            })
        );
        assert_eq!(
            t("s=15-20", "#p0"),
            Some(Target {
                paragraph: 1,
                span: [4, 9]
            })
        );
        // Cut at the paragraph's end.
        assert_eq!(
            t("s=25-35", ""),
            Some(Target {
                paragraph: 1,
                span: [14, 19]
            })
        );
    }

    #[test]
    fn a_paragraph_alone_is_highlighted_whole() {
        assert_eq!(
            t("", "#p2"),
            Some(Target {
                paragraph: 2,
                span: [0, 9]
            })
        );
        assert_eq!(
            t("p=0", ""),
            Some(Target {
                paragraph: 0,
                span: [0, 10]
            })
        );
    }

    #[test]
    fn nonsense_opens_at_the_top() {
        for (q, h) in [
            ("s=20-15", ""),
            ("s=x-y", ""),
            ("s=10-11", ""),
            ("", "#p9"),
            ("p=-1", ""),
            ("", "#top"),
            ("s=99-120", ""),
        ] {
            assert_eq!(t(q, h), None, "{q} {h}");
        }
        // A bad span falls back to the fragment.
        assert_eq!(
            t("s=oops", "#p0"),
            Some(Target {
                paragraph: 0,
                span: [0, 10]
            })
        );
    }
}
