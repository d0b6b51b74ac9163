//! Search on the bundled corpus: scripts, case, phrases, whole words, sorts, downloads.

use super::*;
use crate::corpus::{Article, Corpus};
use crate::explore::params::Query;
use crate::segment::Segmenter;
use crate::test_support;

const TRAD: &str = "000_946407f189b5cffc.txt";

/// The shared bundled corpus, segmenter and index (see [`crate::test_support`]).
fn fixture() -> (&'static Corpus, &'static Segmenter, &'static Index) {
    (
        test_support::corpus(),
        test_support::segmenter(),
        test_support::index(),
    )
}

fn run(q: &str, sort: Sort) -> Results {
    let (_, segmenter, index) = fixture();
    search(
        index,
        &SearchQuery::parse(q, segmenter),
        Match::Words,
        sort,
        &[],
    )
}

fn article<'a>(corpus: &'a Corpus, id: &str) -> &'a Article {
    corpus.get(id).unwrap()
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn simplified_query_finds_traditional_text_and_the_reverse() {
    let simp = run("亚马逊", Sort::Article);
    let trad = run("亞馬遜", Sort::Article);
    assert_eq!(
        simp,
        Results {
            terms: simp.terms.clone(),
            ..trad.clone()
        },
        "same hits"
    );
    let in_trad: Vec<&Hit> = simp.hits.iter().filter(|h| h.article == TRAD).collect();
    assert!(in_trad.len() > 20, "{}", in_trad.len());
    assert!(in_trad.iter().all(|h| h.keyword == "亞馬遜"));
    let others: Vec<&Hit> = simp.hits.iter().filter(|h| h.article != TRAD).collect();
    assert!(!others.is_empty());
    assert!(others.iter().all(|h| h.keyword == "亚马逊"));
    // Article 004 only has 亚马逊云科技, one word: not a hit for 亚马逊 (whole words).
    assert_eq!(simp.per_article.len(), 4);
    assert!(simp
        .per_article
        .iter()
        .all(|c| !c.article.starts_with("004")));
    assert_eq!(
        simp.per_article.iter().map(|c| c.count).sum::<usize>(),
        simp.total
    );
    assert_eq!(simp.per_term, vec![simp.total]);
}

#[test]
fn hits_slice_the_article_text_with_context_in_the_paragraph() {
    let (corpus, _, _) = fixture();
    let results = run("亚马逊 OpenAI", Sort::Article);
    for h in &results.hits {
        let a = article(corpus, &h.article);
        assert_eq!(slice(&a.text, h.start, h.end), h.keyword);
        let para = a.paragraphs().nth(h.paragraph).unwrap();
        let line = format!("{}{}{}", h.left, h.keyword, h.right);
        assert!(
            para.contains(&line),
            "{line:?} not in paragraph {}",
            h.paragraph
        );
        assert!(h.left.chars().count() <= CONTEXT_CHARS);
        assert!(h.right.chars().count() <= CONTEXT_CHARS);
        assert_eq!(
            slice(&a.text, h.start - h.left.chars().count(), h.start),
            h.left
        );
    }
    assert_eq!(
        results.hits[0].evidence_path(),
        format!(
            "/read/{}?s={}-{}#p{}",
            crate::explore::reader::address(&results.hits[0].article),
            results.hits[0].start,
            results.hits[0].end,
            results.hits[0].paragraph
        )
    );
}

#[test]
fn latin_is_case_insensitive_and_full_width_folds() {
    let a = run("openai", Sort::Article);
    let b = run("OpenAI", Sort::Article);
    let c = run("ＯＰＥＮＡＩ", Sort::Article);
    assert!(a.total > 100, "{}", a.total);
    assert_eq!(a.hits, b.hits);
    assert_eq!(a.hits, c.hits);
    assert!(a
        .hits
        .iter()
        .all(|h| h.keyword.eq_ignore_ascii_case("openai")));
}

