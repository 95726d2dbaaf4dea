//! Behandelverslagen (handbook §3.2.1): consult reports, newest first, by
//! specialism, paged; a second tab holds the old portal's notes from before
//! 24 February 2015.

use crate::components::data_table::{Cell, Header, PagedTable, Row};
use crate::components::loader::{Loader, load, render};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::pager::{Paging, parse_page, push_page};
use crate::components::tabs::{Tab, Tabs};
use crate::fhir::document::{ContactKind, DocumentReference};
use crate::fhir::model::parse_date;
use crate::fhir::search::{encode, with_query};
use crate::fhir::{Page, SearchQuery};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// Reports per page.
const PER_PAGE: u32 = 10;
/// The old portal's last day: notes before this date are "Behandelafspraken".
const OLD_PORTAL_END: &str = "2015-02-24";

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

/// Where the list is: which tab, page and specialism.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListState {
    /// The old portal's notes ("Behandelafspraken").
    pub old: bool,
    /// Page, from 1.
    pub page: u32,
    /// Specialism code, if filtered.
    pub setting: Option<String>,
}

impl ListState {
    /// The address of this state for `patient`.
    pub fn href(&self, patient: &str) -> String {
        let mut params = Vec::new();
        if self.old {
            params.push("tab=afspraken".to_string());
        }
        if let Some(s) = &self.setting {
            params.push(format!("specialisme={}", encode(s)));
        }
        push_page(&mut params, self.page);
        with_query(&format!("/p/{patient}/verslagen"), &params)
    }

    /// The FHIR search for this state.
    pub fn query(&self, patient: &str) -> SearchQuery {
        let date = if self.old {
            format!("lt{OLD_PORTAL_END}")
        } else {
            format!("ge{OLD_PORTAL_END}")
        };
        let mut q = SearchQuery::new("DocumentReference")
            .param("patient", patient)
            .param("category", "clinical-note")
            .param("date", date)
            .param("_sort", "-date")
            .count(PER_PAGE)
            .param("_offset", ((self.page.max(1) - 1) * PER_PAGE).to_string());
        if let Some(s) = &self.setting {
            q = q.param("setting", s.clone());
        }
        q
    }
}

/// The specialisms of a patient's reports, and whether old notes exist.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Overview {
    /// (code, name) pairs, sorted by name.
    pub specialisms: Vec<(String, String)>,
    /// Whether there are notes from before 24 February 2015.
    pub has_old: bool,
}

/// Builds the overview from all of a patient's reports.
pub fn overview(docs: &[DocumentReference]) -> Overview {
    let mut specialisms: Vec<(String, String)> = Vec::new();
    for doc in docs {
        if let (Some(code), Some(name)) = (doc.specialism_code(), doc.specialism())
            && !specialisms.iter().any(|(c, _)| *c == code)
        {
            specialisms.push((code, name.to_string()));
        }
    }
    crate::sort::sort_by(&mut specialisms, |a, b| a.1.cmp(&b.1));
    let has_old = docs
        .iter()
        .any(|d| d.date.as_deref().is_some_and(|date| date < OLD_PORTAL_END));
    Overview {
        specialisms,
        has_old,
    }
}

