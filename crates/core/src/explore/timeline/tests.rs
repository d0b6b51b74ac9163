//! The timeline's filter, groups, facets, sources and downloads: small cases written here,
//! and facts pinned on the real corpus.

use super::export::{document, table, COLUMNS};
use super::*;
use crate::analysis::{Cluster, ConflictSide};
use crate::extract::date::Resolution;
use crate::test_support::bundled as real;

fn parse(query: &str) -> Parsed {
    let (corpus, _) = real();
    Filter::from_query(&Query::parse(query), Registry::bundled(), corpus)
}

/// A bare event dated `date` at `precision`, covering `days`.
fn event(id: &str, date: &str, precision: &str) -> Event {
    let (first, last) = date_range(date).expect("test date");
    let days = match precision {
        "quarter:2" => (day_number(2023, 4, 1), day_number(2023, 6, 30)),
        _ => (first, last),
    };
    Event {
        id: id.to_owned(),
        article: "x".to_owned(),
        date: date.to_owned(),
        precision: precision.to_owned(),
        until: None,
        resolution: Resolution::Explicit,
        date_text: date.to_owned(),
        entities: vec!["openai".to_owned()],
        money: Vec::new(),
        text: String::new(),
        span: [0, 1],
        paragraph: 0,
        cluster: None,
        days,
    }
}

const AMAZON_ANTHROPIC_ARTICLES: [&str; 3] = [
    "000_946407f189b5cffc.txt",
    "001_655708bdb2c85f3d.txt",
    "002_f7e134bfcf147c3d.txt",
];

#[test]
fn dates_accept_year_month_and_day_only_when_real() {
    let d = |y, m, d| day_number(y, m, d);
    assert_eq!(date_range("2023"), Some((d(2023, 1, 1), d(2023, 12, 31))));
    assert_eq!(date_range("2023-02"), Some((d(2023, 2, 1), d(2023, 2, 28))));
    assert_eq!(date_range("2024-02"), Some((d(2024, 2, 1), d(2024, 2, 29))));
    assert_eq!(
        date_range("2023-12"),
        Some((d(2023, 12, 1), d(2023, 12, 31)))
    );
    assert_eq!(
        date_range("2023-09-25"),
        Some((d(2023, 9, 25), d(2023, 9, 25)))
    );
    for bad in [
        "",
        "23",
        "2023-13",
        "2023-00",
        "2023-2",
        "2023-02-30",
        "2023-06-01-01",
        "abcd",
        "2023-06-xx",
    ] {
        assert_eq!(date_range(bad), None, "{bad}");
    }
}

#[test]
fn query_round_trips_and_reports_what_it_drops() {
    let p = parse("c=anthropic,nobody,amazon&a=001_655708bdb2c85f3d.txt,zzz&k=investment,cash,investment&from=2023-06&to=June&x=1");
    assert_eq!(p.filter.companies, ["anthropic", "amazon"]);
    assert_eq!(p.filter.articles, ["001_655708bdb2c85f3d.txt"]);
    assert_eq!(p.filter.kinds, [MoneyKind::Investment]);
    assert_eq!(p.filter.from.as_deref(), Some("2023-06"));
    assert_eq!(p.filter.to, None);
    assert_eq!(p.ignored, ["c=nobody", "a=zzz", "k=cash", "to=June"]);

    let qs = p.filter.to_query().to_query_string();
    assert_eq!(
        qs,
        "c=anthropic,amazon&a=001_655708bdb2c85f3d.txt&k=investment&from=2023-06"
    );
    let back = parse(&qs);
    assert_eq!(back.filter, p.filter);
    assert!(back.ignored.is_empty());
    assert_eq!(back.filter.choices(), 5);

    assert!(parse("").filter.is_empty());
    assert_eq!(Filter::default().to_query().to_query_string(), "");
}

#[test]
fn toggles_and_form_dates() {
    let mut f = Filter::default();
    f.toggle_company("amazon");
    f.toggle_company("anthropic");
    f.toggle_company("amazon");
    assert_eq!(f.companies, ["anthropic"]);
    f.toggle_kind(MoneyKind::Revenue);
    f.toggle_article("a");
    assert_eq!((f.kinds.len(), f.articles.len()), (1, 1));
    f.set_from("2023-06");
    f.set_to("not a month");
    assert_eq!(
        (f.from.as_deref(), f.to.as_deref()),
        (Some("2023-06"), None)
    );
    f.set_from("");
    assert_eq!(f.from, None);

    // Month inputs show a bare year as its first or last month.
    let f = Filter {
        from: Some("2023".into()),
        to: Some("2024-02-10".into()),
        ..Filter::default()
    };
    assert_eq!(f.from_month().as_deref(), Some("2023-01"));
    assert_eq!(f.to_month().as_deref(), Some("2024-02"));
    let f = Filter {
        to: Some("2023".into()),
        ..Filter::default()
    };
    assert_eq!(f.to_month().as_deref(), Some("2023-12"));
}

