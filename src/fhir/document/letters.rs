//! Letters and referrals: the search for a page of the list, a document's
//! format, and a letter's content, inline or from the `Binary` its
//! attachment points to.

use super::{Attachment, Binary, DocumentReference, Format};
use crate::fhir::{FhirClient, FhirError, SearchQuery};

/// Letters per page.
pub const LETTERS_PER_PAGE: u32 = 10;

/// Which part of the letters list to fetch: which tab and page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LetterSearch {
    /// The GP's referrals instead of the hospital's letters.
    pub referrals: bool,
    /// Page, from 1.
    pub page: u32,
}

impl LetterSearch {
    /// The FHIR search for this part of the list.
    pub fn query(&self, patient: &str) -> SearchQuery {
        SearchQuery::new("DocumentReference")
            .param("patient", patient)
            .param(
                "category",
                if self.referrals { "referral" } else { "letter" },
            )
            .param("_sort", "-date")
            .count(LETTERS_PER_PAGE)
            .param(
                "_offset",
                ((self.page.max(1) - 1) * LETTERS_PER_PAGE).to_string(),
            )
    }
}

/// The format of a document's first attachment.
pub fn document_format(doc: &DocumentReference) -> Format {
    doc.attachment()
        .map(|a| Format::of(&a.mime(), a.url.as_deref().or(a.title.as_deref())))
        .unwrap_or(Format::Other)
}

/// A letter's content, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct LetterContent {
    /// Its MIME type.
    pub mime: String,
    /// Its format.
    pub format: Format,
    /// The bytes; `None` when there are none to show.
    pub bytes: Option<Vec<u8>>,
}

/// The content of `doc`'s first attachment: inline, or read from the
/// `Binary` its `url` points to.
pub async fn fetch_content(
    client: &FhirClient,
    doc: &DocumentReference,
) -> Result<LetterContent, FhirError> {
    let (mime, bytes) = content(client, doc).await?;
    let name = doc
        .attachment()
        .and_then(|a| a.url.clone().or_else(|| a.title.clone()));
    let format = Format::of(&mime, name.as_deref());
    Ok(LetterContent {
        mime,
        format,
        bytes,
    })
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
    match attachment.url.as_deref().and_then(super::binary_id) {
        Some(id) => {
            let binary = client.read::<Binary>(id).await?;
            let inline = Attachment {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_takes_the_tab_and_the_page() {
        let url = LetterSearch {
            referrals: true,
            page: 2,
        }
        .query("noah")
        .to_url();
        assert!(
            url.contains("category=referral") && url.contains("_offset=10"),
            "{url}"
        );
        assert!(
            LetterSearch {
                referrals: false,
                page: 1
            }
            .query("n")
            .to_url()
            .contains("category=letter")
        );
    }
}
