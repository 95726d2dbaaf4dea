//! The reply form under an e-consult thread.

use crate::components::focus::focus_id;
use crate::components::form::{ComposeNotice, Field, Input, SubmitRow, submit_handlers};
use crate::components::outbox::{Outbox, now_instant};
use crate::fhir::Reference;
use crate::fhir::write::Message;
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;

/// The reply form under a thread: the text, kept as a draft per thread,
/// sent to the thread's care team with "Re: " before the subject.
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
            focus_id("reply-text");
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
