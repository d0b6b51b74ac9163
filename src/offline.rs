//! Offline: the service worker (public/sw.js) that keeps the site after one visit, and the
//! news that a new version of the site is waiting, for the update prompt.
//!
//! A new deploy changes `sw.js` (it carries the build's version), so the browser installs the
//! new worker next to the old one; it waits until the reader agrees to reload, then the page
//! tells it to take over (`SKIP_WAITING`) and reloads when it has (`controllerchange`).

use crate::url_state::base;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    /// The worker's registration, once the browser has it.
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// The reader asked for the new version: reload when it takes over.
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

/// Whether a new version of the site is installed and waiting; provided by [`provide_update`].
#[derive(Clone, Copy)]
pub struct Update(RwSignal<bool>);

impl Update {
    /// A new version is waiting (tracked).
    pub fn ready(self) -> bool {
        self.0.get()
    }

    /// Switches to the new version: the waiting worker takes over, then the page reloads.
    pub fn apply(self) {
        let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
        match waiting {
            Some(worker) => {
                RELOADING.set(true);
                if worker
                    .post_message(&JsValue::from_str("SKIP_WAITING"))
                    .is_err()
                {
                    reload();
                }
            }
            None => reload(),
        }
    }
}

/// Registers the service worker (after the page is up) and provides [`Update`].
pub fn provide_update() {
    let ready = RwSignal::new(false);
    provide_context(Update(ready));
    request_animation_frame(move || register(ready));
}

/// The update state.
pub fn use_update() -> Update {
    expect_context::<Update>()
}

fn register(ready: RwSignal<bool>) {
    let navigator = window().navigator();
    // Missing on insecure origins and in some private modes: the site then works online only.
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    // The worker sits at the site's root, so its scope is the whole site.
    let registering = container.register(&format!("{}/sw.js", base()));
    leptos::task::spawn_local(async move {
        match JsFuture::from(registering).await {
            Ok(registration) => watch(registration.unchecked_into(), container, ready),
            Err(err) => web_sys::console::warn_2(
                &JsValue::from_str("baimo: no service worker, so no offline use:"),
                &err,
            ),
        }
    });
}

/// Sets `ready` when a new worker is waiting while an older one controls this page (on the
/// very first visit nothing controls it, and the first worker simply takes over).
fn watch(
    registration: ServiceWorkerRegistration,
    container: ServiceWorkerContainer,
    ready: RwSignal<bool>,
) {
    let controlled = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    // A worker installing or installed: it may have started before this page was listening
    // (the browser looks for a new version as soon as the page is asked for).
    let track = move |installing: web_sys::ServiceWorker| {
        let worker = installing.clone();
        let controlled = controlled.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && controlled() {
                ready.set(true);
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    };
    if registration.waiting().is_some() && container.controller().is_some() {
        ready.set(true);
    }
    if let Some(installing) = registration.installing() {
        track(installing);
    }
    let on_update_found = {
        let registration = registration.clone();
        let track = track.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Some(installing) = registration.installing() {
                track(installing);
            }
        })
    };
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
    let on_controller_change = Closure::<dyn FnMut()>::new(|| {
        if RELOADING.get() {
            reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();
    REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
}

fn reload() {
    let _ = window().location().reload();
}
