//! Building a [`Segmenter`]: jieba's dictionary a slice at a time, then the domain dictionary
//! and the registry's names on top.

use super::{Segmenter, SegmenterError, DOMAIN_DICT};
use crate::dictionary::{Cursor, Dictionary};
use crate::normalize::{is_han, to_simplified};
use crate::registry::{is_name_dot, key_of_simplified, Registry};
use jieba_rs::Jieba;
use rustc_hash::FxHashSet;

/// Frequency given to registry names so jieba keeps them whole against its own entries.
const NAME_FREQ: usize = 50_000;

/// Frequency of the parts of transliterated names (`蒂姆` of `蒂姆·库克`): jieba sees the parts
/// separately, since it cuts at the dot, and must not break them further.
const PART_FREQ: usize = 5_000;

/// Builds a [`Segmenter`] a slice at a time, so a browser can load jieba's 349,045 words
/// between frames instead of in one long task: [`SegmenterBuilder::step`] until it says done,
/// then [`SegmenterBuilder::finish`].
pub struct SegmenterBuilder {
    jieba: Jieba,
    cursor: Cursor,
}

impl SegmenterBuilder {
    /// Starts from a read dictionary file (see [`crate::dictionary`]); nothing is loaded yet.
    pub fn new(dictionary: Dictionary) -> SegmenterBuilder {
        SegmenterBuilder {
            jieba: Jieba::empty(),
            cursor: dictionary.cursor(),
        }
    }

    /// Adds up to `words` more words of the dictionary; `Ok(true)` once all are in.
    pub fn step(&mut self, words: usize) -> Result<bool, SegmenterError> {
        for _ in 0..words {
            match self.cursor.next_word() {
                // The same word, frequency and running total as jieba's own loader gives it.
                Ok(Some((word, freq))) => {
                    self.jieba.add_word(word, Some(freq as usize), None);
                }
                Ok(None) => return Ok(true),
                Err(e) => return Err(SegmenterError(e.to_string())),
            }
        }
        Ok(self.cursor.position() >= self.cursor.len())
    }

    /// Words loaded so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.cursor.position(), self.cursor.len())
    }

    /// The segmenter, with the bundled domain dictionary and registry on top.
    pub fn finish(self) -> Result<Segmenter, SegmenterError> {
        self.finish_with(DOMAIN_DICT, Registry::bundled())
    }

    /// The segmenter, with a domain dictionary text and a registry on top. Fails if
    /// [`SegmenterBuilder::step`] has not loaded every word yet.
    pub fn finish_with(
        self,
        domain_dict: &str,
        registry: &'static Registry,
    ) -> Result<Segmenter, SegmenterError> {
        let (done, all) = self.progress();
        if done < all {
            return Err(SegmenterError(format!(
                "dictionary loaded {done} of {all} words"
            )));
        }
        Segmenter::on_top(self.jieba, domain_dict, registry)
    }
}

impl Segmenter {
    /// Builds the segmenter with the embedded dictionary, the bundled domain dictionary and
    /// registry, all at once (the CLI and tests; the browser uses [`SegmenterBuilder`]).
    #[cfg(any(test, feature = "embedded-dictionary"))]
    pub fn new() -> Result<Segmenter, SegmenterError> {
        let dictionary =
            crate::dictionary::embedded().map_err(|e| SegmenterError(e.to_string()))?;
        let mut builder = SegmenterBuilder::new(dictionary);
        builder.step(usize::MAX)?;
        builder.finish()
    }

    /// Puts the domain dictionary and the registry's names on top of jieba's dictionary.
    fn on_top(
        mut jieba: Jieba,
        domain_dict: &str,
        registry: &'static Registry,
    ) -> Result<Segmenter, SegmenterError> {
        jieba
            .load_dict(&mut domain_dict.as_bytes())
            .map_err(|e| SegmenterError(format!("domain dictionary: {e}")))?;
        let run_starts = add_names(&mut jieba, registry, registry.all_names());
        Ok(Segmenter {
            jieba,
            registry,
            run_starts,
        })
    }

