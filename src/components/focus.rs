//! Moving keyboard focus to an element named by its id.

use leptos::prelude::*;

/// Moves focus to the element with `id` (the first field with an error, a
/// question that just opened); does nothing when there is none.
pub fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&el).focus();
    }
}