#[test]
fn the_range_holds_events_dated_within_it() {
    let year = event("e0", "2023", "year");
    let quarter = event("e1", "2023", "quarter:2");
    let day = event("e2", "2023-09-25", "day");
    let mut ranged = event("e3", "2023-09", "month");
    ranged.until = Some("2023-11".into());
    ranged.days.1 = day_number(2023, 11, 30);
    let mut years = event("e4", "2021", "year");
    years.until = Some("2023".into());
    years.days.1 = day_number(2023, 12, 31);
    let f = |from: Option<&str>, to: Option<&str>| Filter {
        from: from.map(Into::into),
        to: to.map(Into::into),
        ..Filter::default()
    };
    // (filter, event, admitted)
    let table = [
        // A year-precision event is not known to be in June: only a range holding its
        // whole year holds it.
        (f(Some("2023-06"), Some("2023-06")), &year, false),
        (f(Some("2023"), Some("2023")), &year, true),
        (f(Some("2023-01"), Some("2023-12")), &year, true),
        (f(Some("2024"), None), &year, false),
        (f(None, Some("2023")), &year, true),
        (f(Some("2023-04"), Some("2023-06")), &quarter, true),
        (f(Some("2023-06"), None), &quarter, false),
        (f(None, Some("2023-05")), &quarter, false),
        (f(Some("2023-09-25"), Some("2023-09-25")), &day, true),
        (f(Some("2023-09"), Some("2023-09")), &day, true),
        (f(Some("2023-09-26"), None), &day, false),
        (f(None, Some("2023-08")), &day, false),
        // A ranged event is held by the month it starts in.
        (f(Some("2023-09"), Some("2023-09")), &ranged, true),
        (f(Some("2023-10"), None), &ranged, false),
        // A range of years by the year it starts in (a regression: the chart's "before
        // 2022" counted it, the range "to 2021" did not).
        (f(None, Some("2021")), &years, true),
        (f(Some("2021"), Some("2021")), &years, true),
        (f(Some("2022"), None), &years, false),
        (f(Some("2021-06"), Some("2021-06")), &years, false),
        // An inverted range admits nothing.
        (f(Some("2023-10"), Some("2023-01")), &day, false),
    ];
    for (filter, e, admitted) in table {
        assert_eq!(
            filter.admits(e),
            admitted,
            "{:?}–{:?} and {} ({})",
            filter.from,
            filter.to,
            e.date,
            e.precision
        );
    }
}

#[test]
fn real_timeline_filters_by_every_criterion() {
    let (_, analysis) = real();
    let all = filter(analysis, &Filter::default());
    assert_eq!(all.len(), analysis.events.len());
    assert!(all.len() >= 100, "only {} events", all.len());

    let anthropic = filter(analysis, &parse("c=anthropic").filter);
    let expected = analysis
        .events
        .iter()
        .filter(|e| e.entities.iter().any(|c| c == "anthropic"))
        .count();
    assert_eq!(anthropic.len(), expected);
    assert!(anthropic.len() >= 10);
    assert!(
        anthropic.windows(2).all(|w| w[0].days <= w[1].days),
        "not in timeline order"
    );

    // Several companies: any of them.
    let either = filter(analysis, &parse("c=anthropic,amazon").filter);
    let amazon = filter(analysis, &parse("c=amazon").filter);
    assert!(either.len() > anthropic.len() && either.len() > amazon.len());
    assert!(
        either.len() < anthropic.len() + amazon.len(),
        "some events name both"
    );

    // Amazon's investments: the $4bn in Anthropic among them.
    let invest = filter(analysis, &parse("c=amazon&k=investment").filter);
    assert!(!invest.is_empty());
    for e in &invest {
        assert!(e.entities.iter().any(|c| c == "amazon"));
        assert!(e
            .money
            .iter()
            .any(|m| m.figure.kind == MoneyKind::Investment));
    }
    assert!(invest
        .iter()
        .any(|e| e.money.iter().any(|m| m.figure.amount == 4e9)));

    let one = filter(analysis, &parse("a=003_ce9d5f84450590d7.txt").filter);
    assert!(!one.is_empty() && one.iter().all(|e| e.article == "003_ce9d5f84450590d7.txt"));

    let in_2023 = filter(analysis, &parse("from=2023&to=2023").filter);
    assert!(in_2023.iter().all(|e| e.date.starts_with("2023")));
    assert!(in_2023.iter().any(|e| e.precision == "year"));
    let june = filter(analysis, &parse("from=2023-06&to=2023-06").filter);
    assert!(!june.is_empty());
    assert!(
        june.iter().all(|e| e.date.starts_with("2023-06")),
        "an event not dated within June 2023 in June 2023"
    );
    assert!(june.len() < in_2023.len());
}