#[test]
fn quoted_phrases_match_across_spacing_and_cuts() {
    let (_, segmenter, _) = fixture();
    let q = SearchQuery::parse("\"生成式 AI\"", segmenter);
    assert_eq!(q.terms.len(), 1);
    assert!(q.terms[0].phrase);
    let results = run("\"生成式 AI\"", Sort::Article);
    let keywords: Vec<&str> = results.hits.iter().map(|h| h.keyword.as_str()).collect();
    assert!(keywords.contains(&"生成式AI"), "{keywords:?}");
    assert!(keywords.contains(&"生成式 AI"), "{keywords:?}");
    // Unquoted, the same words are two terms and give more hits.
    assert!(run("生成式 AI", Sort::Article).total > results.total);
    // A Latin phrase keeps its space: "Hugging Face" and not "HuggingFace" in the text.
    let hf = run("\"hugging face\"", Sort::Article);
    assert!(hf.total >= 20, "{}", hf.total);
    assert!(hf.hits.iter().all(|h| h.keyword == "Hugging Face"));
}

#[test]
fn two_terms_give_the_union() {
    let a = run("亚马逊", Sort::Article).total;
    let b = run("OpenAI", Sort::Article).total;
    let both = run("亚马逊 OpenAI", Sort::Article);
    assert_eq!(both.total, a + b);
    assert_eq!(both.per_term, vec![a, b]);
    // The same term twice, in either script, counts once.
    assert_eq!(run("亚马逊 亞馬遜 \"亚马逊\"", Sort::Article).total, a);
    // Commas separate terms too.
    assert_eq!(run("亚马逊，OpenAI", Sort::Article).total, a + b);
}

#[test]
fn hits_are_whole_words() {
    // 马逊 is inside 亚马逊 everywhere: never a hit on its own.
    assert_eq!(run("马逊", Sort::Article).total, 0);
    // A run of corpus words matches a term typed as one string (亚马逊 + 投资), in
    // either script, and spaces between Han words don't matter.
    let run_hits = run("亞馬遜投資", Sort::Article);
    assert!(run_hits.total > 0);
    assert!(run_hits
        .hits
        .iter()
        .all(|h| match_key(&h.keyword) == "亚马逊投资"));
    assert_eq!(run("\"亚马逊 投资\"", Sort::Article).hits, run_hits.hits);
    let (corpus, segmenter, _) = fixture();
    let h = &run_hits.hits[0];
    let para = article(corpus, &h.article)
        .paragraphs()
        .nth(h.paragraph)
        .unwrap();
    assert!(
        segmenter
            .words(para)
            .iter()
            .all(|w| match_key(w) != "亚马逊投资"),
        "one corpus token"
    );
}

#[test]
fn sorts_order_by_context() {
    let by_article = run("亚马逊", Sort::Article);
    let left = run("亚马逊", Sort::Left);
    let right = run("亚马逊", Sort::Right);
    assert_eq!(left.total, by_article.total);
    assert_ne!(left.hits, by_article.hits);
    assert_ne!(right.hits, by_article.hits);
    let rev = |h: &Hit| match_key(&h.left).chars().rev().collect::<String>();
    assert!(left.hits.windows(2).all(|w| rev(&w[0]) <= rev(&w[1])));
    assert!(right
        .hits
        .windows(2)
        .all(|w| match_key(&w[0].right) <= match_key(&w[1].right)));
    // Article order: corpus order, then position.
    let (corpus, _, _) = fixture();
    let pos = |h: &Hit| {
        (
            corpus.articles.iter().position(|a| a.meta.id == h.article),
            h.start,
        )
    };
    assert!(by_article.hits.windows(2).all(|w| pos(&w[0]) <= pos(&w[1])));
}

