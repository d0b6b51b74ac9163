//! The web app's release build (trunk) and `cargo xtask serve`.

use crate::tools::Tools;
use crate::{heading, root, run, static_server};
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::process::Command;

/// The root package: the Leptos app, built for wasm32 only.
pub const WEB_PACKAGE: &str = "baimo-web";

/// Where trunk writes the site (Trunk.toml's default `dist`).
pub fn dist_dir() -> PathBuf {
    root().join("dist")
}

/// `trunk build --release` into `dist/`.
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
    Ok(dist)
}

/// Serve the explorer on 127.0.0.1:`port`: either the release build from our static server
/// (same as a static host and as the tests see it), or with `watch`, `trunk serve`, which rebuilds
/// and reloads on every change.
pub fn serve(tools: &Tools, port: u16, watch: bool) -> Result<()> {
    if watch {
        heading(&format!(
            "serve: trunk serve --release on http://127.0.0.1:{port}/ (rebuilds on change)"
        ));
        run(tools.command("cargo").arg("fetch"))?;
        return run(trunk(tools, "serve").args(["--port", &port.to_string()]));
    }
    let dist = build(tools)?;
    let server = static_server::Server::start(&dist, port, true)
        .with_context(|| format!("could not listen on 127.0.0.1:{port} (try --port)"))?;
    heading(&format!(
        "serving dist/ at {}/  (Ctrl-C to stop)",
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
