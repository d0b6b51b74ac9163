//! The import path end to end: bytes in, a stored article out, and back through a library file.

use super::decode::{Choice, Encoding};
use super::library::{self, LibraryError};
use super::*;
use crate::corpus::Script;

const TODAY: &str = "2026-11-24";
const ARTICLE: &str = "亚马逊加码AI\n来源：界面新闻 2023年9月25日\n亚马逊宣布向人工智能初创公司Anthropic投资最多40亿美元。\n双方将在云计算上合作。";

#[test]
fn a_text_file_becomes_a_draft_with_its_facts_guessed() {
    let d = read_file("notes/亚马逊.txt", ARTICLE.as_bytes(), Choice::Auto, TODAY).unwrap();
    let m = &d.article.meta;
    assert_eq!(
        (m.title.as_str(), m.publisher.as_str(), m.date.as_str()),
        ("亚马逊加码AI", "界面新闻", "2023-09-25")
    );
    assert_eq!(m.script, Script::Simplified);
    assert!(m.id.starts_with(ID_PREFIX) && m.id.len() == ID_PREFIX.len() + 12);
    assert_eq!(d.guessed, Guessed::default());
    assert!(d.article.text.contains("投资最多40亿美元"));
    assert_eq!(d.source.file_name.as_deref(), Some("notes/亚马逊.txt"));
}

#[test]
fn missing_facts_fall_back_and_are_marked() {
    let d = read_file(
        "我的笔记.md",
        "亚马逊宣布向Anthropic投资。这是正文。".as_bytes(),
        Choice::Auto,
        TODAY,
    )
    .unwrap();
    assert_eq!(d.article.meta.title, "我的笔记");
    assert_eq!(d.article.meta.title_basis, "file");
    // Regression (issue 15): nothing gives a date, so the article is undated, not dated the
    // day of import (whose 今年/去年 would then resolve into the wrong years).
    assert_eq!(d.article.meta.date, "");
    assert_eq!(d.article.meta.date_basis.kind, crate::DateKind::Inferred);
    assert!(d.guessed.date && d.guessed.publisher && d.guessed.title);
    let stored = d.finish(&d.edits(), TODAY).unwrap();
    assert_eq!(stored.meta.date, "", "an undated article stays undated");
    let pasted = read_paste("亚马逊宣布向Anthropic投资。这是正文。", TODAY).unwrap();
    assert_eq!(pasted.article.meta.title, "亚马逊宣布向Anthropic投资");
    assert_eq!(pasted.article.meta.id, d.article.meta.id);
}

#[test]
fn gbk_big5_and_html_read_right() {
    let (gbk, _, _) = encoding_rs::GBK.encode(ARTICLE);
    let d = read_file("a.txt", &gbk, Choice::Auto, TODAY).unwrap();
    assert_eq!(d.source.encoding, Some(Encoding::Gb18030));
    assert_eq!(d.article.meta.title, "亚马逊加码AI");
    let hant = "亞馬遜加碼AI\n亞馬遜宣布向人工智能初創公司Anthropic投資最多40億美元。雙方將在雲計算上合作。";
    let (big5, _, _) = encoding_rs::BIG5.encode(hant);
    let d = read_file("b.txt", &big5, Choice::Auto, TODAY).unwrap();
    assert_eq!(
        (d.source.encoding, d.article.meta.script),
        (Some(Encoding::Big5), Script::Traditional)
    );
    let html = "<html><head><title>亚马逊加码AI</title><script>window.pwned=1</script></head><body><p>亚马逊宣布向Anthropic投资。</p><img src=x onerror=alert(1)></body></html>";
    let d = read_file("page.txt", html.as_bytes(), Choice::Auto, TODAY).unwrap();
    assert_eq!(d.source.format, Format::Html);
    assert_eq!(d.article.meta.title, "亚马逊加码AI");
    assert!(!d.article.raw.contains("pwned") && !d.article.raw.contains("onerror"));
}

#[test]
fn refusals_say_why() {
    assert_eq!(
        read_file("a.txt", b"", Choice::Auto, TODAY),
        Err(ImportError::Empty)
    );
    assert_eq!(read_paste("  \n ", TODAY), Err(ImportError::Empty));
    assert_eq!(
        read_file("a.png", b"\x89PNG\r\n\x1a\n\0\0", Choice::Auto, TODAY),
        Err(ImportError::Binary)
    );
    let big = vec![b'a'; MAX_FILE_BYTES + 1];
    assert_eq!(
        read_file("big.txt", &big, Choice::Auto, TODAY),
        Err(ImportError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES
        })
    );
    let long = "长".repeat(MAX_CHARS + 5);
    assert_eq!(
        read_file("long.txt", long.as_bytes(), Choice::Auto, TODAY),
        Err(ImportError::TooLong {
            chars: MAX_CHARS + 5,
            limit: MAX_CHARS
        })
    );
    assert_eq!(
        read_file(
            "x.html",
            b"<html><script>alert(1)</script></html>",
            Choice::Auto,
            TODAY
        ),
        Err(ImportError::NothingLeft)
    );
}

