//! The bench's texts, made from the bundled corpus:
//!
//! - [`bundled_text`]: every bundled article's cleaned text, for segmentation throughput;
//! - [`generate`]: a corpus of N articles of about [`ARTICLE_BYTES`] each, made of the bundled
//!   articles' cleaned sentences shuffled with a fixed seed, as a baimo library file (the
//!   core's own `library` types), for the app's import page. The same `n` and seed always give
//!   the same file.

use baimo_core::bundled;
use baimo_core::corpus::{ArticleMeta, DateBasis, DateKind, Script};
use baimo_core::import::decode::{Detection, Encoding};
use baimo_core::import::library::{self, Stored};
use baimo_core::import::{article_id, Format, Source};
use std::collections::HashSet;

/// Text per generated article, in UTF-8 bytes (1,000 articles ≈ 10 MB).
pub const ARTICLE_BYTES: usize = 10_000;

/// The seed `cargo xtask bench` generates its corpora with.
pub const SEED: u64 = 0xba1_0c0de;

/// The day every generated article says it was imported.
const IMPORTED: &str = "2026-01-01";

/// Every bundled article's cleaned text, one paragraph a line, articles one after another.
pub fn bundled_text() -> Result<String, String> {
    let corpus = bundled::corpus().map_err(|e| e.to_string())?;
    let texts: Vec<&str> = corpus.articles.iter().map(|a| a.text.as_str()).collect();
    Ok(texts.join("\n"))
}

/// The bundled sentences of one script, and the outlets that publish in it.
struct Pool {
    script: Script,
    sentences: Vec<String>,
    bytes: usize,
}

/// The bundled articles' sentences by script, and every bundled publisher.
fn pools() -> Result<(Vec<Pool>, Vec<String>), String> {
    let corpus = bundled::corpus().map_err(|e| e.to_string())?;
    let mut pools: Vec<Pool> = Vec::new();
    let mut publishers: Vec<String> = Vec::new();
    for article in &corpus.articles {
        if !publishers.contains(&article.meta.publisher) {
            publishers.push(article.meta.publisher.clone());
        }
        let index = match pools.iter().position(|p| p.script == article.meta.script) {
            Some(i) => i,
            None => {
                pools.push(Pool {
                    script: article.meta.script,
                    sentences: Vec::new(),
                    bytes: 0,
                });
                pools.len() - 1
            }
        };
        let pool = &mut pools[index];
        for sentence in article.paragraphs().flat_map(sentences) {
            // Fragments (headings, captions' leftovers) make implausible prose.
            if sentence.chars().count() >= 8 && !pool.sentences.iter().any(|s| s == sentence) {
                pool.bytes += sentence.len();
                pool.sentences.push(sentence.to_owned());
            }
        }
    }
    pools.retain(|p| !p.sentences.is_empty());
    if pools.is_empty() {
        return Err("the bundled corpus has no sentences".into());
    }
    Ok((pools, publishers))
}

/// The sentences of a paragraph, each with its closing punctuation (and closing quote).
fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '。' | '！' | '？' | '!' | '?') {
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = chars.peek() {
                if matches!(q, '”' | '」' | '』' | '）' | ')') {
                    end = j + q.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            push_trimmed(&mut out, &paragraph[start..end]);
            start = end;
        }
    }
    push_trimmed(&mut out, &paragraph[start..]);
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, s: &'a str) {
    let s = s.trim();
    if !s.is_empty() {
        out.push(s);
    }
}

/// `n` articles of about [`ARTICLE_BYTES`] of text each, shuffled from the bundled sentences
/// with `seed`, as the text of a baimo library file.
pub fn generate(n: usize, seed: u64) -> Result<String, String> {
    let (pools, publishers) = pools()?;
    let total: usize = pools.iter().map(|p| p.bytes).sum();
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut ids = HashSet::new();
    let mut articles = Vec::with_capacity(n);
    while articles.len() < n {
        // A script in proportion to how much text the corpus has in it.
        let mut pick = rng.usize(..total);
        let pool = pools
            .iter()
            .find(|p| {
                let hit = pick < p.bytes;
                pick = pick.saturating_sub(p.bytes);
                hit
            })
            .unwrap_or(&pools[0]);
        let stored = article(pool, &publishers, articles.len(), &mut rng);
        // Two identical texts would be one article (the id is a hash of the text).
        if ids.insert(stored.meta.id.clone()) {
            articles.push(stored);
        }
    }
    Ok(library::to_json(&articles))
}

