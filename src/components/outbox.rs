//! Sending from a form in the open patient's portal: who acts, the form's
//! idempotency key kept with its draft, one send at a time, and the
//! confirmation the page shows once the server stored it.

use crate::components::form::Sender;
use crate::components::notice::Notice;
use crate::fhir::write::{Acting, Message, communication, key_condition, new_key};
use crate::fhir::{FhirClient, FhirError, Reference};
use crate::i18n::{Key, use_i18n};
use crate::layout::{CurrentPatient, use_current_patient};
use crate::session::drafts::{Drafts, use_drafts};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::future::Future;
use std::sync::Arc;

/// What the portal confirms once the server stored something. The ones
/// that travel to another page go as `?verstuurd=` ([`Self::as_query`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirmation {
    /// An e-consult message was sent.
    Message,
    /// A repeat prescription was requested.
    RepeatRequest,
    /// A questionnaire was sent.
    Questionnaire,
    /// A diary entry was saved.
    DiaryEntry,
    /// The objection to the GP viewing the record was made.
    GpBlocked,
    /// The objection to the GP viewing the record was withdrawn.
    GpWithdrawn,
}

impl Confirmation {
    const ALL: [Confirmation; 6] = [
        Confirmation::Message,
        Confirmation::RepeatRequest,
        Confirmation::Questionnaire,
        Confirmation::DiaryEntry,
        Confirmation::GpBlocked,
        Confirmation::GpWithdrawn,
    ];

    /// Its value in `?verstuurd=`.
    pub fn as_query(&self) -> &'static str {
        match self {
            Confirmation::Message => "bericht",
            Confirmation::RepeatRequest => "herhaalrecept",
            Confirmation::Questionnaire => "vragenlijst",
            Confirmation::DiaryEntry => "dagboek",
            Confirmation::GpBlocked => "bezwaar",
            Confirmation::GpWithdrawn => "bezwaar-ingetrokken",
        }
    }

    /// The confirmation a `?verstuurd=` value asks for; none for a value
    /// the portal did not write.
    pub fn parse(query: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_query() == query)
    }

    /// What it says.
    pub fn key(&self) -> Key {
        match self {
            Confirmation::Message => Key::EconsultConfirmed,
            Confirmation::RepeatRequest => Key::RepeatConfirmed,
            Confirmation::Questionnaire => Key::QuestionnairesSent,
            Confirmation::DiaryEntry => Key::DiarySaved,
            Confirmation::GpBlocked => Key::GpBlocked,
            Confirmation::GpWithdrawn => Key::GpWithdrawn,
        }
    }
}

/// The page's status region with the confirmation, when there is one.
#[component]
pub fn ConfirmationNotice(
    /// The confirmation to show, if any.
    #[prop(into)]
    shown: Signal<Option<Confirmation>>,
    /// The test id of its text.
    #[prop(default = "sent-confirmation")]
    testid: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div role="status">
            {move || shown.get().map(|c| view! {
                <Notice class="sent-confirmation"><p data-testid=testid>{i18n.text(c.key())}</p></Notice>
            })}
        </div>
    }
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

/// The address of the sent e-consults with a confirmation.
pub fn sent_address(patient: &str, confirm: Confirmation) -> String {
    format!(
        "/p/{patient}/e-consult?tab=verzonden&verstuurd={}",
        confirm.as_query()
    )
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
    /// on success the sent list shows `confirm`.
    pub fn dispatch<F, Fut>(&self, confirm: Confirmation, work: F)
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
        self.dispatch(Confirmation::Message, move |client, acting| async move {
            send_message(&client, &acting, &message).await.map(drop)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_confirmation_travels_in_the_address_and_back() {
        for c in Confirmation::ALL {
            assert_eq!(Confirmation::parse(c.as_query()), Some(c));
        }
        assert_eq!(
            sent_address("emma", Confirmation::RepeatRequest),
            "/p/emma/e-consult?tab=verzonden&verstuurd=herhaalrecept"
        );
        assert_eq!(Confirmation::parse("bericht"), Some(Confirmation::Message));
        assert_eq!(Confirmation::parse("iets"), None, "unknown: none shown");
        assert_eq!(Confirmation::parse(""), None);
    }
}