/// The reports list (`/p/:patient/verslagen`).
#[component]
pub fn Reports() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let query = use_query_map();
    let navigate = use_navigate();
    let state = Memo::new(move |_| {
        let q = query.get();
        ListState {
            old: q.get("tab").as_deref() == Some("afspraken"),
            page: parse_page(q.get("pagina").as_deref()),
            setting: q.get("specialisme").filter(|s| !s.is_empty()),
        }
    });
    let id = StoredValue::new(patient.id.clone());
    let overview_res = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move {
                let q = SearchQuery::new("DocumentReference")
                    .param("patient", id)
                    .param("category", "clinical-note")
                    .count(500);
                client
                    .search::<DocumentReference>(&q)
                    .await
                    .map(|p| overview(&p.items))
            }
        })
    };
    let list = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, q) = (client.clone(), state.get().query(&id));
            async move { client.search::<DocumentReference>(&q).await }
        })
    };
    let tab = move |old: bool, label: Key| Tab {
        label,
        href: ListState {
            old,
            page: 1,
            setting: None,
        }
        .href(&id.get_value()),
        current: Signal::derive(move || state.get().old == old),
    };
    let on_filter = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let s = state.get_untracked();
        let next = ListState {
            setting: (!value.is_empty()).then_some(value),
            page: 1,
            ..s
        };
        navigate(&next.href(&id.get_value()), Default::default());
    };
    view! {
        <PageHeading title=Key::ReportsTitle patient=patient.name.clone()/>
        <Notice kind=NoticeKind::Info>
            <p>{i18n.text(Key::ReportsInvisible)}</p>
        </Notice>
        <p>{i18n.text(Key::ReportsIntro)}</p>
        <Loader resource=overview_res quiet=true render=render(move |o: &Overview| {
            let on_filter = on_filter.clone();
            let options = o.specialisms.iter().cloned().map(|(code, name)| {
                let selected = state.get_untracked().setting.as_deref() == Some(code.as_str());
                view! { <option value=code selected=selected>{name}</option> }
            }).collect_view();
            view! {
                {o.has_old.then(|| view! {
                    <Tabs label=Key::ReportsTabsLabel tabs=vec![tab(false, Key::ReportsTabNotes), tab(true, Key::ReportsTabAgreements)]/>
                })}
                <div class="filter utrecht-form-field">
                    <label class="utrecht-form-label" for="report-filter">{i18n.text(Key::ReportsFilter)}</label>
                    <select id="report-filter" class="utrecht-select select" on:change=on_filter>
                        <option value="">{i18n.text(Key::ReportsFilterAll)}</option>
                        {options}
                    </select>
                </div>
            }.into_any()
        })/>
        <Loader resource=list render=render(move |page: &Page<DocumentReference>| {
            report_table(page.clone(), state.get_untracked(), id.get_value()).into_any()
        })/>
    }
}

fn report_table(page: Page<DocumentReference>, state: ListState, patient: String) -> impl IntoView {
    let paging = Paging::of(page.total, page.items.len(), PER_PAGE, state.page);
    let problems = page.problems.clone();
    let href_state = state.clone();
    let href_patient = patient.clone();
    let href = Callback::new(move |n: u32| {
        ListState {
            page: n,
            ..href_state.clone()
        }
        .href(&href_patient)
    });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_state_makes_addresses_and_searches() {
        let s = ListState {
            old: false,
            page: 1,
            setting: None,
        };
        assert_eq!(s.href("emma"), "/p/emma/verslagen");
        let s = ListState {
            old: true,
            page: 3,
            setting: Some("kno".into()),
        };
        assert_eq!(
            s.href("noah"),
            "/p/noah/verslagen?tab=afspraken&specialisme=kno&pagina=3"
        );
        let url = s.query("noah").to_url();
        assert!(url.contains("date=lt2015-02-24"), "{url}");
        assert!(
            url.contains("setting=kno")
                && url.contains("_offset=20")
                && url.contains("_sort=-date"),
            "{url}"
        );
    }

    #[test]
    fn overview_lists_specialisms_once_and_sees_old_notes() {
        let doc = |date: &str, code: &str, name: &str| -> DocumentReference {
            serde_json::from_value(serde_json::json!({"resourceType":"DocumentReference","date":date,
                "context":{"practiceSetting":{"coding":[{"system":"https://portal.example.org/fhir/CodeSystem/specialism","code":code}],"text":name}}}))
            .unwrap()
        };
        let o = overview(&[
            doc("2020-01-01", "kno", "KNO"),
            doc("2014-05-01", "cardio", "Cardiologie"),
            doc("2021-01-01", "kno", "KNO"),
        ]);
        assert_eq!(
            o.specialisms,
            vec![
                ("cardio".into(), "Cardiologie".into()),
                ("kno".into(), "KNO".into())
            ]
        );
        assert!(o.has_old);
        assert!(!overview(&[doc("2015-02-24", "kno", "KNO")]).has_old);
    }
}
