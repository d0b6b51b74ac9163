//! A small static file server for `dist/`, used by `serve`, `test` and `bench`.
//!
//! It behaves like the static host the site is deployed to: correct MIME types (browsers refuse
//! to stream-compile wasm not served as `application/wasm`) and a single-page-app fallback, so a
//! deep link such as `/read/<id>` gets `index.html` and the app's router takes over.
//! One thread per connection, `Connection: close`: plenty for a local browser.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::thread::{self, JoinHandle};
use std::time::Duration;

pub struct Server {
    pub addr: SocketAddr,
    thread: JoinHandle<()>,
}

impl Server {
    /// Serve `root` on 127.0.0.1:`port` (0: any free port) from a background thread.
    /// With `log`, each request is printed to stderr.
    pub fn start(root: &Path, port: u16, log: bool) -> io::Result<Server> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))?;
        let addr = listener.local_addr()?;
        let root = root.to_path_buf();
        let thread = thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                thread::spawn(move || {
                    if let Err(err) = handle(stream, &root, log) {
                        if log {
                            eprintln!("static server: {err}");
                        }
                    }
                });
            }
        });
        Ok(Server { addr, thread })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Block for as long as the server runs (until the process is stopped).
    pub fn wait(self) {
        let _ = self.thread.join();
    }
}

fn handle(stream: TcpStream, root: &Path, log: bool) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut accept = String::new();
    let mut header_bytes = 0;
    loop {
        let mut line = String::new();
        let n = reader.read_line(&mut line)?;
        header_bytes += n;
        if n == 0 || line == "\r\n" || line == "\n" || header_bytes > 64 * 1024 {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("accept") {
                accept = value.trim().to_string();
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let response = respond(root, method, target, &accept);
    if log {
        eprintln!("{method} {target} -> {}", response.status);
    }
    let mut out = &stream;
    write!(
        out,
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\n\
         X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        response.status,
        response.content_type,
        response.body.len()
    )?;
    if method != "HEAD" {
        out.write_all(&response.body)?;
    }
    out.flush()
}

struct Response {
    status: &'static str,
    content_type: &'static str,
    body: Vec<u8>,
}

fn respond(root: &Path, method: &str, target: &str, accept: &str) -> Response {
    let text = |status, body: &str| Response {
        status,
        content_type: "text/plain; charset=utf-8",
        body: body.as_bytes().to_vec(),
    };
    if method != "GET" && method != "HEAD" {
        return text("405 Method Not Allowed", "only GET and HEAD\n");
    }
    let Some(url_path) = target.split(['?', '#']).next().and_then(percent_decode) else {
        return text("400 Bad Request", "bad path\n");
    };
    let Some(mut file) = resolve(root, &url_path) else {
        return text("400 Bad Request", "bad path\n");
    };
    if file.is_dir() {
        file.push("index.html");
    }
    if !file.is_file() {
        // SPA fallback: page navigations (the browser asks for HTML) and extension-less paths get
        // the app; a missing asset stays a 404 so broken references are visible.
        let last = url_path.rsplit('/').next().unwrap_or("");
        if accept.contains("text/html") || !last.contains('.') {
            file = root.join("index.html");
        } else {
            return text("404 Not Found", "not found\n");
        }
    }
    match std::fs::read(&file) {
        Ok(body) => Response {
            status: "200 OK",
            content_type: mime(&file),
            body,
        },
        Err(_) => text("404 Not Found", "not found\n"),
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

    /// A throwaway site (index.html, app.wasm, js/app.js), deleted on drop.
    struct Site(PathBuf);

    impl Site {
        fn new(name: &str) -> Site {
            let dir =
                std::env::temp_dir().join(format!("xtask-static-{}-{name}", std::process::id()));
            std::fs::create_dir_all(dir.join("js")).unwrap();
            std::fs::write(dir.join("index.html"), "<!doctype html><title>app</title>").unwrap();
            std::fs::write(dir.join("app.wasm"), b"\0asm\x01\0\0\0").unwrap();
            std::fs::write(dir.join("js/app.js"), "export {}").unwrap();
            Site(dir)
        }
    }

    impl Drop for Site {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// (status line, content-type, body) of a raw request.
    fn get(server: &Server, method: &str, path: &str, accept: &str) -> (String, String, String) {
        let mut s = TcpStream::connect(server.addr).unwrap();
        write!(
            s,
            "{method} {path} HTTP/1.1\r\nHost: x\r\nAccept: {accept}\r\n\r\n"
        )
        .unwrap();
        let mut raw = String::new();
        s.read_to_string(&mut raw).unwrap();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap();
        let status = head.lines().next().unwrap().to_string();
        let ctype = head
            .lines()
            .find_map(|l| l.strip_prefix("Content-Type: "))
            .unwrap()
            .to_string();
        (status, ctype, body.to_string())
    }

    #[test]
    fn serves_files_with_mime_types() {
        let site = Site::new("serves_files");
        let server = Server::start(&site.0, 0, false).unwrap();
        let (status, ctype, body) = get(&server, "GET", "/", "text/html");
        assert_eq!(
            (status.as_str(), ctype.as_str()),
            ("HTTP/1.1 200 OK", "text/html; charset=utf-8")
        );
        assert!(body.contains("<title>app"));
        assert_eq!(
            get(&server, "GET", "/app.wasm", "*/*").1,
            "application/wasm"
        );
        assert_eq!(
            get(&server, "GET", "/js/app.js?v=1", "*/*").1,
            "text/javascript; charset=utf-8"
        );
        let (status, _, body) = get(&server, "HEAD", "/js/app.js", "*/*");
        assert_eq!((status.as_str(), body.as_str()), ("HTTP/1.1 200 OK", ""));
    }

    #[test]
    fn deep_links_get_the_app_but_missing_assets_404() {
        let site = Site::new("deep_links_g");
        let server = Server::start(&site.0, 0, false).unwrap();
        let html = "text/html,application/xhtml+xml,*/*;q=0.8";
        let (status, ctype, body) = get(&server, "GET", "/read/000_946407f189b5cffc.txt", html);
        assert_eq!(
            (status.as_str(), ctype.as_str()),
            ("HTTP/1.1 200 OK", "text/html; charset=utf-8")
        );
        assert!(body.contains("<title>app"));
        assert_eq!(
            get(&server, "GET", "/no/such/page", "*/*").0,
            "HTTP/1.1 200 OK"
        );
        assert_eq!(
            get(&server, "GET", "/missing.js", "*/*").0,
            "HTTP/1.1 404 Not Found"
        );
    }

    #[test]
    fn stays_inside_the_root() {
        let site = Site::new("stays_inside");
        let server = Server::start(&site.0, 0, false).unwrap();
        for path in [
            "/../Cargo.toml",
            "/%2e%2e/Cargo.toml",
            "/js/..%2F..%2Fetc/passwd",
            "/%zz",
        ] {
            assert_eq!(
                get(&server, "GET", path, "*/*").0,
                "HTTP/1.1 400 Bad Request",
                "{path}"
            );
        }
        assert_eq!(
            get(&server, "POST", "/", "*/*").0,
            "HTTP/1.1 405 Method Not Allowed"
        );
    }
}
