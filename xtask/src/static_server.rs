//! A small static file server for `dist/`, used by `serve`, `test` and `bench`.
//!
//! It behaves like the plain static hosts the site is deployed to, with no rewrite rules: a
//! file is served if it exists, a folder's `index.html` answers for it, a folder asked for
//! without its trailing slash is redirected to it (`/timeline` → `/timeline/`, as nginx, Apache
//! and GitHub Pages do), and anything else is a 404: plain, or the site's `404.html` as
//! GitHub Pages and Netlify do ([`Options::not_found_page`]). The site can be mounted under a
//! sub-path ([`Options::mount`]), like a project page. MIME types are right (browsers refuse
//! to stream-compile wasm not served as `application/wasm`), and caching headers are the ones
//! the README asks hosts for. One thread per connection, `Connection: close`: plenty for a
//! local browser.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// How to serve a site.
#[derive(Clone, Debug)]
pub struct Options {
    /// Port on 127.0.0.1 (0: any free port).
    pub port: u16,
    /// Where the site sits: `/`, or a sub-path such as `/baimo/` (leading and trailing `/`).
    pub mount: String,
    /// Answer an address with no file with the site's `404.html` (status 404), as GitHub Pages
    /// and Netlify do; otherwise with a plain-text 404.
    pub not_found_page: bool,
    /// Print each request to stderr.
    pub log: bool,
}

/// A running server; it stops with the process.
pub struct Server {
    pub addr: SocketAddr,
    mount: String,
    thread: JoinHandle<()>,
}

impl Server {
    /// Serve `root` at the domain root of 127.0.0.1:`port` (0: any free port), with its
    /// 404.html for unknown addresses. With `log`, each request is printed to stderr.
    pub fn start(root: &Path, port: u16, log: bool) -> io::Result<Server> {
        Server::start_with(
            root,
            Options {
                port,
                mount: "/".into(),
                not_found_page: true,
                log,
            },
        )
    }

    /// Serve `root` from a background thread as `options` say.
    pub fn start_with(root: &Path, options: Options) -> io::Result<Server> {
        if !(options.mount.starts_with('/') && options.mount.ends_with('/')) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("mount `{}` must start and end with /", options.mount),
            ));
        }
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, options.port))?;
        let addr = listener.local_addr()?;
        let mount = options.mount.clone();
        let site = Arc::new((root.to_path_buf(), options));
        let thread = thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let site = Arc::clone(&site);
                thread::spawn(move || {
                    let (root, options) = &*site;
                    if let Err(err) = handle(stream, root, options) {
                        if options.log {
                            eprintln!("static server: {err}");
                        }
                    }
                });
            }
        });
        Ok(Server {
            addr,
            mount,
            thread,
        })
    }

    /// The site's address, ending in `/`: `http://127.0.0.1:PORT/` or `…/baimo/`.
    pub fn url(&self) -> String {
        format!("http://{}{}", self.addr, self.mount)
    }

    /// Block for as long as the server runs (until the process is stopped).
    pub fn wait(self) {
        let _ = self.thread.join();
    }
}

fn handle(stream: TcpStream, root: &Path, options: &Options) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut header_bytes = 0;
    loop {
        let mut line = String::new();
        let n = reader.read_line(&mut line)?;
        header_bytes += n;
        if n == 0 || line == "\r\n" || line == "\n" || header_bytes > 64 * 1024 {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let response = respond(root, options, method, target);
    if options.log {
        eprintln!("{method} {target} -> {}", response.status);
    }
    let mut out = &stream;
    write!(
        out,
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: {}\r\n\
         X-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        response.status,
        response.content_type,
        response.body.len(),
        response.cache_control,
    )?;
    if let Some(location) = &response.location {
        write!(out, "Location: {location}\r\n")?;
    }
    write!(out, "\r\n")?;
    if method != "HEAD" {
        out.write_all(&response.body)?;
    }
    out.flush()
}

struct Response {
    status: &'static str,
    content_type: &'static str,
    cache_control: &'static str,
    location: Option<String>,
    body: Vec<u8>,
}

impl Response {
    fn text(status: &'static str, body: &str) -> Response {
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            cache_control: "no-cache",
            location: None,
            body: body.as_bytes().to_vec(),
        }
    }

    fn redirect(location: String) -> Response {
        Response {
            location: Some(location),
            ..Response::text("301 Moved Permanently", "moved\n")
        }
    }

    fn file(status: &'static str, path: &Path, body: Vec<u8>) -> Response {
        Response {
            status,
            content_type: mime(path),
            cache_control: cache_control(path),
            location: None,
            body,
        }
    }
}

