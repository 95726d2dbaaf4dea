//! Files the portal hands to the person: object URLs for downloads, and a
//! PDF printed on its own.

use wasm_bindgen::JsCast;

/// An object URL for downloaded bytes, revoked when dropped.
pub struct BlobUrl {
    /// The `blob:` URL.
    pub url: String,
}

impl BlobUrl {
    /// An object URL for `bytes` of type `mime`.
    pub fn new(bytes: &[u8], mime: &str) -> Self {
        let array = js_sys::Uint8Array::from(bytes);
        let parts = js_sys::Array::of1(&array);
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(if mime.is_empty() {
            "application/octet-stream"
        } else {
            mime
        });
        let url = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .ok()
            .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob).ok())
            .unwrap_or_default();
        BlobUrl { url }
    }
}

impl BlobUrl {
    /// An object URL for `blob`.
    fn of_blob(blob: &web_sys::Blob) -> Self {
        let url = web_sys::Url::create_object_url_with_blob(blob).unwrap_or_default();
        BlobUrl { url }
    }
}

impl Drop for BlobUrl {
    fn drop(&mut self) {
        if !self.url.is_empty() {
            let _ = web_sys::Url::revoke_object_url(&self.url);
        }
    }
}

/// Offers `bytes` as a file called `name` (the browser's download), the
/// way a download link does; the object URL is revoked right after.
pub fn save_file(name: &str, mime: &str, bytes: &[u8]) {
    offer(name, BlobUrl::new(bytes, mime));
}

/// Offers the text of `parts` (JS strings and `Blob`s, joined) as a file
/// called `name`: the browser joins them, so a large file is never one
/// string in the app's memory.
pub fn save_parts(name: &str, mime: &str, parts: &js_sys::Array) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(parts, &options) {
        offer(name, BlobUrl::of_blob(&blob));
    }
}

/// Clicks a download link to `blob`.
fn offer(name: &str, blob: BlobUrl) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(link) = doc.create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", &blob.url);
    let _ = link.set_attribute("download", name);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
    // Revoke after the browser has taken the file.
    leptos::prelude::set_timeout(move || drop(blob), std::time::Duration::from_secs(10));
}

/// Prints a PDF alone: loads it in an invisible frame and prints that
/// frame, so neither the portal nor the viewer's controls are printed.
pub fn print_pdf(url: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(old) = doc.get_element_by_id("pdf-print-frame") {
        old.remove();
    }
    let Ok(frame) = doc.create_element("iframe") else {
        return;
    };
    let Ok(frame) = frame.dyn_into::<web_sys::HtmlIFrameElement>() else {
        return;
    };
    frame.set_id("pdf-print-frame");
    frame.set_src(url);
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    let _ = frame.set_attribute("class", "print-frame");
    let target = frame.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = target.content_window() {
            let _ = w.print();
        }
    });
    frame.set_onload(Some(onload.unchecked_ref()));
    if let Some(body) = doc.body() {
        let _ = body.append_child(&frame);
    }
}
