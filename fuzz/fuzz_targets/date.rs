//! `date`: `find_dates` on an arbitrary sentence against a fuzzed anchor. The input's first
//! line is the anchor (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, through `Anchor::parse`); when it does
//! not parse, the sentence is read against 2023-09-25. The rest is the sentence.
#![no_main]

use baimo_core::extract::date::{day_number, find_dates, Anchor, Date, Precision};
use baimo_core::extract::fold;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = baimo_fuzz::text(data);
    let (head, sentence) = baimo_fuzz::split_head(&input);
    let anchor = Anchor::parse(head).unwrap_or(Anchor {
        year: 2023,
        month: Some(9),
        day: Some(25),
    });
    if let Some(m) = anchor.month {
        assert!((1..=12).contains(&m), "Anchor::parse gave month {m}");
    }
    check_date(&anchor.as_date());

    // Offsets found on the folded text must hold for the original.
    assert_eq!(
        fold(sentence).chars().count(),
        sentence.chars().count(),
        "fold changed the char count"
    );

    let found = find_dates(sentence, &anchor);
    baimo_fuzz::assert_spans(
        sentence,
        found.iter().map(|d| (d.start, d.end, d.text.as_str())),
    );
    for mention in &found {
        check_date(&mention.date);
        if let Some(until) = &mention.until {
            check_date(until);
            // A range ends after it starts, unless the year ran into the end of i32.
            if until.year != i32::MAX {
                assert!(
                    until.last_day() > mention.date.first_day(),
                    "range {mention:?} ends before it starts"
                );
            }
        }
    }
    // Same input, same answer.
    assert_eq!(find_dates(sentence, &anchor), found);
});

/// A date is well formed: the fields its precision needs, a real calendar span, an ISO form.
fn check_date(date: &Date) {
    match date.precision {
        Precision::Day => {
            assert!(date.month.is_some() && date.day.is_some(), "{date:?}");
        }
        Precision::Month | Precision::MonthPart(_) => {
            assert!(date.month.is_some() && date.day.is_none(), "{date:?}");
        }
        Precision::Quarter(q) => {
            assert!((1..=4).contains(&q), "{date:?}");
            assert!(date.month.is_none() && date.day.is_none(), "{date:?}");
        }
        Precision::Half(h) => {
            assert!((1..=2).contains(&h), "{date:?}");
            assert!(date.month.is_none() && date.day.is_none(), "{date:?}");
        }
        Precision::YearPart(_) | Precision::Year => {
            assert!(date.month.is_none() && date.day.is_none(), "{date:?}");
        }
    }
    if let Some(m) = date.month {
        assert!((1..=12).contains(&m), "month out of range in {date:?}");
    }
    let (first, last) = (date.first_day(), date.last_day());
    assert!(first <= last, "{date:?} spans {first:?}..{last:?}");
    for (y, m, d) in [first, last] {
        assert_eq!(y, date.year, "{date:?} spans another year");
        assert!(real_day(y, m, d), "{date:?} has day {y}-{m}-{d}");
    }
    if let Some(d) = date.day {
        assert_eq!(first, last, "a day spans several: {date:?}");
        assert_eq!(first.2, d, "{date:?} is not its own day");
    }
    let iso = date.iso();
    let expected_parts = match (date.precision, date.day) {
        (Precision::Day, Some(_)) => 3,
        (Precision::Day | Precision::Month | Precision::MonthPart(_), _) => 2,
        _ => 1,
    };
    let digits = iso.strip_prefix('-').unwrap_or(&iso);
    assert_eq!(
        digits.split('-').count(),
        expected_parts,
        "iso {iso:?} of {date:?}"
    );
}

/// Whether `y-m-d` is a day of the calendar: it falls before the first of the next month.
fn real_day(y: i32, m: u32, d: u32) -> bool {
    let next = if m == 12 {
        y.checked_add(1).map(|y| (y, 1))
    } else {
        Some((y, m + 1))
    };
    (1..=12).contains(&m)
        && d >= 1
        && next.is_none_or(|(ny, nm)| day_number(y, m, d) < day_number(ny, nm, 1))
}
