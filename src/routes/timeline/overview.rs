//! The overview chart above the list: events per month over the dense years, stacked by
//! company, with the far past and future folded into a bin at each edge. The range it
//! selects is the filter's `from`/`to`, so the month inputs, the address and the chart agree.
//!
//! Pointer: drag across months to brush a range, click one to select it. Keyboard: the
//! chart is one tab stop; arrows move a cursor, Shift+arrows stretch a range from where the
//! cursor was, Enter selects, Escape clears. A live region says what the cursor is on.
//! The numbers come from `baimo_core::explore::timeline::overview`; this only draws them.

use crate::components::company::company_name;
use crate::i18n::timeline::TEXTS;
use crate::i18n::{texts, use_lang};
use baimo_core::explore::timeline::overview::{Bin, Overview, Series};
use baimo_core::explore::timeline::Filter;
use leptos::prelude::*;

/// Width of a month in the chart's units; bars leave a unit of air on each side.
const MONTH: f64 = 10.0;
/// Extra space between an edge bin and the months, so the fold reads as a break.
const EDGE_GAP: f64 = 8.0;
/// Height of the plot in the chart's units (the SVG stretches to the CSS size).
const HEIGHT: f64 = 100.0;

/// Where each bin is drawn: its left edge, in units, left to right.
struct Layout {
    bins: Vec<Bin>,
    x: Vec<f64>,
    width: f64,
}

impl Layout {
    fn of(o: &Overview) -> Layout {
        let bins = o.bins();
        let mut x = Vec::with_capacity(bins.len());
        let mut at = 0.0;
        for (k, bin) in bins.iter().enumerate() {
            if *bin == Bin::After && k > 0 {
                at += EDGE_GAP;
            }
            x.push(at);
            at += MONTH;
            if *bin == Bin::Before {
                at += EDGE_GAP;
            }
        }
        Layout { bins, x, width: at }
    }

    /// The bin under `unit` (from the left, in units): the nearest one.
    fn at(&self, unit: f64) -> usize {
        self.x
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| {
                let d = |x: f64| (x + MONTH / 2.0 - unit).abs();
                d(**a).total_cmp(&d(**b))
            })
            .map_or(0, |(k, _)| k)
    }
}

/// A stack's CSS class: `s0`…`s4` for the top companies, then `others` and `unnamed`.
fn series_class(k: usize, s: &Series) -> String {
    match s {
        Series::Company(_) => format!("s{k}"),
        Series::Others => "others".to_owned(),
        Series::Unnamed => "unnamed".to_owned(),
    }
}

/// The chart, its legend, its edge and coarse-date notes; nothing when there are no events.
#[component]
pub fn OverviewChart(
    overview: Memo<Option<Overview>>,
    filter: Memo<Filter>,
    /// Writes a changed filter (here, its range) to the address.
    apply: Callback<Filter>,
) -> impl IntoView {
    move || {
        overview
            .get()
            .map(|o| view! { <Chart overview=o filter apply /> })
    }
}

