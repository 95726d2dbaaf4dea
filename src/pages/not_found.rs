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
            <PageHeading
                text=Signal::derive(move || i18n.t(Key::NotFoundTitle).to_string())
                suffix=Signal::derive(move || i18n.t(Key::AppName).to_string())
            />
            <p>{move || i18n.t(Key::NotFoundText)}</p>
            <p><a href="/">{move || i18n.t(Key::NotFoundHome)}</a></p>
        </PublicFrame>
    }
}
