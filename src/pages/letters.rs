//! Patiëntbrieven (handbook §3.2.3): letters written by the hospital
//! ("Brieven") and the GP's referral letters ("Verwijzingen"), newest
//! first, each opened with "Bekijken".

use crate::components::data_table::{Cell, Header, PagedTable, Row};
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::pager::{Paging, parse_page, push_page};
use crate::components::tabs::{Tab, Tabs};
use crate::fhir::document::{DocumentReference, Format};
use crate::fhir::model::parse_date;
use crate::fhir::search::{encode, with_query};
use crate::fhir::{Page, SearchQuery};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// Letters per page.
const PER_PAGE: u32 = 10;

/// Which tab and page the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LetterList {
    /// The GP's referrals instead of the hospital's letters.
    pub referrals: bool,
    /// Page, from 1.
    pub page: u32,
}

impl LetterList {
    /// Reads the state from the address's `tab` and `pagina`.
    pub fn from_query(tab: Option<&str>, page: Option<&str>) -> Self {
        LetterList {
            referrals: tab == Some("verwijzingen"),
            page: parse_page(page),
        }
    }

    /// The address of this state for `patient`.
    pub fn href(&self, patient: &str) -> String {
        let mut params = Vec::new();
        if self.referrals {
            params.push("tab=verwijzingen".to_string());
        }
        push_page(&mut params, self.page);
        with_query(&format!("/p/{patient}/brieven"), &params)
    }

    /// The FHIR search for this state.
    pub fn query(&self, patient: &str) -> SearchQuery {
        SearchQuery::new("DocumentReference")
            .param("patient", patient)
            .param(
                "category",
                if self.referrals { "referral" } else { "letter" },
            )
            .param("_sort", "-date")
            .count(PER_PAGE)
            .param("_offset", ((self.page.max(1) - 1) * PER_PAGE).to_string())
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

/// The format of a document's first attachment.
pub fn document_format(doc: &DocumentReference) -> Format {
    doc.attachment()
        .map(|a| Format::of(&a.mime(), a.url.as_deref().or(a.title.as_deref())))
        .unwrap_or(Format::Other)
}

/// The letters list (`/p/:patient/brieven`).
#[component]
pub fn Letters() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let query = use_query_map();
    let state = Memo::new(move |_| {
        let q = query.get();
        LetterList::from_query(q.get("tab").as_deref(), q.get("pagina").as_deref())
    });
    let id = StoredValue::new(patient.id.clone());
    let list = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, q) = (client.clone(), state.get().query(&id));
            async move { client.search::<DocumentReference>(&q).await }
        })
    };
    let tab = move |referrals: bool, label: Key| Tab {
        label,
        href: LetterList { referrals, page: 1 }.href(&id.get_value()),
        current: Signal::derive(move || state.get().referrals == referrals),
    };
    view! {
        <PageHeading title=Key::LettersTitle patient=patient.name.clone()/>
        <p>{i18n.text(Key::LettersIntro)}</p>
        <Tabs label=Key::LettersTabsLabel tabs=vec![tab(false, Key::LettersTabLetters), tab(true, Key::LettersTabReferrals)]/>
        {move || state.get().referrals.then(|| view! { <p>{i18n.text(Key::LettersReferralsAdvice)}</p> })}
        <Loader resource=list render=render(move |page: &Page<DocumentReference>| {
            letter_table(page.clone(), state.get_untracked(), id.get_value()).into_any()
        })/>
    }
}

fn letter_table(
    page: Page<DocumentReference>,
    state: LetterList,
    patient: String,
) -> impl IntoView {
    let paging = Paging::of(page.total, page.items.len(), PER_PAGE, state.page);
    let problems = page.problems.clone();
    let empty = if state.referrals {
        Key::LettersReferralsEmpty
    } else {
        Key::LettersEmpty
    };
    let href_patient = patient.clone();
    let href = Callback::new(move |n: u32| LetterList { page: n, ..state }.href(&href_patient));
    let back = state.href(&patient);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_state_reads_and_writes_the_address() {
        let s = LetterList::from_query(Some("verwijzingen"), Some("2"));
        assert_eq!(
            s,
            LetterList {
                referrals: true,
                page: 2
            }
        );
        assert_eq!(s.href("noah"), "/p/noah/brieven?tab=verwijzingen&pagina=2");
        assert_eq!(
            LetterList::from_query(None, Some("-1")).href("noah"),
            "/p/noah/brieven"
        );
        let url = s.query("noah").to_url();
        assert!(
            url.contains("category=referral") && url.contains("_offset=10"),
            "{url}"
        );
        assert!(
            LetterList::from_query(Some("x"), None)
                .query("n")
                .to_url()
                .contains("category=letter")
        );
    }
}
