//! Moving keyboard focus to an element named by its id.

use leptos::prelude::*;

/// Moves focus to the element with `id` (the first field with an error, a
/// question that just opened); does nothing when there is none.
pub fn focus_id(id: &str) {
    focus_element(id);
}

fn focus_element(id: &str) -> Option<web_sys::Element> {
    let el = document().get_element_by_id(id)?;
    let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&el).focus();
    Some(el)
}

/// The click of an in-page link (`href="#id"`): the router would take it
/// for navigation, so do what a browser does: focus the target and show it.
pub fn jump_to(id: &'static str) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |ev| {
        ev.prevent_default();
        if let Some(target) = focus_element(id) {
            target.scroll_into_view();
        }
    }
}
