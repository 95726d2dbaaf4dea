//! `/`: sends people where they belong.

use crate::components::loader::loading;
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::i18n::{Key, use_i18n};
use crate::layout::SignedInFrame;
use crate::session::{Status, use_session};
use leptos::prelude::*;

/// Signed out → sign-in; signed in → the own portal or the first person one
/// may act for; nobody to open → says so.
#[component]
pub fn Landing() -> impl IntoView {
    let session = use_session();
    move || match session.status() {
        Status::Starting | Status::Redirecting | Status::SigningOut(_) => loading().into_any(),
        Status::SignedOut(None) if crate::nav::path() == "/" => {
            crate::nav::redirect("/inloggen".into());
            ().into_any()
        }
        Status::SignedOut(_) => ().into_any(),
        Status::SignedIn(signed) => match signed.landing() {
            Some(path) => {
                crate::nav::redirect(path);
                ().into_any()
            }
            None => {
                crate::sections::later(|| Box::pin(crate::sections::load_no_dossier())).into_any()
            }
        },
    }
}

/// Signed in, with no dossier to open (not even one's own): says so, and
/// which records could not be read, if any.
#[component]
pub fn NoDossier() -> impl IntoView {
    let i18n = use_i18n();
    let Some(signed) = use_session().signed_in() else {
        return ().into_any();
    };
    view! {
        <SignedInFrame signed=signed.clone()>
            <PageHeading title=Key::NoDossierTitle/>
            <p>{i18n.text(Key::NoDossierText)}</p>
            // Perhaps because a record could not be read: say which.
            <ProblemsNotice problems=signed.people.problems.clone()/>
        </SignedInFrame>
    }
    .into_any()
}
