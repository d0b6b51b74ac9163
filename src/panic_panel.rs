//! A panic must not leave a dead page. The hook still logs the panic to the console (with
//! `console_error_panic_hook`), then shows a fixed panel in both languages: what happened,
//! that the reader's imported articles are safe, a Reload button and the message itself.
//!
//! After a panic the wasm module stops (it traps), so the panel is plain DOM built here, and
//! its button and the listener that quiets the trap are browser functions: nothing in them
//! calls back into wasm.

use crate::i18n::offline::OFFLINE;
use js_sys::{Function, Reflect};
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AddEventListenerOptions, Document, Element};

/// Installs the hook; call first thing in `main`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Panics on purpose when the home page is opened with `?panic=1`, to test the panel. Only in
/// the tests' build (the `test-hooks` feature): the published site has no way to crash on request.
#[cfg(feature = "test-hooks")]
pub fn panic_if_asked() {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let asked = location
        .search()
        .is_ok_and(|s| s.split(['?', '&']).any(|p| p == "panic=1"));
    let home = location
        .pathname()
        .is_ok_and(|p| crate::url_state::route_path(&p) == "/");
    if asked && home {
        leptos::prelude::request_animation_frame(|| panic!("a test panic, asked for by ?panic=1"));
    }
}

fn show(message: &str) {
    static SHOWN: AtomicBool = AtomicBool::new(false);
    if SHOWN.swap(true, Ordering::SeqCst) {
        return;
    }
    // Nothing here may panic again: every failure just leaves the panel out.
    let _ = build(message);
}

fn build(message: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let body = document.body().ok_or(JsValue::NULL)?;
    let el = |tag: &str, class: &str, text: &str| -> Result<Element, JsValue> {
        let e = document.create_element(tag)?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        if !text.is_empty() {
            e.set_text_content(Some(text));
        }
        Ok(e)
    };

    let panel = el("section", "crash-panel", "")?;
    panel.set_attribute("role", "alert")?;
    panel.set_attribute("aria-labelledby", "crash-heading")?;
    let card = el("div", "crash-card", "")?;
    let (zh, en) = (&OFFLINE.zh, &OFFLINE.en);
    let heading = el("h2", "", "")?;
    heading.set_id("crash-heading");
    append_pair(&document, &heading, zh.crash_heading, en.crash_heading)?;
    card.append_child(&heading)?;
    // What happened and what is kept: a block per language, each read in its own script.
    for (texts, lang) in [(zh, "zh-Hans"), (en, "en")] {
        let block = el("div", "crash-text", "")?;
        block.set_attribute("lang", lang)?;
        for text in [texts.crash_detail, texts.crash_kept] {
            let p = el("p", "", text)?;
            block.append_child(&p)?;
        }
        card.append_child(&block)?;
    }
    let button = el("button", "crash-reload", "")?;
    button.set_id("crash-reload");
    button.set_attribute("type", "button")?;
    append_pair(&document, &button, zh.crash_reload, en.crash_reload)?;
    // location.reload, bound to the location: a browser function, no wasm involved.
    let location = window.location();
    let reload: Function = Reflect::get(&location, &"reload".into())?.dyn_into()?;
    button.add_event_listener_with_callback("click", &reload.bind0(&location))?;
    card.append_child(&button)?;
    let details = el("details", "", "")?;
    let summary = el("summary", "", "")?;
    append_pair(&document, &summary, zh.crash_details, en.crash_details)?;
    details.append_child(&summary)?;
    let pre = el("pre", "", message)?;
    pre.set_attribute("lang", "en")?;
    details.append_child(&pre)?;
    card.append_child(&details)?;
    panel.append_child(&card)?;
    body.append_child(&panel)?;
    if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
        let _ = button.focus();
    }
    quiet_the_trap(&window)?;
    Ok(())
}

/// `<span lang="zh-Hans">zh</span> · <span lang="en">en</span>` inside `parent`.
fn append_pair(document: &Document, parent: &Element, zh: &str, en: &str) -> Result<(), JsValue> {
    let zh_span = document.create_element("span")?;
    zh_span.set_attribute("lang", "zh-Hans")?;
    zh_span.set_text_content(Some(zh));
    let en_span = document.create_element("span")?;
    en_span.set_attribute("lang", "en")?;
    en_span.set_text_content(Some(en));
    parent.append_child(&zh_span)?;
    parent.append_child(&document.create_text_node(" · "))?;
    parent.append_child(&en_span)?;
    Ok(())
}

/// The panic ends in a wasm trap ("RuntimeError: unreachable"), thrown to whatever called
/// into wasm. The hook has already logged the panic, so the trap's own uncaught error is noise:
/// the next `error` or `unhandledrejection` event is cancelled, by `Event.prototype
/// .preventDefault` itself (bound through `Function.prototype.call`), not by a wasm closure.
fn quiet_the_trap(window: &web_sys::Window) -> Result<(), JsValue> {
    let event = Reflect::get(&js_sys::global(), &"Event".into())?;
    let prototype = Reflect::get(&event, &"prototype".into())?;
    let prevent: Function = Reflect::get(&prototype, &"preventDefault".into())?.dyn_into()?;
    let call: Function = Reflect::get(&prevent, &"call".into())?.dyn_into()?;
    let cancel = call.bind0(&prevent);
    let once = AddEventListenerOptions::new();
    once.set_once(true);
    for kind in ["error", "unhandledrejection"] {
        window.add_event_listener_with_callback_and_add_event_listener_options(
            kind, &cancel, &once,
        )?;
    }
    Ok(())
}
