//! Wie keek in mijn dossier (seed `004`): the access log — who looked at
//! what and when — and the objection to the GP practice viewing the
//! hospital record: its current state, and making or withdrawing it after
//! a confirmation. A representative does this for the patient, named as
//! the performer.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::gp_objection::GpObjection;
use crate::components::loader::{Loader, load, render};
use crate::components::outbox::{Confirmation, ConfirmationNotice};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::fhir::consent::{AuditEvent, Objection, objection};
use crate::fhir::{Page, SearchQuery};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug)]
struct Log {
    events: Page<AuditEvent>,
}

/// The page (`/p/:patient/inzage`).
#[component]
pub fn AccessLog() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let log = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move {
                let events = client
                    .search::<AuditEvent>(
                        &SearchQuery::new("AuditEvent")
                            .param("patient", id)
                            .param("_sort", "-date")
                            .count(100),
                    )
                    .await?;
                Ok(Log { events })
            }
        })
    };
    let state = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move { objection(&client, &id).await }
        })
    };
    let changed = RwSignal::new(None::<Confirmation>);
    view! {
        <PageHeading title=Key::AccessLogTitle patient=patient.name.clone()/>
        <p>{i18n.text(Key::AccessLogIntro)}</p>
        <section aria-labelledby="gp-title">
            <h2 id="gp-title">{i18n.text(Key::GpTitle)}</h2>
            <p>{i18n.text(Key::GpExplain)}</p>
            <ConfirmationNotice shown=changed testid="gp-changed"/>
            <Loader resource=state render=render(move |o: &Objection| {
                view! { <GpObjection state=o.clone() on_changed=Callback::new(move |c: Confirmation| {
                    changed.set(Some(c));
                    // The objection changed; the access log did not.
                    state.refetch();
                })/> }.into_any()
            })/>
        </section>
        <section aria-labelledby="log-title">
            <h2 id="log-title">{i18n.text(Key::AccessLogListTitle)}</h2>
            <p>{i18n.text(Key::AccessLogListIntro)}</p>
            <Loader resource=log render=render(move |l: &Log| log_table(l))/>
        </section>
    }
}

fn log_table(log: &Log) -> AnyView {
    let i18n = use_i18n();
    let mut events = log.events.items.clone();
    crate::sort::sort_by(&mut events, |a, b| b.recorded.cmp(&a.recorded));
    let rows: Vec<Row> = events
        .into_iter()
        .map(|e| {
            let recorded = e.recorded.clone();
            let what: Vec<String> = e.what.iter().filter_map(|w| w.display.clone()).collect();
            Row::new(vec![
                Cell::Live(Arc::new(move |i| i.instant(recorded.as_deref()))),
                Cell::text_or_dash(e.who.as_ref().and_then(|w| w.display.as_deref())),
                if what.is_empty() {
                    Cell::Label(Key::AccessLogWholeRecord)
                } else {
                    Cell::Text(what.join(", "))
                },
                Cell::text_or_dash(e.source.as_ref().and_then(|s| s.display.as_deref())),
            ])
        })
        .collect();
    if rows.is_empty() {
        return view! { <p data-testid="access-log">{i18n.text(Key::AccessLogNone)}</p> }
            .into_any();
    }
    view! {
        <ProblemsNotice problems=log.events.problems.clone()/>
        <DataTable testid="access-log" row_headers=true rows=rows
            caption=Caption::Hidden(Cell::Label(Key::AccessLogListTitle))
            columns=vec![
                Header::Key(Key::AccessLogColumnWhen),
                Header::Key(Key::AccessLogColumnWho),
                Header::Key(Key::AccessLogColumnWhat),
                Header::Key(Key::AccessLogColumnVia),
            ]/>
    }
    .into_any()
}
