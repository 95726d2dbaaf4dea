//! The page's one `<h1>`: sets the document title and takes focus when a
//! route opens, so screen-reader users hear where they are.

use leptos::prelude::*;

/// The heading of a page; `title` becomes the document title as
/// "`title` – `suffix`".
#[component]
pub fn PageHeading(
    /// The heading text.
    #[prop(into)]
    text: Signal<String>,
    /// What follows in the document title (patient and portal name).
    #[prop(into)]
    suffix: Signal<String>,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        document().set_title(&format!("{} – {}", text.get(), suffix.get()));
    });
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <h1 class="page-heading" tabindex="-1" node_ref=heading>
            {move || text.get()}
        </h1>
    }
}
