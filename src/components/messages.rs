//! E-consult messages: the received or sent list as a table, and the
//! messages of one thread in order.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::message_attachments::message_attachments;
use crate::fhir::communication::{Communication, Thread};
use crate::i18n::{I18n, Key, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

/// "Sent by Sanne de Vries for Emma de Vries" for a representative's message.
fn sent_by(i: I18n, message: &Communication, patient: &str) -> Option<String> {
    message.representative().map(|who| {
        i.tf(
            Key::EconsultSentBy,
            &[("sender", who), ("patient", patient)],
        )
    })
}

/// The received or the sent messages as a table, each subject a link to
/// its thread; "no messages" when there are none.
pub fn message_table(
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
                Cell::Live(Arc::new(move |i| i.instant(sent_at.as_deref()))),
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

/// The messages of a thread, oldest first: who wrote to whom, when, for
/// whom a representative wrote, and the text.
pub fn thread_messages(thread: &Thread, patient: &str) -> AnyView {
    let i18n = use_i18n();
    // The open dossier, for links to the records a message points to.
    let base = use_context::<crate::layout::CurrentPatient>()
        .map(|c| format!("/p/{}", c.id))
        .unwrap_or_default();
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
            let attachments = message_attachments(&m.attachments, &m.references, &base);
            view! {
                <li>
                    <article class="message" class:message--mine=mine aria-labelledby=labelled data-testid="thread-message">
                        <h2 class="message__head" id=heading_id>
                            {i18n.live(Arc::new(move |i| i.tf(Key::EconsultFromTo, &[("from", &from), ("to", &to)])))}
                        </h2>
                        <p class="message__when">{i18n.live(Arc::new(move |i| i.instant(sent.as_deref())))}</p>
                        {has_by.then(|| view! { <p class="message__by" data-testid="sent-by">{by}</p> })}
                        {(!m.payload.is_empty()).then(|| view! { <div class="record-text message__text">{m.text()}</div> })}
                        {attachments}
                    </article>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="thread">{items}</ol> }.into_any()
}
