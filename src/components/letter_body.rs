//! A letter's content as its format allows: text as written (with
//! medical-term translations), HTML in a sandboxed frame with scripts off,
//! PDF in the browser's viewer, Word and other files as advice to
//! download.

use crate::components::glossary_text::GlossaryText;
use crate::components::notice::{Notice, NoticeKind};
use crate::fhir::document::Format;
use crate::glossary::Glossary;
use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

/// What an HTML letter may load inside its frame: the portal's letter
/// stylesheet and inline images, nothing from outside. The frame's `sandbox`
/// already stops scripts, forms and navigation of the portal; the frame also
/// inherits the portal's own Content-Security-Policy, under which a
/// letter's own inline CSS does not apply (its structure does).
const HTML_POLICY: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src data:\">\
<link rel=\"stylesheet\" href=\"/letter.css\">";

/// The body of a letter titled `title`: its `bytes` in `format` (a notice
/// when there are none); a PDF is shown from `pdf_url`. A plain function,
/// not a component: drawn again with the letter when the language changes.
pub fn letter_body(
    format: Format,
    bytes: Option<&[u8]>,
    glossary: Option<Arc<Glossary>>,
    title: &str,
    pdf_url: Option<String>,
) -> AnyView {
    let i18n = use_i18n();
    match (format, bytes) {
        (_, None) => view! { <Notice kind=NoticeKind::Warning><p>{i18n.text(Key::LetterNoContent)}</p></Notice> }.into_any(),
        (Format::Text, Some(bytes)) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
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
            let frame_title = i18n.tf(Key::LetterFrameTitle, &[("title", title)]);
            view! {
                <iframe class="letter__frame" node_ref=frame sandbox="allow-same-origin" srcdoc=html
                    title=frame_title referrerpolicy="no-referrer" on:load=fit data-testid="letter-frame"></iframe>
            }
            .into_any()
        }
        (Format::Pdf, Some(_)) => {
            let url = pdf_url.unwrap_or_default();
            let frame_title = i18n.tf(Key::LetterFrameTitle, &[("title", title)]);
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
    }
}