/// A month bucket as (month, event ids).
type MonthShape<'a> = (Option<u32>, Vec<&'a str>);

#[test]
fn groups_never_put_coarse_dates_in_a_month() {
    let events = [
        event("e0", "2023", "year"),
        event("e1", "2023-01", "month"),
        event("e2", "2023", "quarter:2"),
        event("e3", "2023-09", "month:late"),
        event("e4", "2023-09-25", "day"),
        event("e5", "2024-02", "month"),
        event("e6", "2019", "year"),
    ];
    let refs: Vec<&Event> = events.iter().collect();
    let g = groups(&refs);
    let shape: Vec<(i32, Vec<MonthShape>)> = g
        .iter()
        .map(|y| {
            let months = y
                .months
                .iter()
                .map(|m| (m.month, m.events.iter().map(|e| e.id.as_str()).collect()))
                .collect();
            (y.year, months)
        })
        .collect();
    assert_eq!(
        shape,
        vec![
            (2019, vec![(None, vec!["e6"])]),
            (
                2023,
                vec![
                    (None, vec!["e0", "e2"]),
                    (Some(1), vec!["e1"]),
                    (Some(9), vec!["e3", "e4"])
                ]
            ),
            (2024, vec![(Some(2), vec!["e5"])]),
        ]
    );
    assert_eq!(g[1].len(), 5);
    let order: Vec<&str> = page_order(&refs).iter().map(|e| e.id.as_str()).collect();
    assert_eq!(order, ["e6", "e0", "e2", "e1", "e3", "e4", "e5"]);
}

#[test]
fn real_groups_hold_every_event_once() {
    let (_, analysis) = real();
    let all = filter(analysis, &Filter::default());
    let g = groups(&all);
    assert_eq!(g.iter().map(YearGroup::len).sum::<usize>(), all.len());
    assert!(g.windows(2).all(|w| w[0].year < w[1].year));
    for y in &g {
        for m in &y.months {
            for e in &m.events {
                let p = Period::of(e);
                assert_eq!(p.year(), y.year, "{}", e.id);
                assert_eq!(p.month(), m.month, "{} ({})", e.id, e.precision);
                if m.month.is_none() {
                    assert!(!e.precision.starts_with("month") && e.precision != "day");
                }
            }
        }
    }
}

#[test]
fn periods_fall_back_to_the_date() {
    assert_eq!(
        Period::parse("2023-09", "month:late").map(|p| p.month()),
        Some(Some(9))
    );
    assert_eq!(
        Period::parse("2023", "quarter:2").map(|p| p.month()),
        Some(None)
    );
    // A label that does not fit the date: what the date says.
    assert_eq!(
        Period::parse("2023-09", "day"),
        Some(Period::Month {
            year: 2023,
            month: 9
        })
    );
    assert_eq!(
        Period::parse("2023", "quarter:9"),
        Some(Period::Year { year: 2023 })
    );
    assert_eq!(Period::parse("", "year"), None);
}

#[test]
fn facets_count_the_whole_timeline_and_keep_selections() {
    let (corpus, analysis) = real();
    let selected = parse("c=huawei,xai&k=cost").filter;
    let f = facets(analysis, corpus, &selected);
    assert_eq!(f.companies[0].value, "openai", "most events name OpenAI");
    assert!(f.companies.windows(2).all(|w| w[0].count >= w[1].count));
    let anthropic = f
        .companies
        .iter()
        .find(|c| c.value == "anthropic")
        .map(|c| c.count);
    assert_eq!(
        anthropic,
        Some(filter(analysis, &parse("c=anthropic").filter).len())
    );
    if Registry::bundled().get("xai").is_some() {
        assert!(f.companies.iter().any(|c| c.value == "xai"));
    }
    assert_eq!(f.articles.len(), corpus.articles.len());
    assert_eq!(
        f.articles.iter().map(|a| a.count).sum::<usize>(),
        analysis.events.len()
    );
    assert!(f
        .kinds
        .iter()
        .any(|k| k.value == MoneyKind::Investment && k.count > 0));
    assert!(
        f.kinds.iter().any(|k| k.value == MoneyKind::Cost),
        "selected kinds stay listed"
    );
    assert!(f
        .kinds
        .iter()
        .all(|k| k.count > 0 || k.value == MoneyKind::Cost));
}

