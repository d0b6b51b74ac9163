//! The open world in the worker: the companies the library names that nobody registered
//! ([`baimo_core::discover`]), the effective registry they make with the bundled one and the
//! reader's curation ([`baimo_core::curation`], applied on top), and the segmenter that keeps
//! their names whole — which the analysis, search and the reader's words all use.
//!
//! Discovery's first step reads each article's cleaned text (cheap: no segmenter); the pooled
//! result decides the effective registry. An article's cached analysis then depends on its
//! text and on the discovered names its text holds — nothing else — so its cache key adds a
//! hash of those names ([`World::key`]): a new article that discovers a name re-analyses only
//! the articles that name it. The registry and segmenter of the newest set of names are kept
//! (one set at a time: the library changes seldom, and a segmenter is large).

use crate::load_error::LoadError;
use crate::segmenter;
use baimo_core::curation::Overlay;
use baimo_core::discover::{self, Candidate, Discovered};
use baimo_core::registry::Registry;
use baimo_core::wire::ArticleText;
use baimo_core::Segmenter;
use std::cell::RefCell;
use std::rc::Rc;

/// The discovered companies of one corpus and the registry they make.
pub struct World {
    /// What discovery found, most seen first.
    pub discovered: Vec<Discovered>,
    /// Bundled + discovered, then the reader's edits: what the analysis takes.
    pub registry: &'static Registry,
    /// A hash of every discovered name and the curation: which registry and segmenter this is.
    names_hash: u64,
}

/// The hash of a set of discovered names, its effective registry, and the segmenter on it
/// once built.
type Kept = (u64, &'static Registry, Option<Rc<Segmenter>>);

thread_local! {
    /// What the newest set of discovered names made.
    static KEPT: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

impl World {
    /// Discovery over `articles` and the effective registry with `overlay` applied (reused
    /// when the set of names and the curation are the last corpus's).
    pub fn of(articles: &[ArticleText], overlay: &Overlay) -> Result<World, LoadError> {
        let bundled = Registry::try_bundled().map_err(LoadError::Registry)?;
        let found: Vec<Vec<Candidate>> = articles
            .iter()
            .map(|a| discover::candidates(&a.text))
            .collect();
        let discovered = discover::aggregate(
            articles
                .iter()
                .zip(&found)
                .map(|(a, c)| (a.meta.id.as_str(), a.text.as_str(), c.as_slice())),
            bundled,
        );
        let fingerprint = overlay.fingerprint();
        let names_hash = fnv(discovered
            .iter()
            .map(|d| d.company.hans.as_str())
            .chain([fingerprint.as_str()]));
        let registry = KEPT.with(|k| {
            let mut k = k.borrow_mut();
            match &*k {
                Some((hash, registry, _)) if *hash == names_hash => *registry,
                _ => {
                    // Leaked once per set of names, which changes only when the library
                    // does: the segmenter built on it needs it for as long as it lives.
                    let open = discover::effective(bundled, &discovered);
                    let registry: &'static Registry =
                        Box::leak(Box::new(overlay.apply(&open).registry));
                    *k = Some((names_hash, registry, None));
                    registry
                }
            }
        });
        Ok(World {
            discovered,
            registry,
            names_hash,
        })
    }

    /// What an article's cache key adds to its text's: the discovered names its text holds.
    pub fn key(&self, article: &ArticleText) -> String {
        let names = discover::names_in(&article.text, &self.discovered);
        format!("{:016x}", fnv(names.into_iter()))
    }

    /// The segmenter with the discovered names on top of the bundled one's (built once per
    /// set of names).
    pub async fn segmenter(&self) -> Result<Rc<Segmenter>, LoadError> {
        if let Some(s) = KEPT.with(|k| match &*k.borrow() {
            Some((hash, _, Some(s))) if *hash == self.names_hash => Some(s.clone()),
            _ => None,
        }) {
            return Ok(s);
        }
        let base = segmenter::load().await?;
        let built = Rc::new(base.with_registry(self.registry));
        KEPT.with(|k| {
            if let Some((hash, _, slot)) = &mut *k.borrow_mut() {
                if *hash == self.names_hash {
                    *slot = Some(built.clone());
                }
            }
        });
        Ok(built)
    }
}

/// The segmenter of the newest world (the bundled one before any analysis): what search and
/// the reader's words cut with, so a discovered or curated name is one word there too.
pub async fn segmenter() -> Result<Rc<Segmenter>, LoadError> {
    let kept = KEPT.with(|k| {
        k.borrow()
            .as_ref()
            .map(|(hash, registry, _)| (*hash, *registry))
    });
    match kept {
        None => segmenter::load().await,
        Some((names_hash, registry)) => {
            World {
                discovered: Vec::new(),
                registry,
                names_hash,
            }
            .segmenter()
            .await
        }
    }
}

/// 64-bit FNV-1a over names (each with its length, so `ab`+`c` and `a`+`bc` differ).
fn fnv<'a>(names: impl Iterator<Item = &'a str>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for n in names {
        for b in n.bytes().chain((n.len() as u32).to_le_bytes()) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}
