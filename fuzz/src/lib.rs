//! Helpers the fuzz targets share: turning fuzzer bytes into the inputs the core takes, and
//! the span checks every extractor must pass.
//!
//! The targets live in `fuzz_targets/`; `cargo xtask fuzz` builds and runs them.

/// The fuzzer's bytes as text: valid UTF-8 as it is, anything else decoded lossily (every bad
/// sequence becomes U+FFFD), so arbitrary bytes still reach the core as a `&str`.
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Splits `data` at its first newline: the head (a title, an anchor date) and the rest. With
/// no newline the head is empty and the whole input is the rest.
pub fn split_head(data: &str) -> (&str, &str) {
    data.split_once('\n').unwrap_or(("", data))
}

/// The chars `start..end` of `s`, or `None` when the span does not fit.
pub fn char_slice(s: &str, start: usize, end: usize) -> Option<String> {
    if start > end {
        return None;
    }
    let chars: Vec<char> = s.chars().collect();
    chars.get(start..end).map(|c| c.iter().collect())
}

/// Checks spans `(start, end, text)` found in `sentence`: each non-empty, inside the sentence
/// (char offsets), quoting exactly the chars it covers, in order and not overlapping.
/// Panics with the offending span, which is how a fuzz target reports a broken invariant.
pub fn assert_spans<'a>(sentence: &str, spans: impl IntoIterator<Item = (usize, usize, &'a str)>) {
    let mut last_end = 0;
    for (start, end, text) in spans {
        assert!(
            start < end,
            "empty or reversed span {start}..{end} in {sentence:?}"
        );
        let quoted = char_slice(sentence, start, end)
            .unwrap_or_else(|| panic!("span {start}..{end} outside {sentence:?}"));
        assert_eq!(quoted, text, "span {start}..{end} does not quote its text");
        assert!(
            start >= last_end,
            "span {start}..{end} overlaps the one ending at {last_end} in {sentence:?}"
        );
        last_end = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_slices() {
        assert_eq!(split_head("2023-09\n9月25日"), ("2023-09", "9月25日"));
        assert_eq!(split_head("没有换行"), ("", "没有换行"));
        assert_eq!(char_slice("亚马逊投资", 3, 5).as_deref(), Some("投资"));
        assert_eq!(char_slice("亚马逊", 2, 4), None);
        assert_eq!(char_slice("亚马逊", 2, 1), None);
        assert_eq!(text(b"a\xffb"), "a\u{fffd}b");
    }

    #[test]
    #[should_panic(expected = "overlaps")]
    fn overlapping_spans_fail() {
        assert_spans("9月25日至28日", [(0, 5, "9月25日"), (4, 6, "日至")]);
    }
}