#[test]
fn the_amazon_anthropic_investment_shows_all_its_sources() {
    let (_, analysis) = real();
    let event = analysis
        .events
        .iter()
        .find(|e| {
            e.article.starts_with("002")
                && e.money.iter().any(|m| {
                    m.figure.amount == 4e9 && m.figure.payee.as_deref() == Some("anthropic")
                })
        })
        .expect("002 reports the $4bn investment");
    let s = sources(analysis, event).expect("it is clustered");
    assert!(s.others.iter().all(|o| o.id != event.id));
    let mut articles: Vec<&str> = s
        .others
        .iter()
        .map(|o| o.article.as_str())
        .chain([event.article.as_str()])
        .collect();
    articles.sort();
    articles.dedup();
    assert_eq!(articles, AMAZON_ANTHROPIC_ARTICLES);
    assert!(!in_conflict(&s, event));

    let unclustered = analysis
        .events
        .iter()
        .find(|e| e.cluster.is_none())
        .expect("some stand alone");
    assert_eq!(sources(analysis, unclustered), None);
}

/// Two events of one cluster whose sources disagree on the date.
fn conflicted() -> Analysis {
    let mut a = event("e0", "2023-07-01", "day");
    let mut b = event("e1", "2023-09-01", "day");
    a.article = "000".into();
    b.article = "001".into();
    a.cluster = Some("c0".into());
    b.cluster = Some("c0".into());
    let side = |e: &Event| ConflictSide {
        event: e.id.clone(),
        article: e.article.clone(),
        value: e.date.clone(),
    };
    let clusters = vec![Cluster {
        id: "c0".into(),
        events: vec!["e0".into(), "e1".into()],
        articles: vec!["000".into(), "001".into()],
        entities: vec!["openai".into()],
        conflicts: vec![Conflict {
            field: "date".into(),
            sides: vec![side(&a), side(&b)],
        }],
    }];
    Analysis {
        events: vec![a, b],
        clusters,
        money: Vec::new(),
        companies: Vec::new(),
        companies_once: Vec::new(),
        reposts: Vec::new(),
    }
}

#[test]
fn conflicts_come_with_both_sides() {
    let analysis = conflicted();
    let s = sources(&analysis, &analysis.events[0]).expect("clustered");
    assert_eq!(s.cluster, "c0");
    assert_eq!(
        s.others.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        ["e1"]
    );
    assert_eq!(s.conflicts.len(), 1);
    assert!(in_conflict(&s, &analysis.events[0]));
    let values: Vec<&str> = s.conflicts[0]
        .sides
        .iter()
        .map(|x| x.value.as_str())
        .collect();
    assert_eq!(values, ["2023-07-01", "2023-09-01"]);

    let refs: Vec<&Event> = analysis.events.iter().collect();
    let t = table(&refs, &analysis);
    let conflict = COLUMNS
        .iter()
        .position(|c| *c == "conflict")
        .unwrap_or(usize::MAX);
    assert_eq!(t.rows[0][conflict], "date: 000 2023-07-01 | 001 2023-09-01");
}

#[test]
fn the_table_has_a_row_per_event_with_its_evidence() {
    let (_, analysis) = real();
    let events = filter(analysis, &parse("c=amazon&k=investment").filter);
    let t = table(&events, analysis);
    assert_eq!(t.headers, COLUMNS);
    assert_eq!(t.rows.len(), events.len());
    let col = |name: &str| {
        COLUMNS
            .iter()
            .position(|c| *c == name)
            .unwrap_or(usize::MAX)
    };
    for (row, e) in t.rows.iter().zip(&events) {
        assert_eq!(row.len(), COLUMNS.len());
        assert_eq!(row[col("id")], e.id);
        assert_eq!(
            row[col("evidence")],
            format!(
                "/read/{}?s={}-{}#p{}",
                crate::explore::reader::address(&e.article),
                e.span[0],
                e.span[1],
                e.paragraph
            )
        );
        assert!(row[col("companies")].split(';').any(|c| c == "amazon"));
    }
    assert!(
        t.rows
            .iter()
            .any(|r| r[col("money")].contains("USD 4000000000 investment amazon→anthropic")),
        "{:?}",
        t.rows.iter().map(|r| &r[col("money")]).collect::<Vec<_>>()
    );
    let csv = t.to_csv();
    assert!(csv.starts_with("\u{feff}id,date,precision,until,date_text,resolution,article,"));
    assert!(t.rows.iter().all(|r| !r[col("resolution")].is_empty()));
}

