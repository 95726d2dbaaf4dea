//! The page's one `<h1>`: sets the document title and takes focus when a
//! route opens, so screen-reader users hear where they are.

use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

/// False until the first page has shown: a freshly loaded page keeps the
/// browser's own focus start (so the skip link is the first Tab stop); only
/// later route changes move focus to the heading.
static ROUTED: AtomicBool = AtomicBool::new(false);

/// The next page counts as freshly loaded: a reload that continued the
/// session through the provider (connected mode) ends where it began, and
/// focus starts at the top as after any reload.
pub fn as_fresh_load() {
    ROUTED.store(false, Ordering::Relaxed);
}

/// How many frames a heading waits to be shown before it takes focus.
const FOCUS_TRIES: u8 = 120;

/// Focuses `heading` once it is on screen. A page whose code came in a
/// chunk can be drawn before its frame is in the document, or while the
/// routes are still hidden (back from the identity provider); focusing it
/// then does nothing. So it waits a frame at a time (two seconds at most),
/// and takes focus only if nothing else has it meanwhile.
fn focus_when_shown(heading: web_sys::HtmlElement, tries: u8) {
    if heading.is_connected() && heading.offset_parent().is_some() {
        let _ = heading.focus();
        return;
    }
    if tries == 0 {
        return;
    }
    request_animation_frame(move || {
        let free = document()
            .active_element()
            .is_none_or(|e| e.tag_name().eq_ignore_ascii_case("body"));
        if free {
            focus_when_shown(heading, tries - 1);
        }
    });
}

/// The heading of a page. The document title becomes
/// "title – patient – portal name" (without the patient outside a dossier).
#[component]
pub fn PageHeading(
    /// The heading text.
    title: Key,
    /// Whose dossier the page shows, if any.
    #[prop(optional, into)]
    patient: Option<String>,
    /// A heading from the record itself (a report's title), shown instead
    /// of `title`.
    #[prop(optional, into)]
    heading: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading_text = heading.clone();
    let heading_ref = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        let mut parts = vec![heading.clone().unwrap_or_else(|| i18n.t(title).to_string())];
        parts.extend(patient.clone());
        parts.push(i18n.t(Key::AppName).to_string());
        document().set_title(&parts.join(" – "));
    });
    let move_focus = ROUTED.swap(true, Ordering::Relaxed);
    Effect::new(move |_| {
        if let Some(h) = heading_ref.get()
            && move_focus
        {
            focus_when_shown(h.into(), FOCUS_TRIES);
        }
    });
    view! {
        <h1 class="page-heading" tabindex="-1" node_ref=heading_ref>
            {move || heading_text.clone().unwrap_or_else(|| i18n.t(title).to_string())}
        </h1>
    }
}
