//! A new e-consult to the care team (handbook §3.5): a recipient among
//! the specialisms the patient is treated by, a subject and the text.

use crate::components::focus::focus_id;
use crate::components::form::{ComposeNotice, Field, Input, SubmitRow, submit_handlers};
use crate::components::loader::{Loader, load, render};
use crate::components::outbox::{Outbox, now_instant};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::fhir::Reference;
use crate::fhir::care_team::{CareTeams, care_teams, choice_of, hidden_ids};
use crate::fhir::write::Message;
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::session::use_config;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The new e-consult page (`/p/:patient/e-consult/nieuw`, optional
/// `?onderwerp=` to start with a subject, e.g. a correction of data).
#[component]
pub fn NewMessage() -> impl IntoView {
    let patient = use_current_patient();
    let teams = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        let hidden = hidden_ids(&use_config());
        load(move || {
            let (client, id, hidden) = (client.clone(), id.clone(), hidden.clone());
            async move { care_teams(&client, &id, &hidden).await }
        })
    };
    view! {
        <PageHeading title=Key::EconsultNewTitle patient=patient.name.clone()/>
        <ComposeNotice/>
        <Loader resource=teams render=render(move |found: &CareTeams| {
            view! {
                <ProblemsNotice problems=found.problems.clone()/>
                <NewMessageForm teams=found.teams.clone()/>
            }
            .into_any()
        })/>
    }
}

#[component]
fn NewMessageForm(teams: Vec<Reference>) -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let outbox = Outbox::new(format!("{}/e-consult/new/", patient.id));
    let (to, topic, text) = (
        outbox.field("to"),
        outbox.field("topic"),
        outbox.field("text"),
    );
    if topic.get_untracked().is_empty()
        && let Some(asked) = use_query_map().get_untracked().get("onderwerp")
    {
        topic.set(asked.chars().take(200).collect());
    }
    let errors = RwSignal::new((None::<Key>, None::<Key>, None::<Key>));
    let options = choice_of(&teams);
    let send = outbox.send;
    let submit = move || {
        let (t, s, x) = (
            to.get_untracked(),
            topic.get_untracked(),
            text.get_untracked(),
        );
        let missing = (
            t.is_empty().then_some(Key::EconsultErrorTo),
            s.trim().is_empty().then_some(Key::EconsultErrorTopic),
            x.trim().is_empty().then_some(Key::EconsultErrorText),
        );
        errors.set(missing);
        if let Some(id) = [
            (missing.0, "message-to"),
            (missing.1, "message-topic"),
            (missing.2, "message-text"),
        ]
        .into_iter()
        .find_map(|(e, id)| e.map(|_| id))
        {
            focus_id(id);
            return;
        }
        let recipient = teams
            .iter()
            .find(|r| r.reference.as_deref() == Some(t.as_str()))
            .cloned()
            .unwrap_or(Reference {
                reference: Some(t),
                display: None,
            });
        let message = Message {
            key: outbox.key(),
            recipient,
            topic: s.trim().to_string(),
            text: x,
            sent: now_instant(),
            ..Message::default()
        };
        outbox.send_message(message);
    };
    let (on_submit, retry) = submit_handlers(submit);
    let back = format!("/p/{}/e-consult", patient.id);
    view! {
        <form class="form compose" on:submit=on_submit novalidate>
            <Field id="message-to" label=Key::EconsultTo input=Input::Choice(options) value=to required=true
                error=Signal::derive(move || errors.get().0)/>
            <Field id="message-topic" label=Key::EconsultTopic input=Input::Line value=topic required=true
                error=Signal::derive(move || errors.get().1)/>
            <Field id="message-text" label=Key::EconsultText input=Input::Lines value=text required=true
                error=Signal::derive(move || errors.get().2)/>
            <SubmitRow send=send retry=retry label=Key::EconsultSend>
                <a class="utrecht-button utrecht-button--subtle" href=back>{i18n.text(Key::EconsultBackToList)}</a>
            </SubmitRow>
            <p class="form__kept">{i18n.text(Key::EconsultDraftKept)}</p>
        </form>
    }
}
