//! Vragenlijsten en dagboeken (handbook §3.3): the questionnaires the care
//! team put ready (open, as a draft, or sent), the diaries with their
//! entries, a questionnaire to fill in, and the answers once sent.
//!
//! A draft lives on the server (`QuestionnaireResponse` in-progress, saved
//! with "Opslaan als concept"), never in the browser; what is typed and not
//! yet saved is kept in memory for the session like any unsent text.
//! "Versturen" completes the response; a completed one is read-only.

use crate::components::answers::{answers_list, diary_entries};
use crate::components::loader::{Loader, load, render};
use crate::components::notice::Notice;
use crate::components::outbox::{Confirmation, ConfirmationNotice};
use crate::components::page_heading::PageHeading;
use crate::components::questionnaire_lists::questionnaire_lists;
use crate::components::response_form::{DiaryEntryForm, ResponseForm};
use crate::fhir::questionnaire::{
    Questionnaire, QuestionnaireResponse, Responses, diary, response_with_questionnaire, responses,
};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::params::{QuestionnaireParams, ResponseParams, route_id};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

fn base(patient: &str) -> String {
    format!("/p/{patient}/vragenlijsten")
}

/// The list page (`/p/:patient/vragenlijsten`, `?verstuurd=vragenlijst`
/// after sending one).
#[component]
pub fn Questionnaires() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let query = use_query_map();
    let confirmed = Memo::new(move |_| {
        query
            .get()
            .get("verstuurd")
            .and_then(|v| Confirmation::parse(&v))
            .filter(|c| *c == Confirmation::Questionnaire)
    });
    let data = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move { responses(&client, &id).await }
        })
    };
    let base = base(&patient.id);
    view! {
        <PageHeading title=Key::QuestionnairesTitle patient=patient.name.clone()/>
        <ConfirmationNotice shown=confirmed/>
        <p>{i18n.text(Key::QuestionnairesIntro)}</p>
        <Loader resource=data render=render(move |r: &Responses| questionnaire_lists(r, &base))/>
    }
}

/// One response (`/p/:patient/vragenlijsten/:response`): the form while it
/// is a draft, the answers once sent.
#[component]
pub fn QuestionnaireView() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let id = route_id::<ResponseParams>().get_untracked();
    let data = {
        let (client, patient_id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, patient_id, id) = (client.clone(), patient_id.clone(), id.clone());
            async move { response_with_questionnaire(&client, &patient_id, &id).await }
        })
    };
    let back = base(&patient.id);
    let name = patient.name.clone();
    view! {
        <Loader resource=data render=render(move |(r, q): &(QuestionnaireResponse, Questionnaire)| {
            let title = q.title.clone().unwrap_or_else(|| i18n.t(Key::QuestionnairesUntitled).into());
            view! {
                <PageHeading title=Key::QuestionnairesTitle heading=title patient=name.clone()/>
                <p><a href=back.clone()>{i18n.text(Key::QuestionnaireBack)}</a></p>
                {q.description.clone().map(|d| view! { <p class="lead">{d}</p> })}
                {if r.is_open() {
                    view! { <ResponseForm response=r.clone() questionnaire=q.clone()/> }.into_any()
                } else {
                    view! { {sent_notice(r)} {answers_list(&r.item)} }.into_any()
                }}
            }
            .into_any()
        })/>
    }
}

/// "Sent on … by …" above a sent response.
fn sent_notice(r: &QuestionnaireResponse) -> impl IntoView + use<> {
    let i18n = use_i18n();
    let (authored, by) = (
        r.authored.clone(),
        r.author.as_ref().and_then(|a| a.display.clone()),
    );
    view! {
        <Notice class="questionnaire-sent">
            <p data-testid="questionnaire-readonly">{i18n.live(Arc::new(move |i| {
                let date = i.instant(authored.as_deref());
                match &by {
                    Some(by) => i.tf(Key::QuestionnaireSentBy, &[("date", &date), ("name", by)]),
                    None => i.tf(Key::QuestionnaireSentOn, &[("date", &date)]),
                }
            }))}</p>
        </Notice>
    }
}

/// A diary (`/p/:patient/vragenlijsten/dagboek/:questionnaire`): a new
/// entry, and the entries so far, newest first.
#[component]
pub fn Diary() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let q_id = route_id::<QuestionnaireParams>().get_untracked();
    let data = {
        let (client, patient_id, q_id) = (patient.client.clone(), patient.id.clone(), q_id.clone());
        load(move || {
            let (client, patient_id, q_id) = (client.clone(), patient_id.clone(), q_id.clone());
            async move { diary(&client, &patient_id, &q_id).await }
        })
    };
    let saved = RwSignal::new(None::<Confirmation>);
    let back = base(&patient.id);
    let name = patient.name.clone();
    view! {
        <Loader resource=data render=render(move |(q, entries): &(Questionnaire, Vec<QuestionnaireResponse>)| {
            let title = q.title.clone().unwrap_or_else(|| i18n.t(Key::QuestionnairesUntitled).into());
            let on_saved = Callback::new(move |_| {
                saved.set(Some(Confirmation::DiaryEntry));
                data.refetch();
            });
            view! {
                <PageHeading title=Key::QuestionnairesTitle heading=title patient=name.clone()/>
                <p><a href=back.clone()>{i18n.text(Key::QuestionnaireBack)}</a></p>
                {q.description.clone().map(|d| view! { <p class="lead">{d}</p> })}
                <ConfirmationNotice shown=saved/>
                <section aria-labelledby="diary-new">
                    <h2 id="diary-new">{i18n.text(Key::DiaryNewTitle)}</h2>
                    <DiaryEntryForm q_id=q_id.clone() questionnaire=q.clone() on_saved=on_saved/>
                </section>
                <section aria-labelledby="diary-entries">
                    <h2 id="diary-entries">{i18n.text(Key::DiaryEntriesTitle)}</h2>
                    {diary_entries(q, entries)}
                </section>
            }
            .into_any()
        })/>
    }
}
