//! The events of one page, under year and month headings; each with its date as precise as
//! written, companies, money, clause, source and evidence link, the other sources of a
//! clustered event with any disagreement between them, and its reposts.

use super::events_at;
use crate::components::company::{company_name, CompanyChip};
use crate::i18n::timeline::TEXTS;
use crate::i18n::{texts, use_lang};
use crate::url_state::evidence_href;
use baimo_core::analysis::{Conflict, Event, MoneyFigure};
use baimo_core::explore::timeline::{
    groups, in_conflict, kind_key, original_of, reposts_of, sources_shown, Filter, MonthGroup,
    YearGroup,
};
use baimo_core::explore::Explorer;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// Other sources listed under an event; the rest are counted ("and 12 more"), so one big
/// cluster cannot fill the page.
const MAX_SOURCES: usize = 5;

/// The grouped list of the events at positions `shown`.
#[component]
pub fn EventList(
    explorer: Arc<Explorer>,
    shown: Memo<Vec<usize>>,
    filter: Memo<Filter>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    view! {
        <div id="timeline-events">
            {move || {
                let shown = shown.get();
                let all_copies = filter.with(|f| f.all_copies);
                let events = events_at(&explorer, &shown);
                if events.is_empty() {
                    return view! { <p class="none">{move || t().none}</p> }.into_any();
                }
                groups(&events)
                    .iter()
                    .map(|year| year_view(&explorer, year, all_copies))
                    .collect_view()
                    .into_any()
            }}
        </div>
    }
}

fn year_view(explorer: &Arc<Explorer>, group: &YearGroup<'_>, all_copies: bool) -> impl IntoView {
    let t = texts(&TEXTS);
    let year = group.year;
    let count = group.len();
    view! {
        <section class="year" data-year=year>
            <h2>
                {move || (t().year_heading)(year)}
                <span class="group-count">{move || (t().events_count)(count)}</span>
            </h2>
            {group
                .months
                .iter()
                .map(|m| month_view(explorer, year, m, all_copies))
                .collect_view()}
        </section>
    }
}

fn month_view(
    explorer: &Arc<Explorer>,
    year: i32,
    group: &MonthGroup<'_>,
    all_copies: bool,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let month = group.month;
    let count = group.events.len();
    let heading = move || match month {
        Some(m) => (t().month_heading)(year, m),
        None => t().no_month.to_owned(),
    };
    view! {
        <section class="month" class:no-month=month.is_none()>
            <h3>
                {heading}
                <span class="group-count">{move || (t().events_count)(count)}</span>
            </h3>
            <ol class="events">
                {group
                    .events
                    .iter()
                    .map(|e| event_view(explorer, e, all_copies))
                    .collect_view()}
            </ol>
        </section>
    }
}

/// An article's title, publisher and `lang` tag (the id when it is unknown).
fn article_facts(explorer: &Explorer, id: &str) -> (String, String, &'static str) {
    match explorer.corpus.get(id) {
        Some(a) => (
            a.meta.title.clone(),
            a.meta.publisher.clone(),
            a.meta.script.lang_tag(),
        ),
        None => (id.to_owned(), String::new(), "zh"),
    }
}

fn event_href(e: &Event) -> String {
    evidence_href(&e.article, e.paragraph, e.span)
}

