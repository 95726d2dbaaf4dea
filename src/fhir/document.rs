//! `DocumentReference`: consult reports, letters and referrals; the
//! searches of their lists and a letter's content in the submodules.

use super::model::{CodeableConcept, Reference, Resource};
use crate::fhir::json::{FromJson, count, many, object, one, text};

mod letters;
mod reports;

pub use letters::{LETTERS_PER_PAGE, LetterContent, LetterSearch, document_format, fetch_content};
pub use reports::{Overview, REPORTS_PER_PAGE, ReportSearch, fetch_overview, overview};

/// `Attachment`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attachment {
    /// MIME type, possibly with a charset.
    pub content_type: Option<String>,
    /// Base64 content.
    pub data: Option<String>,
    /// Where the content is, when not inline.
    pub url: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Its size in bytes, as the server states it.
    pub size: Option<u32>,
}

impl FromJson for Attachment {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Attachment")?;
        Ok(Attachment {
            content_type: text(v, "contentType")?,
            data: text(v, "data")?,
            url: text(v, "url")?,
            title: text(v, "title")?,
            size: count(v, "size")?,
        })
    }
}

impl Attachment {
    /// The MIME type without parameters, lowercased.
    pub fn mime(&self) -> String {
        self.content_type
            .as_deref()
            .and_then(|c| c.split(';').next())
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    }

    /// The inline content as bytes, if present and valid.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        super::base64::decode(self.data.as_deref()?)
    }

    /// The inline content as text (UTF-8, invalid bytes replaced).
    pub fn text(&self) -> Option<String> {
        self.bytes()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    }
}

/// How a document can be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text, shown as written.
    Text,
    /// HTML, shown in a sandboxed frame with scripts off.
    Html,
    /// PDF, shown by the browser's viewer.
    Pdf,
    /// A Word document: offered as a download.
    Word,
    /// Anything else: offered as a download.
    Other,
}

impl Format {
    /// The format of a MIME type, or (without one) of a file name.
    pub fn of(mime: &str, name: Option<&str>) -> Format {
        let by_name = || {
            let name = name.unwrap_or("").to_ascii_lowercase();
            let ext = name
                .rsplit_once('.')
                .map(|(_, e)| e.to_string())
                .unwrap_or_default();
            match ext.as_str() {
                "txt" => Format::Text,
                "htm" | "html" => Format::Html,
                "pdf" => Format::Pdf,
                "doc" | "docx" | "rtf" | "odt" => Format::Word,
                _ => Format::Other,
            }
        };
        match mime {
            "text/plain" => Format::Text,
            "text/html" | "application/xhtml+xml" => Format::Html,
            "application/pdf" => Format::Pdf,
            "application/msword"
            | "application/rtf"
            | "text/rtf"
            | "application/vnd.oasis.opendocument.text"
            | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => {
                Format::Word
            }
            "" | "application/octet-stream" => by_name(),
            _ => Format::Other,
        }
    }

    /// The file extension a download gets.
    pub fn extension(self, mime: &str) -> &'static str {
        match (self, mime) {
            (Format::Text, _) => "txt",
            (Format::Html, _) => "html",
            (Format::Pdf, _) => "pdf",
            (Format::Word, "application/msword") => "doc",
            (Format::Word, "application/rtf" | "text/rtf") => "rtf",
            (Format::Word, "application/vnd.oasis.opendocument.text") => "odt",
            (Format::Word, _) => "docx",
            (Format::Other, _) => "bin",
        }
    }
}

/// A file name for a download: the title without characters file systems
/// refuse, and the extension of its format.
pub fn file_name(title: &str, extension: &str) -> String {
    let base: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || " -_.,()".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    let base = base.trim().trim_matches('.');
    let base = if base.is_empty() { "document" } else { base };
    format!("{base}.{extension}")
}

/// `Binary`: a document fetched from `Attachment.url` in connected mode.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Binary {
    /// MIME type.
    pub content_type: Option<String>,
    /// Base64 content.
    pub data: Option<String>,
}

impl FromJson for Binary {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Binary")?;
        Ok(Binary {
            content_type: text(v, "contentType")?,
            data: text(v, "data")?,
        })
    }
}

impl Resource for Binary {
    const TYPE: &'static str = "Binary";
}

/// The id of the `Binary` an attachment's `url` points to on the portal's
/// server (`Binary/7`, `https://fhir.example.org/r4/Binary/7`), if it does.
pub fn binary_id(url: &str) -> Option<&str> {
    url.rsplit_once("Binary/")
        .map(|(_, id)| id)
        .filter(|id| !id.is_empty() && !id.contains('/'))
}

/// `DocumentReference.content`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Content {
    /// The document.
    pub attachment: Attachment,
}

impl FromJson for Content {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Content")?;
        Ok(Content {
            attachment: one(v, "attachment")?.unwrap_or_default(),
        })
    }
}

/// `DocumentReference.context`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentContext {
    /// Kind of contact (outpatient visit, admission, phone).
    pub event: Vec<CodeableConcept>,
    /// The specialism.
    pub practice_setting: Option<CodeableConcept>,
}

impl FromJson for DocumentContext {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "DocumentContext")?;
        Ok(DocumentContext {
            event: many(v, "event")?,
            practice_setting: one(v, "practiceSetting")?,
        })
    }
}

/// `DocumentReference`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentReference {
    /// Logical id.
    pub id: Option<String>,
    /// current, superseded, entered-in-error.
    pub status: Option<String>,
    /// Document kind.
    pub kind: Option<CodeableConcept>,
    /// clinical-note, letter, referral.
    pub category: Vec<CodeableConcept>,
    /// Whose record it is in.
    pub subject: Option<Reference>,
    /// When it was written.
    pub date: Option<String>,
    /// Who wrote it.
    pub author: Vec<Reference>,
    /// Title for people.
    pub description: Option<String>,
    /// The document itself.
    pub content: Vec<Content>,
    /// Specialism and kind of contact.
    pub context: Option<DocumentContext>,
}

