//! `clean`: the whole cleaning pipeline on arbitrary text (bytes decoded lossily when they
//! are not UTF-8). The input's first line doubles as the title, as a page's headline usually
//! opens its scrape; the same text is also cleaned with no title.
#![no_main]

use baimo_core::clean::{self, Cleaned, RULES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = baimo_fuzz::text(data);
    let (title, _) = baimo_fuzz::split_head(&raw);
    for title in [title, ""] {
        let cleaned = clean::clean(&raw, title);
        check(&raw, title, &cleaned);
        // Cleaning what is already clean removes no more than a first pass could see: the text
        // never grows, and no paragraph appears from nowhere.
        let again = clean::clean(&cleaned.text, title);
        check(&cleaned.text, title, &again);
        assert!(
            again.text.chars().count() <= cleaned.text.chars().count(),
            "a second cleaning grew the text"
        );
    }
});

/// What holds for any cleaning of `raw`.
fn check(raw: &str, title: &str, cleaned: &Cleaned) {
    let text = &cleaned.text;

    // Every rule is reported, and nothing else.
    let mut rules = RULES.to_vec();
    rules.sort_unstable();
    assert!(
        cleaned.removed.keys().map(String::as_str).eq(rules),
        "removed has keys {:?}",
        cleaned.removed.keys()
    );
    if clean::trim(title).is_empty() {
        assert_eq!(
            cleaned.removed["title"], 0,
            "a title rule fired with no title"
        );
    }

    // One paragraph per line, each ended by `\n`, trimmed and not empty.
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "text does not end a line: {text:?}"
    );
    let paragraphs: Vec<&str> = text.split_terminator('\n').collect();
    for p in &paragraphs {
        assert!(!p.is_empty(), "empty paragraph in {text:?}");
        assert_eq!(clean::trim(p), *p, "untrimmed paragraph {p:?}");
    }

    // Censoring marks all became gaps, each counted gap is in the text.
    assert!(
        !text.contains(['*', '＊']),
        "a censoring mark survived: {text:?}"
    );
    let gaps = text.chars().filter(|&c| c == clean::GAP).count();
    assert!(
        cleaned.removed["censor_gap"] <= gaps,
        "more gaps counted than shown"
    );

    // Lines dropped whole, plus the paragraphs kept, cannot outnumber the lines of the input.
    let whole_lines: usize = ["hotline", "chrome", "title", "duplicate", "trailer"]
        .iter()
        .map(|r| cleaned.removed[*r])
        .sum();
    let lines = raw.lines().count();
    assert!(
        paragraphs.len() + whole_lines <= lines,
        "{} paragraphs kept + {whole_lines} dropped from {lines} lines",
        paragraphs.len()
    );

    // Rules only remove or swap a char for one: at most one char more (the final `\n`) per line.
    assert!(
        text.chars().count() <= raw.chars().count() + lines,
        "cleaning grew the text"
    );
}
