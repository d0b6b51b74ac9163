//! Saving a view as a file: a Blob, an object URL and a click on a temporary `<a download>`.

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;

/// Offers `content` as a file called `name`. The error says what the browser refused.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let blob = Blob::new_with_options(content, Some(mime));
    let url = ObjectUrl::from(blob);
    let document = leptos::prelude::document();
    let anchor = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "not an anchor".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The object URL is revoked when `url` drops; the download has already started by then.
    Ok(())
}

/// Today's date in the reader's time zone, `YYYY-MM-DD`: what a download is named after.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
