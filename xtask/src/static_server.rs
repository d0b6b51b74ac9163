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
//!
//! For `cargo xtask bench` ([`Server::start_measured`], [`Measured`]) it can also compress
//! text and wasm with gzip for browsers that accept it, as production hosts do, and keep a log
//! of every response body it sent, which the bench driver reads (and clears) at
//! [`SERVED_PATH`]: the bytes a visit really cost, service worker downloads included.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
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

/// What the bench adds to plain serving. The default adds nothing.
#[derive(Clone, Copy, Debug, Default)]
pub struct Measured {
    /// Send compressible files (text, scripts, styles, SVG, JSON, wasm) gzip-encoded
    /// (level 9, compressed once per file) to requests whose `Accept-Encoding` names gzip.
    pub gzip: bool,
    /// Log every response and answer `GET` [`SERVED_PATH`] with that log as JSON lines
    /// (`{"path":…,"status":…,"bytes":…,"gzip":…}`, bytes of the body as sent), emptying it.
    pub record: bool,
}

/// Where a recording server ([`Measured::record`]) lists what it served since the last ask.
/// No site has a file there.
pub const SERVED_PATH: &str = "/__bench__/served";

/// The state shared by a server's connections.
struct Site {
    root: PathBuf,
    options: Options,
    measured: Measured,
    /// Gzip bodies already made, by file path.
    gzipped: Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>,
    /// What was served since [`SERVED_PATH`] was last asked, one JSON line each.
    served: Mutex<Vec<String>>,
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
        Server::start_measured(root, options, Measured::default())
    }

    /// Serve `root` as `options` say, compressing and recording as `measured` says.
    pub fn start_measured(root: &Path, options: Options, measured: Measured) -> io::Result<Server> {
        if !(options.mount.starts_with('/') && options.mount.ends_with('/')) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("mount `{}` must start and end with /", options.mount),
            ));
        }
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, options.port))?;
        let addr = listener.local_addr()?;
        let mount = options.mount.clone();
        let site = Arc::new(Site {
            root: root.to_path_buf(),
            options,
            measured,
            gzipped: Mutex::default(),
            served: Mutex::default(),
        });
        let thread = thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let site = Arc::clone(&site);
                thread::spawn(move || {
                    if let Err(err) = handle(stream, &site) {
                        if site.options.log {
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

fn handle(stream: TcpStream, site: &Site) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut header_bytes = 0;
    let mut accepts_gzip = false;
    loop {
        let mut line = String::new();
        let n = reader.read_line(&mut line)?;
        header_bytes += n;
        if n == 0 || line == "\r\n" || line == "\n" || header_bytes > 64 * 1024 {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accepts_gzip = accepts(value, "gzip");
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let options = &site.options;
    let mut response = if site.measured.record && target == SERVED_PATH {
        let lines = std::mem::take(&mut *site.served.lock().unwrap_or_else(|e| e.into_inner()));
        Response {
            content_type: "application/x-ndjson",
            ..Response::text("200 OK", &lines.concat())
        }
    } else {
        respond(&site.root, options, method, target)
    };
    // A body that is gzip already (the dictionary file) gains nothing from a second pass.
    let already = response.body.starts_with(&[0x1f, 0x8b]);
    if site.measured.gzip && accepts_gzip && compressible(response.content_type) && !already {
        if let Some(path) = &response.path {
            response.body = gzipped(site, path, response.body)?;
            response.gzip = true;
        }
    }
    if options.log {
        eprintln!("{method} {target} -> {}", response.status);
    }
    let sent = if method == "HEAD" {
        0
    } else {
        response.body.len()
    };
    if site.measured.record && target != SERVED_PATH {
        let line = serde_json::json!({
            "path": target,
            "status": response.status.split(' ').next().unwrap_or(""),
            "bytes": sent,
            "gzip": response.gzip,
        });
        site.served
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(format!("{line}\n"));
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
    if response.gzip {
        write!(out, "Content-Encoding: gzip\r\n")?;
    }
    if site.measured.gzip {
        write!(out, "Vary: Accept-Encoding\r\n")?;
    }
    write!(out, "\r\n")?;
    if method != "HEAD" {
        out.write_all(&response.body)?;
    }
    out.flush()
}

/// Does an `Accept-Encoding` value accept `coding` (named, and not with `q=0`)?
fn accepts(header: &str, coding: &str) -> bool {
    header.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        let name = parts.next().unwrap_or("");
        let refused = parts.any(|p| {
            p.strip_prefix("q=")
                .and_then(|q| q.parse::<f32>().ok())
                .is_some_and(|q| q == 0.0)
        });
        (name.eq_ignore_ascii_case(coding) || name == "*") && !refused
    })
}

/// Content types worth compressing (images other than SVG and fonts already are).
fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || content_type.starts_with("application/json")
        || content_type.starts_with("application/manifest+json")
        || content_type.starts_with("application/wasm")
        || content_type.starts_with("application/xml")
        || content_type.starts_with("application/toml")
        || content_type.starts_with("image/svg+xml")
}

/// The file at `path` (whose bytes are `body`) gzip-encoded, made once per file.
fn gzipped(site: &Site, path: &Path, body: Vec<u8>) -> io::Result<Vec<u8>> {
    let cached = site
        .gzipped
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(path)
        .cloned();
    if let Some(gz) = cached {
        return Ok(gz.to_vec());
    }
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    encoder.write_all(&body)?;
    let gz = Arc::new(encoder.finish()?);
    site.gzipped
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(path.to_path_buf(), Arc::clone(&gz));
    Ok(gz.to_vec())
}

struct Response {
    status: &'static str,
    content_type: &'static str,
    cache_control: &'static str,
    location: Option<String>,
    body: Vec<u8>,
    /// The file the body was read from (not for messages and redirects).
    path: Option<PathBuf>,
    /// The body is gzip-encoded.
    gzip: bool,
}

impl Response {
    fn text(status: &'static str, body: &str) -> Response {
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            cache_control: "no-cache",
            location: None,
            body: body.as_bytes().to_vec(),
            path: None,
            gzip: false,
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
            path: Some(path.to_path_buf()),
            gzip: false,
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
    struct TestSite(PathBuf);

    impl TestSite {
        fn new(name: &str) -> TestSite {
            let dir =
                std::env::temp_dir().join(format!("xtask-static-{}-{name}", std::process::id()));
            std::fs::create_dir_all(dir.join("js")).unwrap();
            std::fs::create_dir_all(dir.join("timeline")).unwrap();
            std::fs::write(dir.join("index.html"), "<!doctype html><title>app</title>").unwrap();
            std::fs::write(dir.join("404.html"), "<!doctype html><title>lost</title>").unwrap();
            std::fs::write(dir.join("timeline/index.html"), "<title>timeline</title>").unwrap();
            std::fs::write(dir.join("app.wasm"), b"\0asm\x01\0\0\0").unwrap();
            std::fs::write(dir.join("js/app-0123456789abcdef.js"), "export {}").unwrap();
            TestSite(dir)
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

    impl TestSite {
        fn serve_measured(&self, measured: Measured) -> Server {
            let options = Options {
                port: 0,
                mount: "/".into(),
                not_found_page: true,
                log: false,
            };
            Server::start_measured(&self.0, options, measured).unwrap()
        }
    }

    impl Drop for TestSite {
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
        get_with(server, method, path, "")
    }

    /// A request with extra header lines (each ending in `\r\n`); a gzip body is decoded.
    fn get_with(server: &Server, method: &str, path: &str, headers: &str) -> Got {
        let mut s = TcpStream::connect(server.addr).unwrap();
        write!(s, "{method} {path} HTTP/1.1\r\nHost: x\r\n{headers}\r\n").unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8(raw[..split].to_vec()).unwrap();
        let mut body = raw[split + 4..].to_vec();
        if head.contains("Content-Encoding: gzip") {
            let mut plain = Vec::new();
            flate2::read::GzDecoder::new(&body[..])
                .read_to_end(&mut plain)
                .unwrap();
            body = plain;
        }
        let body = String::from_utf8_lossy(&body).into_owned();
        let mut lines = head.lines();
        let status = lines.next().unwrap().to_string();
        let headers = lines
            .filter_map(|l| l.split_once(": "))
            .map(|(n, v)| (n.to_ascii_lowercase(), v.to_string()))
            .collect();
        Got {
            status,
            headers,
            body,
        }
    }

    #[test]
    fn serves_files_with_mime_types_and_caching() {
        let site = TestSite::new("serves_files");
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
        let site = TestSite::new("folders");
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
        let site = TestSite::new("no_rewrites");
        let plain = site.serve("/", false);
        for path in ["/read/000_946407f189b5cffc", "/no/such/page", "/missing.js"] {
            let got = get(&plain, "GET", path);
            assert_eq!(got.status, "HTTP/1.1 404 Not Found", "{path}");
            assert_eq!(got.body, "not found\n");
        }
        // Like GitHub Pages: the site's 404.html, still with status 404.
        let pages = site.serve("/", true);
        let got = get(&pages, "GET", "/read/000_946407f189b5cffc");
        assert_eq!(got.status, "HTTP/1.1 404 Not Found");
        assert_eq!(got.header("content-type"), "text/html; charset=utf-8");
        assert!(got.body.contains("<title>lost"));
    }

    #[test]
    fn serves_under_a_sub_path_only() {
        let site = TestSite::new("sub_path");
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
        let site = TestSite::new("stays_inside");
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

    #[test]
    fn gzip_only_when_measured_and_accepted() {
        let site = TestSite::new("gzip");
        std::fs::write(site.0.join("big.js"), "export const x = 1;\n".repeat(500)).unwrap();
        // Plain servers never compress, whatever the browser accepts.
        let plain = site.serve("/", false);
        let got = get_with(&plain, "GET", "/big.js", "Accept-Encoding: gzip, br\r\n");
        assert_eq!(got.header("content-encoding"), "");
        assert_eq!(got.header("content-length"), "10000");
        let server = site.serve_measured(Measured {
            gzip: true,
            record: false,
        });
        let got = get_with(&server, "GET", "/big.js", "Accept-Encoding: gzip, br\r\n");
        assert_eq!(got.header("content-encoding"), "gzip");
        assert_eq!(got.header("vary"), "Accept-Encoding");
        let sent: usize = got.header("content-length").parse().unwrap();
        assert!(sent < 1000, "{sent} bytes");
        assert_eq!(got.body, "export const x = 1;\n".repeat(500));
        // Not accepted: plain bytes.
        for accept in [
            "",
            "Accept-Encoding: br\r\n",
            "Accept-Encoding: gzip;q=0\r\n",
        ] {
            let got = get_with(&server, "GET", "/big.js", accept);
            assert_eq!(got.header("content-encoding"), "", "{accept:?}");
        }
        // wasm is compressed too; an unknown type is not, nor a file that is gzip already.
        std::fs::write(site.0.join("blob.bin"), vec![0u8; 4096]).unwrap();
        std::fs::write(site.0.join("words.txt"), [0x1f, 0x8b, 8, 0]).unwrap();
        assert_eq!(
            get_with(&server, "GET", "/words.txt", "Accept-Encoding: gzip\r\n")
                .header("content-length"),
            "4"
        );
        let accept = "Accept-Encoding: gzip\r\n";
        assert_eq!(
            get_with(&server, "GET", "/app.wasm", accept).header("content-encoding"),
            "gzip"
        );
        assert_eq!(
            get_with(&server, "GET", "/blob.bin", accept).header("content-encoding"),
            ""
        );
    }

    #[test]
    fn recording_lists_what_was_sent_once() {
        let site = TestSite::new("record");
        let server = site.serve_measured(Measured {
            gzip: true,
            record: true,
        });
        get_with(&server, "GET", "/", "Accept-Encoding: gzip\r\n");
        get(&server, "GET", "/missing");
        get(&server, "HEAD", "/app.wasm");
        let log = get(&server, "GET", SERVED_PATH);
        let lines: Vec<serde_json::Value> = log
            .body
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 3, "{}", log.body);
        assert_eq!(lines[0]["path"], "/");
        assert_eq!(lines[0]["status"], "200");
        assert_eq!(lines[0]["gzip"], true);
        assert!(lines[0]["bytes"].as_u64().unwrap() > 0);
        assert_eq!(lines[1]["status"], "404");
        assert_eq!(lines[2]["bytes"], 0);
        // Asking empties the log; without recording there is no such address.
        assert_eq!(get(&server, "GET", SERVED_PATH).body, "");
        let plain = site.serve("/", false);
        assert_eq!(
            get(&plain, "GET", SERVED_PATH).status,
            "HTTP/1.1 404 Not Found"
        );
    }
}