#[test]
fn finishing_applies_edits_and_checks_them() {
    let d = read_paste(ARTICLE, TODAY).unwrap();
    let mut e = d.edits();
    e.title = "  新标题 ".into();
    e.date = "2023-09".into();
    let s = d.finish(&e, TODAY).unwrap();
    assert_eq!(
        (
            s.meta.title.as_str(),
            s.meta.title_basis.as_str(),
            s.meta.date.as_str()
        ),
        ("新标题", "person", "2023-09")
    );
    // The old headline is no longer the title, so cleaning keeps it as the first paragraph.
    assert!(s.article().text.starts_with("亚马逊加码AI\n亚马逊宣布"));
    e.date = "2023-9-1".into();
    assert_eq!(
        d.finish(&e, TODAY),
        Err(EditError::BadDate {
            date: "2023-9-1".into()
        })
    );
    e.title = " ".into();
    assert_eq!(d.finish(&e, TODAY), Err(EditError::NoTitle));
}

#[test]
fn a_library_round_trips_and_refuses_what_it_cannot_read() {
    let a = read_paste(ARTICLE, TODAY)
        .unwrap()
        .finish(
            &Edits {
                title: "甲".into(),
                publisher: "".into(),
                date: "2023".into(),
            },
            TODAY,
        )
        .unwrap();
    let b = read_paste("另一篇文章的正文。", TODAY).unwrap();
    let b = b.finish(&b.edits(), TODAY).unwrap();
    let json = library::to_json(&[a.clone(), b.clone()]);
    assert_eq!(library::parse(&json), Ok(vec![a.clone(), b.clone()]));

    assert!(matches!(
        library::parse("{\"schema\": \"baimo-library\", "),
        Err(LibraryError::NotJson { line: 1, .. })
    ));
    assert_eq!(library::parse("[1,2]"), Err(LibraryError::NotALibrary));
    let future = json.replacen("\"version\": 1", "\"version\": 7", 1);
    assert_eq!(
        library::parse(&future),
        Err(LibraryError::FutureVersion {
            found: 7,
            supported: 2
        })
    );
    let bad_id = json.replacen(&a.meta.id, "../../etc", 1);
    assert!(matches!(
        library::parse(&bad_id),
        Err(LibraryError::BadArticle { number: 1, .. })
    ));
    let bad_date = json.replacen("\"date\": \"2023\"", "\"date\": \"soon\"", 1);
    assert!(matches!(
        library::parse(&bad_date),
        Err(LibraryError::BadArticle { number: 1, .. })
    ));

    let merged = library::merge(std::slice::from_ref(&a), vec![b.clone(), a.clone()]);
    assert_eq!(merged.library, vec![a.clone(), b.clone()]);
    assert_eq!(
        (merged.added, merged.already),
        (vec![b.meta.id.clone()], vec![a.meta.id.clone()])
    );
}

/// The browser tests' GBK fixture tells the Amazon → Anthropic investment of 25 September 2023
/// with another amount (US$5 bn): imported beside the bundled corpus, it clusters with the
/// bundled tellings and the cluster flags the amounts as a conflict.
#[test]
fn an_imported_article_joins_the_analysis_and_can_contradict_the_corpus() {
    use crate::analysis::analyse;
    use crate::bundled;
    use crate::registry::Registry;
    let bytes = include_bytes!("../../../../tests/browser/fixtures/import/gbk.txt");
    let draft = read_file("gbk.txt", bytes, Choice::Auto, TODAY).unwrap();
    assert_eq!(draft.source.encoding, Some(Encoding::Gb18030));
    let stored = draft.finish(&draft.edits(), TODAY).unwrap();
    let id = stored.meta.id.clone();
    let mut corpus = bundled::corpus().unwrap();
    corpus.articles.push(stored.article());
    let analysis = analyse(
        &corpus,
        crate::test_support::segmenter(),
        Registry::bundled(),
    );
    let event = analysis
        .events
        .iter()
        .find(|e| e.article == id && e.date == "2023-09-25")
        .expect("the imported article's dated event");
    assert!(event.entities.iter().any(|e| e == "amazon"));
    let cluster = analysis
        .clusters
        .iter()
        .find(|c| c.events.contains(&event.id))
        .expect("clustered with the corpus");
    assert!(cluster.articles.iter().any(|a| !library::is_imported(a)));
    let conflict = cluster
        .conflicts
        .iter()
        .find(|c| c.field == "amount")
        .expect("an amount conflict");
    assert!(conflict.sides.iter().any(|s| s.article == id));
    assert!(conflict.sides.iter().any(|s| s.article != id));
}

#[test]
fn a_stored_article_can_be_renamed_but_not_to_nothing() {
    let d = read_paste(ARTICLE, TODAY).unwrap();
    let s = d.finish(&d.edits(), TODAY).unwrap();
    let r = s.renamed("  亚马逊的新投资 ").unwrap();
    assert_eq!(
        (r.meta.title.as_str(), r.meta.title_basis.as_str()),
        ("亚马逊的新投资", "person")
    );
    assert_eq!(
        (&r.meta.id, &r.raw, &r.source),
        (&s.meta.id, &s.raw, &s.source)
    );
    // The old headline is text again once it is no longer the title.
    assert!(r.article().text.starts_with("亚马逊加码AI\n"));
    assert_eq!(s.renamed(&s.meta.title).unwrap(), s);
    assert_eq!(s.renamed(" \n"), Err(EditError::NoTitle));
}

