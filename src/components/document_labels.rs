//! What documents say of themselves, in the person's language: the kind
//! of contact a report was written after, and a document's format.

use crate::fhir::document::{ContactKind, Format};
use crate::i18n::Key;

/// The interface text for a kind of contact.
pub fn contact_key(kind: Option<ContactKind>) -> Key {
    match kind {
        Some(ContactKind::Outpatient) => Key::ContactOutpatient,
        Some(ContactKind::Admission) => Key::ContactAdmission,
        Some(ContactKind::Remote) => Key::ContactRemote,
        Some(ContactKind::Emergency) => Key::ContactEmergency,
        None => Key::ContactUnknown,
    }
}

/// The interface text naming a document format.
pub fn format_key(format: Format) -> Key {
    match format {
        Format::Text => Key::FormatText,
        Format::Html => Key::FormatHtml,
        Format::Pdf => Key::FormatPdf,
        Format::Word => Key::FormatWord,
        Format::Other => Key::FormatOther,
    }
}
