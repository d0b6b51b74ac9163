//! `cargo xtask score [--articles DIR] [--labels DIR]`: the real pipeline on the hand-labelled
//! articles of ../shared/news-2024, every target of issue 15 (labels: tests/labels/).
//!
//! Minimal here (the organisation half); the money half adds itself beside `orgs`.

pub mod orgs;

use anyhow::Result;
use std::path::Path;

/// Runs every scorer and prints its report.
pub fn run(articles: &Path, labels: &Path) -> Result<()> {
    print!("{}", orgs::run(articles, labels)?);
    Ok(())
}