fn respond(root: &Path, options: &Options, method: &str, target: &str) -> Response {
    if method != "GET" && method != "HEAD" {
        return Response::text("405 Method Not Allowed", "only GET and HEAD\n");
    }
    let (raw_path, query) = match target.split('#').next().unwrap_or("").split_once('?') {
        Some((path, query)) => (path, format!("?{query}")),
        None => (target.split('#').next().unwrap_or(""), String::new()),
    };
    let Some(url_path) = percent_decode(raw_path) else {
        return Response::text("400 Bad Request", "bad path\n");
    };
    let mount = options.mount.as_str();
    // The mount point without its slash is a folder asked for without one.
    if format!("{url_path}/") == mount {
        return Response::redirect(format!("{raw_path}/{query}"));
    }
    let Some(inside) = url_path.strip_prefix(&mount[..mount.len() - 1]) else {
        return Response::text("404 Not Found", "not found\n");
    };
    let Some(mut file) = resolve(root, inside) else {
        return Response::text("400 Bad Request", "bad path\n");
    };
    if file.is_dir() {
        if !url_path.ends_with('/') {
            return Response::redirect(format!("{raw_path}/{query}"));
        }
        file.push("index.html");
    }
    if file.is_file() {
        if let Ok(body) = std::fs::read(&file) {
            return Response::file("200 OK", &file, body);
        }
    }
    let page = root.join("404.html");
    match std::fs::read(&page) {
        Ok(body) if options.not_found_page => Response::file("404 Not Found", &page, body),
        _ => Response::text("404 Not Found", "not found\n"),
    }
}

/// The caching a host should send (README, "Hosting"): files whose names carry a content
/// hash (trunk's `main-<hash>.css`, `baimo-web-<hash>_bg.wasm`) never change, so they are kept
/// for a year; anything else (pages, sw.js, the manifest and its icons) is revalidated.
pub fn cache_control(path: &Path) -> &'static str {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hashed = stem.rsplit_once('-').is_some_and(|(_, hash)| {
        hash.len() >= 8
            && hash
                .chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
    });
    if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// `url_path` (decoded, starting with `/`) as a file under `root`; `None` if it tries to leave it.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    if !url_path.starts_with('/') {
        return None;
    }
    let mut file = root.to_path_buf();
    for segment in url_path.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            s if s.contains(['\\', '\0']) => return None,
            s => file.push(s),
        }
    }
    Some(file)
}

/// Decode `%XX` escapes; `None` for malformed escapes or non-UTF-8 results.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