#[test]
fn the_json_document_carries_the_filter_and_the_events() {
    let (_, analysis) = real();
    let f = parse("c=amazon&k=investment&from=2023").filter;
    let events = filter(analysis, &f);
    let doc = document(&events, &f, analysis);
    assert_eq!(doc.count, events.len());
    assert!(doc
        .clusters
        .iter()
        .all(|c| events.iter().any(|e| e.cluster.as_ref() == Some(&c.id))));
    let text = export::json(&events, &f, analysis);
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(v["view"], "timeline");
    assert_eq!(v["count"], events.len());
    assert_eq!(v["events"].as_array().map(Vec::len), Some(events.len()));
    assert_eq!(v["filter"]["companies"][0], "amazon");
    assert_eq!(v["filter"]["kinds"][0], "investment");
    assert_eq!(v["filter"]["from"], "2023");
    assert_eq!(v["events"][0]["id"], events[0].id.as_str());
    assert!(
        v["events"][0]["span"].is_array(),
        "events are written as `baimo export` writes them"
    );
}

#[test]
fn evidence_path_matches_the_reader() {
    let e = event("e0", "2023", "year");
    assert_eq!(evidence_path(&e), "/read/x?s=0-1#p0");
}

#[test]
fn copies_and_page_round_trip_through_the_address() {
    let p = parse("c=amazon&copies=all&page=3");
    assert!(p.filter.all_copies);
    assert_eq!(p.page, Some(3));
    assert!(p.ignored.is_empty());
    assert_eq!(
        p.filter.to_query_at(3).to_query_string(),
        "c=amazon&copies=all&page=3"
    );
    // A changed filter is written without the page: the list starts again.
    assert_eq!(p.filter.to_query().to_query_string(), "c=amazon&copies=all");
    for (query, ignored) in [
        ("copies=some", "copies=some"),
        ("page=0", "page=0"),
        ("page=-2", "page=-2"),
        ("page=two", "page=two"),
    ] {
        let p = parse(query);
        assert_eq!(p.ignored, [ignored], "{query}");
        assert_eq!((p.page, p.filter.all_copies), (None, false), "{query}");
    }
}

/// An analysis of `n` events named `e0`…, each from its own article `a0`…, with `story`
/// making article `a1` and `a2` copies of `a0`.
fn reposted() -> Analysis {
    use crate::analysis::reposts::{Copy, Story};
    let mut events: Vec<Event> = (0..4)
        .map(|i| {
            let mut e = event(&format!("e{i}"), "2024-07", "month");
            e.article = format!("a{i}");
            e.cluster = Some("c0".into());
            e
        })
        .collect();
    events[3].cluster = None;
    let copy = |a: &str| Copy {
        article: a.into(),
        similarity: 0.9,
    };
    Analysis {
        clusters: vec![Cluster {
            id: "c0".into(),
            events: vec!["e0".into(), "e1".into(), "e2".into()],
            articles: vec!["a0".into(), "a1".into(), "a2".into()],
            entities: vec!["openai".into()],
            conflicts: Vec::new(),
        }],
        events,
        money: Vec::new(),
        companies: Vec::new(),
        companies_once: Vec::new(),
        reposts: vec![Story {
            id: "s0".into(),
            original: "a0".into(),
            copies: vec![copy("a1"), copy("a2")],
        }],
    }
}

