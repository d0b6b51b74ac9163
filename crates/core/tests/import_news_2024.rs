//! The real library in `../shared/news-2024/articles/` (918 reposted articles as Markdown with
//! YAML front matter; third-party text, read here and never copied into the repo): every file
//! that opens with front matter gets its title and date from it, and none of it is left in
//! the text.
//!
//! The folder is looked for beside the repository (`BAIMO_NEWS_2024` names another one, for
//! a worktree that sits elsewhere).

use baimo_core::import::decode::Choice;
use baimo_core::import::read_file;
use std::path::PathBuf;

fn articles_dir() -> PathBuf {
    std::env::var_os("BAIMO_NEWS_2024").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/news-2024/articles"),
        PathBuf::from,
    )
}

fn has_front_matter(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let first = first.trim_ascii_end();
    first == b"---" || first == b"+++"
}

#[test]
fn import_news_2024_reads_every_front_matter() {
    let dir = articles_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "the real library is missing: {} ({e}). It lives in ../shared/news-2024/articles/ \
             beside the repository; set BAIMO_NEWS_2024 to its folder if it is elsewhere",
            dir.display()
        )
    });
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no .md files in {}", dir.display());

    let (mut with_front_matter, mut problems) = (0, Vec::new());
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy();
        let bytes = std::fs::read(path).expect("readable");
        let draft = match read_file(&name, &bytes, Choice::Auto, "2026-12-03") {
            Ok(draft) => draft,
            Err(why) => {
                problems.push(format!("{name}: not imported: {why}"));
                continue;
            }
        };
        let (meta, raw) = (&draft.article.meta, &draft.article.raw);
        if raw.trim_start().starts_with("title:") {
            problems.push(format!("{name}: the text starts with its front matter"));
        }
        if !has_front_matter(&bytes) {
            continue;
        }
        with_front_matter += 1;
        if meta.title_basis != "front-matter" || meta.title.starts_with("title:") {
            problems.push(format!(
                "{name}: title {:?} not from front matter",
                meta.title
            ));
        }
        if !meta.date_basis.reason.starts_with("front matter") {
            problems.push(format!(
                "{name}: date {} from {:?}",
                meta.date, meta.date_basis.reason
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} files ({with_front_matter} with front matter):\n{}",
        problems.len(),
        paths.len(),
        problems.join("\n")
    );
    eprintln!(
        "{with_front_matter} of {} files: title and date from front matter",
        paths.len()
    );
}
