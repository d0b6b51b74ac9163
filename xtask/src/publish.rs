//! From trunk's `dist/` to the site we publish; run by [`crate::site::build`] after trunk.
//!
//! One build works at `/` and under any sub-path of a plain static host, with no rewrite
//! rules, and offline after one visit:
//!
//! - a copy of index.html in every route's folder (`timeline/index.html`,
//!   `read/<address>/index.html` for each bundled article), its `<base href>` pointing back at
//!   the site's root (`../`, `../../`), so a deep link loads from a plain file; and one at each
//!   bundled article's old address, its id whole (`read/000_….txt/`), so links made before
//!   addresses dropped the `.txt` still load on a host without a 404 page (the app then moves
//!   to the new address);
//! - `404.html`, for hosts that answer unknown addresses with it (GitHub Pages, Netlify…): its
//!   script (public/not-found.js) finds the site's root and starts the app there;
//! - in each page, the Content-Security-Policy's nonce placeholder replaced by the hashes of
//!   that page's inline scripts (trunk's wasm loader; 404.html's own script);
//! - in each bundled article's page, its cleaned text as plain HTML (`<main id="prerendered">`),
//!   so a first visit reads it as soon as the page arrives; the app replaces it when it starts
//!   (src/main.rs) with the same text, words and all;
//! - jieba's dictionary (`jieba.dict`, copied by trunk under a fixed name) renamed after its
//!   content's hash, and the page's preload link pointed at that name: it changes once in a
//!   jieba-rs release, so hosts may keep it for a year like trunk's hashed files;
//! - the build's version, a hash of every file, in `<meta name="baimo-build">` and in `sw.js`,
//!   with the files the service worker keeps and the app's routes.

use anyhow::{bail, ensure, Context, Result};
use baimo_core::explore::reader;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// The app's routes without parameters (src/app.rs), each getting a folder with a copy of the
/// shell; `/read/<address>` gets one per bundled article. `import` is the import view's address.
pub const ROUTES: [&str; 6] = [
    "timeline",
    "compare",
    "search",
    "corpus",
    "import",
    "companies",
];

/// What trunk writes and we rewrite, each exactly once in index.html.
const BASE_TAG: &str = r#"<base href="./">"#;
const NONCE_SOURCE: &str = "'nonce-{{__TRUNK NONCE__}}'";
const NONCE_ATTR: &str = r#" nonce="{{__TRUNK NONCE__}}""#;
const BUILD_META: &str = r#"<meta name="baimo-build" content="dev">"#;
const CSP_META_START: &str = r#"<meta http-equiv="Content-Security-Policy""#;
/// Where a page's pre-rendered article goes.
const BODY_OPEN: &str = "<body>";
/// index.html's preload of jieba's dictionary, under the name trunk copies it to.
const DICTIONARY: &str = "jieba.dict";
const DICTIONARY_HREF: &str = r#"href="jieba.dict""#;
/// The line of public/sw.js that gets this build's facts.
const SW_BUILD_LINE: &str = "const BUILD = null;";

/// The script of 404.html (inlined: it runs before the page knows where the site's files are).
const NOT_FOUND_SCRIPT: &str = include_str!("../../public/not-found.js");

/// What [`publish`] made.
pub struct Published {
    /// The build's version: the first 16 hex digits of a hash over every file.
    pub version: String,
    /// How many copies of the shell it wrote (one per route and per article).
    pub shells: usize,
    /// How many files the service worker keeps.
    pub precached: usize,
}

