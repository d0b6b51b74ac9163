//! Which files of a folder or an archive are read as articles: the article-like ones
//! (text, Markdown, web pages); hidden files, macOS's `__MACOSX/` shadows and everything else
//! (images, PDFs, spreadsheets) are skipped, each with its reason.

use std::fmt;

/// The extensions read as articles (lower case): what [`super::Format::from_name`] knows, and
/// plain text.
pub const ARTICLE_EXTENSIONS: [&str; 9] = [
    "txt", "text", "md", "markdown", "mdown", "html", "htm", "xhtml", "shtml",
];

/// Why a file in a folder or archive is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// Its name, or a folder on its path, starts with `.` (`.DS_Store`, `.git/`), or it is in
    /// the `__MACOSX/` folder macOS adds to the archives it makes.
    Hidden,
    /// Not an article file: its extension (lower case; empty when it has none).
    NotArticle(String),
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::Hidden => write!(f, "a hidden file"),
            Skip::NotArticle(ext) if ext.is_empty() => write!(f, "not an article file"),
            Skip::NotArticle(ext) => write!(f, "not an article file (.{ext})"),
        }
    }
}

/// True for a path (`/` or `\` separated) with a hidden part or in `__MACOSX/`.
pub fn is_hidden(path: &str) -> bool {
    path.split(['/', '\\'])
        .any(|part| part.starts_with('.') && part != "." && part != ".." || part == "__MACOSX")
}

/// The lower-case extension of a path's last part (empty when it has none).
pub fn extension(path: &str) -> String {
    let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
    base.rsplit_once('.')
        .filter(|(stem, _)| !stem.is_empty())
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default()
}

/// True for a `.zip` archive's path.
pub fn is_zip(path: &str) -> bool {
    extension(path) == "zip"
}

/// Why the file at `path` (inside a folder or archive) is not read as an article, or `None`
/// when it is.
pub fn skip(path: &str) -> Option<Skip> {
    if is_hidden(path) {
        return Some(Skip::Hidden);
    }
    let ext = extension(path);
    (!ARTICLE_EXTENSIONS.contains(&ext.as_str())).then_some(Skip::NotArticle(ext))
}

/// The last part of a path: the file's own name, without the folders it sat in.
pub fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_skipped_and_why() {
        let not = |e: &str| Some(Skip::NotArticle(e.to_owned()));
        for (path, expected) in [
            ("articles/2024-04-09-a.md", None),
            ("a.MD", None),
            ("notes.txt", None),
            ("page.htm", None),
            ("deep/er/page.html", None),
            ("x.markdown", None),
            (".DS_Store", Some(Skip::Hidden)),
            ("a/.git/config", Some(Skip::Hidden)),
            ("__MACOSX/articles/._a.md", Some(Skip::Hidden)),
            ("articles/._a.md", Some(Skip::Hidden)),
            ("./a.md", None),
            ("photo.jpg", not("jpg")),
            ("report.PDF", not("pdf")),
            ("library.json", not("json")),
            ("README", not("")),
            ("folder\\.hidden\\a.txt", Some(Skip::Hidden)),
        ] {
            assert_eq!(skip(path), expected, "{path}");
        }
    }

    #[test]
    fn names_and_extensions() {
        for (path, ext, base) in [
            ("a/b/c.Md", "md", "c.Md"),
            ("a\\b.txt", "txt", "b.txt"),
            ("noext", "", "noext"),
            ("dir.d/noext", "", "noext"),
            ("archive.ZIP", "zip", "archive.ZIP"),
        ] {
            assert_eq!(extension(path), ext, "{path}");
            assert_eq!(base_name(path), base, "{path}");
        }
        assert!(is_zip("x/y.zip"));
        assert!(!is_zip("zip"));
        assert!(!is_zip(".zip"));
    }

    #[test]
    fn skip_reasons_read() {
        assert_eq!(Skip::Hidden.to_string(), "a hidden file");
        assert_eq!(
            Skip::NotArticle("pdf".into()).to_string(),
            "not an article file (.pdf)"
        );
        assert_eq!(
            Skip::NotArticle(String::new()).to_string(),
            "not an article file"
        );
    }
}
