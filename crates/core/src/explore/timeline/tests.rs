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
fn date_windows_overlap_the_range() {
    let year = event("e0", "2023", "year");
    let quarter = event("e1", "2023", "quarter:2");
    let day = event("e2", "2023-09-25", "day");
    let f = |from: Option<&str>, to: Option<&str>| Filter {
        from: from.map(Into::into),
        to: to.map(Into::into),
        ..Filter::default()
    };
    // A year-precision event overlaps any month of its year.
    assert!(f(Some("2023-06"), Some("2023-06")).admits(&year));
    assert!(!f(Some("2024"), None).admits(&year));
    assert!(f(Some("2023-06"), None).admits(&quarter));
    assert!(!f(Some("2023-07"), None).admits(&quarter));
    assert!(!f(None, Some("2023-03")).admits(&quarter));
    assert!(f(Some("2023-09-25"), Some("2023-09-25")).admits(&day));
    assert!(!f(Some("2023-09-26"), None).admits(&day));
    assert!(!f(None, Some("2023-08")).admits(&day));
    // An inverted range admits nothing.
    assert!(!f(Some("2023-10"), Some("2023-01")).admits(&day));
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
    let june = filter(analysis, &parse("from=2023-06&to=2023-06").filter);
    assert!(
        june.iter()
            .any(|e| e.precision == "year" && e.date == "2023"),
        "a 2023 event overlaps June 2023"
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