pub fn mime(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" | "dict" => "text/plain; charset=utf-8",
        "toml" => "application/toml",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// A throwaway site (index.html, 404.html, app.wasm, js/app-<hash>.js, timeline/index.html),
    /// deleted on drop.
    struct Site(PathBuf);

    impl Site {
        fn new(name: &str) -> Site {
            let dir =
                std::env::temp_dir().join(format!("xtask-static-{}-{name}", std::process::id()));
            std::fs::create_dir_all(dir.join("js")).unwrap();
            std::fs::create_dir_all(dir.join("timeline")).unwrap();
            std::fs::write(dir.join("index.html"), "<!doctype html><title>app</title>").unwrap();
            std::fs::write(dir.join("404.html"), "<!doctype html><title>lost</title>").unwrap();
            std::fs::write(dir.join("timeline/index.html"), "<title>timeline</title>").unwrap();
            std::fs::write(dir.join("app.wasm"), b"\0asm\x01\0\0\0").unwrap();
            std::fs::write(dir.join("js/app-0123456789abcdef.js"), "export {}").unwrap();
            Site(dir)
        }

        fn serve(&self, mount: &str, not_found_page: bool) -> Server {
            let options = Options {
                port: 0,
                mount: mount.into(),
                not_found_page,
                log: false,
            };
            Server::start_with(&self.0, options).unwrap()
        }
    }

    impl Drop for Site {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// The status line, headers (lower-cased names) and body of a raw request.
    struct Got {
        status: String,
        headers: Vec<(String, String)>,
        body: String,
    }

    impl Got {
        fn header(&self, name: &str) -> &str {
            self.headers
                .iter()
                .find(|(n, _)| n == name)
                .map_or("", |(_, v)| v.as_str())
        }
    }

    fn get(server: &Server, method: &str, path: &str) -> Got {
        let mut s = TcpStream::connect(server.addr).unwrap();
        write!(s, "{method} {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut raw = String::new();
        s.read_to_string(&mut raw).unwrap();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap();
        let mut lines = head.lines();
        let status = lines.next().unwrap().to_string();
        let headers = lines
            .filter_map(|l| l.split_once(": "))
            .map(|(n, v)| (n.to_ascii_lowercase(), v.to_string()))
            .collect();
        Got {
            status,
            headers,
            body: body.to_string(),
        }
    }

    #[test]
    fn serves_files_with_mime_types_and_caching() {
        let site = Site::new("serves_files");
        let server = site.serve("/", false);
        let index = get(&server, "GET", "/");
        assert_eq!(index.status, "HTTP/1.1 200 OK");
        assert_eq!(index.header("content-type"), "text/html; charset=utf-8");
        assert_eq!(index.header("cache-control"), "no-cache");
        assert!(index.body.contains("<title>app"));
        assert_eq!(
            get(&server, "GET", "/app.wasm").header("content-type"),
            "application/wasm"
        );
        let js = get(&server, "GET", "/js/app-0123456789abcdef.js?v=1");
        assert_eq!(js.header("content-type"), "text/javascript; charset=utf-8");
        assert_eq!(
            js.header("cache-control"),
            "public, max-age=31536000, immutable"
        );
        let head = get(&server, "HEAD", "/js/app-0123456789abcdef.js");
        assert_eq!(
            (head.status.as_str(), head.body.as_str()),
            ("HTTP/1.1 200 OK", "")
        );
    }

    #[test]
    fn folders_redirect_to_their_slash_and_serve_their_index() {
        let site = Site::new("folders");
        let server = site.serve("/", false);
        let moved = get(&server, "GET", "/timeline?c=x");
        assert_eq!(moved.status, "HTTP/1.1 301 Moved Permanently");
        assert_eq!(moved.header("location"), "/timeline/?c=x");
        assert!(get(&server, "GET", "/timeline/")
            .body
            .contains("<title>timeline"));
    }

    #[test]
    fn no_rewrites_unknown_addresses_are_404() {
        let site = Site::new("no_rewrites");
        let plain = site.serve("/", false);
        for path in [
            "/read/000_946407f189b5cffc.txt",
            "/no/such/page",
            "/missing.js",
        ] {
            let got = get(&plain, "GET", path);
            assert_eq!(got.status, "HTTP/1.1 404 Not Found", "{path}");
            assert_eq!(got.body, "not found\n");
        }
        // Like GitHub Pages: the site's 404.html, still with status 404.
        let pages = site.serve("/", true);
        let got = get(&pages, "GET", "/read/000_946407f189b5cffc.txt");
        assert_eq!(got.status, "HTTP/1.1 404 Not Found");
        assert_eq!(got.header("content-type"), "text/html; charset=utf-8");
        assert!(got.body.contains("<title>lost"));
    }

    #[test]
    fn serves_under_a_sub_path_only() {
        let site = Site::new("sub_path");
        let server = site.serve("/baimo/", true);
        assert_eq!(server.url(), format!("http://{}/baimo/", server.addr));
        assert!(get(&server, "GET", "/baimo/").body.contains("<title>app"));
        assert!(get(&server, "GET", "/baimo/timeline/")
            .body
            .contains("<title>timeline"));
        assert_eq!(get(&server, "GET", "/baimo").header("location"), "/baimo/");
        assert_eq!(
            get(&server, "GET", "/baimo/timeline").header("location"),
            "/baimo/timeline/"
        );
        let outside = get(&server, "GET", "/index.html");
        assert_eq!(
            (outside.status.as_str(), outside.body.as_str()),
            ("HTTP/1.1 404 Not Found", "not found\n")
        );
        assert!(get(&server, "GET", "/baimo/nope")
            .body
            .contains("<title>lost"));
    }

    #[test]
    fn stays_inside_the_root() {
        let site = Site::new("stays_inside");
        let server = site.serve("/", false);
        for path in [
            "/../Cargo.toml",
            "/%2e%2e/Cargo.toml",
            "/js/..%2F..%2Fetc/passwd",
            "/%zz",
        ] {
            assert_eq!(
                get(&server, "GET", path).status,
                "HTTP/1.1 400 Bad Request",
                "{path}"
            );
        }
        assert_eq!(
            get(&server, "POST", "/").status,
            "HTTP/1.1 405 Method Not Allowed"
        );
    }

    #[test]
    fn hashed_names_are_immutable() {
        for (name, hashed) in [
            ("main-8645d5dd6cd9c490.css", true),
            ("corpus-c4bf8e04c1fa910.css", true),
            ("baimo-web-ab752dc97fd57201_bg.wasm", true),
            ("baimo-web-ab752dc97fd57201.js", true),
            ("index.html", false),
            ("sw.js", false),
            ("manifest.webmanifest", false),
            ("icon-maskable.svg", false),
        ] {
            let immutable = cache_control(Path::new(name)).contains("immutable");
            assert_eq!(immutable, hashed, "{name}");
        }
    }
}