impl FromJson for DocumentReference {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "DocumentReference")?;
        Ok(DocumentReference {
            id: text(v, "id")?,
            status: text(v, "status")?,
            kind: one(v, "type")?,
            category: many(v, "category")?,
            subject: one(v, "subject")?,
            date: text(v, "date")?,
            author: many(v, "author")?,
            description: text(v, "description")?,
            content: many(v, "content")?,
            context: one(v, "context")?,
        })
    }
}

impl Resource for DocumentReference {
    const TYPE: &'static str = "DocumentReference";
}

impl super::model::OfPatient for DocumentReference {
    fn patient_ref(&self) -> Option<&Reference> {
        self.subject.as_ref()
    }
}

/// The kind of contact a report was written after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactKind {
    /// Outpatient visit (AMB).
    Outpatient,
    /// Admission (IMP).
    Admission,
    /// Phone or video consult (VR).
    Remote,
    /// Emergency department (EMER).
    Emergency,
}

impl DocumentReference {
    /// The specialism as written.
    pub fn specialism(&self) -> Option<&str> {
        self.context.as_ref()?.practice_setting.as_ref()?.label()
    }

    /// A stable code for the specialism (the portal's own, else the text).
    pub fn specialism_code(&self) -> Option<String> {
        let setting = self.context.as_ref()?.practice_setting.as_ref()?;
        setting
            .code_in("https://portal.example.org/fhir/CodeSystem/specialism")
            .map(str::to_string)
            .or_else(|| setting.coding.iter().find_map(|c| c.code.clone()))
            .or_else(|| setting.text.clone())
    }

    /// The kind of contact, if recorded with a v3 ActCode.
    pub fn contact(&self) -> Option<ContactKind> {
        let events = &self.context.as_ref()?.event;
        events.iter().find_map(|e| {
            match e.code_in("http://terminology.hl7.org/CodeSystem/v3-ActCode")? {
                "AMB" => Some(ContactKind::Outpatient),
                "IMP" | "ACUTE" | "NONAC" => Some(ContactKind::Admission),
                "VR" => Some(ContactKind::Remote),
                "EMER" => Some(ContactKind::Emergency),
                _ => None,
            }
        })
    }

    /// The author to show.
    pub fn author_name(&self) -> Option<&str> {
        self.author.iter().find_map(|a| a.display.as_deref())
    }

    /// The title to show.
    pub fn title(&self) -> Option<&str> {
        self.description
            .as_deref()
            .or_else(|| {
                self.content
                    .first()
                    .and_then(|c| c.attachment.title.as_deref())
            })
            .or_else(|| self.kind.as_ref().and_then(CodeableConcept::label))
    }

    /// The first attachment.
    pub fn attachment(&self) -> Option<&Attachment> {
        self.content.first().map(|c| &c.attachment)
    }
}

crate::deserialize_via_json!(
    Attachment,
    Binary,
    Content,
    DocumentContext,
    DocumentReference
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_report_decodes_with_text_and_context() {
        let text = include_str!("../../public/demo/noah.json");
        let bundle: serde_json::Value = serde_json::from_str(text).unwrap();
        let report = bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["resource"].clone())
            .find(|r| r["id"] == "noah-report-1")
            .unwrap();
        let doc: DocumentReference = serde_json::from_value(report).unwrap();
        assert_eq!(doc.specialism(), Some("Kindergeneeskunde"));
        assert_eq!(doc.specialism_code().as_deref(), Some("kindergeneeskunde"));
        assert_eq!(doc.contact(), Some(ContactKind::Admission));
        assert_eq!(doc.author_name(), Some("Dr. A. Visser, kinderarts"));
        let attachment = doc.attachment().unwrap();
        assert_eq!(attachment.mime(), "text/plain");
        assert!(attachment.text().unwrap().len() > 200);
    }

    #[test]
    fn formats_follow_the_mime_type_then_the_file_name() {
        assert_eq!(Format::of("text/plain", None), Format::Text);
        assert_eq!(Format::of("text/html", None), Format::Html);
        assert_eq!(Format::of("application/pdf", Some("x.docx")), Format::Pdf);
        let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        assert_eq!(Format::of(docx, None), Format::Word);
        assert_eq!(Format::Word.extension(docx), "docx");
        assert_eq!(Format::Word.extension("application/msword"), "doc");
        assert_eq!(Format::of("", Some("Verwijzing.DOCX")), Format::Word);
        assert_eq!(
            Format::of("application/octet-stream", Some("brief.pdf")),
            Format::Pdf
        );
        assert_eq!(Format::of("image/png", None), Format::Other);
        assert_eq!(Format::of("", None), Format::Other);
    }

    #[test]
    fn file_names_keep_the_title_and_drop_path_characters() {
        assert_eq!(
            file_name("Verwijzing KNO: otitis", "docx"),
            "Verwijzing KNO- otitis.docx"
        );
        assert_eq!(file_name("../../etc", "pdf"), "-..-etc.pdf");
        assert_eq!(file_name("  ", "txt"), "document.txt");
    }

    #[test]
    fn sparse_document_still_decodes() {
        let doc: DocumentReference = serde_json::from_str(
            r#"{"resourceType":"DocumentReference","content":[{"attachment":{"url":"Binary/1"}}]}"#,
        )
        .unwrap();
        assert_eq!(doc.title(), None);
        assert_eq!(doc.contact(), None);
        assert_eq!(doc.attachment().and_then(Attachment::text), None);
    }
}