#[test]
fn a_reposted_story_counts_once_unless_every_copy_is_asked_for() {
    let analysis = reposted();
    let ids =
        |f: &Filter| -> Vec<&str> { filter(&analysis, f).iter().map(|e| e.id.as_str()).collect() };
    assert_eq!(ids(&Filter::default()), ["e0", "e3"]);
    let every = Filter {
        all_copies: true,
        ..Filter::default()
    };
    assert_eq!(ids(&every), ["e0", "e1", "e2", "e3"]);

    assert_eq!(reposts_of(&analysis, "a0"), 2);
    assert_eq!(reposts_of(&analysis, "a1"), 0);
    assert_eq!(reposts_of(&analysis, "a3"), 0);
    assert_eq!(original_of(&analysis, "a2"), Some("a0"));
    assert_eq!(original_of(&analysis, "a0"), None);

    // The original's other sources are its copies: left out, and counted.
    let (s, hidden) = sources_shown(&analysis, &analysis.events[0], false).expect("clustered");
    assert!(s.others.is_empty());
    assert_eq!(hidden, 2);
    let (s, hidden) = sources_shown(&analysis, &analysis.events[0], true).expect("clustered");
    assert_eq!((s.others.len(), hidden), (2, 0));

    // The facets count what choosing shows.
    let (corpus, _) = real();
    let f = facets(&analysis, corpus, &Filter::default());
    assert_eq!(f.companies[0].count, 2);
    let f = facets(&analysis, corpus, &every);
    assert_eq!(f.companies[0].count, 4);
}

#[test]
fn the_dense_span_folds_far_outliers() {
    use super::overview::{span, Span};
    let years = |spec: &[(i32, usize)]| -> Vec<i32> {
        spec.iter()
            .flat_map(|&(y, n)| std::iter::repeat_n(y, n))
            .collect()
    };
    let s = |first, last| Some(Span { first, last });
    let table: [(&str, Vec<i32>, Option<Span>); 7] = [
        ("no events", vec![], None),
        ("one year", years(&[(2024, 5)]), s(2024, 2024)),
        (
            "a few years are drawn whole",
            years(&[(2022, 1), (2024, 1)]),
            s(2022, 2024),
        ),
        (
            // The real library's shape: a 1965 aside and 2030 forecasts around 2022–2024.
            "the library",
            years(&[
                (1965, 2),
                (2000, 1),
                (2001, 1),
                (2002, 3),
                (2007, 2),
                (2010, 4),
                (2012, 5),
                (2013, 9),
                (2015, 5),
                (2016, 19),
                (2017, 9),
                (2018, 34),
                (2019, 23),
                (2020, 50),
                (2021, 42),
                (2022, 68),
                (2023, 319),
                (2024, 601),
                (2025, 16),
                (2027, 8),
                (2028, 4),
                (2030, 6),
            ]),
            s(2022, 2024),
        ),
        (
            // The bundled articles: 2023 mostly, a long thin past.
            "the bundled corpus",
            years(&[
                (2007, 1),
                (2010, 1),
                (2015, 1),
                (2016, 4),
                (2018, 3),
                (2019, 6),
                (2021, 7),
                (2022, 10),
                (2023, 81),
                (2024, 10),
            ]),
            s(2022, 2024),
        ),
        (
            "of equally short runs, the latest",
            years(&[(1990, 1), (2000, 2), (2001, 12), (2002, 2)]),
            s(2001, 2002),
        ),
        (
            "one far year alone is folded",
            years(&[(1965, 1), (2023, 20), (2024, 20)]),
            s(2023, 2024),
        ),
    ];
    for (name, years, expected) in table {
        assert_eq!(span(&years), expected, "{name}");
    }
}