#[test]
fn limiting_to_articles_keeps_every_count() {
    let (_, segmenter, index) = fixture();
    let q = SearchQuery::parse("亚马逊", segmenter);
    let all = search(index, &q, Match::Words, Sort::Article, &[]);
    let only = search(index, &q, Match::Words, Sort::Article, &[TRAD.to_owned()]);
    assert_eq!(only.per_article.len(), all.per_article.len());
    let trad = only.per_article.iter().find(|c| c.article == TRAD).unwrap();
    assert!(trad.selected);
    assert_eq!(only.total, trad.count);
    assert!(only.hits.iter().all(|h| h.article == TRAD));
    assert_eq!(only.per_article.iter().filter(|c| c.selected).count(), 1);
}

#[test]
fn empty_garbage_and_hostile_queries_find_nothing_without_panicking() {
    let (_, segmenter, _) = fixture();
    for q in [
        "",
        "   ",
        "\"",
        "\"\"",
        "，。！",
        "🤖",
        "\u{0}",
        "「",
        "xyzzyplugh",
    ] {
        let results = run(q, Sort::Left);
        assert_eq!(results.total, 0, "{q:?}");
    }
    assert!(SearchQuery::parse("，。", segmenter).is_empty());
    // An unclosed quote runs to the end.
    let q = SearchQuery::parse("OpenAI \"生成式 AI", segmenter);
    assert_eq!(q.terms.len(), 2);
    assert!(q.terms[1].phrase);
    // Long queries are cut, and say so.
    let long = "亚马逊 ".repeat(1000);
    let q = SearchQuery::parse(&long, segmenter);
    assert!(q.truncated);
    assert_eq!(q.terms.len(), 1);
    let many: String = (0..40).map(|i| format!("w{i} ")).collect();
    let q = SearchQuery::parse(&many, segmenter);
    assert!(q.truncated);
    assert_eq!(q.terms.len(), MAX_TERMS);
    let emoji = "🤖亚马逊🤖";
    let _ = run(emoji, Sort::Right);
}

#[test]
fn query_words_are_the_segmenter_cut() {
    let (_, segmenter, _) = fixture();
    let q = SearchQuery::parse("亚马逊投资", segmenter);
    assert_eq!(q.terms.len(), 1);
    assert_eq!(q.terms[0].words, segmenter.words("亚马逊投资"));
    assert!(q.terms[0].words.len() >= 2, "{:?}", q.terms[0].words);
}

#[test]
fn match_keys_fold_script_case_and_spacing() {
    assert_eq!(match_key("亞馬遜"), "亚马逊");
    assert_eq!(match_key("Hugging  Face"), "hugging face");
    assert_eq!(match_key("生成式 AI"), "生成式ai");
    assert_eq!(match_key("蒂姆 · 库克"), "蒂姆·库克");
    assert_eq!(match_key("ＧＰＴ－4"), match_key("ＧＰＴ－4"));
}

#[test]
fn anywhere_finds_a_string_inside_words_with_exact_spans() {
    let (corpus, segmenter, index) = fixture();
    let q = SearchQuery::parse("亚马逊", segmenter);
    let words = search(index, &q, Match::Words, Sort::Article, &[]);
    let anywhere = search(index, &q, Match::Anywhere, Sort::Article, &[]);
    assert!(
        anywhere.total > words.total,
        "{} vs {}",
        anywhere.total,
        words.total
    );
    // Every whole-word hit is also found anywhere, at the same place.
    for h in &words.hits {
        assert!(anywhere
            .hits
            .iter()
            .any(|x| x.article == h.article && x.start == h.start && x.end == h.end));
    }
    // 004 names Amazon only inside 亚马逊云科技: nothing as a whole word, found anywhere.
    let in_004 = |r: &Results| {
        r.hits
            .iter()
            .filter(|h| h.article.starts_with("004"))
            .count()
    };
    assert_eq!(in_004(&words), 0);
    assert!(in_004(&anywhere) > 0);
    for h in &anywhere.hits {
        let text: Vec<char> = article(corpus, &h.article).text.chars().collect();
        let hit: String = text[h.start..h.end].iter().collect();
        assert_eq!(match_key(&hit), "亚马逊", "{}:{}", h.article, h.start);
        assert_eq!(hit, h.keyword);
    }
    // Inside a word, in traditional script and across Latin case too.
    let part = search(
        index,
        &SearchQuery::parse("马逊", segmenter),
        Match::Anywhere,
        Sort::Article,
        &[],
    );
    assert_eq!(part.total, anywhere.total);
    let latin = search(
        index,
        &SearchQuery::parse("penai", segmenter),
        Match::Anywhere,
        Sort::Article,
        &[],
    );
    assert!(latin
        .hits
        .iter()
        .all(|h| h.keyword.eq_ignore_ascii_case("penai")));
    assert!(latin.total > 0);
    assert_eq!(
        search(
            index,
            &SearchQuery::parse("马逊", segmenter),
            Match::Words,
            Sort::Article,
            &[]
        )
        .total,
        0
    );
}

