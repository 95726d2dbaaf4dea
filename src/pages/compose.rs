//! Writing to the care team: a new e-consult, a reply in a thread, and the
//! parts the repeat-prescription form shares with them (recipients, the
//! idempotency key, sending a message).

use crate::components::form::{ComposeNotice, Field, Input, Sender, SubmitRow, submit_handlers};
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::fhir::agenda::{Appointment, HealthcareService};
use crate::fhir::bundle::add_problems;
use crate::fhir::medication::{MedicationRequest, PractitionerRole, prescribing_service};
use crate::fhir::write::{Acting, Message, communication, key_condition, new_key};
use crate::fhir::{FhirClient, FhirError, Problem, Reference, SearchQuery};
use crate::i18n::{Key, use_i18n};
use crate::layout::{CurrentPatient, use_current_patient};
use crate::session::drafts::{Drafts, use_drafts};
use crate::session::use_config;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::future::Future;
use std::sync::Arc;

/// The care teams a message can go to, and what could not be read while
/// finding them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CareTeams {
    /// The specialisms, by name.
    pub teams: Vec<Reference>,
    /// Appointments, prescriptions, specialisms and roles that could not
    /// be read: a team may be missing because of them.
    pub problems: Vec<Problem>,
}

/// The specialisms the patient is treated by: those of their appointments
/// and of the doctors who prescribed their medicines, without those of
/// organizations whose matters this portal does not handle (config).
pub async fn care_teams(
    client: &FhirClient,
    patient: &str,
    hidden: &[String],
) -> Result<CareTeams, FhirError> {
    let mut appointments = client
        .search::<Appointment>(
            &SearchQuery::new("Appointment")
                .param("patient", patient)
                .param("_include", "Appointment:actor:HealthcareService")
                .count(200),
        )
        .await?;
    let mut medicines = client
        .search::<MedicationRequest>(
            &SearchQuery::new("MedicationRequest")
                .param("patient", patient)
                .param("_include", "MedicationRequest:requester")
                .count(200),
        )
        .await?;
    let services = appointments.take_included::<HealthcareService>();
    let roles = medicines.take_included::<PractitionerRole>();
    let mut teams: Vec<Reference> = services
        .into_iter()
        .filter(|s| {
            !s.provided_by
                .as_ref()
                .and_then(|o| o.id_of("Organization"))
                .is_some_and(|o| hidden.iter().any(|h| h == o))
        })
        .filter_map(|s| {
            let id = s.id.as_deref()?;
            Some(Reference {
                reference: Some(format!("HealthcareService/{id}")),
                display: s.name.clone(),
            })
        })
        .collect();
    teams.extend(
        medicines
            .items
            .iter()
            .filter_map(|m| prescribing_service(m, &roles)),
    );
    teams.retain(|t| t.reference.is_some());
    crate::sort::sort_by(&mut teams, |a, b| a.display.cmp(&b.display));
    teams.dedup_by(|a, b| a.reference == b.reference);
    let mut problems = appointments.problems;
    add_problems(&mut problems, medicines.problems);
    Ok(CareTeams { teams, problems })
}

/// The hidden organizations' ids.
pub fn hidden_ids() -> Vec<String> {
    use_config()
        .hidden_organizations
        .iter()
        .map(|h| h.id.clone())
        .collect()
}

/// Who acts for whom in the open portal.
pub fn acting(patient: &CurrentPatient) -> Acting {
    Acting {
        patient: Reference {
            reference: Some(format!("Patient/{}", patient.id)),
            display: Some(patient.name.clone()),
        },
        actor: patient.actor.clone(),
    }
}

/// The key of the form under `prefix`: made once, kept with the draft, so
/// a retry after a lost answer is recognised by the server.
pub fn form_key(drafts: Drafts, prefix: &str) -> String {
    let field = format!("{prefix}key");
    let mut key = drafts.get(&field);
    if key.is_empty() {
        key = new_key();
        drafts.set(&field, key.clone());
    }
    key
}

/// Now, as a FHIR instant.
pub fn now_instant() -> String {
    crate::fhir::model::now_instant()
}

/// Sends `message` once (conditional on its key).
pub async fn send_message(
    client: &FhirClient,
    acting: &Acting,
    message: &Message,
) -> Result<serde_json::Value, FhirError> {
    let body = communication(acting, message);
    client
        .create("Communication", &body, Some(&key_condition(&message.key)))
        .await
}

/// The address of the sent list with a confirmation.
pub fn sent_address(patient: &str, what: &str) -> String {
    format!("/p/{patient}/e-consult?tab=verzonden&verstuurd={what}")
}

