//! The objection to the GP practice viewing the hospital record (seed
//! `004`): its current state, and making or withdrawing it after a
//! confirmation. A representative does this for the patient, named as the
//! performer.

use crate::components::focus::focus_id;
use crate::components::form::{SendStatus, Sender};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::outbox::{Confirmation, acting, form_key, now_instant};
use crate::fhir::ResourceId;
use crate::fhir::consent::{Consent, Objection, gp_objection, withdrawn};
use crate::fhir::model::iso_date;
use crate::fhir::write::key_condition;
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::session::drafts::use_drafts;
use leptos::prelude::*;
use std::sync::Arc;

/// The objection's state in words and the button that makes or withdraws
/// it, after a question to confirm; `on_changed` says what changed.
#[component]
pub fn GpObjection(
    /// The GP practice and the objection in force.
    state: Objection,
    /// Called once the server stored the change.
    on_changed: Callback<Confirmation>,
) -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let drafts = use_drafts();
    let Some(gp) = state.gp.clone() else {
        return view! {
            <p data-testid="gp-state">{i18n.text(Key::GpNone)}</p>
            <p><a href=format!("/p/{}/gegevens", patient.id)>{i18n.text(Key::GpNoneLink)}</a></p>
        }
        .into_any();
    };
    let gp_name = gp.display.clone().unwrap_or_else(|| "—".into());
    let blocked = state.current.clone();
    let asking = RwSignal::new(false);
    let send = Sender::new();
    let prefix = format!("{}/gp-objection/", patient.id);
    let act = {
        let (blocked, gp, patient, prefix) =
            (blocked.clone(), gp.clone(), patient.clone(), prefix.clone());
        move || {
            let today = iso_date(crate::session::today());
            let client = patient.client.clone();
            let who = acting(&patient);
            match blocked.clone() {
                Some(consent) => {
                    let id = ResourceId::<Consent>::of(consent.id.as_deref());
                    let body = withdrawn(&who, &consent.json, &today);
                    send.run(async move {
                        client.update(&id?, &body).await?;
                        on_changed.run(Confirmation::GpWithdrawn);
                        Ok(())
                    });
                }
                None => {
                    let key = form_key(drafts, &prefix);
                    let body = gp_objection(&who, &key, &gp, &today, &now_instant());
                    let prefix = prefix.clone();
                    send.run(async move {
                        client
                            .create("Consent", &body, Some(&key_condition(&key)))
                            .await?;
                        drafts.forget(&prefix);
                        on_changed.run(Confirmation::GpBlocked);
                        Ok(())
                    });
                }
            }
        }
    };
    let retry = {
        let act = act.clone();
        Callback::new(move |_| act())
    };
    let since = blocked.as_ref().and_then(|c| c.date_time.clone());
    let is_blocked = blocked.is_some();
    let state_text = {
        let gp_name = gp_name.clone();
        i18n.live(Arc::new(move |i| {
            if is_blocked {
                i.tf(
                    Key::GpStateBlocked,
                    &[("gp", &gp_name), ("date", &i.instant(since.as_deref()))],
                )
            } else {
                i.tf(Key::GpStateOpen, &[("gp", &gp_name)])
            }
        }))
    };
    let (start_key, confirm_key, question_key) = if is_blocked {
        (
            Key::GpWithdraw,
            Key::GpWithdrawConfirm,
            Key::GpWithdrawQuestion,
        )
    } else {
        (Key::GpBlock, Key::GpBlockConfirm, Key::GpBlockQuestion)
    };
    let question = {
        let gp_name = gp_name.clone();
        i18n.live(Arc::new(move |i| i.tf(question_key, &[("gp", &gp_name)])))
    };
    view! {
        <p class="gp-state" data-testid="gp-state" data-blocked=is_blocked.then_some("true")>
            <strong>{state_text}</strong>
        </p>
        {(!is_blocked).then(|| view! { <p>{i18n.text(Key::GpConsequence)}</p> })}
        <div hidden=move || asking.get()>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" id="gp-start"
                on:click=move |_| { asking.set(true); request_animation_frame(|| focus_id("gp-question")); }>
                {i18n.text(start_key)}
            </button>
        </div>
        <div class="gp-confirm" hidden=move || !asking.get()>
            <Notice kind=NoticeKind::Warning>
                <p id="gp-question" tabindex="-1" data-testid="gp-question">{question}</p>
                <SendStatus send=send retry=retry/>
                <div class="button-row">
                    <button type="button" class="utrecht-button utrecht-button--primary-action" id="gp-confirm"
                        disabled=move || send.busy() aria-disabled=move || send.busy().then_some("true")
                        on:click=move |_| act()>
                        {i18n.text(confirm_key)}
                    </button>
                    <button type="button" class="utrecht-button utrecht-button--subtle"
                        disabled=move || send.busy()
                        on:click=move |_| { asking.set(false); request_animation_frame(|| focus_id("gp-start")); }>
                        {i18n.text(Key::GpCancel)}
                    </button>
                </div>
            </Notice>
        </div>
    }
    .into_any()
}