#[test]
fn library_files_are_read_from_bytes_with_a_size_limit() {
    let d = read_paste(ARTICLE, TODAY).unwrap();
    let s = d.finish(&d.edits(), TODAY).unwrap();
    let json = library::to_json(std::slice::from_ref(&s));
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), json.as_bytes()].concat();
    assert_eq!(library::parse_bytes(&with_bom), Ok(vec![s]));
    assert!(matches!(
        library::parse_bytes(b"{\"schema\": \"baimo-library\", \"x\": \"\xFF\"}"),
        Err(LibraryError::NotJson { line: 1, .. })
    ));
    let huge = vec![b' '; library::MAX_FILE_BYTES + 1];
    assert_eq!(
        library::parse_bytes(&huge),
        Err(LibraryError::TooLarge {
            bytes: library::MAX_FILE_BYTES + 1,
            limit: library::MAX_FILE_BYTES
        })
    );
}

#[test]
fn undated_imports_are_dated_from_their_text_or_name_and_marked_guessed() {
    let body =
        "正文：2023年3月1日发布了A，2024年4月15日又发布了B。今年2月，公司还完成了融资。".as_bytes();
    // (file name, date, basis mentions)
    let table: &[(&str, &str, &str)] = &[
        ("2024-07-01-笔记.md", "2024-07-01", "file name"),
        ("笔记.md", "2024-04-15", "latest date"),
    ];
    for (name, date, why) in table {
        let d = read_file(name, body, Choice::Auto, TODAY).unwrap();
        let m = &d.article.meta;
        assert_eq!(m.date, *date, "{name}");
        assert_eq!(m.date_basis.kind, crate::DateKind::Inferred, "{name}");
        assert!(
            m.date_basis.reason.contains(why),
            "{name}: {}",
            m.date_basis.reason
        );
        assert!(d.guessed.date);
        // Confirmed as it is, the guess stays a guess.
        let s = d.finish(&d.edits(), TODAY).unwrap();
        assert_eq!(s.meta.date_basis.kind, crate::DateKind::Inferred, "{name}");
    }
    // A credit line cleaning takes out of Markdown still states the date.
    let md = "# 标题\n\n来源：百模测试周报 2023年10月9日\n\n正文。";
    let d = read_file("笔记.md", md.as_bytes(), Choice::Auto, TODAY).unwrap();
    assert_eq!(d.article.meta.date, "2023-10-09");
    assert_eq!(d.article.meta.date_basis.kind, crate::DateKind::Stated);
    // A byline states the date.
    let d = read_file(
        "笔记.md",
        "标题\n发布于 2024-04-20\n正文。".as_bytes(),
        Choice::Auto,
        TODAY,
    )
    .unwrap();
    assert_eq!(d.article.meta.date, "2024-04-20");
    assert_eq!(d.article.meta.date_basis.kind, crate::DateKind::Stated);
    assert!(!d.guessed.date);
    // Relative dates resolve against the guessed date: 今年2月 is February 2024.
    let d = read_file("笔记.md", body, Choice::Auto, TODAY).unwrap();
    let segmenter = crate::Segmenter::new().unwrap();
    let reading = crate::analysis::reading::read(&d.article, &segmenter);
    let years: Vec<i32> = reading
        .sentences
        .iter()
        .flat_map(|s| s.dates.iter().map(|m| m.date.year))
        .collect();
    assert!(years.contains(&2024) && !years.contains(&2026), "{years:?}");
}

#[test]
fn library_files_carry_the_readers_curation() {
    use crate::curation::{Edit, Overlay};
    let a = read_paste("一篇文章的正文。", TODAY).unwrap();
    let a = a.finish(&a.edits(), TODAY).unwrap();
    let curation = Overlay {
        edits: vec![Edit::Hide {
            company: "apple".to_owned(),
        }],
    };
    // Without edits the file stays version 1, which older baimos read.
    let plain = library::to_json(std::slice::from_ref(&a));
    assert!(plain.contains("\"version\": 1") && !plain.contains("curation"));
    let plain = library::parse_library(&plain).unwrap();
    assert_eq!(plain.curation, Overlay::default());
    // With edits: version 2, and they come back.
    let json = library::to_json_with(std::slice::from_ref(&a), &curation);
    assert!(json.contains("\"version\": 2"), "{json}");
    let read = library::parse_library_bytes(json.as_bytes()).unwrap();
    assert_eq!((read.articles, read.curation), (vec![a.clone()], curation));
    // A damaged curation refuses the file, saying why.
    let bad = json.replacen("\"hide\"", "\"paint\"", 1);
    assert!(matches!(
        library::parse_library(&bad),
        Err(LibraryError::BadCuration { .. })
    ));
}