fn choice_of(teams: &[Reference]) -> Vec<(String, String)> {
    teams
        .iter()
        .filter_map(|t| {
            Some((
                t.reference.clone()?,
                t.display.clone().unwrap_or_else(|| "—".into()),
            ))
        })
        .collect()
}

/// The new e-consult page (`/p/:patient/e-consult/nieuw`, optional
/// `?onderwerp=` to start with a subject, e.g. a correction of data).
#[component]
pub fn NewMessage() -> impl IntoView {
    let patient = use_current_patient();
    let teams = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        let hidden = hidden_ids();
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

/// The sending side of a form in the open patient's portal: its drafts
/// (under `prefix`), its key, one send at a time, and when the server has
/// stored it: drafts forgotten and the sent list with a confirmation.
#[derive(Clone)]
pub struct Outbox {
    /// The send, for the view.
    pub send: Sender,
    patient: CurrentPatient,
    drafts: Drafts,
    prefix: String,
    navigate: Arc<dyn Fn(&str) + Send + Sync>,
}

impl Outbox {
    /// The outbox of the form whose drafts live under `prefix`.
    pub fn new(prefix: String) -> Self {
        let navigate = use_navigate();
        Self {
            send: Sender::new(),
            patient: use_current_patient(),
            drafts: use_drafts(),
            prefix,
            navigate: Arc::new(move |to| navigate(to, Default::default())),
        }
    }

    /// A field of the form, starting with its draft.
    pub fn field(&self, name: &str) -> RwSignal<String> {
        self.drafts.signal(format!("{}{name}", self.prefix))
    }

    /// The form's key (see [`form_key`]).
    pub fn key(&self) -> String {
        form_key(self.drafts, &self.prefix)
    }

    /// Sends what `work` sends, with the session's client and who acts;
    /// on success `confirm` names the confirmation on the sent list.
    pub fn dispatch<F, Fut>(&self, confirm: &str, work: F)
    where
        F: FnOnce(FhirClient, Acting) -> Fut,
        Fut: Future<Output = Result<(), FhirError>> + 'static,
    {
        let job = work(self.patient.client.clone(), acting(&self.patient));
        let (drafts, prefix, navigate) = (self.drafts, self.prefix.clone(), self.navigate.clone());
        let to = sent_address(&self.patient.id, confirm);
        self.send.run(async move {
            job.await?;
            drafts.forget(&prefix);
            navigate(&to);
            Ok(())
        });
    }

    /// Sends an e-consult message; the sent list confirms it.
    pub fn send_message(&self, message: Message) {
        self.dispatch("bericht", move |client, acting| async move {
            send_message(&client, &acting, &message).await.map(drop)
        });
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
            focus(id);
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

/// Moves focus to the element with `id` (the first field with an error).
pub fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&el).focus();
    }
}

/// The reply form under a thread.
#[component]
pub fn ReplyForm(
    /// The thread's id.
    thread: String,
    /// The message answered.
    answers: String,
    /// The subject line.
    topic: String,
    /// The care team that gets it.
    to: Reference,
) -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let outbox = Outbox::new(format!("{}/e-consult/reply/{thread}/", patient.id));
    let text = outbox.field("text");
    let error = RwSignal::new(None::<Key>);
    let send = outbox.send;
    let submit = move || {
        let x = text.get_untracked();
        if x.trim().is_empty() {
            error.set(Some(Key::EconsultErrorText));
            focus("reply-text");
            return;
        }
        error.set(None);
        let prefix = i18n.t(Key::EconsultReplyPrefix);
        let message = Message {
            key: outbox.key(),
            recipient: to.clone(),
            topic: if topic.starts_with(prefix) {
                topic.clone()
            } else {
                format!("{prefix}{topic}")
            },
            text: x,
            in_response_to: Some(answers.clone()),
            sent: now_instant(),
            ..Message::default()
        };
        outbox.send_message(message);
    };
    let (on_submit, retry) = submit_handlers(submit);
    view! {
        <section class="reply" aria-labelledby="reply-title">
            <h2 id="reply-title">{i18n.text(Key::EconsultReplyTitle)}</h2>
            <ComposeNotice/>
            <form class="form compose" on:submit=on_submit novalidate>
                <Field id="reply-text" label=Key::EconsultReplyText input=Input::Lines value=text required=true
                    error=error/>
                <SubmitRow send=send retry=retry label=Key::EconsultSend/>
            </form>
        </section>
    }
}
