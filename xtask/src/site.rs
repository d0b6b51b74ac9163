//! The web app's release builds (trunk, then [`publish`]) and `cargo xtask serve`: the
//! production site in `dist/`, and the tests' site, with the test hooks, in `target/`.

use crate::tools::Tools;
use crate::{heading, publish, root, run, static_server};
use anyhow::{bail, Context, Result};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The root package: the Leptos app, built for wasm32 only.
pub const WEB_PACKAGE: &str = "baimo-web";

/// Which of the two sites a build makes. They differ only in the web app's `test-hooks`
/// feature, and never share a folder, so the tests' build can't be deployed by mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    /// What gets deployed (`cargo xtask build`, `serve`): no test hooks, into `dist/`.
    Production,
    /// What the browser tests and the bench drive (`cargo xtask test`, `bench`): the bench's
    /// wasm exports and `?panic=1` compiled in, into `target/site-test-hooks/`.
    TestHooks,
}

/// The web app's feature that compiles the test hooks in (Cargo.toml).
pub const HOOKS_FEATURE: &str = "test-hooks";

/// What the JavaScript glue of a build with the hooks exports (src/bench_hooks.rs), and a
/// build without them must not.
const HOOKS_EXPORT: &str = "baimo_bench_";

impl Site {
    /// The folder the site is built into.
    pub fn dir(self) -> PathBuf {
        match self {
            Site::Production => root().join("dist"),
            Site::TestHooks => root().join("target").join("site-test-hooks"),
        }
    }

    /// `trunk build`'s arguments for this site: release, into [`Site::dir`], with the
    /// hooks' feature only for the tests' site.
    fn trunk_args(self) -> Vec<OsString> {
        let mut args: Vec<OsString> = vec!["build".into(), "--release".into()];
        args.extend(["--dist".into(), self.dir().into_os_string()]);
        if self == Site::TestHooks {
            args.extend(["--features".into(), HOOKS_FEATURE.into()]);
        }
        args
    }

    /// Fails unless the published site in [`Site::dir`] is this kind of build: a production
    /// site that exports the hooks, or a tests' site without them, is refused.
    pub fn check(self) -> Result<()> {
        self.check_dir(&self.dir())
    }

    /// [`Site::check`] of the site in `dir`.
    fn check_dir(self, dir: &Path) -> Result<()> {
        if !dir.join("index.html").is_file() || !dir.join("404.html").is_file() {
            bail!(
                "{} holds no published site (index.html and 404.html): build it first",
                dir.display()
            );
        }
        let glue = std::fs::read_dir(dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| {
                p.file_name().is_some_and(|n| {
                    let n = n.to_string_lossy();
                    n.starts_with(WEB_PACKAGE) && n.ends_with(".js")
                })
            })
            .with_context(|| format!("{} has no {WEB_PACKAGE}-*.js", dir.display()))?;
        let js = std::fs::read_to_string(&glue)
            .with_context(|| format!("reading {}", glue.display()))?;
        match (self, js.contains(HOOKS_EXPORT)) {
            (Site::Production, true) => bail!(
                "{} exports the test hooks ({HOOKS_EXPORT}…): not a production build",
                glue.display()
            ),
            (Site::TestHooks, false) => bail!(
                "{} has no test hooks ({HOOKS_EXPORT}…): not the tests' build",
                glue.display()
            ),
            _ => Ok(()),
        }
    }
}

/// `trunk build --release` of `site` into its folder, then the published site made of it
/// ([`publish`]), checked to be the kind asked for ([`Site::check`]).
pub fn build(tools: &Tools, site: Site) -> Result<PathBuf> {
    let dir = site.dir();
    heading(&format!(
        "build: release site ({}) into {}",
        match site {
            Site::Production => "production, trunk",
            Site::TestHooks => "with the test hooks, trunk",
        },
        dir.strip_prefix(root()).unwrap_or(&dir).display()
    ));
    // Trunk.toml sets `offline = true`, which trunk also passes on to cargo as `--offline`,
    // so every crate must already be downloaded: `cargo fetch` does that (a no-op when done).
    run(tools.command("cargo").arg("fetch"))?;
    run(trunk(tools).args(site.trunk_args()))?;
    if !dir.join("index.html").is_file() {
        bail!("trunk finished but {} has no index.html", dir.display());
    }
    let done = publish::publish(&dir, &article_ids()?)?;
    println!(
        "published build {}: {} route pages, 404.html, {} files for the service worker",
        done.version, done.shells, done.precached
    );
    site.check()?;
    Ok(dir)
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
        return run(trunk(tools).args([
            "serve",
            "--release",
            "--port",
            &port.to_string(),
            "--public-url",
            "/",
        ]));
    }
    let dist = build(tools, Site::Production)?;
    let server = static_server::Server::start(&dist, port, true)
        .with_context(|| format!("could not listen on 127.0.0.1:{port} (try --port)"))?;
    heading(&format!(
        "serving dist/ at {}  (Ctrl-C to stop)",
        server.url()
    ));
    server.wait();
    Ok(())
}

/// trunk, with the update check off (no network beyond registries).
fn trunk(tools: &Tools) -> Command {
    let mut cmd = tools.command("trunk");
    cmd.env("TRUNK_SKIP_VERSION_CHECK", "true");
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(site: Site) -> Vec<String> {
        site.trunk_args()
            .into_iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn production_is_built_without_the_hooks_and_into_dist() {
        let args = args(Site::Production);
        assert_eq!(&args[..2], ["build", "--release"]);
        assert!(!args.iter().any(|a| a.contains("feature")), "{args:?}");
        let dist = root().join("dist");
        assert_eq!(args[2..], ["--dist".to_owned(), dist.display().to_string()]);
    }

    #[test]
    fn the_tests_site_has_the_hooks_and_its_own_folder() {
        let args = args(Site::TestHooks);
        assert!(args.windows(2).any(|w| w == ["--features", HOOKS_FEATURE]));
        assert_ne!(Site::TestHooks.dir(), Site::Production.dir());
        assert!(Site::TestHooks.dir().starts_with(root().join("target")));
    }

    #[test]
    fn the_hooks_feature_is_the_web_apps() {
        let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
        let manifest: toml::Table = toml::from_str(&manifest).unwrap();
        assert!(manifest["features"].get(HOOKS_FEATURE).is_some());
        assert!(
            manifest["features"].get("default").is_none(),
            "a default feature could turn the hooks on in production"
        );
    }

    #[test]
    fn check_tells_the_two_builds_apart() {
        let dir = std::env::temp_dir().join(format!("xtask-site-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let with = format!("export function {HOOKS_EXPORT}cut(text) {{}}");
        let without = "export function main() {}".to_owned();
        // (site, glue, passes); a site without its pages is refused whatever its glue.
        let cases = [
            (Site::Production, Some(&without), true),
            (Site::Production, Some(&with), false),
            (Site::TestHooks, Some(&with), true),
            (Site::TestHooks, Some(&without), false),
            (Site::Production, None, false),
        ];
        for (site, glue, passes) in cases {
            for page in ["index.html", "404.html"] {
                std::fs::write(dir.join(page), "<html>").unwrap();
            }
            let js = dir.join(format!("{WEB_PACKAGE}-0123abcd.js"));
            match glue {
                Some(glue) => std::fs::write(&js, glue).unwrap(),
                None => std::fs::remove_file(dir.join("404.html")).unwrap(),
            }
            assert_eq!(site.check_dir(&dir).is_ok(), passes, "{site:?} {glue:?}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
