//! Fixtures the crate's tests share, each built once per test run: building the segmenter
//! loads jieba's 349,045 words, and analysing or indexing the bundled corpus cuts every
//! paragraph of it, so no test module should do either on its own.

use crate::analysis::{analyse, Analysis};
use crate::corpus::{Article, ArticleMeta, Corpus, DateBasis, DateKind, Script};
use crate::explore::search::Index;
use crate::registry::Registry;
use crate::segment::Segmenter;
use std::sync::LazyLock;

/// The segmenter with the embedded dictionary and the bundled domain dictionary and registry.
pub(crate) fn segmenter() -> &'static Segmenter {
    static SEGMENTER: LazyLock<Segmenter> =
        LazyLock::new(|| Segmenter::new().expect("segmenter builds"));
    &SEGMENTER
}

/// The bundled corpus, cleaned.
pub(crate) fn corpus() -> &'static Corpus {
    static CORPUS: LazyLock<Corpus> =
        LazyLock::new(|| crate::bundled::corpus().expect("bundled corpus loads"));
    &CORPUS
}

/// The bundled corpus and its analysis ([`analyse`] with [`segmenter`] and the bundled
/// registry).
pub(crate) fn bundled() -> (&'static Corpus, &'static Analysis) {
    static ANALYSIS: LazyLock<Analysis> =
        LazyLock::new(|| analyse(corpus(), segmenter(), Registry::bundled()));
    (corpus(), &ANALYSIS)
}

/// The bundled corpus indexed for search ([`Index::build`] with [`segmenter`]).
pub(crate) fn index() -> &'static Index {
    static INDEX: LazyLock<Index> = LazyLock::new(|| Index::build(corpus(), segmenter()));
    &INDEX
}

/// A simplified-script article titled with its id, dated `date` (stated), whose cleaned text
/// is `text` (already clean: cleaning keeps it).
pub(crate) fn article(id: &str, date: &str, text: &str) -> Article {
    let meta = ArticleMeta {
        id: id.to_owned(),
        title: id.to_owned(),
        title_basis: "page".to_owned(),
        publisher: "测试".to_owned(),
        author: None,
        date: date.to_owned(),
        date_basis: DateBasis {
            kind: DateKind::Stated,
            reason: String::new(),
        },
        written: None,
        script: Script::Simplified,
        url: None,
        tags: Vec::new(),
    };
    Article::from_raw(meta, text.to_owned())
}

/// The registry's source files (`corpus/registry/*.toml`), as `(file name, text)` sorted by
/// name: what `build.rs` reads, for tests that check the files themselves.
pub(crate) fn registry_files() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/registry");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("corpus/registry reads")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                std::fs::read_to_string(&p).expect("registry file reads"),
            )
        })
        .collect();
    files.sort();
    files
}

/// The bundled registry parsed from its source files (not the shipped JSON).
pub(crate) fn registry_from_files() -> Registry {
    let files = registry_files();
    Registry::parse_files(files.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .expect("the registry's files parse")
}
