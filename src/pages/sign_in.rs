//! Sign-in in the DigiD style (handbook §2.1): username and password, then
//! an SMS code. The session's backend draws the form: in demo mode the
//! personas' stand-in (from the demo chunk), in connected mode the button
//! to the identity provider.

use crate::components::connected_sign_in::ConnectedSignIn;
use crate::components::page_heading::PageHeading;
use crate::components::sign_in_help::SignInHelp;
use crate::i18n::{Key, use_i18n};
use crate::layout::PublicFrame;
use crate::session::backend::Backend;
use crate::session::use_session;
use leptos::prelude::*;

/// The sign-in page (`/inloggen`).
#[component]
pub fn SignIn() -> impl IntoView {
    let i18n = use_i18n();
    // While the person signs in, the portal behind the form arrives.
    crate::sections::prefetch_portal_when_idle();
    let form = match use_session().backend() {
        Backend::Demo => view! {
            <Suspense fallback=crate::components::loader::loading>
                {Suspend::new(Backend::demo_sign_in())}
            </Suspense>
        }
        .into_any(),
        Backend::OpenIdConnect => view! { <ConnectedSignIn/> }.into_any(),
    };
    view! {
        <PublicFrame>
            <PageHeading title=Key::SigninTitle/>
            <p class="lead">{i18n.text(Key::SigninIntro)}</p>
            <div class="signin-layout">
                <div class="signin-main">{form}</div>
                <aside class="signin-help" aria-labelledby="signin-help-title">
                    <SignInHelp/>
                </aside>
            </div>
        </PublicFrame>
    }
}