/// Rewrites trunk's `dist` in place into the published site (see the module's doc);
/// `articles` are the bundled article ids, each one `read/<address>/` (and its old address).
pub fn publish(dist: &Path, articles: &[String]) -> Result<Published> {
    let index_path = dist.join("index.html");
    let template = std::fs::read_to_string(&index_path)
        .with_context(|| format!("reading {}", index_path.display()))?
        .replace(NONCE_ATTR, "");
    for marker in [
        BASE_TAG,
        NONCE_SOURCE,
        BUILD_META,
        CSP_META_START,
        DICTIONARY_HREF,
    ] {
        ensure!(
            template.matches(marker).count() == 1,
            "{} should have `{marker}` exactly once (see index.html and Trunk.toml)",
            index_path.display()
        );
    }
    let template = template.replace(
        DICTIONARY_HREF,
        &format!(r#"href="{}""#, hash_dictionary_name(dist)?),
    );
    let sw_path = dist.join("sw.js");
    let sw = std::fs::read_to_string(&sw_path)
        .with_context(|| format!("reading {}", sw_path.display()))?;
    ensure!(
        sw.matches(SW_BUILD_LINE).count() == 1,
        "{} should have the line `{SW_BUILD_LINE}` exactly once",
        sw_path.display()
    );

    // Every page, keyed by its path in dist/, still with the "dev" version.
    let mut pages = BTreeMap::new();
    pages.insert("index.html".to_owned(), with_csp(&template, &[])?);
    let mut shell = |folder: String, base: &str, body: Option<String>| -> Result<()> {
        let mut html = template.replace(BASE_TAG, &format!(r#"<base href="{base}">"#));
        if let Some(body) = body {
            html = html.replacen(BODY_OPEN, &format!("{BODY_OPEN}\n{body}"), 1);
        }
        pages.insert(format!("{folder}/index.html"), with_csp(&html, &[])?);
        Ok(())
    };
    for route in ROUTES {
        shell(route.to_owned(), "../", None)?;
    }
    for id in articles {
        ensure!(
            is_safe_segment(id),
            "article id `{id}` can't be a folder name"
        );
        let address = reader::address(id);
        shell(format!("read/{address}"), "../../", prerendered(id))?;
        if address != id {
            // The old address: only a way in, so no text of its own; the app redirects.
            shell(format!("read/{id}"), "../../", None)?;
        }
    }
    let shells = pages.len() - 1;
    pages.insert("404.html".to_owned(), not_found_page(&template)?);

    // The version covers every file but sw.js, whose only change is the version itself, and
    // the worker's own code; trunk has already put fresh hashed assets in dist/.
    let mut hasher = Sha256::new();
    for file in files(dist)? {
        if file == "sw.js" || pages.contains_key(&file) {
            continue;
        }
        hash_entry(&mut hasher, &file, &std::fs::read(dist.join(&file))?);
    }
    for (file, html) in &pages {
        hash_entry(&mut hasher, file, html.as_bytes());
    }
    hash_entry(&mut hasher, "sw.js", sw.as_bytes());
    let version = hex(&hasher.finalize())[..16].to_owned();

    let build_meta = BUILD_META.replace(r#"content="dev""#, &format!(r#"content="{version}""#));
    for (file, html) in &pages {
        let path = dist.join(file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, html.replace(BUILD_META, &build_meta))
            .with_context(|| format!("writing {}", path.display()))?;
    }

    // The worker keeps the shell (index.html) and every file it loads; the copies of the
    // shell and 404.html are for the server, never asked for once the worker answers.
    let precache: Vec<String> = files(dist)?
        .into_iter()
        .filter(|f| {
            f == "index.html" || !(f.ends_with("/index.html") || f == "404.html" || f == "sw.js")
        })
        .collect();
    let build = serde_json::json!({ "version": version, "files": precache, "routes": ROUTES });
    std::fs::write(
        &sw_path,
        sw.replace(SW_BUILD_LINE, &format!("const BUILD = {build};")),
    )?;
    Ok(Published {
        version,
        shells,
        precached: precache.len(),
    })
}

/// A bundled article's title and cleaned paragraphs as the reader lays them out, for its page
/// to show before the app starts; `None` for an id that is not a bundled article.
fn prerendered(id: &str) -> Option<String> {
    let article = baimo_core::bundled::article(id).ok()??;
    let lang = article.meta.script.lang_tag();
    let text = |s: &str| html_escape::encode_text(s).into_owned();
    let paragraphs: String = article
        .paragraphs()
        .enumerate()
        .map(|(i, p)| format!("<p id=\"p{i}\">{}</p>", text(p)))
        .collect();
    Some(format!(
        r#"<main class="reader" id="prerendered"><header class="article-header" lang="{lang}"><h1>{}</h1></header><div class="reading"><div class="clean-text"><article lang="{lang}">{paragraphs}</article></div></div></main>"#,
        text(&article.meta.title)
    ))
}

/// Renames `dist/jieba.dict` to `jieba-<hash>.dict`, returning the new name.
fn hash_dictionary_name(dist: &Path) -> Result<String> {
    let from = dist.join(DICTIONARY);
    let bytes = std::fs::read(&from).with_context(|| {
        format!(
            "reading {} (index.html copies corpus/dict/jieba.dict)",
            from.display()
        )
    })?;
    let name = format!("jieba-{}.dict", &hex(&Sha256::digest(&bytes))[..16]);
    std::fs::rename(&from, dist.join(&name))?;
    Ok(name)
}

/// `html` with its policy's nonce placeholder replaced by the hashes of its inline scripts and
/// of `more` (scripts it will run that are not in it yet).
fn with_csp(html: &str, more: &[&str]) -> Result<String> {
    let mut scripts = inline_scripts(html);
    scripts.extend_from_slice(more);
    let hashes: Vec<String> = scripts.iter().map(|s| csp_hash(s)).collect();
    if hashes.is_empty() {
        return Ok(html.replace(&format!(" {NONCE_SOURCE}"), ""));
    }
    Ok(html.replace(NONCE_SOURCE, &hashes.join(" ")))
}

/// The text of every `<script>` without a `src`, exactly as the browser hashes it.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(tag_len) = rest[start..].find('>') else {
            break;
        };
        let body = start + tag_len + 1;
        let Some(body_len) = rest[body..].find("</script>") else {
            break;
        };
        if !rest[start..body].contains(" src=") {
            scripts.push(&rest[body..body + body_len]);
        }
        rest = &rest[body + body_len..];
    }
    scripts
}

/// A CSP hash source: `'sha256-<base64>'`.
fn csp_hash(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// 404.html: the shell's policy (allowing its own script and the shell's, which it writes into
/// itself), the script, and a message for when the site's root can't be found.
fn not_found_page(template: &str) -> Result<String> {
    let start = template.find(CSP_META_START).context("no policy")?;
    let len = template[start..].find('>').context("unclosed policy")? + 1;
    let csp = &template[start..start + len];
    let html = format!(
        r#"<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8">
    {csp}
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>百模 baimo</title>
    <script>{NOT_FOUND_SCRIPT}</script>
  </head>
  <body>
    <main id="lost" hidden>
      <h1>找不到这个页面 · Page not found</h1>
      <p>这个地址没有页面，也找不到百模的首页。/ There is no page at this address, and baimo's home page could not be found.</p>
    </main>
    <noscript>
      <p>百模需要启用 JavaScript（WebAssembly）才能显示文章。/ baimo needs JavaScript (WebAssembly) to show the articles.</p>
    </noscript>
  </body>
</html>
"#
    );
    with_csp(&html, &inline_scripts(template))
}

/// Every file under `dir`, as paths relative to it with `/` separators, sorted.
fn files(dir: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir)?;
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if !parts.iter().all(|p| is_safe_segment(p)) {
                    bail!("{}: unexpected characters in a file name", path.display());
                }
                out.push(parts.join("/"));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// A name that needs no escaping in a URL or a folder: letters, digits, `.`, `_`, `-`.
fn is_safe_segment(s: &str) -> bool {
    !s.is_empty()
        && s != "."
        && s != ".."
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

fn hash_entry(hasher: &mut Sha256, name: &str, bytes: &[u8]) {
    hasher.update(name.as_bytes());
    hasher.update([0]);
    hasher.update(Sha256::digest(bytes));
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// A throwaway trunk output, deleted on drop.
    struct Dist(PathBuf);

    const INDEX: &str = r#"<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-{{__TRUNK NONCE__}}'">
<base href="./">
<meta name="baimo-build" content="dev">
<link rel="preload" href="jieba.dict" as="fetch" crossorigin>
<link rel="stylesheet" href="./main-0123456789abcdef.css" nonce="{{__TRUNK NONCE__}}"/>
<script type="module" nonce="{{__TRUNK NONCE__}}">alert(1)</script>
<script type="module" src="./x.js"></script>
</head><body></body></html>"#;

    impl Dist {
        fn new(name: &str) -> Dist {
            let dir =
                std::env::temp_dir().join(format!("xtask-publish-{}-{name}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("index.html"), INDEX).unwrap();
            std::fs::write(dir.join("main-0123456789abcdef.css"), "body{}").unwrap();
            std::fs::write(dir.join("sw.js"), "const BUILD = null;\nself;\n").unwrap();
            std::fs::write(dir.join("jieba.dict"), "words").unwrap();
            Dist(dir)
        }

        fn read(&self, file: &str) -> String {
            std::fs::read_to_string(self.0.join(file)).unwrap()
        }
    }

    impl Drop for Dist {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    const ALERT_HASH: &str = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";

    #[test]
    fn dictionary_gets_a_hashed_name_in_every_page_and_the_worker_list() {
        let dist = Dist::new("dict");
        publish(&dist.0, &["a1".to_owned()]).unwrap();
        let name = "jieba-dba36bffa5cab0f9.dict";
        assert!(!dist.0.join("jieba.dict").exists());
        assert_eq!(std::fs::read_to_string(dist.0.join(name)).unwrap(), "words");
        for page in ["index.html", "timeline/index.html", "read/a1/index.html"] {
            assert!(
                dist.read(page).contains(&format!(r#"href="{name}""#)),
                "{page}"
            );
        }
        assert!(dist.read("sw.js").contains(name));
    }

    #[test]
    fn bundled_articles_pages_carry_their_text_other_pages_none() {
        let dist = Dist::new("prerender");
        let id = baimo_core::bundled::metas().unwrap()[0].id.clone();
        publish(&dist.0, &[id.clone(), "a1".to_owned()]).unwrap();
        let article = baimo_core::bundled::article(&id).unwrap().unwrap();
        let page = dist.read(&format!("read/{}/index.html", reader::address(&id)));
        let first = article.paragraphs().next().unwrap();
        assert!(page.contains(r#"<main class="reader" id="prerendered">"#));
        assert!(page.contains(&format!(
            r#"<p id="p0">{}</p>"#,
            html_escape::encode_text(first)
        )));
        assert_eq!(page.matches("<p id=").count(), article.paragraphs().count());
        let old = format!("read/{id}/index.html");
        for other in [
            "index.html",
            "timeline/index.html",
            "read/a1/index.html",
            &old,
        ] {
            assert!(!dist.read(other).contains("prerendered"), "{other}");
        }
    }

    #[test]
    fn finds_and_hashes_inline_scripts_only() {
        assert_eq!(inline_scripts(INDEX), vec!["alert(1)"]);
        assert_eq!(csp_hash("alert(1)"), ALERT_HASH);
    }

    #[test]
    fn writes_a_shell_per_route_and_article_with_its_base() {
        let dist = Dist::new("shells");
        let done = publish(&dist.0, &["a_1.txt".to_owned(), "mine-1".to_owned()]).unwrap();
        // a_1.txt at its address and its old one, mine-1 (no extension) once.
        assert_eq!(done.shells, ROUTES.len() + 3);
        let index = dist.read("index.html");
        assert!(index.contains(r#"<base href="./">"#));
        assert!(dist
            .read("timeline/index.html")
            .contains(r#"<base href="../">"#));
        for article in ["read/a_1", "read/a_1.txt", "read/mine-1"] {
            assert!(dist
                .read(&format!("{article}/index.html"))
                .contains(r#"<base href="../../">"#));
        }
        for page in ["index.html", "corpus/index.html", "read/a_1/index.html"] {
            let html = dist.read(page);
            assert!(
                html.contains(&format!("script-src 'self' {ALERT_HASH}\"")),
                "{page}: {html}"
            );
            assert!(!html.contains("TRUNK NONCE"), "{page}");
            assert!(html.contains(&format!(
                r#"<meta name="baimo-build" content="{}">"#,
                done.version
            )));
        }
    }

    #[test]
    fn not_found_page_allows_its_script_and_the_shells() {
        let dist = Dist::new("404");
        publish(&dist.0, &[]).unwrap();
        let html = dist.read("404.html");
        assert!(html.contains(&csp_hash(NOT_FOUND_SCRIPT)));
        assert!(html.contains(ALERT_HASH));
    }

    #[test]
    fn service_worker_gets_version_files_and_routes() {
        let dist = Dist::new("sw");
        let done = publish(&dist.0, &["a_1.txt".to_owned()]).unwrap();
        let sw = dist.read("sw.js");
        let line = sw.lines().next().unwrap();
        let json = line
            .strip_prefix("const BUILD = ")
            .and_then(|l| l.strip_suffix(';'))
            .unwrap();
        let build: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(build["version"], done.version.as_str());
        assert_eq!(
            build["files"],
            serde_json::json!([
                "index.html",
                "jieba-dba36bffa5cab0f9.dict",
                "main-0123456789abcdef.css"
            ])
        );
        assert_eq!(build["routes"], serde_json::json!(ROUTES));
        assert_eq!(done.precached, 3);
    }

    #[test]
    fn version_follows_the_files() {
        let (a, b) = (Dist::new("va"), Dist::new("vb"));
        std::fs::write(b.0.join("main-0123456789abcdef.css"), "body{color:red}").unwrap();
        let (va, vb) = (
            publish(&a.0, &[]).unwrap().version,
            publish(&b.0, &[]).unwrap().version,
        );
        assert_ne!(va, vb);
        let again = Dist::new("vc");
        assert_eq!(
            publish(&again.0, &[]).unwrap().version,
            va,
            "not deterministic"
        );
    }

    #[test]
    fn refuses_a_page_without_its_markers_or_a_bad_id() {
        let dist = Dist::new("markers");
        assert!(publish(&dist.0, &["../x".to_owned()]).is_err());
        std::fs::write(dist.0.join("index.html"), "<html></html>").unwrap();
        assert!(publish(&dist.0, &[]).is_err());
    }
}
