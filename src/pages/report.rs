//! One consult report, in full, as written.

use crate::components::data_item::DataItem;
use crate::components::document_labels::contact_key;
use crate::components::glossary_text::GlossaryText;
use crate::components::loader::{Loader, load, render};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::fhir::document::DocumentReference;
use crate::fhir::model::parse_date;
use crate::glossary::Glossary;
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::params::{ReportParams, route_id};
use leptos::prelude::*;
use std::sync::Arc;

/// The report page (`/p/:patient/verslagen/:report`).
#[component]
pub fn ReportDetail() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let report_id = route_id::<ReportParams>();
    let back = format!("/p/{}/verslagen", patient.id);
    let report = {
        let (client, patient_id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, patient_id) = (client.clone(), patient_id.clone());
            let id = report_id.get();
            async move {
                let doc = client
                    .read_of::<DocumentReference>(&id, &patient_id)
                    .await?;
                // Without the glossary the report still shows, untranslated.
                let glossary = crate::glossary::load().await.ok();
                Ok((doc, glossary))
            }
        })
    };
    let name = patient.name.clone();
    view! {
        <p class="back-link"><a href=back.clone()>{i18n.text(Key::ReportsBack)}</a></p>
        <Loader resource=report render=render(move |(doc, glossary): &(DocumentReference, Option<Arc<Glossary>>)| {
            report_view(doc.clone(), glossary.clone(), name.clone()).into_any()
        })/>
    }
}

fn report_view(
    doc: DocumentReference,
    glossary: Option<Arc<Glossary>>,
    patient: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = doc.title().map(str::to_string);
    let date = doc.date.as_deref().and_then(parse_date);
    let contact = contact_key(doc.contact());
    let specialism = doc.specialism().unwrap_or("—").to_string();
    let author = doc.author_name().unwrap_or("—").to_string();
    let text = doc
        .attachment()
        .filter(|a| a.mime() == "text/plain" || a.mime().is_empty())
        .and_then(|a| a.text());
    view! {
        <PageHeading title=Key::ReportsTitle patient=patient heading=title.unwrap_or_default()/>
        <dl class="utrecht-data-list data-list report-meta">
            <DataItem label=Key::ColumnDate>{i18n.date_text(date)}</DataItem>
            <DataItem label=Key::ColumnSpecialism>{specialism}</DataItem>
            <DataItem label=Key::ColumnContact>{i18n.text(contact)}</DataItem>
            <DataItem label=Key::ColumnAuthor>{author}</DataItem>
        </dl>
        {match text {
            Some(text) => view! {
                <p class="glossary-help">{i18n.text(Key::GlossaryHelp)}</p>
                <div class="record-text" lang="nl" data-testid="report-text">
                    <GlossaryText text=text glossary=glossary/>
                </div>
            }.into_any(),
            None => view! { <Notice kind=NoticeKind::Warning><p>{i18n.text(Key::ReportsNoText)}</p></Notice> }.into_any(),
        }}
    }
}
