//! One input on its way into the library: how it was read (encoding, format, damage), a
//! preview of the cleaned text, and the facts to confirm; or why it cannot be imported.

use super::Cards;
use crate::download::today;
use crate::i18n::import::{size, Texts, TEXTS};
use crate::i18n::texts;
use crate::library::store::StorageError;
use crate::library::{Added, Library, Status};
use crate::url_state::site_href;
use baimo_core::explore::reader::article_path;
use baimo_core::import::decode::{Choice, Encoding};
use baimo_core::import::{read_file, read_paste, Draft, EditError, Edits, ImportError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What came in: a file's bytes (kept, so another encoding can be tried) or pasted text.
#[derive(Clone)]
pub enum Input {
    /// A file's bytes.
    Bytes(Arc<Vec<u8>>),
    /// Pasted text.
    Text(Arc<str>),
}

impl Input {
    /// Reads the input as `choice` says (pasted text needs no decoding).
    pub fn read(&self, name: &str, choice: Choice) -> Result<Draft, ImportError> {
        match self {
            Input::Bytes(bytes) => read_file(name, bytes, choice, &today()),
            Input::Text(text) => read_paste(text, &today()),
        }
    }
}

/// Where a card stands.
#[derive(Clone)]
pub enum Stage {
    /// The file is being read.
    Reading,
    /// The file was refused before it was read, or could not be read.
    Failed(Failure),
    /// Read: a draft to confirm, or why the input cannot be an article.
    Read {
        /// The input, for reading it again with another encoding.
        input: Input,
        /// The outcome of reading it.
        draft: Result<Arc<Draft>, ImportError>,
    },
}

/// Why a file never got read.
#[derive(Clone)]
pub enum Failure {
    /// Refused by its size.
    Refused(ImportError),
    /// The browser could not read it; its words.
    Unreadable(String),
}

/// One card.
#[derive(Clone)]
pub struct Card {
    /// Its key on the page.
    pub key: u64,
    /// The file's name; `None` for pasted text.
    pub file: Option<String>,
    /// Where it stands.
    pub stage: Stage,
}

impl Card {
    /// True while the file is being read.
    pub fn is_reading(&self) -> bool {
        matches!(self.stage, Stage::Reading)
    }
}

/// Something the person should know about a draft, shown as an alert.
#[derive(Clone, PartialEq)]
enum Problem {
    Read(ImportError),
    Edit(EditError),
    Storage(StorageError),
    StillLoading,
}

fn problem_text(t: &Texts, name: &str, problem: &Problem) -> String {
    match problem {
        Problem::Read(e) => (t.import_error)(name, e),
        Problem::Edit(e) => (t.edit_error)(name, e),
        Problem::Storage(e) => (t.storage_error)(name, e),
        Problem::StillLoading => t.still_loading.to_owned(),
    }
}

/// A card: reading, refused, or a draft.
#[component]
pub fn CardView(card: Card, cards: Cards) -> impl IntoView {
    let t = texts(&TEXTS);
    let key = card.key;
    let file = card.file.clone();
    let name = Signal::derive(move || file.clone().unwrap_or_else(|| t().pasted.to_owned()));
    let data_file = card.file.clone().unwrap_or_default();
    let body = match card.stage {
        Stage::Reading => view! {
            <p class="loading" role="status">{move || (t().reading)(&name.get())}</p>
        }
        .into_any(),
        Stage::Failed(failure) => {
            let message = move || match &failure {
                Failure::Refused(e) => (t().import_error)(&name.get(), e),
                Failure::Unreadable(why) => (t().read_failed)(&name.get(), why),
            };
            view! {
                <p class="error card-error" role="alert">{message}</p>
                <div class="card-actions">
                    <button type="button" class="button secondary dismiss" on:click=move |_| cards.close(key)>
                        {move || t().dismiss_button}
                    </button>
                </div>
            }
            .into_any()
        }
        Stage::Read { input, draft } => {
            view! { <DraftForm key name input draft cards /> }.into_any()
        }
    };
    view! {
        <li class="card" id=format!("card-{key}") data-file=data_file>
            <h3 class="card-name">{move || name.get()}</h3>
            {body}
        </li>
    }
}

/// The draft's facts, preview and form; after importing, a line saying so.
#[component]
fn DraftForm(
    key: u64,
    name: Signal<String>,
    input: Input,
    draft: Result<Arc<Draft>, ImportError>,
    cards: Cards,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let library = expect_context::<Library>();
    let draft = RwSignal::new(draft);
    let edits =
        |d: &Result<Arc<Draft>, ImportError>| d.as_ref().map(|d| d.edits()).unwrap_or_default();
    let start = edits(&draft.get_untracked());
    let (title, publisher, date) = (
        RwSignal::new(start.title),
        RwSignal::new(start.publisher),
        RwSignal::new(start.date),
    );
    let problem = RwSignal::new(None::<Problem>);
    let chosen = RwSignal::new(None::<Encoding>);
    let saving = RwSignal::new(false);
    let done = RwSignal::new(None::<(Added, String, String)>);

    // Another encoding: read the kept bytes again, and start the form again from its guesses.
    let reread = {
        let input = input.clone();
        move |encoding: Encoding| {
            let file = name.get_untracked();
            let next = input.read(&file, Choice::Use(encoding)).map(Arc::new);
            chosen.set(Some(encoding));
            let e = edits(&next);
            title.set(e.title);
            publisher.set(e.publisher);
            date.set(e.date);
            problem.set(next.as_ref().err().map(|e| Problem::Read(e.clone())));
            draft.set(next);
        }
    };
    if let Err(e) = draft.get_untracked() {
        problem.set(Some(Problem::Read(e)));
    }

    let import = {
        let library = library.clone();
        move |_| {
            let Ok(d) = draft.get_untracked() else { return };
            if library.status() == Status::Loading {
                problem.set(Some(Problem::StillLoading));
                return;
            }
            let edits = Edits {
                title: title.get_untracked(),
                publisher: publisher.get_untracked(),
                date: date.get_untracked(),
            };
            let stored = match d.finish(&edits, &today()) {
                Ok(s) => s,
                Err(e) => {
                    problem.set(Some(Problem::Edit(e)));
                    return;
                }
            };
            problem.set(None);
            saving.set(true);
            let library = library.clone();
            spawn_local(async move {
                let (title, id) = (stored.meta.title.clone(), stored.meta.id.clone());
                match library.add(stored).await {
                    Ok(added) => {
                        let _ = done.try_set(Some((added, title, id)));
                        // The button that had focus is gone: give it to the link to the article.
                        focus_later(format!("#card-{key} .done a"));
                    }
                    Err(e) => {
                        let _ = problem.try_set(Some(Problem::Storage(e)));
                    }
                }
                let _ = saving.try_set(false);
            });
        }
    };

    let is_file = matches!(input, Input::Bytes(_));
    move || {
        if let Some((added, title, id)) = done.get() {
            return view! { <DoneLine added title id key cards /> }.into_any();
        }
        let current = draft.get();
        // Another encoding may help a file that reads as binary or as nothing.
        let can_choose = is_file
            && match &current {
                Ok(_) => true,
                Err(e) => {
                    chosen.get().is_some()
                        || matches!(e, ImportError::Binary | ImportError::NothingLeft)
                }
            };
        let facts = (current.is_ok() || can_choose).then(|| {
            view! { <ReadFacts draft=current.clone() chosen=chosen.get() can_choose reread=reread.clone() /> }
        });
        let fields = current.clone().ok().map(|d| {
            view! {
                <Preview draft=d.clone() />
                <Fields draft=d key title publisher date />
            }
        });
        let alert = problem.get().map(|p| {
            view! { <p class="error card-error" role="alert">{move || problem_text(t(), &name.get(), &p)}</p> }
        });
        let actions = if current.is_ok() {
            let import = import.clone();
            view! {
                <button type="button" class="button import" disabled=move || saving.get() on:click=import>
                    {move || if saving.get() { t().saving } else { t().import_button }}
                </button>
                <button type="button" class="button secondary discard" on:click=move |_| cards.close(key)>
                    {move || t().discard_button}
                </button>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="button secondary dismiss" on:click=move |_| cards.close(key)>
                    {move || t().dismiss_button}
                </button>
            }
            .into_any()
        };
        view! {
            {facts}
            {fields}
            {alert}
            <div class="card-actions">{actions}</div>
        }
        .into_any()
    }
}

/// Focuses the element `selector` finds, once the next frame has rendered it.
pub fn focus_later(selector: String) {
    request_animation_frame(move || {
        if let Ok(Some(el)) = document().query_selector(&selector) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// Encoding (with a menu to read the bytes as another), how it was settled, format, damage.
#[component]
fn ReadFacts(
    draft: Result<Arc<Draft>, ImportError>,
    /// The encoding the person chose last, if any.
    chosen: Option<Encoding>,
    can_choose: bool,
    reread: impl Fn(Encoding) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let source = draft.as_ref().ok().map(|d| d.source.clone());
    let encoding = source.as_ref().and_then(|s| s.encoding).or(chosen);
    let detection = source.as_ref().and_then(|s| s.detection);
    let select = can_choose.then(|| {
        let options = Encoding::ALL
            .into_iter()
            .map(|e| view! { <option value=e.key() selected=encoding == Some(e)>{e.label()}</option> })
            .collect_view();
        let placeholder = encoding.is_none().then(|| view! { <option value="" selected=true>"—"</option> });
        view! {
            <select
                class="encoding"
                aria-label=move || t().encoding_label
                on:change=move |ev| {
                    if let Some(e) = Encoding::from_key(&event_target_value(&ev)) {
                        reread(e);
                    }
                }
            >
                {placeholder}
                {options}
            </select>
        }
    });
    let how = move || match detection {
        Some(d) => (t().detection)(d).to_owned(),
        None if source.is_some() && encoding.is_none() => t().pasted_encoding.to_owned(),
        None => String::new(),
    };
    let facts = draft.as_ref().ok().map(|d| {
        let format = d.source.format;
        let replaced = d.source.replaced;
        let bytes = d.source.bytes;
        view! {
            <div>
                <dt>{move || t().format_label}</dt>
                <dd class="format" data-format=format!("{format:?}").to_lowercase()>
                    {move || (t().format)(format)} " · " {size(bytes)}
                </dd>
            </div>
            <div>
                <dt>{move || t().replaced_label}</dt>
                <dd class="replaced" class:warn={replaced > 0} data-count=replaced>{move || (t().replaced)(replaced)}</dd>
            </div>
        }
    });
    view! {
        <dl class="facts read-facts">
            <div>
                <dt>{move || t().encoding_label}</dt>
                <dd class="encoding-fact" data-encoding=encoding.map(|e| e.key()).unwrap_or_default()>
                    {select}
                    <span class="detection">{how}</span>
                </dd>
            </div>
            {facts}
        </dl>
    }
}

/// The first cleaned paragraphs, as text, cut short when long.
#[component]
fn Preview(draft: Arc<Draft>) -> impl IntoView {
    let t = texts(&TEXTS);
    let lang = draft.article.meta.script.lang_tag();
    let paragraphs: Vec<String> = draft
        .article
        .paragraphs()
        .take(3)
        .map(|p| {
            if p.chars().count() > 300 {
                format!("{}…", p.chars().take(300).collect::<String>())
            } else {
                p.to_owned()
            }
        })
        .collect();
    view! {
        <div class="preview">
            <h4>{move || t().preview_heading}</h4>
            <div class="preview-text" lang=lang>
                {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            </div>
        </div>
    }
}

/// Title, publisher and date, with the guessed ones marked.
#[component]
fn Fields(
    draft: Arc<Draft>,
    key: u64,
    title: RwSignal<String>,
    publisher: RwSignal<String>,
    date: RwSignal<String>,
) -> impl IntoView {
    let t = texts(&TEXTS);
    let guessed = draft.guessed;
    let lang = draft.article.meta.script.lang_tag();
    // Ids unique on the page: the card's key, plus the field.
    let field = move |field: &'static str,
                      label: fn(&Texts) -> &'static str,
                      value: RwSignal<String>,
                      guess: bool,
                      hint: Option<fn(&Texts) -> &'static str>| {
        let input_id = format!("card{key}-{field}");
        let hint_id = format!("{input_id}-hint");
        let described = hint.map(|_| hint_id.clone());
        view! {
            <div class="field">
                <label for=input_id.clone()>
                    {move || label(t())}
                    {guess.then(|| view! { <span class="guessed" title=move || t().guessed_title>{move || t().guessed}</span> })}
                </label>
                <input
                    id=input_id
                    name=field
                    type="text"
                    lang=if field == "date" { "en" } else { lang }
                    autocomplete="off"
                    aria-describedby=described
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                {hint.map(|h| view! { <span class="hint" id=hint_id>{move || h(t())}</span> })}
            </div>
        }
    };
    view! {
        <div class="fields">
            {field("title", |t| t.title_label, title, guessed.title, None)}
            {field("publisher", |t| t.publisher_label, publisher, guessed.publisher, None)}
            {field("date", |t| t.date_label, date, guessed.date, Some(|t| t.date_hint))}
        </div>
    }
}

/// After importing: what happened, a link to the article, and a button to close the card.
#[component]
fn DoneLine(added: Added, title: String, id: String, key: u64, cards: Cards) -> impl IntoView {
    let t = texts(&TEXTS);
    let href = site_href(&article_path(&id));
    let message = move || match added {
        Added::New => (t().imported)(&title),
        Added::Already => (t().already)(&title),
    };
    view! {
        <p class="done" role="status" data-article=id.clone()>
            {message} " " <A href=href>{move || t().open_it}</A>
        </p>
        <div class="card-actions">
            <button type="button" class="button secondary dismiss" on:click=move |_| cards.close(key)>
                {move || t().dismiss_button}
            </button>
        </div>
    }
}
