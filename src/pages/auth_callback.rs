//! `/auth/callback`: where the identity provider sends people back with a
//! code (connected mode). Checks the state, exchanges the code for tokens
//! (PKCE), starts the session and goes on to the page they came from. A
//! silent sign-in the provider refused (its session ended) leads to the
//! sign-in page; anything else says what went wrong in words.

use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Key, use_i18n};
use crate::layout::PublicFrame;
use crate::session::{oidc, use_config, use_session};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

/// The callback page.
#[component]
pub fn AuthCallback() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let config = use_config();
    let query = use_query_map().get_untracked();
    let navigate = use_navigate();
    let problem = RwSignal::new(None::<Key>);
    let handed_back = RwSignal::new(false);
    let replace = || NavigateOptions {
        replace: true,
        ..Default::default()
    };
    leptos::task::spawn_local(async move {
        let pending = oidc::take_pending();
        // A browser that keeps nothing signs in through a window of its own:
        // this is that window; the portal tab that opened it has the rest.
        if pending.is_none()
            && !oidc::can_keep_pending()
            && crate::session::oidc_window::hand_back(
                query.get("state"),
                query.get("code"),
                query.get("error"),
            )
        {
            handed_back.set(true);
            return;
        }
        let silent = pending.as_ref().is_some_and(|p| p.silent);
        let outcome: Result<String, Key> = async {
            let pending = pending.ok_or(Key::CallbackUnexpected)?;
            if query.get("state").as_deref() != Some(pending.state.as_str()) {
                return Err(Key::CallbackUnexpected);
            }
            if query.get("error").is_some() {
                if pending.silent {
                    // The provider's session ended: sign in again, then back here.
                    return Ok(format!(
                        "/inloggen?terug={}",
                        crate::fhir::search::encode(&pending.return_to)
                    ));
                }
                return Err(Key::CallbackRefused);
            }
            let code = query.get("code").ok_or(Key::CallbackUnexpected)?;
            let endpoints = oidc::discover(&config)
                .await
                .map_err(|_| Key::CallbackUnreachable)?;
            let tokens = oidc::exchange(&endpoints, &config, &code, &pending.verifier)
                .await
                .map_err(|_| Key::CallbackRefused)?;
            session
                .start_connected(&config, endpoints, tokens, !pending.silent)
                .await
                .map_err(|_| Key::CallbackUnreachable)?;
            Ok(pending.return_to)
        }
        .await;
        match outcome {
            Ok(to) => {
                if !session.is_signed_in_untracked() {
                    session.sign_in_failed();
                }
                if silent {
                    crate::components::page_heading::as_fresh_load();
                }
                navigate(&to, replace());
            }
            Err(key) => {
                session.sign_in_failed();
                problem.set(Some(key));
            }
        }
    });
    view! {
        <PublicFrame>
            <PageHeading title=Key::CallbackTitle/>
            {move || match problem.get() {
                None if handed_back.get() => view! {
                    <p role="status" data-testid="callback-handed-back">{i18n.text(Key::CallbackHandedBack)}</p>
                }.into_any(),
                None => view! { <p role="status">{i18n.text(Key::CallbackBusy)}</p> }.into_any(),
                Some(key) => view! {
                    <Notice kind=NoticeKind::Error><p data-testid="callback-problem">{i18n.text(key)}</p></Notice>
                    <p><a class="utrecht-button utrecht-button--primary-action button-link" href="/inloggen">
                        {i18n.text(Key::CallbackAgain)}</a></p>
                }.into_any(),
            }}
        </PublicFrame>
    }
}
