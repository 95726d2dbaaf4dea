//! Informatie (handbook §3.7): how the portal works, signing in, frequently
//! asked questions, access for parents and children, contact and the terms
//! of use (seeds `000`, `001`, `003`), in the portal's own words.
//!
//! One content component ([`InformationContent`]), shown inside a
//! patient's portal and, before sign-in, on a public page.

use crate::components::information::InformationContent;
use crate::components::page_heading::PageHeading;
use crate::i18n::{Key, use_i18n};
use crate::layout::{PublicFrame, use_current_patient};
use leptos::prelude::*;

/// The information page inside a patient's portal (`/p/:patient/informatie`).
#[component]
pub fn Information() -> impl IntoView {
    let patient = use_current_patient();
    view! {
        <PageHeading title=Key::InfoTitle patient=patient.name/>
        <InformationContent/>
    }
}

/// The information page before sign-in (`/informatie`).
#[component]
pub fn PublicInformation() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PublicFrame>
            <PageHeading title=Key::InfoTitle/>
            <InformationContent/>
            <p class="info-back">
                <a class="utrecht-button utrecht-button--primary-action button-link" href="/inloggen">
                    {i18n.text(Key::InfoToSignin)}
                </a>
            </p>
        </PublicFrame>
    }
}
