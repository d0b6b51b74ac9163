//! The lists' filters, sorts, folding of reposts and pages, table by table.

use super::*;
use crate::test_support;

/// Seven articles: two publishers, two months, a story told three times (b the original, d and
/// f copies), two of them the reader's own.
fn library() -> Vec<Item> {
    let item =
        |id: &str, title: &str, publisher: &str, date: &str, chars: usize, companies: &[&str]| {
            let mut item = Item::new(id, title, publisher, date, chars);
            item.companies = companies.iter().map(|c| (*c).to_owned()).collect();
            item
        };
    let mut items = vec![
        item(
            "a",
            "亞馬遜投資 Anthropic",
            "新浪",
            "2024-04-02",
            900,
            &["amazon", "anthropic"],
        ),
        item(
            "b",
            "OpenAI 发布新模型",
            "36氪",
            "2024-04-15",
            3000,
            &["openai"],
        ),
        item("c", "百度文心一言", "新浪", "2024-07-01", 1200, &["baidu"]),
        item(
            "d",
            "OpenAI发布新模型（转载）",
            "新浪",
            "2024-04-16",
            2900,
            &["openai"],
        ),
        item(
            "mine-e",
            "My notes on Anthropic",
            "",
            "2024-07",
            400,
            &["anthropic"],
        ),
        item(
            "mine-f",
            "openai 发布 新模型",
            "",
            "2024-07-20",
            3000,
            &["openai"],
        ),
        item("g", "Undated", "36氪", "", 100, &[]),
    ];
    for (i, original) in [(1, true), (3, false), (5, false)] {
        items[i].story = Some((0, original));
    }
    items
}

fn ids(items: &[Item], listing: &Listing) -> Vec<String> {
    listing
        .rows
        .iter()
        .map(|row| {
            let copies: Vec<&str> = row.copies.iter().map(|&c| items[c].id.as_str()).collect();
            if copies.is_empty() {
                items[row.item].id.clone()
            } else {
                format!("{}[{}]", items[row.item].id, copies.join(","))
            }
        })
        .collect()
}

fn run(query: &str) -> Vec<String> {
    let items = library();
    let params = Params::from_query(&Query::parse(query));
    ids(&items, &list(&items, &params, 100))
}

#[test]
fn filters() {
    let table: &[(&str, &[&str])] = &[
        ("", &["a", "b[d,mine-f]", "c", "mine-e", "g"]),
        ("from=2024-07", &["c", "mine-e", "mine-f"]),
        ("to=2024-04", &["a", "b[d]"]),
        ("from=2024-04-10&to=2024-04-15", &["b"]),
        // A month-precise date is within a day range of its month; a malformed date is ignored.
        ("from=2024-07-05", &["mine-e", "mine-f"]),
        ("from=2024-7", &["a", "b[d,mine-f]", "c", "mine-e", "g"]),
        ("pub=新浪", &["a", "c", "d"]),
        ("pub=%E6%96%B0%E6%B5%AA&from=2024-04-10", &["c", "d"]),
        ("co=openai", &["b[d,mine-f]"]),
        ("co=anthropic&src=yours", &["mine-e"]),
        ("src=bundled", &["a", "b[d]", "c", "g"]),
        ("src=yours", &["mine-e", "mine-f"]),
        ("src=nonsense", &["a", "b[d,mine-f]", "c", "mine-e", "g"]),
        // Titles: either script, any case, every word, spacing ignored.
        ("q=亚马逊", &["a"]),
        ("q=ANTHROPIC", &["a", "mine-e"]),
        ("q=openai+模型", &["b[d,mine-f]"]),
        ("q=发布新", &["b[d,mine-f]"]),
        ("q=转载", &["d"]),
        ("q=nothing", &[]),
        ("copies=all", &["a", "b", "c", "d", "mine-e", "mine-f", "g"]),
        ("copies=all&co=openai", &["b", "d", "mine-f"]),
    ];
    for (query, expected) in table {
        assert_eq!(run(query), *expected, "{query}");
    }
}

#[test]
fn sorts() {
    let table: &[(&str, &[&str])] = &[
        // A month-precise date sorts before the days of its month.
        ("sort=date", &["g", "a", "b[d,mine-f]", "mine-e", "c"]),
        ("sort=-date", &["c", "mine-e", "b[d,mine-f]", "a", "g"]),
        ("sort=-length", &["b[d,mine-f]", "c", "a", "mine-e", "g"]),
        ("sort=length", &["g", "mine-e", "a", "c", "b[d,mine-f]"]),
        ("sort=publisher", &["mine-e", "b[d,mine-f]", "g", "a", "c"]),
        ("sort=title", &["mine-e", "b[d,mine-f]", "g", "a", "c"]),
        ("sort=-order", &["a", "b[d,mine-f]", "c", "mine-e", "g"]),
        (
            "sort=-date&copies=all",
            &["mine-f", "c", "mine-e", "d", "b", "a", "g"],
        ),
    ];
    for (query, expected) in table {
        assert_eq!(run(query), *expected, "{query}");
    }
}

#[test]
fn a_story_is_shown_by_its_original_else_its_first_copy_shown() {
    // The original is filtered out: the first copy in the list's order stands for the story.
    assert_eq!(run("pub=新浪&co=openai"), ["d"]);
    assert_eq!(run("from=2024-04-16"), ["c", "d[mine-f]", "mine-e"]);
    assert_eq!(
        run("from=2024-04-16&sort=-date"),
        ["mine-f[d]", "c", "mine-e"]
    );
    // The original keeps the story's place even when a copy sorts before it.
    assert_eq!(run("co=openai&sort=-date"), ["b[d,mine-f]"]);
}

