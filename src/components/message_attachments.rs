//! The files and records sent with an e-consult message: each file with
//! its title, type and size, opened the way letters are (an image as an
//! image with its title as text alternative, PDF in the browser's viewer,
//! HTML in a sandboxed frame, text as written) and offered as a download;
//! a record the portal has a page for is linked.

use crate::components::letter_body::letter_body;
use crate::download::{BlobUrl, save_file};
use crate::fhir::document::{Attachment, Format, file_name};
use crate::fhir::model::Reference;
use crate::i18n::{I18n, Key, format_number, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Numbers the attachments on a page (element ids stay unique).
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// Image types shown as images (as `data:` URLs, which the portal's
/// Content-Security-Policy allows for images).
const IMAGES: &[&str] = &["image/png", "image/jpeg", "image/gif", "image/webp"];

/// "84 kB", "1,2 MB", "640 bytes".
pub fn size_text(i: I18n, bytes: u64) -> String {
    let lang = i.lang();
    if bytes < 1024 {
        i.tf(Key::AttachmentSizeBytes, &[("n", &bytes.to_string())])
    } else if bytes < 1024 * 1024 {
        let kb = (bytes as f64 / 1024.0).round();
        i.tf(Key::AttachmentSizeKb, &[("n", &format_number(lang, kb))])
    } else {
        let mb = (bytes as f64 / (1024.0 * 1024.0) * 10.0).round() / 10.0;
        i.tf(Key::AttachmentSizeMb, &[("n", &format_number(lang, mb))])
    }
}

fn kind_key(mime: &str, format: Format) -> Key {
    if IMAGES.contains(&mime) {
        return Key::AttachmentKindImage;
    }
    match format {
        Format::Pdf => Key::AttachmentKindPdf,
        Format::Word => Key::AttachmentKindWord,
        Format::Html => Key::AttachmentKindHtml,
        Format::Text => Key::AttachmentKindText,
        Format::Other => Key::AttachmentKindOther,
    }
}

/// Where a referenced record is shown in `base` (`/p/:patient`), and what
/// it is called; `None` for records without a page of their own.
fn record_page(r: &Reference, base: &str) -> Option<(String, Key)> {
    let pages: [(&str, &str, Key); 6] = [
        ("DocumentReference", "brieven", Key::AttachmentRecordLetter),
        ("Observation", "uitslagen", Key::AttachmentRecordResult),
        (
            "QuestionnaireResponse",
            "vragenlijsten",
            Key::AttachmentRecordQuestionnaire,
        ),
        (
            "MedicationRequest",
            "medicijnen",
            Key::AttachmentRecordMedicine,
        ),
        ("Appointment", "agenda", Key::AttachmentRecordAppointment),
        ("Communication", "e-consult", Key::AttachmentRecordMessage),
    ];
    pages.iter().find_map(|(kind, path, key)| {
        let id = r.id_of(kind)?;
        let href = match *kind {
            // Lists without a page per record open the list.
            "MedicationRequest" | "Appointment" | "Communication" => format!("{base}/{path}"),
            _ => format!("{base}/{path}/{}", crate::fhir::search::encode(id)),
        };
        Some((href, *key))
    })
}

/// The files and records of one message; nothing when it has none.
pub fn message_attachments(
    attachments: &[Attachment],
    references: &[Reference],
    base: &str,
) -> Option<AnyView> {
    if attachments.is_empty() && references.is_empty() {
        return None;
    }
    let i18n = use_i18n();
    let files = attachments
        .iter()
        .map(|a| file(a.clone(), NEXT.fetch_add(1, Ordering::Relaxed)))
        .collect_view();
    let records = references
        .iter()
        .map(|r| {
            let shown = r.display.clone();
            match record_page(r, base) {
                Some((href, key)) => {
                    let text = shown.unwrap_or_else(|| i18n.t(key).to_string());
                    view! { <li class="attachment"><a href=href>{text}</a></li> }.into_any()
                }
                None => view! {
                    <li class="attachment">{shown.unwrap_or_else(|| i18n.t(Key::AttachmentRecordOther).to_string())}</li>
                }
                .into_any(),
            }
        })
        .collect_view();
    Some(
        view! {
            <div class="attachments" data-testid="message-attachments">
                <h3 class="attachments__title">{i18n.text(Key::AttachmentsTitle)}</h3>
                <ul class="attachments__list">{files}{records}</ul>
            </div>
        }
        .into_any(),
    )
}

fn file(a: Attachment, n: usize) -> impl IntoView {
    let i18n = use_i18n();
    let mime = a.mime();
    let format = Format::of(&mime, a.title.as_deref());
    let title = a
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| i18n.t(Key::AttachmentUntitled).to_string());
    let bytes = a.bytes();
    let size = a
        .size
        .map(u64::from)
        .or_else(|| bytes.as_ref().map(|b| b.len() as u64));
    let kind = kind_key(&mime, format);
    let about = {
        let title = title.clone();
        Arc::new(move |i: I18n| {
            let mut parts = vec![title.clone(), i.t(kind).to_string()];
            parts.extend(size.map(|s| size_text(i, s)));
            parts.join(" · ")
        })
    };
    let open = RwSignal::new(false);
    let region = format!("attachment-{n}");
    let view_id = region.clone();
    let Some(bytes) = bytes else {
        // Not in the message itself: a link where it is a web address,
        // else say that it cannot be opened here.
        let link = a.url.clone().filter(|u| u.starts_with("https://"));
        return view! {
            <li class="attachment" data-testid="attachment">
                <span class="attachment__about">{i18n.live(about)}</span>
                {match link {
                    Some(url) => view! {
                        <a class="attachment__link" href=url target="_blank" rel="noopener noreferrer">{i18n.text(Key::AttachmentOpen)}</a>
                    }.into_any(),
                    None => view! { <p class="attachment__unavailable">{i18n.text(Key::AttachmentUnavailable)}</p> }.into_any(),
                }}
            </li>
        }
        .into_any();
    };
    let image = IMAGES.contains(&mime.as_str());
    let data = a.data.clone().unwrap_or_default();
    let viewable = image || matches!(format, Format::Text | Format::Html | Format::Pdf);
    // A PDF is shown from an object URL that lives as long as the message.
    let pdf = (format == Format::Pdf).then(|| Arc::new(BlobUrl::new(&bytes, &mime)));
    let pdf_url = pdf.as_ref().map(|b| b.url.clone());
    on_cleanup(move || drop(pdf));
    let name = file_name(&title, format.extension(&mime));
    let shown = {
        let (title, mime, bytes) = (title.clone(), mime.clone(), bytes.clone());
        move || {
            if !open.get() {
                return ().into_any();
            }
            if image {
                let src = format!("data:{mime};base64,{data}");
                view! { <img class="attachment__image" src=src alt=title.clone()/> }.into_any()
            } else {
                letter_body(format, Some(&bytes), None, &title, pdf_url.clone())
            }
        }
    };
    let label = |key: Key| {
        let title = title.clone();
        i18n.live(Arc::new(move |i| format!("{}: {title}", i.t(key))))
    };
    view! {
        <li class="attachment" data-testid="attachment">
            <span class="attachment__about">{i18n.live(about)}</span>
            <span class="attachment__actions">
                {viewable.then(|| view! {
                    <button type="button" class="utrecht-button utrecht-button--secondary-action"
                        aria-expanded=move || open.get().to_string() aria-controls=region.clone()
                        aria-label=label(Key::AttachmentShow) on:click=move |_| open.update(|o| *o = !*o)>
                        {i18n.text(Key::AttachmentShow)}
                    </button>
                })}
                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                    aria-label=label(Key::AttachmentDownload)
                    on:click=move |_| save_file(&name, &mime, &bytes)>
                    {i18n.text(Key::AttachmentDownload)}
                </button>
            </span>
            <div id=view_id class="attachment__view">{shown}</div>
        </li>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::record_page;
    use crate::fhir::model::Reference;
    use crate::i18n::Key;

    #[test]
    fn a_record_with_a_page_is_linked_there() {
        let at = |r: &str| {
            let (kind, id) = r.split_once('/').unwrap();
            record_page(&Reference::to(kind, id), "/p/emma")
        };
        assert_eq!(
            at("DocumentReference/emma-letter-2"),
            Some((
                "/p/emma/brieven/emma-letter-2".into(),
                Key::AttachmentRecordLetter
            ))
        );
        assert_eq!(
            at("Observation/emma-lab-3"),
            Some((
                "/p/emma/uitslagen/emma-lab-3".into(),
                Key::AttachmentRecordResult
            ))
        );
        assert_eq!(
            at("Appointment/a1").map(|(h, _)| h).as_deref(),
            Some("/p/emma/agenda")
        );
        assert_eq!(at("Device/x"), None);
    }
}
