//! The repeat-prescription request form (handbook §3.2.4): the medicine as
//! subject, the prescribing specialism as recipient ("Wijzig ontvanger"
//! picks another one the patient is treated by), the days of supply left
//! and remarks. "Aanvragen" stores a `Task` for the care team and a
//! `Communication`, so the request shows among the sent e-consults.

use crate::components::data_item::DataItem;
use crate::components::focus::focus_id;
use crate::components::form::{ComposeNotice, Field, Input, SubmitRow, submit_handlers};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::outbox::{Confirmation, Outbox, now_instant, send_message};
use crate::fhir::Reference;
use crate::fhir::renewal::{Renewal, parse_days};
use crate::fhir::write::{Message, RepeatRequest, key_condition, repeat_task};
use crate::i18n::{I18n, Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use std::sync::Arc;

/// The message text of a request, in the person's language.
fn request_text(i: I18n, medicine: &str, days: u32, remarks: &str) -> String {
    let mut text = i.tf(
        Key::RepeatMessage,
        &[("medicine", medicine), ("days", &days.to_string())],
    );
    if !remarks.trim().is_empty() {
        text.push_str("\n\n");
        text.push_str(&i.tf(Key::RepeatMessageRemarks, &[("remarks", remarks.trim())]));
    }
    text
}

/// The form for `request`; with a request still open, a warning first
/// (issue 5.2) and the form once the person asks anyway.
#[component]
pub fn RepeatForm(
    /// The prescription and what the form needs with it.
    request: Renewal,
) -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let med_id = request.id.clone();
    let medicine = request
        .medicine
        .medicine_name()
        .unwrap_or_else(|| "—".into());
    let outbox = Outbox::new(format!("{}/repeat/{med_id}/", patient.id));
    let chosen = outbox.field("to");
    if chosen.get_untracked().is_empty()
        && let Some(r) = request
            .prescriber
            .as_ref()
            .and_then(|p| p.reference.clone())
    {
        chosen.set(r);
    }
    let days = outbox.field("days");
    let remarks = outbox.field("remarks");
    let changing = RwSignal::new(false);
    let picked = RwSignal::new(chosen.get_untracked());
    let confirmed_again = RwSignal::new(request.open_since.is_none());
    let days_error = RwSignal::new(None::<Key>);
    let to_error = RwSignal::new(None::<Key>);
    let send = outbox.send;
    let options_list = request.recipients();
    let lookup = options_list.clone();
    let recipient_name = move || {
        let chosen = chosen.get();
        lookup
            .iter()
            .find(|t| t.reference.as_deref() == Some(chosen.as_str()))
            .and_then(|t| t.display.clone())
            .unwrap_or_else(|| i18n.t(Key::RepeatNoRecipient).to_string())
    };
    let options: Vec<(String, String)> = options_list
        .iter()
        .filter_map(|t| Some((t.reference.clone()?, t.display.clone().unwrap_or_default())))
        .collect();
    let submit =
        {
            let (medicine, med_id) = (medicine.clone(), med_id.clone());
            let all = options_list.clone();
            let outbox = outbox.clone();
            move || {
                let parsed = parse_days(&days.get_untracked());
                days_error.set(parsed.is_none().then_some(
                    if days.get_untracked().trim().is_empty() {
                        Key::RepeatErrorDaysMissing
                    } else {
                        Key::RepeatErrorDaysNumber
                    },
                ));
                let to = chosen.get_untracked();
                to_error.set(to.is_empty().then_some(Key::EconsultErrorTo));
                let Some(days_left) = parsed else {
                    focus_id("repeat-days");
                    return;
                };
                if to.is_empty() {
                    changing.set(true);
                    return;
                }
                let owner = all
                    .iter()
                    .find(|t| t.reference.as_deref() == Some(to.as_str()))
                    .cloned()
                    .unwrap_or(Reference {
                        reference: Some(to),
                        display: None,
                    });
                let key = outbox.key();
                let now = now_instant();
                let remarks_text = remarks.get_untracked();
                let task = RepeatRequest {
                    key: key.clone(),
                    medication: Reference {
                        reference: Some(format!("MedicationRequest/{med_id}")),
                        display: Some(medicine.clone()),
                    },
                    owner: owner.clone(),
                    days_left,
                    remarks: remarks_text.clone(),
                    authored: now.clone(),
                };
                let text = request_text(i18n, &medicine, days_left, &remarks_text);
                let medicine = medicine.clone();
                outbox.dispatch(
                    Confirmation::RepeatRequest,
                    move |client, acting| async move {
                        // Both creates are conditional on the form's key: a retry
                        // after a failure between them stores neither twice.
                        let stored = client
                            .create(
                                "Task",
                                &repeat_task(&acting, &task),
                                Some(&key_condition(&key)),
                            )
                            .await?;
                        let task_ref = stored
                            .get("id")
                            .and_then(serde_json::Value::as_str)
                            .map(|id| Reference::to("Task", id));
                        let message = Message {
                            key: format!("{key}-message"),
                            recipient: owner,
                            topic: medicine,
                            text,
                            in_response_to: None,
                            about: task_ref
                                .into_iter()
                                .chain([task.medication.clone()])
                                .collect(),
                            repeat_request: true,
                            sent: now,
                        };
                        send_message(&client, &acting, &message).await.map(drop)
                    },
                );
            }
        };
    let (on_submit, retry) = submit_handlers(submit);
    let open_since = request
        .open_since
        .as_deref()
        .and_then(crate::fhir::agenda::local_time)
        .map(|t| t.date());
    let pharmacy = request.pharmacy.and_then(|p| p.display);
    let correct_pharmacy = format!(
        "/p/{}/e-consult/nieuw?onderwerp={}",
        patient.id,
        crate::fhir::search::encode(i18n.t(Key::RepeatPharmacySubject))
    );
    view! {
        {move || (!confirmed_again.get()).then(|| view! {
            <Notice kind=NoticeKind::Warning class="repeat-open">
                <p data-testid="repeat-open">{i18n.live(Arc::new(move |i| i.tf(Key::RepeatOpenWarning, &[("date", &i.date(open_since))])))}</p>
                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                    on:click=move |_| confirmed_again.set(true)>{i18n.text(Key::RepeatAskAnyway)}</button>
            </Notice>
        })}
        <div hidden=move || !confirmed_again.get()>
            <ComposeNotice/>
            <form class="form compose" on:submit=on_submit novalidate>
                <dl class="utrecht-data-list data-list">
                    <DataItem label=Key::EconsultTopic><span data-testid="repeat-subject">{medicine}</span></DataItem>
                    <DataItem label=Key::EconsultColumnTo>
                        <span data-testid="repeat-recipient">{recipient_name}</span>
                        " "
                        <button type="button" class="utrecht-button utrecht-button--subtle"
                            aria-expanded=move || if changing.get() { "true" } else { "false" }
                            aria-controls="repeat-change"
                            on:click=move |_| { picked.set(chosen.get_untracked()); changing.update(|c| *c = !*c) }>
                            {i18n.text(Key::RepeatChangeRecipient)}
                        </button>
                    </DataItem>
                </dl>
                <div id="repeat-change" class="repeat-change" hidden=move || !changing.get()>
                    <Field id="repeat-to" label=Key::EconsultTo input=Input::Choice(options) value=picked
                        error=to_error/>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action"
                        on:click=move |_| {
                            if !picked.get_untracked().is_empty() {
                                chosen.set(picked.get_untracked());
                                to_error.set(None);
                                changing.set(false);
                            }
                        }>{i18n.text(Key::RepeatChangeOk)}</button>
                </div>
                <Field id="repeat-days" label=Key::RepeatDays input=Input::Count value=days required=true
                    hint=Key::RepeatDaysHint error=days_error/>
                <Field id="repeat-remarks" label=Key::RepeatRemarks input=Input::Lines value=remarks/>
                <Notice class="repeat-pharmacy">
                    <p data-testid="repeat-pharmacy">{match pharmacy {
                        Some(name) => i18n.live(Arc::new(move |i| i.tf(Key::RepeatPharmacy, &[("pharmacy", &name)]))).into_any(),
                        None => i18n.text(Key::RepeatNoPharmacy).into_any(),
                    }}</p>
                    <p><a href=correct_pharmacy>{i18n.text(Key::RepeatPharmacyCorrect)}</a></p>
                </Notice>
                <SubmitRow send=send retry=retry label=Key::RepeatSubmit/>
            </form>
        </div>
    }
}
