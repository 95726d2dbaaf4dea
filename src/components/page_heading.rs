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
            let _ = h.focus();
        }
    });
    view! {
        <h1 class="page-heading" tabindex="-1" node_ref=heading_ref>
            {move || heading_text.clone().unwrap_or_else(|| i18n.t(title).to_string())}
        </h1>
    }
}
