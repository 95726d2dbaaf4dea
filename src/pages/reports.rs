//! Behandelverslagen (handbook §3.2.1): consult reports, newest first, by
//! specialism, paged; a second tab holds the old portal's notes from before
//! 24 February 2015.

use crate::components::loader::{Loader, load, render};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::pager::{Paging, parse_page, push_page};
use crate::components::reports_table::ReportsTable;
use crate::components::tabs::{Tab, Tabs};
use crate::fhir::Page;
use crate::fhir::document::{
    DocumentReference, Overview, REPORTS_PER_PAGE, ReportSearch, fetch_overview,
};
use crate::fhir::search::{encode, with_query};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// The address of this part of the list for `patient`.
fn href(state: &ReportSearch, patient: &str) -> String {
    let mut params = Vec::new();
    if state.old {
        params.push("tab=afspraken".to_string());
    }
    if let Some(s) = &state.setting {
        params.push(format!("specialisme={}", encode(s)));
    }
    push_page(&mut params, state.page);
    with_query(&format!("/p/{patient}/verslagen"), &params)
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
        ReportSearch {
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
            async move { fetch_overview(&client, &id).await }
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
        href: href(
            &ReportSearch {
                old,
                page: 1,
                setting: None,
            },
            &id.get_value(),
        ),
        current: Signal::derive(move || state.get().old == old),
    };
    let on_filter = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let s = state.get_untracked();
        let next = ReportSearch {
            setting: (!value.is_empty()).then_some(value),
            page: 1,
            ..s
        };
        navigate(&href(&next, &id.get_value()), Default::default());
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
            let (state, patient) = (state.get_untracked(), id.get_value());
            let paging = Paging::of(page.total, page.items.len(), REPORTS_PER_PAGE, state.page);
            let href = Callback::new({
                let patient = patient.clone();
                move |n: u32| href(&ReportSearch { page: n, ..state.clone() }, &patient)
            });
            view! { <ReportsTable page=page.clone() paging=paging href=href patient=patient/> }.into_any()
        })/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_keeps_tab_specialism_and_page() {
        let s = ReportSearch {
            old: false,
            page: 1,
            setting: None,
        };
        assert_eq!(href(&s, "emma"), "/p/emma/verslagen");
        let s = ReportSearch {
            old: true,
            page: 3,
            setting: Some("kno".into()),
        };
        assert_eq!(
            href(&s, "noah"),
            "/p/noah/verslagen?tab=afspraken&specialisme=kno&pagina=3"
        );
    }
}
