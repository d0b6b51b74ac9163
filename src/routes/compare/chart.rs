//! A company's mentions per article as a horizontal bar chart (SVG), with its numbers as a
//! table for whoever can't see it.

use crate::i18n::compare::{Texts, TEXTS};
use crate::i18n::texts;
use baimo_core::explore::compare::{Column, Comparison, Scale};
use leptos::prelude::*;
use std::sync::Arc;

// The drawing's own units (the SVG scales to its box): label gutter, plot, room for a value
// after the longest bar, one row per article, and the axis underneath.
const WIDTH: f64 = 260.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 36.0;
const TOP: f64 = 6.0;
const ROW: f64 = 24.0;
const BAR: f64 = 15.0;
const AXIS: f64 = 40.0;

/// The axis title for a scale.
fn axis_title(t: &Texts, scale: Scale) -> &'static str {
    match scale {
        Scale::Raw => t.axis_raw,
        Scale::Per10k => t.axis_per10k,
    }
}

/// The chart of `column`, on the comparison's shared axis and scale.
#[component]
pub fn MentionsChart(
    column: Column,
    comparison: Arc<Comparison>,
    name: Signal<String>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let scale = comparison.scale;
    let axis = comparison.axis.clone();
    let plot = WIDTH - LEFT - RIGHT;
    let base = TOP + ROW * column.per_article.len() as f64;
    let height = base + AXIS;
    let x = move |v: f64| LEFT + axis.fraction(v) * plot;

    let label_of = {
        let comparison = comparison.clone();
        move |article: &str| {
            comparison
                .article(article)
                .map(|a| format!("#{}", a.number))
                .unwrap_or_default()
        }
    };
    let bars = column
        .per_article
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = TOP + ROW * i as f64;
            let value = bar.value(scale);
            let end = x(value);
            view! {
                <g class="bar" data-article=bar.article.clone()>
                    <text class="bar-label" x=LEFT - 6.0 y=y + BAR / 2.0 text-anchor="end" dominant-baseline="central">
                        {label_of(&bar.article)}
                    </text>
                    <rect x=LEFT y=y width=(end - LEFT).max(0.0) height=BAR rx="2" />
                    <text class="bar-value" x=end + 4.0 y=y + BAR / 2.0 dominant-baseline="central">
                        {scale.format(value)}
                    </text>
                </g>
            }
        })
        .collect_view();
    let ticks = comparison
        .axis
        .ticks
        .iter()
        .map(|&tick| {
            let tx = x(tick);
            view! {
                <g class="tick">
                    <line x1=tx x2=tx y1=TOP - 2.0 y2=base + 3.0 />
                    <text x=tx y=base + 14.0 text-anchor="middle">{Scale::tick(tick)}</text>
                </g>
            }
        })
        .collect_view();

    let summary_values: String = column
        .per_article
        .iter()
        .map(|b| format!("{} {}", label_of(&b.article), scale.format(b.value(scale))))
        .collect::<Vec<_>>()
        .join(", ");
    let summary = move || (t().chart_summary)(&name.get(), axis_title(t(), scale), &summary_values);

    let rows = column
        .per_article
        .iter()
        .map(|b| {
            let article = comparison.article(&b.article).cloned();
            let (number, title, lang) = article
                .map(|a| (a.number, a.title, a.lang))
                .unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">"#"{number}" "<span lang=lang>{title}</span></th>
                    <td>{b.count}</td>
                    <td>{format!("{:.2}", b.per_10k)}</td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <svg
            class="chart"
            viewBox=format!("0 0 {WIDTH} {height}")
            role="img"
            aria-label=summary
            data-scale=scale.key()
        >
            <g class="grid">{ticks}</g>
            <line class="axis-line" x1=LEFT x2=LEFT + plot y1=base y2=base />
            <g class="bars">{bars}</g>
            <text class="axis-title" x=LEFT + plot / 2.0 y=height - 6.0 text-anchor="middle">
                {move || axis_title(t(), scale)}
            </text>
        </svg>
        <details class="chart-data">
            <summary>{move || t().chart_data}</summary>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{move || t().col_article}</th>
                        <th scope="col">{move || t().col_count}</th>
                        <th scope="col">{move || t().col_per10k}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