#[test]
fn the_overview_bins_months_by_company_and_counts_the_rest() {
    use super::overview::{overview, Bin, Series};
    let dated = |id: &str, date: &str, precision: &str, companies: &[&str]| {
        let mut e = event(id, date, precision);
        e.entities = companies.iter().map(|c| (*c).to_owned()).collect();
        e
    };
    let events = [
        dated("e0", "1965", "year", &["ibm"]),
        dated("e1", "2023-02-10", "day", &["openai"]),
        dated("e2", "2023-02", "month", &["openai", "microsoft"]),
        dated("e3", "2023-02", "month:late", &["microsoft"]),
        dated("e4", "2023", "year", &["openai"]),
        dated("e5", "2024-07", "month", &[]),
        dated("e6", "2024", "quarter:2", &["openai"]),
        dated("e7", "2024-07-01", "day", &["a", "openai"]),
        dated("e8", "2024-07-02", "day", &["a"]),
        dated("e9", "2024-07-03", "day", &["b"]),
        dated("e10", "2024-07-04", "day", &["c"]),
        dated("e11", "2024-07-05", "day", &["d"]),
        dated("e12", "2024-07-06", "day", &["e"]),
    ];
    let refs: Vec<&Event> = events.iter().collect();
    let o = overview(&refs).expect("events");
    assert_eq!((o.span.first, o.span.last), (2023, 2024));
    assert_eq!(o.months.len(), 24);
    assert_eq!((o.before, o.after), (1, 0));
    // Year and quarter events are counted by year, not put in a month.
    assert_eq!(o.coarse, [(2023, 1), (2024, 1)]);
    assert_eq!(o.coarse_total(), 2);
    // Top five by events in the months (openai 3, then a and microsoft 2 by id, b, c), then
    // others (d, e) and no company.
    let company = |id: &str| Series::Company(id.into());
    assert_eq!(
        o.series,
        [
            company("openai"),
            company("a"),
            company("microsoft"),
            company("b"),
            company("c"),
            Series::Others,
            Series::Unnamed
        ]
    );
    let feb = &o.months[1];
    assert_eq!(
        (feb.key(), feb.counts.clone()),
        ("2023-02".to_owned(), vec![2, 0, 1, 0, 0, 0, 0])
    );
    let july = &o.months[18];
    // An event naming two top companies stacks under the higher one only.
    assert_eq!(
        (july.key(), july.counts.clone()),
        ("2024-07".to_owned(), vec![1, 1, 0, 1, 1, 2, 1])
    );
    assert_eq!(o.peak(), 7);
    assert_eq!(
        o.in_months() + o.coarse_total() + o.before + o.after,
        events.len()
    );

    // Bins, their selections as the address writes them, and back.
    let bins = o.bins();
    assert_eq!(bins.first(), Some(&Bin::Before));
    assert_eq!(bins.last(), Some(&Bin::Month(23)));
    assert_eq!(o.count(Bin::Before), 1);
    let table = [
        (
            Bin::Month(18),
            Bin::Month(18),
            Some("2024-07"),
            Some("2024-07"),
        ),
        (
            Bin::Month(18),
            Bin::Month(1),
            Some("2023-02"),
            Some("2024-07"),
        ),
        (Bin::Before, Bin::Before, None, Some("2022")),
        (Bin::Before, Bin::Month(0), None, Some("2023-01")),
        (Bin::After, Bin::After, Some("2025"), None),
    ];
    for (a, b, from, to) in table {
        let sel = o.select(a, b);
        assert_eq!(
            (sel.from.as_deref(), sel.to.as_deref()),
            (from, to),
            "{a:?}–{b:?}"
        );
    }
    let days =
        |d: Option<&str>, end: bool| d.and_then(date_range).map(|r| if end { r.1 } else { r.0 });
    let covered =
        |from: Option<&str>, to: Option<&str>| o.covered(days(from, false), days(to, true));
    assert_eq!(covered(Some("2024-07"), Some("2024-07")), [Bin::Month(18)]);
    assert_eq!(covered(None, Some("2022")), [Bin::Before]);
    assert_eq!(
        covered(Some("2023"), Some("2023")),
        (0..12).map(Bin::Month).collect::<Vec<_>>()
    );
    assert_eq!(covered(None, None), []);
    // Each event the chart counts in a month is admitted by that month's selection.
    let sel = o.select(Bin::Month(18), Bin::Month(18));
    let f = Filter {
        from: sel.from,
        to: sel.to,
        ..Filter::default()
    };
    assert_eq!(refs.iter().filter(|e| f.admits(e)).count(), july.total());

    assert_eq!(overview(&[]), None);
}

#[test]
fn each_bins_selection_shows_what_the_bin_counts() {
    use super::overview::{overview, Bin};
    let (_, analysis) = real();
    // The bundled events, and a ranged one before the span (2019年至2023年).
    let mut events: Vec<Event> = analysis.events.clone();
    let mut ranged = event("x", "2019", "year");
    ranged.until = Some("2023".into());
    ranged.days.1 = day_number(2023, 12, 31);
    events.push(ranged);
    let refs: Vec<&Event> = events.iter().collect();
    let o = overview(&refs).expect("events");
    for bin in o.bins() {
        let sel = o.select(bin, bin);
        let f = Filter {
            from: sel.from,
            to: sel.to,
            ..Filter::default()
        };
        let admitted = refs.iter().filter(|e| f.admits(e)).count();
        assert_eq!(admitted, o.count(bin), "{bin:?}");
    }
    assert!(o.count(Bin::Before) > 0);
}

#[test]
fn the_real_overview_spans_the_bundled_years() {
    use super::overview::overview;
    let (_, analysis) = real();
    let events: Vec<&Event> = analysis.events.iter().collect();
    let o = overview(&events).expect("events");
    assert_eq!((o.span.first, o.span.last), (2022, 2024));
    assert!(o.before > 0 && o.in_months() > 40, "{o:?}");
    assert_eq!(
        o.in_months() + o.coarse_total() + o.before + o.after,
        events.len()
    );
}