#[test]
fn params_round_trip_and_ignore_bad_values() {
    let p = Params {
        q: "亚马逊 \"生成式 AI\"".into(),
        how: Match::Anywhere,
        sort: Sort::Left,
        articles: vec![TRAD.into()],
        page: 3,
        top: 30,
    };
    let back = Params::from_query(&Query::parse(&p.to_query().to_query_string()));
    assert_eq!(back, p);
    let bad = Params::from_query(&Query::parse("q=x&m=fuzzy&sort=sideways&a=nope.txt"));
    assert_eq!(bad.sort, Sort::Article);
    assert_eq!(bad.how, Match::Words);
    let (_, _, index) = fixture();
    assert!(bad.known_articles(index).is_empty());
    assert_eq!(Params::default().to_query().to_query_string(), "");
    // The first page and the first table size are left out of links.
    let first = Params::from_query(&Query::parse("q=x&page=1&top=10"));
    assert_eq!(first.to_query().to_query_string(), "q=x");
    let nonsense = Params::from_query(&Query::parse("q=x&page=-2&top=many"));
    assert_eq!((nonsense.page, nonsense.top), (0, 0));
    // A changed article filter starts at the first page again.
    let toggled = p.toggle_article(TRAD);
    assert!(toggled.articles.is_empty());
    assert_eq!(toggled.page, 0);
    assert_eq!(toggled.toggle_article("x").articles, vec!["x".to_owned()]);
}

#[test]
fn table_and_json_list_every_hit() {
    let (_, segmenter, index) = fixture();
    let params = Params {
        q: "亚马逊 OpenAI".into(),
        sort: Sort::Right,
        ..Params::default()
    };
    let results = search(
        index,
        &SearchQuery::parse(&params.q, segmenter),
        params.how,
        params.sort,
        &[],
    );
    let t = table(&results);
    assert_eq!(t.headers, COLUMNS);
    assert_eq!(t.rows.len(), results.total);
    assert_eq!(t.rows[0][8], results.hits[0].evidence_path());
    assert_eq!(t.rows[0][6], results.hits[0].keyword);
    let json: serde_json::Value = serde_json::from_str(&to_json(&params, &results)).unwrap();
    assert_eq!(json["view"], "search");
    assert_eq!(json["sort"], "right");
    assert_eq!(json["total"], results.total);
    assert_eq!(json["hits"].as_array().unwrap().len(), results.total);
    assert_eq!(json["hits"][0]["keyword"], results.hits[0].keyword.as_str());
    assert!(json["hits"][0]["evidence"]
        .as_str()
        .unwrap()
        .starts_with("/read/"));
    assert_eq!(
        json["per_article"].as_array().unwrap().len(),
        results.per_article.len()
    );
}