fn event_view(explorer: &Arc<Explorer>, event: &Event, all_copies: bool) -> impl IntoView {
    let t = texts(&TEXTS);
    let (title, publisher, lang) = article_facts(explorer, &event.article);
    let shown_sources = sources_shown(&explorer.analysis, event, all_copies);
    let sources = shown_sources.as_ref().map(|(s, _)| s);
    let conflicted = sources.is_some_and(|s| in_conflict(s, event));
    let date = {
        let e = event.clone();
        move || (t().event_date)(&e)
    };
    let resolution = event.resolution;
    let hint =
        move || (t().resolution)(resolution).map(|h| view! { <span class="resolution">{h}</span> });
    let chips = (!event.entities.is_empty()).then(|| {
        view! {
            <p class="event-companies" aria-label=move || t().companies_label>
                {event
                    .entities
                    .iter()
                    .map(|id| view! { <CompanyChip id=id.clone() /> })
                    .collect_view()}
            </p>
        }
    });
    let money = (!event.money.is_empty()).then(|| {
        view! {
            <ul class="event-money" aria-label=move || t().money_label>
                {event.money.iter().map(money_view).collect_view()}
            </ul>
        }
    });
    let others = sources.filter(|s| !s.others.is_empty()).map(|s| {
        let items = s
            .others
            .iter()
            .take(MAX_SOURCES)
            .map(|o| other_source_view(explorer, o))
            .collect_view();
        let more = s.others.len().saturating_sub(MAX_SOURCES);
        let more = (more > 0)
            .then(|| view! { <li class="more-sources">{move || (t().more_sources)(more)}</li> });
        let conflicts = s
            .conflicts
            .iter()
            .map(|c| conflict_view(explorer, c))
            .collect_view();
        view! {
            <div class="also" data-cluster=s.cluster.to_owned()>
                <p class="also-label">{move || t().also_reported}</p>
                <ul class="also-list">{items} {more}</ul>
                {conflicts}
            </div>
        }
    });
    // A story told again by other accounts says so once, on its original's event; a copy
    // (shown when every copy is asked for) names the article it copies.
    let reposts = reposts_of(&explorer.analysis, &event.article);
    let reposts = (reposts > 0).then(|| {
        view! { <span class="reposts" data-reposts=reposts>{move || (t().reposts)(reposts)}</span> }
    });
    let copy_of = original_of(&explorer.analysis, &event.article).map(|original| {
        let (title, _, lang) = article_facts(explorer, original);
        view! {
            <p class="repost-of" data-original=original.to_owned()>
                {move || t().repost_of}
                <cite lang=lang>{title}</cite>
            </p>
        }
    });
    let is_copy = copy_of.is_some();
    view! {
        <li class="event" class:conflict=conflicted class:copy=is_copy data-event=event.id.clone()>
            <p class="event-date">
                <time datetime=event.date.clone()>{date}</time>
                <span class="written">
                    {move || t().written_as}
                    <q lang=lang>{event.date_text.clone()}</q>
                </span>
                {hint}
            </p>
            {chips}
            {money}
            <p class="event-text" lang=lang>{event.text.clone()}</p>
            <p class="event-source">
                <span class="source-label">{move || t().source}</span>
                " "
                <cite lang=lang>{title}</cite>
                " · "
                <span lang=lang>{publisher}</span>
                " · "
                <A
                    href=event_href(event)
                    attr:class="evidence"
                    attr:title=move || t().evidence_title
                >
                    {move || t().evidence}
                </A>
                {reposts.map(|r| view! { " · " {r} })}
            </p>
            {copy_of}
            {others}
        </li>
    }
}

fn money_view(m: &MoneyFigure) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = use_lang();
    let figure = m.figure.clone();
    let kind = figure.kind;
    let amount = move || (t().money)(&figure);
    let flow = {
        let (payer, payee) = (m.figure.payer.clone(), m.figure.payee.clone());
        let name = move |id: &str| company_name(id, lang.get());
        let text = move || match (&payer, &payee) {
            (Some(a), Some(b)) => Some(format!("{} → {}", name(a), name(b))),
            (Some(a), None) => Some((t().payer_only)(&name(a))),
            (None, Some(b)) => Some((t().payee_only)(&name(b))),
            (None, None) => None,
        };
        let both = m.figure.payer.is_some() && m.figure.payee.is_some();
        (m.figure.payer.is_some() || m.figure.payee.is_some()).then(|| {
            view! {
                <span class="flow">
                    {both.then(|| view! { <span class="visually-hidden">{move || t().flow_label}</span> })}
                    {text}
                </span>
            }
        })
    };
    view! {
        <li class="money" data-kind=kind_key(kind)>
            <strong class="amount">{amount}</strong>
            " "
            <span class="kind">{move || (t().kind)(kind)}</span>
            {flow.map(|f| view! { " " {f} })}
        </li>
    }
}

/// Another article's telling of the same event: publisher, its date, and its evidence.
fn other_source_view(explorer: &Explorer, e: &Event) -> impl IntoView {
    let t = texts(&TEXTS);
    let (title, publisher, lang) = article_facts(explorer, &e.article);
    let date = {
        let e = e.clone();
        move || (t().event_date)(&e)
    };
    view! {
        <li data-source=e.article.clone() data-event-ref=e.id.clone()>
            <span lang=lang title=title>{publisher}</span>
            " · "
            {date}
            " ("
            <q lang=lang>{e.date_text.clone()}</q>
            ") · "
            <A href=event_href(e) attr:class="evidence" attr:title=move || t().evidence_title>
                {move || t().evidence}
            </A>
        </li>
    }
}

/// A disagreement, with what every side says.
fn conflict_view(explorer: &Explorer, c: &Conflict) -> impl IntoView {
    let t = texts(&TEXTS);
    let field = c.field.clone();
    let sides = c
        .sides
        .iter()
        .map(|s| {
            let (_, publisher, lang) = article_facts(explorer, &s.article);
            view! {
                <li data-event-ref=s.event.clone()>
                    <span lang=lang>{publisher}</span>
                    "："
                    <span lang=lang>{s.value.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="conflict-note" role="note">
            <p>
                <strong>{move || t().conflict}</strong>
                {move || format!(" ({})", (t().conflict_field)(&field))}
            </p>
            <ul>{sides}</ul>
        </div>
    }
}
