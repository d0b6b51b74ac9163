//! Corpus search: segmented, across scripts, with keyword-in-context lines.
//! (Filled in by the search work.)

use crate::corpus::Corpus;
use crate::segment::Segmenter;

/// The corpus cut into words, for search.
#[derive(Debug, Clone, Default)]
pub struct Index {}

impl Index {
    /// Segments every paragraph of `corpus`.
    pub fn build(_corpus: &Corpus, _segmenter: &Segmenter) -> Index {
        Index {}
    }
}