#[test]
fn pages_clamp_and_open_where_the_dense_years_begin() {
    use super::paging::{page_links, page_param, Page};
    // (total, split, number) → (number, pages, start, end, opening), 40 a page.
    let table = [
        ((0, 0, 1), (1, 1, 0, 0, 1)),
        ((5, 0, 1), (1, 1, 0, 5, 1)),
        ((40, 0, 1), (1, 1, 0, 40, 1)),
        ((41, 0, 2), (2, 2, 40, 41, 1)),
        ((100, 0, 9), (3, 3, 80, 100, 1)),
        ((100, 0, 0), (1, 3, 0, 40, 1)),
        ((1231, 0, 31), (31, 31, 1200, 1231, 1)),
        // The far past on its own pages: 23 events before, then the dense years.
        ((124, 23, 1), (1, 4, 0, 23, 2)),
        ((124, 23, 2), (2, 4, 23, 63, 2)),
        ((124, 23, 4), (4, 4, 103, 124, 2)),
        ((250, 90, 3), (3, 7, 80, 90, 4)),
        ((250, 90, 4), (4, 7, 90, 130, 4)),
        // Everything before the split: the opening is the last page.
        ((30, 30, 1), (1, 1, 0, 30, 1)),
    ];
    for ((total, split, number), expected) in table {
        let p = Page::split(total, 40, split, number);
        assert_eq!(
            (p.number, p.pages, p.start, p.end, p.opening),
            expected,
            "page {number} of {total} split at {split}"
        );
    }
    // Every item on exactly one page.
    for (total, split) in [(124, 23), (250, 90), (81, 40), (7, 3)] {
        let pages = Page::split(total, 40, split, 1).pages;
        let covered: Vec<usize> = (1..=pages)
            .flat_map(|n| {
                let p = Page::split(total, 40, split, n);
                p.start..p.end
            })
            .collect();
        assert_eq!(
            covered,
            (0..total).collect::<Vec<_>>(),
            "{total} split at {split}"
        );
    }

    assert_eq!(page_param(None), Ok(None));
    assert_eq!(page_param(Some("2")), Ok(Some(2)));
    assert_eq!(page_param(Some("0")), Err("page=0".into()));

    let links = |current, pages| -> String {
        page_links(current, pages, 1)
            .iter()
            .map(|l| l.map_or("…".to_owned(), |n| n.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let table = [
        ((1, 1), "1"),
        ((1, 5), "1 2 … 5"),
        ((3, 5), "1 2 3 4 5"),
        ((1, 4), "1 2 3 4"),
        ((7, 31), "1 … 6 7 8 … 31"),
        ((31, 31), "1 … 30 31"),
        ((4, 31), "1 2 3 4 5 … 31"),
    ];
    for ((current, pages), expected) in table {
        assert_eq!(links(current, pages), expected, "page {current} of {pages}");
    }
}

#[test]
fn listed_positions_are_the_page_order() {
    use super::paging::PAGE_SIZE;
    let (_, analysis) = real();
    let shown: Vec<usize> = (0..analysis.events.len()).collect();
    let positions = listed(analysis, &shown);
    let events: Vec<&Event> = analysis.events.iter().collect();
    let order: Vec<&str> = page_order(&events).iter().map(|e| e.id.as_str()).collect();
    let by_position: Vec<&str> = positions
        .iter()
        .map(|&i| analysis.events[i].id.as_str())
        .collect();
    assert_eq!(by_position, order);

    // Without a page or a range the list opens on the first page of the dense years.
    let first_dense = positions
        .iter()
        .position(|&i| Period::of(&analysis.events[i]).year() >= 2022)
        .expect("events from 2022");
    let page = page_to_show(analysis, &positions, None, Some(2022));
    assert_eq!(page.start, first_dense);
    assert_eq!(page.number, first_dense.div_ceil(PAGE_SIZE) + 1);
    assert_eq!(
        page_to_show(analysis, &positions, Some(1), Some(2022)).end,
        first_dense
    );
    assert_eq!(
        page_to_show(analysis, &positions, Some(99), None).number,
        positions.len().div_ceil(PAGE_SIZE)
    );
    // A list of one page is one page, whatever its years.
    let few = &positions[..PAGE_SIZE];
    let page = page_to_show(analysis, few, None, Some(2022));
    assert_eq!(
        (page.number, page.pages, page.start, page.end),
        (1, 1, 0, PAGE_SIZE)
    );
    assert_eq!(page_to_show(analysis, &positions, None, None).number, 1);
}
