//! Shown instead of any page while the portal is leaving for the identity
//! provider (continuing a session after a reload) or ending the provider's
//! session at sign-out (connected mode). The page is about to be replaced:
//! it says what is happening and offers nothing of the previous page to
//! click. The main area is marked busy for assistive technology.

use crate::components::page_heading::PageHeading;
use crate::i18n::{Key, use_i18n};
use crate::layout::PublicFrame;
use leptos::prelude::*;

/// What the portal is on its way to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transit {
    /// A silent sign-in at the provider (after a reload).
    SigningIn,
    /// Ending the provider's session after signing out.
    SigningOut,
}

/// The page in transit.
#[component]
pub fn TransitPage(
    /// Which way.
    transit: Transit,
) -> impl IntoView {
    let i18n = use_i18n();
    let (title, text) = match transit {
        Transit::SigningIn => (Key::TransitSigningInTitle, Key::TransitSigningIn),
        Transit::SigningOut => (Key::TransitSigningOutTitle, Key::TransitSigningOut),
    };
    view! {
        <PublicFrame busy=true>
            <PageHeading title=title/>
            <p role="status" data-testid="transit">{i18n.text(text)}</p>
        </PublicFrame>
    }
}
