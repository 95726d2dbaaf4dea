//! E-consult (handbook §3.5): messages received from and sent to the care
//! team, a conversation per thread, and a reply under it. Repeat
//! prescriptions appear among the sent messages (§3.2.4).

use crate::components::loader::{Loader, load, render};
use crate::components::messages::{message_table, thread_messages};
use crate::components::outbox::{Confirmation, ConfirmationNotice};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::reply_form::ReplyForm;
use crate::components::tabs::{Tab, Tabs};
use crate::fhir::communication::{Communication, Thread, threads};
use crate::fhir::{FhirClient, FhirError, Page, SearchQuery};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::params::{ThreadParams, route_id};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

async fn messages(client: &FhirClient, patient: &str) -> Result<Page<Communication>, FhirError> {
    let q = SearchQuery::new("Communication")
        .param("patient", patient)
        .param("_sort", "-sent")
        .count(200);
    client.search::<Communication>(&q).await
}

/// The e-consult page (`/p/:patient/e-consult`, `?tab=verzonden`,
/// `&verstuurd=bericht|herhaalrecept` after a send).
#[component]
pub fn Econsult() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let query = use_query_map();
    let sent_tab = Memo::new(move |_| query.get().get("tab").as_deref() == Some("verzonden"));
    // Only what was sent from the e-consult forms is confirmed here.
    let confirmed = Memo::new(move |_| {
        query
            .get()
            .get("verstuurd")
            .and_then(|v| Confirmation::parse(&v))
            .filter(|c| matches!(c, Confirmation::Message | Confirmation::RepeatRequest))
    });
    let base = format!("/p/{}/e-consult", patient.id);
    let list = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move { messages(&client, &id).await }
        })
    };
    let tabs = vec![
        Tab {
            label: Key::EconsultTabReceived,
            href: base.clone(),
            current: Signal::derive(move || !sent_tab.get()),
        },
        Tab {
            label: Key::EconsultTabSent,
            href: format!("{base}?tab=verzonden"),
            current: sent_tab.into(),
        },
    ];
    let name = patient.name.clone();
    let thread_base = base.clone();
    view! {
        <PageHeading title=Key::EconsultTitle patient=patient.name.clone()/>
        <ConfirmationNotice shown=confirmed/>
        <p>{i18n.text(Key::EconsultIntro)}</p>
        <p><a class="utrecht-button utrecht-button--primary-action button-link" href=format!("{base}/nieuw")>{i18n.text(Key::EconsultNew)}</a></p>
        <Tabs label=Key::EconsultTabsLabel tabs=tabs/>
        <Loader resource=list render=render(move |page: &Page<Communication>| {
            let problems = page.problems.clone();
            let (sent, received): (Vec<Communication>, Vec<Communication>) =
                page.items.iter().cloned().partition(Communication::from_patient_side);
            let all = threads(page.items.clone());
            let (name, thread_base) = (name.clone(), thread_base.clone());
            view! {
                <ProblemsNotice problems=problems/>
                {move || if sent_tab.get() {
                    message_table(&sent, &all, true, &name, &thread_base)
                } else {
                    message_table(&received, &all, false, &name, &thread_base)
                }}
            }
            .into_any()
        })/>
    }
}

/// One conversation (`/p/:patient/e-consult/:thread`) with a reply form.
#[component]
pub fn ThreadView() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let wanted = route_id::<ThreadParams>().get_untracked();
    let list = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move { messages(&client, &id).await }
        })
    };
    let back = format!("/p/{}/e-consult", patient.id);
    let name = patient.name.clone();
    view! {
        <p><a href=back.clone()>{i18n.text(Key::EconsultBackToList)}</a></p>
        <Loader resource=list render=render(move |page: &Page<Communication>| {
            let found = threads(page.items.clone())
                .into_iter()
                .find(|t| t.id == wanted || t.messages.iter().any(|m| m.id.as_deref() == Some(wanted.as_str())));
            match found {
                Some(thread) => thread_view(thread, &name).into_any(),
                None => view! {
                    <PageHeading title=Key::EconsultNotFoundTitle patient=name.clone()/>
                    <p>{i18n.text(Key::EconsultNotFound)}</p>
                }
                .into_any(),
            }
        })/>
    }
}

fn thread_view(thread: Thread, patient: &str) -> impl IntoView {
    let topic = thread.topic().unwrap_or("—").to_string();
    let reply_to = thread.care_team().cloned();
    let answers = thread.last().and_then(|m| m.id.clone());
    let thread_id = thread.id.clone();
    view! {
        <PageHeading title=Key::EconsultTitle heading=topic.clone() patient=patient.to_string()/>
        {thread_messages(&thread, patient)}
        {match (reply_to, answers) {
            (Some(to), Some(answers)) => view! {
                <ReplyForm thread=thread_id answers=answers topic=topic to=to/>
            }.into_any(),
            _ => ().into_any(),
        }}
    }
}
