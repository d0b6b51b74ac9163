//! The web app's release build (trunk, then [`publish`]) and `cargo xtask serve`.

use crate::tools::Tools;
use crate::{heading, publish, root, run, static_server};
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::process::Command;

/// The root package: the Leptos app, built for wasm32 only.
pub const WEB_PACKAGE: &str = "baimo-web";

/// Where trunk writes the site (Trunk.toml's default `dist`).
pub fn dist_dir() -> PathBuf {
    root().join("dist")
}

/// `trunk build --release` into `dist/`, then the published site made of it ([`publish`]).
pub fn build(tools: &Tools) -> Result<PathBuf> {
    heading("build: release site (trunk) into dist/");
    // Trunk.toml sets `offline = true`, which trunk also passes on to cargo as `--offline`,
    // so every crate must already be downloaded: `cargo fetch` does that (a no-op when done).
    run(tools.command("cargo").arg("fetch"))?;
    run(&mut trunk(tools, "build"))?;
    let dist = dist_dir();
    if !dist.join("index.html").is_file() {
        bail!("trunk finished but {} has no index.html", dist.display());
    }
    let done = publish::publish(&dist, &article_ids()?)?;
    println!(
        "published build {}: {} route pages, 404.html, {} files for the service worker",
        done.version, done.shells, done.precached
    );
    Ok(dist)
}

/// The bundled articles' ids, in manifest order (corpus/manifest.toml, as the app reads it).
pub fn article_ids() -> Result<Vec<String>> {
    let path = root().join("corpus").join("manifest.toml");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let manifest: toml::Table =
        toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    let articles = manifest
        .get("article")
        .and_then(|a| a.as_array())
        .with_context(|| format!("{} has no [[article]]", path.display()))?;
    articles
        .iter()
        .map(|a| {
            a.get("id")
                .and_then(|id| id.as_str())
                .map(str::to_owned)
                .with_context(|| format!("an [[article]] of {} has no id", path.display()))
        })
        .collect()
}

/// Serve the explorer on 127.0.0.1:`port`: either the release build from our static server
/// (a plain static host with a 404.html, as the tests see it), or with `watch`, `trunk serve`,
/// which rebuilds and reloads on every change.
pub fn serve(tools: &Tools, port: u16, watch: bool) -> Result<()> {
    if watch {
        heading(&format!(
            "serve: trunk serve --release on http://127.0.0.1:{port}/ (rebuilds on change)"
        ));
        run(tools.command("cargo").arg("fetch"))?;
        // trunk serve serves at the root; there is no published step (shells, 404.html, the
        // service worker's build), so the worker stays idle and the network answers.
        return run(trunk(tools, "serve").args(["--port", &port.to_string(), "--public-url", "/"]));
    }
    let dist = build(tools)?;
    let server = static_server::Server::start(&dist, port, true)
        .with_context(|| format!("could not listen on 127.0.0.1:{port} (try --port)"))?;
    heading(&format!(
        "serving dist/ at {}  (Ctrl-C to stop)",
        server.url()
    ));
    server.wait();
    Ok(())
}

/// A trunk subcommand in release mode, with the update check off (no network beyond registries).
fn trunk(tools: &Tools, subcommand: &str) -> Command {
    let mut cmd = tools.command("trunk");
    cmd.args([subcommand, "--release"])
        .env("TRUNK_SKIP_VERSION_CHECK", "true");
    cmd
}
