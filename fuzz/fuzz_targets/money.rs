//! `money`: `find_money` on an arbitrary sentence, once with no companies and once with the
//! company spans a segmenter would give (every occurrence of a few names), plus one span made
//! from the input's first bytes that may be reversed or outside the sentence.
#![no_main]

use baimo_core::extract::money::{find_money, MoneyKind, MoneyMention};
use baimo_core::extract::CompanySpan;
use libfuzzer_sys::fuzz_target;

/// A few names, either script, the way the registry maps them to ids.
const NAMES: &[(&str, &str)] = &[
    ("亚马逊", "amazon"),
    ("亞馬遜", "amazon"),
    ("Anthropic", "anthropic"),
    ("OpenAI", "openai"),
    ("微软", "microsoft"),
    ("谷歌", "google"),
    ("软银", "softbank"),
];

fuzz_target!(|data: &[u8]| {
    let sentence = baimo_fuzz::text(data);
    let plain = find_money(&sentence, &[]);
    check(&sentence, &plain, &[]);

    let mut companies = company_spans(&sentence);
    if let [a, b, ..] = data {
        companies.push(CompanySpan {
            id: "junk".to_owned(),
            start: usize::from(*a),
            end: usize::from(*b),
        });
    }
    let with = find_money(&sentence, &companies);
    check(&sentence, &with, &companies);
    // Companies decide who and what kind, never where a figure is or how much.
    let key = |m: &MoneyMention| (m.start, m.end, m.amount.to_bits(), m.currency.clone());
    assert!(
        plain.iter().map(key).eq(with.iter().map(key)),
        "companies moved a figure: {plain:?} vs {with:?}"
    );
});

/// Every occurrence of a name in [`NAMES`], as char spans.
fn company_spans(sentence: &str) -> Vec<CompanySpan> {
    let mut spans = Vec::new();
    for (name, id) in NAMES {
        for (byte, _) in sentence.match_indices(name) {
            let start = sentence[..byte].chars().count();
            spans.push(CompanySpan {
                id: (*id).to_owned(),
                start,
                end: start + name.chars().count(),
            });
        }
    }
    spans
}

fn check(sentence: &str, found: &[MoneyMention], companies: &[CompanySpan]) {
    // Figures and their conversions, in order, never overlapping one another.
    baimo_fuzz::assert_spans(
        sentence,
        found.iter().flat_map(|m| {
            std::iter::once((m.start, m.end, m.text.as_str())).chain(
                m.conversion
                    .iter()
                    .map(|c| (c.start, c.end, c.text.as_str())),
            )
        }),
    );
    for m in found {
        assert!(m.amount.is_finite() && m.amount >= 0.0, "amount {m:?}");
        if let Some(max) = m.amount_max {
            assert!(max.is_finite() && m.amount <= max, "range {m:?}");
        }
        assert!(is_code(&m.currency), "currency {:?}", m.currency);
        // Bounds are amounts, low below high; a round only on money raised or paid.
        for b in [m.low, m.high].into_iter().flatten() {
            assert!(b.is_finite() && b >= 0.0, "bound {m:?}");
        }
        if let (Some(lo), Some(hi)) = (m.low, m.high) {
            assert!(lo <= hi, "bounds {m:?}");
        }
        if m.round.is_some() {
            assert!(
                matches!(m.kind, MoneyKind::Investment | MoneyKind::FundingRound),
                "round on a {:?}",
                m.kind
            );
        }
        if let Some(c) = &m.conversion {
            assert!(c.amount.is_finite() && c.amount >= 0.0, "conversion {m:?}");
            assert!(is_code(&c.currency), "conversion currency {:?}", c.currency);
            assert_ne!(
                c.currency, m.currency,
                "a conversion into the same currency"
            );
        }
        // Who is involved comes from the caller's companies, or is a name the sentence
        // writes (`~Name`); payer and payee are among them.
        for id in &m.entities {
            let known = companies.iter().any(|c| &c.id == id);
            let read = id
                .strip_prefix('~')
                .is_some_and(|name| !name.is_empty() && name.trim() == name);
            assert!(known || read, "unknown entity {id}");
        }
        for who in [&m.payer, &m.payee].into_iter().flatten() {
            assert!(
                m.entities.contains(who),
                "{who} pays or is paid but is no entity"
            );
        }
        if m.payer.is_some() || m.payee.is_some() {
            assert!(
                matches!(m.kind, MoneyKind::Investment | MoneyKind::FundingRound),
                "payer/payee on a {:?}",
                m.kind
            );
        }
    }
}

/// An ISO 4217 code: three ASCII capitals.
fn is_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}