#[test]
fn lines_come_a_page_at_a_time() {
    // 的 hits well over a thousand times in five articles.
    let results = run("的", Sort::Article);
    let total = results.total;
    assert!(total > 3 * LINES_PER_PAGE, "{total}");
    let pages = total.div_ceil(LINES_PER_PAGE);
    let table = [
        (0, 1, 1),
        (1, 1, 1),
        (2, 2, LINES_PER_PAGE + 1),
        (pages, pages, (pages - 1) * LINES_PER_PAGE + 1),
        (pages + 5, pages, (pages - 1) * LINES_PER_PAGE + 1),
    ];
    for (asked, page, first) in table {
        let shown = lines_page(&results.hits, asked);
        assert_eq!(
            (shown.page, shown.pages, shown.first),
            (page, pages, first),
            "page {asked}"
        );
        assert_eq!(
            shown.hits,
            &results.hits[first - 1..(first - 1 + LINES_PER_PAGE).min(total)]
        );
    }
    let every: usize = (1..=pages)
        .map(|p| lines_page(&results.hits, p).hits.len())
        .sum();
    assert_eq!(every, total);
    // Fewer hits than a page: one page, all of them.
    let few = run("亚马逊", Sort::Article);
    let one = lines_page(&few.hits, 4);
    assert_eq!(
        (one.page, one.pages, one.first, one.hits.len()),
        (1, 1, 1, few.total)
    );
    let empty = Results::default();
    let none = lines_page(&empty.hits, 1);
    assert_eq!(
        (none.page, none.pages, none.first, none.hits.len()),
        (1, 1, 0, 0)
    );
}

#[test]
fn counts_list_the_articles_with_most_hits_first() {
    let count = |article: &str, count: usize, selected: bool| ArticleCount {
        article: article.into(),
        title: article.into(),
        script: crate::corpus::Script::Simplified,
        count,
        selected,
    };
    // 75 articles with hits: article n has n % 7 + 1 of them.
    let per_article: Vec<ArticleCount> = (0..75)
        .map(|n| count(&format!("a{n}"), n % 7 + 1, true))
        .collect();
    let results = Results {
        per_article,
        ..Results::default()
    };
    let table = [
        // (shown asked, listed, hidden, more)
        (
            0,
            COUNTS_FIRST,
            75 - COUNTS_FIRST,
            Some(COUNTS_FIRST + COUNTS_MORE),
        ),
        (COUNTS_FIRST + COUNTS_MORE, 30, 45, Some(COUNTS_MAX)),
        (COUNTS_MAX, COUNTS_MAX, 75 - COUNTS_MAX, None),
        (500, COUNTS_MAX, 75 - COUNTS_MAX, None),
    ];
    for (asked, listed, hidden, more) in table {
        let top = top_counts(&results.per_article, asked);
        assert_eq!(
            (top.rows.len(), top.hidden, top.more),
            (listed, hidden, more),
            "{asked}"
        );
        // Most hits first; ties in corpus order.
        assert!(top.rows.windows(2).all(|w| w[0].count > w[1].count
            || (w[0].count == w[1].count
                && w[0].article[1..].parse::<usize>().unwrap()
                    < w[1].article[1..].parse::<usize>().unwrap())));
    }
    assert_eq!(top_counts(&results.per_article, 0).rows[0].article, "a6");
    // An article the lines are limited to is listed even when it has few hits.
    let mut limited = results.clone();
    for c in &mut limited.per_article {
        c.selected = c.article == "a0";
    }
    let top = top_counts(&limited.per_article, 0);
    assert_eq!(top.rows.len(), COUNTS_FIRST + 1);
    assert_eq!(top.rows.last().unwrap().article, "a0");
    // Few articles: all listed, no "more".
    let few = run("亚马逊", Sort::Article);
    let top = top_counts(&few.per_article, 0);
    assert_eq!(
        (top.rows.len(), top.hidden, top.more),
        (few.per_article.len(), 0, None)
    );
}
