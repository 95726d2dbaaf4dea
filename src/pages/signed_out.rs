//! Where a session ends: says why, that unsent text was lost, and offers to
//! sign in again.

use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Key, use_i18n};
use crate::layout::PublicFrame;
use crate::session::{SignOutReason, storage};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The signed-out page (`/uitgelogd?reden=idle|user|expired`).
#[component]
pub fn SignedOut() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let session = crate::session::use_session();
    session.acknowledge_sign_out();
    // Back from the provider's sign-out (connected mode) the reason comes as
    // the logout `state`: the provider's session has ended. Tabs that wait
    // for that (they signed out at the same moment) hear it through the
    // note; the address is put the way the portal writes it.
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        if let Some(reason) = query
            .get()
            .get("state")
            .and_then(|r| SignOutReason::parse(&r))
        {
            storage::set(
                storage::PROVIDER_ENDED_KEY,
                &(js_sys::Date::now() as i64).to_string(),
            );
            navigate(
                &format!("/uitgelogd?reden={}", reason.as_str()),
                leptos_router::NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    // Without either, the note written at sign-out has it.
    let reason = Memo::new(move |_| {
        let query = query.get();
        query
            .get("reden")
            .or_else(|| query.get("state"))
            .and_then(|r| SignOutReason::parse(&r))
            .or_else(|| crate::session::read_sign_out_note().0)
    });
    let minutes = crate::session::use_config()
        .idle_timeout_minutes
        .to_string();
    let explanation = move || match reason.get() {
        Some(SignOutReason::Idle) => i18n.tf(Key::SignedOutIdle, &[("minutes", &minutes)]),
        Some(SignOutReason::Expired) => i18n.t(Key::SignedOutExpired).to_string(),
        _ => i18n.t(Key::SignedOutUser).to_string(),
    };
    view! {
        <PublicFrame>
            <PageHeading title=Key::SignedOutTitle/>
            <p class="lead" data-testid="signed-out-reason">{explanation}</p>
            {move || session.provider_session_open().then(|| view! {
                <Notice kind=NoticeKind::Warning>
                    <p data-testid="provider-open">{i18n.text(Key::SignedOutProviderOpen)}</p>
                </Notice>
            })}
            <p>{i18n.text(Key::SignedOutUnsent)}</p>
            <p>{i18n.text(Key::SignedOutCloseBrowser)}</p>
            <p>
                <a class="utrecht-button utrecht-button--primary-action button-link" href="/inloggen">
                    {i18n.text(Key::SignedOutAgain)}
                </a>
            </p>
        </PublicFrame>
    }
}
