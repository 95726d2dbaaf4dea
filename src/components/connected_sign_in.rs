//! Connected mode's sign-in: one button to the identity provider (DigiD),
//! which asks for the password and the SMS code and sends the person back.
//! A browser that keeps no data for the portal gets DigiD in a window of
//! its own (session/oidc_window.rs).

use crate::components::notice::{Notice, NoticeKind};
use crate::i18n::{Key, use_i18n};
use crate::session::landing::safe_return;
use crate::session::oidc::{self, BeginError};
use crate::session::oidc_window::{self, WindowError};
use crate::session::{use_config, use_session};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Connected mode: one button to the identity provider (DigiD), which asks
/// for the password and the SMS code and sends the person back.
#[component]
pub fn ConnectedSignIn() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let session = use_session();
    let busy = RwSignal::new(false);
    let waiting = RwSignal::new(false);
    let failed = RwSignal::new(None::<Key>);
    let go = move |_| {
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        let config = config.clone();
        let back = safe_return(crate::nav::query("terug"));
        if !oidc::can_keep_pending() {
            // This browser keeps no data for the portal: DigiD in a window
            // of its own, opened in this click (named, so a second click
            // reuses it), while this page waits with what it must keep.
            let Some(popup) = oidc_window::open() else {
                failed.set(Some(Key::SigninConnectedNoStorage));
                return;
            };
            waiting.set(true);
            spawn_local(async move {
                let outcome = match oidc_window::sign_in(&config, &popup).await {
                    Ok((endpoints, tokens)) => session
                        .start_connected(&config, endpoints, tokens, true)
                        .await
                        .map_err(|_| Key::CallbackUnreachable),
                    Err(WindowError::Refused) => Err(Key::CallbackRefused),
                    Err(WindowError::Unavailable(_)) => Err(Key::SigninConnectedFailed),
                };
                waiting.set(false);
                match outcome {
                    Ok(()) => {
                        let landing = session.signed_in_untracked().and_then(|s| s.landing());
                        crate::nav::go(&back.or(landing).unwrap_or_else(|| "/".into()));
                    }
                    Err(key) => failed.set(Some(key)),
                }
            });
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let back = back.unwrap_or_else(|| "/".into());
            if let Err(e) = oidc::begin(&config, false, &back).await {
                busy.set(false);
                failed.set(Some(match e {
                    BeginError::NoStorage => Key::SigninConnectedNoStorage,
                    BeginError::Unavailable(_) => Key::SigninConnectedFailed,
                }));
            }
        });
    };
    view! {
        <p>{i18n.text(Key::SigninConnectedIntro)}</p>
        {move || failed.get().map(|key| view! {
            <Notice kind=NoticeKind::Error><p data-testid="signin-problem">{i18n.text(key)}</p></Notice>
        })}
        {move || waiting.get().then(|| view! {
            <p role="status" data-testid="signin-waiting">{i18n.text(Key::SigninWindowWaiting)}</p>
        })}
        <button type="button" class="utrecht-button utrecht-button--primary-action" data-testid="signin-digid"
            disabled=move || busy.get() on:click=go>
            {i18n.text(Key::SigninConnectedButton)}
        </button>
    }
}
