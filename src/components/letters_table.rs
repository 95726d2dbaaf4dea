//! One page of letters or referrals: date, subject, sender, format and
//! "Bekijken".

use crate::components::data_table::{Cell, Header, PagedTable, Row};
use crate::components::document_labels::format_key;
use crate::components::pager::Paging;
use crate::fhir::Page;
use crate::fhir::document::{DocumentReference, document_format};
use crate::fhir::model::parse_date;
use crate::fhir::search::encode;
use crate::i18n::Key;
use leptos::prelude::*;
use std::sync::Arc;

/// The table of one page of letters, with its pager.
#[component]
pub fn LettersTable(
    /// The page of letters.
    page: Page<DocumentReference>,
    /// Where the list stands.
    paging: Paging,
    /// The address of page n.
    href: Callback<u32, String>,
    /// Whose letters (for the links).
    patient: String,
    /// The list's own address, which "Sluiten" on a letter returns to.
    back: String,
    /// What to say when there is nothing.
    empty: Key,
) -> impl IntoView {
    let problems = page.problems.clone();
    let rows = page
        .items
        .into_iter()
        .map(|doc| {
            let title = doc.title().unwrap_or("—").to_string();
            // The list's address goes along, so "Sluiten" returns to this tab and page.
            let view = match &doc.id {
                Some(d) => {
                    let named = title.clone();
                    Cell::Action {
                        href: format!("/p/{patient}/brieven/{d}?terug={}", encode(&back)),
                        key: Key::LettersView,
                        class: "view-link",
                        label: Arc::new(move |i| i.tf(Key::LettersViewNamed, &[("title", &named)])),
                    }
                }
                None => Cell::Text(String::new()),
            };
            Row::new(vec![
                Cell::date(doc.date.as_deref().and_then(parse_date)),
                Cell::Text(title),
                Cell::text_or_dash(doc.author_name()),
                Cell::Label(format_key(document_format(&doc))),
                view,
            ])
        })
        .collect();
    view! {
        <PagedTable problems=problems rows=rows paging=paging href=href class="letters-table"
            caption=Key::LettersCaption empty=empty empty_testid="letters-empty" columns=vec![
                Header::Key(Key::ColumnDate),
                Header::Key(Key::ColumnSubject),
                Header::Key(Key::ColumnFrom),
                Header::Key(Key::ColumnFormat),
                Header::Hidden(Key::ColumnOpen),
            ]/>
    }
}