/// One article: sentences of `pool` in a shuffled order (none twice while the pool lasts),
/// two to five to a paragraph, up to [`ARTICLE_BYTES`].
fn article(pool: &Pool, publishers: &[String], number: usize, rng: &mut fastrand::Rng) -> Stored {
    let mut order: Vec<usize> = (0..pool.sentences.len()).collect();
    rng.shuffle(&mut order);
    let mut next = order.iter().cycle();
    let mut raw = String::new();
    while raw.len() < ARTICLE_BYTES {
        if !raw.is_empty() {
            raw.push('\n');
        }
        for _ in 0..rng.usize(2..=5) {
            raw.push_str(&pool.sentences[*next.next().unwrap_or(&0)]);
        }
    }
    // A headline: the first clause of some sentence of the pool, as short as headlines are.
    let lead = &pool.sentences[rng.usize(..pool.sentences.len())];
    let clause = lead
        .split(['，', '。', '：', '；', '！', '？', ',', ':'])
        .find(|c| c.chars().count() >= 4)
        .unwrap_or(lead);
    let title: String = clause.chars().take(28).collect();
    let date = format!(
        "{}-{:02}-{:02}",
        rng.u32(2023..=2024),
        rng.u32(1..=12),
        rng.u32(1..=28)
    );
    let meta = ArticleMeta {
        id: article_id(&raw),
        title,
        title_basis: "page".into(),
        publisher: publishers[rng.usize(..publishers.len())].clone(),
        author: None,
        date: date.clone(),
        date_basis: DateBasis {
            kind: DateKind::Stated,
            reason: format!("bench corpus article {}: {date}", number + 1),
        },
        written: None,
        script: pool.script,
        url: None,
        tags: Vec::new(),
    };
    let source = Source {
        file_name: Some(format!("bench-{:04}.txt", number + 1)),
        bytes: raw.len(),
        format: Format::Text,
        encoding: Some(Encoding::Utf8),
        detection: Some(Detection::Valid),
        replaced: 0,
    };
    Stored {
        meta,
        raw,
        source,
        imported: IMPORTED.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_their_punctuation_and_quotes() {
        assert_eq!(
            sentences("他说：“好。”然后走了！最后一句"),
            ["他说：“好。”", "然后走了！", "最后一句"]
        );
        assert!(sentences("  ").is_empty());
    }

    #[test]
    fn generated_library_is_valid_deterministic_and_sized() {
        let json = generate(12, SEED).unwrap();
        assert_eq!(json, generate(12, SEED).unwrap(), "same seed, same file");
        assert_ne!(json, generate(12, SEED + 1).unwrap());
        let articles = library::parse(&json).expect("a library file the app accepts");
        assert_eq!(articles.len(), 12);
        let ids: HashSet<_> = articles.iter().map(|a| &a.meta.id).collect();
        assert_eq!(ids.len(), 12, "distinct articles");
        let text: usize = articles.iter().map(|a| a.raw.len()).sum();
        assert!(
            (12 * ARTICLE_BYTES..=12 * (ARTICLE_BYTES + 2_000)).contains(&text),
            "{text} bytes of text"
        );
        for a in &articles {
            assert_eq!(a.meta.id, article_id(&a.raw));
            assert!(!a.meta.title.is_empty() && a.meta.title.chars().count() <= 28);
            // Cleaning keeps nearly all of it: the text is already clean prose.
            let cleaned = a.article().text.len();
            assert!(
                cleaned * 10 >= a.raw.len() * 9,
                "{cleaned} of {}",
                a.raw.len()
            );
        }
    }

    #[test]
    fn bundled_text_is_every_article() {
        let text = bundled_text().unwrap();
        let corpus = bundled::corpus().unwrap();
        for article in &corpus.articles {
            assert!(text.contains(&article.text));
        }
    }
}
