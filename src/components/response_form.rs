//! The forms that save answers: a questionnaire (a draft kept on the
//! server, or sent, after which it is read-only) and a diary entry (a new
//! completed response each time, once under its key).

use crate::components::form::{ComposeNotice, SendState, Sender, submit_handlers};
use crate::components::outbox::{Confirmation, acting, form_key, now_instant};
use crate::components::questionnaire_form::{Answering, form_buttons};
use crate::fhir::ResourceId;
use crate::fhir::questionnaire::{Questionnaire, QuestionnaireResponse};
use crate::fhir::write::{Answered, diary_entry, key_condition, saved_response};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::session::drafts::use_drafts;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

/// A questionnaire to fill in: "Versturen" sends it (then the list says
/// so), "Opslaan als concept" saves it as a draft on the server and says
/// when; Enter in a field keeps a draft too.
#[component]
pub fn ResponseForm(
    /// The response to fill in (a draft).
    response: QuestionnaireResponse,
    /// The questionnaire it answers.
    questionnaire: Questionnaire,
) -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let drafts = use_drafts();
    let navigate = use_navigate();
    // Checked now, refused at saving: a response without an id cannot be
    // written back, and what was typed stays in the form.
    let rid = ResourceId::<QuestionnaireResponse>::of(response.id.as_deref());
    let prefix = format!(
        "{}/questionnaire/{}/",
        patient.id,
        response.id.as_deref().unwrap_or("-")
    );
    let answering = Answering::new(questionnaire, drafts, &prefix, &response.answers(), |_| {
        None
    });
    let stored = StoredValue::new(response.json.clone());
    let saved_at = RwSignal::new(None::<String>);
    let send = Sender::new();
    let last = StoredValue::new(false);
    let done = format!(
        "/p/{}/vragenlijsten?verstuurd={}",
        patient.id,
        Confirmation::Questionnaire.as_query()
    );
    let save = {
        let answering = answering.clone();
        let patient = patient.clone();
        move |sending: bool| {
            last.set_value(sending);
            saved_at.set(None);
            let Some(items) = answering.checked(sending) else {
                send.state.set(SendState::Editing);
                return;
            };
            let now = now_instant();
            let body = saved_response(
                &acting(&patient),
                &stored.get_value(),
                &Answered {
                    items,
                    completed: sending,
                    authored: now.clone(),
                },
            );
            let (client, rid, prefix, navigate, done) = (
                patient.client.clone(),
                rid.clone(),
                prefix.clone(),
                navigate.clone(),
                done.clone(),
            );
            send.run(async move {
                let saved = client.update(&rid?, &body).await?;
                stored.set_value(saved);
                if sending {
                    drafts.forget(&prefix);
                    navigate(&done, Default::default());
                } else {
                    saved_at.set(Some(now));
                }
                Ok(())
            });
        }
    };
    let on_send = {
        let save = save.clone();
        Callback::new(move |_| save(true))
    };
    let on_save = {
        let save = save.clone();
        Callback::new(move |_| save(false))
    };
    let retry = {
        let save = save.clone();
        Callback::new(move |_| save(last.get_value()))
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Enter in a field keeps a draft; sending takes the button.
        save(false);
    };
    let saved_text = move || {
        saved_at.get().map(|at| {
            i18n.live(Arc::new(move |i| {
                i.tf(
                    Key::QuestionnaireDraftSaved,
                    &[("time", &i.instant(Some(&at)))],
                )
            }))
        })
    };
    view! {
        <ComposeNotice answers=true/>
        <p>{i18n.text(Key::QuestionnaireRequiredNote)}</p>
        <form class="form questionnaire" on:submit=on_submit novalidate>
            {answering.view()}
            {form_buttons(send, retry, (Key::QuestionnaireSend, on_send), Some((Key::QuestionnaireSave, on_save)))}
            <p class="draft-saved" role="status" data-testid="draft-saved">{saved_text}</p>
        </form>
    }
}

/// A new diary entry, saved as a completed response; `on_saved` is
/// called once the server stored it.
#[component]
pub fn DiaryEntryForm(
    /// The questionnaire's id in the address: the one it was read by.
    q_id: String,
    /// The diary.
    questionnaire: Questionnaire,
    /// Called once the entry is stored.
    on_saved: Callback<()>,
) -> impl IntoView {
    let patient = use_current_patient();
    let drafts = use_drafts();
    let prefix = format!("{}/diary/{q_id}/", patient.id);
    // A diary entry is most often about today.
    let today = crate::fhir::model::iso_date(crate::session::today());
    let answering = Answering::new(
        questionnaire,
        drafts,
        &prefix,
        &Default::default(),
        move |item| (item.kind == "date").then(|| today.clone()),
    );
    let send = Sender::new();
    let submit = {
        let answering = answering.clone();
        move || {
            let Some(items) = answering.checked(true) else {
                send.state.set(SendState::Editing);
                return;
            };
            let key = form_key(drafts, &prefix);
            let body = diary_entry(
                &acting(&patient),
                &key,
                &format!("Questionnaire/{q_id}"),
                &Answered {
                    items,
                    completed: true,
                    authored: now_instant(),
                },
            );
            let (client, prefix) = (patient.client.clone(), prefix.clone());
            send.run(async move {
                client
                    .create("QuestionnaireResponse", &body, Some(&key_condition(&key)))
                    .await?;
                drafts.forget(&prefix);
                on_saved.run(());
                Ok(())
            });
        }
    };
    let (on_submit, retry) = submit_handlers(submit.clone());
    let on_save = Callback::new(move |_| submit());
    view! {
        <ComposeNotice answers=true/>
        <form class="form questionnaire" on:submit=on_submit novalidate>
            {answering.view()}
            {form_buttons(send, retry, (Key::DiarySave, on_save), None)}
        </form>
    }
}
