//! One letter or referral, opened with "Bekijken": text as written (with
//! medical-term translations), HTML in a sandboxed frame with scripts off,
//! PDF in the browser's viewer, Word as a download. "Afdrukken" prints
//! only the letter; "Sluiten" returns to the list it came from.

use crate::components::data_item::DataItem;
use crate::components::document_labels::format_key;
use crate::components::letter_body::letter_body;
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::download::{BlobUrl, print_pdf};
use crate::fhir::document::{DocumentReference, Format, LetterContent, fetch_content, file_name};
use crate::fhir::model::parse_date;
use crate::glossary::Glossary;
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::params::{LetterParams, route_id};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// A letter's content, ready to show.
struct Letter {
    doc: DocumentReference,
    content: LetterContent,
    glossary: Option<Arc<Glossary>>,
}

/// The letter page (`/p/:patient/brieven/:letter`).
#[component]
pub fn LetterView() -> impl IntoView {
    let patient = use_current_patient();
    let letter_id = route_id::<LetterParams>();
    let query = use_query_map();
    let list = format!("/p/{}/brieven", patient.id);
    // Only an address of this patient's letters list is followed back.
    let back = Memo::new(move |_| {
        query
            .get()
            .get("terug")
            .filter(|t| t == &list || t.starts_with(&format!("{list}?")))
            .unwrap_or_else(|| list.clone())
    });
    let letter = {
        let (client, patient_id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, patient_id) = (client.clone(), patient_id.clone());
            let id = letter_id.get();
            async move {
                let doc = client
                    .read_of::<DocumentReference>(&id, &patient_id)
                    .await?;
                let content = fetch_content(&client, &doc).await?;
                let glossary = if content.format == Format::Text {
                    crate::glossary::load().await.ok()
                } else {
                    None
                };
                Ok(Letter {
                    doc,
                    content,
                    glossary,
                })
            }
        })
    };
    let name = patient.name.clone();
    view! {
        <div class="letter-page">
            <Loader resource=letter render=render(move |letter: &Letter| letter_view(letter, name.clone(), back).into_any())/>
        </div>
    }
}

fn letter_view(letter: &Letter, patient: String, back: Memo<String>) -> impl IntoView {
    let i18n = use_i18n();
    let doc = &letter.doc;
    let LetterContent {
        mime,
        format,
        bytes,
    } = &letter.content;
    let format = *format;
    let title = doc.title().unwrap_or("—").to_string();
    let date = doc.date.as_deref().and_then(parse_date);
    let author = doc.author_name().unwrap_or("—").to_string();
    let specialism = doc.specialism().unwrap_or("—").to_string();
    // PDF, Word and other files can be downloaded; text and HTML are read here.
    let download = bytes
        .as_ref()
        .filter(|_| !matches!(format, Format::Text | Format::Html))
        .map(|b| BlobUrl::new(b, mime));
    let download_name = file_name(&title, format.extension(mime));
    let printable = matches!(format, Format::Text | Format::Html | Format::Pdf) && bytes.is_some();
    let pdf_url = download.as_ref().map(|d| d.url.clone());
    let body = letter_body(
        format,
        bytes.as_deref(),
        letter.glossary.clone(),
        &title,
        pdf_url.clone(),
    );
    let on_print = move |_| {
        if format == Format::Pdf {
            if let Some(url) = &pdf_url {
                print_pdf(url);
            }
        } else {
            let _ = window().print();
        }
    };
    let download_link = download.as_ref().map(|d| {
        let label = i18n.tf(Key::LetterDownload, &[("format", i18n.t(format_key(format)))]);
        view! {
            <a class="utrecht-button utrecht-button--secondary-action letter__download" href=d.url.clone() download=download_name.clone()>
                {label}
            </a>
        }
    });
    // The object URL lives as long as the page.
    let keep = download.map(Arc::new);
    on_cleanup(move || drop(keep));
    view! {
        <div class="no-print">
            <div class="letter__top">
                <PageHeading title=Key::LettersTitle patient=patient heading=title.clone()/>
                <div class="letter__actions">
                    {printable.then(|| view! {
                        <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=on_print>
                            {i18n.text(Key::LetterPrint)}
                        </button>
                    })}
                    <a class="utrecht-button utrecht-button--secondary-action" href=move || back.get()>{i18n.text(Key::LetterClose)}</a>
                </div>
            </div>
            <dl class="utrecht-data-list data-list report-meta">
                <DataItem label=Key::ColumnDate>{i18n.date_text(date)}</DataItem>
                <DataItem label=Key::ColumnFrom>{author}</DataItem>
                <DataItem label=Key::ColumnSpecialism>{specialism}</DataItem>
                <DataItem label=Key::ColumnFormat>{i18n.text(format_key(format))}</DataItem>
            </dl>
        </div>
        <article class="letter" aria-label=title.clone()>{body}</article>
        <p class="no-print">{download_link}</p>
    }
}