    /// This segmenter with a larger registry (the effective one: the bundled companies and
    /// the discovered ones, see [`crate::discover`]): the names `registry` has and this
    /// segmenter's registry has not are added to a copy of its dictionary, so each is one
    /// token. Cheaper than building anew: jieba's dictionary is copied, not read again.
    pub fn with_registry(&self, registry: &'static Registry) -> Segmenter {
        let mut jieba = self.jieba.clone();
        let old = self.registry;
        let new_names = registry.all_names().filter(|n| old.lookup(n).is_none());
        let mut run_starts = add_names(&mut jieba, registry, new_names);
        run_starts.extend(self.run_starts.iter().cloned());
        Segmenter {
            jieba,
            registry,
            run_starts,
        }
    }

    /// The registry this segmenter finds companies with.
    pub fn registry(&self) -> &'static Registry {
        self.registry
    }
}

/// Adds `names` of `registry` to jieba's dictionary and returns the keys of the first pieces
/// of those jieba still cuts into several (see [`Segmenter::run_starts`]).
fn add_names<'a>(
    jieba: &mut Jieba,
    registry: &Registry,
    names: impl Iterator<Item = &'a str>,
) -> FxHashSet<String> {
    // Converted once: both passes below work on the simplified names.
    let names: Vec<String> = names.map(to_simplified).collect();
    for name in &names {
        // Only names with Han characters go into jieba's dictionary. jieba keeps a run of
        // Latin letters whole unless a dictionary word sits inside it: with `Meta` in the
        // dictionary, `Metaverse` and `Metal` would come out as `Meta` + a stray word.
        if !name.chars().any(is_han) {
            continue;
        }
        jieba.add_word(name, Some(NAME_FREQ), Some("nt"));
        for part in name.split(is_name_dot).map(str::trim) {
            let han = part.chars().filter(|&c| is_han(c)).count();
            if han >= 2 && !jieba.has_word(part) && registry.lookup_simplified(part).is_none() {
                jieba.add_word(part, Some(PART_FREQ), Some("nr"));
            }
        }
    }
    // Cut every name as running text would be cut, once all words are in.
    let mut run_starts = FxHashSet::default();
    for name in &names {
        let pieces = jieba.cut(name, true);
        if pieces.len() > 1 {
            run_starts.insert(key_of_simplified(pieces[0].word).into_owned());
        }
    }
    run_starts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// frequency survived, and the running total is the same.
    #[test]
    fn compact_dictionary_cuts_as_jiebas_own() {
        let mut builder = SegmenterBuilder::new(crate::dictionary::embedded().unwrap());
        // In uneven slices, as the browser loads it.
        while !builder.step(40_000).unwrap() {}
        assert_eq!(builder.progress(), (349_045, 349_045));
        let reference = Jieba::new();
        let corpus = crate::test_support::corpus();
        let mut cuts = 0;
        for article in &corpus.articles {
            for text in [article.text.clone(), to_simplified(&article.text)] {
                let ours: Vec<&str> = builder
                    .jieba
                    .cut(&text, true)
                    .iter()
                    .map(|t| t.word)
                    .collect();
                let theirs: Vec<&str> = reference.cut(&text, true).iter().map(|t| t.word).collect();
                assert_eq!(ours, theirs, "{}", article.meta.id);
                cuts += ours.len();
            }
        }
        assert!(cuts > 20_000, "{cuts}");
        for word in ["人工智能", "亚马逊", "的", "一丝不苟", "1号店"] {
            assert_eq!(
                builder.jieba.has_word(word),
                reference.has_word(word),
                "{word}"
            );
            assert_eq!(
                builder.jieba.suggest_freq(word),
                reference.suggest_freq(word),
                "{word}"
            );
        }
    }

    #[test]
    fn finishing_before_every_word_is_in_is_an_error() {
        let mut builder = SegmenterBuilder::new(crate::dictionary::embedded().unwrap());
        builder.step(10).unwrap();
        let e = builder.finish().err().unwrap();
        assert!(e.0.contains("10 of 349045"), "{e}");
    }
}
