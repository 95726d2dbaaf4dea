//! An address the portal does not know.

use crate::components::page_heading::PageHeading;
use crate::i18n::{Key, use_i18n};
use crate::layout::PublicFrame;
use leptos::prelude::*;

/// The page for unknown addresses.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PublicFrame>
            <PageHeading title=Key::NotFoundTitle/>
            <p>{i18n.text(Key::NotFoundText)}</p>
            <p><a href="/">{i18n.text(Key::NotFoundHome)}</a></p>
        </PublicFrame>
    }
}
