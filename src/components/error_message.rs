//! A failed load or send, explained in the person's language, with a retry
//! where trying again can help.

use crate::components::live_region::use_live_region;
use crate::components::notice::{Notice, NoticeKind};
use crate::fhir::FhirError;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Shows `error`; offers "Opnieuw proberen" when `on_retry` is given and the
/// error is one that a retry may cure.
#[component]
pub fn ErrorMessage(
    /// What went wrong.
    error: FhirError,
    /// Called by the retry button.
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = error.message();
    let detail = error.detail().map(str::to_string);
    let retry = on_retry.filter(|_| error.retryable());
    // Said once through the persistent live region; the notice itself is
    // not a second alert.
    if let Some(live) = use_live_region() {
        let spoken = match &detail {
            Some(d) => format!("{} {d}", i18n.t(key)),
            None => i18n.t(key).to_string(),
        };
        live.alert(&spoken);
    }
    view! {
        <div data-testid="error-message">
        <Notice kind=NoticeKind::Error announced=false>
            <p>{i18n.text(key)}</p>
            {detail.map(|d| view! { <p class="notice__detail">{d}</p> })}
            {retry.map(|cb| view! {
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| cb.run(())>
                    {i18n.text(crate::i18n::Key::Retry)}
                </button>
            })}
        </Notice>
        </div>
    }
}
