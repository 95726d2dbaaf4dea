//! E-consult (handbook §3.5): messages received from and sent to the care
//! team, a conversation per thread, and a reply under it. Repeat
//! prescriptions appear among the sent messages (§3.2.4).

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::loader::{Loader, load, render};
use crate::components::notice::Notice;
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::tabs::{Tab, Tabs};
use crate::fhir::communication::{Communication, Thread, threads};
use crate::fhir::{FhirClient, FhirError, Page, SearchQuery};
use crate::i18n::{I18n, Key, format_date_time, use_i18n};
use crate::layout::use_current_patient;
use crate::pages::compose::ReplyForm;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::sync::Arc;

async fn messages(client: &FhirClient, patient: &str) -> Result<Page<Communication>, FhirError> {
    let q = SearchQuery::new("Communication")
        .param("patient", patient)
        .param("_sort", "-sent")
        .count(200);
    client.search::<Communication>(&q).await
}

/// "23 november 2026, 14:05" from an instant, in the hospital's time
/// (or "—").
pub fn sent_text(i: I18n, sent: Option<&str>) -> String {
    sent.and_then(crate::fhir::agenda::local_time)
        .map(|t| format_date_time(i.lang(), t))
        .unwrap_or_else(|| "—".into())
}

/// "Sent by Sanne de Vries for Emma de Vries" for a representative's message.
fn sent_by(i: I18n, message: &Communication, patient: &str) -> Option<String> {
    message.representative().map(|who| {
        i.tf(
            Key::EconsultSentBy,
            &[("sender", who), ("patient", patient)],
        )
    })
}

/// The e-consult page (`/p/:patient/e-consult`, `?tab=verzonden`,
/// `&verstuurd=bericht|herhaalrecept` after a send).
#[component]
pub fn Econsult() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let query = use_query_map();
    let sent_tab = Memo::new(move |_| query.get().get("tab").as_deref() == Some("verzonden"));
    let confirmed = Memo::new(move |_| query.get().get("verstuurd"));
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
        <div role="status">
            {move || confirmed.get().map(|what| {
                let key = if what == "herhaalrecept" { Key::RepeatConfirmed } else { Key::EconsultConfirmed };
                view! { <Notice class="sent-confirmation"><p data-testid="sent-confirmation">{i18n.text(key)}</p></Notice> }
            })}
        </div>
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

fn message_table(
    list: &[Communication],
    all: &[Thread],
    sent: bool,
    patient: &str,
    base: &str,
) -> AnyView {
    let i18n = use_i18n();
    if list.is_empty() {
        let key = if sent {
            Key::EconsultEmptySent
        } else {
            Key::EconsultEmptyReceived
        };
        return view! { <p class="empty" data-testid="econsult-empty">{i18n.text(key)}</p> }
            .into_any();
    }
    let rows = list
        .iter()
        .map(|m| {
            let thread = all
                .iter()
                .find(|t| t.messages.iter().any(|x| x.id == m.id))
                .map(|t| t.id.clone())
                .unwrap_or_default();
            let sent_at = m.sent.clone();
            let party = if sent {
                m.recipient.first().and_then(|r| r.display.clone())
            } else {
                m.sender.as_ref().and_then(|r| r.display.clone())
            };
            let kind = if m.is_repeat_request() {
                Key::EconsultKindRepeat
            } else {
                Key::EconsultKindMessage
            };
            let mut cells = vec![
                Cell::Live(Arc::new(move |i| sent_text(i, sent_at.as_deref()))),
                Cell::Link {
                    href: format!("{base}/{thread}"),
                    text: m.topic_text().unwrap_or("—").to_string(),
                    class: "",
                    label: None,
                },
                Cell::Label(kind),
                Cell::text_or_dash(party.as_deref()),
            ];
            if sent {
                let (m, patient) = (m.clone(), patient.to_string());
                cells.push(Cell::Live(Arc::new(move |i| {
                    sent_by(i, &m, &patient).unwrap_or_else(|| {
                        m.sender
                            .as_ref()
                            .and_then(|s| s.display.clone())
                            .unwrap_or_else(|| "—".into())
                    })
                })));
            }
            Row::new(cells)
        })
        .collect();
    let mut columns = vec![
        Header::Key(Key::ColumnDate),
        Header::Key(Key::ColumnSubject),
        Header::Key(Key::EconsultColumnKind),
        Header::Key(if sent {
            Key::EconsultColumnTo
        } else {
            Key::ColumnFrom
        }),
    ];
    if sent {
        columns.push(Header::Key(Key::EconsultColumnSentBy));
    }
    let caption = if sent {
        Key::EconsultTabSent
    } else {
        Key::EconsultTabReceived
    };
    view! {
        <DataTable class="messages-table" testid=if sent { "messages-sent" } else { "messages-received" }
            caption=Caption::Hidden(Cell::Label(caption)) rows=rows columns=columns/>
    }
    .into_any()
}

/// One conversation (`/p/:patient/e-consult/:thread`) with a reply form.
#[component]
pub fn ThreadView() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let params = use_params_map();
    let wanted = params.get_untracked().get("thread").unwrap_or_default();
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
    let i18n = use_i18n();
    let topic = thread.topic().unwrap_or("—").to_string();
    let reply_to = thread.care_team().cloned();
    let answers = thread.last().and_then(|m| m.id.clone());
    let items = thread
        .messages
        .iter()
        .enumerate()
        .map(|(n, m)| {
            let from = m.sender.as_ref().and_then(|s| s.display.clone()).unwrap_or_else(|| "—".into());
            let to = m.recipient.first().and_then(|r| r.display.clone()).unwrap_or_else(|| "—".into());
            let sent = m.sent.clone();
            let by = {
                let (m, patient) = (m.clone(), patient.to_string());
                i18n.live(Arc::new(move |i| sent_by(i, &m, &patient).unwrap_or_default()))
            };
            let has_by = m.representative().is_some();
            let heading_id = format!("message-{n}");
            let labelled = heading_id.clone();
            let mine = m.from_patient_side();
            view! {
                <li>
                    <article class="message" class:message--mine=mine aria-labelledby=labelled data-testid="thread-message">
                        <h2 class="message__head" id=heading_id>
                            {i18n.live(Arc::new(move |i| i.tf(Key::EconsultFromTo, &[("from", &from), ("to", &to)])))}
                        </h2>
                        <p class="message__when">{i18n.live(Arc::new(move |i| sent_text(i, sent.as_deref())))}</p>
                        {has_by.then(|| view! { <p class="message__by" data-testid="sent-by">{by}</p> })}
                        <div class="record-text message__text">{m.text()}</div>
                    </article>
                </li>
            }
        })
        .collect_view();
    let thread_id = thread.id.clone();
    view! {
        <PageHeading title=Key::EconsultTitle heading=topic.clone() patient=patient.to_string()/>
        <ol class="thread">{items}</ol>
        {match (reply_to, answers) {
            (Some(to), Some(answers)) => view! {
                <ReplyForm thread=thread_id answers=answers topic=topic to=to/>
            }.into_any(),
            _ => ().into_any(),
        }}
    }
}