#[component]
fn Chart(overview: Overview, filter: Memo<Filter>, apply: Callback<Filter>) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let o = StoredValue::new(overview);
    let layout = StoredValue::new(o.with_value(Layout::of));
    let n = layout.with_value(|l| l.bins.len());

    // Bins the address's range covers, as positions in the layout.
    let selected = Memo::new(move |_| {
        let (from, to) = filter.get().range_days();
        let covered = o.with_value(|o| o.covered(from, to));
        layout.with_value(|l| {
            let ks: Vec<usize> = covered
                .iter()
                .filter_map(|b| l.bins.iter().position(|x| x == b))
                .collect();
            Some((*ks.first()?, *ks.last()?))
        })
    });
    // A range being brushed (pointer) or stretched (keyboard): (anchor, end).
    let brush = RwSignal::new(None::<(usize, usize)>);
    // The keyboard's cursor: the last month with events unless a range is selected.
    let cursor = RwSignal::new(selected.get_untracked().map_or_else(
        || {
            o.with_value(|o| {
                layout.with_value(|l| {
                    l.bins
                        .iter()
                        .rposition(|b| matches!(b, Bin::Month(_)) && o.count(*b) > 0)
                        .unwrap_or(0)
                })
            })
        },
        |(a, _)| a,
    ));
    let focused = RwSignal::new(false);

    let label = move |k: usize| -> String {
        let bin = layout.with_value(|l| l.bins[k]);
        o.with_value(|o| match bin {
            Bin::Before => (t().before)(o.span.first),
            Bin::After => (t().after)(o.span.last),
            Bin::Month(i) => (t().month_label)(o.months[i].year, o.months[i].month),
        })
    };
    let count_in = move |a: usize, b: usize| -> usize {
        let (a, b) = (a.min(b), a.max(b));
        layout.with_value(|l| o.with_value(|o| l.bins[a..=b].iter().map(|&x| o.count(x)).sum()))
    };
    let commit = move |a: usize, b: usize| {
        let (bin_a, bin_b) = layout.with_value(|l| (l.bins[a], l.bins[b]));
        let sel = o.with_value(|o| o.select(bin_a, bin_b));
        let mut f = filter.get_untracked();
        f.from = sel.from;
        f.to = sel.to;
        apply.run(f);
    };
    let clear = move || {
        let mut f = filter.get_untracked();
        f.from = None;
        f.to = None;
        apply.run(f);
    };

    // Pointer: the bin under the pointer, from the plot's box.
    let bin_at = move |ev: &web_sys::PointerEvent| -> Option<usize> {
        let target = event_target::<web_sys::Element>(ev);
        let svg = target.closest("svg").ok().flatten()?;
        let rect = svg.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return None;
        }
        let unit = (f64::from(ev.client_x()) - rect.left()) / rect.width()
            * layout.with_value(|l| l.width);
        Some(layout.with_value(|l| l.at(unit)))
    };
    let on_down = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        if let Some(k) = bin_at(&ev) {
            ev.prevent_default();
            let target = event_target::<web_sys::Element>(&ev);
            let _ = target.set_pointer_capture(ev.pointer_id());
            brush.set(Some((k, k)));
            cursor.set(k);
        }
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        if let (Some((a, _)), Some(k)) = (brush.get_untracked(), bin_at(&ev)) {
            brush.set(Some((a, k)));
            cursor.set(k);
        }
    };
    let on_up = move |_| {
        if let Some((a, b)) = brush.get_untracked() {
            brush.set(None);
            commit(a, b);
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let k = cursor.get_untracked();
        let step = |to: usize| {
            if ev.shift_key() {
                let anchor = brush.get_untracked().map_or(k, |(a, _)| a);
                brush.set(Some((anchor, to)));
            } else {
                brush.set(None);
            }
            cursor.set(to);
        };
        match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => step(k.saturating_sub(1)),
            "ArrowRight" | "ArrowUp" => step((k + 1).min(n - 1)),
            "Home" => step(0),
            "End" => step(n - 1),
            "Enter" | " " => {
                let (a, b) = brush.get_untracked().unwrap_or((k, k));
                brush.set(None);
                commit(a, b);
            }
            "Escape" => {
                brush.set(None);
                clear();
            }
            _ => return,
        }
        ev.prevent_default();
    };

    let status = move || {
        if !focused.get() {
            return String::new();
        }
        match brush.get() {
            Some((a, b)) if a != b => {
                let (a, b) = (a.min(b), a.max(b));
                (t().range_status)(&label(a), &label(b), count_in(a, b))
            }
            _ => {
                let k = cursor.get();
                (t().bin_status)(&label(k), count_in(k, k))
            }
        }
    };

    // The bars: one path per stack (a few elements, whatever the number of months).
    let (width, peak) = (layout.with_value(|l| l.width), o.with_value(Overview::peak));
    let scale = move |count: usize| count as f64 / peak as f64 * (HEIGHT - 4.0);
    let paths = o.with_value(|o| {
        layout.with_value(|l| {
            let mut d: Vec<String> = vec![String::new(); o.series.len()];
            for (k, bin) in l.bins.iter().enumerate() {
                let Bin::Month(i) = *bin else { continue };
                let mut base = 0.0;
                for (s, &count) in o.months[i].counts.iter().enumerate() {
                    if count == 0 {
                        continue;
                    }
                    let h = scale(count);
                    d[s].push_str(&format!(
                        "M{:.1} {:.2}h{:.1}v{:.2}h-{:.1}z",
                        l.x[k] + 1.5,
                        HEIGHT - base - h,
                        MONTH - 3.0,
                        h,
                        MONTH - 3.0
                    ));
                    base += h;
                }
            }
            o.series
                .iter()
                .enumerate()
                .zip(d)
                .filter(|(_, d)| !d.is_empty())
                .map(|((k, s), d)| view! { <path class=format!("bar {}", series_class(k, s)) d=d /> })
                .collect_view()
        })
    });
    // The edges: one grey bar each, no taller than the tallest month (their number is
    // written below, so a fold of hundreds does not flatten the months).
    let edges = o.with_value(|o| {
        layout.with_value(|l| {
            l.bins
                .iter()
                .enumerate()
                .filter(|(_, b)| !matches!(b, Bin::Month(_)))
                .map(|(k, b)| {
                    let count = o.count(*b);
                    let h = scale(count.min(peak)).max(2.0);
                    let folded = count > peak;
                    view! {
                        <rect
                            class="edge"
                            class:folded=folded
                            x=format!("{:.1}", l.x[k] + 1.5)
                            y=format!("{:.2}", HEIGHT - h)
                            width=format!("{:.1}", MONTH - 3.0)
                            height=format!("{h:.2}")
                            vector-effect="non-scaling-stroke"
                        />
                    }
                })
                .collect_view()
        })
    });
    let span_rect = move |range: Option<(usize, usize)>, class: &'static str| {
        range.map(|(a, b)| {
            let (a, b) = (a.min(b), a.max(b));
            let (x0, x1) = layout.with_value(|l| (l.x[a], l.x[b] + MONTH));
            view! {
                <rect
                    class=class
                    x=format!("{x0:.1}")
                    y="0"
                    width=format!("{:.1}", x1 - x0)
                    height=format!("{HEIGHT}")
                />
            }
        })
    };
    let cursor_rect = move || {
        focused.get().then(|| {
            let x = layout.with_value(|l| l.x[cursor.get()]);
            view! {
                <rect
                    class="cursor"
                    x=format!("{x:.1}")
                    y="0.5"
                    width=format!("{MONTH:.1}")
                    height=format!("{}", HEIGHT - 1.0)
                    vector-effect="non-scaling-stroke"
                />
            }
        })
    };

    // Year labels under January of each year; the edges' labels under them.
    let axis = o.with_value(|o| {
        layout.with_value(|l| {
            l.bins
                .iter()
                .enumerate()
                .filter_map(|(k, b)| match *b {
                    Bin::Month(i) if o.months[i].month == 1 => Some((k, o.months[i].year)),
                    _ => None,
                })
                .map(|(k, year)| {
                    // Through the CSSOM (`style:`): the Content-Security-Policy refuses
                    // `style` attributes.
                    let left = format!("{:.2}%", l.x[k] / l.width * 100.0);
                    view! { <span class="tick" style:left=left>{year}</span> }
                })
                .collect_view()
        })
    });
    let edge_buttons = o.with_value(|o| {
        let (first, last, before, after) = (o.span.first, o.span.last, o.before, o.after);
        let pick = move |bin: Bin| {
            let k = layout.with_value(|l| l.bins.iter().position(|b| *b == bin));
            if let Some(k) = k {
                commit(k, k);
            }
        };
        view! {
            {(before > 0)
                .then(|| {
                    view! {
                        <button type="button" class="edge-bin before" on:click=move |_| pick(Bin::Before)>
                            {move || (t().before)(first)}
                            " · "
                            {before}
                        </button>
                    }
                })}
            {(after > 0)
                .then(|| {
                    view! {
                        <button type="button" class="edge-bin after" on:click=move |_| pick(Bin::After)>
                            {move || (t().after)(last)}
                            " · "
                            {after}
                        </button>
                    }
                })}
        }
    });
    let legend = o.with_value(|o| {
        o.series
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let class = format!("swatch {}", series_class(k, s));
                let s = s.clone();
                let name = move || match &s {
                    Series::Company(id) => company_name(id, lang.get()),
                    Series::Others => t().others.to_owned(),
                    Series::Unnamed => t().unnamed.to_owned(),
                };
                view! {
                    <li>
                        <span class=class aria-hidden="true"></span>
                        {name}
                    </li>
                }
            })
            .collect_view()
    });
    let (in_months, coarse, coarse_total) =
        o.with_value(|o| (o.in_months(), o.coarse.clone(), o.coarse_total()));
    let coarse_note = (coarse_total > 0).then(|| {
        let years = coarse
            .into_iter()
            .map(|(year, count)| {
                let pick = move |_| {
                    let mut f = filter.get_untracked();
                    f.from = Some(year.to_string());
                    f.to = Some(year.to_string());
                    apply.run(f);
                };
                view! {
                    <li>
                        <button type="button" class="year-bin" data-year=year on:click=pick>
                            {move || (t().year_button)(year, count)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="coarse">{move || (t().coarse_note)(coarse_total)}</p>
            <ul class="coarse-years">{years}</ul>
        }
    });
    let clear_button = move || {
        filter.get().has_range().then(|| {
            view! {
                <button type="button" id="timeline-clear-range" on:click=move |_| clear()>
                    {move || t().clear_range}
                </button>
            }
        })
    };

    view! {
        <section class="overview" aria-labelledby="overview-heading">
            <div class="overview-head">
                <h2 id="overview-heading">{move || t().overview_heading}</h2>
                <ul class="legend">{legend}</ul>
            </div>
            <div
                class="overview-plot"
                id="timeline-overview"
                tabindex="0"
                role="group"
                aria-label=move || t().overview_label
                aria-describedby="overview-help overview-status"
                data-bins=n
                on:keydown=on_key
                on:focus=move |_| focused.set(true)
                on:blur=move |_| {
                    focused.set(false);
                    brush.set(None);
                }
            >
                <svg
                    viewBox=format!("0 0 {width:.1} {HEIGHT}")
                    preserveAspectRatio="none"
                    aria-hidden="true"
                    on:pointerdown=on_down
                    on:pointermove=on_move
                    on:pointerup=on_up
                    on:pointercancel=move |_| brush.set(None)
                >
                    {move || span_rect(selected.get(), "selection")}
                    {move || span_rect(brush.get(), "brush")}
                    {edges}
                    {paths}
                    {cursor_rect}
                </svg>
                <div class="axis" aria-hidden="true">{axis}</div>
            </div>
            <p class="visually-hidden" id="overview-help">{move || t().overview_help}</p>
            <p class="visually-hidden" id="overview-status" role="status">{status}</p>
            <div class="overview-foot">
                <p class="chart-note">{move || (t().chart_note)(in_months)}</p>
                {coarse_note}
                <p class="overview-actions">{edge_buttons} {clear_button}</p>
            </div>
        </section>
    }
}
