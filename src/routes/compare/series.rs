//! Mentions over time: one line per company on a shared axis (SVG), a legend, and the same
//! numbers as a table for keyboards and screen readers. The bins, values and axis come from
//! `baimo_core::explore::compare::series`; this only draws them.

use crate::components::company::company_name;
use crate::i18n::compare::TEXTS;
use crate::i18n::{texts, use_lang};
use baimo_core::explore::compare::{Comparison, Scale, Series};
use leptos::prelude::*;
use std::sync::Arc;

// The drawing's own units (the SVG scales to its box): the value gutter, the plot, the
// room for the bins' labels underneath.
const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 220.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 34.0;
/// Bins labelled under the chart on a wide screen; a narrow one shows every other of them
/// (the others get `class="minor"`, hidden there).
const LABELS_WIDE: usize = 6;

/// The chart, its legend and its table, `section.series`.
#[component]
pub fn SeriesChart(comparison: Arc<Comparison>) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let series: Series = comparison.series.clone();
    let scale = comparison.scale;
    let plot_w = WIDTH - LEFT - RIGHT;
    let base = HEIGHT - BOTTOM;
    let plot_h = base - TOP;
    let n = series.bins.len();
    // Bins are points spread over the plot, the first at its left edge, the last at its
    // right; one bin sits in the middle.
    let x = move |i: usize| {
        if n <= 1 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + plot_w * i as f64 / (n - 1) as f64
        }
    };
    let axis = series.axis.clone();
    let y = move |v: f64| base - axis.fraction(v) * plot_h;

    let unit = series.unit;
    let bins = series.bins.clone();
    let label = move |i: usize| (t().bin_label)(unit, &bins[i]);
    let long_label = {
        let bins = series.bins.clone();
        move |i: usize| (t().bin_long)(unit, &bins[i])
    };

    let ticks = series
        .axis
        .ticks
        .iter()
        .map(|&tick| {
            let ty = y(tick);
            view! {
                <g class="tick">
                    <line x1=LEFT x2=LEFT + plot_w y1=ty y2=ty />
                    <text x=LEFT - 6.0 y=ty text-anchor="end" dominant-baseline="central">
                        {Scale::tick(tick)}
                    </text>
                </g>
            }
        })
        .collect_view();
    // A narrow screen shows every other of the wide screen's labels.
    let wide: Vec<usize> = series
        .labelled(LABELS_WIDE)
        .iter()
        .enumerate()
        .filter_map(|(i, &l)| l.then_some(i))
        .collect();
    let bin_labels = wide
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let label = label.clone();
            // The first and last labels keep inside the drawing.
            let anchor = match i {
                0 if n > 1 => "start",
                i if i + 1 == n && n > 1 => "end",
                _ => "middle",
            };
            let dx = match anchor {
                "start" => -4.0,
                "end" => 4.0,
                _ => 0.0,
            };
            view! {
                <text class=if k % 2 == 0 { "bin-label" } else { "bin-label minor" }
                    x=x(i) + dx y=base + 18.0 text-anchor=anchor>
                    {move || label(i)}
                </text>
            }
        })
        .collect_view();
    let lines = series
        .lines
        .iter()
        .enumerate()
        .map(|(s, line)| {
            let points: String = line
                .values
                .iter()
                .enumerate()
                .map(|(i, &v)| format!("{:.1},{:.1}", x(i), y(v)))
                .collect::<Vec<_>>()
                .join(" ");
            let id = line.id.clone();
            let dots = line
                .values
                .iter()
                .enumerate()
                .map(|(i, &v)| {
                    let id = id.clone();
                    let long_label = long_label.clone();
                    let title = move || {
                        format!(
                            "{} · {}：{}",
                            company_name(&id, lang.get()),
                            long_label(i),
                            scale.format(v)
                        )
                    };
                    view! {
                        <circle cx=x(i) cy=y(v) r="3.5"><title>{title}</title></circle>
                    }
                })
                .collect_view();
            view! {
                <g class="line" data-series=s data-company=line.id.clone()>
                    <polyline points=points />
                    {dots}
                </g>
            }
        })
        .collect_view();

    let legend = series
        .lines
        .iter()
        .enumerate()
        .map(|(s, line)| {
            let id = line.id.clone();
            let total: usize = line.counts.iter().sum();
            view! {
                <li data-series=s data-company=line.id.clone()>
                    <svg class="swatch" viewBox="0 0 28 10" aria-hidden="true">
                        <line x1="1" x2="27" y1="5" y2="5" />
                        <circle cx="14" cy="5" r="3" />
                    </svg>
                    {move || company_name(&id, lang.get())}
                    " "
                    <span class="legend-total">{move || (t().mentions_total)(total)}</span>
                </li>
            }
        })
        .collect_view();

    let summary = {
        let series = series.clone();
        let label = label.clone();
        move || {
            let totals = series
                .lines
                .iter()
                .map(|l| {
                    format!(
                        "{} {}",
                        company_name(&l.id, lang.get()),
                        l.counts.iter().sum::<usize>()
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            let (first, last) = if n > 0 {
                (label(0), label(n - 1))
            } else {
                Default::default()
            };
            (t().series_summary)(series.unit, n, &first, &last, &totals)
        }
    };

    let head = {
        let ids: Vec<String> = series.lines.iter().map(|l| l.id.clone()).collect();
        move || {
            ids.iter()
                .map(|id| view! { <th scope="col">{company_name(id, lang.get())}</th> })
                .collect_view()
        }
    };
    let rows = (0..n)
        .map(|i| {
            let long_label = long_label.clone();
            let cells = series
                .lines
                .iter()
                .map(|l| view! { <td>{scale.format(l.values[i])}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{move || long_label(i)}</th>
                    <td>{series.articles[i]}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let off_chart = series.off_chart;

    view! {
        <section class="series" aria-labelledby="series-heading" data-unit=format!("{unit:?}").to_lowercase()>
            <h2 id="series-heading">{move || (t().series_heading)(unit)}</h2>
            <ul class="legend" aria-label=move || t().legend_label>{legend}</ul>
            <svg
                class="series-chart"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-label=summary
                data-scale=scale.key()
            >
                <g class="grid">{ticks}</g>
                <line class="axis-line" x1=LEFT x2=LEFT + plot_w y1=base y2=base />
                <g class="bins">{bin_labels}</g>
                <g class="lines">{lines}</g>
            </svg>
            {(off_chart > 0).then(|| view! { <p class="note off-chart">{move || (t().off_chart)(off_chart)}</p> })}
            <details class="chart-data">
                <summary>{move || t().chart_data}</summary>
                <div class="table-scroll" role="region" tabindex="0" aria-label=move || t().chart_data>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{move || (t().col_bin)(unit)}</th>
                                <th scope="col">{move || t().col_articles}</th>
                                {head}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
