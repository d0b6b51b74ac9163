//! The manifest's facts must be backed by the articles themselves.

use baimo_core::{bundled, normalize, DateKind};

#[test]
fn every_raw_file_has_an_entry_and_every_entry_a_file() {
    let corpus = bundled::corpus().expect("corpus loads");
    assert_eq!(corpus.articles.len(), bundled::RAW_FILES.len());
    for (id, _) in bundled::RAW_FILES {
        assert!(corpus.get(id).is_some(), "{id}");
    }
}

#[test]
fn titles_come_from_the_page_or_the_lede() {
    for a in bundled::corpus().unwrap().articles {
        let raw = baimo_core::clean::pinyin::strip(&a.raw.replace('\n', " ")).0;
        let raw = baimo_core::clean::punct::restore(&raw).0;
        match a.meta.title_basis.as_str() {
            "page" => assert!(
                raw.contains(&a.meta.title),
                "{}: title not in the page",
                a.meta.id
            ),
            "lede" => assert!(
                a.text.starts_with(&a.meta.title),
                "{}: title is not the lede",
                a.meta.id
            ),
            other => panic!("{}: unknown title_basis {other}", a.meta.id),
        }
    }
}

#[test]
fn authors_and_publishers_appear_in_the_text() {
    for a in bundled::corpus().unwrap().articles {
        let raw = normalize::to_simplified(
            &baimo_core::clean::pinyin::strip(&a.raw.replace('\n', " ")).0,
        );
        if let Some(author) = &a.meta.author {
            let first = author.split('、').next().unwrap();
            assert!(
                raw.contains(&normalize::to_simplified(first)),
                "{}: author {author}",
                a.meta.id
            );
        }
        let outlet = a.meta.publisher.split(['(', '（']).next().unwrap();
        if !outlet.contains("来源不明") {
            assert!(
                raw.contains(&normalize::to_simplified(outlet)),
                "{}: publisher {outlet}",
                a.meta.id
            );
        }
    }
}

#[test]
fn stated_dates_quote_the_page_and_inferred_dates_say_why() {
    for a in bundled::corpus().unwrap().articles {
        let reason = &a.meta.date_basis.reason;
        match a.meta.date_basis.kind {
            DateKind::Stated => {
                // The quoted header line is in the raw page, and it carries the date.
                let quote = reason
                    .split('「')
                    .nth(1)
                    .and_then(|s| s.split('」').next())
                    .expect("a quote");
                assert!(a.raw.contains(quote), "{}: {quote} not in page", a.meta.id);
                let digits: String = a.meta.date.replace('-', "");
                let quoted: String = quote
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|s| !s.is_empty())
                    .take(3)
                    .map(|s| format!("{:0>2}", s))
                    .collect();
                assert_eq!(quoted, digits, "{}", a.meta.id);
            }
            DateKind::Inferred => assert!(
                reason.chars().count() > 20,
                "{}: give the reasoning",
                a.meta.id
            ),
        }
    }
}

#[test]
fn scripts_match_the_text() {
    for a in bundled::corpus().unwrap().articles {
        assert_eq!(
            normalize::detect_script(&a.text),
            a.meta.script,
            "{}",
            a.meta.id
        );
    }
}
