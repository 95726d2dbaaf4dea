//! One letter or referral, opened with "Bekijken": text as written (with
//! medical-term translations), HTML in a sandboxed frame with scripts off,
//! PDF in the browser's viewer, Word as a download. "Afdrukken" prints
//! only the letter; "Sluiten" returns to the list it came from.

use crate::components::data_item::DataItem;
use crate::components::glossary_text::GlossaryText;
use crate::components::loader::{Loader, load, render};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::download::BlobUrl;
use crate::fhir::document::{Binary, DocumentReference, Format, file_name};
use crate::fhir::model::parse_date;
use crate::fhir::{FhirClient, FhirError};
use crate::glossary::Glossary;
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::pages::letters::format_key;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What an HTML letter may load inside its frame: the portal's letter
/// stylesheet and inline images, nothing from outside. The frame's `sandbox`
/// already stops scripts, forms and navigation of the portal; the frame also
/// inherits the portal's own Content-Security-Policy, under which a
/// letter's own inline CSS does not apply (its structure does).
const HTML_POLICY: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src data:\">\
<link rel=\"stylesheet\" href=\"/letter.css\">";

/// A letter's content, ready to show.
struct Letter {
    doc: DocumentReference,
    mime: String,
    format: Format,
    bytes: Option<Vec<u8>>,
    glossary: Option<Arc<Glossary>>,
}

/// The inline content, or the `Binary` an attachment's `url` points to.
async fn content(
    client: &FhirClient,
    doc: &DocumentReference,
) -> Result<(String, Option<Vec<u8>>), FhirError> {
    let Some(attachment) = doc.attachment() else {
        return Ok((String::new(), None));
    };
    if attachment.data.is_some() {
        return Ok((attachment.mime(), attachment.bytes()));
    }
    let binary_id = attachment
        .url
        .as_deref()
        .and_then(|url| url.rsplit_once("Binary/"))
        .map(|(_, id)| id.to_string())
        .filter(|id| !id.is_empty() && !id.contains('/'));
    match binary_id {
        Some(id) => {
            let binary = client.read::<Binary>(&id).await?;
            let inline = crate::fhir::document::Attachment {
                content_type: binary
                    .content_type
                    .or_else(|| attachment.content_type.clone()),
                data: binary.data,
                ..Default::default()
            };
            Ok((inline.mime(), inline.bytes()))
        }
        None => Ok((attachment.mime(), None)),
    }
}

/// The letter page (`/p/:patient/brieven/:letter`).
#[component]
pub fn LetterView() -> impl IntoView {
    let patient = use_current_patient();
    let params = use_params_map();
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
            let id = params.get().get("letter").unwrap_or_default();
            async move {
                let doc = client
                    .read_of::<DocumentReference>(&id, &patient_id)
                    .await?;
                let (mime, bytes) = content(&client, &doc).await?;
                let name = doc
                    .attachment()
                    .and_then(|a| a.url.clone().or_else(|| a.title.clone()));
                let format = Format::of(&mime, name.as_deref());
                let glossary = if format == Format::Text {
                    crate::glossary::load().await.ok()
                } else {
                    None
                };
                Ok(Letter {
                    doc,
                    mime,
                    format,
                    bytes,
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
    let title = doc.title().unwrap_or("—").to_string();
    let date = doc.date.as_deref().and_then(parse_date);
    let author = doc.author_name().unwrap_or("—").to_string();
    let specialism = doc.specialism().unwrap_or("—").to_string();
    let format = letter.format;
    // PDF, Word and other files can be downloaded; text and HTML are read here.
    let download = letter
        .bytes
        .as_ref()
        .filter(|_| !matches!(format, Format::Text | Format::Html))
        .map(|b| BlobUrl::new(b, &letter.mime));
    let download_name = file_name(&title, format.extension(&letter.mime));
    let printable =
        matches!(format, Format::Text | Format::Html | Format::Pdf) && letter.bytes.is_some();
    let pdf_url = download.as_ref().map(|d| d.url.clone());
    let on_print = move |_| {
        if format == Format::Pdf {
            if let Some(url) = &pdf_url {
                print_pdf(url);
            }
        } else {
            let _ = window().print();
        }
    };
    let body = match (format, &letter.bytes) {
        (_, None) => view! { <Notice kind=NoticeKind::Warning><p>{i18n.text(Key::LetterNoContent)}</p></Notice> }.into_any(),
        (Format::Text, Some(bytes)) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let glossary = letter.glossary.clone();
            view! {
                <p class="glossary-help no-print">{i18n.text(Key::GlossaryHelp)}</p>
                <div class="record-text letter__text" lang="nl" data-testid="letter-text">
                    <GlossaryText text=text glossary=glossary/>
                </div>
            }
            .into_any()
        }
        (Format::Html, Some(bytes)) => {
            let html = format!("{HTML_POLICY}{}", String::from_utf8_lossy(bytes));
            let frame = NodeRef::<leptos::html::Iframe>::new();
            // Same origin (never scripts) lets the portal size the frame to
            // the letter, so the whole letter shows and prints.
            let fit = move |_| {
                if let Some(frame) = frame.get()
                    && let Some(doc) = frame.content_document()
                    && let Some(root) = doc.document_element()
                {
                    // Through the style object: a style attribute is inline CSS, which the
                    // Content-Security-Policy refuses.
                    let _ = web_sys::HtmlElement::style(&frame).set_property("height", &format!("{}px", root.scroll_height() + 24));
                }
            };
            let frame_title = i18n.tf(Key::LetterFrameTitle, &[("title", &title)]);
            view! {
                <iframe class="letter__frame" node_ref=frame sandbox="allow-same-origin" srcdoc=html
                    title=frame_title referrerpolicy="no-referrer" on:load=fit data-testid="letter-frame"></iframe>
            }
            .into_any()
        }
        (Format::Pdf, Some(_)) => {
            let url = download.as_ref().map(|d| d.url.clone()).unwrap_or_default();
            let frame_title = i18n.tf(Key::LetterFrameTitle, &[("title", &title)]);
            view! {
                <object class="letter__pdf" type="application/pdf" data=url aria-label=frame_title data-testid="letter-pdf">
                    <p>{i18n.text(Key::LetterPdfFallback)}</p>
                </object>
            }
            .into_any()
        }
        (Format::Word | Format::Other, Some(_)) => {
            let advice = if format == Format::Word { Key::LetterWordAdvice } else { Key::LetterOtherAdvice };
            view! { <Notice><p>{i18n.text(advice)}</p></Notice> }.into_any()
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

/// Prints a PDF alone: loads it in an invisible frame and prints that
/// frame, so neither the portal nor the viewer's controls are printed.
fn print_pdf(url: &str) {
    let doc = document();
    if let Some(old) = doc.get_element_by_id("pdf-print-frame") {
        old.remove();
    }
    let Ok(frame) = doc.create_element("iframe") else {
        return;
    };
    let Ok(frame) = frame.dyn_into::<web_sys::HtmlIFrameElement>() else {
        return;
    };
    frame.set_id("pdf-print-frame");
    frame.set_src(url);
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    let _ = frame.set_attribute("class", "print-frame");
    let target = frame.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = target.content_window() {
            let _ = w.print();
        }
    });
    frame.set_onload(Some(onload.unchecked_ref()));
    if let Some(body) = doc.body() {
        let _ = body.append_child(&frame);
    }
}
