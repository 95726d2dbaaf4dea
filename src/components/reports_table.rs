//! One page of consult reports: date, specialism, contact, author and the
//! title as a link to the report.

use crate::components::data_table::{Cell, Header, PagedTable, Row};
use crate::components::document_labels::contact_key;
use crate::components::pager::Paging;
use crate::fhir::Page;
use crate::fhir::document::DocumentReference;
use crate::fhir::model::parse_date;
use crate::i18n::Key;
use leptos::prelude::*;

/// The table of one page of reports, with its pager.
#[component]
pub fn ReportsTable(
    /// The page of reports.
    page: Page<DocumentReference>,
    /// Where the list stands.
    paging: Paging,
    /// The address of page n.
    href: Callback<u32, String>,
    /// Whose reports (for the links).
    patient: String,
) -> impl IntoView {
    let problems = page.problems.clone();
    let rows = page
        .items
        .into_iter()
        .map(|doc| {
            let title = doc.title().unwrap_or("—").to_string();
            Row::new(vec![
                Cell::date(doc.date.as_deref().and_then(parse_date)),
                Cell::text_or_dash(doc.specialism()),
                Cell::Label(contact_key(doc.contact())),
                Cell::text_or_dash(doc.author_name()),
                match &doc.id {
                    Some(d) => Cell::Link {
                        href: format!("/p/{patient}/verslagen/{d}"),
                        text: title,
                        class: "",
                        label: None,
                    },
                    None => Cell::Text(title),
                },
            ])
        })
        .collect();
    view! {
        <PagedTable problems=problems rows=rows paging=paging href=href class="reports-table"
            caption=Key::ReportsCaption empty=Key::ReportsEmpty empty_testid="reports-empty" columns=vec![
                Header::Key(Key::ColumnDate),
                Header::Key(Key::ColumnSpecialism),
                Header::Key(Key::ColumnContact),
                Header::Key(Key::ColumnAuthor),
                Header::Key(Key::ColumnReport),
            ]/>
    }
}