#[test]
fn pages() {
    let items = library();
    let page = |query: &str, per_page: usize| {
        let listing = list(&items, &Params::from_query(&Query::parse(query)), per_page);
        (
            ids(&items, &listing),
            listing.page,
            listing.pages,
            listing.total_rows,
            listing.matched,
        )
    };
    // (address, rows a page, (rows shown, page, pages, rows in all, articles matched))
    type Expected<'a> = (&'a [&'a str], usize, usize, usize, usize);
    let table: &[(&str, usize, Expected)] = &[
        ("", 2, (&["a", "b[d,mine-f]"], 1, 3, 5, 7)),
        ("page=2", 2, (&["c", "mine-e"], 2, 3, 5, 7)),
        ("page=3", 2, (&["g"], 3, 3, 5, 7)),
        // Past the end: the last page; nonsense or zero: the first.
        ("page=99", 2, (&["g"], 3, 3, 5, 7)),
        ("page=0", 2, (&["a", "b[d,mine-f]"], 1, 3, 5, 7)),
        ("page=x", 2, (&["a", "b[d,mine-f]"], 1, 3, 5, 7)),
        ("copies=all&page=4", 2, (&["g"], 4, 4, 7, 7)),
        ("q=nothing&page=2", 2, (&[], 1, 1, 0, 0)),
        (
            "",
            25,
            (&["a", "b[d,mine-f]", "c", "mine-e", "g"], 1, 1, 5, 7),
        ),
    ];
    for (query, per_page, (rows, p, pages, total, matched)) in table {
        let expected = (
            rows.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>(),
            *p,
            *pages,
            *total,
            *matched,
        );
        assert_eq!(page(query, *per_page), expected, "{query}");
    }
}

#[test]
fn params_round_trip_through_the_address() {
    let table = [
        ("", ""),
        ("page=1&sort=order&src=all", ""),
        ("sort=-date&page=3", "sort=-date&page=3"),
        (
            "page=2&copies=all&src=yours&co=openai&pub=36%E6%B0%AA&to=2024-07&from=2024-04&q=AI+%E6%A8%A1%E5%9E%8B&sort=title",
            "q=AI+%E6%A8%A1%E5%9E%8B&sort=title&from=2024-04&to=2024-07&pub=36%E6%B0%AA&co=openai&src=yours&copies=all&page=2",
        ),
        ("sort=sideways&from=April&copies=some", ""),
    ];
    for (query, canonical) in table {
        let params = Params::from_query(&Query::parse(query));
        assert_eq!(params.to_query().to_query_string(), canonical, "{query}");
        assert_eq!(
            Params::from_query(&params.to_query()),
            params,
            "{query} round trip"
        );
    }
}

#[test]
fn sorting_by_a_column_turns_round_on_a_second_click() {
    let start = Params {
        page: 4,
        ..Params::default()
    };
    let date = start.sorted_by(SortKey::Date);
    assert_eq!(
        (date.sort, date.descending, date.page),
        (SortKey::Date, true, 1)
    );
    let again = date.sorted_by(SortKey::Date);
    assert_eq!((again.sort, again.descending), (SortKey::Date, false));
    let title = again.sorted_by(SortKey::Title);
    assert_eq!((title.sort, title.descending), (SortKey::Title, false));
    assert!(title.sorted_by(SortKey::Title).descending);
    assert!(!title.is_filtered());
    let filtered = Params {
        company: "openai".into(),
        every_copy: true,
        ..title.clone()
    };
    assert!(filtered.is_filtered());
    assert_eq!(
        filtered.unfiltered(),
        Params {
            every_copy: true,
            ..title
        }
    );
}

#[test]
fn dates_compare_at_the_precision_both_have() {
    for (date, valid) in [
        ("2024", true),
        ("2024-04", true),
        ("2024-04-15", true),
        ("24-04", false),
        ("2024-4", false),
        ("2024-04-15-01", false),
        ("２０２４", false),
        ("", false),
    ] {
        assert_eq!(is_date(date), valid, "{date}");
    }
    for (a, b, before) in [
        ("2024-04", "2024-04-15", false),
        ("2024-04-15", "2024-04", false),
        ("2024-03-31", "2024-04", true),
        ("2024", "2024-07", false),
        ("2023-12", "2024", true),
    ] {
        assert_eq!(date_before(a, b), before, "{a} before {b}");
    }
}

#[test]
fn facets_and_summary() {
    let items = library();
    assert_eq!(
        publishers(&items),
        [("新浪".to_owned(), 3), ("36氪".to_owned(), 2)]
    );
    assert_eq!(companies(&items)[0], ("openai".to_owned(), 3));
    assert_eq!(companies(&items).len(), 4);
    assert_eq!(
        summary(&items),
        Summary {
            articles: 7,
            stories: 5,
            yours: 2,
            publishers: 2,
            first: "2024-04-02".into(),
            last: "2024-07-20".into(),
        }
    );
}

#[test]
fn the_bundled_corpus_is_one_page_in_manifest_order() {
    let (corpus, analysis) = test_support::bundled();
    let items = items(corpus, analysis);
    let listing = list(&items, &Params::default(), PAGE_SIZE);
    let shown: Vec<&str> = listing
        .rows
        .iter()
        .map(|r| items[r.item].id.as_str())
        .collect();
    let expected: Vec<&str> = corpus.articles.iter().map(|a| a.meta.id.as_str()).collect();
    assert_eq!(shown, expected);
    assert_eq!((listing.page, listing.pages), (1, 1));
    assert!(items.iter().all(|i| !i.yours));
    // Every bundled article names a company; Amazon is in more than one.
    assert!(items.iter().all(|i| !i.companies.is_empty()));
    assert!(companies(&items)
        .iter()
        .any(|(c, n)| c == "amazon" && *n > 1));
}
